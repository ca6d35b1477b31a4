// ZMTP/1.0 (ZeroMQ) frames: a length (8-bit, or 0xFF and 64-bit), flags and body. In PGM
// datagrams a frame offset comes first; on TCP (-T zmtp1) the segment is frames only.
#include "pgm.hpp"

#include "ringdump/format/hexdump.hpp"

namespace rd {

namespace {

constexpr uint64_t kVerboseBytes = 128;  // body bytes shown at -v (all at -vv)

// One frame at c (whose end is the datagram's end); the offset of the next frame, or
// 0 when the packet ended (it is then marked truncated).
size_t print_frame(Ctx& ctx, const Cursor& c, size_t off, size_t end) {
    OutBuf& out = ctx.out;
    out.put("\n\t");
    const uint8_t first = c.u8(off);
    if (ctx.truncated) return 0;
    uint64_t declared = 0;
    size_t hlen = 1;
    if (first != 0xFF) {
        declared = first;
        out.f(" frame flags+body  (8-bit) length {}", declared);
    } else {
        hlen = 9;
        out.put(" frame flags+body (64-bit) length");
        declared = c.be64(off + 1);
        if (ctx.truncated) return 0;
        out.f(" {}", declared);
    }
    if (declared == 0) return off + hlen;
    const uint8_t flags = c.u8(off + hlen);
    if (ctx.truncated) return 0;
    const uint64_t captured = uint64_t{end} - off - hlen;  // wraps like tcpdump's
    if (declared > captured) out.f(" ({} captured)", captured);
    out.f(", flags 0x{:02x}", flags);
    if (ctx.opt.vflag) {
        uint64_t shown = captured < declared ? captured : declared;
        out.put(" (");
        for (int bit = 7; bit >= 1; --bit) {
            out.put((flags >> bit) & 1 ? "MBZ" : "-");
            out.put('|');
        }
        out.put(flags & 1 ? "MORE" : "-");
        out.put(')');
        if (ctx.opt.vflag == 1 && shown > kVerboseBytes + 1) shown = kVerboseBytes + 1;
        if (shown > 1) {
            out.f(", first {} byte(s) of body:", shown - 1);
            hex_ascii_dump_prefixed(out, "\n\t ", c.bytes(off + hlen + 1, shown - 1));
        }
    }
    off += hlen;
    if (!c.need(off, declared)) return 0;
    return off + declared;
}

// The frame offset and the part of an earlier message before the first frame (all of
// the datagram when the offset is 0xFFFF). Returns the offset of the first frame.
size_t intermediate_part(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    uint32_t offset = c.be16(0);
    if (ctx.truncated) return 0;
    out.f("\n\t frame offset 0x{:04x}", offset);
    const uint64_t remaining = c.size() - 2;
    if (offset == 0xFFFF) {
        offset = length - 2;
    } else if (2 + uint64_t{offset} > length) {
        out.put(" (exceeds datagram declared length)");
        ctx.mark_truncated();
        return 0;
    }
    if (offset > remaining) {
        out.f(" ({} captured)", remaining);
        ctx.mark_truncated();
        return 0;
    }
    if (offset) {
        out.f("\n\t frame intermediate part, {} bytes", offset);
        if (ctx.opt.vflag) {
            uint64_t shown = offset;
            if (ctx.opt.vflag == 1 && shown > kVerboseBytes) shown = kVerboseBytes;
            if (shown > 1) {
                out.f(", first {} byte(s):", shown);
                hex_ascii_dump_prefixed(out, "\n\t ", c.bytes(2, shown));
            }
        }
    }
    return 2 + size_t{offset};
}

}  // namespace

void zmtp1_datagram_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "zmtp1";
    const size_t end = c.size() < length ? c.size() : length;
    size_t off = intermediate_part(ctx, c, length);
    while (off < end && !ctx.truncated) {
        off = print_frame(ctx, c, off, end);
        if (off == 0) break;
    }
}

void zmtp1_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "zmtp1";
    ctx.out.put(": ZMTP/1.0");
    const size_t end = c.size() < length ? c.size() : length;
    size_t off = 0;
    while (off < end && !ctx.truncated) {
        off = print_frame(ctx, c, off, end);
        if (off == 0) break;
    }
}

}  // namespace rd
