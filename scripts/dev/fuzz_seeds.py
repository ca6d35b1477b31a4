#!/usr/bin/env python3
"""Writes libFuzzer seed inputs from capture files, one file per input.

usage: fuzz_seeds.py CORPUS_DIR OUT_PRINT OUT_FILES [MAX_PER_CAPTURE]
OUT_PRINT gets one seed per packet for fuzz_print (link-type index, option byte, wire
length byte, then the packet bytes, as fuzz_print.cpp reads them); OUT_FILES gets the
smaller capture files whole, for fuzz_file_source. Only classic pcap is split into
packets; pcapng files still seed the reader fuzzer.
"""
import os
import struct
import sys

# Must list the link types in fuzz_print.cpp's order.
LINK_TYPES = [1, 0, 108, 101, 228, 229, 113, 276, 12, 105, 127, 9, 104]


def packets(path):
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 24:
        return None, []
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        end = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        end = ">"
    else:
        return None, []
    linktype = struct.unpack(end + "I", data[20:24])[0] & 0xFFFF
    out, off = [], 24
    while off + 16 <= len(data):
        caplen = struct.unpack(end + "I", data[off + 8:off + 12])[0]
        if caplen > 262144:
            break
        out.append(data[off + 16:off + 16 + caplen])
        off += 16 + caplen
    return linktype, out


def main():
    corpus, out_print, out_files = sys.argv[1:4]
    cap = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    os.makedirs(out_print, exist_ok=True)
    os.makedirs(out_files, exist_ok=True)
    n = 0
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        if not name.endswith((".pcap", ".pcapng")):
            continue
        if os.path.getsize(path) <= 65536:
            with open(path, "rb") as src, open(os.path.join(out_files, name), "wb") as dst:
                dst.write(src.read())
        linktype, pkts = packets(path)
        if linktype not in LINK_TYPES:
            continue
        index = LINK_TYPES.index(linktype)
        for i, pkt in enumerate(pkts[:cap]):
            opts = (i * 7) & 0x3F  # vary -v/-e/-q/-S/-x across seeds
            with open(os.path.join(out_print, f"{name}.{i}"), "wb") as f:
                f.write(bytes([index, opts, 0]) + pkt)
            n += 1
    print(f"fuzz seeds: {n} packets")


if __name__ == "__main__":
    main()
