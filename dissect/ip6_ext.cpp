// IPv6 extension headers: hop-by-hop and destination options, fragment, routing.
#include "ip6.hpp"

namespace rd::ip6 {

namespace {

constexpr uint8_t kOptPad1 = 0x00, kOptPadN = 0x01, kOptRouterAlert = 0x05, kOptJumbo = 0xc2,
                  kOptHomeAddress = 0xc9;

// Sub-options of a Home Address option. False when one runs past len.
bool sub_options_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    uint32_t optlen = 0;
    for (uint32_t i = 0; i < len; i += optlen) {
        const uint8_t type = c.u8(i);
        if (ctx.truncated) return true;
        if (type == kOptPad1) {
            optlen = 1;
        } else {
            if (i + 1 >= len) return false;
            optlen = c.u8(i + 1) + 2u;
        }
        if (i + optlen > len) return false;
        if (type == kOptPad1) {
            out.put(", pad1");
        } else if (type == kOptPadN) {
            out.put(", padn");
        } else {
            out.f(", sopt_type 0x{:02x}: len={}", type, c.u8(i + 1));
        }
    }
    return true;
}

// The options of a hop-by-hop (jumbo != nullptr) or destination options header. False
// when an option is malformed (the caller then prints the truncation marker).
bool options_print(Ctx& ctx, const Cursor& c, uint32_t len, bool* found_jumbo_out,
                   uint32_t* payload_len) {
    OutBuf& out = ctx.out;
    const bool v = ctx.opt.vflag != 0;
    if (len == 0) return true;
    bool found_jumbo = false;
    uint32_t optlen = 0;
    for (uint32_t i = 0; i < len; i += optlen) {
        const uint8_t type = c.u8(i);
        if (ctx.truncated) return true;
        if (type == kOptPad1) {
            optlen = 1;
        } else {
            if (i + 1 >= len) return false;
            optlen = c.u8(i + 1) + 2u;
        }
        if (i + optlen > len) return false;
        const uint8_t olen = type == kOptPad1 ? 0 : c.u8(i + 1);
        switch (type) {
        case kOptPad1:
            if (v) out.put("(pad1)");
            break;
        case kOptPadN:
            if (v) out.put("(padn)");
            break;
        case kOptRouterAlert:
            if (len - i < 4) {
                out.put("(rtalert: trunc)");
                return false;
            }
            if (olen != 2) {
                out.f("(rtalert: invalid len {})", olen);
                return false;
            }
            if (v) out.f("(rtalert: 0x{:04x}) ", c.be16(i + 2));
            break;
        case kOptJumbo: {
            if (len - i < 6) {
                out.put("(jumbo: trunc)");
                return false;
            }
            if (olen != 4) {
                out.f("(jumbo: invalid len {})", olen);
                return false;
            }
            const uint32_t jumbolen = c.be32(i + 2);
            if (found_jumbo) {
                if (v) out.f("(jumbo: {} - already seen) ", jumbolen);
            } else {
                found_jumbo = true;
                if (payload_len == nullptr) {
                    if (v) out.f("(jumbo: {} - not a hop-by-hop option) ", jumbolen);
                } else if (*payload_len != 0) {
                    if (v) out.f("(jumbo: {} - payload len != 0) ", jumbolen);
                } else if (jumbolen < 65536) {
                    if (v) out.f("(jumbo: {} - < 65536) ", jumbolen);
                } else {
                    *found_jumbo_out = true;
                    *payload_len = jumbolen;
                    if (v) out.f("(jumbo: {}) ", jumbolen);
                }
            }
            break;
        }
        case kOptHomeAddress:
            if (len - i < 18) {
                out.put("(homeaddr: trunc)");
                return false;
            }
            if (olen < 16) {
                out.f("(homeaddr: invalid len {})", olen);
                return false;
            }
            if (v) {
                out.put("(homeaddr: ");
                put_ip6_at(ctx, c, i + 2);
                if (olen > 16 && !sub_options_print(ctx, c.skip(i + 18), optlen - 18)) return false;
                out.put(')');
            }
            break;
        default:
            if (v) out.f("(opt_type 0x{:02x}: len={})", type, olen);
            break;
        }
    }
    if (v) out.put(' ');
    return true;
}

}  // namespace

