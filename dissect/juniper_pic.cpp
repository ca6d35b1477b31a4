// Juniper link types, one printer per PIC: after the shared pseudo-header (juniper.cpp)
// each hands its frame to the Ethernet, PPP, Frame Relay, C-HDLC, LLC, OSI or IP printer.
#include "atm.hpp"
#include "fr.hpp"
#include "juniper.hpp"

namespace rd {

using juniper::Info;

namespace {

constexpr uint16_t kPppOsi = 0x0023, kPppAddrCtrl = 0xff03;
// L3 protocol of an adaptive-services cookie (bits 4-6 of its byte 5).
constexpr uint16_t kLsqIpv4 = 0x00, kLsqIpv6 = 0x10, kLsqMpls = 0x20, kLsqIso = 0x30;

constexpr Tok kGgsnProtos[] = {{1, "Null"}, {2, "IPv4"}, {6, "IPv6"}};
constexpr Tok kIpsecTypes[] = {{1, "ESP ENCR-AUTH"}, {2, "ESP ENCR-AH AUTH"}, {3, "ESP AUTH"},
                               {4, "AH AUTH"}, {5, "ESP ENCR"}};

const char* name_or(std::span<const Tok> t, uint32_t v, const char* dflt) {
    const char* n = tok_lookup(t, v);
    return n ? n : dflt;
}

// The frame after the pseudo-header.
Cursor frame(const Cursor& c, const Info& l2) { return c.skip(l2.header_len); }

// IPv4, IPv6, MPLS or OSI by an adaptive-services cookie's protocol; false otherwise.
bool lsq_print(Ctx& ctx, const Cursor& p, const Info& l2) {
    switch (l2.proto) {
    case kLsqIpv4: ip_print(ctx, p, l2.length); return true;
    case kLsqIpv6: ip6_print(ctx, p, l2.length); return true;
    case kLsqMpls: mpls_print(ctx, p, l2.length); return true;
    case kLsqIso: isoclns_print(ctx, p, l2.length); return true;
    default: return false;
    }
}

// Frame Relay bundles: OSI or IP behind a UI control byte.
void fr_bundle_print(Ctx& ctx, const Cursor& c, const Info& l2, bool mlfr) {
    if (ctx.opt.eflag && l2.cookie32() != 1) ctx.out.f("Bundle-ID {}, ", l2.bundle);
    const Cursor p = frame(c, l2);
    switch (l2.proto) {
    case 0x0308:  // UI, Q.933
    case 0x03cc:  // UI, IPv4
    case 0x038e:  // UI, IPv6
        // The control byte goes with it, so the OSI printer shows the link layer.
        isoclns_print(ctx, c.skip(l2.header_len - 1), l2.length + 1);
        return;
    case 0xfefe:
        if (!mlfr) {
            // tcpdump 4.99.3 reads the pad byte first (still as the Juniper printer).
            (void)p.u8(0);
            if (ctx.truncated) return;
            isoclns_print(ctx, p.skip(1), l2.length - 1);
            return;
        }
        break;
    case 0x0003:
    case 0x0300:
        if (mlfr) {
            isoclns_print(ctx, p, l2.length);
            return;
        }
        break;
    default: break;
    }
    ctx.out.f("unknown protocol 0x{:04x}, length {}", l2.proto, l2.length);
}

}  // namespace

uint32_t juniper_ether_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_ether";
    Info l2(juniper::kEther);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    return l2.header_len + ether_print(ctx, frame(c, l2), l2.length);
}

uint32_t juniper_pppoe_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_pppoe";
    Info l2(juniper::kPppoe);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    ether_print(ctx, frame(c, l2), l2.length);
    return l2.header_len;
}

uint32_t juniper_ppp_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_ppp";
    Info l2(juniper::kPpp);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    ppp_print(ctx, frame(c, l2), l2.length);
    return l2.header_len;
}

