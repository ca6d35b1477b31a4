#!/usr/bin/python3
"""Developer tool: differential test of the Babel, HNCP, AHCP and Auto-RP printers against tcpdump.

usage: babel_fuzz.py --bin RINGDUMP --proto babel|hncp|ahcp|autorp [--count N] [--seed S]
                     [--show K] [--keep FILE]
Builds N random packets (well-formed TLVs with random fields, some mutated, some cut by
a random snaplen), prints them with tcpdump and ringdump at -v 0..3, with -e and with -x,
and shows the packets whose text differs. Needs /usr/bin/python3 (scapy).
"""
import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from proto_fuzz import split_packets, write_pcap  # noqa: E402
from scapy.all import IP, IPv6, UDP, Ether, raw  # noqa: E402


def r(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def pick(*choices):
    return random.choice(choices)


# ---- Babel -------------------------------------------------------------------------------
def babel_subtlvs():
    out = b""
    for _ in range(random.choice([0, 0, 1, 1, 2, 3])):
        t = pick(0, 1, 2, 2, 3, 3, 0x80 | random.randint(0, 5), random.getrandbits(8))
        if t == 0:
            out += b"\x00"
            continue
        if t == 3:
            v = r(pick(4, 8, 8, 0, 3, 7, 12))
        elif t == 2:
            v = bytes(pick(0, 255, random.randint(1, 254)) for _ in range(random.randint(0, 4)))
        else:
            v = r(random.randint(0, 5))
        out += bytes([t, len(v)]) + v
    if random.random() < 0.1:
        out += bytes([random.getrandbits(8)])
    return out


def babel_addr(ae, plen=None, omitted=0):
    """Address bytes for ae with plen bits (None: whole address), minus omitted."""
    if plen is None:
        n = {0: 0, 1: 4, 2: 16, 3: 8}.get(ae, random.randint(0, 16))
    else:
        pb = (plen + 7) // 8
        n = {0: 0, 3: max(pb - 8, 0)}.get(ae, max(pb - omitted, 0))
    if random.random() < 0.1:
        n = max(0, n + random.randint(-2, 2))
    v = bytearray(r(n))
    if ae == 2 and n == 16 and random.random() < 0.3:
        v[:12] = bytes(10) + b"\xff\xff"
    return bytes(v)


def babel_plen(ae):
    return random.choice({0: [0, 0, 64, 200], 1: [0, 8, 24, 32, 33], 2: [0, 48, 64, 128, 104, 129],
                          3: [64, 128, 72, 32, 0, 136], 4: [0, 24, 32]}.get(ae, [0, 32, 255]))


def babel_ae():
    return pick(0, 1, 1, 2, 2, 3, 4, random.getrandbits(8))


def babel_tlv():
    t = pick(0, 1, 2, 3, 4, 4, 5, 5, 6, 7, 8, 8, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
             random.getrandbits(8))
    if t == 0:
        return b"\x00"
    if t == 1:
        v = bytes(random.randint(0, 6))
    elif t == 2:
        v = r(2) + r(2) + struct.pack(">H", pick(0, 400, random.getrandbits(16)))
    elif t == 3:
        v = r(2)
    elif t == 4:
        v = struct.pack(">HHH", pick(0, 0x8000, random.getrandbits(16)), random.getrandbits(16),
                        pick(0, 400, random.getrandbits(16))) + babel_subtlvs()
    elif t == 5:
        ae = babel_ae()
        v = bytes([ae, 0]) + struct.pack(">HH", random.getrandbits(16), pick(0, 1200, 0xffff)) + \
            babel_addr(ae) + babel_subtlvs()
    elif t == 6:
        v = r(2) + r(8)
    elif t == 7:
        ae = babel_ae()
        v = bytes([ae, 0]) + babel_addr(ae)
    elif t == 8:
        ae = babel_ae()
        plen = babel_plen(ae)
        pb = (plen + 7) // 8
        omitted = pick(0, 0, 0, 1, 2, 4, 8, 12, pb, random.getrandbits(8))
        flags = pick(0, 0x80, 0x40, 0xc0, random.getrandbits(8))
        v = bytes([ae, flags, plen, omitted]) + struct.pack(">HHH", pick(400, 1600, 0, 0xffff),
                                                            random.getrandbits(16),
                                                            pick(0, 96, 0xffff, random.getrandbits(16)))
        v += babel_addr(ae, plen, omitted) + babel_subtlvs()
    elif t == 9:
        ae = babel_ae()
        plen = babel_plen(ae)
        v = bytes([ae, plen]) + babel_addr(ae, plen)
    elif t == 10:
        ae = babel_ae()
        plen = babel_plen(ae)
        v = bytes([ae, plen]) + struct.pack(">HBB", random.getrandbits(16), random.getrandbits(8), 0) + \
            r(8) + babel_addr(ae, plen)
    elif t == 11:
        v = r(6)
    elif t == 12:
        v = r(2) + r(pick(16, 20, 32, 48, 64, 10))
    elif t == 13:
        ae = babel_ae()
        plen, splen = babel_plen(ae), babel_plen(ae)
        omitted = pick(0, 0, 1, 2, random.getrandbits(8))
        v = bytes([ae, splen, plen, omitted]) + r(6) + babel_addr(ae, plen, omitted) + \
            babel_addr(ae, splen) + babel_subtlvs()
    elif t == 14:
        ae = babel_ae()
        plen, splen = babel_plen(ae), babel_plen(ae)
        v = bytes([ae, plen, splen]) + babel_addr(ae, plen) + babel_addr(ae, splen)
    elif t == 15:
        ae = babel_ae()
        plen, splen = babel_plen(ae), babel_plen(ae)
        v = bytes([ae, plen]) + r(2) + bytes([random.getrandbits(8), splen]) + r(8) + \
            babel_addr(ae, plen) + babel_addr(ae, splen)
    elif t == 17:
        v = r(4) + r(pick(0, 8, 3))
    else:
        v = r(pick(0, 4, 16, 32, random.randint(0, 40), 193))
    if random.random() < 0.08:
        v = v[:random.randint(0, len(v))]
    if len(v) > 255:
        v = v[:255]
    return bytes([t, len(v)]) + v


def gen_babel():
    body = b"".join(babel_tlv() for _ in range(random.randint(0, 6)))
    trailer = b"".join(babel_tlv() for _ in range(pick(0, 0, 0, 1, 2)))
    blen = len(body) if random.random() < 0.85 else pick(0, random.getrandbits(16), len(body) + 1,
                                                        max(len(body) - 1, 0))
    magic = 42 if random.random() < 0.95 else random.getrandbits(8)
    ver = 2 if random.random() < 0.93 else pick(0, 1, 3)
    return bytes([magic, ver]) + struct.pack(">H", blen) + body + trailer, pick(6696, 6696, 6697)


# ---- HNCP --------------------------------------------------------------------------------
def pad4(v):
    return v + bytes((4 - len(v) % 4) % 4)


def hncp_prefix():
    if random.random() < 0.4:
        plen = pick(96, 104, 120, 128, 129, 140, random.randint(96, 255))
        n = max(0, (min(plen - 96, 40) + 7) // 8)
        return bytes([plen]) + bytes(10) + b"\xff\xff" + r(n)
    plen = pick(0, 48, 56, 64, 128, 129, 200, random.getrandbits(8))
    return bytes([plen]) + r(min((plen + 7) // 8, 16))


def dns_labels():
    out = b""
    for _ in range(random.randint(0, 3)):
        lab = bytes(random.choice(b"abcdefgh0123\x00.") for _ in range(random.randint(1, 8)))
        out += bytes([len(lab)]) + lab
    if random.random() < 0.8:
        out += b"\x00"
    elif random.random() < 0.5:
        out += bytes([0xc0, random.getrandbits(8)])
    return out


def hncp_tlv(depth=0):
    t = pick(1, 2, 3, 4, 5, 5, 8, 9, 10, 32, 33, 34, 35, 35, 36, 37, 37, 38, 38, 39, 40, 41, 42, 43,
             0, 6, 44, 600, 800, 2000, random.getrandbits(16))
    nested = lambda: b"".join(hncp_tlv(depth + 1) for _ in range(random.randint(0, 2))) if depth < 3 else b""
    if t == 1:
        v = b""
    elif t == 2:
        v = r(4)
    elif t in (3, 4):
        v = r(8)
    elif t == 5:
        v = r(20) + nested()
    elif t == 8:
        v = r(12)
    elif t == 9:
        v = r(8)
    elif t == 10:
        v = r(36) + bytes(random.choice(b"abc\x00\x01\xff") for _ in range(random.randint(0, 8)))
    elif t == 32:
        v = r(4) + b"hnetd/" + r(random.randint(0, 4))
    elif t == 33:
        v = nested()
    elif t == 34:
        v = r(8) + hncp_prefix()
        v = pad4(v) + nested()
    elif t == 35:
        v = r(5) + hncp_prefix()
        v = pad4(v) + nested()
    elif t == 36:
        a = bytes(10) + b"\xff\xff" + r(4) if random.random() < 0.5 else r(16)
        v = r(4) + a + nested()
    elif t == 37:
        v = b""
        for _ in range(random.randint(1, 3)):
            o = pick(6, 42, 119, random.getrandbits(8))
            ov = r(pick(4, 8, 3, 0)) if o in (6, 42) else dns_labels() + dns_labels() if o == 119 else r(3)
            v += bytes([o, len(ov)]) + ov
    elif t == 38:
        v = b""
        for _ in range(random.randint(1, 3)):
            o = pick(23, 24, 31, random.getrandbits(16))
            ov = r(pick(16, 32, 0, 10)) if o in (23, 31) else dns_labels() if o == 24 else r(3)
            v += struct.pack(">HH", o, len(ov)) + ov
    elif t == 39:
        v = r(16) + bytes([random.getrandbits(3)]) + dns_labels()
        v = pad4(v) + nested()
    elif t == 40:
        v = dns_labels()
    elif t == 41:
        name = bytes(random.choice(b"rst\x00\x7f") for _ in range(pick(1, 2, 5, 70)))
        v = r(16) + bytes([len(name)]) + name
        v = pad4(v) + nested()
    elif t == 42:
        v = r(32) + nested()
    elif t == 43:
        p = pick(0, 1, 64, 129, 130, 131, 140)
        if 1 <= p <= 128:
            v = hncp_prefix()
        else:
            v = bytes([p]) + (dns_labels() if p == 129 else b"text" if p == 130 else b"" if random.random() < 0.7 else r(2))
    else:
        v = r(random.randint(0, 8))
    if random.random() < 0.06:
        v = v[:random.randint(0, len(v))]
    ln = len(v) if random.random() < 0.93 else random.getrandbits(random.choice([4, 16]))
    return struct.pack(">HH", t, ln) + (pad4(v) if random.random() < 0.9 else v)


def gen_hncp():
    return b"".join(hncp_tlv() for _ in range(random.randint(0, 5))), 8231


# ---- AHCP --------------------------------------------------------------------------------
def ahcp_option():
    o = pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, random.getrandbits(8))
    if o in (0, 1):
        return bytes([o])
    size = {2: 4, 3: 4, 4: 16, 5: 4, 6: 17, 8: 16, 9: 4, 10: 17, 11: 5, 12: 16, 13: 16}.get(o)
    if size is None:
        v = r(random.randint(0, 6))
    elif o in (2, 3):
        v = r(pick(4, 4, 4, 3, 5, 0))
    else:
        v = r(size * random.randint(0, 3) + pick(0, 0, 0, 1, 3))
    return bytes([o, len(v)]) + v


def gen_ahcp():
    opts = b"".join(ahcp_option() for _ in range(random.randint(0, 6)))
    blen = len(opts) if random.random() < 0.85 else pick(random.getrandbits(16), len(opts) + 2, 0)
    body = bytes([pick(0, 1, 2, 3, 4, 5, 9), pick(0, 0, 0, 7)]) + struct.pack(">H", blen) + opts
    hdr = bytes([pick(43, 43, 43, 43, 42), pick(1, 1, 1, 1, 2)]) + r(22)
    return hdr + body + (r(3) if random.random() < 0.1 else b""), 5359


# ---- Cisco Auto-RP (UDP 496) --------------------------------------------------------------
def gen_autorp():
    rps = b""
    n = random.randint(0, 3)
    for _ in range(n):
        k = random.randint(0, 3)
        rps += r(4) + bytes([pick(1, 2, 3, 0, random.getrandbits(8)), k])
        rps += b"".join(bytes([pick(0, 1, 2, 3, random.getrandbits(8)), random.randint(0, 40)]) + r(4)
                        for _ in range(k))
    cnt = n if random.random() < 0.8 else random.randint(0, 5)
    hdr = bytes([pick(0x11, 0x12, random.getrandbits(8)), cnt]) + struct.pack(">H", pick(0, 181, random.getrandbits(16))) + r(4)
    return hdr + rps, 496


GENERATORS = {"babel": gen_babel, "hncp": gen_hncp, "ahcp": gen_ahcp, "autorp": gen_autorp}


def mutate(p):
    p = bytearray(p)
    if p and random.random() < 0.25:
        for _ in range(random.randint(1, 3)):
            p[random.randrange(len(p))] = random.getrandbits(8)
    if p and random.random() < 0.08:
        del p[random.randrange(len(p)):]
    return bytes(p)


def frame(payload, port):
    if random.random() < 0.5:
        ip = IPv6(src="fe80::1", dst="ff02::1:6")
    else:
        ip = IP(src="10.0.0.1", dst="10.0.0.2")
    sport, dport = pick((port, port), (port, 40001), (40001, port))
    return raw(Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb") / ip / UDP(sport=sport, dport=dport) / payload)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--proto", required=True, choices=sorted(GENERATORS))
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--keep", help="write the pcap here")
    a = ap.parse_args()
    random.seed(a.seed)
    frames = []
    for _ in range(a.count):
        payload, port = GENERATORS[a.proto]()
        data = frame(mutate(payload), port)
        caplen = len(data) if random.random() < 0.7 else random.randint(40, len(data))
        frames.append((data, caplen))
    path = a.keep or tempfile.mktemp(suffix=".pcap")
    write_pcap(path, frames)
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    bad = set()
    shown = 0
    for opts in ([], ["-v"], ["-vv"], ["-vvv"], ["-e", "-vv"], ["-x", "-v"], ["-x", "-vvv"]):
        cmd = ["-#", "-n", "-r", path] + opts
        exp = subprocess.run(["tcpdump"] + cmd, capture_output=True, env=env).stdout.decode(errors="replace")
        got = subprocess.run([a.bin] + cmd, capture_output=True, env=env).stdout.decode(errors="replace")
        e, g = split_packets(exp), split_packets(got)
        for n in sorted(set(e) | set(g)):
            if e.get(n) != g.get(n):
                bad.add(n)
                if shown < a.show:
                    shown += 1
                    print(f"=== packet {n} opts {' '.join(opts)}")
                    print("--- tcpdump\n" + "\n".join(e.get(n, [])))
                    print("+++ ringdump\n" + "\n".join(g.get(n, [])))
    print(f"{a.proto}: {a.count} packets, {len(bad)} differ")
    if not a.keep:
        os.unlink(path)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
