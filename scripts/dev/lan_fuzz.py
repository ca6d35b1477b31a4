#!/usr/bin/env python3
"""Developer tool: random FDDI (10) or Token Ring (6) frames with LLC payloads
(usage: lan_fuzz.py OUT.pcap LINKTYPE SEED [COUNT])."""
import random, struct, sys
lt = int(sys.argv[2]); random.seed(int(sys.argv[3])); count = int(sys.argv[4]) if len(sys.argv) > 4 else 400
def rnd(n): return bytes(random.getrandbits(8) for _ in range(n))
ip = bytes.fromhex("4500001c0001000040110000c0a80001c0a80002") + bytes.fromhex("0035003500080000")
arp = bytes.fromhex("0006080006040001") + rnd(6) + bytes([10, 0, 0, 1]) + bytes(6) + bytes([10, 0, 0, 2])
stp = bytes.fromhex("000000000080000102030405060000000480000102030405068001000014000200 0f00".replace(" ", ""))
ipx = struct.pack(">HHBB", 0xffff, 40, 0, 4) + rnd(10) + struct.pack(">H", 0x453) + rnd(12) + struct.pack(">H", 1) + rnd(8)
def llc():
    k = random.random()
    if k < 0.3: return bytes.fromhex("aaaa03000000") + random.choice([b"\x08\x00" + ip, b"\x08\x06" + arp, b"\x86\xdd" + rnd(20), rnd(2) + rnd(10)])
    if k < 0.4: return bytes.fromhex("aaaa03") + rnd(3) + rnd(2) + rnd(random.randint(0, 20))
    if k < 0.5: return bytes.fromhex("424203") + stp
    if k < 0.55: return bytes.fromhex("060603") + ip
    if k < 0.6: return bytes.fromhex("e0e003") + ipx
    if k < 0.65: return bytes.fromhex("ffff") + ipx[2:]
    if k < 0.7: return bytes.fromhex("fefe03") + bytes([0x81]) + rnd(20)
    return bytes([random.getrandbits(8), random.getrandbits(8), random.choice([3, 0xaf, 0xbf, 0xe3, 0x01, 0x00, random.getrandbits(8)])]) + rnd(random.randint(0, 20))
with open(sys.argv[1], 'wb') as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, lt))
    for i in range(count):
        if lt == 10:
            fc = random.choice([0x50, 0x51, 0x54, 0x57, 0x50, 0x40, 0x80, 0xc0, 0x41, 0x4f, 0xc2, 0xc3, 0x45, 0xc5,
                                0xd0, 0x60, 0xe3, 0x00, 0x10, 0xff, random.getrandbits(8)])
            hdr = bytes([fc]) + rnd(12)
        else:
            fc = random.choice([0x40, 0x41, 0x40, 0x00, 0x01, 0xc0, random.getrandbits(8)])
            src = bytearray(rnd(6))
            if random.random() < 0.5: src[0] |= 0x80
            else: src[0] &= 0x7f
            hdr = bytes([random.getrandbits(8), fc]) + rnd(6) + bytes(src)
            if src[0] & 0x80:
                rl = random.choice([2, 4, 6, 8, 18, 30, 0, 1, 3, 31, random.randint(0, 31)])
                rcf = (random.getrandbits(3) << 13) | (rl << 8) | random.getrandbits(8)
                hdr += struct.pack(">H", rcf) + rnd(max(rl - 2, 0))
        fr = hdr + llc(); cap = len(fr); wl = len(fr)
        if random.random() < 0.3: cap = random.randint(0, len(fr))
        if random.random() < 0.03: wl = random.randint(0, len(fr)); cap = min(cap, wl)
        f.write(struct.pack("<IIII", 1000 + i, 0, cap, wl) + fr[:cap])
