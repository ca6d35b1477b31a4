// OSPF traffic-engineering opaque LSA (RFC 3630, RFC 4203): router address and link TLVs.
#include <cstring>

#include "ospf.hpp"

namespace rd {

namespace {

constexpr Tok kTeTlvs[] = {{1, "Router Address"}, {2, "Link"}};
constexpr Tok kLinkSubTlvs[] = {
    {1, "Link Type"},
    {2, "Link ID"},
    {3, "Local Interface IP address"},
    {4, "Remote Interface IP address"},
    {5, "Traffic Engineering Metric"},
    {6, "Maximum Bandwidth"},
    {7, "Maximum Reservable Bandwidth"},
    {8, "Unreserved Bandwidth"},
    {9, "Administrative Group"},
    {11, "Link Local/Remote Identifier"},
    {14, "Link Protection Type"},
    {15, "Interface Switching Capability"},
    {16, "Shared Risk Link Group"},
    {17, "Bandwidth Constraints"},
};
// GMPLS switching capabilities and LSP encodings (RFC 3471).
constexpr Tok kSwitchCaps[] = {
    {1, "Packet-Switch Capable-1"}, {2, "Packet-Switch Capable-2"}, {3, "Packet-Switch Capable-3"},
    {4, "Packet-Switch Capable-4"}, {51, "Layer-2 Switch Capable"}, {100, "Time-Division-Multiplex"},
    {150, "Lambda-Switch Capable"}, {200, "Fiber-Switch Capable"}};
constexpr Tok kEncodings[] = {{1, "Packet"}, {2, "Ethernet V2/DIX"}, {3, "ANSI/ETSI PDH"}, {4, "Reserved"},
                              {5, "SDH ITU-T G.707/SONET ANSI T1.105"}, {6, "Reserved"},
                              {7, "Digital Wrapper"}, {8, "Lambda (photonic)"}, {9, "Fiber"},
                              {10, "Reserved"}, {11, "FiberChannel"}};
constexpr Tok kBcModels[] = {{0, "Russian dolls"}, {1, "Maximum Allocation"}, {2, "Maximum Allocation with Reservation"}};
// GMPLS link protection bits (RFC 4203).
constexpr Tok kLinkProt[] = {{0x01, "Extra Traffic"}, {0x02, "Unprotected"},      {0x04, "Shared"},
                             {0x08, "Dedicated 1:1"}, {0x10, "Dedicated 1+1"},    {0x20, "Enhanced"},
                             {0x40, "Reserved"},      {0x80, "Reserved"}};
constexpr Tok kLinkTypes[] = {{1, "Point-to-point"}, {2, "Multi-Access"}};

const char* name_or(std::span<const Tok> t, uint32_t v, const char* dflt) {
    const char* n = tok_lookup(t, v);
    return n ? n : dflt;
}

float as_float(uint32_t v) {
    float f;
    std::memcpy(&f, &v, sizeof f);
    return f;
}

void mbps(Ctx& ctx, const char* lead, uint32_t v) {
    ctx.out.put(lead);
    ctx.out.f("{:.3f} Mbps", static_cast<double>(as_float(v) * 8 / 1000000));
}

// false: stop the whole walk (invalid or bogus). `extra` gets the bytes tcpdump's walk
// moves on in addition to the sub-TLV length (it steps over SRLG values twice).
bool link_subtlv(Ctx& ctx, const Cursor& c, size_t p, uint32_t type, uint32_t len, size_t& extra) {
    OutBuf& out = ctx.out;
    extra = 0;
    switch (type) {
    case 15:
        if (len < 36) return out.put(" < 36"), ctx.print_invalid(), false;
        out.f("\n\t\tInterface Switching Capability: {}", name_or(kSwitchCaps, c.u8(p), "Unknown"));
        out.f("\n\t\tLSP Encoding: {}\n\t\tMax LSP Bandwidth:", name_or(kEncodings, c.u8(p + 1), "Unknown"));
        for (uint32_t i = 0; i < 8; ++i) {
            out.f("\n\t\t  priority level {}: ", i);
            mbps(ctx, "", c.be32(p + 4 + 4 * i));
        }
        break;
    case 16:
        if (len % 4 != 0) return out.put(" != N x 4"), ctx.print_invalid(), false;
        if (len != 0) out.put("\n\t\t  Shared risk group: ");
        for (uint32_t i = 0; i < len / 4 && !ctx.truncated; ++i) {
            if (i) out.put(", ");
            out.dec(c.be32(p + 4 * i));
        }
        extra = len;
        break;
    case 9:
        if (len != 4) return out.put(" != 4"), ctx.print_invalid(), false;
        out.f(", 0x{:08x}", c.be32(p));
        break;
    case 2:
    case 11:
        if (len != 4 && len != 8) return out.put(" != 4 && != 8"), ctx.print_invalid(), false;
        out.put(", ");
        put_ip4_at(ctx, c, p);
        out.f(" (0x{:08x})", c.be32(p));
        if (len == 8) {
            out.put(", ");
            put_ip4_at(ctx, c, p + 4);
            out.f(" (0x{:08x})", c.be32(p + 4));
        }
        break;
    case 3:
    case 4:
        if (len != 4) return out.put(" != 4"), ctx.print_invalid(), false;
        out.put(", ");
        put_ip4_at(ctx, c, p);
        break;
    case 6:
    case 7:
        if (len != 4) return out.put(" != 4"), ctx.print_invalid(), false;
        mbps(ctx, ", ", c.be32(p));
        break;
    case 8:
        if (len != 32) return out.put(" != 32"), ctx.print_invalid(), false;
        for (uint32_t i = 0; i < 8; ++i) {
            out.f("\n\t\tTE-Class {}: ", i);
            mbps(ctx, "", c.be32(p + 4 * i));
        }
        break;
    case 5:
        if (len != 4) return out.put(" != 4"), ctx.print_invalid(), false;
        out.f(", Metric {}", c.be32(p));
        break;
    case 1:
        if (len != 1) return out.put(" != 1"), ctx.print_invalid(), false;
        out.f(", {} ({})", name_or(kLinkTypes, c.u8(p), "unknown"), c.u8(p));
        break;
    case 14:
        if (len != 4) return out.put(" != 4"), ctx.print_invalid(), false;
        out.put(", ");
        put_bits(ctx, kLinkProt, c.u8(p), ", ");
        break;
    case 17: {
        if (len < 4) return out.put(" < 4"), ctx.print_invalid(), false;
        const uint8_t model = c.u8(p);
        out.f("\n\t\tBandwidth Constraints Model ID: {} ({})", name_or(kBcModels, model, "unknown"), model);
        if (len % 4 != 0) return out.f("\n\t\tlength {} != N x 4", len), ctx.print_invalid(), false;
        if (len > 36) return out.f("\n\t\tlength {} > 36", len), ctx.print_invalid(), false;
        for (uint32_t i = 0; i < (len - 4) / 4; ++i) {
            out.f("\n\t\t  Bandwidth constraint CT{}: ", i);
            mbps(ctx, "", c.be32(p + 4 + 4 * i));
        }
        break;
    }
    default:
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t\t", len);
        break;
    }
    return true;
}

}  // namespace

bool ospf_te_tlvs(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    OutBuf& out = ctx.out;
    while (left != 0 && !ctx.truncated) {
        if (!c.has(p, 4)) return false;  // tcpdump's ND_TCHECK: a quiet stop
        if (left < 4) {
            out.f("\n\t    Remaining LS length {} < 4", left);
            return false;
        }
        const uint16_t type = c.be16(p);
        uint32_t tlen = c.be16(p + 2);
        p += 4;
        left -= 4;
        out.f("\n\t    {} TLV ({}), length: {}", name_or(kTeTlvs, type, "unknown"), type, tlen);
        if (tlen > left) {
            out.f("\n\t    Bogus length {} > {}", tlen, left);
            return false;
        }
        if (type == 0 || tlen == 0) return false;
        if (type == 2) {
            uint32_t tl = tlen;
            while (tl != 0 && !ctx.truncated) {
                if (tl < 4) {
                    out.f("\n\t    Remaining TLV length {} < 4", tl);
                    return false;
                }
                const uint16_t st = c.be16(p);
                uint32_t sl = c.be16(p + 2);
                if (ctx.truncated) return false;
                p += 4;
                tl -= 4;
                if (st == 0 || sl == 0) {
                    ctx.print_invalid();
                    return false;
                }
                out.f("\n\t      {} subTLV ({}), length: {}", name_or(kLinkSubTlvs, st, "unknown"), st, sl);
                if (tl < sl) {
                    out.f("\n\t    Remaining TLV length {} < {}", tl + 4, sl + 4);
                    return false;
                }
                if (!c.has(p, sl)) return false;
                size_t extra = 0;
                if (!link_subtlv(ctx, c, p, st, sl, extra)) return false;
                p += extra;
                if (sl % 4 != 0) sl += 4 - sl % 4;
                if (sl > tl) {
                    out.f("\n\t    Bogus padded length {} > {}", sl, tl);
                    return false;
                }
                tl -= sl;
                p += sl;
            }
        } else if (type == 1) {
            if (tlen < 4) {
                out.f("\n\t    TLV length {} < 4", tlen);
                return false;
            }
            if (!c.need(p, 4)) return false;  // one print in tcpdump: nothing when cut
            out.put(", ");
            put_ip4_at(ctx, c, p);
        } else if (ctx.opt.vflag <= 1) {
            print_unknown_data(ctx, c, p, "\n\t      ", tlen);
        }
        if (ctx.truncated) return false;
        // After a Link TLV tcpdump has used up its length: the LS length does not shrink.
        if (type == 2) tlen = 0;
        const uint32_t body = tlen;
        if (tlen % 4 != 0) tlen += 4 - tlen % 4;
        if (tlen > left) {
            out.f("\n\t    Bogus padded length {} > {}", tlen, left);
            return false;
        }
        left -= tlen;
        if (type != 2) p += tlen;
        (void)body;
    }
    return true;
}

}  // namespace rd
