// BGP path attributes (RFC 4271 and extensions): AS paths, communities (standard,
// extended, large), MP_REACH/MP_UNREACH, PMSI tunnel, AIGP, ATTR_SET.
#include <bit>
#include <cstring>

#include "bgp.hpp"

namespace rd::bgp {

namespace {

constexpr Tok kAttrNames[] = {
    {1, "Origin"},
    {2, "AS Path"},
    {17, "AS4 Path"},
    {3, "Next Hop"},
    {4, "Multi Exit Discriminator"},
    {5, "Local Preference"},
    {6, "Atomic Aggregate"},
    {7, "Aggregator"},
    {18, "Aggregator4"},
    {8, "Community"},
    {9, "Originator ID"},
    {10, "Cluster List"},
    {11, "DPA"},
    {12, "Advertisers"},
    {13, "RCID Path / Cluster ID"},
    {14, "Multi-Protocol Reach NLRI"},
    {15, "Multi-Protocol Unreach NLRI"},
    {16, "Extended Community"},
    {22, "PMSI Tunnel"},
    {23, "Tunnel Encapsulation"},
    {24, "Traffic Engineering"},
    {25, "IPv6 Extended Community"},
    {26, "Accumulated IGP Metric"},
    {27, "PE Distinguisher Label"},
    {28, "Entropy Label"},
    {32, "Large Community"},
    {128, "Attribute Set"},
    {255, "Reserved for development"},
};

constexpr Tok kOrigins[] = {{0, "IGP"}, {1, "EGP"}, {2, "Incomplete"}};

constexpr Tok kSegOpen[] = {{2, ""}, {1, "{ "}, {3, "( "}, {4, "({ "}};
constexpr Tok kSegClose[] = {{2, ""}, {1, "}"}, {3, ")"}, {4, "})"}};

constexpr Tok kAttrFlags[] = {{0x80, "O"}, {0x40, "T"}, {0x20, "P"}, {0x10, "E"}};

constexpr Tok kExtCommFlags[] = {{0x8000, "vendor-specific"}, {0x4000, "non-transitive"}};

constexpr Tok kExtCommTypes[] = {
    {0x0002, "target"},
    {0x0102, "target"},
    {0x0202, "target"},
    {0x0003, "origin"},
    {0x0103, "origin"},
    {0x0203, "origin"},
    {0x4004, "link-BW"},
    {0x0005, "ospf-domain"},
    {0x0105, "ospf-domain"},
    {0x0205, "ospf-domain"},
    {0x8005, "ospf-domain"},
    {0x0306, "ospf-route-type"},
    {0x8000, "ospf-route-type"},
    {0x030c, "encapsulation"},
    {0x0107, "ospf-router-id"},
    {0x8001, "ospf-router-id"},
    {0x800a, "layer2-info"},
    {0x8800, "eigrp-general-route (flag, tag)"},
    {0x8801, "eigrp-route-metric (AS, delay)"},
    {0x8802, "eigrp-route-metric (reliability, nexthop, bandwidth)"},
    {0x8803, "eigrp-route-metric (load, MTU)"},
    {0x8804, "eigrp-external-route (remote-AS, remote-ID)"},
    {0x8805, "eigrp-external-route (remote-proto, remote-metric)"},
    {0x0009, "source-AS"},
    {0x010b, "vrf-route-import"},
    {0x000a, "l2vpn-id"},
    {0xf10a, "l2vpn-id"},
};

constexpr Tok kEncapTunnels[] = {
    {1, "L2TPv3 over IP"}, {2, "GRE"},          {3, "Transmit Tunnel"}, {4, "IPsec"},
    {5, "IP in IP with IPsec"}, {6, "MPLS in IP with IPsec"}, {7, "IP in IP"}, {8, "VXLAN"},
    {9, "NVGRE"},          {10, "MPLS"},        {11, "MPLS in GRE"},    {12, "VXLAN GPE"},
    {13, "MPLS in UDP"},   {14, "IPv6"},        {15, "SR TE"},          {16, "Bare"},
    {17, "SR"},
};

constexpr Tok kOspfRouteTypes[] = {{1, "Router"}, {2, "Network"},       {3, "Summary"},
                                   {5, "External"}, {7, "NSSA External"}, {129, "MPLS-VPN Sham"}};

// RFC 6624 layer-2 encapsulation types.
constexpr Tok kL2Encaps[] = {
    {0, "Reserved"},
    {1, "Frame Relay"},
    {2, "ATM AAL5 SDU VCC transport"},
    {3, "ATM transparent cell transport"},
    {4, "Ethernet (VLAN) Tagged Mode"},
    {5, "Ethernet Raw Mode"},
    {6, "Cisco HDLC"},
    {7, "PPP"},
    {8, "SONET/SDH Circuit Emulation Service over MPLS"},
    {9, "ATM n-to-one VCC cell transport"},
    {10, "ATM n-to-one VPC cell transport"},
    {11, "IP layer 2 transport"},
    {15, "Frame Relay Port mode"},
    {17, "Structure-agnostic E1 over packet"},
    {18, "Structure-agnostic T1 (DS1) over packet"},
    {19, "VPLS"},
    {20, "Structure-agnostic T3 (DS3) over packet"},
    {21, "Nx64kbit/s Basic Service using Structure-aware"},
    {25, "Frame Relay DLCI"},
    {40, "Structure-agnostic E3 over packet"},
    {41, "Octet-aligned playload for Structure-agnostic DS1 circuits"},
    {42, "E1 Nx64kbit/s with CAS using Structure-aware"},
    {43, "DS1 (ESF) Nx64kbit/s with CAS using Structure-aware"},
    {44, "DS1 (SF) Nx64kbit/s with CAS using Structure-aware"},
};

constexpr Tok kPmsiTunnels[] = {{1, "RSVP-TE P2MP LSP"}, {2, "LDP P2MP LSP"},   {3, "PIM-SSM Tree"},
                                {4, "PIM-SM Tree"},      {5, "PIM-Bidir Tree"}, {6, "Ingress Replication"},
                                {7, "LDP MP2MP LSP"}};
constexpr Tok kPmsiFlags[] = {{0x01, "Leaf Information required"}};
constexpr Tok kAigpTypes[] = {{1, "AIGP"}};

void put_ip4(Ctx& ctx, const Cursor& c, size_t off) {
    if (c.need(off, 4)) put_ip4_at(ctx, c, off);
}

// One 8-byte extended community value (its type already printed).
void ext_community_print(Ctx& ctx, const Cursor& c, size_t p) {
    OutBuf& out = ctx.out;
    const uint16_t type = c.be16(p);
    if (!c.need(p, 8)) return;
    TextBuf b;
    switch (type) {
    case 0x0002: case 0x0003: case 0x000a:
        b.f("{}:{} (= ", c.be16(p + 2), c.be32(p + 4));
        ip4_text(b, c, p + 4);
        b.put(')');
        break;
    case 0x0102: case 0x0103: case 0xf10a: case 0x010b:
        ip4_text(b, c, p + 2);
        b.f(":{}", c.be16(p + 6));
        break;
    case 0x0202: case 0x0203:
        put_as(ctx, b, c.be32(p + 2));
        b.f(":{}", c.be16(p + 6));
        break;
    case 0x4004: {
        float bw = std::bit_cast<float>(c.be32(p + 4));
        bw = bw * 8;
        bw = bw / 1000000;
        b.f("bandwidth: {:.3f} Mbps", static_cast<double>(bw));
        break;
    }
    case 0x0005: case 0x0105: case 0x0205: case 0x8005: case 0x0107: case 0x8001:
        ip4_text(b, c, p + 2);
        break;
    case 0x0306: case 0x8000: {
        const uint8_t rt = c.u8(p + 6);
        b.put("area:");
        ip4_text(b, c, p + 2);
        b.put(", router-type:");
        const char* n = tok_lookup(kOspfRouteTypes, rt);
        if (n) b.put(n); else b.f("unknown (0x{:02x})", rt);
        b.f(", metric-type:{}{}", (c.u8(p + 7) & 1) ? "E2" : "", (rt == 5 || rt == 7) ? "E1" : "");
        break;
    }
    case 0x800a:
        b.f("{} Control Flags [0x{:02x}]:MTU {}", tok_or(kL2Encaps, c.u8(p + 2), "unknown encaps"),
            c.u8(p + 3), c.be16(p + 4));
        break;
    case 0x0009:
        b.f("AS {}", c.be16(p + 2));
        break;
    case 0x030c:
        b.f("Tunnel type: {}", tok_or(kEncapTunnels, c.be16(p + 6), "unknown encaps"));
        break;
    default:
        b.f("{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}", c.u8(p + 2), c.u8(p + 3), c.u8(p + 4),
            c.u8(p + 5), c.u8(p + 6), c.u8(p + 7));
        break;
    }
    out.put(b.view());
}

// AS numbers in an AS_PATH are 2 bytes unless the segments only parse as 4-byte ones.
unsigned as_size_guess(const Cursor& c, size_t off, uint32_t len, uint8_t atype) {
    if (atype == 17) return 4;
    size_t p = 0;
    while (p < len) {
        const uint8_t seg = c.u8(off + p);
        if (c.ctx().truncated) return 4;
        if (seg < 1 || seg > 4) return 4;
        p += 2 + size_t{c.u8(off + p + 1)} * 2;
    }
    return p == len ? 2 : 4;
}

// The flags text tcpdump shows after an attribute's length.
void put_attr_flags(Ctx& ctx, uint8_t flags) {
    ctx.out.put(", Flags [");
    put_bits(ctx, kAttrFlags, flags, "", "");
    if (flags & 0xf) ctx.out.f("+{:x}", flags & 0xf);
    ctx.out.put(']');
}

}  // namespace

bool attr_print(Ctx& ctx, uint8_t atype, const Cursor& c, size_t off, uint32_t len, unsigned level) {
    OutBuf& out = ctx.out;
    size_t p = off;
    uint32_t tlen = len;
    switch (atype) {
    case 1:  // ORIGIN
        if (len != 1) out.put("invalid len");
        else put_tok(ctx, kOrigins, c.u8(p), "Unknown Origin Typecode");
        break;
    case 2:    // AS_PATH
    case 17: {  // AS4_PATH
        if (len % 2) {
            out.put("invalid len");
            break;
        }
        if (len == 0) {
            out.put("empty");
            break;
        }
        const unsigned as_size = as_size_guess(c, off, len, atype);
        while (p < off + len && !ctx.truncated) {
            const uint8_t seg = c.u8(p);
            out.put(tok_or(kSegOpen, seg, "?"));
            const uint32_t n = c.u8(p + 1);
            for (uint32_t i = 0; i < n * as_size && !ctx.truncated; i += as_size) {
                if (!c.has(p + 2 + i, as_size)) return false;
                put_as(ctx, as_size == 2 ? c.be16(p + 2 + i) : c.be32(p + 2 + i));
                out.put(' ');
            }
            out.put(tok_or(kSegClose, c.u8(p), "?"));
            p += 2 + size_t{c.u8(p + 1)} * as_size;
        }
        break;
    }
    case 3:  // NEXT_HOP
        if (len != 4) out.put("invalid len");
        else put_ip4(ctx, c, p);
        break;
    case 4:  // MED
    case 5:  // LOCAL_PREF
        if (len != 4) out.put("invalid len");
        else out.dec(c.be32(p));
        break;
    case 6:  // ATOMIC_AGGREGATE
        if (len != 0) out.put("invalid len");
        break;
    case 7:  // AGGREGATOR
        if (len != 6 && len != 8) {
            out.put("invalid len");
            break;
        }
        if (!c.has(p, len)) return false;
        out.put(" AS #");
        put_as(ctx, len == 6 ? c.be16(p) : c.be32(p));
        out.put(", origin ");
        put_ip4(ctx, c, p + len - 4);
        break;
    case 18:  // AGGREGATOR4
        if (len != 8) {
            out.put("invalid len");
            break;
        }
        {
            const uint32_t as = c.be32(p);
            if (!c.need(p + 4, 4)) break;
            out.put(" AS #");
            put_as(ctx, as);
            out.put(", origin ");
            put_ip4(ctx, c, p + 4);
        }
        break;
    case 8:  // COMMUNITIES
        if (len % 4) {
            out.put("invalid len");
            break;
        }
        while (tlen != 0) {
            if (!c.has(p, 4)) return false;
            const uint32_t comm = c.be32(p);
            if (comm == 0xffffff01) out.put(" NO_EXPORT");
            else if (comm == 0xffffff02) out.put(" NO_ADVERTISE");
            else if (comm == 0xffffff03) out.put(" NO_EXPORT_SUBCONFED");
            else out.f("{}:{}{}", comm >> 16, comm & 0xffff, tlen > 4 ? ", " : "");
            tlen -= 4;
            p += 4;
        }
        break;
    case 9:  // ORIGINATOR_ID
        if (len != 4) {
            out.put("invalid len");
            break;
        }
        put_ip4(ctx, c, p);
        break;
    case 10:  // CLUSTER_LIST
        if (len % 4) {
            out.put("invalid len");
            break;
        }
        while (tlen != 0 && !ctx.truncated) {
            put_ip4(ctx, c, p);
            if (tlen > 4) out.put(", ");
            tlen -= 4;
            p += 4;
        }
        break;
    case 14: {  // MP_REACH_NLRI
        if (!c.has(p, 3)) return false;
        if (tlen < 3) return false;
        uint16_t af = 0;
        uint8_t safi = 0;
        const int r = mp_af_print(ctx, c, p, tlen, af, safi);
        if (r == -2) return false;
        if (r < 0 || ctx.truncated) break;
        p += 3;
        tlen -= 3;
        if (!c.has(p, 1)) return false;
        if (tlen < 1) return false;
        const uint8_t nhlen = c.u8(p);
        p++;
        tlen--;
        if (nhlen) {
            if (tlen < nhlen) return false;
            if (!mp_nexthop_print(ctx, c, p, tlen, nhlen, af, safi)) return false;
        }
        out.f(", nh-length: {}", nhlen);
        if (tlen < 1) return false;
        uint8_t snpa = c.u8(p);
        p++;
        tlen--;
        if (snpa) {
            out.f("\n\t    {} SNPA", snpa);
            for (; snpa != 0 && !ctx.truncated; snpa--) {
                if (tlen < 1) return false;
                const uint8_t slen = c.u8(p);
                out.f("\n\t      {} bytes", slen);
                p++;
                tlen--;
                if (tlen < slen) return false;
                if (!c.has(p, slen)) return false;
                p += slen;
                tlen -= slen;
            }
        } else {
            out.put(", no SNPA");
        }
        const uint32_t rest = len - static_cast<uint32_t>(p - off);
        const bool ap4 = check_add_path(c, p, rest, 32);
        const bool ap6 = check_add_path(c, p, rest, 128);
        while (p < off + len && !ctx.truncated) {
            const int adv = nlri_print(ctx, af, safi, c, p, len, ap4, ap6);
            if (adv == -2) return false;
            if (adv < 0) break;
            p += static_cast<size_t>(adv);
        }
        break;
    }
    case 15: {  // MP_UNREACH_NLRI
        if (!c.has(p, 3)) return false;
        uint16_t af = 0;
        uint8_t safi = 0;
        const int r = mp_af_print(ctx, c, p, tlen, af, safi);
        if (r == -2) return false;
        if (r < 0 || ctx.truncated) break;
        if (len == 3) out.put("\n\t      End-of-Rib Marker (empty NLRI)");
        p += 3;
        const uint32_t rest = len - 3;  // wraps like tcpdump's unsigned arithmetic
        const bool ap4 = check_add_path(c, p, rest, 32);
        const bool ap6 = check_add_path(c, p, rest, 128);
        while (p < off + len && !ctx.truncated) {
            const int adv = nlri_print(ctx, af, safi, c, p, len, ap4, ap6);
            if (adv == -2) return false;
            if (adv < 0) break;
            p += static_cast<size_t>(adv);
        }
        break;
    }
    case 16:  // EXTD_COMMUNITIES
        if (len % 8) {
            out.put("invalid len");
            break;
        }
        while (tlen != 0 && !ctx.truncated) {
            if (!c.has(p, 2)) return false;
            if (tlen < 2) return false;
            const uint16_t type = c.be16(p);
            out.f("\n\t    {} (0x{:04x}), Flags [", tok_or(kExtCommTypes, type, "unknown extd community typecode"),
                  type);
            put_bits(ctx, kExtCommFlags, type, ", ");
            out.put(']');
            if (!c.has(p, 8)) return false;
            if (tlen < 8) return false;
            out.put(": ");
            ext_community_print(ctx, c, p);
            tlen -= 8;
            p += 8;
        }
        break;
    case 22: {  // PMSI_TUNNEL
        if (!c.has(p, 5)) return false;
        if (tlen < 5) return false;
        const uint8_t flags = c.u8(p);
        const uint8_t tt = c.u8(p + 1);
        out.f("\n\t    Tunnel-type {} ({}), Flags [", tok_or(kPmsiTunnels, tt, "Unknown"), tt);
        put_bits(ctx, kPmsiFlags, flags, ", ");
        out.f("], MPLS Label {}", c.be24(p + 2) >> 4);
        p += 5;
        tlen -= 5;
        TextBuf b;
        switch (tt) {
        case 4:
        case 5:
        case 3:
            if (!c.need(p, 8)) break;
            b.put(tt == 3 ? "\n\t      Root-Node " : "\n\t      Sender ");
            ip4_text(b, c, p);
            b.put(", P-Group ");
            ip4_text(b, c, p + 4);
            out.put(b.view());
            break;
        case 6:
            if (!c.need(p, 4)) break;
            b.put("\n\t      Tunnel-Endpoint ");
            ip4_text(b, c, p);
            out.put(b.view());
            break;
        case 2:
        case 7:
        case 1:
            if (!c.need(p, 8)) break;
            b.put(tt == 1 ? "\n\t      Extended-Tunnel-ID " : "\n\t      Root-Node ");
            ip4_text(b, c, p);
            b.f(tt == 1 ? ", P2MP-ID 0x{:08x}" : ", LSP-ID 0x{:08x}", c.be32(p + 4));
            out.put(b.view());
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t      ", tlen);
            break;
        }
        break;
    }
    case 26:  // AIGP
        while (tlen >= 3 && !ctx.truncated) {
            const uint8_t type = c.u8(p);
            uint16_t alen = c.be16(p + 1);
            if (ctx.truncated) break;
            p += 3;
            tlen -= 3;
            out.f("\n\t    {} TLV ({}), length {}", tok_or(kAigpTypes, type, "Unknown"), type, alen);
            if (alen < 3) return false;
            alen -= 3;
            if (tlen < alen) return false;
            if (type == 1) {
                if (alen < 8) return false;
                const uint64_t metric = c.be64(p);
                if (ctx.truncated) break;
                out.f(", metric {}", metric);
            } else if (ctx.opt.vflag <= 1) {
                print_unknown_data(ctx, c, p, "\n\t      ", alen);
            }
            p += alen;
            tlen -= alen;
        }
        break;
    case 128: {  // ATTR_SET
        if (!c.has(p, 4)) return false;
        if (len < 4) return false;
        out.put("\n\t    Origin AS: ");
        put_as(ctx, c.be32(p));
        p += 4;
        len -= 4;
        while (len && !ctx.truncated) {
            if (!c.has(p, 2)) return false;
            if (len < 2) {
                out.put(" [path attr too short]");
                p += len;
                break;
            }
            const uint8_t aflags = c.u8(p);
            const uint8_t at = c.u8(p + 1);
            p += 2;
            len -= 2;
            const uint32_t alenlen = (aflags & 0x10) ? 2 : 1;
            if (!c.has(p, alenlen)) return false;
            if (len < alenlen) {
                out.put(" [path attr too short]");
                p += len;
                break;
            }
            const uint32_t alen = alenlen == 2 ? c.be16(p) : c.u8(p);
            p += alenlen;
            len -= alenlen;
            out.f("\n\t      {} ({}), length: {}", tok_or(kAttrNames, at, "Unknown Attribute"), at, alen);
            if (aflags) put_attr_flags(ctx, aflags);
            out.put(": ");
            if (len < alen) {
                out.put(" [path attr too short]");
                p += len;
                break;
            }
            if (level == 10) out.put("(too many nested levels, not recursing)");
            else if (!attr_print(ctx, at, c, p, alen, level + 1)) return false;
            p += alen;
            len -= alen;
        }
        break;
    }
    case 32:  // LARGE_COMMUNITY
        if (len == 0 || len % 12) {
            out.put("invalid len");
            break;
        }
        out.put("\n\t    ");
        while (len != 0 && !ctx.truncated) {
            const uint32_t a = c.be32(p), b2 = c.be32(p + 4), d = c.be32(p + 8);
            if (ctx.truncated) break;
            out.f("{}:{}:{}{}", a, b2, d, len > 12 ? ", " : "");
            p += 12;
            len -= 12;
        }
        break;
    default:
        if (!c.has(off, len)) return false;
        out.f("\n\t    no Attribute {} decoder", atype);
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, off, "\n\t    ", len);
        break;
    }
    if (ctx.truncated) return true;
    if (ctx.opt.vflag > 1 && len) {
        if (!c.has(off, len)) return false;
        print_unknown_data(ctx, c, off, "\n\t    ", len);
    }
    return true;
}

// Exposed for bgp.cpp's UPDATE loop.
void put_update_attr_flags(Ctx& ctx, uint8_t flags) { put_attr_flags(ctx, flags); }
std::span<const Tok> attr_names() { return kAttrNames; }

}  // namespace rd::bgp
