// ICMPv6 neighbour discovery (RFC 4861) and its options, and the Mobile IPv6 home
// agent / mobile prefix messages (RFC 6275), which share the option format.
#include "dns.hpp"
#include "icmp6.hpp"

namespace rd::icmp6 {

namespace {

constexpr Tok kOptionNames[] = {
    {1, "source link-address"},    {2, "destination link-address"}, {3, "prefix info"},
    {4, "redirected header"},      {5, "mtu"},                      {25, "rdnss"},
    {31, "dnssl"},                 {7, "advertisement interval"},   {8, "homeagent information"},
    {24, "route info"},
};
constexpr Tok kPrefixFlags[] = {{0x80, "onlink"}, {0x40, "auto"}, {0x20, "router"}};
constexpr Tok kRaFlags[] = {{0x80, "managed"}, {0x40, "other stateful"}, {0x20, "home agent"}, {0x02, "ipv6 only"}};
constexpr Tok kNaFlags[] = {{0x80000000, "router"}, {0x40000000, "solicited"}, {0x20000000, "override"}};

void lladdr_print(Ctx& ctx, const Cursor& c, size_t off, size_t len) {
    for (size_t i = 0; i < len; ++i) {
        const uint8_t b = c.u8(off + i);
        if (ctx.truncated) return;
        if (i > 0) ctx.out.put(':');
        ctx.out.hex(b, 2);
    }
}

// One option's body (after the "\n\t  NAME option" line). False when the option list
// must end with the truncation marker; `stop` when it ends without one.
bool option_body(Ctx& ctx, const Cursor& c, size_t opts, size_t cp, uint8_t type, uint32_t olen,
                 bool& stop) {
    OutBuf& out = ctx.out;
    const uint32_t bytes = olen << 3;
    switch (type) {
    case 1:
    case 2:
        lladdr_print(ctx, c, cp + 2, bytes - 2);
        break;
    case 3: {
        const auto prefix = c.bytes(cp + 16, 16);
        const uint8_t plen = c.u8(cp + 2), flags = c.u8(cp + 3);
        const uint32_t valid = c.be32(cp + 4);
        if (ctx.truncated) return true;
        put_addr(ctx, prefix);
        out.f("/{}{}, Flags [", plen, olen != 4 ? "badlen" : "");
        put_bits(ctx, kPrefixFlags, flags, ", ");
        out.put("], valid time ");
        put_lifetime(ctx, valid);
        const uint32_t pref = c.be32(cp + 8);
        if (ctx.truncated) return true;
        out.put(", pref. time ");
        put_lifetime(ctx, pref);
        break;
    }
    case 4:
        // tcpdump dumps from the start of the option list here, not from this option.
        unknown_data(ctx, c, opts, "\n\t    ", bytes);
        break;
    case 5: {
        const uint32_t mtu = c.be32(cp + 4);
        if (ctx.truncated) return true;
        out.f(" {}{}", mtu, olen != 1 ? "bad option length" : "");
        break;
    }
    case 25: {
        const uint32_t life = c.be32(cp + 4);
        if (ctx.truncated) return true;
        out.f(" lifetime {}s,", life);
        const uint32_t n = (olen - 1) / 2;
        for (uint32_t i = 0; i < n; ++i) {
            const auto a = c.bytes(cp + 8 + 16 * i, 16);
            if (a.empty()) return true;
            out.put(" addr: ");
            put_addr(ctx, a);
        }
        break;
    }
    case 31: {
        const uint32_t life = c.be32(cp + 4);
        if (ctx.truncated) return true;
        out.f(" lifetime {}s, domain(s):", life);
        // RFC 1035 names, compression pointers relative to the start of the options.
        const Cursor names = c.skip(opts);
        size_t dom = cp + 8 - opts;
        const size_t end = cp + bytes - opts;
        while (dom < end) {
            const uint8_t first = names.u8(dom);
            if (ctx.truncated) return true;
            if (first == 0) break;
            out.put(' ');
            dom = dns::print_name(ctx, names, dom, 0);
            if (ctx.truncated) return true;
            if (dom == dns::kNone) return false;
        }
        break;
    }
    case 7: {
        const uint32_t ival = c.be32(cp + 4);
        if (ctx.truncated) return true;
        out.f(" {}ms", ival);
        break;
    }
    case 8: {
        const uint16_t pref = c.be16(cp + 4), life = c.be16(cp + 6);
        if (ctx.truncated) return true;
        out.f(" preference {}, lifetime {}", pref, life);
        break;
    }
    case 24: {
        if (!c.has(cp + 4, 4)) return false;
        uint8_t prefix[16] = {};
        if (olen == 2 || olen == 3) {
            const auto b = c.bytes(cp + 8, olen == 2 ? 8 : 16);
            if (b.empty()) return true;
            for (size_t i = 0; i < b.size(); ++i) prefix[i] = b[i];
        } else if (olen != 1) {
            return false;
        }
        const uint8_t plen = c.u8(cp + 2), flags = c.u8(cp + 3);
        const uint32_t life = c.be32(cp + 4);
        if (ctx.truncated) return true;
        out.put(' ');
        put_addr(ctx, prefix);
        out.f("/{}, pref={}, lifetime=", plen, rtpref(flags));
        put_lifetime(ctx, life);
        break;
    }
    default:
        if (ctx.opt.vflag <= 1) {
            unknown_data(ctx, c, cp + 2, "\n\t  ", bytes - 2);
            stop = true;
        }
        break;
    }
    return true;
}

}  // namespace

bool nd_options_print(Ctx& ctx, const Cursor& c, size_t off, int32_t resid) {
    OutBuf& out = ctx.out;
    size_t cp = off;
    while (cp < c.size()) {
        if (!c.has(cp + 1, 1)) return false;
        if (resid <= 0) return true;
        const uint8_t type = c.u8(cp);
        const uint32_t olen = c.u8(cp + 1);
        if (olen == 0) return false;
        if (cp + (olen << 3) > c.size()) return false;
        out.put("\n\t  ");
        put_tok(ctx, kOptionNames, type, "unknown");
        out.f(" option ({}), length {} ({}): ", type, olen << 3, olen);
        bool stop = false;
        if (!option_body(ctx, c, off, cp, type, olen, stop)) return false;
        if (ctx.truncated || stop) return true;
        if (ctx.opt.vflag > 1) unknown_data(ctx, c, cp + 2, "\n\t    ", (olen << 3) - 2);
        cp += olen << 3;
        resid -= static_cast<int32_t>(olen << 3);
    }
    return true;
}

bool nd_print(Ctx& ctx, const Cursor& c, uint8_t type, uint32_t length) {
    OutBuf& out = ctx.out;
    const bool v = ctx.opt.vflag != 0;
    const auto opts = [&](size_t at) {
        return nd_options_print(ctx, c, at, static_cast<int32_t>(length - at));
    };
    switch (type) {
    case 133:  // router solicitation
        return !v || opts(8);
    case 134: {  // router advertisement
        if (!v) return true;
        const uint8_t hops = c.u8(4), flags = c.u8(5);
        const uint16_t life = c.be16(6);
        const uint32_t reach = c.be32(8), retrans = c.be32(12);
        if (ctx.truncated) return true;
        out.f("\n\thop limit {}, Flags [", hops);
        put_bits(ctx, kRaFlags, flags, ", ");
        out.f("], pref {}, router lifetime {}s, reachable time {}ms, retrans timer {}ms",
              rtpref(flags), life, reach, retrans);
        return opts(16);
    }
    case 135: {  // neighbour solicitation
        const auto target = c.bytes(8, 16);
        if (target.empty()) return true;
        out.put(", who has ");
        put_addr(ctx, target);
        return !v || opts(24);
    }
    case 136: {  // neighbour advertisement
        const auto target = c.bytes(8, 16);
        if (target.empty()) return true;
        out.put(", tgt is ");
        put_addr(ctx, target);
        if (!v) return true;
        const uint32_t flags = c.be32(4);
        if (ctx.truncated) return true;
        out.put(", Flags [");
        put_bits(ctx, kNaFlags, flags, ", ");
        out.put(']');
        return opts(24);
    }
    case 137: {  // redirect
        const auto dst = c.bytes(24, 16);
        if (dst.empty()) return true;
        out.put(", ");
        put_addr(ctx, dst);
        const auto target = c.bytes(8, 16);
        if (target.empty()) return true;
        out.put(" to ");
        put_addr(ctx, target);
        return !v || opts(40);
    }
    case 144:  // home agent address discovery request
    case 146: {  // mobile prefix solicitation
        const uint16_t id = c.be16(4);
        if (ctx.truncated) return true;
        out.f(", id 0x{:04x}", id);
        return true;
    }
    case 145: {  // home agent address discovery reply
        if (!v) return true;
        const uint16_t id = c.be16(4);
        if (ctx.truncated) return true;
        out.f(", id 0x{:04x}", id);
        for (size_t p = 8; p < length; p += 16) {
            const auto a = c.bytes(p, 16);
            if (a.empty()) return true;
            out.put(", ");
            put_addr(ctx, a);
        }
        return true;
    }
    case 147: {  // mobile prefix advertisement
        if (!v) return true;
        const uint16_t id = c.be16(4);
        if (ctx.truncated) return true;
        out.f(", id 0x{:04x}", id);
        const uint16_t flags = c.be16(6);
        if (ctx.truncated) return true;
        if (flags & 0xc000) out.put(' ');
        if (flags & 0x8000) out.put('M');
        if (flags & 0x4000) out.put('O');
        return opts(8);
    }
    default:
        return true;
    }
}

}  // namespace rd::icmp6
