// PGM (RFC 3208), IP protocol 113, and the same carried in UDP (-T pgm / -T pgm_zmtp1):
// header, packet types and options (shown with -v).
#include "pgm.hpp"

#include "ringdump/dissect/packet_types.hpp"
#include "ringdump/format/names.hpp"

namespace rd {

namespace {

enum : uint8_t {
    kSpm = 0x00, kPoll = 0x01, kPolr = 0x02, kOdata = 0x04, kRdata = 0x05,
    kNak = 0x08, kNullNak = 0x09, kNcf = 0x0a, kSpmr = 0x0c,  // (ACK, 0x0d, is not decoded)
};

constexpr uint8_t kOptPresent = 0x01;
constexpr uint8_t kOptEnd = 0x80;

// A network-layer address (AFI then the address) is always shown numerically.
// Returns the address length, 0 for an unknown family.
size_t nla_len(uint16_t afi) { return afi == 1 ? 4 : afi == 2 ? 16 : 0; }
void put_nla(OutBuf& out, const Cursor& c, size_t off, size_t len) {
    if (len == 4) {
        put_ipv4(out, c.be32(off));
    } else {
        uint8_t a[16];
        for (size_t i = 0; i < 16; ++i) a[i] = c.u8(off + i);
        put_ipv6(out, std::span<const uint8_t, 16>(a, 16));
    }
}

// An option that holds a 4-byte value: "[Bad NAME option, length L != N]" unless the
// length is right. Returns false when printing must stop.
bool fixed_len(Ctx& ctx, const char* name, unsigned len, unsigned want) {
    if (len == want) return true;
    ctx.out.f("[Bad {} option, length {} != {}]", name, len, want);
    return false;
}

// PGMCC data/feedback and redirect options: a fixed part then an address.
// Returns false to stop (a message or truncation was printed).
bool option_with_nla(Ctx& ctx, const Cursor& c, size_t& p, unsigned opt_len, uint32_t& opts_len,
                     const char* name, unsigned fixed, bool has_value, const char* label) {
    OutBuf& out = ctx.out;
    if (opt_len < fixed) {
        out.f("[Bad {} option, length {} < {}]", name, opt_len, fixed);
        return false;
    }
    p += 2;
    uint32_t value = 0;
    if (has_value) {
        value = c.be32(p);
        p += 4;
    }
    const uint16_t afi = c.be16(p);
    p += 4;
    const size_t alen = nla_len(afi);
    if (alen == 0) {
        ctx.print_trunc();
        return false;
    }
    if (opt_len != fixed + alen) {
        out.f("[Bad {} option, length {} != {} + address size]", name, opt_len, fixed);
        return false;
    }
    if (!c.has(p, alen)) {
        ctx.print_trunc();
        return false;
    }
    out.put(label);
    if (has_value) out.f("{} ", value);
    put_nla(out, c, p, alen);
    p += alen;
    opts_len -= static_cast<uint32_t>(fixed + alen);
    return true;
}

// The options after the type-specific part (at p). False: stop without the length.
bool print_options(Ctx& ctx, const Cursor& c, size_t& p) {
    OutBuf& out = ctx.out;
    if (!c.has(p, 4)) {
        ctx.print_trunc();
        return false;
    }
    uint8_t type = c.u8(p);
    if ((type & 0x7f) != 0) {
        out.f("[First option bad, should be PGM_OPT_LENGTH, is {}]", type & 0x7f);
        return false;
    }
    unsigned len = c.u8(p + 1);
    if (len != 4) {
        out.f("[Bad OPT_LENGTH option, length {} != 4]", len);
        return false;
    }
    uint32_t opts_len = c.be16(p + 2);
    p += 4;
    if (opts_len < 4) {
        out.f("[Bad total option length {} < 4]", opts_len);
        return false;
    }
    out.f(" OPTS LEN {}", opts_len);
    opts_len -= 4;
    while (opts_len) {
        if (opts_len < 4) {
            out.put("[Total option length leaves no room for final option]");
            return false;
        }
        if (!c.has(p, 2)) {
            ctx.print_trunc();
            return false;
        }
        type = c.u8(p);
        len = c.u8(p + 1);
        p += 2;
        if (len < 4) {
            out.f("[Bad option, length {} < 4]", len);
            break;
        }
        if (opts_len < len) {
            out.put("[Total option length leaves no room for final option]");
            return false;
        }
        if (!c.has(p, len - 2)) {
            ctx.print_trunc();
            return false;
        }
        switch (type & 0x7f) {
        case 0x00:  // OPT_LENGTH
            if (!fixed_len(ctx, "OPT_LENGTH", len, 4)) return false;
            out.f(" OPTS LEN (extra?) {}", c.be16(p));
            p += 2;
            opts_len -= 4;
            break;
        case 0x01:  // OPT_FRAGMENT
            if (!fixed_len(ctx, "OPT_FRAGMENT", len, 16)) return false;
            out.f(" FRAG seq {} off {} len {}", c.be32(p + 2), c.be32(p + 6), c.be32(p + 10));
            p += 14;
            opts_len -= 16;
            break;
        case 0x02: {  // OPT_NAK_LIST
            p += 2;
            unsigned left = len - 4;
            out.put(" NAK LIST");
            while (left) {
                if (left < 4) {
                    out.put("[Option length not a multiple of 4]");
                    return false;
                }
                if (!c.has(p, 4)) {
                    ctx.print_trunc();
                    return false;
                }
                out.f(" {}", c.be32(p));
                p += 4;
                left -= 4;
                opts_len -= 4;
            }
            break;
        }
        case 0x03:  // OPT_JOIN
            if (!fixed_len(ctx, "OPT_JOIN", len, 8)) return false;
            out.f(" JOIN {}", c.be32(p + 2));
            p += 6;
            opts_len -= 8;
            break;
        case 0x04:  // OPT_NAK_BO_IVL
            if (!fixed_len(ctx, "OPT_NAK_BO_IVL", len, 12)) return false;
            out.f(" BACKOFF ivl {} ivlseq {}", c.be32(p + 2), c.be32(p + 6));
            p += 10;
            opts_len -= 12;
            break;
        case 0x05:  // OPT_NAK_BO_RNG
            if (!fixed_len(ctx, "OPT_NAK_BO_RNG", len, 12)) return false;
            out.f(" BACKOFF max {} min {}", c.be32(p + 2), c.be32(p + 6));
            p += 10;
            opts_len -= 12;
            break;
        case 0x07:  // OPT_REDIRECT
            if (!option_with_nla(ctx, c, p, len, opts_len, "OPT_REDIRECT", 8, false, " REDIRECT ")) return false;
            break;
        case 0x08:  // OPT_PARITY_PRM
            if (!fixed_len(ctx, "OPT_PARITY_PRM", len, 8)) return false;
            out.f(" PARITY MAXTGS {}", c.be32(p + 2));
            p += 6;
            opts_len -= 8;
            break;
        case 0x09:  // OPT_PARITY_GRP
            if (!fixed_len(ctx, "OPT_PARITY_GRP", len, 8)) return false;
            out.f(" PARITY GROUP {}", c.be32(p + 2));
            p += 6;
            opts_len -= 8;
            break;
        case 0x0a:  // OPT_CURR_TGSIZE
            if (!fixed_len(ctx, "OPT_CURR_TGSIZE", len, 8)) return false;
            out.f(" PARITY ATGS {}", c.be32(p + 2));
            p += 6;
            opts_len -= 8;
            break;
        case 0x0b:  // OPT_NBR_UNREACH
            if (!fixed_len(ctx, "OPT_NBR_UNREACH", len, 4)) return false;
            p += 2;
            out.put(" NBR_UNREACH");
            opts_len -= 4;
            break;
        case 0x0c:  // OPT_PATH_NLA
            out.f(" PATH_NLA [{}]", len);
            p += len;
            opts_len -= len;
            break;
        case 0x0d:  // OPT_SYN
            if (!fixed_len(ctx, "OPT_SYN", len, 4)) return false;
            p += 2;
            out.put(" SYN");
            opts_len -= 4;
            break;
        case 0x0e:  // OPT_FIN
            if (!fixed_len(ctx, "OPT_FIN", len, 4)) return false;
            p += 2;
            out.put(" FIN");
            opts_len -= 4;
            break;
        case 0x0f:  // OPT_RST
            if (!fixed_len(ctx, "OPT_RST", len, 4)) return false;
            p += 2;
            out.put(" RST");
            opts_len -= 4;
            break;
        case 0x10:  // OPT_CR
            out.put(" CR");
            p += len;
            opts_len -= len;
            break;
        case 0x11:  // OPT_CRQST
            if (!fixed_len(ctx, "OPT_CRQST", len, 4)) return false;
            p += 2;
            out.put(" CRQST");
            opts_len -= 4;
            break;
        case 0x12:  // OPT_PGMCC_DATA
            if (!option_with_nla(ctx, c, p, len, opts_len, "OPT_PGMCC_DATA", 12, true, " PGMCC DATA "))
                return false;
            break;
        case 0x13:  // OPT_PGMCC_FEEDBACK
            if (len < 12) {
                out.f("[Bad PGM_OPT_PGMCC_FEEDBACK option, length {} < 12]", len);
                return false;
            }
            if (!option_with_nla(ctx, c, p, len, opts_len, "OPT_PGMCC_FEEDBACK", 12, true,
                                 " PGMCC FEEDBACK "))
                return false;
            break;
        default:
            out.f(" OPT_{:02X} [{}] ", type, len);
            p += len;
            opts_len -= len;
            break;
        }
        if (type & kOptEnd) break;
    }
    return true;
}

}  // namespace

void pgm_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip, bool zmtp1) {
    OutBuf& out = ctx.out;
    ctx.proto = "pgm";
    const uint8_t hdr_nh = ip.version == 6 ? ip.hdr.u8(6) : ip.hdr.u8(9);
    if (!c.has(2, 2)) {
        put_addr(ctx, ip.src);
        out.put(" > ");
        put_addr(ctx, ip.dst);
        out.put(": [|pgm]");
        return;
    }
    const uint16_t sport = c.be16(0), dport = c.be16(2);
    if (hdr_nh == 113) {
        put_addr(ctx, ip.src);
        out.put('.');
        ctx.names.tcp_port(out, sport);
        out.put(" > ");
        put_addr(ctx, ip.dst);
        out.put('.');
        ctx.names.tcp_port(out, dport);
        out.put(": ");
    } else {
        ctx.names.tcp_port(out, sport);
        out.put(" > ");
        ctx.names.tcp_port(out, dport);
        out.put(": ");
    }
    if (!c.has(0, 16)) {
        ctx.print_trunc();
        return;
    }
    const uint16_t pgm_length = c.be16(14);
    out.f("PGM, length {}", pgm_length);
    if (!ctx.opt.vflag) return;
    const uint8_t type = c.u8(4);
    out.f(" 0x{:02x}{:02x}{:02x}{:02x}{:02x}{:02x} ", c.u8(8), c.u8(9), c.u8(10), c.u8(11), c.u8(12),
          c.u8(13));
    size_t p = 16;
    auto trunc = [&]() { ctx.print_trunc(); };
    switch (type) {
    case kSpm: {
        if (!c.has(p, 16)) return trunc();
        const size_t alen = nla_len(c.be16(p + 12));
        if (alen == 0 || !c.has(p + 16, alen)) return trunc();
        out.f("SPM seq {} trail {} lead {} nla ", c.be32(p), c.be32(p + 4), c.be32(p + 8));
        put_nla(out, c, p + 16, alen);
        p += 16 + alen;
        break;
    }
    case kPoll: {
        if (!c.has(p, 12)) return trunc();
        const size_t alen = nla_len(c.be16(p + 8));
        if (alen == 0 || !c.has(p + 12, alen + 12)) return trunc();
        const size_t q = p + 12 + alen;
        out.f("POLL seq {} round {} nla ", c.be32(p), c.be16(p + 4));
        put_nla(out, c, p + 12, alen);
        out.f(" ivl {} rnd 0x{:08x} mask 0x{:08x}", c.be32(q), c.be32(q + 4), c.be32(q + 8));
        p = q + 12;
        break;
    }
    case kPolr:
        if (!c.has(p, 8)) return trunc();
        out.f("POLR seq {} round {}", c.be32(p), c.be16(p + 4));
        p += 8;
        break;
    case kOdata:
    case kRdata:
        if (!c.has(p, 8)) return trunc();
        out.f("{} trail {} seq {}", type == kOdata ? "ODATA" : "RDATA", c.be32(p + 4), c.be32(p));
        p += 8;
        break;
    case kNak:
    case kNullNak:
    case kNcf: {
        if (!c.has(p, 8)) return trunc();
        const size_t slen = nla_len(c.be16(p + 4));
        if (slen == 0 || !c.has(p + 8, slen)) return trunc();
        // The group's family is read where its address starts (after the family and
        // reserved fields), as tcpdump does.
        const size_t g = p + 8 + slen + 4;
        if (!c.has(g, 2)) return trunc();
        const size_t glen = nla_len(c.be16(g));
        if (glen == 0 || !c.has(g, glen)) return trunc();
        out.put(type == kNak ? "NAK " : type == kNullNak ? "NNAK " : "NCF ");
        out.put('(');
        put_nla(out, c, p + 8, slen);
        out.put(" -> ");
        put_nla(out, c, g, glen);
        out.f("), seq {}", c.be32(p));
        p = g + glen;
        break;
    }
    // (options are then looked for at the start of the header, as tcpdump does)
    case kSpmr:
        out.put("SPMR");
        p = 0;
        break;
    default:
        out.f("UNKNOWN type 0x{:02x}", type);
        p = 0;
        break;
    }
    if ((c.u8(5) & kOptPresent) && !print_options(ctx, c, p)) return;
    out.f(" [{}]", length);
    if (zmtp1 && (type == kOdata || type == kRdata)) zmtp1_datagram_print(ctx, c.skip(p), pgm_length);
}

void pgm_ip_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    pgm_print(ctx, c, length, ip, ctx.opt.forced == kForcedPgmZmtp1);
}

}  // namespace rd
