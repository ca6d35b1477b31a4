#!/usr/bin/python3
"""Developer tool: differential test of one printer against tcpdump with random packets.

usage: proto_fuzz.py --bin RINGDUMP --proto NAME [--count N] [--seed S] [--show K]
Builds N packets for the protocol (well-formed ones from a generator, then mutated and
cut by a random snaplen), writes them to one pcap, prints it with tcpdump and ringdump
at -v 0..3 with and without -e, and shows the packets whose text differs.
Needs /usr/bin/python3 (scapy).
"""
import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile

from scapy.all import IP, IPv6, UDP, Ether, raw  # noqa: E402


def r(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def tlv(t, v, tfmt=">HH"):
    return struct.pack(tfmt, t, len(v)) + v


# ---- generators: each returns (payload bytes, transport) -------------------------------
def gen_lspping():
    hdr = struct.pack(">HHBBBBII", random.choice([1, 1, 1, 2]), 0, random.choice([1, 2, 3]),
                      random.randint(0, 5), random.randint(0, 14), random.randint(0, 3),
                      random.getrandbits(32), random.getrandbits(32))
    hdr += r(8) + random.choice([bytes(8), r(8)])
    body = b""
    for _ in range(random.randint(0, 3)):
        t = random.choice([1, 1, 2, 3, 5, 7, 9, 10, 15, 0xfc00, random.getrandbits(16)])
        if t == 1:
            v = b""
            for _ in range(random.randint(1, 3)):
                st = random.randint(1, 16)
                ln = random.choice({1: [5], 2: [17], 3: [20], 4: [56], 6: [13], 7: [25], 8: [14],
                                    9: [10], 10: [14], 12: [5], 13: [17]}.get(st, [4]) + [random.randint(0, 30)])
                sv = r(ln)
                if st in (6, 7, 8) and ln >= 2:
                    sv = struct.pack(">H", random.randint(0, 3)) + sv[2:]
                v += tlv(st, sv) + bytes((4 - ln % 4) % 4)
        elif t == 2:
            at = random.randint(0, 5)
            v = struct.pack(">HBB", random.getrandbits(16), at, 0) + r(random.choice([8, 20, 32, 36, 40, 3, 0]))
        elif t == 5 and random.random() < 0.7:
            v = struct.pack(">I", random.choice([9, 2636, 0, 4491, 74, 161, 2937, 3054, 3561, 3902, 5806,
                                                 5951, 6490, 7951, 8164, 10704, 10923, 11665, 12356,
                                                 12951, 13745, 16787, 20942, 26866, 32622, 35632, 46,
                                                 4195, 3902, 193, 28458, 8072, 11129]))
        else:
            v = r(random.randint(0, 12))
        ln = len(v)
        body += tlv(t, v) + (bytes((4 - ln % 4) % 4) if random.random() < 0.8 else b"")
    return hdr + body, ("udp", 3503)


def gen_timed():
    t = random.choice([1, 5, 22, 23, 24, 0, 2, 30, random.getrandbits(8)])
    name = bytes(random.choice(b"abcxyz.\x01\xff") for _ in range(random.randint(0, 20)))
    name = name + bytes(random.randint(0, 3)) if random.random() < 0.8 else name
    tm = struct.pack(">ii", random.randint(-3, 3) if random.random() < 0.3 else random.getrandbits(31),
                     random.choice([0, 5, 999999, -1, random.getrandbits(32) - 2**31]))
    return struct.pack(">BBH", t, random.getrandbits(8), random.getrandbits(16)) + tm + name, ("udp", 525)


def gen_igrp():
    n = random.randint(0, 4)
    counts = [random.randint(0, 3) for _ in range(3)]
    hdr = struct.pack(">BBHHHHH", random.choice([0x11, 0x12, 0x13, 0x02, random.getrandbits(8)]),
                      random.getrandbits(8), random.getrandbits(16), *counts, random.getrandbits(16))
    body = b"".join(r(3) + struct.pack(">I", random.choice([0, random.getrandbits(32)]))[1:] +
                    struct.pack(">I", random.choice([0, 1, random.getrandbits(32)]))[1:] + r(5) for _ in range(n))
    return hdr + body + r(random.choice([0, 0, 3])), ("ip", 9)


def gen_ripng():
    cmd = random.choice([1, 1, 2, 2, 3, 0])
    body = b""
    for _ in range(random.randint(0, 4)):
        dest = bytes(16) if random.random() < 0.2 else r(16)
        body += dest + struct.pack(">HBB", random.choice([0, random.getrandbits(16)]), random.randint(0, 128),
                                   random.choice([16, 0, 1, random.getrandbits(8)]))
    return struct.pack(">BBH", cmd, random.choice([1, 1, 1, 2]), 0) + body + r(random.choice([0, 0, 5])), ("udp", 521)


RSVP_OBJS = [(1, [1, 2, 7, 8, 11, 13, 14]), (3, [1, 2, 3, 4]), (4, [1]), (5, [1]), (6, [1, 2, 3, 4]), (8, [1]),
             (9, [2]), (10, [1, 2, 3, 7, 8, 12, 13]), (11, [1, 2, 7, 12, 13]), (12, [2]), (13, [2]), (15, [1, 2]),
             (16, [1, 2, 3]), (19, [1, 2, 3, 4]), (20, [1]), (21, [1]), (22, [1, 2]), (23, [1]), (24, [1, 2]),
             (25, [1]), (34, [1, 2]), (36, [1]), (50, [1, 2]), (63, [7]), (66, [1]), (125, [1]), (129, [1]),
             (131, [1]), (134, [1]), (195, [1, 2]), (196, [1]), (204, [1]), (205, [1, 7]), (207, [7]),
             (229, [1]), (7, [1]), (130, [1]), (240, [1])]


def rsvp_value(cls, ct):
    if cls in (20, 21):
        v = b""
        for _ in range(random.randint(1, 3)):
            t = random.choice([1, 0x81, 3, 2, 32])
            if t in (1, 0x81):
                v += bytes([t, 8]) + r(4) + bytes([random.choice([32, 32, 24]), random.getrandbits(8)])
            elif t == 3:
                v += bytes([t, 8, random.getrandbits(8), random.choice([1, 2])]) + r(4)
            else:
                v += bytes([t, random.choice([4, 8])]) + r(2 if v and False else 2)
        return v
    if cls == 229:
        v = b""
        for _ in range(random.randint(1, 3)):
            st = random.randint(1, 6)
            af = random.choice([1, 2, 3, 4])
            ln = random.choice([8, 20, 16, 4, 12])
            v += struct.pack(">HBB", ln, st, af) + r(ln - 4)
        return v
    if cls in (9, 12, 13):
        params = b""
        for _ in range(random.randint(1, 2)):
            pid = random.choice([4, 6, 8, 10, 127, 130, 133, 99])
            plen = {127: 20, 130: 8}.get(pid, 4)
            params += struct.pack(">BBH", pid, 0, plen // 4) + r(plen)
        svc = struct.pack(">BBH", random.choice([1, 2, 5]), random.choice([0, 0x80]), len(params) // 4) + params
        return struct.pack(">BBH", 0, 0, len(svc) // 4) + svc
    if cls == 207:
        name = b"lsp-" + bytes(random.choice(b"abc") for _ in range(random.randint(0, 9)))
        return bytes([random.getrandbits(3), random.getrandbits(3), random.getrandbits(5), len(name)]) + name
    if cls == 204:
        return struct.pack(">HH", 1, 0) + bytes([random.choice([1, 2, 4, 8, 16]), 6]) + r(4)
    if cls == 6:
        a = 16 if ct in (2, 4) else 4
        return r(a) + bytes([0, random.choice([24, 25, 28, 125, 3])]) + struct.pack(">H", random.randint(0, 10))
    if cls == 36:
        return bytes([random.randint(0, 3), 0, 0, random.getrandbits(8)]) + r(random.choice([8, 4, 12]))
    return r(random.choice([4, 8, 12, 16, 20, 24, 32, 36, 40, 56]))


def gen_rsvp():
    objs = b""
    for _ in range(random.randint(1, 4)):
        cls, cts = random.choice(RSVP_OBJS)
        ct = random.choice(cts + [random.randint(0, 15)]) if random.random() < 0.2 else random.choice(cts)
        v = rsvp_value(cls, ct)
        v += bytes((4 - len(v) % 4) % 4)
        objs += struct.pack(">HBB", len(v) + 4, cls, ct) + v
    mt = random.choice([1, 2, 3, 4, 5, 6, 7, 13, 14, 15, 20, 12, 9])
    if mt == 12:
        inner = struct.pack(">BBHBBH", 0x10, 1, 0, 1, 0, len(objs) + 8) + objs
        objs = inner
    hdr = struct.pack(">BBHBBH", random.choice([0x10, 0x11, 0x10, 0x20]), mt, random.getrandbits(16),
                      random.getrandbits(8), 0, len(objs) + 8 + random.choice([0, 0, 0, 4, -4]))
    return hdr + objs, ("ip", 46)


def gen_olsr():
    v6 = random.random() < 0.4
    al = 16 if v6 else 4
    msgs = b""
    for _ in range(random.randint(1, 3)):
        t = random.choice([1, 2, 3, 4, 128, 130, 201, 202, 7])
        if t in (1, 201):
            body = bytes([0, 0, random.getrandbits(8), random.getrandbits(8)])
            for _ in range(random.randint(0, 2)):
                nb = r((al + (4 if t == 201 else 0)) * random.randint(0, 3) if t == 201 else 4 * random.randint(0, 4))
                body += struct.pack(">BBH", random.getrandbits(4), 0, len(nb) + 4 + random.choice([0, 0, 0, 3])) + nb
        elif t in (2, 202):
            body = struct.pack(">HH", random.getrandbits(16), 0) + r(random.choice([0, 4, 8, 12, 20, 40]))
        elif t == 3:
            body = r(al * random.randint(0, 3))
        elif t == 4:
            ents = b""
            for _ in range(random.randint(0, 5)):
                if not v6 and random.random() < 0.3:
                    ents += bytes(4) + bytes([0, random.getrandbits(5), random.getrandbits(8), random.getrandbits(8)])
                else:
                    plen = random.choice([0, 8, 24, 32, 64, 128, 17])
                    mask = (((1 << (al * 8)) - 1) ^ ((1 << (al * 8 - min(plen, al * 8))) - 1)).to_bytes(al, "big")
                    if random.random() < 0.1:
                        mask = r(al)
                    ents += r(al) + mask
            body = ents
        elif t == 130:
            n = random.randint(0, 3)
            ents = b""
            for _ in range(n):
                name = bytes(random.choice(b"abc.-") for _ in range(random.randint(0, 9)))
                pad = (4 - len(name) % 4) % 4
                ents += struct.pack(">HH", random.getrandbits(2), len(name)) + r(al) + name + bytes(pad)
            body = struct.pack(">HH", random.getrandbits(3), n + random.choice([0, 0, 1])) + ents
        else:
            body = r(random.randint(0, 12))
        ml = len(body) + 8 + al + random.choice([0, 0, 0, 4, -2])
        msgs += struct.pack(">BBH", t, random.getrandbits(8), max(ml, 0)) + r(al) + bytes([random.getrandbits(8), random.getrandbits(8)]) + struct.pack(">H", random.getrandbits(16)) + body
    pkt = struct.pack(">HH", len(msgs) + 4 + random.choice([0, 0, -3, 10]), random.getrandbits(16)) + msgs
    return pkt, ("udp", 698, v6)


def gen_lisp():
    t = random.choice([3, 3, 4, 4, 1, 2, 8, 0, 5])
    flags = random.choice([0, 0x02, 0x08, 0x0a, random.getrandbits(4)])
    nrec = random.choice([0, 1, 1, 2, 3])
    auth = r(random.choice([0, 20, 32, 3]))
    hdr = bytes([(t << 4) | flags, 0, random.choice([0, 1]), nrec]) + r(8) + struct.pack(">HH", random.randint(0, 3), len(auth)) + auth
    body = b""
    for _ in range(nrec + random.choice([0, 0, -1])):
        afi = random.choice([1, 1, 2, 16387])
        nloc = random.randint(0, 2)
        rec = struct.pack(">IBBBBHH", random.getrandbits(32), nloc, random.randint(0, 128), random.getrandbits(8), 0, random.getrandbits(16), afi)
        rec += r({1: 4, 2: 16}.get(afi, 6))
        for _ in range(nloc):
            lafi = random.choice([1, 2, 5])
            rec += bytes([random.getrandbits(8) for _ in range(4)]) + struct.pack(">HH", random.getrandbits(3), lafi) + r({1: 4, 2: 16}.get(lafi, 0))
        body += rec
    tail = r(random.choice([24, 24, 0, 5]))
    return hdr + body + tail, ("udp", random.choice([4342, 4342, 4341]))


def gen_aodv():
    v6 = random.random() < 0.4
    al = 16 if v6 else 4
    t = random.choice([1, 2, 3, 4, 16, 17, 18, 19, 5])
    if t in (1, 16):
        body = bytes([t | random.choice([0, 0x80, 0x48, 0x38]), random.getrandbits(8), 0, random.getrandbits(8)]) + r(4 + 2 * (al + 4))
    elif t in (2, 17):
        body = bytes([t | random.choice([0, 0x80, 0x40]), random.getrandbits(8), random.getrandbits(8), random.getrandbits(8)]) + r(2 * (al + 4) + 4)
    elif t in (3, 18):
        n = random.randint(0, 3)
        body = bytes([t, random.choice([0, 0x80]), 0, n + random.choice([0, 0, 1])]) + r((al + 4) * n)
    else:
        body = bytes([t, 0]) + r(random.randint(0, 6))
    ext = random.choice([b"", b"", bytes([1, 4]) + r(4), bytes([1, 2]) + r(4), bytes([7, 3]) + r(3), bytes([1, 4, 0])])
    return body + ext, ("udp", 654, v6)


GENERATORS = {"aodv": gen_aodv, "lisp": gen_lisp, "olsr": gen_olsr, "rsvp": gen_rsvp, "ripng": gen_ripng, "lspping": gen_lspping, "timed": gen_timed, "igrp": gen_igrp}


def mutate(p):
    p = bytearray(p)
    if p and random.random() < 0.3:
        for _ in range(random.randint(1, 3)):
            p[random.randrange(len(p))] = random.getrandbits(8)
    if p and random.random() < 0.1:
        del p[random.randrange(len(p)):]
    return bytes(p)


def frame(payload, transport):
    kind, port = transport[0], transport[1]
    v6 = transport[2] if len(transport) > 2 else random.random() < 0.25
    ip = IPv6(src="2001:db8::1", dst="2001:db8::2") if v6 else IP(src="10.0.0.1", dst="10.0.0.2")
    if kind == "udp":
        sport = port if random.random() < 0.5 else random.randint(1024, 65000)
        dport = port if sport != port else random.randint(1024, 65000)
        pkt = Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb") / ip / UDP(sport=sport, dport=dport) / payload
    else:  # IP protocol number
        if v6:
            ip.nh = port
        else:
            ip.proto = port
        pkt = Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb") / ip / payload
    return raw(pkt)


def write_pcap(path, frames):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, 1))
        for i, (data, caplen) in enumerate(frames):
            f.write(struct.pack("<IIII", 1000 + i, 0, caplen, len(data)))
            f.write(data[:caplen])


def split_packets(text):
    out, cur = {}, None
    for line in text.splitlines():
        head = line[:7].strip()
        if head.isdigit() and line[5:7] == "  " and line[:5].strip().isdigit():
            cur = int(head)
            out[cur] = [line]
        elif cur is not None:
            out[cur].append(line)
    return out


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
        payload, transport = GENERATORS[a.proto]()
        payload = mutate(payload)
        data = frame(payload, transport)
        caplen = len(data) if random.random() < 0.6 else random.randint(14, len(data))
        frames.append((data, caplen))
    path = a.keep or tempfile.mktemp(suffix=".pcap")
    write_pcap(path, frames)
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    bad = set()
    shown = 0
    for opts in ([], ["-v"], ["-vv"], ["-vvv"], ["-e", "-vv"], ["-x", "-v"]):
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
