#!/usr/bin/python3
"""Differential test of the core printers against /usr/bin/tcpdump.

usage: /usr/bin/python3 core_diff.py --bin RINGDUMP [--count N] [--seed S] [--out DIR]
                                     [--proto tcp,udp,...] [--resolve]

Generates random well-formed, malformed and truncated packets with scapy (Ethernet,
802.1Q, IPv4 with options and fragments, IPv6 with extension headers, TCP with every
option kind, UDP, ICMP with quoted datagrams, ICMPv6 incl. ND/MLD/node information,
IGMP, DNS over UDP and TCP, ARP), writes one pcap per protocol (random snaplen cuts
included) and compares tcpdump and ringdump at -v 0..3, with -e, -x, -S, -q.
Runs sequentially (the build machine is shared). Exit status 1 when anything differs;
the differing lines are written to DIR/<proto>.<opts>.diff.
Same seed => same packets, so results are reproducible.
"""
import argparse
import difflib
import os
import random
import subprocess
import sys

from scapy.all import (ARP, DNS, DNSQR, DNSRR, Dot1Q, Ether, ICMP, IP, IPOption, IPv6,
                       IPv6ExtHdrDestOpt, IPv6ExtHdrFragment, IPv6ExtHdrHopByHop,
                       IPv6ExtHdrRouting, Raw, TCP, UDP, wrpcap)
from scapy.layers.inet6 import (ICMPv6EchoReply, ICMPv6EchoRequest, ICMPv6MLQuery,
                                ICMPv6MLReport, ICMPv6ND_NA, ICMPv6ND_NS, ICMPv6ND_RA,
                                ICMPv6ND_RS, ICMPv6ND_Redirect, ICMPv6NDOptMTU,
                                ICMPv6NDOptPrefixInfo, ICMPv6NDOptSrcLLAddr,
                                ICMPv6DestUnreach, ICMPv6PacketTooBig, ICMPv6TimeExceeded,
                                ICMPv6NIQueryName, ICMPv6NIReplyName)
from scapy.layers.l2 import Ether as _E  # noqa: F401
from scapy.contrib.igmp import IGMP

OPTS = [[], ["-v"], ["-vv"], ["-vvv"], ["-e"], ["-x"], ["-S"], ["-q"], ["-vvv", "-X"]]


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def eth(r, payload, v6=False):
    e = Ether(src="00:11:22:33:44:55", dst="66:77:88:99:aa:bb")
    if r.random() < 0.15:
        return e / Dot1Q(vlan=r.randrange(4096), prio=r.randrange(8)) / payload
    return e / payload


def ip4(r):
    p = IP(src=f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
           dst=f"192.168.{r.randrange(256)}.{r.randrange(1, 255)}",
           ttl=r.randrange(256), tos=r.randrange(256), id=r.randrange(65536))
    x = r.random()
    if x < 0.1:
        p.flags = "DF"
    elif x < 0.2:
        p.flags = "MF"
        p.frag = r.randrange(8192)
    elif x < 0.3:
        p.frag = r.randrange(1, 8192)
    if r.random() < 0.2:
        raws = [b"\x01", b"\x07\x07\x04" + rbytes(r, 4), b"\x94\x04\x00\x00",
                b"\x44\x0c\x05\x00" + rbytes(r, 8), b"\x83\x07\x04" + rbytes(r, 4),
                b"\x89\x07\x04" + rbytes(r, 4),
                bytes([r.randrange(256), r.randrange(2, 8)]) + rbytes(r, 6)]
        kinds = []
        for b in raws:
            try:
                kinds.append(IPOption(b))
            except Exception:  # scapy cannot parse every random option: skip those
                pass
        p.options = [r.choice(kinds) for _ in range(r.randrange(1, 3))]
    if r.random() < 0.1:
        p.chksum = r.randrange(65536)
    return p


def ip6(r):
    p = IPv6(src=f"2001:db8::{r.randrange(65536):x}", dst=f"fe80::{r.randrange(65536):x}",
             hlim=r.randrange(256), tc=r.randrange(256), fl=r.randrange(1 << 20))
    x = r.random()
    if x < 0.1:
        p = p / IPv6ExtHdrHopByHop(options=[])
    elif x < 0.2:
        p = p / IPv6ExtHdrDestOpt(options=[])
    elif x < 0.25:
        p = p / IPv6ExtHdrRouting(addresses=["2001:db8::1", "2001:db8::2"], segleft=r.randrange(3))
    elif x < 0.3:
        p = p / IPv6ExtHdrFragment(offset=r.randrange(2) * r.randrange(8192), m=r.randrange(2),
                                   id=r.randrange(1 << 32))
    return p


