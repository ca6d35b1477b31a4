#!/usr/bin/python3
"""Developer tool: differential test of the Juniper link types and OSPFv3 against tcpdump.

usage: jnx_ospf6_fuzz.py --bin RINGDUMP --proto {ospf6,juniper} [--count N] [--seed S]
                         [--show K] [--keep FILE] [--lt LINKTYPE]
Builds N random packets (well-formed ones, then mutated and cut by a random snaplen),
prints them with tcpdump and ringdump at -v 0..3, with -e and -x, and shows the packets
whose text differs. Juniper packets go to one pcap per link type.
"""
import argparse
import os
import random
import struct
import subprocess
import sys
import tempfile


def r(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def ip4():
    return random.choice([bytes([10, 0, 0, random.randint(1, 9)]), r(4), bytes(4)])


# ---- OSPFv3 ----------------------------------------------------------------------------
def prefix():
    plen = random.choice([0, 8, 32, 48, 64, 64, 96, 127, 128, random.randint(0, 255)])
    words = min((plen + 31) // 32, 4 if random.random() < 0.95 else 8)
    opt = random.choice([0, 0, 1, 2, 8, 0x10, 0x20, random.getrandbits(8)])
    metric = random.choice([0, 10, random.getrandbits(16)])
    return struct.pack(">BBH", plen, opt, metric) + r(words * 4)


def lsa_hdr(ls_type, body_len, length=None):
    if length is None:
        length = 20 + body_len
    return struct.pack(">HH4s4sIHH", random.getrandbits(12), ls_type, ip4(), ip4(),
                       random.choice([0x80000001, random.getrandbits(32)]), random.getrandbits(16), length)


def te_tlvs():
    out = b""
    for _ in range(random.randint(0, 3)):
        t = random.choice([1, 2, random.randint(0, 5)])
        if t == 1:
            v = r(4)
        else:
            v = b""
            for _ in range(random.randint(0, 3)):
                st = random.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 15, 16, 17, 18, random.randint(0, 40)])
                ln = random.choice([1, 4, 8, 16, 32, 36, 40, random.randint(0, 40)])
                v += struct.pack(">HH", st, ln) + r(ln) + bytes((4 - ln % 4) % 4)
        out += struct.pack(">HH", t, len(v)) + v
    return out


def grace_tlvs():
    out = b""
    for _ in range(random.randint(0, 3)):
        t = random.choice([1, 2, 3, random.randint(0, 6)])
        ln = {1: 4, 2: 1, 3: 4}.get(t, random.randint(0, 9))
        if random.random() < 0.1:
            ln = random.randint(0, 9)
        out += struct.pack(">HH", t, ln) + r(ln) + bytes((4 - ln % 4) % 4)
    return out


LSA_TYPES = None  # --lsa: only these LSA types


def lsa():
    t = random.choice(LSA_TYPES or [0x2001, 0x2002, 0x2003, 0x2004, 0x4005, 0x2007, 0x0008, 0x2009, 0x000b,
                       0x000a, 0x200c, 0x0001, 0xa001, 0x6001, random.getrandbits(16)])
    if t == 0x2001:
        body = bytes([random.getrandbits(5)]) + r(3)
        for _ in range(random.randint(0, 3)):
            body += struct.pack(">BBH", random.choice([1, 2, 4, 4, 3]), 0, random.getrandbits(16)) + r(4) + ip4() + ip4()
    elif t == 0x2002:
        body = r(4) + b"".join(ip4() for _ in range(random.randint(0, 4)))
    elif t == 0x2003:
        body = r(4) + b"".join(prefix() for _ in range(random.randint(0, 3)))
    elif t == 0x4005 or t == 0x2007:
        flags = random.choice([0, 0x04, 0x02, 0x01, 0x07, random.getrandbits(8)])
        pre = prefix()
        if random.random() < 0.5:
            pre = pre[:2] + struct.pack(">H", random.choice([0, 0x2001, 0x0100])) + pre[4:]
        body = struct.pack(">I", flags << 24 | random.getrandbits(24)) + pre
        if flags & 2:
            body += r(16)
        if flags & 1:
            body += r(4)
        if pre[2]:
            body += ip4()
    elif t == 0x0008:
        n = random.randint(0, 3)
        body = r(4) + bytes.fromhex("fe80000000000000") + r(8)
        body += struct.pack(">I", random.choice([n, n, n + 1, random.getrandbits(32)]))
        body += b"".join(prefix() for _ in range(n))
    elif t == 0x2009:
        n = random.randint(0, 3)
        body = struct.pack(">HH", random.choice([n, n, n + 2]), random.choice([0x2001, 0x2002])) + r(4) + ip4()
        body += b"".join(prefix() for _ in range(n))
    elif t == 0x000b:
        body = grace_tlvs()
    elif t == 0x000a:
        body = te_tlvs()
    else:
        body = r(random.randint(0, 24))
    ln = 20 + len(body)
    if random.random() < 0.1:
        ln = random.choice([0, 19, 20, ln - 1, ln + 4, random.getrandbits(16)])
    return lsa_hdr(t, len(body), ln) + body