uint32_t juniper_frelay_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_frelay";
    Info l2(juniper::kFrelay);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    fr_print(ctx, frame(c, l2), l2.length);
    return l2.header_len;
}

uint32_t juniper_chdlc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_chdlc";
    Info l2(juniper::kChdlc);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    chdlc_print(ctx, frame(c, l2), l2.length);
    return l2.header_len;
}

uint32_t juniper_pppoe_atm_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_pppoe_atm";
    Info l2(juniper::kPppoeAtm);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    const Cursor p = frame(c, l2);
    // PPPoE frames behind an EtherType.
    const uint16_t type = p.be16(0);
    if (ctx.truncated) return l2.header_len;
    if (!ethertype_print(ctx, type, p.skip(2), l2.length - 2, LinkAddrs{}))
        ctx.out.f("unknown ethertype 0x{:04x}", type);
    return l2.header_len;
}

uint32_t juniper_ggsn_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_ggsn";
    Info l2(juniper::kGgsn);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    // The GGSN header is the cookie: service id, flags, protocol, flags, VLAN.
    const uint8_t proto = l2.cookie[2];
    if (ctx.opt.eflag)
        ctx.out.f("proto {} ({}), vlan {}: ", name_or(kGgsnProtos, proto, "Unknown"), proto,
                  uint32_t{l2.cookie[4]} << 8 | l2.cookie[5]);
    const Cursor p = frame(c, l2);
    if (proto == 2) ip_print(ctx, p, l2.length);
    else if (proto == 6) ip6_print(ctx, p, l2.length);
    else if (!ctx.opt.eflag) ctx.out.f("unknown GGSN proto ({})", proto);
    return l2.header_len;
}

uint32_t juniper_es_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_es";
    Info l2(juniper::kEs);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    // IPsec header: SA index, TTL, type, SPI, tunnel source and destination.
    const Cursor p = frame(c, l2);
    if (!p.need(0, 16)) return l2.header_len;
    const uint8_t type = p.u8(3);
    uint32_t rewrite_len = 0;
    bool bundle = false;
    switch (type) {
    case 1:
    case 2: bundle = true; break;
    case 3:
    case 4:
    case 5: rewrite_len = 16; break;
    default:
        ctx.out.f("ES Invalid type {}, length {}", type, l2.length);
        return l2.header_len;
    }
    l2.length -= rewrite_len;
    if (ctx.opt.eflag) {
        ctx.out.f("ES SA, index {}, ttl {} type {} ({}), ", p.be16(0), p.u8(2), name_or(kIpsecTypes, type, "Unknown"), type);
        if (!bundle) {
            ctx.out.f("spi {}, Tunnel ", p.be32(4));
            put_ip4_at(ctx, p, 8);
            ctx.out.put(" > ");
            put_ip4_at(ctx, p, 12);
            ctx.out.put(", ");
        }
        ctx.out.f("length {}\n", l2.length);
    }
    ip_print(ctx, p.skip(rewrite_len), l2.length);
    return l2.header_len;
}

uint32_t juniper_monitor_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_monitor";
    Info l2(juniper::kMonitor);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    const Cursor p = frame(c, l2);
    if (!p.need(0, 8)) return l2.header_len;
    if (ctx.opt.eflag) ctx.out.f("service-id {}, iif {}, pkt-type {}: ", p.be32(4), p.be16(2), p.u8(0));
    // No protocol field: tcpdump guesses IP from the same bytes.
    juniper::ip_heuristic_print(ctx, p, l2.length);
    return l2.header_len;
}

uint32_t juniper_services_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_services";
    Info l2(juniper::kServices);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    const Cursor p = frame(c, l2);
    if (!p.need(0, 8)) return l2.header_len;
    if (ctx.opt.eflag)
        ctx.out.f("service-id {} flags 0x{:02x} service-set-id 0x{:04x} iif {}: ", p.u8(0), p.u8(1), p.be16(2), p.be24(5));
    juniper::ip_heuristic_print(ctx, p, l2.length);
    return l2.header_len;
}

