// DCCP (RFC 4340), IP protocol 33: generic header (short and extended sequence numbers),
// the per-type fields, the checksum with partial coverage (CsCov), and the options.
#include "checksum.hpp"
#include "dccp.hpp"

namespace rd {

namespace {

constexpr Tok kTypes[] = {
    {0, "DCCP-Request"}, {1, "DCCP-Response"}, {2, "DCCP-Data"},     {3, "DCCP-Ack"},
    {4, "DCCP-DataAck"}, {5, "DCCP-CloseReq"}, {6, "DCCP-Close"},    {7, "DCCP-Reset"},
    {8, "DCCP-Sync"},    {9, "DCCP-SyncAck"},
};

constexpr const char* kResetCodes[] = {
    "unspecified", "closed",          "aborted",            "no_connection",
    "packet_error", "option_error",   "mandatory_error",    "connection_refused",
    "bad_service_code", "too_busy",   "bad_init_cookie",    "aggression_penalty",
};

constexpr const char* kFeatures[] = {
    "reserved", "ccid", "allow_short_seqno", "sequence_window", "ecn_incapable", "ack_ratio",
    "send_ack_vector", "send_ndp_count", "minimum checksum coverage", "check data checksum",
};

constexpr Tok kOptions[] = {
    {0, "nop"},           {1, "mandatory"},     {2, "slowreceiver"},  {32, "change_l"},
    {33, "confirm_l"},    {34, "change_r"},     {35, "confirm_r"},    {36, "initcookie"},
    {37, "ndp_count"},    {38, "ack_vector0"},  {39, "ack_vector1"},  {40, "data_dropped"},
    {41, "timestamp"},    {42, "timestamp_echo"}, {43, "elapsed_time"}, {44, "data_checksum"},
};

void put_option_name(Ctx& ctx, uint8_t type) { put_tok(ctx, kOptions, type, "Option {}"); }

// One option at off with hlen header bytes left; returns its length, 0 to stop.
uint32_t option_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t hlen) {
    OutBuf& out = ctx.out;
    const uint8_t type = c.u8(off);
    if (ctx.truncated) return 0;
    uint32_t optlen = 1;
    if (type >= 32) {
        optlen = c.u8(off + 1);
        if (ctx.truncated) return 0;
        if (optlen < 2) {
            if (type >= 128)
                out.f("CCID option {} optlen too short", type);
            else {
                put_option_name(ctx, type);
                out.put(" optlen too short");
            }
            return 0;
        }
    }
    if (hlen < optlen) {
        if (type >= 128)
            out.f("CCID option {} optlen goes past header length", type);
        else {
            put_option_name(ctx, type);
            out.put(" optlen goes past header length");
        }
        return 0;
    }
    if (!c.has(off, optlen)) {
        ctx.print_trunc();
        return 0;
    }
    if (type >= 128) {
        out.f("CCID option {}", type);
        if (optlen == 4) out.f(" {}", c.be16(off + 2));
        if (optlen == 6) out.f(" {}", c.be32(off + 2));
        return optlen;
    }
    put_option_name(ctx, type);
    auto hex_tail = [&](const char* lead) {
        if (optlen > 2) {
            out.put(lead);
            for (uint32_t i = 2; i < optlen; ++i) out.hex(c.u8(off + i), 2);
        }
    };
    switch (type) {
    case 32:
    case 33:
    case 34:
    case 35:
        if (optlen < 3) {
            out.put(" optlen too short");
            return optlen;
        }
        if (c.u8(off + 2) < 10) {
            out.f(" {}", kFeatures[c.u8(off + 2)]);
            for (uint32_t i = 3; i < optlen; ++i) out.f(" {}", c.u8(off + i));
        }
        break;
    case 36:
    case 38:
    case 39:
    case 40: hex_tail(" 0x"); break;
    case 37:
        for (uint32_t i = 2; i < optlen; ++i) out.f(" {}", c.u8(off + i));
        break;
    case 41:
        if (optlen == 6)
            out.f(" {}", c.be32(off + 2));
        else
            out.put(" [optlen != 6]");
        break;
    case 42:
        if (optlen == 6)
            out.f(" {}", c.be32(off + 2));
        else if (optlen == 8)
            out.f(" {} (elapsed time {})", c.be32(off + 2), c.be16(off + 6));
        else if (optlen == 10)
            out.f(" {} (elapsed time {})", c.be32(off + 2), c.be32(off + 6));
        else
            out.put(" [optlen != 6 or 8 or 10]");
        break;
    case 43:
        if (optlen == 6)
            out.f(" {}", c.be32(off + 2));
        else if (optlen == 4)
            out.f(" {}", c.be16(off + 2));
        else
            out.put(" [optlen != 4 or 6]");
        break;
    case 44: hex_tail(" "); break;
    default: break;
    }
    return optlen;
}

}  // namespace

