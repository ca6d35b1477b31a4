// Juniper pseudo-header ("MGC" magic, flags, extension TLVs, per-PIC cookie) shared by
// all Juniper link types, and the payload guesses some PICs need.
#include "juniper.hpp"

namespace rd::juniper {

namespace {

constexpr uint32_t kMagic = 0x4d4743;  // "MGC"
constexpr uint8_t kFlagIn = 0x01, kFlagNoL2 = 0x02, kFlagExt = 0x80;
constexpr uint8_t kLsCookie = 0x54, kAsCookie = 0x47;
constexpr uint32_t kTlvOverhead = 2;

constexpr Tok kFlags[] = {{0x80, "Ext"}, {0x40, "Filter"}, {0x04, "IIF"}, {0x02, "no-L2"}, {0x01, "In"}};

constexpr Tok kExtTlvs[] = {
    {1, "Device Interface Index"},
    {2, "Device Interface Name"},
    {3, "Device Media Type"},
    {4, "Logical Interface Index"},
    {5, "Logical Unit Number"},
    {6, "Logical Interface Encapsulation"},
    {7, "TTP derived Device Media Type"},
    {8, "TTP derived Logical Interface Encapsulation"},
};

// Interface media types (extension TLVs 3 and 7).
constexpr Tok kMediaTypes[] = {
    {1, "Ethernet"}, {2, "FDDI"}, {3, "Token-Ring"}, {4, "PPP"}, {57, "PPP-Subordinate"},
    {5, "Frame-Relay"}, {6, "Cisco-HDLC"}, {7, "SMDS-DXI"}, {8, "ATM-PVC"}, {9, "PPP-CCC"},
    {10, "Frame-Relay-CCC"}, {48, "Extended FR-CCC"}, {11, "IP-over-IP"}, {12, "GRE"},
    {13, "PIM-Encapsulator"}, {14, "PIM-Decapsulator"}, {15, "Cisco-HDLC-CCC"},
    {16, "VLAN-CCC"}, {32, "Extended-VLAN-CCC"}, {17, "Multilink-PPP"}, {18, "Multilink-FR"},
    {39, "Multilink-FR-UNI-NNI"}, {19, "Multilink"}, {40, "LinkService"}, {20, "LSI"},
    {22, "ATM-CCC-Cell-Relay"}, {23, "IPSEC-over-IP"}, {24, "GGSN"}, {27, "PPP-TCC"},
    {28, "Frame-Relay-TCC"}, {49, "Extended FR-TCC"}, {29, "Cisco-HDLC-TCC"},
    {30, "Ethernet-CCC"}, {31, "VPN-Loopback-tunnel"}, {33, "Ethernet-over-ATM"},
    {46, "Ethernet-VPLS-over-ATM"}, {34, "Monitor"}, {35, "Ethernet-TCC"}, {36, "VLAN-TCC"},
    {37, "Extended-VLAN-TCC"}, {38, "Controller"}, {41, "VPLS"}, {42, "VLAN-VPLS"},
    {43, "Extended-VLAN-VPLS"}, {44, "Logical-tunnel"}, {45, "General-Services"},
    {56, "PPPoE"}, {52, "Flexible-Ethernet-Services"}, {50, "Flexible-FrameRelay"},
    {53, "Flow-collection"}, {60, "PIC Peer"}, {59, "Dynamic-Flow-Capture"},
};

// Logical interface encapsulations (extension TLVs 6 and 8).
constexpr Tok kEncaps[] = {
    {59, "Aggregator"}, {9, "CCC over ATM"}, {32, "ATM CCC Cell Relay"},
    {26, "CISCO compatible NLPID"}, {56, "Ethernet over ATM CCC"}, {41, "Ethernet over ATM LLC"},
    {53, "Ethernet VPLS over ATM LLC"}, {5, "ATM LLC"}, {55, "MLPPP over ATM LLC"},
    {3, "ATM NLPID"}, {61, "PPPoE over ATM LLC"}, {8, "PPP over FUNI"}, {7, "PPP over ATM LLC"},
    {6, "PPP over ATM VCMUX"}, {2, "ATM SNAP"}, {43, "ATM SNAP TCC"}, {35, "ATM VCMUX TCC"},
    {4, "ATM VCMUX"}, {18, "C-HDLC"}, {25, "C-HDLC CCC"}, {65, "C-HDLC via dialer"},
    {38, "C-HDLC TCC"}, {58, "Collector"}, {33, "Crypto"}, {14, "Ethernet"},
    {39, "Ethernet CCC"}, {51, "Extended VLAN VPLS"}, {62, "PPPoE over Ethernet"},
    {45, "Ethernet TCC"}, {50, "VLAN VPLS"}, {49, "VPLS"}, {42, "Extended VLAN CCC"},
    {47, "Extended VLAN TCC"}, {13, "FR CCC"}, {10, "FR NLPID"}, {54, "FR CCC"},
    {12, "FR PPP"}, {11, "FR SNAP"}, {36, "FR TCC"}, {34, "GGSN"}, {22, "GRE NULL"},
    {23, "PPP over GRE"}, {20, "IPIP"}, {60, "LAPD"}, {30, "LSI Null"}, {57, "LT VLAN"},
    {48, "MFR"}, {29, "MLFR"}, {28, "MLPPP"}, {44, "Monitor"}, {24, "PIMd"}, {21, "PIM Null"},
    {17, "PPP"}, {63, "PPPoE"}, {19, "PPP CCC"}, {64, ""}, {37, "PPP TCC"},
    {52, "General Services"}, {27, "VLAN CCC"}, {46, "VLAN TCC"}, {40, "VT"},
};

// PICs whose frames start with a cookie: its base length and the name -e shows.
struct PicCookie {
    uint32_t pictype;
    uint8_t cookie_len;
    const char* name;
};
constexpr PicCookie kCookies[] = {
    {kAtm1, 4, "ATM1"},   {kAtm2, 8, "ATM2"},     {kMlppp, 2, "MLPPP"},    {kMlfr, 2, "MLFR"},
    {kMfr, 4, "MFR"},     {kPppoe, 0, "PPPoE"},   {kPppoeAtm, 0, "PPPoE ATM"},
    {kGgsn, 8, "GGSN"},   {kMonitor, 8, "MONITOR"}, {kServices, 8, "AS"}, {kEs, 0, "ES"},
};

const char* name_or(std::span<const Tok> t, uint32_t v, const char* dflt) {
    const char* n = tok_lookup(t, v);
    return n ? n : dflt;
}

// An extension TLV's value: types below 128 are little-endian, the others big-endian;
// only 1 to 4 bytes make a number. tcpdump keeps it in an int and skips the value -1.
bool tlv_value(const Cursor& c, size_t off, uint8_t type, uint8_t len, uint32_t& v) {
    if (len < 1 || len > 4) return false;
    v = 0;
    if (type < 128) {
        for (size_t i = len; i-- > 0;) v = v << 8 | c.u8(off + i);
    } else {
        v = static_cast<uint32_t>(c.be_n(off, len));
    }
    return v != 0xffffffffu;
}

// The extension TLVs after the 2-byte total length at 4. False: stop (the text ends
// with " (invalid)").
bool extensions(Ctx& ctx, const Cursor& c, uint32_t ext_len) {
    OutBuf& out = ctx.out;
    const bool show = ctx.opt.vflag > 1;
    size_t p = 6;
    while (ext_len > kTlvOverhead) {
        const uint8_t type = c.u8(p);
        const uint8_t len = c.u8(p + 1);
        p += 2;
        if (ctx.truncated || type == 0 || len == 0) break;
        if (len + kTlvOverhead > ext_len) {
            out.f(" [extension_length {} < {}]", ext_len, len + kTlvOverhead);
            ctx.print_invalid();
            return false;
        }
        if (show) out.f("\n\t  {} Extension TLV #{}, length {}, value ", name_or(kExtTlvs, type, "Unknown"), type, len);
        uint32_t v = 0;
        const bool have = tlv_value(c, p, type, len, v);
        if (have && show) {
            switch (type) {
            case 2: break;  // interface name: not decoded
            case 3:
            case 7: out.f("{} ({})", name_or(kMediaTypes, v, "Unknown"), v); break;
            case 6:
            case 8: out.f("{} ({})", name_or(kEncaps, v, "Unknown"), v); break;
            default: out.dec(v); break;
            }
        }
        p += len;
        ext_len -= len + kTlvOverhead;
    }
    if (show) out.put("\n\t-----original packet-----\n\t");
    return true;
}

// Bundle and protocol from an adaptive-services (AS) cookie.
void as_cookie_fields(Info& l2) {
    l2.bundle = ((uint32_t{l2.cookie[6]} << 8 | l2.cookie[7]) >> 3) & 0xfff;
    l2.proto = l2.cookie[5] & 0x70;  // the L3 protocol bits of byte 5
}

}  // namespace

bool parse_header(Ctx& ctx, const Cursor& c, uint32_t wirelen, Info& l2) {
    OutBuf& out = ctx.out;
    l2.length = wirelen;
    l2.caplen = static_cast<uint32_t>(c.size());
    l2.flags = c.u8(3);
    l2.direction = l2.flags & kFlagIn;
    const uint32_t magic = c.be24(0);
    if (ctx.truncated) return false;
    if (magic != kMagic) {
        out.put("no magic-number found!");
        return false;
    }
    if (ctx.opt.eflag) out.put(l2.direction ? " In " : "Out ");

    uint32_t jnx_len = 4;
    if (ctx.opt.vflag > 1) {
        out.put("\n\tJuniper PCAP Flags [");
        put_bits(ctx, kFlags, l2.flags, ", ", "none");
        out.put(']');
    }
    if (l2.flags & kFlagExt) {
        const uint32_t ext_len = c.be16(4);
        if (ctx.truncated) return false;
        jnx_len += 2 + ext_len;
        if (ctx.opt.vflag > 1) out.f(", PCAP Extension(s) total length {}", ext_len);
        if (!c.need(6, ext_len)) return false;
        if (!extensions(ctx, c, ext_len)) return false;
    }

    if (l2.flags & kFlagNoL2) {
        // No link-layer header: guess IPv4 or IPv6 four bytes further on.
        if (ctx.opt.eflag) out.put("no-L2-hdr, ");
        if (!c.need(jnx_len + 4, 1)) return false;
        if (!ip_heuristic_print(ctx, c.skip(jnx_len + 4), l2.length - (jnx_len + 4)))
            out.put("no IP-hdr found!");
        l2.header_len = jnx_len + 4;
        return false;
    }
    l2.header_len = jnx_len;
    l2.length -= jnx_len;
    l2.caplen -= jnx_len;

    for (const auto& pic : kCookies) {
        if (pic.pictype != l2.pictype) continue;
        l2.cookie_len = static_cast<uint8_t>(l2.cookie_len + pic.cookie_len);
        const uint8_t first = c.u8(jnx_len);
        if (ctx.truncated) return false;
        if (first == kLsCookie) {
            l2.cookie_type = kLsCookie;
            l2.cookie_len = static_cast<uint8_t>(l2.cookie_len + 2);
        } else if (first == kAsCookie) {
            l2.cookie_type = kAsCookie;
            l2.cookie_len = 8;
        } else {
            l2.bundle = l2.cookie[0];
        }
        // Frames of MFR child links carry no cookie.
        if (l2.pictype == kMfr && (first & 0xc0) == 0xc0) l2.cookie_len = 0;
        l2.header_len += l2.cookie_len;
        l2.length -= l2.cookie_len;
        l2.caplen -= l2.cookie_len;
        if (ctx.opt.eflag) out.f("{}-PIC, cookie-len {}", pic.name, l2.cookie_len);
        if (l2.cookie_len > 8) {
            ctx.print_invalid();
            return false;
        }
        if (l2.cookie_len > 0) {
            if (!c.need(jnx_len, l2.cookie_len)) return false;
            if (ctx.opt.eflag) out.put(", cookie 0x");
            for (size_t i = 0; i < l2.cookie_len; ++i) {
                l2.cookie[i] = c.u8(jnx_len + i);
                if (ctx.opt.eflag) out.hex(l2.cookie[i], 2);
            }
        }
        if (ctx.opt.eflag) out.put(": ");
        l2.proto = c.be16(jnx_len + l2.cookie_len);
        if (ctx.truncated) return false;
        break;
    }
    const size_t p = jnx_len + l2.cookie_len;

    switch (l2.pictype) {
    case kMlppp:
        if (l2.cookie_type == kLsCookie) l2.bundle = l2.cookie[1];
        else if (l2.cookie_type == kAsCookie) as_cookie_fields(l2);
        else l2.bundle = l2.cookie[0];
        break;
    case kMlfr:
    case kMfr:
        if (l2.cookie_type == kAsCookie) {
            as_cookie_fields(l2);
            break;
        }
        if (l2.cookie_type == kLsCookie) {
            l2.bundle = l2.cookie[1];
            l2.proto = c.be16(p);
            if (ctx.truncated) return false;
        } else {
            l2.bundle = l2.cookie[0];
            if (l2.pictype == kMfr) break;
        }
        // The protocol field is part of the header here.
        l2.header_len += 2;
        l2.length -= 2;
        l2.caplen -= 2;
        break;
    case kAtm2:
        if (!c.need(p, 4)) return false;
        if (l2.cookie[7] & 0x70) {
            // An ATM cell relay control word may come first.
            const uint32_t cw = c.be32(p);
            if (cw == 0 || cw == 0x08000000 || cw == 0x08380000) l2.header_len += 4;
            if (ctx.opt.eflag) out.f("control-word 0x{:08x} ", cw);
        }
        break;
    default:
        break;
    }
    if (ctx.opt.eflag) out.f("hlen {}, proto 0x{:04x}, ", l2.header_len, l2.proto);
    return true;
}

bool ip_heuristic_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    const uint8_t first = c.u8(0);
    if (ctx.truncated) return true;
    if (first >= 0x45 && first <= 0x4f) {
        ip_print(ctx, c, length);
        return true;
    }
    if (first >= 0x60 && first <= 0x6f) {
        ip6_print(ctx, c, length);
        return true;
    }
    return false;
}

bool ppp_heuristic_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    switch (c.be16(0)) {
    case 0x0021:  // IP
    case 0x0023:  // OSI
    case 0x0281:  // MPLS unicast
    case 0x0283:  // MPLS multicast
    case 0x8021:  // IPCP
    case 0x8023:  // OSICP
    case 0x8281:  // MPLSCP
    case 0xc021:  // LCP
    case 0xc023:  // PAP
    case 0xc223:  // CHAP
    case 0x003d:  // multilink
    case 0x0057:  // IPv6
    case 0x8057:  // IPv6CP
        ppp_print(ctx, c, length);
        return true;
    default:
        return ctx.truncated;
    }
}

}  // namespace rd::juniper
