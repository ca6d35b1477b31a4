#!/usr/bin/python3
"""Developer tool: sweep every UDP/TCP port, IP protocol, EtherType and LLC SAP/SNAP
PID through tcpdump and ringdump and report where their text differs.

usage: port_sweep.py [--bin RINGDUMP] [--only udp,tcp,ipproto,ether,llc,text]
                     [--ports LO-HI] [--opts "-n;-v;-vv;-e"] [--show N] [--keep DIR]
                     [--sample N] [--all-opts]

What it generates (Ethernet pcaps, written with struct, no scapy needed):
  udp, tcp  every port 1..65535 as source (destination 40001) and as destination
            (source 40000), IPv4 with payloads zeros/counter/random/short and IPv6 with
            counter/short; checksums correct except on the random payload.
  ipproto   every IPv4 protocol and IPv6 next header 0..255, small random payloads.
  ether     every EtherType 0x0600..0xffff, three small payloads.
  llc       every DSAP (SSAP = DSAP, UI and I-format control), SNAP under the OUIs
            tcpdump knows (every PID for OUI 0 and Cisco) and an unknown OUI.
  text      TCP/UDP text protocols (HTTP, RTSP, SIP, FTP, SMTP, IMAP, POP, SSH, telnet,
            whois, RESP, BGP, LDP...) with realistic payloads on their ports.

Pass 1 runs both tools with -n on everything; later passes (-v, -vv, -e by default) run
only on the groups where pass 1 was not generic text (or differed) plus a random sample
of the rest (--sample), unless --all-opts. Output: mismatching groups (one group = one
port / protocol / EtherType / SAP / OUI+PID), with counts, the first differing line and
the session owner when someone else owns it. Exit status 1 when anything differs.
"""
import argparse
import collections
import os
import random
import re
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_BIN = os.path.join(HERE, "..", "..", "build", "tools", "ringdump", "ringdump")
TCPDUMP = "/usr/bin/tcpdump"
NEUTRAL_SRC, NEUTRAL_DST = 40000, 40001

MAC_DST = bytes.fromhex("00005e005301")
MAC_SRC = bytes.fromhex("00005e005302")
IP4_SRC = bytes([192, 0, 2, 1])
IP4_DST = bytes([198, 51, 100, 2])
IP6_SRC = bytes.fromhex("20010db8000000000000000000000001")
IP6_DST = bytes.fromhex("20010db8000000000000000000000002")

# Who owns what this session (notes/briefs/session_owners.md): reported next to a group.
OWNERS = {
    "babel": {("udp", p) for p in (6696, 6697, 8231, 5359)},
    "lowpan": {("udp", 17754), ("ether", 0x88a2), ("ether", 0x888e)},
    "svc2": {("udp", p) for p in (161, 162, 514, 88, 750, 137, 138, 921)}
    | {("tcp", 139), ("tcp", 445)},
    "of": {("tcp", 6633), ("tcp", 6653)} | {("udp", p) for p in range(7000, 7010)},
    "sctp": {("ip4proto", 132), ("ip6nh", 132)},
    "juniper": {("ip6nh", 89)},
}


def owner_of(kind, num):
    for name, keys in OWNERS.items():
        if (kind, num) in keys:
            return name
    return None


# ---- packet building ----------------------------------------------------------------

