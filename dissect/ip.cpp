// IPv4 (RFC 791): header checks, -v header line, options, fragments, checksum, and the
// hand-off to the payload printers.
#include "checksum.hpp"
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint8_t kOptEol = 0, kOptNop = 1, kOptRr = 7, kOptTs = 68, kOptLsrr = 131,
                  kOptSsrr = 137, kOptRa = 148;
constexpr uint16_t kFlagRsvd = 0x8000, kFlagDf = 0x4000, kFlagMf = 0x2000, kOffMask = 0x1fff;

constexpr Tok kOptionNames[] = {
    {kOptEol, "EOL"},  {kOptNop, "NOP"},   {kOptTs, "timestamp"}, {130, "security"},
    {kOptRr, "RR"},    {kOptSsrr, "SSRR"}, {kOptLsrr, "LSRR"},    {kOptRa, "RA"},
    {82, "traceroute"},
};

constexpr Tok kFragFlags[] = {{kFlagMf, "+"}, {kFlagDf, "DF"}, {kFlagRsvd, "rsvd"}};

// Outcome of an option printer: false when the option's bytes are not all captured.
using OptOk = bool;

// RR, LSRR, SSRR: the recorded or requested route, a ',' after each hop already passed.
OptOk print_route(Ctx& ctx, const Cursor& o, uint32_t len) {
    if (len < 3) {
        ctx.out.f(" [bad length {}]", len);
        return true;
    }
    if ((len + 1) & 3) ctx.out.f(" [bad length {}]", len);
    const uint8_t raw_ptr = o.u8(2);
    const uint32_t ptr = static_cast<uint32_t>(raw_ptr) - 1;
    if (ptr < 3 || ((ptr + 1) & 3) || ptr > len + 1) ctx.out.f(" [bad ptr {}]", raw_ptr);
    for (uint32_t off = 3; off < len; off += 4) {
        if (!o.has(off, 4)) return false;
        ctx.out.put(' ');
        put_ip4_at(ctx, o, off);
        if (ptr > off) ctx.out.put(',');
    }
    return true;
}

// Internet timestamp option (RFC 791): flags 0 = stamps only, 1 = address+stamp,
// 3 = prespecified addresses.
OptOk print_timestamp(Ctx& ctx, const Cursor& o, uint32_t len) {
    if (len < 4) {
        ctx.out.f("[bad length {}]", len);
        return true;
    }
    ctx.out.put(" TS{");
    const uint8_t oflw_flg = o.u8(3);
    const uint32_t hoplen = (oflw_flg & 0xf) != 0 ? 8 : 4;
    if ((len - 4) & (hoplen - 1)) ctx.out.f("[bad length {}]", len);
    const uint8_t raw_ptr = o.u8(2);
    const uint32_t ptr = static_cast<uint32_t>(raw_ptr) - 1;
    uint32_t off = 0;
    if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) || ptr > len + 1) ctx.out.f("[bad ptr {}]", raw_ptr);
    bool known = true;
    switch (oflw_flg & 0xf) {
    case 0: ctx.out.put("TSONLY"); break;
    case 1: ctx.out.put("TS+ADDR"); break;
    case 3: ctx.out.put("PRESPEC"); break;
    default:
        ctx.out.f("[bad ts type {}]", oflw_flg & 0xf);
        known = false;
        break;
    }
    if (known) {
        const char* sep = " ";
        for (off = 4; off < len; off += hoplen) {
            if (ptr == off) sep = " ^ ";
            if (!o.has(off, hoplen)) return false;
            ctx.out.put(sep);
            ctx.out.dec(o.be32(off + hoplen - 4));
            ctx.out.put('@');
            if (hoplen == 8) put_ip4_at(ctx, o, off);
            sep = " ";
        }
    }
    if (ptr == off) ctx.out.put(" ^ ");
    if (oflw_flg >> 4)
        ctx.out.f(" [{} hops not recorded]}} ", oflw_flg >> 4);
    else
        ctx.out.put('}');
    return true;
}

// The options area (len bytes at o). False: an option ran past the captured bytes.
OptOk print_options(Ctx& ctx, const Cursor& o, uint32_t len) {
    uint32_t off = 0;
    const char* sep = "";
    while (len > 0) {
        ctx.out.put(sep);
        sep = ",";
        const uint8_t code = o.u8(off);
        put_tok(ctx, kOptionNames, code, "unknown {}");
        uint32_t optlen = 1;
        if (code != kOptNop && code != kOptEol) {
            optlen = o.u8(off + 1);
            if (optlen < 2) {
                ctx.out.f(" [bad length {}]", optlen);
                return true;
            }
        }
        if (optlen > len) {
            ctx.out.f(" [bad length {}]", optlen);
            return true;
        }
        if (!o.has(off, optlen)) return false;
        const Cursor opt = o.skip(off);
        switch (code) {
        case kOptEol:
            return true;
        case kOptTs:
            if (!print_timestamp(ctx, opt, optlen)) return false;
            break;
        case kOptRr:
        case kOptSsrr:
        case kOptLsrr:
            if (!print_route(ctx, opt, optlen)) return false;
            break;
        case kOptRa:
            if (optlen < 4) {
                ctx.out.f(" [bad length {}]", optlen);
                break;
            }
            if (const uint16_t v = opt.be16(2); v != 0) ctx.out.f(" value {}", v);
            break;
        default:
            break;
        }
        off += optlen;
        len -= optlen;
    }
    return true;
}