def gen_ospf6():
    typ = random.choice([1, 1, 2, 3, 4, 4, 4, 5, 0, 6])
    opts = random.choice([0x13, 0x413, 0x213, 0x613, random.getrandbits(11), random.getrandbits(24)])
    if typ == 1:
        body = r(4) + struct.pack(">I", random.getrandbits(8) << 24 | opts) + struct.pack(">HH", 10, 40)
        body += random.choice([bytes(4), ip4()]) + random.choice([bytes(4), ip4()])
        body += b"".join(ip4() for _ in range(random.randint(0, 3)))
    elif typ == 2:
        body = struct.pack(">IHBBI", opts, random.choice([1500, random.getrandbits(16)]), 0,
                           random.getrandbits(5), random.getrandbits(32))
        body += b"".join(lsa_hdr(random.choice([0x2001, 0x0008, 0x4005, random.getrandbits(16)]), 0,
                                 random.getrandbits(16)) for _ in range(random.randint(0, 3)))
    elif typ == 3:
        body = b"".join(struct.pack(">HH", 0, random.choice([0x2001, 0x2009, 0x0008, random.getrandbits(16)])) + ip4() + ip4()
                        for _ in range(random.randint(0, 3)))
    elif typ == 4:
        lsas = [lsa() for _ in range(random.randint(0, 3))]
        body = struct.pack(">I", random.choice([len(lsas), len(lsas), len(lsas) + 1, 0])) + b"".join(lsas)
    elif typ == 5:
        body = b"".join(lsa_hdr(random.getrandbits(16), 0, random.getrandbits(16)) for _ in range(random.randint(0, 3)))
    else:
        body = r(random.randint(0, 20))
    ln = 16 + len(body)
    if random.random() < 0.08:
        ln = random.choice([0, 10, ln - 4, ln + 4, random.getrandbits(16)])
    hdr = struct.pack(">BBH4s4sHBB", random.choice([3, 3, 3, 3, 2, 4]), typ, ln, ip4(),
                      random.choice([bytes(4), ip4()]), random.getrandbits(16),
                      random.choice([0, 0, 0, random.getrandbits(8)]), 0)
    trailer = b""
    if (opts & 0x200) and typ in (1, 2) and random.random() < 0.7:
        n = random.choice([0, 4, 8, 12])
        trailer += struct.pack(">HH", random.getrandbits(16), random.choice([n + 4, n + 4, random.getrandbits(8)])) + r(n)
    if random.random() < 0.5:
        n = random.choice([0, 16, 20, 32, 3])
        trailer += struct.pack(">HHHHII", random.choice([1, 1, 2]), random.choice([n + 16, n + 16, random.getrandbits(8)]),
                               0, random.getrandbits(16), random.getrandbits(32), random.getrandbits(32)) + r(n)
    elif random.random() < 0.2:
        trailer += r(random.randint(1, 12))
    return hdr + body + trailer


def ipv6_frame(payload, nh=89):
    ip6 = struct.pack(">IHBB", 0x6c000000, len(payload), nh, 1)
    ip6 += bytes.fromhex("fe80000000000000020c29fffe9ec1b2") + bytes.fromhex("ff020000000000000000000000000005")
    eth = bytes.fromhex("333300000005000c299ec1b2") + b"\x86\xdd"
    return eth + ip6 + payload


