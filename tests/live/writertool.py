#!/usr/bin/python3
"""Helpers for the writer tests (writer_capture.sh).

  writertool.py send IFACE [--seconds S] [--count N]   numbered 1000-byte UDP frames, as fast as possible
  writertool.py count PCAP...        checks each file is a whole pcap (no torn record); prints total records
  writertool.py seq PCAP...          count, and the numbered frames in the files follow each other with no
                                     gap or repeat across the files in the order given
  writertool.py prefix PCAP SRC      PCAP's records are the first N records of SRC (bytes and times); prints N
  writertool.py magic PCAP           prints the magic number as hex
"""
import os
import socket
import struct
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from livetool import udp_frame  # noqa: E402

SEQ_AT = 42  # Ethernet 14 + IPv4 20 + UDP 8: the frame number's place in the payload


def numbered(i):
    # A fixed source port: counting printed lines must not depend on which
    # protocol a varying port happens to name.
    f = bytearray(udp_frame(i & 0xFFFF, 1000, 40000, sport=40001))
    f[SEQ_AT:SEQ_AT + 8] = struct.pack("!Q", i)
    return bytes(f)


def send(iface, seconds, count):
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((iface, 0))
    end = time.monotonic() + seconds if seconds else None
    i = 0
    while (count is None or i < count) and (end is None or time.monotonic() < end):
        try:
            s.send(numbered(i))
        except BlockingIOError:
            continue
        except OSError:  # ENOBUFS under load: try again
            time.sleep(0.0001)
            continue
        i += 1
    print(i)


def records(path):
    data = open(path, "rb").read()
    if len(data) < 24:
        raise SystemExit(f"{path}: no pcap header ({len(data)} bytes)")
    magic, = struct.unpack("<I", data[:4])
    if magic not in (0xA1B2C3D4, 0xA1B23C4D):
        raise SystemExit(f"{path}: bad magic {magic:#x}")
    pos, out = 24, []
    while pos + 16 <= len(data):
        caplen, = struct.unpack("<I", data[pos + 8:pos + 12])
        if pos + 16 + caplen > len(data):
            break
        out.append(data[pos:pos + 16 + caplen])
        pos += 16 + caplen
    if pos != len(data):
        raise SystemExit(f"{path}: torn record at offset {pos} ({len(data) - pos} trailing bytes)")
    return out


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    cmd = argv[1]
    if cmd == "send":
        secs = float(argv[argv.index("--seconds") + 1]) if "--seconds" in argv else None
        count = int(argv[argv.index("--count") + 1]) if "--count" in argv else None
        send(argv[2], secs, count)
        return 0
    if cmd == "count":
        print(sum(len(records(p)) for p in argv[2:]))
        return 0
    if cmd == "seq":
        prev, n = None, 0
        for p in argv[2:]:
            for r in records(p):
                n += 1
                if len(r) < 16 + SEQ_AT + 8:
                    raise SystemExit(f"{p}: record {n} is not a numbered frame")
                seq, = struct.unpack("!Q", r[16 + SEQ_AT:16 + SEQ_AT + 8])
                if prev is not None and seq <= prev:
                    raise SystemExit(f"{p}: frame {seq} after {prev}: repeated or out of order")
                prev = seq
        print(n)
        return 0
    if cmd == "prefix":
        got, src = records(argv[2]), records(argv[3])
        if got != src[:len(got)]:
            k = next(i for i in range(len(got)) if got[i] != src[i])
            raise SystemExit(f"{argv[2]}: record {k + 1} differs from {argv[3]}'s")
        print(len(got))
        return 0
    if cmd == "magic":
        print(open(argv[2], "rb").read(4)[::-1].hex())
        return 0
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
