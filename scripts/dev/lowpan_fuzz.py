#!/usr/bin/python3
"""Developer tool: differential test of the IEEE 802.15.4, ZEP, AoE, EAPOL and ATM
printers against tcpdump with random packets.

usage: lowpan_fuzz.py --bin RINGDUMP --proto {wpan,zep,aoe,eapol,sunatm,atm,cip} [--count N]
                      [--seed S] [--show K] [--keep FILE]
Builds N packets (mostly well-formed, then mutated and cut by a random capture length),
prints them with tcpdump and ringdump at -v 0..4 with and without -e (and -x), and
reports per option set how many packets print differently, showing the first K.
"""
import argparse
import os
import random
import re
import struct
import subprocess
import sys
import tempfile


def r(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def crc16(d):
    c = 0
    for b in d:
        c ^= b
        for _ in range(8):
            c = (c >> 1) ^ 0x8408 if c & 1 else c >> 1
    return c


def crc32(d):
    c = 0
    for b in d:
        c ^= b
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    return c


def with_fcs(frame):
    k = random.random()
    if k < 0.35:
        return frame + struct.pack("<H", crc16(frame))
    if k < 0.55:
        return frame + struct.pack("<I", crc32(frame))
    return frame


def header_ies():
    out = b""
    for _ in range(random.randint(0, 3)):
        eid = random.choice([0x00, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x21, 0x22, 0x2a, 0x05,
                             random.randint(0, 0xff)])
        body = r(random.choice([0, 1, 2, 3, 4, 6, 8, random.randint(0, 20)]))
        ln = len(body) if random.random() < 0.9 else random.randint(0, 127)
        out += struct.pack("<H", (ln & 0x7f) | (eid << 7)) + body
    term = random.choice([0x7e, 0x7f, None])
    payload = b""
    if term is not None:
        out += struct.pack("<H", term << 7)
        if term == 0x7e:
            for _ in range(random.randint(0, 3)):
                gid = random.choice([0, 1, 2, 3, 5, 0xf, random.randint(0, 15)])
                if gid == 1:
                    body = b""
                    for _ in range(random.randint(0, 3)):
                        if random.random() < 0.5:
                            sid = random.choice([0x1a, 0x1b, 0x1c, random.randint(0, 0x7f)])
                            sb = r(random.choice([0, 1, 6, 25, 27, random.randint(0, 12)]))
                            if sid == 0x1b and sb:
                                sb = bytes([random.randint(0, 2)]) + sb[1:]
                            body += struct.pack("<H", (len(sb) & 0xff) | (sid << 8)) + sb
                        else:
                            sid = random.choice([8, 9, random.randint(0, 15)])
                            sb = r(random.choice([0, 1, 3, 10, 14, random.randint(0, 20)]))
                            body += struct.pack("<H", 0x8000 | (len(sb) & 0x3ff) | (sid << 11)) + sb
                else:
                    body = r(random.choice([0, 1, 3, 6, random.randint(0, 16)]))
                ln = len(body) if random.random() < 0.9 else random.randint(0, 0x3ff)
                payload += struct.pack("<H", 0x8000 * (random.random() < 0.95) | (ln & 0x3ff) | (gid << 11)) + body
    return out + payload


def gen_wpan_frame():
    ftype = random.choice([0, 0, 1, 1, 1, 2, 3, 3, 3, 4, 5, 5, 6, 7])
    if ftype == 5:
        if random.random() < 0.5:
            fc = 5 | random.getrandbits(5) << 3
            fc &= ~0x08
            hdr = bytes([fc & 0xff])
            fc16 = fc | random.getrandbits(8) << 8
            hdr = struct.pack("<H", fc16)[:1]
            seq = r(1)
            body = hdr + seq
        else:
            fc = 5 | 0x08 | random.getrandbits(13) << 3
            body = struct.pack("<H", fc)
            if not fc & 0x0400:
                body += r(1)
        dm = (fc >> 4) & 3
        sm = (fc >> 6) & 3
        if fc & 0x08 and fc & 0x0100:
            body += r(2)
        body += r({0: 0, 1: 1, 2: 2, 3: 8}[dm]) + r({0: 0, 1: 1, 2: 2, 3: 8}[sm])
        if fc & 0x08 and fc & 0x0200:
            body += aux_sec()
        if fc & 0x08 and fc & 0x8000:
            body += header_ies()
        body += r(random.randint(0, 12))
        return with_fcs(body)
    version = random.choice([0, 1, 2, 2, 3])
    fc = ftype | version << 12
    for bit in (3, 4, 5, 6, 8, 9, 7, 11):
        if random.random() < (0.3 if bit not in (3, 8, 9) else 0.2):
            fc |= 1 << bit
    dm = random.choice([0, 2, 2, 3, 3, 1]) if random.random() < 0.97 else 1
    sm = random.choice([0, 2, 2, 3, 3, 1]) if random.random() < 0.97 else 1
    fc |= dm << 10 | sm << 14
    body = struct.pack("<H", fc)
    if not fc & 0x0100:
        body += r(1)
    body += r(2) + r({0: 0, 1: 0, 2: 2, 3: 8}[dm]) + r(2) + r({0: 0, 1: 0, 2: 2, 3: 8}[sm])
    if fc & 0x08:
        body += aux_sec()
    if fc & 0x0200:
        body += header_ies()
    if ftype == 0:
        ss = r(2)
        g = random.choice([0, 0, 1, 2, 7])
        gts = bytes([g | random.getrandbits(5) << 3]) + (r(1 + g * 3) if g else b"")
        s, e = random.randint(0, 3), random.randint(0, 2)
        pend = bytes([s | e << 4]) + r(s * 2 + e * 8)
        body += ss + gts + pend + r(random.randint(0, 6))
    elif ftype == 3:
        cid = random.choice([1, 2, 3, 4, 7, 8, 9, 0x13, 0x24, 0x2f, 0x30, random.randint(0, 255)])
        ln = {1: 1, 2: 3, 3: 1, 8: random.choice([7, 8]), 9: 1}.get(cid, random.randint(0, 5))
        if random.random() < 0.2:
            ln = random.randint(0, 9)
        data = r(ln)
        if cid == 3 and data:
            data = bytes([random.choice([0, 1, 2, 3])]) + data[1:]
        if cid == 2 and len(data) == 3:
            data = data[:2] + bytes([random.choice([0, 1, 2, 3, 0x80, 0x55])])
        body += bytes([cid]) + data
    else:
        body += r(random.randint(0, 16))
    return with_fcs(body)


def aux_sec():
    sc = random.getrandbits(8)
    out = bytes([sc])
    if not sc & 0x20:
        out += r(4)
    kim = (sc >> 3) & 3
    out += r({0: 0, 1: 1, 2: 5, 3: 9}[kim])
    return out


def gen_wpan():
    lt = random.choice([195, 195, 230, 283])
    f = gen_wpan_frame() if random.random() < 0.8 else with_fcs(r(random.randint(0, 40)))
    if lt == 283:
        tlvs = b""
        for _ in range(random.randint(0, 2)):
            v = r(random.choice([1, 4]))
            tlvs += struct.pack("<HH", random.randint(0, 5), len(v)) + v + bytes((4 - len(v) % 4) % 4)
        ver = 0 if random.random() < 0.9 else random.randint(0, 3)
        hl = 4 + len(tlvs) if random.random() < 0.9 else random.randint(0, 20)
        f = struct.pack("<BBH", ver, 0, hl) + tlvs + f
    return lt, f


def eth(dst, src, etype, payload):
    return dst + src + struct.pack(">H", etype) + payload


def udp_ip(sport, dport, payload):
    from scapy.all import IP, UDP, Ether, raw  # noqa
    return raw(Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb") /
               IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=sport, dport=dport) / payload)


