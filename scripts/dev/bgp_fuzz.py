#!/usr/bin/python3
"""Developer tool: random BGP segments (TCP port 179), printed by tcpdump and ringdump.

usage: bgp_fuzz.py --bin RINGDUMP [--count N] [--seed S] [--keep DIR]
Writes pcaps of structured-but-random BGP messages (OPEN capabilities, UPDATE attributes,
MP_REACH/UNREACH for every AFI/SAFI tcpdump decodes, NOTIFICATION, ROUTE-REFRESH),
with byte mutations and snaplen cuts, and compares both outputs at several -v levels.
Exit 0 when all match; otherwise the first differences are shown.
"""
import argparse
import os
import random
import struct
import subprocess
import sys

R = random.Random()
MUTATE = 0.3  # share of segments with flipped bytes
FLIPS = 3     # at most this many flipped bytes
MARKER = b"\xff" * 16


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def msg(mtype, body):
    return MARKER + struct.pack(">HB", 19 + len(body), mtype) + body


def prefix(maxbits, plen=None):
    if plen is None:
        plen = R.choice([0, 8, 16, 24, 32, maxbits, R.randint(0, maxbits), R.randint(0, 255)])
    return bytes([plen]) + rb((plen + 7) // 8 if plen <= maxbits else R.randint(0, 4))


def rd():
    t = R.choice([0, 1, 2, 2, R.randint(0, 5)])
    return struct.pack(">H", t) + rb(6)


def label():
    return rb(2) + bytes([R.getrandbits(8) | R.choice([0, 1])])


def nlri(af, safi):
    c = R.random()
    if af in (1, 2) and safi in (1, 2, 3):
        mb = 32 if af == 1 else 128
        p = prefix(mb)
        return (rb(4) + p) if c < 0.2 else p
    if safi == 4:
        mb = 32 if af == 1 else 128
        plen = R.choice([24 + R.randint(0, mb), R.randint(0, 255)])
        return bytes([plen]) + label() + rb(max(0, (plen - 24 + 7) // 8))
    if safi in (128, 129, 130) and af in (1, 2, 3):
        mb = {1: 32, 2: 128, 3: 152}[af]
        plen = R.choice([88 + R.randint(0, mb), R.randint(0, 255)])
        return bytes([plen]) + label() + rd() + rb(max(0, (plen - 88 + 7) // 8))
    if safi == 132:
        plen = R.choice([0, 32, 48, 64, 96, R.randint(32, 96), R.randint(0, 255)])
        t = R.choice([b"\x00\x02", b"\x01\x02", b"\x02\x02", rb(2)])
        body = rb(4) + t + rb(6)
        return bytes([plen]) + body[:max(0, (plen + 7) // 8)]
    if safi == 5:
        rt = R.choice([1, 2, 3, 4, 5, 6, 7, R.randint(0, 9)])
        def sg():
            out = b""
            for _ in range(2):
                l = R.choice([0, 32, 128, R.randint(0, 255)])
                out += bytes([l]) + rb(l >> 3)
            return out
        if rt == 1:
            body = rd() + rb(R.choice([4, 16, R.randint(0, 6)]))
        elif rt == 2:
            body = rd() + rb(4)
        elif rt == 3:
            body = rd() + sg() + rb(R.choice([4, 16]))
        elif rt == 5:
            body = rd() + sg()
        elif rt in (6, 7):
            body = rd() + rb(4) + sg()
        else:
            body = rb(R.randint(0, 12))
        ln = len(body) if R.random() < 0.8 else R.randint(0, 255)
        return bytes([rt, ln]) + body
    if safi == 66:
        return bytes([R.choice([128, 128, 128, R.randint(0, 255)])]) + rd() + rb(8)
    if safi in (65, 128, 129, 130) or af in (25, 196):
        c2 = R.random()
        if c2 < 0.3:
            body = rd() + rb(4)
        else:
            body = rd() + rb(7)
            for _ in range(R.randint(0, 3)):
                t = R.choice([1, 1, 2, R.randint(0, 255)])
                bits = R.choice([0, 8, 16, 20, R.randint(0, 64)])
                body += bytes([t]) + struct.pack(">H", bits) + rb((bits + 7) // 8)
        ln = len(body) if R.random() < 0.8 else R.randint(0, 40)
        return struct.pack(">H", ln) + body
    if af == 3:
        plen = R.randint(0, 160)
        return bytes([plen]) + rb(3 + (plen + 7) // 8)
    return rb(R.randint(0, 10))


AFSAFI = [(1, 1), (1, 2), (1, 3), (1, 4), (1, 132), (1, 128), (1, 129), (1, 130), (1, 5), (1, 66),
          (2, 1), (2, 2), (2, 3), (2, 4), (2, 128), (2, 129), (2, 130), (3, 1), (3, 2), (3, 3),
          (3, 128), (3, 129), (3, 130), (196, 128), (196, 129), (196, 130), (25, 65), (25, 70),
          (2, 5), (1, 70), (16388, 1)]


def nexthop(af, safi):
    if af == 1 and safi in (128, 129, 130):
        n = rd() + rb(4)
    elif af == 2 and safi in (128, 129, 130):
        n = rd() + rb(16)
    elif af == 2:
        n = rb(16)
    elif af == 3 and safi >= 128:
        n = rd() + R.choice([b"\x47\x00\x06\x01" + rb(4), b"\x35\x00\x00" + rb(16), rb(R.randint(1, 20))])
    elif af == 3:
        n = rb(R.choice([7, 13, 20, 21, R.randint(0, 25)]))
    else:
        n = rb(4)
    if R.random() < 0.3:
        n = n * 2
    if R.random() < 0.1:
        n = rb(R.randint(0, 30))
    return n


def mp_reach():
    af, safi = R.choice(AFSAFI)
    nh = nexthop(af, safi)
    snpa = b"\x00"
    if R.random() < 0.1:
        k = R.randint(1, 3)
        snpa = bytes([k]) + b"".join(bytes([l]) + rb(l) for l in (R.randint(0, 4) for _ in range(k)))
    body = struct.pack(">HB", af, safi) + bytes([len(nh) if R.random() < 0.9 else R.randint(0, 40)]) + nh + snpa
    for _ in range(R.randint(0, 4)):
        body += nlri(af, safi)
    return body


def mp_unreach():
    af, safi = R.choice(AFSAFI)
    body = struct.pack(">HB", af, safi)
    for _ in range(R.choice([0, 1, 2, 3])):
        body += nlri(af, safi)
    return body


def ext_comm():
    t = R.choice([0x0002, 0x0102, 0x0202, 0x0003, 0x0103, 0x0203, 0x4004, 0x4300, 0x0005, 0x0105,
                  0x0205, 0x8005, 0x0306, 0x8000, 0x030c, 0x0107, 0x8001, 0x800a, 0x8800, 0x8805,
                  0x0009, 0x010b, 0x000a, 0xf10a, R.getrandbits(16)])
    return struct.pack(">H", t) + rb(6)


def as_path(four):
    out = b""
    for _ in range(R.randint(0, 3)):
        n = R.randint(0, 4)
        out += bytes([R.choice([1, 2, 3, 4, 2, R.randint(0, 6)]), n]) + rb(n * (4 if four else 2))
    return out


def attr_value(t):
    if t == 1:
        return bytes([R.randint(0, 3)])
    if t in (2, 17):
        return as_path(R.random() < 0.5 or t == 17)
    if t in (3, 4, 5, 9):
        return rb(4)
    if t == 6:
        return b""
    if t == 7:
        return rb(R.choice([6, 8]))
    if t == 18:
        return rb(8)
    if t == 8:
        return b"".join(R.choice([b"\xff\xff\xff\x01", b"\xff\xff\xff\x02", b"\xff\xff\xff\x03", rb(4)])
                        for _ in range(R.randint(0, 4)))
    if t == 10:
        return rb(4 * R.randint(0, 3))
    if t == 14:
        return mp_reach()
    if t == 15:
        return mp_unreach()
    if t == 16:
        return b"".join(ext_comm() for _ in range(R.randint(0, 4)))
    if t == 22:
        return bytes([R.getrandbits(8), R.randint(0, 8)]) + rb(3) + rb(R.choice([4, 8, R.randint(0, 12)]))
    if t == 26:
        out = b""
        for _ in range(R.randint(1, 2)):
            tt = R.choice([1, 1, R.randint(0, 3)])
            ln = R.choice([11, 11, R.randint(0, 20)])
            out += bytes([tt]) + struct.pack(">H", ln) + rb(max(0, ln - 3))
        return out
    if t == 128:
        out = rb(4)
        for _ in range(R.randint(0, 3)):
            out += attr()
        return out
    if t == 32:
        return rb(12 * R.randint(0, 3))
    return rb(R.randint(0, 12))


def attr(depth=0):
    t = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 14, 14, 15, 15, 16, 16, 17, 18, 22, 23, 26, 32,
                  33, 35, 128 if depth < 2 else 1, R.randint(0, 255)])
    v = attr_value(t)
    flags = R.choice([0x40, 0x80, 0xc0, 0x90, 0xe0, 0x50, 0, R.getrandbits(8)])
    if len(v) > 255:
        flags |= 0x10
    ln = len(v) if R.random() < 0.9 else R.randint(0, 300)
    if flags & 0x10:
        return bytes([flags, t]) + struct.pack(">H", ln & 0xffff) + v
    return bytes([flags, t, ln & 0xff]) + v


def update():
    w = b""
    for _ in range(R.choice([0, 0, 1, 2])):
        w += (rb(4) if R.random() < 0.2 else b"") + prefix(32)
    attrs = b"".join(attr() for _ in range(R.randint(0, 6)))
    nl = b""
    for _ in range(R.choice([0, 0, 1, 3])):
        nl += (rb(4) if R.random() < 0.2 else b"") + prefix(32)
    wl = len(w) if R.random() < 0.9 else R.randint(0, 40)
    al = len(attrs) if R.random() < 0.9 else R.randint(0, 300)
    return struct.pack(">H", wl) + w + struct.pack(">H", al) + attrs + nl


def cap():
    t = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 128, R.randint(0, 255)])
    if t == 1:
        v = rb(4)
    elif t == 64:
        v = rb(2) + rb(4 * R.randint(0, 2))
    elif t == 65:
        v = rb(4)
    elif t in (69, 8):
        v = b"".join(rb(3) + bytes([R.randint(0, 4)]) for _ in range(R.randint(0, 2)))
    elif t in (2, 70, 71, 128, 6):
        v = b"" if R.random() < 0.7 else rb(R.randint(1, 7))
    else:
        v = rb(R.randint(0, 8))
    if R.random() < 0.15:
        v = v[:R.randint(0, len(v))]
    return bytes([t, len(v) if R.random() < 0.95 else R.randint(0, 20)]) + v


def open_msg():
    opts = b""
    for _ in range(R.randint(0, 3)):
        ot = R.choice([2, 2, 2, 1, R.randint(0, 255)])
        v = b"".join(cap() for _ in range(R.randint(0, 4))) if ot == 2 else rb(R.randint(0, 6))
        opts += bytes([ot, len(v) & 0xff if R.random() < 0.95 else R.randint(0, 255)]) + v
    ol = len(opts) & 0xff if R.random() < 0.9 else R.randint(0, 255)
    return bytes([4]) + rb(2) + rb(2) + rb(4) + bytes([ol]) + opts


def notification():
    major = R.choice([1, 2, 3, 4, 5, 6, 6, 6, 7, R.randint(0, 9)])
    minor = R.choice([0, 1, 2, 3, 4, 9, R.randint(0, 12)])
    data = b""
    if major == 6 and minor in (2, 4) and R.random() < 0.7:
        s = bytes(R.choice(range(32, 127)) for _ in range(R.randint(0, 20)))
        data = bytes([len(s) if R.random() < 0.8 else R.randint(0, 40)]) + s + rb(R.choice([0, 0, 3]))
    elif R.random() < 0.5:
        data = rb(R.randint(0, 10))
    return bytes([major, minor]) + data


def message():
    t = R.choice([1, 2, 2, 2, 2, 3, 4, 5, R.randint(0, 8)])
    body = {1: open_msg, 2: update, 3: notification}.get(t, lambda: rb(R.choice([0, 4, 4, 9])))()
    m = msg(t, body)
    if R.random() < 0.05:
        m = m[:16] + struct.pack(">H", R.randint(0, 60)) + m[18:]
    return m


def segment():
    data = b""
    if R.random() < 0.05:
        data += rb(R.randint(1, 5))
    for _ in range(R.choice([1, 1, 1, 2, 3])):
        data += message()
    if R.random() < MUTATE:
        data = bytearray(data)
        for _ in range(R.randint(1, FLIPS)):
            i = R.randrange(len(data))
            data[i] = R.getrandbits(8)
        data = bytes(data)
    return data


def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def frame(payload):
    tcp = struct.pack(">HHIIBBHHH", R.choice([179, 40000]), 179, 1, 1, 0x50, 0x18, 8192, 0, 0)
    src, dst = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
    seg = tcp + payload
    ph = src + dst + struct.pack(">BBH", 0, 6, len(seg))
    c = csum(ph + seg)
    seg = seg[:16] + struct.pack(">H", c) + seg[18:]
    ip = struct.pack(">BBHHHBBH", 0x45, 0, 20 + len(seg), 1, 0, 64, 6, 0) + src + dst
    ip = ip[:10] + struct.pack(">H", csum(ip)) + ip[12:]
    return b"\x00\x01\x02\x03\x04\x05\x00\x06\x07\x08\x09\x0a\x08\x00" + ip + seg


def write_pcap(path, frames):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for i, fr in enumerate(frames):
            cap = fr
            if R.random() < 0.2:
                cap = fr[:R.randint(54, len(fr))]
            f.write(struct.pack("<IIII", i, 0, len(cap), len(fr)) + cap)


def run(cmd):
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    try:
        return subprocess.run(cmd, capture_output=True, env=env, timeout=60).stdout.decode(errors="replace")
    except subprocess.TimeoutExpired:
        return "TIMEOUT"


def split(text):
    pk, cur = [], []
    for line in text.splitlines():
        if line and not line[0].isspace() and cur:
            pk.append("\n".join(cur))
            cur = []
        cur.append(line)
    if cur:
        pk.append("\n".join(cur))
    return pk


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", default="/tmp/bgp_fuzz")
    ap.add_argument("--opts", default="-v;-vv;-vvv;-v -b;-vvv -e -x")
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--chaos", action="store_true", help="mutate every segment, more bytes")
    a = ap.parse_args()
    global MUTATE, FLIPS
    if a.chaos:
        MUTATE, FLIPS = 1.0, 12
    R.seed(a.seed)
    os.makedirs(a.keep, exist_ok=True)
    path = os.path.join(a.keep, f"bgp_{a.seed}.pcap")
    write_pcap(path, [frame(segment()) for _ in range(a.count)])
    bad = 0
    for o in a.opts.split(";"):
        opts = o.split()
        exp = split(run(["tcpdump", "-n", "-r", path] + opts))
        got = split(run([a.bin, "-n", "-r", path] + opts))
        n = 0
        for i in range(max(len(exp), len(got))):
            e = exp[i] if i < len(exp) else "<none>"
            g = got[i] if i < len(got) else "<none>"
            if e != g:
                n += 1
                if n <= a.show:
                    print(f"=== {path} {o} packet {i + 1}\n--- tcpdump\n{e}\n+++ ringdump\n{g}")
        print(f"{o}: {n} of {len(exp)} packets differ")
        bad += n
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
