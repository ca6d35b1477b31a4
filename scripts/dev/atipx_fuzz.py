#!/usr/bin/env python3
"""Developer tool: random AppleTalk (DDP, NBP, ATP, AARP) and IPX (SAP, RIP) Ethernet
frames for differential testing against tcpdump.

usage: atipx_fuzz.py OUT.pcap [COUNT] [SEED]
"""
import random
import struct
import sys


def rnd(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def cstr():
    s = random.choice([b"", b"LaserWriter", b"Zone\x01x", rnd(random.randint(0, 40))])
    return bytes([len(s) if random.random() > 0.1 else random.randint(0, 60)]) + s


def nbp():
    ctl = random.choice([0x11, 0x21, 0x31, 0x32, 0x12, 0x40, 0x30])
    tuples = b""
    for _ in range(random.randint(1, 3)):
        tuples += rnd(4) + bytes([random.choice([0, 1, 2])]) + cstr() + cstr() + cstr()
    return bytes([ctl, random.randint(0, 255)]) + tuples


def atp():
    ctl = random.choice([0x40, 0x60, 0x50, 0x58, 0x80, 0x90, 0xa8, 0xc0, 0xf8, 0x00, 0x18])
    return bytes([ctl, random.choice([0, 1, 3, 0xff, 0x5a, 0x80])]) + rnd(2) + \
        random.choice([b"\0\0\0\0", rnd(4)]) + rnd(random.randint(0, 6))


def ddp():
    t = random.choice([2, 2, 3, 3, 1, 4, 5, 22, 88, 9])
    body = nbp() if t == 2 else atp() if t == 3 else rnd(random.randint(0, 20))
    if t == 88:
        body = bytes([2, 5]) + rnd(18)
    hdr = struct.pack(">HH", len(body) + 13, 0) + rnd(4) + bytes(
        [random.randint(0, 255), random.choice([255, 1, 7]), random.choice([1, 2, 4, 6, 253]),
         random.choice([1, 2, 4, 6, 128]), t])
    return 0x809B, hdr + body


def aarp():
    if random.random() < 0.7:
        h = struct.pack(">HHBBH", 1, 0x809B, 6, 4, random.choice([1, 2, 3, 4]))
    else:
        h = struct.pack(">HHBBH", random.choice([1, 6]), random.choice([0x809b, 0x800, 0]),
                        random.choice([6, 4]), random.choice([4, 6]), random.randint(0, 5))
    return 0x80F3, h + rnd(6) + b"\0" + rnd(3) + rnd(6) + b"\0" + rnd(3)


def ipx():
    skt = random.choice([0x451, 0x452, 0x452, 0x453, 0x453, 0x455, 0x456, 0x553, 0x85BE, 0x1234])
    if skt == 0x452:
        cmd = random.choice([1, 2, 3, 4, 9])
        body = struct.pack(">H", cmd)
        if cmd in (1, 3):
            body += rnd(2)
        else:
            for _ in range(random.randint(0, 3)):
                body += rnd(2) + b"PRINTSERVER".ljust(48, b"\0") + rnd(14)
    elif skt == 0x453:
        cmd = random.choice([1, 2, 5])
        body = struct.pack(">H", cmd) + rnd(8 * random.randint(0, 3))
    else:
        body = rnd(random.randint(0, 30))
    if random.random() < 0.2:
        body = body[: random.randint(0, len(body))]
    ln = 30 + len(body)
    if random.random() < 0.1:
        ln = random.randint(0, 80)
    hdr = struct.pack(">HHBB", 0xFFFF, ln, 0, 4) + rnd(10) + struct.pack(">H", skt) + rnd(10) + \
        struct.pack(">H", random.choice([0x452, 0x4000]))
    return 0x8137, hdr + body


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    with open(out, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i in range(count):
            et, body = random.choice([ddp, ddp, aarp, ipx, ipx])()
            fr = bytes.fromhex("0800070000010800070000ff") + struct.pack(">H", et) + body
            cap = len(fr)
            if random.random() < 0.2:
                cap = random.randint(14, len(fr))
            f.write(struct.pack("<IIII", 1000 + i, 0, cap, len(fr)) + fr[:cap])


if __name__ == "__main__":
    main()
