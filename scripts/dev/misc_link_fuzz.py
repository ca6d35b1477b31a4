#!/usr/bin/env python3
"""Developer tool: random IP-over-FC (122), Apple IP over 1394 (138) or Symantec firewall
(99) frames (usage: misc_link_fuzz.py OUT.pcap LINKTYPE SEED [COUNT])."""
import os, random, struct, sys
lt = int(sys.argv[2]); random.seed(int(sys.argv[3])); count = int(sys.argv[4]) if len(sys.argv) > 4 else 400
src = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "lan_fuzz.py")).read()
exec(src[src.index("def rnd"):src.index("with open")])  # rnd(), llc() and the payloads
types = [0x0800, 0x86dd, 0x0806, 0x8035, 0x9000, 0x88cc, 0x8847, 0x8863, 0x880b, 0x0800, 0x0800,
         0x05dc, 0x05dd, 0x0000, 0x0100, 0x8137, 0x809b, 0x6000, 0x8100, 0x1234]
def payload(t):
    if t == 0x0800: return ip
    if t == 0x0806: return arp
    return rnd(random.randint(0, 30))
with open(sys.argv[1], 'wb') as f:
    f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, lt))
    for i in range(count):
        t = random.choice(types + [random.getrandbits(16)])
        if lt == 122: fr = rnd(16) + llc()
        elif lt == 138: fr = rnd(16) + struct.pack(">H", t) + payload(t)
        else: fr = rnd(6) + struct.pack(">H", t) + rnd(36) + payload(t)
        cap = len(fr); wl = len(fr)
        if random.random() < 0.3: cap = random.randint(0, len(fr))
        if random.random() < 0.03: wl = random.randint(0, len(fr)); cap = min(cap, wl)
        f.write(struct.pack("<IIII", 1000 + i, 0, cap, wl) + fr[:cap])
