// ICMPv6 node information queries and replies (RFC 4620, with the KAME "who-are-you"
// and icmp-name-lookup-03 forms tcpdump recognises) and router renumbering (RFC 2894).
#include "icmp6.hpp"

namespace rd::icmp6 {

namespace {

constexpr size_t kNiHdr = 16;  // ICMPv6 header + nonce

void put_text_char(OutBuf& out, uint8_t ch) {
    if (ch & 0x80) {
        out.put("M-");
        ch &= 0x7f;
    }
    if (ch < 0x20 || ch == 0x7f) {
        out.put('^');
        ch ^= 0x40;
    }
    out.put(static_cast<char>(ch));
}

// Node address flags: a G S L C A (and T in replies).
void addr_flags(Ctx& ctx, uint16_t f, bool with_t) {
    ctx.out.f(" [{}{}{}{}{}{}{}]", (f & 0x40) ? "a" : "", (f & 0x20) ? "G" : "", (f & 0x10) ? "S" : "",
              (f & 0x08) ? "L" : "", (f & 0x04) ? "C" : "", (f & 0x02) ? "A" : "",
              with_t && (f & 0x01) ? "T" : "");
}

// A DNS name without compression from off to the end of the captured bytes.
void dns_name(Ctx& ctx, const Cursor& c, size_t cp) {
    OutBuf& out = ctx.out;
    const size_t ep = c.size();
    out.put(", \"");
    while (cp < ep) {
        size_t i = c.u8(cp);
        ++cp;
        if (i) {
            if (i > ep - cp) {
                out.put("???");
                break;
            }
            while (i-- && cp < ep) {
                put_text_char(out, c.u8(cp));
                ++cp;
            }
            if (cp + 1 < ep && c.u8(cp)) out.put('.');
        } else {
            if (cp == ep) {
                out.put('.');  // fully qualified
            } else if (cp + 1 == ep && c.u8(cp) == 0) {
                // truncated
            } else {
                out.put("???");
            }
            break;
        }
    }
    out.put('"');
}

// A name as a length-prefixed string (icmp-name-lookup-03) or as DNS labels.
void name_print(Ctx& ctx, const Cursor& c, size_t cp) {
    const size_t ep = c.size();
    const uint8_t first = c.u8(cp);
    if (ctx.truncated) return;
    if (first == ep - cp - 1) {
        if (ctx.opt.vflag) ctx.out.put(", 03 draft");
        ++cp;
        ctx.out.put(", \"");
        for (; cp < ep; ++cp) put_text_char(ctx.out, c.u8(cp));
        ctx.out.put('"');
    } else {
        dns_name(ctx, c, cp);
    }
}

void query_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const size_t siz = c.size();
    if (siz == 12) {
        out.put(" who-are-you request");
        return;
    }
    out.put(" node information query");
    if (!c.has(0, kNiHdr)) {
        ctx.print_trunc();
        return;
    }
    out.put(" (");
    const uint16_t qtype = c.be16(4), flags = c.be16(6);
    switch (qtype) {
    case 0:
        out.put("noop");
        break;
    case 1:
        out.put("supported qtypes");
        if (flags) out.f(" [{}]", (flags & 0x01) ? "C" : "");
        break;
    case 2:
        out.put("DNS name");
        break;
    case 3:
        out.put("node addresses");
        if (flags) addr_flags(ctx, flags, false);
        break;
    default:
        out.put("unknown");
        break;
    }
    if (qtype == 0 || qtype == 1) {
        if (siz != kNiHdr && ctx.opt.vflag) out.put(", invalid len");
        out.put(')');
        return;
    }
    if (siz == kNiHdr) {
        out.put(", 03 draft)");
        return;
    }
    switch (c.u8(1)) {
    case 0:  // subject is an IPv6 address
        if (!c.has(0, kNiHdr + 16)) break;
        if (siz != kNiHdr + 16) {
            if (ctx.opt.vflag) out.put(", invalid subject len");
            break;
        }
        out.put(", subject=");
        put_ip6_at(ctx, c, kNiHdr);
        break;
    case 1:  // subject is a DNS name
        out.put(", subject=DNS name");
        name_print(ctx, c, kNiHdr);
        break;
    case 2:  // subject is an IPv4 address
        if (!c.has(0, kNiHdr + 4)) break;
        if (siz != kNiHdr + 4) {
            if (ctx.opt.vflag) out.put(", invalid subject len");
            break;
        }
        out.put(", subject=");
        put_ip4_at(ctx, c, kNiHdr);
        break;
    default:
        out.put(", unknown subject");
        break;
    }
    out.put(')');
}

void reply_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    const size_t siz = c.size();
    if (length > siz || !c.has(0, kNiHdr)) {
        ctx.print_trunc();
        return;
    }
    out.put(" node information reply (");
    const uint8_t code = c.u8(1);
    bool comma = false;
    switch (code) {
    case 0:
        if (ctx.opt.vflag) {
            out.put("success");
            comma = true;
        }
        break;
    case 1:
    case 2:
        out.put(code == 1 ? "refused" : "unknown");
        comma = true;
        if (siz != kNiHdr && ctx.opt.vflag) out.put(", invalid length");
        break;
    default:
        break;
    }
    if (code != 0) {
        out.put(')');
        return;
    }
    if (comma) out.put(", ");
    const uint16_t qtype = c.be16(4), flags = c.be16(6);
    switch (qtype) {
    case 0:
        out.put("noop");
        if (siz != kNiHdr && ctx.opt.vflag) out.put(", invalid length");
        break;
    case 1:
        out.put("supported qtypes");
        if (flags) out.f(" [{}]", (flags & 0x01) ? "C" : "");
        break;
    case 2:
        out.put("DNS name");
        name_print(ctx, c, kNiHdr + 4);
        if (ctx.truncated) return;
        if (flags & 0x01) {
            const uint32_t ttl = c.be32(kNiHdr);
            if (ctx.truncated) return;
            out.f(" [TTL={}]", ttl);
        }
        break;
    case 3:
        out.put("node addresses");
        for (size_t i = kNiHdr; i < siz && i + 20 <= siz; i += 20) {
            const uint32_t ttl = c.be32(i);
            out.put(' ');
            put_ip6_at(ctx, c, i + 4);
            out.f("({})", ttl);
        }
        if (flags) addr_flags(ctx, flags, true);
        break;
    default:
        out.put("unknown");
        break;
    }
    out.put(')');
}

}  // namespace

