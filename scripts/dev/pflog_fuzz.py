#!/usr/bin/env python3
"""Developer tool: random pf log frames (usage: pflog_fuzz.py OUT.pcap SEED [COUNT])."""
import random, struct, sys
random.seed(int(sys.argv[2])); count = int(sys.argv[3]) if len(sys.argv) > 3 else 400
def rnd(n): return bytes(random.getrandbits(8) for _ in range(n))
def name():
    k = random.choice([0, 3, 5, 16])
    s = bytes(random.choice(b"abcdefgh0123") for _ in range(k))
    if random.random() < 0.1: s = rnd(k)
    return (s + bytes(16))[:16]
ip4 = bytes.fromhex("45000030000100004006f9c3c0a80001c0a80002") + bytes.fromhex("04d200500000000100000000500220000000000001020304")
ip6 = bytes.fromhex("6000000000081140") + bytes(15) + b"\x01" + bytes(15) + b"\x02" + bytes.fromhex("0035003500080000")
with open(sys.argv[1], 'wb') as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 117))
    for i in range(count):
        hl = random.choice([61, 61, 64, 45, 48, 44, 0, 70, 100, random.randint(0, 255)])
        af = random.choice([2, 24, 28, 30, 2, 24, 10, 0, random.randint(0, 255)])
        sub = random.choice([0xffffffff, 0, 5, random.getrandbits(32)])
        hdr = struct.pack(">BBBB", hl, af, random.choice(list(range(12)) + [random.randint(0, 255)]),
                          random.choice(list(range(17)) + [random.randint(0, 255)]))
        hdr += name() + name() + struct.pack(">II", random.getrandbits(random.choice([4, 32])), sub) + rnd(16)
        hdr += bytes([random.choice([0, 1, 2, 3, random.randint(0, 255)])]) + rnd(3)
        hlen = (hl + 3) & ~3
        hdr = hdr[:hlen] if hlen <= len(hdr) else hdr + rnd(hlen - len(hdr))
        pay = {2: ip4, 24: ip6, 28: ip6, 30: ip6}.get(af, rnd(random.randint(0, 40)))
        if random.random() < 0.2: pay = rnd(random.randint(0, 40))
        fr = hdr + pay; cap = len(fr); wl = len(fr)
        if random.random() < 0.3: cap = random.randint(0, len(fr))
        if random.random() < 0.05: wl = random.randint(0, len(fr)); cap = min(cap, wl)
        f.write(struct.pack("<IIII", 1000 + i, 0, cap, wl) + fr[:cap])