void dccp_print(Ctx& ctx, Cursor c, uint32_t len, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "dccp";
    if (!c.has(0, 12)) {
        ctx.print_trunc();
        return;
    }
    if (len < 12) {
        out.f("truncated-dccp - {} bytes missing!", 12 - len);
        return;
    }
    const bool ext = c.u8(8) & 1;
    uint32_t fixed = ext ? 16 : 12;
    if (len < fixed) {
        out.f("truncated-dccp - {} bytes missing!", fixed - len);
        return;
    }
    if (!c.has(0, fixed)) {
        ctx.print_trunc();
        return;
    }
    const uint16_t sport = c.be16(0), dport = c.be16(2);
    uint32_t hlen = c.u8(4) * 4u;
    put_addr(ctx, ip.src);
    out.f(".{} > ", sport);
    put_addr(ctx, ip.dst);
    out.f(".{}: DCCP", dport);
    if (ctx.opt.qflag) {
        out.f(" {}", len - hlen);
        if (hlen > len) out.f(" [bad hdr length {} - too long, > {}]", hlen, len);
        return;
    }
    const uint8_t ccval = c.u8(5) >> 4, cscov = c.u8(5) & 0x0f;
    if (ctx.opt.vflag) out.f(" (CCVal {}, CsCov {}", ccval, cscov);
    if (ctx.opt.vflag && c.has(0, len)) {
        const uint16_t field = c.be16(6);
        out.f(", cksum 0x{:04x} ", field);
        uint32_t cov = len;
        if (cscov != 0) {
            cov = (c.u8(4) + cscov - 1u) * 4u;
            if (cov > len) cov = len;
        }
        const uint16_t sum = ip_pseudo_cksum(ip, 33, len, c.bytes(0, cov));
        if (sum != 0)
            out.f("(incorrect -> 0x{:04x})", cksum_shouldbe(field, sum));
        else
            out.put("(correct)");
    }
    if (ctx.opt.vflag) out.put(')');
    out.put(' ');

    const uint8_t type = (c.u8(8) >> 1) & 0x0f;
    const char* name = tok_lookup(kTypes, type);
    auto need_fixed = [&](uint32_t extra) {
        fixed += extra;
        if (len < fixed) {
            out.f("truncated-{} - {} bytes missing!", name, fixed - len);
            return false;
        }
        return true;
    };
    switch (type) {
    case 0:
    case 1: {
        const size_t at = fixed;
        if (!need_fixed(type == 0 ? 4 : 12)) return;
        if (!c.has(at, type == 0 ? 4 : 12)) {
            ctx.print_trunc();
            return;
        }
        // The service code follows the acknowledgement subheader in a Response.
        out.f("{} (service={}) ", name, c.be32(type == 0 ? at : at + 8));
        break;
    }
    case 2: out.f("{} ", name); break;
    case 7: {
        const size_t at = fixed;
        if (!need_fixed(12)) return;
        if (!c.has(at, 12)) {
            ctx.print_trunc();
            return;
        }
        const uint8_t code = c.u8(at + 8);
        out.f("{} (code={}) ", name, code < std::size(kResetCodes) ? kResetCodes[code] : "invalid");
        break;
    }
    case 3:
    case 4:
    case 5:
    case 6:
    case 8:
    case 9:
        if (!need_fixed(8)) return;
        out.f("{} ", name);
        break;
    default: out.f("unknown-type-{} ", type); break;
    }
    if (type != 2 && type != 0) {
        const size_t ack = ext ? 16 : 12;
        const uint64_t ackno = ext ? c.be_n(ack + 2, 6) : c.be24(ack + 1);
        if (ctx.truncated) return;
        out.f("(ack={}) ", ackno);
    }
    if (ctx.opt.vflag < 2) return;
    const uint64_t seq = ext ? c.be_n(10, 6) : c.be24(9);
    if (ctx.truncated) return;
    out.f("seq {}", seq);
    if (hlen > fixed) {
        size_t off = fixed;
        out.put(" <");
        hlen -= fixed;
        while (true) {
            const uint32_t optlen = option_print(ctx, c, off, hlen);
            if (optlen == 0 || hlen <= optlen) break;
            hlen -= optlen;
            off += optlen;
            out.put(", ");
        }
        out.put('>');
    }
}

}  // namespace rd