def csum_words(data):
    if len(data) & 1:
        data += b"\0"
    return sum(struct.unpack("!%dH" % (len(data) // 2), data))


def fold(s):
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return s


ADDR4_SUM = csum_words(IP4_SRC + IP4_DST)
ADDR6_SUM = csum_words(IP6_SRC + IP6_DST)


def ip4(proto, payload, ident=0):
    total = 20 + len(payload)
    hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, total, ident, 0, 64, proto, 0, IP4_SRC, IP4_DST)
    ck = 0xFFFF - fold(csum_words(hdr))
    return hdr[:10] + struct.pack("!H", ck) + hdr[12:] + payload


def ip6(nh, payload):
    return struct.pack("!IHBB", 0x60000000, len(payload), nh, 64) + IP6_SRC + IP6_DST + payload


def ether(etype, payload):
    return MAC_DST + MAC_SRC + struct.pack("!H", etype) + payload


def l4(proto, v6, sport, dport, payload, psum, good_cksum, seq=0):
    """UDP or TCP segment with a correct (or deliberately wrong) checksum; psum is the
    precomputed word sum of the payload."""
    n = len(payload)
    if proto == 17:
        ulen = 8 + n
        s = (ADDR6_SUM if v6 else ADDR4_SUM) + 17 + ulen + sport + dport + ulen + psum
        ck = 0xFFFF - fold(s)
        if ck == 0:
            ck = 0xFFFF
        if not good_cksum:
            ck ^= 0x5a5a
        return struct.pack("!HHHH", sport, dport, ulen, ck) + payload
    tlen = 20 + n
    seq_hi, seq_lo = seq >> 16, seq & 0xFFFF
    ack = 0x10000001
    offflags = (5 << 12) | 0x18  # PSH|ACK
    win = 512
    s = ((ADDR6_SUM if v6 else ADDR4_SUM) + 6 + tlen + sport + dport + seq_hi + seq_lo
         + (ack >> 16) + (ack & 0xFFFF) + offflags + win + psum)
    ck = 0xFFFF - fold(s)
    if not good_cksum:
        ck ^= 0x5a5a
    return struct.pack("!HHIIHHHH", sport, dport, seq, ack, offflags, win, ck, 0) + payload


class PcapWriter:
    def __init__(self, path):
        self.f = open(path, "wb", buffering=1 << 20)
        self.f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        self.n = 0
        self.keys = []      # group key per packet
        self.variants = []  # variant label per packet

    def add(self, key, variant, frame):
        self.n += 1
        self.f.write(struct.pack("<IIII", 1700000000 + self.n // 1000000, self.n % 1000000,
                                 len(frame), len(frame)))
        self.f.write(frame)
        self.keys.append(key)
        self.variants.append(variant)

    def close(self):
        self.f.close()


def read_pcap(path):
    with open(path, "rb") as f:
        data = f.read()
    off = 24
    out = []
    while off + 16 <= len(data):
        caplen = struct.unpack_from("<I", data, off + 8)[0]
        out.append(data[off:off + 16 + caplen])
        off += 16 + caplen
    return data[:24], out


# ---- generators -----------------------------------------------------------------------

def payload_set(rng):
    counter = bytes(i & 0xFF for i in range(200))
    return {
        "zeros": bytes(32),
        "counter": counter,
        "random": bytes(rng.getrandbits(8) for _ in range(100)),
        "short1": b"\x01",
        "short3": bytes([0x02, 0x00, 0x01]),
        "short4": bytes([0x10, 0x01, 0x00, 0x04]),
    }


def gen_ports(w, proto, lo, hi, rng):
    pl = payload_set(rng)
    sums = {k: csum_words(v) for k, v in pl.items()}
    v4_variants = ["zeros", "counter", "random", "short3"]
    v6_variants = ["counter", "short1"]
    kind = "udp" if proto == 17 else "tcp"
    seq = 1000
    for port in range(lo, hi + 1):
        key = (kind, port)
        for direction, (sp, dp) in (("src", (port, NEUTRAL_DST)), ("dst", (NEUTRAL_SRC, port))):
            for v in v4_variants:
                seg = l4(proto, False, sp, dp, pl[v], sums[v], v != "random", seq)
                w.add(key, f"v4 {direction} {v}", ether(0x0800, ip4(proto, seg)))
            for v in v6_variants:
                seg = l4(proto, True, sp, dp, pl[v], sums[v], True, seq)
                w.add(key, f"v6 {direction} {v}", ether(0x86DD, ip6(proto, seg)))


def gen_ipproto(w, rng):
    for proto in range(256):
        for v, n in (("rand8", 8), ("rand40", 40), ("zeros40", 0), ("counter64", 64)):
            if v == "zeros40":
                p = bytes(40)
            elif v == "counter64":
                p = bytes(i & 0xFF for i in range(64))
            else:
                p = bytes(rng.getrandbits(8) for _ in range(n))
            w.add(("ip4proto", proto), v, ether(0x0800, ip4(proto, p)))
            w.add(("ip6nh", proto), v, ether(0x86DD, ip6(proto, p)))


def gen_ether(w, rng):
    zeros = bytes(46)
    counter = bytes(i & 0xFF for i in range(46))
    for t in range(0x0600, 0x10000):
        w.add(("ether", t), "zeros46", ether(t, zeros))
        w.add(("ether", t), "counter46", ether(t, counter))
        w.add(("ether", t), "rand20", ether(t, bytes(rng.getrandbits(8) for _ in range(20))))


def llc_frame(body):
    # 802.3 length field, then the LLC bytes; padded to the Ethernet minimum.
    frame = MAC_DST + MAC_SRC + struct.pack("!H", len(body)) + body
    return frame + bytes(max(0, 60 - len(frame)))


KNOWN_OUIS = (0x000000, 0x00000C, 0x0000F8, 0x0080C2, 0x080007, 0x00E02B, 0x00A0C5, 0x123456)


def gen_llc(w, rng):
    counter = bytes(i & 0xFF for i in range(40))
    for sap in range(256):
        for v, ctl in (("ui", b"\x03"), ("test", b"\xe3"), ("xid", b"\xaf\x81\x01\x02"),
                       ("iframe", b"\x00\x00")):
            w.add(("llc", sap), v, llc_frame(bytes([sap, sap]) + ctl + counter))
        w.add(("llc", sap), "ui-rand", llc_frame(bytes([sap, sap, 3]) +
                                                 bytes(rng.getrandbits(8) for _ in range(24))))
    for oui in KNOWN_OUIS:
        if oui in (0x000000, 0x00000C):
            pids = range(0x10000)
        else:
            pids = list(range(0x0000, 0x0200)) + [0x0800, 0x0806, 0x809B, 0x80F3, 0x86DD,
                                                  0x8137, 0x2000, 0x2003, 0x2004, 0xFFFF]
        for pid in pids:
            body = b"\xaa\xaa\x03" + oui.to_bytes(3, "big") + struct.pack("!H", pid) + counter
            w.add(("snap", (oui << 16) | pid), "counter", llc_frame(body))


# Realistic payloads for text and well-known TCP protocols (item 3 of the sweep brief).
TEXT_PAYLOADS = {
    21: [b"USER anonymous\r\n", b"220 ProFTPD Server (Debian) [192.0.2.1]\r\n",
         b"227 Entering Passive Mode (192,0,2,1,195,80).\r\n", b"RETR file.txt\r\nQUIT\r\n"],
    22: [b"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n", b"SSH-2.0-dropbear\n", b"SSH-1.99-Cisco-1.25\r\n"],
    23: [b"\xff\xfd\x18\xff\xfd\x20\xff\xfd\x23\xff\xfd\x27",
         b"\xff\xfa\x18\x00XTERM\xff\xf0", b"login: ", b"\xff\xfb\x01\xff\xfb\x03"],
    25: [b"EHLO mail.example.com\r\n", b"220 mx.example.com ESMTP Postfix\r\n",
         b"250-mx.example.com\r\n250-PIPELINING\r\n250 8BITMIME\r\n", b"MAIL FROM:<a@b.c>\r\n"],
    43: [b"example.com\r\n", b"Domain Name: EXAMPLE.COM\r\nRegistry Domain ID: 2336799\r\n"],
    80: [b"GET / HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/7.88\r\nAccept: */*\r\n\r\n",
         b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n\r\nhello",
         b"POST /api HTTP/1.0\r\n\r\n", b"HTTP/1.1 404 Not Found\r\n"],
    110: [b"+OK POP3 server ready\r\n", b"USER bob\r\n", b"RETR 1\r\n"],
    119: [b"200 news.example.com InterNetNews NNRP server ready\r\n"],
    143: [b"* OK IMAP4rev1 Service Ready\r\n", b"a001 LOGIN bob secret\r\n",
          b"a002 SELECT INBOX\r\n"],
    179: [bytes([0xFF] * 16) + b"\x00\x13\x04",
          bytes([0xFF] * 16) + b"\x00\x1d\x01\x04\xfd\xe9\x00\xb4\xc0\x00\x02\x01\x00"],
    323: [bytes.fromhex("0002000000000008")],
    554: [b"OPTIONS rtsp://example.com/media.mp4 RTSP/1.0\r\nCSeq: 1\r\n\r\n",
          b"RTSP/1.0 200 OK\r\nCSeq: 1\r\n\r\n"],
    639: [bytes.fromhex("01000e0100000a00000000000000")],
    646: [bytes.fromhex("0001001ec0000201000001000016000000010400c0000201000000004000000100")],
    1723: [bytes.fromhex("009c00011a2b3c4d000100000100000000000003000000030001000061626364")],
    5060: [b"INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/TCP 192.0.2.1\r\n\r\n",
           b"SIP/2.0 200 OK\r\n\r\n"],
    6379: [b"*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n", b"+OK\r\n", b"PING\r\n", b"$5\r\nhello\r\n"],
    8080: [b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"],
    8554: [b"DESCRIBE rtsp://x/y RTSP/1.0\r\nCSeq: 2\r\n\r\n"],
    10288: [b"MSG 0 1 . 0 52\r\nContent-Type: application/beep+xml\r\n\r\n<ok/>END\r\n"],
}
UDP_TEXT_PAYLOADS = {
    5060: [b"OPTIONS sip:x@y SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1\r\n\r\n",
           b"SIP/2.0 100 Trying\r\n\r\n"],
}


def gen_text(w, rng):
    seq = 5000
    for proto, table in ((6, TEXT_PAYLOADS), (17, UDP_TEXT_PAYLOADS)):
        kind = "tcp" if proto == 6 else "udp"
        for port, payloads in table.items():
            for i, p in enumerate(payloads):
                for direction, (sp, dp) in (("src", (port, NEUTRAL_DST)),
                                            ("dst", (NEUTRAL_SRC, port))):
                    seg = l4(proto, False, sp, dp, p, csum_words(p), True, seq)
                    w.add(("text-" + kind, port), f"v4 {direction} #{i}",
                          ether(0x0800, ip4(proto, seg)))
                    # The same payload cut short (a 2-byte tail missing), as in a capture.
                    if len(p) > 4:
                        seg = l4(proto, False, sp, dp, p[:-2], csum_words(p[:-2]), True, seq)
                        w.add(("text-" + kind, port), f"v4 {direction} #{i} cut",
                              ether(0x0800, ip4(proto, seg)))


# ---- running and comparing -------------------------------------------------------------

REC_RE = re.compile(rb"^ *(\d+)  ")


def run_tool(binary, pcap, opts):
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    cmd = [binary, "-#", "-t", "-r", pcap] + opts
    p = subprocess.run(cmd, capture_output=True, env=env)
    return p.stdout, p.returncode, p.stderr


def split_records(out, n):
    """Packet records (lists of lines) by the -# packet number; records[i] is packet i+1."""
    recs = [[] for _ in range(n)]
    expect = 1
    cur = None
    for line in out.split(b"\n"):
        m = REC_RE.match(line)
        if m and int(m.group(1)) == expect:
            cur = recs[expect - 1] if expect <= n else None
            expect += 1
            if cur is not None:
                cur.append(line[m.end():])
            continue
        if cur is not None and (line or cur):
            cur.append(line)
    for r in recs:
        while r and r[-1] == b"":
            r.pop()
    return recs, expect - 1


GENERIC = [re.compile(rb"UDP, length \d+$"), re.compile(rb"win \d+, length \d+$"),
           re.compile(rb" ip-proto-\d+ \d+$")]


def is_generic(rec):
    return len(rec) == 1 and any(g.search(rec[0]) for g in GENERIC)


def first_diff(a, b):
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else b"<none>"
        y = b[i] if i < len(b) else b"<none>"
        if x != y:
            return i, x, y
    return None


def compare(pcap, keys, variants, binary, opts, stats, label):
    t0 = time.time()
    exp_out, exp_rc, _ = run_tool(TCPDUMP, pcap, opts)
    got_out, got_rc, got_err = run_tool(binary, pcap, opts)
    n = len(keys)
    exp, _ = split_records(exp_out, n)
    got, got_n = split_records(got_out, n)
    if got_rc != exp_rc:
        msg = f"{label} {' '.join(opts)}: exit status tcpdump {exp_rc}, ringdump {got_rc}"
        if got_rc < 0 or got_rc > 128:
            bad = got_n  # the packet after the last one ringdump numbered
            if bad < n:
                msg += f"; crashed near packet {bad + 1} {keys[bad]} {variants[bad]}"
        msg += " " + got_err.decode(errors="replace")[-300:]
        stats["errors"].append(msg)
    generic = set()
    nongeneric = set()
    for i in range(n):
        e, g = exp[i], got[i]
        if is_generic(e) and is_generic(g):
            generic.add(keys[i])
        else:
            nongeneric.add(keys[i])
        if e == g:
            continue
        d = first_diff(e, g)
        grp = stats["groups"].setdefault(keys[i], {"count": 0, "first": None})
        grp["count"] += 1
        if grp["first"] is None:
            grp["first"] = (" ".join(opts), variants[i], d)
    stats["time"] += time.time() - t0
    stats["packets"] += n
    return nongeneric


def key_text(key):
    kind, num = key
    if kind in ("udp", "tcp", "text-tcp", "text-udp"):
        return f"{kind} port {num}"
    if kind in ("ip4proto", "ip6nh"):
        return f"{kind} {num}"
    if kind == "ether":
        return f"ethertype 0x{num:04x}"
    if kind == "llc":
        return f"llc sap 0x{num:02x}"
    if kind == "snap":
        return f"snap oui 0x{num >> 16:06x} pid 0x{num & 0xFFFF:04x}"
    return f"{kind} {num}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=DEFAULT_BIN)
    ap.add_argument("--only", default="udp,tcp,ipproto,ether,llc,text")
    ap.add_argument("--ports", default="1-65535")
    ap.add_argument("--opts", default="-n;-n -v;-n -vv;-n -e",
                    help="option sets separated by ';' (the first runs on everything)")
    ap.add_argument("--all-opts", action="store_true",
                    help="run every option set on every packet (slow)")
    ap.add_argument("--sample", type=int, default=500,
                    help="generic groups per category also run with the later option sets")
    ap.add_argument("--show", type=int, default=200, help="groups to print")
    ap.add_argument("--keep", help="write the pcaps into this directory and keep them")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    binary = os.path.abspath(args.bin)
    lo, _, hi = args.ports.partition("-")
    lo, hi = int(lo), int(hi or lo)
    cats = [c for c in args.only.split(",") if c]
    optsets = [o.split() for o in args.opts.split(";") if o.strip()]
    workdir = args.keep or tempfile.mkdtemp(prefix="port_sweep.")
    os.makedirs(workdir, exist_ok=True)
    stats = {"groups": {}, "errors": [], "time": 0.0, "packets": 0}
    try:
        sweep(args, binary, lo, hi, cats, optsets, workdir, stats)
    finally:
        if not args.keep:
            for fn in os.listdir(workdir):
                os.unlink(os.path.join(workdir, fn))
            os.rmdir(workdir)
    return report(args, stats)


def sweep(args, binary, lo, hi, cats, optsets, workdir, stats):
    rng_master = random.Random(args.seed)
    for cat in cats:
        rng = random.Random(rng_master.getrandbits(32))
        path = os.path.join(workdir, f"sweep_{cat}.pcap")
        w = PcapWriter(path)
        t0 = time.time()
        if cat == "udp":
            gen_ports(w, 17, lo, hi, rng)
        elif cat == "tcp":
            gen_ports(w, 6, lo, hi, rng)
        elif cat == "ipproto":
            gen_ipproto(w, rng)
        elif cat == "ether":
            gen_ether(w, rng)
        elif cat == "llc":
            gen_llc(w, rng)
        elif cat == "text":
            gen_text(w, rng)
        else:
            sys.exit(f"unknown category {cat}")
        w.close()
        print(f"[{cat}] {w.n} packets generated in {time.time() - t0:.1f}s", file=sys.stderr)
        interesting = compare(path, w.keys, w.variants, binary, optsets[0], stats, cat)
        if len(optsets) < 2:
            continue
        if args.all_opts or cat in ("ipproto", "text"):
            sub_path, sub_keys, sub_vars = path, w.keys, w.variants
        else:
            kinds = {k[0] for k in set(w.keys)}
            interesting |= {k for k in stats["groups"] if k[0] in kinds}
            allkeys = sorted(set(w.keys))
            rest = [k for k in allkeys if k not in interesting]
            interesting |= set(random.Random(args.seed).sample(rest, min(args.sample, len(rest))))
            header, recs = read_pcap(path)
            sub_path = os.path.join(workdir, f"sweep_{cat}_sub.pcap")
            sub_keys, sub_vars = [], []
            with open(sub_path, "wb") as f:
                f.write(header)
                for i, r in enumerate(recs):
                    if w.keys[i] in interesting:
                        f.write(r)
                        sub_keys.append(w.keys[i])
                        sub_vars.append(w.variants[i])
        print(f"[{cat}] later option sets on {len(sub_keys)} packets", file=sys.stderr)
        for opts in optsets[1:]:
            compare(sub_path, sub_keys, sub_vars, binary, opts, stats, cat)


def report(args, stats):
    groups = stats["groups"]
    order = sorted(groups.items(), key=lambda kv: (owner_of(*kv[0]) is not None, kv[0]))
    # Consecutive groups of one kind that differ the same way (once their own number is
    # blanked out of the text) are shown as one range.
    shown = []
    for key, g in order:
        opts, variant, (line, e, r) = g["first"]
        num = str(key[1]).encode()
        sig = (key[0], owner_of(*key), opts, variant, line,
               e.replace(num, b"#"), r.replace(num, b"#"))
        if shown and shown[-1]["sig"] == sig and shown[-1]["last"][1] + 1 == key[1]:
            shown[-1]["last"] = key
            shown[-1]["count"] += g["count"]
            continue
        shown.append({"sig": sig, "first_key": key, "last": key, "count": g["count"], "g": g})
    by_owner = collections.Counter(owner_of(*k) or "unowned" for k in groups)
    print(f"{stats['packets']} packet runs in {stats['time']:.1f}s; "
          f"{len(groups)} mismatching groups, {len(shown)} after merging ranges "
          f"({', '.join(f'{o} {n}' for o, n in sorted(by_owner.items()))})")
    for e in stats["errors"]:
        print("ERROR", e)
    for s in shown[:args.show]:
        key, g = s["first_key"], s["g"]
        opts, variant, (line, e, r) = g["first"]
        owner = owner_of(*key)
        tag = f" [owner {owner}]" if owner else ""
        rng = "" if s["last"] == key else f" .. {s['last'][1]}"
        print(f"== {key_text(key)}{rng}{tag}: {s['count']} packets differ; first: {opts} {variant} line {line + 1}")
        print(f"   tcpdump:  {e.decode(errors='replace')[:300]}")
        print(f"   ringdump: {r.decode(errors='replace')[:300]}")
    if len(shown) > args.show:
        print(f"... {len(shown) - args.show} more groups")
    return 1 if groups or stats["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
