#!/usr/bin/env python3
"""Developer tool: random frames of the USB (189, 220), PPI (192), Bluetooth H4 (201) and PKTAP (258, 149)
link types, many malformed or cut short.
usage: linkmisc_fuzz.py OUT.pcap LINKTYPE SEED [COUNT]"""
import random, struct, sys

random.seed(int(sys.argv[3]))
lt = int(sys.argv[2])
count = int(sys.argv[4]) if len(sys.argv) > 4 else 400


def rnd(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def usb(hdrlen):
    ev = random.choice([ord('S'), ord('C'), ord('E'), ord('S'), ord('C'), random.randint(0, 255)])
    tt = random.choice([0, 1, 2, 3, 0, 1, 2, 3, random.randint(0, 255)])
    ep = random.randint(0, 255)
    h = (rnd(8) + bytes([ev, tt, ep, random.randint(0, 255)]) + struct.pack("<H", random.choice([1, 2, 3, random.randint(0, 65535)]))
         + rnd(hdrlen - 14))
    return h + rnd(random.choice([0, 0, 4, 8, 18, random.randint(0, 64)]))


IP_UDP = bytes.fromhex("4500001c0001000040110000c0a80001c0a800020035003500080000")
ETH_ARP = bytes.fromhex("ffffffffffff00010203040508060001080006040001000102030405c0a80001000000000000c0a80002")
BEACON = (bytes.fromhex("80000000ffffffffffff000102030405000102030405a00f") + rnd(12)
          + bytes.fromhex("0004746573740108") + bytes([0x82, 0x84, 0x8b, 0x96, 0x0c, 0x12, 0x18, 0x24]) + bytes.fromhex("030106"))
DATA = (bytes.fromhex("08010000000102030405000a0b0c0d0e00010203040510f0") + bytes.fromhex("aaaa030000000800") + IP_UDP)
ACK = bytes.fromhex("d4000000000102030405")
RTS = bytes.fromhex("b4000000000102030405000a0b0c0d0e")
PROBE = bytes.fromhex("40000000ffffffffffff000a0b0c0d0effffffffffff2000") + bytes.fromhex("0000010402040b16")
WIFI = [BEACON, DATA, ACK, RTS, PROBE]


def radiotap(frame):
    present = random.choice([0, 0x2, 0x6, 0xe])
    body = b''
    if present & 0x2: body += bytes([random.choice([0, 0x10, 0x20])])  # flags
    if present & 0x4: body += bytes([random.randint(0, 108)])  # rate
    if present & 0x8: body += (b'\x00' if len(body) % 2 else b'') + struct.pack("<HH", 2437, 0x00a0)
    return struct.pack("<BBHI", 0, 0, 8 + len(body), present) + body + frame


def inner(dlt):
    if dlt == 105: return random.choice(WIFI)
    if dlt == 127: return radiotap(random.choice(WIFI))
    if dlt == 1: return random.choice([ETH_ARP, bytes.fromhex("ffffffffffff0001020304050800") + IP_UDP])
    if dlt in (12, 101, 228): return IP_UDP
    if dlt == 0: return struct.pack("<I", random.choice([2, 24, 30])) + IP_UDP
    if dlt == 113: return bytes.fromhex("0000000100060001020304050000") + b'\x08\x00' + IP_UDP
    if dlt == 192: return ppi(random.choice([105, 1, 12]))
    return rnd(random.randint(0, 40))


# DLTs tcpdump decodes that ringdump has no printer for yet (kept out of the comparison).
NOT_YET = set()


def ppi(dlt=None):
    if dlt is None:
        dlt = random.choice([105, 105, 105, 127, 127, 1, 0, 12, 101, 100, 11, 19, 106, 9, 50, 104, 107, 108, 113, 51, 112, 166, 240, 241, 99, 122, 138, 109, 258, 149, 15, 16,
                             117, 119, 163, 192, 195, 201, 189, 220, 239, 276, 147, 228, 229,
                             random.randint(0, 300), random.getrandbits(32)])
        if dlt in NOT_YET: dlt = 105
    tlv = random.choice([b'', b'', bytes.fromhex("02001400") + rnd(20), rnd(random.randint(1, 12))])
    ln = 8 + len(tlv)
    r = random.random()
    if r < 0.05: ln = random.randint(0, 7)
    elif r < 0.08: ln = random.randint(65533, 65535)
    elif r < 0.15: ln = random.randint(8, 80)
    return struct.pack("<BBHI", random.choice([0, 0, 0, 1, 255]), random.choice([0, 0, 1, 2]), ln, dlt) + tlv + inner(dlt)


def pktap():
    dlt = random.choice([1, 1, 12, 105, 127, 0, 192, 9999, random.randint(0, 300)])
    if dlt in NOT_YET: dlt = 1
    ext = random.choice([b'', b'', rnd(4), rnd(20)])
    ln = 108 + len(ext)
    r = random.random()
    if r < 0.07: ln = random.randint(0, 107)
    elif r < 0.12: ln = random.randint(108, 300)
    rec = random.choice([1, 1, 1, 0, 2, random.getrandbits(32)])
    hdr = struct.pack("<III", ln, rec, dlt) + rnd(24) + rnd(20) + rnd(24) + rnd(4) + rnd(4) + rnd(20)
    if random.random() < 0.1: hdr = hdr[:random.randint(0, 107)]
    return hdr + ext + inner(dlt)


def bt():
    return struct.pack(">I", random.choice([0, 1, random.getrandbits(32)])) + rnd(random.randint(0, 40))


with open(sys.argv[1], 'wb') as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, lt))
    for i in range(count):
        fr = {189: lambda: usb(48), 220: lambda: usb(64), 192: ppi, 201: bt, 258: pktap, 149: pktap}[lt]()
        cap = len(fr)
        if random.random() < 0.3: cap = random.randint(0, len(fr))
        if cap == 0: cap = 1  # libpcap rejects empty records
        wire = len(fr) + (random.randint(0, 100) if random.random() < 0.2 else 0)
        f.write(struct.pack("<IIII", 1000 + i, 0, cap, wire) + fr[:cap])