def gen_zep():
    ver = random.choice([1, 2, 2, 2, 3, 0])
    if random.random() < 0.05:
        pre = r(2)
    else:
        pre = b"EX"
    frame = gen_wpan_frame()
    inner = len(frame) if random.random() < 0.8 else random.randint(0, 255)
    if ver == 1:
        hdr = pre + bytes([1, random.randint(11, 26)]) + r(2) + bytes([random.choice([0, 1]), random.getrandbits(8)]) + r(7) + bytes([inner & 0xff])
    elif random.random() < 0.2:
        hdr = pre + bytes([ver, 2]) + r(4)
        frame = b"" if random.random() < 0.7 else r(4)
    else:
        ts = struct.pack(">II", random.choice([0, random.getrandbits(32), 3900000000, 2208988800 + random.getrandbits(30)]), random.getrandbits(32))
        hdr = pre + bytes([ver, random.choice([1, 1, 3])]) + bytes([random.randint(11, 26)]) + r(2) + bytes([random.choice([0, 1]), random.getrandbits(8)]) + ts + r(4) + r(10) + bytes([inner & 0xff])
    if random.random() < 0.1:
        hdr = hdr[:random.randint(0, len(hdr))]
    return 1, udp_ip(random.getrandbits(16) | 1024, 17754, hdr + frame + (r(random.randint(0, 4)) if random.random() < 0.2 else b""))