int hbh_print(Ctx& ctx, const Cursor& c, bool& found_jumbo, uint32_t& payload_len) {
    ctx.proto = "hbhopt";
    const uint32_t hlen = (c.u8(1) + 1u) << 3;
    if (ctx.truncated) return -1;
    if (!c.has(0, hlen)) {
        ctx.print_trunc();
        return -1;
    }
    ctx.out.put("HBH ");
    if (!options_print(ctx, c.skip(2), hlen - 2, &found_jumbo, &payload_len)) {
        ctx.print_trunc();
        return -1;
    }
    return static_cast<int>(hlen);
}

int dstopt_print(Ctx& ctx, const Cursor& c) {
    ctx.proto = "dstopt";
    const uint32_t hlen = (c.u8(1) + 1u) << 3;
    if (ctx.truncated) return -1;
    if (!c.has(0, hlen)) {
        ctx.print_trunc();
        return -1;
    }
    ctx.out.put("DSTOPT ");
    // Destination options are only checked with -v; a jumbo option here is not honoured.
    if (ctx.opt.vflag && !options_print(ctx, c.skip(2), hlen - 2, nullptr, nullptr)) {
        ctx.print_trunc();
        return -1;
    }
    return static_cast<int>(hlen);
}

int frag6_print(Ctx& ctx, const Cursor& c, uint16_t plen, uint32_t hdr_off) {
    ctx.proto = "frag6";
    // What the fragment header says remains of the payload after it; tcpdump computes it
    // as a size_t, so a header past the payload shows a huge number.
    const uint64_t rest = uint64_t{40} + plen - hdr_off - 8;
    const uint16_t offset = c.be16(2) & 0xfff8;
    if (ctx.opt.vflag) {
        const uint32_t ident = c.be32(4);
        if (ctx.truncated) return -1;
        ctx.out.f("frag (0x{:08x}:{}|{})", ident, offset, rest);
    } else {
        if (ctx.truncated) return -1;
        ctx.out.f("frag ({}|{})", offset, rest);
    }
    // Later fragments cannot be decoded.
    if (offset != 0) return -1;
    ctx.out.put(' ');
    return 8;
}

int rt6_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    ctx.proto = "rt6";
    out.put("RT6");
    uint32_t len = c.u8(1);
    out.f(" (len={}", len);
    const uint8_t type = c.u8(2);
    out.f(", type={}", type);
    if (type == 0) out.put(" [Deprecated]");
    const uint8_t segleft = c.u8(3);
    out.f(", segleft={}", segleft);
    if (ctx.truncated) return -1;

    size_t addrs = 8;
    if (type == 0 || type == 2) {
        const uint32_t rsv = c.be32(4);
        if (ctx.truncated) return -1;
        if (rsv != 0 || ctx.opt.vflag) out.f(", rsv=0x{:x}", rsv);
    } else if (type == 4) {
        const uint8_t last = c.u8(4);
        out.f(", last-entry={}", last);
        const uint8_t flags = c.u8(5);
        if (ctx.truncated) return -1;
        if (flags != 0 || ctx.opt.vflag) out.f(", flags=0x{:x}", flags);
        const uint16_t tag = c.be16(6);
        if (ctx.truncated) return -1;
        out.f(", tag={:x}", tag);
    } else {
        out.put(" (unknown type)");
        ctx.print_invalid();
        return -1;
    }
    if (len % 2 == 1) {
        out.f(" (invalid length {})", len);
        ctx.print_invalid();
        return -1;
    }
    len >>= 1;
    for (uint32_t i = 0; i < len; ++i) {
        const auto a = c.bytes(addrs + 16 * i, 16);
        if (a.empty()) return -1;
        out.f(", [{}]", i);
        put_addr(ctx, a);
    }
    out.put(") ");
    return static_cast<int>((c.u8(1) + 1u) << 3);
}

}  // namespace rd::ip6