def tcp(r):
    opts = []
    pool = [("MSS", r.randrange(65536)), ("WScale", r.randrange(20)), ("SAckOK", b""),
            ("Timestamp", (r.randrange(1 << 32), r.randrange(1 << 32))), ("NOP", None),
            ("SAck", (r.randrange(1 << 32), r.randrange(1 << 32))), ("EOL", None),
            ("AltChkSum", (r.randrange(256), r.randrange(65536))), ("MD5", rbytes(r, 16)),
            ("UTO", r.randrange(65536)), ("TFO", rbytes(r, 8)), (r.choice([30, 34, 253, 99]), rbytes(r, r.randrange(6)))]
    for _ in range(r.randrange(5)):
        opts.append(r.choice(pool))
    t = TCP(sport=r.choice([80, 443, 22, 12345, r.randrange(65536)]),
            dport=r.choice([80, 8080, 23, 40000, r.randrange(65536)]),
            seq=r.randrange(1 << 32), ack=r.randrange(1 << 32), flags=r.randrange(256),
            window=r.randrange(65536), urgptr=r.randrange(2) * r.randrange(65536), options=opts)
    if r.random() < 0.1:
        t.chksum = r.randrange(65536)
    return t / Raw(rbytes(r, r.randrange(0, 40)))


def udp(r):
    u = UDP(sport=r.randrange(65536), dport=r.choice([r.randrange(65536), 9, 7, 40000]))
    if r.random() < 0.1:
        u.chksum = r.randrange(65536)
    if r.random() < 0.05:
        u.len = r.randrange(65536)
    return u / Raw(rbytes(r, r.randrange(0, 30)))


def icmp(r):
    t = r.choice([0, 3, 4, 5, 8, 11, 12, 13, 14, 15, 16, 17, 18, 9, 10, r.randrange(256)])
    i = ICMP(type=t, code=r.randrange(17), id=r.randrange(65536), seq=r.randrange(65536))
    if t in (3, 4, 5, 11, 12):
        return i / ip4(r) / r.choice([udp(r), tcp(r)])
    return i / Raw(rbytes(r, r.randrange(0, 20)))


def icmp6(r):
    c = r.choice([
        lambda: ICMPv6EchoRequest(id=r.randrange(65536), seq=r.randrange(65536)),
        lambda: ICMPv6EchoReply(id=r.randrange(65536)),
        lambda: ICMPv6ND_NS(tgt="fe80::1") / ICMPv6NDOptSrcLLAddr(lladdr="00:11:22:33:44:55"),
        lambda: ICMPv6ND_NA(tgt="fe80::2", R=r.randrange(2), S=r.randrange(2), O=r.randrange(2)),
        lambda: ICMPv6ND_RS(),
        lambda: ICMPv6ND_RA(chlim=r.randrange(256), routerlifetime=r.randrange(65536))
        / ICMPv6NDOptMTU(mtu=1500) / ICMPv6NDOptPrefixInfo(prefix="2001:db8::", prefixlen=64),
        lambda: ICMPv6ND_Redirect(tgt="fe80::3", dst="2001:db8::9"),
        lambda: ICMPv6MLQuery(mladdr="ff02::1"),
        lambda: ICMPv6MLReport(mladdr="ff02::fb"),
        lambda: ICMPv6DestUnreach(code=r.randrange(8)) / ip6(r) / udp(r),
        lambda: ICMPv6PacketTooBig(mtu=r.randrange(1 << 32)) / ip6(r) / udp(r),
        lambda: ICMPv6TimeExceeded(code=r.randrange(2)) / ip6(r) / tcp(r),
        lambda: ICMPv6NIQueryName(data="example.com"),
        lambda: ICMPv6NIReplyName(data="host.example."),
        lambda: Raw(bytes([r.randrange(256), r.randrange(256)]) + rbytes(r, r.randrange(2, 30))),
    ])
    return c()


def dns(r):
    qt = r.choice(["A", "AAAA", "MX", "TXT", "SOA", "PTR", "SRV", "NS", "CNAME", "ANY", "OPT", "DS", "RRSIG", 99])
    d = DNS(id=r.randrange(65536), qr=r.randrange(2), rd=r.randrange(2), qd=DNSQR(qname="www.example.com", qtype=qt))
    if d.qr:
        d.an = DNSRR(rrname="www.example.com", type="A", rdata="1.2.3.4", ttl=r.randrange(1 << 31))
    return d