uint32_t juniper_mlppp_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_mlppp";
    Info l2(juniper::kMlppp);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    // No bundle on a child link, where the cookie looks like a PPP header.
    const uint16_t c16 = l2.cookie16();
    if (ctx.opt.eflag && c16 != kPppOsi && c16 != kPppAddrCtrl) ctx.out.f("Bundle-ID {}: ", l2.bundle);
    const Cursor p = frame(c, l2);
    if (l2.proto == kLsqIpv4) {
        // Incoming IS-IS over PPP to the routing engine carries this cookie.
        if (l2.cookie[4] == 0x0c) ppp_print(ctx, p, l2.length);
        else ip_print(ctx, p, l2.length);
        return l2.header_len;
    }
    if (lsq_print(ctx, p, l2)) return l2.header_len;
    if (c16 == kPppOsi) ppp_print(ctx, c.skip(l2.header_len - 2), l2.length + 2);
    else ppp_print(ctx, p, l2.length);
    return l2.header_len;
}

uint32_t juniper_mfr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_mfr";
    Info l2(juniper::kMfr);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    const Cursor p = frame(c, l2);
    if (l2.cookie_len == 0) {  // child link: FRF.16 frames
        mfr_print(ctx, p, l2.length);
        return l2.header_len;
    }
    if (l2.cookie_len == 8) {
        lsq_print(ctx, p, l2);
        return l2.header_len;
    }
    fr_bundle_print(ctx, c, l2, false);
    return l2.header_len;
}

uint32_t juniper_mlfr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_mlfr";
    Info l2(juniper::kMlfr);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    fr_bundle_print(ctx, c, l2, true);
    return l2.header_len;
}

uint32_t juniper_atm1_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_atm1";
    Info l2(juniper::kAtm1);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    const Cursor p = frame(c, l2);
    if (l2.cookie[0] == 0x80) {  // OAM cell
        oam_print(ctx, p, l2.length, 0);  // cell without HEC
        return l2.header_len;
    }
    const uint32_t w = p.be24(0);
    if (ctx.truncated) return l2.header_len;
    if ((w == 0xfefe03 || w == 0xaaaa03) && llc_print(ctx, p, l2.length, LinkAddrs{}) > 0) return l2.header_len;
    if (p.u8(0) == 0x03) {  // Cisco-style NLPID
        isoclns_print(ctx, p.skip(1), l2.length - 1);
        return l2.header_len;
    }
    juniper::ip_heuristic_print(ctx, p, l2.length);  // VC multiplexed
    return l2.header_len;
}

uint32_t juniper_atm2_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "juniper_atm2";
    Info l2(juniper::kAtm2);
    if (!juniper::parse_header(ctx, c, wirelen, l2)) return l2.header_len;
    const Cursor p = frame(c, l2);
    if (l2.cookie[7] & 0x70) {  // OAM cell
        oam_print(ctx, p, l2.length, 0);  // cell without HEC
        return l2.header_len;
    }
    const uint32_t w = p.be24(0);
    if (ctx.truncated) return l2.header_len;
    if ((w == 0xfefe03 || w == 0xaaaa03) && llc_print(ctx, p, l2.length, LinkAddrs{}) > 0) return l2.header_len;
    if (l2.direction != 1 && (l2.cookie32() & 0x3f)) {  // Ethernet over RFC 1483
        ether_print(ctx, p, l2.length);
        return l2.header_len;
    }
    if (p.u8(0) == 0x03) {
        isoclns_print(ctx, p.skip(1), l2.length - 1);
        return l2.header_len;
    }
    if (juniper::ppp_heuristic_print(ctx, p, l2.length)) return l2.header_len;
    juniper::ip_heuristic_print(ctx, p, l2.length);
    return l2.header_len;
}

}  // namespace rd