// The destination the TCP/UDP pseudo-header uses: the last hop of the first usable
// source route option, else the header's destination (empty span).
std::span<const uint8_t> final_destination(const Cursor& ip, uint32_t hlen) {
    uint32_t len = hlen - 20;
    uint32_t off = 20;
    while (len != 0) {
        if (!ip.has(off, 1)) break;
        const uint8_t code = ip.rest(off)[0];
        uint32_t optlen = 1;
        if (code == kOptEol) break;
        if (code != kOptNop) {
            if (!ip.has(off + 1, 1)) break;
            optlen = ip.rest(off + 1)[0];
            if (optlen < 2) break;
        }
        if (len < optlen || !ip.has(off, optlen)) break;
        if ((code == kOptSsrr || code == kOptLsrr) && optlen >= 7) return ip.rest(off + optlen - 4).first(4);
        off += optlen;
        len -= optlen;
    }
    return {};
}

void put_addr_pair(Ctx& ctx, const Cursor& ip) {
    put_ip4_at(ctx, ip, 12);
    ctx.out.put(" > ");
    put_ip4_at(ctx, ip, 16);
}

}  // namespace

void ip_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "ip";
    const uint8_t vhl = c.u8(0);
    if (ctx.truncated) return;
    if ((vhl >> 4) != 4) {
        if ((vhl >> 4) == 6)
            out.put("IP6, wrong link-layer encapsulation");
        else
            out.f("IP{}", vhl >> 4);
        ctx.print_invalid();
        return;
    }
    if (!ctx.opt.eflag) out.put("IP ");
    if (!c.has(0, 20)) {
        ctx.print_trunc();
        return;
    }
    if (length < 20) {
        out.f("truncated-ip {}", length);
        return;
    }
    const uint32_t hlen = (vhl & 0xf) * 4u;
    if (hlen < 20) {
        out.f("bad-hlen {}", hlen);
        return;
    }
    uint32_t len = c.be16(2);
    if (length < len) out.f("truncated-ip - {} bytes missing! ", len - length);
    if (len < hlen) {
        out.f("bad-len {}", len);
        return;
    }
    const Cursor ip = c.limit(len);  // the datagram ends where its header says
    len -= hlen;
    const uint16_t off = ip.be16(6);
    const uint8_t proto = ip.u8(9);

    if (ctx.opt.vflag) {
        const uint8_t tos = ip.u8(1);
        out.put("(tos 0x");
        out.hex(tos);
        switch (tos & 3) {
        case 1: out.put(",ECT(1)"); break;
        case 2: out.put(",ECT(0)"); break;
        case 3: out.put(",CE"); break;
        default: break;
        }
        const uint8_t ttl = ip.u8(8);
        if (ttl >= 1) out.f(", ttl {}", ttl);
        out.f(", id {}, offset {}, flags [", ip.be16(4), (off & kOffMask) * 8);
        put_bits(ctx, kFragFlags, off & (kFlagRsvd | kFlagDf | kFlagMf), ", ");
        out.put("], proto ");
        const char* pname = ipproto_name(proto);
        out.put(pname ? pname : "unknown");
        out.f(" ({}), length {}", proto, ip.be16(2));
        bool opt_truncated = false;
        if (hlen > 20) {
            out.put(", options (");
            if (!print_options(ctx, ip.skip(20), hlen - 20)) {
                out.put(" [truncated-option]");
                opt_truncated = true;
            }
            out.put(')');
        }
        if (!ctx.opt.Kflag && ip.has(0, hlen)) {
            const uint16_t sum = in_cksum(ip.bytes(0, hlen));
            if (sum != 0) {
                const uint16_t field = ip.be16(10);
                out.put(", bad cksum ");
                out.hex(field);
                out.put(" (->");
                out.hex(cksum_shouldbe(field, sum));
                out.put(")!");
            }
        }
        out.put(")\n    ");
        if (opt_truncated) {
            put_addr_pair(ctx, ip);
            out.put(": ");
            ctx.print_trunc();
            return;
        }
    }

    if ((off & kOffMask) == 0) {
        if (proto != 6 && proto != 17 && proto != 132 && proto != 33) {
            put_addr_pair(ctx, ip);
            out.put(": ");
        }
        if (!ip.has(0, hlen)) {
            out.f(" [remaining caplen({}) < header length({})]", ip.size(), hlen);
            ctx.mark_truncated();
            return;
        }
        const IpInfo info{.version = 4,
                          .hdr = ip,
                          .src = ip.bytes(12, 4),
                          .dst = ip.bytes(16, 4),
                          .ttl_hlim = ip.u8(8),
                          .fragmented = (off & kFlagMf) != 0,
                          .ip_payload_len = len,
                          .cksum_dst = hlen > 20 ? final_destination(ip, hlen) : std::span<const uint8_t>{}};
        ip_demux_print(ctx, proto, ip.skip(hlen), len, info);
    } else {
        // A later fragment: no transport header to show (nothing at all with -qq).
        if (ctx.opt.qflag > 1) return;
        put_addr_pair(ctx, ip);
        out.put(':');
        const char* name = ctx.opt.nflag ? nullptr : netdb_protoname(proto);
        if (name != nullptr) {
            out.put(' ');
            out.put(name);
        } else {
            out.f(" ip-proto-{}", proto);
        }
    }
}

}  // namespace rd