def mutate(b):
    b = bytearray(b)
    if b and random.random() < 0.25:
        for _ in range(random.randint(1, 3)):
            b[random.randrange(len(b))] = random.getrandbits(8)
    return bytes(b)


# ---- Juniper ---------------------------------------------------------------------------
JUNIPER_LTS = [130, 131, 132, 133, 134, 135, 136, 137, 164, 167, 168, 178, 179, 180, 181]


def ip_packet():
    kind = random.random()
    if kind < 0.5:
        pl = struct.pack(">HHHH", random.getrandbits(16), 53, 8, 0)
        return struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(pl), 1, 0, 64, 17, 0, ip4(), ip4()) + pl
    if kind < 0.8:
        pl = struct.pack(">BBHI", 128, 0, 0, random.getrandbits(32))
        return struct.pack(">IHBB", 0x60000000, len(pl), 58, 64) + r(16) + r(16) + pl
    return r(random.randint(0, 24))


def ether_frame():
    return r(6) + r(6) + random.choice([b"\x08\x00" + ip_packet(), b"\x86\xdd" + ip_packet(),
                                        struct.pack(">H", 3) + b"\xfe\xfe\x03\x83" + r(10), r(2) + r(20)])


def payload_for(lt):
    if lt in (178, 167):
        return ether_frame()
    if lt == 179:
        return random.choice([b"\xff\x03\x00\x21", b"\x00\x21", b"\xc0\x21\x01\x01\x00\x04"]) + ip_packet()
    if lt == 180:
        return random.choice([b"\x04\x01\x03\xcc", b"\x18\x41\x03\x08", b"\x00\x01\x03\x80\x00\x00\x00\x08\x00"]) + ip_packet()
    if lt == 181:
        return random.choice([b"\x0f\x00\x08\x00", b"\x8f\x00\x86\xdd", b"\x0f\x00\x80\x35"]) + ip_packet()
    if lt == 168:
        return random.choice([b"\x88\x63", b"\x88\x64", b"\x08\x00", r(2)]) + b"\x11\x09\x00\x00\x00\x04\x01\x01\x00\x00"
    return random.choice([ip_packet(), b"\xaa\xaa\x03\x00\x00\x00\x08\x00" + ip_packet(),
                          b"\xfe\xfe\x03\xcc" + ip_packet(), b"\x03\xcc" + ip_packet(),
                          b"\x00\x21" + ip_packet(), b"\xc0\x21\x01\x01\x00\x04", r(12)])


def ext_tlvs():
    out = b""
    for _ in range(random.randint(0, 5)):
        t = random.choice([1, 2, 3, 4, 5, 6, 7, 8, 0, 9, 130, random.getrandbits(8)])
        ln = random.choice([1, 2, 3, 4, 4, 5, 0, random.randint(0, 12)])
        out += bytes([t, ln]) + r(ln)
    if random.random() < 0.2:
        out += r(random.randint(1, 3))
    return out


def cookie_for(lt):
    base = {137: 4, 135: 8, 130: 2, 131: 2, 134: 4, 133: 8, 164: 8, 136: 8}.get(lt, 0)
    c = r(base + 2)
    k = random.random()
    if k < 0.2:
        c = b"\x54" + c[1:]
    elif k < 0.4:
        c = b"\x47" + c[1:]
    elif k < 0.5 and lt == 134:
        c = bytes([0xc0 | random.getrandbits(6)]) + c[1:]
    elif k < 0.6 and lt == 137:
        c = b"\x80" + c[1:]
    elif k < 0.7:
        c = bytes([random.choice([0, 1, 2, 6])]) + c[1:]
    if lt == 135 and random.random() < 0.3:
        c = c[:7] + bytes([random.choice([0, 0x10, 0x70])]) + c[8:] + random.choice([b"\x00\x00", b"\x08\x00\x00\x00", b"\x08\x38\x00\x00"])
    if lt in (130, 131, 134) and random.random() < 0.3:
        c = random.choice([b"\x00\x23", b"\xff\x03", b"\x00\x00\x00\x01", b"\xfe\xfe", b"\x03\xcc", b"\x03\x08"]) + c[2:]
    return c