def gen(proto, r):
    if proto == "tcp":
        return eth(r, r.choice([lambda: ip4(r), lambda: ip6(r)])() / tcp(r))
    if proto == "udp":
        return eth(r, r.choice([lambda: ip4(r), lambda: ip6(r)])() / udp(r))
    if proto == "icmp":
        return eth(r, ip4(r) / icmp(r))
    if proto == "icmp6":
        return eth(r, ip6(r) / icmp6(r))
    if proto == "igmp":
        return eth(r, ip4(r) / IGMP(type=r.choice([0x11, 0x12, 0x16, 0x17, 0x22, r.randrange(256)]),
                                    gaddr=f"224.0.0.{r.randrange(256)}"))
    if proto == "dns":
        u = r.random() < 0.7
        l4 = UDP(sport=53, dport=r.randrange(1024, 65536)) if u else TCP(sport=53, dport=40000, flags="PA")
        pl = dns(r)
        if not u:
            b = bytes(pl)
            pl = Raw(len(b).to_bytes(2, "big") + b)
        return eth(r, r.choice([lambda: ip4(r), lambda: ip6(r)])() / l4 / pl)
    if proto == "arp":
        return eth(r, ARP(op=r.choice([1, 2, 3, 4, 8, 9, r.randrange(65536)]), hwsrc="00:11:22:33:44:55",
                          psrc="10.0.0.1", pdst="10.0.0.2"))
    if proto == "ip":
        return eth(r, r.choice([lambda: ip4(r), lambda: ip6(r)])() / Raw(rbytes(r, r.randrange(40))))
    raise ValueError(proto)


def mutate(r, raw):
    b = bytearray(raw)
    for _ in range(r.randrange(1, 4)):
        i = r.randrange(14, len(b)) if len(b) > 14 else 0
        b[i] = r.randrange(256)
    return bytes(b)


def build(proto, n, seed, path):
    r = random.Random(f"{proto}:{seed}")
    pkts = []
    for i in range(n):
        p = gen(proto, r)
        raw = bytes(p)
        if r.random() < 0.15:
            raw = mutate(r, raw)
        pkt = Ether(raw)
        pkt.time = 1600000000 + i
        # Random snaplen cut on one packet in four: the truncated paths.
        if r.random() < 0.25 and len(raw) > 15:
            cut = r.randrange(14, len(raw))
            pkts.append((raw[:cut], len(raw), pkt.time))
        else:
            pkts.append((raw, len(raw), pkt.time))
    write_pcap(path, pkts)


def write_pcap(path, pkts):
    import struct
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
        for data, wire, t in pkts:
            f.write(struct.pack("<IIII", int(t), 0, len(data), wire))
            f.write(data)


def run(binary, f, opts, resolve):
    env = dict(os.environ, TZ="GMT0", LC_ALL="C")
    base = [] if resolve else ["-n"]
    e = subprocess.run(["/usr/bin/tcpdump", "-#"] + base + ["-r", f] + opts, capture_output=True, env=env)
    g = subprocess.run([binary, "-#"] + base + ["-r", f] + opts, capture_output=True, env=env)
    return e.stdout, g.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--out", default="/tmp/core_diff")
    ap.add_argument("--proto", default="tcp,udp,icmp,icmp6,igmp,dns,arp,ip")
    ap.add_argument("--resolve", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    bad = 0
    total = 0
    for proto in a.proto.split(","):
        path = os.path.join(a.out, f"{proto}.pcap")
        build(proto, a.count, a.seed, path)
        for opts in OPTS:
            exp, got = run(a.bin, path, opts, a.resolve)
            el = exp.decode(errors="replace").splitlines(keepends=True)
            gl = got.decode(errors="replace").splitlines(keepends=True)
            total += a.count
            if el != gl:
                d = list(difflib.unified_diff(el, gl, "tcpdump", "ringdump", n=0))
                nd = sum(1 for x in d if x.startswith("-") and not x.startswith("---"))
                bad += 1
                name = os.path.join(a.out, f"{proto}.{''.join(opts) or 'plain'}.diff")
                with open(name, "w") as fh:
                    fh.writelines(d)
                print(f"DIFF {proto} {' '.join(opts)}: {nd} tcpdump lines differ -> {name}")
            else:
                print(f"ok   {proto} {' '.join(opts)} ({len(el)} lines)")
    print(f"{total} packet printings compared, {bad} runs with differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
