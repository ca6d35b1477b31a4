#!/usr/bin/python3
"""Frames for the live capture tests: send them on an interface, check a pcap against them.

  livetool.py send IFACE KIND [--gap SECONDS]
  livetool.py check PCAP KIND [--snap N] [--sll2 IFINDEX] [--count N]
  livetool.py filtercheck PCAP DPORT      every packet is UDP to DPORT; prints the count

KIND: sizes (20 frames, 60..9014 bytes), mixed (400 frames, UDP 5000/6000 alternating),
vlan (802.1Q and 802.1ad/802.1Q tagged frames).
"""
import socket
import struct
import sys
import time


def udp_frame(i, size, dport, tags=(), sport=None):
    """Ethernet/[tags]/IPv4/UDP frame of exactly `size` bytes with a counter pattern."""
    eth = bytes.fromhex("020000000002") + bytes.fromhex("020000000001")
    for tpid, tci in tags:
        eth += struct.pack("!HH", tpid, tci)
    eth += struct.pack("!H", 0x0800)
    payload_len = size - len(eth) - 28
    payload = bytes((i + k) & 0xFF for k in range(payload_len))
    udp = struct.pack("!HHHH", 1000 + i % 64000 if sport is None else sport, dport, 8 + payload_len, 0) + payload
    ip = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(udp), i & 0xFFFF, 0, 64, 17, 0,
                     bytes([10, 9, 0, 1]), bytes([10, 9, 0, 2]))
    s = sum(struct.unpack("!10H", ip))
    while s > 0xFFFF:
        s = (s & 0xFFFF) + (s >> 16)
    ip = ip[:10] + struct.pack("!H", ~s & 0xFFFF) + ip[12:]
    return eth + ip + udp


SIZES = [60, 64, 100, 128, 256, 512, 1000, 1400, 1514, 2000,
         3000, 4000, 5000, 6000, 7000, 8000, 9000, 9014, 61, 77]


def frames(kind):
    if kind == "sizes":
        return [udp_frame(i, n, 5000) for i, n in enumerate(SIZES)]
    if kind == "mixed":
        return [udp_frame(i, 100 + (i % 7) * 50, 5000 if i % 2 == 0 else 6000) for i in range(400)]
    if kind == "vlan":
        out = []
        for i in range(6):
            if i % 2 == 0:
                tags = ((0x8100, 100 + i),)
            else:
                tags = ((0x88A8, 200 + i), (0x8100, 300 + i))
            out.append(udp_frame(i, 120 + i * 10, 5000, tags))
        return out
    raise SystemExit("unknown kind " + kind)


def send(iface, kind, gap):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((iface, 0))
    for f in frames(kind):
        s.send(f)
        if gap:
            time.sleep(gap)


def read_pcap(path):
    data = open(path, "rb").read()
    if len(data) < 24:
        raise SystemExit(f"{path}: no pcap header ({len(data)} bytes)")
    magic, = struct.unpack("<I", data[:4])
    if magic not in (0xA1B2C3D4, 0xA1B23C4D):
        raise SystemExit(f"{path}: bad magic {magic:#x}")
    linktype, = struct.unpack("<I", data[20:24])
    pos, pkts = 24, []
    while pos + 16 <= len(data):
        _, _, caplen, wirelen = struct.unpack("<IIII", data[pos:pos + 16])
        pkts.append((caplen, wirelen, data[pos + 16:pos + 16 + caplen]))
        pos += 16 + caplen
    if pos != len(data):
        raise SystemExit(f"{path}: {len(data) - pos} trailing bytes")
    return linktype, pkts


def check(path, kind, snap, sll2_ifindex, count):
    linktype, pkts = read_pcap(path)
    want = frames(kind)
    if count is not None:
        want = want[:count]
    bad = []
    if linktype != (276 if sll2_ifindex is not None else 1):
        bad.append(f"link type {linktype}")
    if len(pkts) != len(want):
        bad.append(f"expected {len(want)} packets, got {len(pkts)}")
    for n, ((caplen, wirelen, got), frame) in enumerate(zip(pkts, want)):
        exp = frame
        if sll2_ifindex is not None:
            # protocol, reserved, ifindex, hatype, pkttype (OTHERHOST), halen, source MAC
            exp = (frame[12:14] + b"\0\0" + struct.pack("!IHBB", sll2_ifindex, 1, 3, 6) +
                   frame[6:12] + b"\0\0" + frame[14:])
        exp_cap = min(len(exp), snap)
        if wirelen != len(exp) or caplen != exp_cap or got != exp[:exp_cap]:
            first = next((k for k in range(min(len(got), exp_cap)) if got[k] != exp[k]), None)
            bad.append(f"packet {n + 1}: expected caplen {exp_cap} len {len(exp)}, got caplen {caplen} "
                       f"len {wirelen}, first differing byte {first}")
    if bad:
        print(f"{path} ({kind}): " + "; ".join(bad[:5]))
        return 1
    print(f"{path}: {len(pkts)} packets as sent")
    return 0


def filtercheck(path, dport):
    _, pkts = read_pcap(path)
    for n, (_, _, got) in enumerate(pkts):
        if len(got) < 38 or got[12:14] != b"\x08\x00" or got[23] != 17 or \
                struct.unpack("!H", got[36:38])[0] != dport:
            print(f"{path}: packet {n + 1} does not match 'udp dst port {dport}': {got[:40].hex()}")
            return 1
    print(len(pkts))
    return 0


def main(argv):
    if len(argv) < 4:
        raise SystemExit(__doc__)
    cmd = argv[1]
    if cmd == "send":
        gap = float(argv[argv.index("--gap") + 1]) if "--gap" in argv else 0.0
        send(argv[2], argv[3], gap)
        return 0
    if cmd == "check":
        snap = int(argv[argv.index("--snap") + 1]) if "--snap" in argv else 1 << 30
        sll2 = int(argv[argv.index("--sll2") + 1]) if "--sll2" in argv else None
        count = int(argv[argv.index("--count") + 1]) if "--count" in argv else None
        return check(argv[2], argv[3], snap, sll2, count)
    if cmd == "filtercheck":
        return filtercheck(argv[2], int(argv[3]))
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
