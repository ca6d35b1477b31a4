#!/usr/bin/env python3
"""Developer tool: random OSI (IS-IS, CLNP, ES-IS) frames for differential testing.

usage: iso_fuzz.py OUT.pcap [COUNT] [SEED] [ISIS_SHARE]
Writes Ethernet/802.2 frames (SAP 0xfe) carrying IS-IS PDUs with random TLVs and
sub-TLVs, CLNP and ES-IS PDUs; some are mutated and some captured short. Compare with
scripts/dev/tcpdiff.py at -v, -vv, -vvv, -e.
"""
import random
import struct
import sys


def b(*xs):
    return bytes(x & 0xFF for x in xs)


def rnd(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def tlv(t, body):
    return b(t, len(body)) + body


def sub(t, body):
    return b(t, len(body)) + body


def ext_is_subtlvs():
    out = b""
    for _ in range(random.randint(0, 4)):
        t = random.choice([3, 4, 5, 6, 8, 9, 10, 11, 12, 18, 19, 20, 21, 22, 29, 32, 250, 7])
        if t in (3, 5, 6, 8, 9, 10):
            body = rnd(4)
        elif t == 4:
            body = rnd(random.choice([4, 8]))
        elif t == 11:
            body = struct.pack(">8f", *[random.choice([1.25e8, 0.0, 12345.5, 1e6]) for _ in range(8)])
        elif t in (12, 22):
            body = b(random.randint(0, 3)) + struct.pack(">3f", 1e8, 5e7, 1.5)
        elif t == 18:
            body = rnd(3)
        elif t == 19:
            body = rnd(2)
        elif t == 20:
            body = rnd(2)
        elif t == 21:
            body = b(random.choice([1, 2, 51, 100, 150, 200]), random.randint(0, 12), 0, 0) + \
                struct.pack(">8f", *[1e8] * 8) + rnd(random.choice([0, 6, 8, 3]))
        elif t == 29:
            body = rnd(6)
        elif t == 32:
            body = b(random.choice([0x30, 0x00, 0x20, 0xfc]), 0) + rnd(6) + rnd(random.choice([3, 4]))
        else:
            body = rnd(random.randint(0, 6))
        if random.random() < 0.1:
            body = body[: random.randint(0, len(body))]
        out += sub(t, body)
    return out


def ext_is_entry(alias=False):
    s = ext_is_subtlvs()
    e = rnd(7) + (b"" if alias else rnd(3))
    n = len(s) if random.random() > 0.1 else random.randint(0, 255)
    return e + b(n) + s


def ip_subtlvs():
    out = b""
    for _ in range(random.randint(1, 3)):
        t = random.choice([1, 2, 3, 117, 9])
        if t in (1, 117):
            body = rnd(4 * random.randint(1, 2))
        elif t == 2:
            body = rnd(8)
        elif t == 3:
            fl = random.choice([0x00, 0x08, 0x0c, 0x40, 0xe4])
            body = b(fl, random.randint(0, 2)) + rnd(3 if fl & 8 else 4)
        else:
            body = rnd(random.randint(0, 5))
        out += sub(t, body)
    return out


def extd_ip_entry(v6):
    metric = rnd(4)
    if v6:
        plen = random.choice([0, 8, 64, 128, 127, 200])
        st = random.choice([0, 0x80, 0x40, 0x20, 0xe0])
        body = metric + b(st, plen) + rnd((min(plen, 128) + 7) // 8)
        sub_present = st & 0x20
    else:
        plen = random.choice([0, 8, 24, 32, 31, 40 & 0x3f])
        st = random.choice([0, 0x80, 0x40, 0xc0]) | plen
        body = metric + b(st) + rnd((min(plen, 32) + 7) // 8)
        sub_present = st & 0x40
    if sub_present:
        s = ip_subtlvs()
        body += b(len(s) if random.random() > 0.1 else random.randint(0, 40)) + s
    return body


def nsap():
    return rnd(random.choice([1, 3, 5, 13, 20, 0, 21]))


def random_tlv():
    t = random.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 22, 24, 42, 128, 129, 130, 131, 132,
                       134, 135, 137, 138, 143, 144, 211, 222, 229, 232, 235, 236, 237, 240, 241, 242,
                       250, 99])
    if t == 1:
        body = b"".join(b(len(a)) + a for a in (nsap() for _ in range(random.randint(1, 3))))
    elif t == 2:
        body = b(random.randint(0, 2)) + b"".join(rnd(11) for _ in range(random.randint(0, 3)))
    elif t == 3:
        body = rnd(4) + b"".join(rnd(6) for _ in range(random.randint(0, 3)))
    elif t in (4, 6):
        body = rnd(6 * random.randint(0, 3))
    elif t == 5:
        body = rnd(4) + b"".join(b(2 * len(a)) + a for a in (rnd(random.randint(1, 5)) for _ in range(2)))
    elif t == 7:
        body = rnd(2 + 2 * random.randint(0, 4))
    elif t == 9:
        body = rnd(16 * random.randint(0, 3))
    elif t == 10:
        at = random.choice([1, 3, 54, 255, 7])
        body = b(at) + (b"secret\0xx" if at == 1 else rnd(random.choice([16, 15, 18, 2])))
    elif t == 12:
        body = rnd(2)
    elif t == 13:
        body = b(random.randint(0, 3)) + rnd(random.choice([6, 12, 3]))
    elif t == 14:
        body = rnd(2)
    elif t == 22:
        body = b"".join(ext_is_entry() for _ in range(random.randint(1, 2)))
    elif t == 24:
        body = b"".join(ext_is_entry(True) for _ in range(random.randint(1, 2)))
    elif t == 222:
        body = rnd(2) + b"".join(ext_is_entry() for _ in range(random.randint(1, 2)))
    elif t in (128, 130):
        body = b"".join(rnd(8) + random.choice([b(255, 255, 255, 0), b(255, 0, 255, 0), rnd(4)])
                        for _ in range(random.randint(1, 3)))
    elif t == 129:
        body = bytes(random.choice([0xcc, 0x8e, 0x81, 0xc1, 0x55]) for _ in range(random.randint(1, 3)))
    elif t == 131:
        body = b(random.randint(0, 3)) + rnd(random.randint(0, 4))
    elif t in (132, 134):
        body = rnd(4 * random.randint(1, 2))
    elif t == 135:
        body = b"".join(extd_ip_entry(False) for _ in range(random.randint(1, 3)))
    elif t == 235:
        body = rnd(2) + b"".join(extd_ip_entry(False) for _ in range(random.randint(1, 2)))
    elif t == 236:
        body = b"".join(extd_ip_entry(True) for _ in range(random.randint(1, 2)))
    elif t == 237:
        body = rnd(2) + b"".join(extd_ip_entry(True) for _ in range(random.randint(1, 2)))
    elif t == 137:
        body = b"router-" + rnd(random.randint(0, 3))
    elif t == 138:
        body = rnd(random.choice([7, 8, 12, 16, 20, 24]))
    elif t == 143:
        body = rnd(2) + random.choice([sub(4, rnd(102)), sub(5, rnd(33)), sub(6, rnd(12)), sub(6, rnd(7)),
                                       sub(9, rnd(3)), sub(4, rnd(20))])
    elif t == 144:
        body = rnd(2) + random.choice([sub(1, rnd(19) + b"") , sub(1, rnd(18) + b(1) + rnd(8)),
                                       sub(3, rnd(8) + rnd(8)), sub(3, rnd(5)), sub(7, rnd(3))])
    elif t == 211:
        body = rnd(random.choice([1, 3, 9, 2]))
    elif t == 229:
        body = rnd(random.choice([2, 4, 5, 6]))
    elif t == 232:
        body = rnd(16 * random.randint(1, 2))
    elif t == 240:
        body = rnd(random.choice([1, 5, 11, 15, 4]))
    elif t == 241:
        body = rnd(4)
    elif t == 242:
        s = b""
        for _ in range(random.randint(0, 2)):
            if random.random() < 0.7:
                s += sub(2, b(random.choice([0xc0, 0x80, 0])) + rnd(3) +
                         sub(1, rnd(random.choice([3, 4, 5]))) + random.choice([b"", sub(2, rnd(3))]))
            else:
                s += sub(random.randint(0, 255), rnd(random.randint(0, 4)))
        body = rnd(5) + s
        if random.random() < 0.1:
            body = rnd(3)
    elif t == 250:
        body = random.choice([b(0, 0, 0x0c), rnd(3)]) + rnd(random.randint(0, 5))
    else:
        body = rnd(random.randint(0, 12))
    if random.random() < 0.08:
        body = body[: random.randint(0, len(body))]
    return tlv(t, body[:255])


def isis_pdu():
    ptype = random.choice([15, 16, 17, 18, 20, 24, 25, 26, 27, 18, 20, 18, 3])
    spec = {15: 19, 16: 19, 17: 12, 18: 19, 20: 19, 24: 25, 25: 25, 26: 9, 27: 9}.get(ptype, 0)
    tlvs = b"".join(random_tlv() for _ in range(random.randint(1, 6)))
    fixed = 8 + spec
    if random.random() < 0.05:
        fixed = random.randint(0, 40)
    total = fixed + len(tlvs)
    hdr = b(0x83, fixed, 1, random.choice([0, 0, 6, 3]), ptype, 1, 0, random.choice([0, 0, 0, 0, 3, 255]))
    if ptype in (15, 16):
        s = b(random.randint(1, 4)) + rnd(6) + rnd(2) + struct.pack(">H", total) + rnd(1) + rnd(7)
    elif ptype == 17:
        s = b(random.randint(1, 3)) + rnd(6) + rnd(2) + struct.pack(">H", total) + rnd(1)
    elif ptype in (18, 20):
        s = struct.pack(">H", total) + rnd(2) + rnd(8) + rnd(4) + rnd(2) + rnd(1)
    elif ptype in (24, 25):
        s = struct.pack(">H", total) + rnd(7) + rnd(8) + rnd(8)
    elif ptype in (26, 27):
        s = struct.pack(">H", total) + rnd(7)
    else:
        s = b""
    pdu = bytearray(hdr + s + tlvs)
    if ptype in (18, 20) and random.random() < 0.5:
        # a correct LSP checksum now and then
        pdu[24:26] = b"\0\0"
        pdu[24:26] = struct.pack(">H", fletcher(bytes(pdu[12:]), 12))
    if random.random() < 0.1 and len(pdu) > 10:
        struct.pack_into(">H", pdu, 8 if ptype not in (15, 16, 17) else 17, random.randint(0, total + 20))
    return bytes(pdu)


def fletcher(data, off):
    c0 = c1 = 0
    for i, x in enumerate(data):
        if i not in (off, off + 1):
            c0 = (c0 + x) % 255
        c1 = (c1 + c0) % 255
    x = ((len(data) - off - 1) * c0 - c1) % 255
    y = (c1 - (len(data) - off) * c0) % 255
    return ((x or 255) << 8) | (y or 255)


def clnp_pdu():
    dst, src = nsap(), nsap()
    opts = b""
    for _ in range(random.randint(0, 3)):
        op = random.choice([193, 195, 197, 200, 203, 204, 205, 99])
        if op in (200, 203):
            body = b(random.randint(0, 1), random.choice([0, 1, 3, 50])) + b(3) + rnd(3) + b(2) + rnd(2)
        else:
            body = rnd(random.choice([0, 1, 2, 3]))
        opts += b(op, len(body)) + body
    ptype = random.choice([1, 28, 29, 30, 31, 5]) | random.choice([0, 0x80, 0x20, 0xe0])
    seg = rnd(6) if ptype & 0x80 else b""
    li = 9 + 1 + len(dst) + 1 + len(src) + len(seg) + len(opts)
    if random.random() < 0.1:
        li = random.randint(0, 60)
    data = rnd(random.randint(0, 20))
    if ptype & 0x1f in (1, 31) and random.random() < 0.5:
        data = clnp_pdu()
    hdr = b(0x81, li, random.choice([1, 1, 1, 2]), random.randint(0, 255), ptype) + rnd(2) + rnd(2)
    return hdr + b(len(dst)) + dst + b(len(src)) + src + seg + opts + data


def esis_pdu():
    ptype = random.choice([2, 4, 6, 9])
    if ptype == 2:
        body = b(random.randint(0, 3)) + b"".join(b(len(a)) + a for a in (nsap() for _ in range(2)))
    elif ptype == 4:
        a = nsap()
        body = b(len(a)) + a
    elif ptype == 6:
        d, n = nsap(), nsap()
        snpa = rnd(random.choice([6, 0, 4]))
        body = b(len(d)) + d + b(len(snpa)) + snpa + b(len(n)) + n
    else:
        body = rnd(6)
    opts = b""
    for _ in range(random.randint(0, 3)):
        op = random.choice([129, 195, 197, 198, 205, 225, 226, 1])
        ob = rnd(2) if op == 198 else rnd(random.randint(0, 3))
        opts += b(op, len(ob)) + ob
    li = 9 + len(body) + len(opts)
    if random.random() < 0.1:
        li = random.randint(0, 40)
    return b(0x82, li, random.choice([1, 1, 2]), 0, ptype) + rnd(2) + rnd(2) + body + opts


ISIS_SHARE = 0.75


def frame():
    r = random.random()
    if r < ISIS_SHARE:
        r = 0.0
    else:
        r = 0.75 + (r - ISIS_SHARE) / (1 - ISIS_SHARE) * 0.25
    pdu = isis_pdu() if r < 0.75 else clnp_pdu() if r < 0.9 else esis_pdu()
    if random.random() < 0.15 and len(pdu) > 2:
        a = bytearray(pdu)
        for _ in range(random.randint(1, 4)):
            a[random.randrange(len(a))] = random.getrandbits(8)
        pdu = bytes(a)
    llc = b(0xFE, 0xFE, 0x03) + pdu
    eth = bytes.fromhex("0180c2000014") + bytes.fromhex("00005e0053aa") + struct.pack(">H", len(llc))
    return eth + llc


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    global ISIS_SHARE
    if len(sys.argv) > 4:
        ISIS_SHARE = float(sys.argv[4])
    with open(out, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for i in range(count):
            fr = frame()
            cap = len(fr)
            if random.random() < 0.2:
                cap = random.randint(14, len(fr))
            f.write(struct.pack("<IIII", 1000 + i, 0, cap, len(fr)) + fr[:cap])


if __name__ == "__main__":
    main()
