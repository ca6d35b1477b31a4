#!/usr/bin/env python3
"""Developer tool: random DECnet Phase IV Ethernet frames (routing control messages,
short/long data headers, NSP messages) for differential testing against tcpdump.

usage: decnet_fuzz.py OUT.pcap [COUNT] [SEED]
"""
import random
import struct
import sys


def rnd(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def nsp():
    t = random.choice([0, 0, 0x04, 0x08, 0x0c])
    sub = random.choice([0, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70])
    body = bytes([t | sub]) + rnd(4)
    seqs = b""
    for _ in range(3):
        seqs += struct.pack("<H", random.choice([0x8000, 0x9000, 0xa000, 0xb000, 0x0123, 0xc005]) |
                            random.randint(0, 0xfff))
    return body + seqs[: random.choice([0, 2, 4, 6])] + rnd(random.randint(0, 8))


def ctl():
    typ = random.choice([1, 3, 5, 7, 9, 11, 13, 15])
    lens = {1: 12, 3: 4, 5: 4, 7: 4, 9: 4, 11: 18, 13: 32, 15: 6}
    body = bytes([typ]) + rnd(lens[typ] - 1)
    if typ in (7, 9):
        for _ in range(random.randint(0, 3)):
            body += struct.pack("<HHH", random.choice([1, 5, 2000]), random.randint(0, 1000),
                                random.randint(0, 0xffff))
        body += rnd(2)
    return body


def route():
    r = random.random()
    if r < 0.3:
        msg = ctl()
    elif r < 0.6:
        msg = bytes([random.choice([2, 0x0a, 0x12, 0x22, 0x3a])]) + rnd(5) + nsp()
    elif r < 0.8:
        msg = bytes([random.choice([6, 0x0e, 0x26])]) + rnd(20) + nsp()
    elif r < 0.9:
        pad = random.randint(1, 4)
        msg = bytes([0x80 | pad]) + rnd(pad - 1) + bytes([2]) + rnd(5) + nsp()
    else:
        msg = bytes([random.choice([0x40, 0x04, 0x00, 0x42])]) + rnd(10)
    ln = len(msg)
    if random.random() < 0.1:
        ln = random.randint(0, ln + 10)
    return struct.pack("<H", ln) + msg


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    with open(out, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i in range(count):
            fr = bytes.fromhex("aa0004000a04aa0004000b04") + struct.pack(">H", 0x6003) + route()
            cap = len(fr)
            if random.random() < 0.2:
                cap = random.randint(14, len(fr))
            f.write(struct.pack("<IIII", 1000 + i, 0, cap, len(fr)) + fr[:cap])


if __name__ == "__main__":
    main()