def gen_aoe():
    ver = random.choice([1, 1, 1, 1, 0, 2])
    flags = random.choice([0, 8, 4, 0xc, random.getrandbits(4)])
    cmd = random.choice([0, 1, 2, 3, random.randint(0, 255)])
    hdr = bytes([ver << 4 | flags, random.getrandbits(8)]) + r(3) + bytes([cmd]) + r(4)
    if cmd == 0:
        arg = r(12) + r(random.choice([0, 0, 24, 512, random.randint(0, 30)]))
    elif cmd == 1:
        cs = r(random.randint(0, 20))
        csl = len(cs) if random.random() < 0.8 else random.randint(0, 2000)
        arg = r(5) + bytes([random.getrandbits(8)]) + struct.pack(">H", csl) + cs
    elif cmd == 2:
        n = random.randint(0, 3)
        dc = n if random.random() < 0.85 else random.randint(0, 5)
        arg = bytes([0, random.randint(0, 2), random.randint(0, 4), dc]) + b"".join(bytes([0, random.randint(0, 3)]) + r(6) for _ in range(n))
    elif cmd == 3:
        n = random.randint(0, 3)
        nm = n if random.random() < 0.85 else random.randint(0, 5)
        arg = bytes([random.randint(0, 3), nm]) + r(6 * n) + (r(random.randint(0, 3)) if random.random() < 0.15 else b"")
    else:
        arg = r(random.randint(0, 10))
    p = hdr + arg
    if random.random() < 0.15:
        p = p[:random.randint(0, len(p))]
    return 1, eth(b"\xff" * 6, bytes.fromhex("001122334455"), 0x88a2, p)


def gen_eapol():
    t = random.choice([0, 0, 0, 1, 2, 3, 4, random.randint(0, 255)])
    eap = b""
    if t == 0:
        code = random.choice([1, 1, 2, 2, 3, 4, random.randint(0, 255)])
        etype = random.choice([1, 2, 3, 4, 13, 18, 21, 23, 43, 254, random.randint(0, 255)])
        data = r(random.randint(0, 12))
        if etype in (1, 2) and random.random() < 0.7:
            data = bytes(random.choice(b"abcdefgh@.\x00\x01\x80") for _ in range(random.randint(0, 12)))
        body = bytes([etype]) + data if code in (1, 2) else b""
        ln = 4 + len(body)
        if random.random() < 0.15:
            ln = random.randint(0, 40)
        eap = bytes([code, random.getrandbits(8)]) + struct.pack(">H", ln) + body
    else:
        eap = r(random.randint(0, 10))
    bl = len(eap) if random.random() < 0.85 else random.randint(0, 60)
    p = bytes([random.choice([1, 2, 3])]) + bytes([t]) + struct.pack(">H", bl) + eap
    if random.random() < 0.1:
        p = p[:random.randint(0, len(p))]
    return 1, eth(bytes.fromhex("0180c2000003"), bytes.fromhex("001122334455"), 0x888e, p)


def atm_payload():
    k = random.random()
    if k < 0.4:
        # LLC/SNAP IPv4
        from scapy.all import IP, UDP, raw  # noqa
        return bytes.fromhex("aaaa03000000") + b"\x08\x00" + raw(IP(src="10.1.1.1", dst="10.2.2.2") / UDP(sport=1000, dport=2000) / r(4))
    if k < 0.5:
        return bytes.fromhex("fefe03") + r(random.randint(0, 20))
    if k < 0.6:
        return b"\x03" + r(random.randint(0, 20))
    return r(random.randint(0, 60))


def gen_sunatm():
    d = random.choice([0, 0x80]) | random.choice([0, 1, 2, 3])
    vpi = random.choice([0, 0, 1, random.getrandbits(8)])
    vci = random.choice([5, 2, 3, 4, 1, 16, 32, random.getrandbits(16)])
    if vci in (3, 4):
        payload = oam_cell()
    elif vci == 5:
        payload = bytes([random.choice([9, 9, 3])]) + r(4) + bytes([random.choice([2, 7, 5, 0x4d, 0x7d, random.getrandbits(8)])]) + r(random.randint(0, 10))
    elif d & 0xf == 1:
        payload = r(2) + eth(r(6), r(6), 0x0800, r(24))
    else:
        payload = atm_payload()
    return 123, bytes([d, vpi]) + struct.pack(">H", vci) + payload