void nodeinfo_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (c.u8(0) == 139)
        query_print(ctx, c);
    else
        reply_print(ctx, c, length);
}

void rrenum_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    if (!c.has(12, 4)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t code = c.u8(1);
    switch (code) {
    case 0:
        out.put(", command");
        break;
    case 1:
        out.put(", result");
        break;
    case 255:
        out.put(", sequence number reset");
        break;
    default:
        out.f(", code-#{}", code);
        break;
    }
    out.f(", seq={}", c.be32(4));
    if (ctx.opt.vflag) {
        const uint8_t f = c.u8(9);
        out.put('[');
        if (f)
            out.f("{}{}{}{}{},", (f & 0x80) ? "T" : "", (f & 0x40) ? "R" : "", (f & 0x20) ? "A" : "",
                  (f & 0x10) ? "S" : "", (f & 0x08) ? "P" : "");
        out.f("seg={},", c.u8(8));
        out.f("maxdelay={}", c.be16(10));
        if (const uint32_t rsv = c.be32(12)) out.f("rsvd=0x{:x}", rsv);
        out.put(']');
    }
    if (code != 0) return;

    // Match-prefix part, then the use-prefix parts it carries.
    constexpr size_t kMatch = 16;
    if (!c.has(kMatch + 8, 16)) {
        ctx.print_trunc();
        return;
    }
    out.put(ctx.opt.vflag > 1 ? "\n\t" : " ");
    out.put("match(");
    switch (const uint8_t mc = c.u8(kMatch)) {
    case 1:
        out.put("add");
        break;
    case 2:
        out.put("change");
        break;
    case 3:
        out.put("setglobal");
        break;
    default:
        out.f("#{}", mc);
        break;
    }
    if (ctx.opt.vflag)
        out.f(",ord={},min={},max={}", c.u8(kMatch + 2), c.u8(kMatch + 4), c.u8(kMatch + 5));
    out.put(',');
    put_ipv6(out, c.bytes(kMatch + 8, 16).first<16>());
    out.f("/{})", c.u8(kMatch + 3));

    int n = c.u8(kMatch + 1) - 3;
    if (n % 4) {
        ctx.print_trunc();
        return;
    }
    n /= 4;
    size_t use = kMatch + 24;
    for (; n > 0; --n, use += 32) {
        if (!c.has(use + 16, 16)) {
            ctx.print_trunc();
            return;
        }
        out.put(ctx.opt.vflag > 1 ? "\n\t" : " ");
        out.put("use(");
        // tcpdump tests this one-byte field against network-order 32-bit masks, which on
        // a little-endian host are the field's top two bits.
        if (const uint8_t uf = c.u8(use + 12)) out.f("{}{},", (uf & 0x80) ? "V" : "", (uf & 0x40) ? "P" : "");
        if (ctx.opt.vflag) {
            out.f("mask=0x{:x},raflags=0x{:x},", c.u8(use + 2), c.u8(use + 3));
            const uint32_t vl = c.be32(use + 4), pl = c.be32(use + 8);
            if (vl == 0xffffffff)
                out.put("vltime=infty,");
            else
                out.f("vltime={},", vl);
            if (pl == 0xffffffff)
                out.put("pltime=infty,");
            else
                out.f("pltime={},", pl);
        }
        put_ipv6(out, c.bytes(use + 16, 16).first<16>());
        out.f("/{}/{})", c.u8(use), c.u8(use + 1));
    }
}

}  // namespace rd::icmp6