def gen_juniper(lt):
    flags = random.choice([0, 1, 0x80, 0x81, 0x85, 0x02, 0x82, 0x40, random.getrandbits(8)])
    hdr = b"MGC" + bytes([flags])
    if random.random() < 0.05:
        hdr = r(4)
    if flags & 0x80:
        ext = ext_tlvs()
        ln = len(ext) if random.random() < 0.85 else random.randint(0, len(ext) + 4)
        hdr += struct.pack(">H", ln) + ext
    if flags & 0x02:
        hdr += r(4)
        return hdr + random.choice([ip_packet(), r(8)])
    return hdr + cookie_for(lt) + payload_for(lt)


# ---- driver ----------------------------------------------------------------------------
def write_pcap(path, lt, frames):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, lt))
        for i, (data, caplen) in enumerate(frames):
            f.write(struct.pack("<IIII", 1000 + i, 0, caplen, len(data)))
            f.write(data[:caplen])


def split_packets(text):
    out, cur = {}, None
    for line in text.splitlines():
        head = line[:7]
        if head.strip().isdigit() and line[5:7] == "  ":
            cur = int(head)
            out[cur] = [line]
        elif cur is not None:
            out[cur].append(line)
    return out


def compare(binary, path, show, label):
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    bad = set()
    shown = 0
    for opts in ([], ["-v"], ["-vv"], ["-vvv"], ["-e"], ["-e", "-vvv"], ["-x", "-vv"], ["-x", "-e"]):
        cmd = ["-#", "-n", "-r", path] + opts
        exp = subprocess.run(["tcpdump"] + cmd, capture_output=True, env=env).stdout.decode(errors="replace")
        got = subprocess.run([binary] + cmd, capture_output=True, env=env).stdout.decode(errors="replace")
        e, g = split_packets(exp), split_packets(got)
        for n in sorted(set(e) | set(g)):
            if e.get(n) != g.get(n):
                bad.add(n)
                if shown < show:
                    shown += 1
                    print(f"=== {label} packet {n} opts {' '.join(opts)}")
                    print("--- tcpdump\n" + "\n".join(e.get(n, [])))
                    print("+++ ringdump\n" + "\n".join(g.get(n, [])))
    return bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--proto", required=True, choices=["ospf6", "juniper"])
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=3)
    ap.add_argument("--keep", help="write the pcap here (one link type)")
    ap.add_argument("--lt", type=int, help="only this Juniper link type")
    ap.add_argument("--lsa", help="OSPFv3: only these LSA types (comma-separated, hex)")
    a = ap.parse_args()
    global LSA_TYPES
    if a.lsa:
        LSA_TYPES = [int(x, 16) for x in a.lsa.split(",")]
    random.seed(a.seed)
    jobs = []
    if a.proto == "ospf6":
        frames = []
        for _ in range(a.count):
            data = ipv6_frame(mutate(gen_ospf6()))
            caplen = len(data) if random.random() < 0.6 else random.randint(54, len(data))
            frames.append((data, caplen))
        jobs.append((1, frames))
    else:
        for lt in ([a.lt] if a.lt else JUNIPER_LTS):
            frames = []
            for _ in range(a.count):
                data = mutate(gen_juniper(lt)) if random.random() < 0.3 else gen_juniper(lt)
                caplen = len(data) if random.random() < 0.6 else random.randint(1, len(data))
                frames.append((data, caplen))
            jobs.append((lt, frames))
    total_bad = 0
    for lt, frames in jobs:
        path = a.keep or tempfile.mktemp(suffix=".pcap")
        write_pcap(path, lt, frames)
        bad = compare(a.bin, path, a.show, f"lt {lt}")
        total_bad += len(bad)
        print(f"{a.proto} linktype {lt}: {len(frames)} packets, {len(bad)} differ")
        if not a.keep:
            os.unlink(path)
    return 1 if total_bad else 0


if __name__ == "__main__":
    sys.exit(main())