def gen_atm():
    return random.choice([100, 100, 11]), atm_payload() if random.random() < 0.8 else r(20) + atm_payload()


def gen_cip():
    from scapy.all import IP, UDP, raw  # noqa
    ip = raw(IP(src="10.1.1.1", dst="10.2.2.2") / UDP(sport=1000, dport=2000) / r(4))
    k = random.random()
    p = bytes.fromhex("aaaa03000000") + b"\x08\x00" + ip if k < 0.4 else ip if k < 0.7 else atm_payload()
    return random.choice([106, 19]), p


def crc10_fix(cell):
    """Sets the last 10 bits of the 48-byte OAM payload so that its CRC-10 checks."""
    base = bytearray(cell)
    for v in range(1024):
        base[46] = (base[46] & 0xfc) | (v >> 8)
        base[47] = v & 0xff
        rem = 0
        for b in base:
            for i in range(7, -1, -1):
                rem = (rem << 1) | ((b >> i) & 1)
                if rem & 0x400:
                    rem ^= 0x633
        if rem == 0:
            return bytes(base)
    return bytes(base)


def oam_cell():
    t = random.choice([0x18, 0x10, 0x11, 0x14, 0x20, 0x81, random.getrandbits(8)])
    cell = bytes([t]) + bytes([random.choice([0, 1, 3])]) + r(46)
    if random.random() < 0.6:
        cell = crc10_fix(cell)
    return r(1) + r(4) + cell + (r(random.randint(0, 4)) if random.random() < 0.2 else b"")


GENERATORS = {"wpan": gen_wpan, "zep": gen_zep, "aoe": gen_aoe, "eapol": gen_eapol,
              "sunatm": gen_sunatm, "atm": gen_atm, "cip": gen_cip}
OPTION_SETS = [[], ["-v"], ["-vv"], ["-vvv"], ["-vvvv"], ["-e"], ["-e", "-vvv"], ["-x", "-vvv"],
               ["-q"]]


def write_pcap(path, linktype, pkts):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, linktype))
        for i, (data, caplen) in enumerate(pkts):
            f.write(struct.pack("<IIII", 1000 + i, 0, caplen, len(data)))
            f.write(data[:caplen])


def split_packets(text):
    out, cur = {}, None
    for line in text.splitlines():
        m = re.match(r"^ *(\d+)  ", line)
        if m:
            cur = int(m.group(1))
            out[cur] = line
        elif cur is not None:
            out[cur] += "\n" + line
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--proto", required=True, choices=sorted(GENERATORS))
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--keep", help="write the pcaps with this prefix")
    a = ap.parse_args()
    random.seed(a.seed)
    by_lt = {}
    for _ in range(a.count):
        lt, data = GENERATORS[a.proto]()
        if random.random() < 0.3 and len(data) > 1:
            caplen = random.randint(1, len(data))
        else:
            caplen = len(data)
        by_lt.setdefault(lt, []).append((data, caplen))
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    total_bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for lt, pkts in sorted(by_lt.items()):
            path = (a.keep + f"-{lt}.pcap") if a.keep else os.path.join(tmp, f"f{lt}.pcap")
            write_pcap(path, lt, pkts)
            for opts in OPTION_SETS:
                cmd = ["-#", "-n", "-r", path] + opts
                e = subprocess.run(["tcpdump"] + cmd, capture_output=True, env=env).stdout.decode(errors="replace")
                g = subprocess.run([a.bin] + cmd, capture_output=True, env=env)
                if g.returncode not in (0, 1) or b"runtime error" in g.stderr or b"Sanitizer" in g.stderr:
                    print(f"lt {lt} {' '.join(opts)}: ringdump exit {g.returncode}: {g.stderr.decode(errors='replace')[-500:]}")
                ep, gp = split_packets(e), split_packets(g.stdout.decode(errors="replace"))
                bad = [n for n in ep if ep[n] != gp.get(n)]
                total_bad += len(bad)
                print(f"lt {lt} opts {' '.join(opts) or '(none)'}: {len(ep)} packets, {len(bad)} differ")
                for n in bad[:a.show]:
                    data, caplen = pkts[n - 1]
                    print(f"  packet {n} caplen {caplen} len {len(data)}: {data.hex()}")
                    print("   tcpdump: " + ep[n].replace("\n", "\n            "))
                    print("  ringdump: " + (gp.get(n) or "(missing)").replace("\n", "\n            "))
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main())
