// Network Service Header (RFC 8300): base and service path headers, MD type 1 or 2
// context headers, then the next protocol (IPv4, IPv6, Ethernet).
#include "protos.hpp"

namespace rd {

namespace {

constexpr Tok kMdTypes[] = {{0x0, "reserved"}, {0x1, "1"}, {0x2, "2"}, {0xf, "experimental"}};
constexpr Tok kNextProtos[] = {{0x01, "IPv4"},         {0x02, "IPv6"}, {0x03, "Ethernet"},
                               {0x04, "NSH"},          {0x05, "MPLS"}, {0xfe, "Experiment 1"},
                               {0xff, "Experiment 2"}};
constexpr Tok kNshFlags[] = {{0x2, "O"}};

// MD type 2 variable-length context headers: `words` 4-byte words at c. False when the
// packet turned out invalid (already marked).
bool md2_print(Ctx& ctx, const Cursor& c, uint32_t words) {
    uint32_t n = 0;
    size_t off = 0;
    while (n < words && !ctx.truncated) {
        const uint16_t cls = c.be16(off);
        const uint8_t type = c.u8(off + 2);
        const uint8_t len = c.u8(off + 3) & 0x7f;
        if (ctx.truncated) return true;
        off += 4;
        const uint32_t padded = (len + 3u) & ~3u;
        ctx.out.f("\n        TLV Class {}, Type {}, Len {}", cls, type, len);
        ++n;
        if (words < n + padded / 4) {
            ctx.out.put(" (length too big)");
            ctx.print_invalid();
            return false;
        }
        if (len) {
            ctx.out.put("\n            Value: ");
            const char* sep = "0x";
            for (uint32_t i = 0; i < len; ++i) {
                const uint8_t b = c.u8(off);
                if (ctx.truncated) return true;
                ctx.out.f("{}{:02x}", sep, b);
                sep = ":";
                ++off;
            }
            if (!c.need(off, padded - len)) return true;
            off += padded - len;
            n += padded / 4;
        }
    }
    return true;
}

}  // namespace

void nsh_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "nsh";
    OutBuf& out = ctx.out;
    const int v = ctx.opt.vflag;
    if (length < 8) {
        out.f(" (packet length {} < 8)", length);
        ctx.print_invalid();
        return;
    }
    const uint32_t base = c.be32(0);
    if (ctx.truncated) return;
    const uint32_t ver = base >> 30;
    const uint32_t hlen = (base >> 16) & 0x3f;
    const uint32_t md_type = (base >> 8) & 0xf;
    const uint8_t next = base & 0xff;
    out.put("NSH, ");
    if (v > 1) out.f("ver {}, ", ver);
    if (ver != 0) return;
    out.put("flags [");
    put_bits(ctx, kNshFlags, (base >> 28) & 0x3, "");
    out.put("], ");
    if (v > 2) {
        out.f("TTL {}, length {}, md type ", (base >> 22) & 0x3f, hlen);
        put_tok(ctx, kMdTypes, md_type, "unknown (0x{:02x})");
        out.put(", ");
    }
    if (v > 1) {
        out.put("next-protocol ");
        put_tok(ctx, kNextProtos, next, "unknown (0x{:02x})");
        out.put(", ");
    }
    if (length < hlen * 4) {
        out.f(" (too many headers for packet length {})", length);
        ctx.print_invalid();
        return;
    }
    const uint32_t spi = c.be24(4);
    if (ctx.truncated) return;
    out.f("service-path-id 0x{:06x}, ", spi);
    const uint8_t si = c.u8(7);
    if (ctx.truncated) return;
    out.f("service-index 0x{:x}", si);
    if (hlen < 2) {
        out.put(" (less than two headers)");
        ctx.print_invalid();
        return;
    }
    const Cursor ctxhdr = c.skip(8);
    bool shown = false;
    if (v > 2) {
        if (md_type == 1) {
            if (hlen != 6) {
                out.put(" (length for the MD type)");
                ctx.print_invalid();
                return;
            }
            for (uint32_t n = 0; n < 4; ++n) {
                const uint32_t w = ctxhdr.be32(n * 4);
                if (ctx.truncated) return;
                out.f("\n        Context[{:02}]: 0x{:08x}", n, w);
            }
            shown = true;
        } else if (md_type == 2) {
            if (!md2_print(ctx, ctxhdr, hlen - 2) || ctx.truncated) return;
            shown = true;
        }
    }
    if (!shown && !ctxhdr.need(0, (hlen - 2) * 4)) return;
    out.put(v ? "\n    " : ": ");
    const Cursor payload = c.skip(hlen * 4);
    const uint32_t plen = length - hlen * 4;
    switch (next) {
    case 0x01: ip_print(ctx, payload, plen); break;
    case 0x02: ip6_print(ctx, payload, plen); break;
    case 0x03: ether_print(ctx, payload, plen); break;
    default: out.put("ERROR: unknown-next-protocol"); break;
    }
}

}  // namespace rd
