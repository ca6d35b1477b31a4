// IPv4/IPv6 hosts and nets, DECnet hosts, protocol tests (including protochain),
// fragments and TCP/UDP/SCTP ports.
#include "gencode.hpp"

namespace rd::bpf::gen {

using namespace op;

namespace {

const char* host_proto_error(int proto) {
    switch (proto) {
    case ast::Q_SCTP: return "'sctp' modifier applied to ";
    case ast::Q_TCP: return "'tcp' modifier applied to ";
    case ast::Q_UDP: return "'udp' modifier applied to ";
    case ast::Q_ICMP: return "'icmp' modifier applied to ";
    case ast::Q_IGMP: return "'igmp' modifier applied to ";
    case ast::Q_IGRP: return "'igrp' modifier applied to ";
    case ast::Q_ICMPV6: return "'icmp6' modifier applied to ";
    case ast::Q_AH: return "'ah' modifier applied to ";
    case ast::Q_ESP: return "'esp' modifier applied to ";
    case ast::Q_PIM: return "'pim' modifier applied to ";
    case ast::Q_VRRP: return "'vrrp' modifier applied to ";
    case ast::Q_ESIS: return "'esis' modifier applied to ";
    case ast::Q_ISIS: return "'isis' modifier applied to ";
    case ast::Q_CLNP: return "'clnp' modifier applied to ";
    case ast::Q_STP: return "'stp' modifier applied to ";
    case ast::Q_NETBEUI: return "'netbeui' modifier applied to ";
    case ast::Q_ISIS_L1: return "'l1' modifier applied to ";
    case ast::Q_ISIS_L2: return "'l2' modifier applied to ";
    case ast::Q_ISIS_IIH: return "'iih' modifier applied to ";
    case ast::Q_ISIS_SNP: return "'snp' modifier applied to ";
    case ast::Q_ISIS_CSNP: return "'csnp' modifier applied to ";
    case ast::Q_ISIS_PSNP: return "'psnp' modifier applied to ";
    case ast::Q_ISIS_LSP: return "'lsp' modifier applied to ";
    case ast::Q_RADIO: return "'radio' modifier applied to ";
    case ast::Q_CARP: return "'carp' modifier applied to ";
    default: return nullptr;
    }
}

const char* proto_keyword(int proto) {
    switch (proto) {
    case ast::Q_LINK: return "link";
    case ast::Q_IP: return "ip";
    case ast::Q_ARP: return "arp";
    case ast::Q_RARP: return "rarp";
    case ast::Q_ATALK: return "atalk";
    case ast::Q_DECNET: return "decnet";
    case ast::Q_LAT: return "lat";
    case ast::Q_SCA: return "sca";
    case ast::Q_MOPRC: return "moprc";
    case ast::Q_MOPDL: return "mopdl";
    case ast::Q_AARP: return "aarp";
    case ast::Q_ISO: return "iso";
    case ast::Q_IPX: return "ipx";
    default: return "?";
    }
}

[[noreturn]] void fail_dir_not_80211(int dir) {
    switch (dir) {
    case ast::D_ADDR1: fail("'addr1' and 'address1' are not valid qualifiers for addresses other than 802.11 MAC addresses");
    case ast::D_ADDR2: fail("'addr2' and 'address2' are not valid qualifiers for addresses other than 802.11 MAC addresses");
    case ast::D_ADDR3: fail("'addr3' and 'address3' are not valid qualifiers for addresses other than 802.11 MAC addresses");
    case ast::D_ADDR4: fail("'addr4' and 'address4' are not valid qualifiers for addresses other than 802.11 MAC addresses");
    case ast::D_RA: fail("'ra' is not a valid qualifier for addresses other than 802.11 MAC addresses");
    case ast::D_TA: fail("'ta' is not a valid qualifier for addresses other than 802.11 MAC addresses");
    default: fail("internal error: bad direction");
    }
}

[[noreturn]] void fail_dir_port(int dir, const char* what) {
    std::string w = what;
    switch (dir) {
    case ast::D_ADDR1: fail("'addr1' and 'address1' are not valid qualifiers for " + w);
    case ast::D_ADDR2: fail("'addr2' and 'address2' are not valid qualifiers for " + w);
    case ast::D_ADDR3: fail("'addr3' and 'address3' are not valid qualifiers for " + w);
    case ast::D_ADDR4: fail("'addr4' and 'address4' are not valid qualifiers for " + w);
    case ast::D_RA: fail("'ra' is not a valid qualifier for " + w);
    case ast::D_TA: fail("'ta' is not a valid qualifier for " + w);
    default: fail("internal error: bad direction");
    }
}

uint32_t be32(const uint8_t* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

uint32_t swap16(uint32_t v) { return ((v & 0xff) << 8) | ((v >> 8) & 0xff); }

}  // namespace

Frag Gen::gen_hostop(uint32_t addr, uint32_t mask, int dir, uint32_t ll_proto,
                     uint32_t src_off, uint32_t dst_off) {
    uint32_t offset = 0;
    switch (dir) {
    case ast::D_SRC: offset = src_off; break;
    case ast::D_DST: offset = dst_off; break;
    case ast::D_AND:
    case ast::D_DEFAULT:
    case ast::D_OR: {
        Frag b0 = gen_hostop(addr, mask, ast::D_SRC, ll_proto, src_off, dst_off);
        Frag b1 = gen_hostop(addr, mask, ast::D_DST, ll_proto, src_off, dst_off);
        if (dir == ast::D_AND) gen_and(b0, b1);
        else gen_or(b0, b1);
        return b1;
    }
    default: fail_dir_not_80211(dir);
    }
    Frag b0 = gen_linktype(ll_proto);
    Frag b1 = gen_mcmp(OffRel::LinkPl, offset, W, addr, mask);
    gen_and(b0, b1);
    return b1;
}

Frag Gen::gen_hostop6(const uint8_t* addr, const uint8_t* mask, int dir, uint32_t ll_proto,
                      uint32_t src_off, uint32_t dst_off) {
    uint32_t offset = 0;
    switch (dir) {
    case ast::D_SRC: offset = src_off; break;
    case ast::D_DST: offset = dst_off; break;
    case ast::D_AND:
    case ast::D_DEFAULT:
    case ast::D_OR: {
        Frag b0 = gen_hostop6(addr, mask, ast::D_SRC, ll_proto, src_off, dst_off);
        Frag b1 = gen_hostop6(addr, mask, ast::D_DST, ll_proto, src_off, dst_off);
        if (dir == ast::D_AND) gen_and(b0, b1);
        else gen_or(b0, b1);
        return b1;
    }
    default: fail_dir_not_80211(dir);
    }
    // last word first, so the most specific test ends up nearest the root
    Frag b1 = gen_mcmp(OffRel::LinkPl, offset + 12, W, be32(addr + 12), be32(mask + 12));
    Frag b0 = gen_mcmp(OffRel::LinkPl, offset + 8, W, be32(addr + 8), be32(mask + 8));
    gen_and(b0, b1);
    b0 = gen_mcmp(OffRel::LinkPl, offset + 4, W, be32(addr + 4), be32(mask + 4));
    gen_and(b0, b1);
    b0 = gen_mcmp(OffRel::LinkPl, offset + 0, W, be32(addr), be32(mask));
    gen_and(b0, b1);
    b0 = gen_linktype(ll_proto);
    gen_and(b0, b1);
    return b1;
}

Frag Gen::gen_host(uint32_t addr, uint32_t mask, int proto, int dir, int type) {
    const std::string typestr = type == ast::A_NET ? "net" : "host";
    switch (proto) {
    case ast::Q_DEFAULT: {
        Frag b0 = gen_host(addr, mask, ast::Q_IP, dir, type);
        if (label_stack_depth == 0) {
            Frag b1 = gen_host(addr, mask, ast::Q_ARP, dir, type);
            gen_or(b0, b1);
            b0 = gen_host(addr, mask, ast::Q_RARP, dir, type);
            gen_or(b1, b0);
        }
        return b0;
    }
    case ast::Q_LINK: fail("link-layer modifier applied to " + typestr);
    case ast::Q_IP: return gen_hostop(addr, mask, dir, eth::IP, 12, 16);
    case ast::Q_RARP: return gen_hostop(addr, mask, dir, eth::REVARP, 14, 24);
    case ast::Q_ARP: return gen_hostop(addr, mask, dir, eth::ARP, 14, 24);
    case ast::Q_ATALK: fail("AppleTalk host filtering not implemented");
    case ast::Q_DECNET: return gen_dnhostop(addr, dir);
    case ast::Q_LAT: fail("LAT host filtering not implemented");
    case ast::Q_SCA: fail("SCA host filtering not implemented");
    case ast::Q_MOPRC: fail("MOPRC host filtering not implemented");
    case ast::Q_MOPDL: fail("MOPDL host filtering not implemented");
    case ast::Q_IPV6: fail("'ip6' modifier applied to ip " + typestr);
    case ast::Q_AARP: fail("AARP host filtering not implemented");
    case ast::Q_ISO: fail("ISO host filtering not implemented");
    case ast::Q_IPX: fail("IPX host filtering not implemented");
    default:
        if (const char* m = host_proto_error(proto)) fail(m + typestr);
        fail("internal error: bad protocol qualifier");
    }
}

Frag Gen::gen_host6(const uint8_t* addr, const uint8_t* mask, int proto, int dir, int type) {
    const std::string typestr = type == ast::A_NET ? "net" : "host";
    switch (proto) {
    case ast::Q_DEFAULT:
    case ast::Q_IPV6: return gen_hostop6(addr, mask, dir, eth::IPV6, 8, 24);
    case ast::Q_LINK: fail("link-layer modifier applied to ip6 " + typestr);
    case ast::Q_IP:
    case ast::Q_RARP:
    case ast::Q_ARP:
    case ast::Q_ATALK:
    case ast::Q_DECNET:
    case ast::Q_LAT:
    case ast::Q_SCA:
    case ast::Q_MOPRC:
    case ast::Q_MOPDL:
    case ast::Q_AARP:
    case ast::Q_ISO:
    case ast::Q_IPX:
        fail(std::string("'") + proto_keyword(proto) + "' modifier applied to ip6 " + typestr);
    default:
        if (const char* m = host_proto_error(proto)) {
            std::string msg = m;  // "'tcp' modifier applied to " -> "... applied to ip6 "
            fail(msg + "ip6 " + typestr);
        }
        fail("internal error: bad protocol qualifier");
    }
}

// DECnet: the address sits at different offsets for long/short headers, with and
// without a padding byte.
Frag Gen::gen_dnhostop(uint32_t addr, int dir) {
    uint32_t offset_sh = 0, offset_lh = 0;
    switch (dir) {
    case ast::D_DST: offset_sh = 1; offset_lh = 7; break;
    case ast::D_SRC: offset_sh = 3; offset_lh = 15; break;
    case ast::D_AND:
    case ast::D_DEFAULT:
    case ast::D_OR: {
        Frag b0 = gen_dnhostop(addr, ast::D_SRC);
        Frag b1 = gen_dnhostop(addr, ast::D_DST);
        if (dir == ast::D_AND) gen_and(b0, b1);
        else gen_or(b0, b1);
        return b1;
    }
    default: fail_dir_not_80211(dir);
    }
    const uint32_t a = swap16(addr & 0xffff);  // stored little-endian on the wire
    Frag b0 = gen_linktype(eth::DN);
    Frag tmp = gen_mcmp(OffRel::LinkPl, 2, H, swap16(0x0681), swap16(0x07ff));
    Frag b1 = gen_cmp(OffRel::LinkPl, 2 + 1 + offset_lh, H, a);
    gen_and(tmp, b1);
    tmp = gen_mcmp(OffRel::LinkPl, 2, B, 0x06, 0x7);
    Frag b2 = gen_cmp(OffRel::LinkPl, 2 + offset_lh, H, a);
    gen_and(tmp, b2);
    gen_or(b2, b1);
    tmp = gen_mcmp(OffRel::LinkPl, 2, H, swap16(0x0281), swap16(0x07ff));
    b2 = gen_cmp(OffRel::LinkPl, 2 + 1 + offset_sh, H, a);
    gen_and(tmp, b2);
    gen_or(b2, b1);
    tmp = gen_mcmp(OffRel::LinkPl, 2, B, 0x02, 0x7);
    b2 = gen_cmp(OffRel::LinkPl, 2 + offset_sh, H, a);
    gen_and(tmp, b2);
    gen_or(b2, b1);
    gen_and(b0, b1);
    return b1;
}

Frag Gen::gen_proto(uint32_t v, int proto, int dir) {
    if (dir != ast::D_DEFAULT) fail("direction applied to 'proto'");
    switch (proto) {
    case ast::Q_DEFAULT: {
        Frag b0 = gen_proto(v, ast::Q_IP, dir);
        Frag b1 = gen_proto(v, ast::Q_IPV6, dir);
        gen_or(b0, b1);
        return b1;
    }
    case ast::Q_LINK: return gen_linktype(v);
    case ast::Q_IP: {
        Frag b0 = gen_linktype(eth::IP);
        Frag b1 = gen_cmp(OffRel::LinkPl, 9, B, v);
        gen_and(b0, b1);
        return b1;
    }
    case ast::Q_IPV6: {
        Frag b0 = gen_linktype(eth::IPV6);
        // the protocol may also follow one fragment header
        Frag b2 = gen_cmp(OffRel::LinkPl, 6, B, ipproto::FRAGMENT);
        Frag b1 = gen_cmp(OffRel::LinkPl, 40, B, v);
        gen_and(b2, b1);
        b2 = gen_cmp(OffRel::LinkPl, 6, B, v);
        gen_or(b2, b1);
        gen_and(b0, b1);
        return b1;
    }
    case ast::Q_ISO:
        switch (linktype) {
        case dlt::FRELAY: return gen_cmp(OffRel::LinkHdr, 2, H, (0x03 << 8) | v);
        case dlt::C_HDLC: {
            Frag b0 = gen_linktype((sap::ISONS << 8) | sap::ISONS);
            Frag b1 = gen_cmp(OffRel::LinkPlNoSnap, 1, B, v);
            gen_and(b0, b1);
            return b1;
        }
        default: {
            Frag b0 = gen_linktype(sap::ISONS);
            Frag b1 = gen_cmp(OffRel::LinkPlNoSnap, 0, B, v);
            gen_and(b0, b1);
            return b1;
        }
        }
    case ast::Q_ISIS: {
        Frag b0 = gen_proto(0x83 /* IS-IS */, ast::Q_ISO, ast::D_DEFAULT);
        Frag b1 = gen_cmp(OffRel::LinkPlNoSnap, 4, B, v);
        gen_and(b0, b1);
        return b1;
    }
    case ast::Q_ARP: fail("arp does not encapsulate another protocol");
    case ast::Q_RARP: fail("rarp does not encapsulate another protocol");
    case ast::Q_ATALK: fail("AppleTalk encapsulation is not specifiable");
    case ast::Q_DECNET: fail("DECNET encapsulation is not specifiable");
    case ast::Q_LAT: fail("LAT does not encapsulate another protocol");
    case ast::Q_SCA: fail("SCA does not encapsulate another protocol");
    case ast::Q_MOPRC: fail("MOPRC does not encapsulate another protocol");
    case ast::Q_MOPDL: fail("MOPDL does not encapsulate another protocol");
    case ast::Q_CLNP: fail("'clnp proto' is not supported");
    default: {
        static const char* const names[] = {
            nullptr, nullptr, nullptr, nullptr, nullptr, "sctp", "tcp", "udp", "icmp", "igmp",
            "igrp", nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "icmp6",
            "ah", "esp", "pim", "vrrp", "aarp", nullptr, "esis", nullptr, nullptr, "stp",
            "ipx", "netbeui", "l1", "l2", "iih", "snp", "csnp", "psnp", "lsp", "radio", "carp"};
        if (proto >= 0 && proto < static_cast<int>(std::size(names)) && names[proto])
            fail(std::string("'") + names[proto] + " proto' is bogus");
        fail("internal error: bad protocol qualifier");
    }
    }
}

Frag Gen::gen_ipfrag() {
    // not a fragment other than the first
    Frag b = jmp(JSET, 0x1fff, gen_load_a(OffRel::LinkPl, 6, H));
    gen_not(b);
    return b;
}

// ---- ports

namespace {
struct PortOps {
    bool v6;
};
}  // namespace

static Frag portatom(Gen& g, bool v6, uint32_t off, uint32_t v) {
    return g.gen_cmp(v6 ? OffRel::TranIpv6 : OffRel::TranIpv4, off, H, v);
}

static Frag portrangeatom(Gen& g, bool v6, uint32_t off, uint32_t v1, uint32_t v2) {
    if (v1 > v2) std::swap(v1, v2);
    OffRel rel = v6 ? OffRel::TranIpv6 : OffRel::TranIpv4;
    Frag b1 = g.gen_cmp_ge(rel, off, H, v1);
    Frag b2 = g.gen_cmp_le(rel, off, H, v2);
    Gen::gen_and(b1, b2);
    return b2;
}

// One transport protocol: "ip proto P and not a later fragment and (port test)".
static Frag portop(Gen& g, bool v6, bool range, uint32_t p1, uint32_t p2, uint32_t proto,
                   int dir) {
    Frag b0;
    if (v6) {
        b0 = g.gen_cmp(OffRel::LinkPl, 6, B, proto);
    } else {
        Frag tmp = g.gen_cmp(OffRel::LinkPl, 9, B, proto);
        b0 = g.gen_ipfrag();
        Gen::gen_and(tmp, b0);
    }
    auto atom = [&](uint32_t off) {
        return range ? portrangeatom(g, v6, off, p1, p2) : portatom(g, v6, off, p1);
    };
    Frag b1;
    switch (dir) {
    case ast::D_SRC: b1 = atom(0); break;
    case ast::D_DST: b1 = atom(2); break;
    case ast::D_AND:
    case ast::D_DEFAULT:
    case ast::D_OR: {
        Frag tmp = atom(0);
        b1 = atom(2);
        if (dir == ast::D_AND) Gen::gen_and(tmp, b1);
        else Gen::gen_or(tmp, b1);
        break;
    }
    default: fail_dir_port(dir, range ? "port ranges" : "ports");
    }
    Gen::gen_and(b0, b1);
    return b1;
}

static Frag port_any(Gen& g, bool v6, bool range, uint32_t p1, uint32_t p2, int ip_proto,
                     int dir) {
    Frag b0 = g.gen_linktype(v6 ? eth::IPV6 : eth::IP);
    Frag b1;
    switch (ip_proto) {
    case static_cast<int>(ipproto::UDP):
    case static_cast<int>(ipproto::TCP):
    case static_cast<int>(ipproto::SCTP):
        b1 = portop(g, v6, range, p1, p2, static_cast<uint32_t>(ip_proto), dir);
        break;
    case ipproto::UNDEF: {
        Frag tmp = portop(g, v6, range, p1, p2, ipproto::TCP, dir);
        b1 = portop(g, v6, range, p1, p2, ipproto::UDP, dir);
        Gen::gen_or(tmp, b1);
        tmp = portop(g, v6, range, p1, p2, ipproto::SCTP, dir);
        Gen::gen_or(tmp, b1);
        break;
    }
    default: fail("internal error: bad port protocol");
    }
    Gen::gen_and(b0, b1);
    return b1;
}

Frag Gen::gen_port(uint32_t port, int ip_proto, int dir) {
    return port_any(*this, false, false, port, port, ip_proto, dir);
}
Frag Gen::gen_port6(uint32_t port, int ip_proto, int dir) {
    return port_any(*this, true, false, port, port, ip_proto, dir);
}
Frag Gen::gen_portrange(uint32_t p1, uint32_t p2, int ip_proto, int dir) {
    return port_any(*this, false, true, p1, p2, ip_proto, dir);
}
Frag Gen::gen_portrange6(uint32_t p1, uint32_t p2, int ip_proto, int dir) {
    return port_any(*this, true, true, p1, p2, ip_proto, dir);
}

// ---- protocol abbreviations ("tcp", "ip6", "l1", ...)

Frag Gen::gen_proto_abbrev(int proto) {
    using namespace ast;
    auto isis_any = [&](std::initializer_list<uint32_t> types) {
        // first two ORed, then each further one ORed in front
        auto it = types.begin();
        Frag b0 = gen_proto(*it++, Q_ISIS, D_DEFAULT);
        Frag b1 = gen_proto(*it++, Q_ISIS, D_DEFAULT);
        gen_or(b0, b1);
        for (; it != types.end(); ++it) {
            b0 = gen_proto(*it, Q_ISIS, D_DEFAULT);
            gen_or(b0, b1);
        }
        return b1;
    };
    switch (proto) {
    case Q_SCTP: return gen_proto(ipproto::SCTP, Q_DEFAULT, D_DEFAULT);
    case Q_TCP: return gen_proto(ipproto::TCP, Q_DEFAULT, D_DEFAULT);
    case Q_UDP: return gen_proto(ipproto::UDP, Q_DEFAULT, D_DEFAULT);
    case Q_ICMP: return gen_proto(ipproto::ICMP, Q_IP, D_DEFAULT);
    case Q_IGMP: return gen_proto(ipproto::IGMP, Q_IP, D_DEFAULT);
    case Q_IGRP: return gen_proto(ipproto::IGRP, Q_IP, D_DEFAULT);
    case Q_PIM: return gen_proto(ipproto::PIM, Q_DEFAULT, D_DEFAULT);
    case Q_VRRP: return gen_proto(ipproto::VRRP, Q_IP, D_DEFAULT);
    case Q_CARP: return gen_proto(ipproto::CARP, Q_IP, D_DEFAULT);
    case Q_IP: return gen_linktype(eth::IP);
    case Q_ARP: return gen_linktype(eth::ARP);
    case Q_RARP: return gen_linktype(eth::REVARP);
    case Q_LINK: fail("link layer applied in wrong context");
    case Q_ATALK: return gen_linktype(eth::ATALK);
    case Q_AARP: return gen_linktype(eth::AARP);
    case Q_DECNET: return gen_linktype(eth::DN);
    case Q_SCA: return gen_linktype(eth::SCA);
    case Q_LAT: return gen_linktype(eth::LAT);
    case Q_MOPDL: return gen_linktype(eth::MOPDL);
    case Q_MOPRC: return gen_linktype(eth::MOPRC);
    case Q_IPV6: return gen_linktype(eth::IPV6);
    case Q_ICMPV6: return gen_proto(ipproto::ICMPV6, Q_IPV6, D_DEFAULT);
    case Q_AH: return gen_proto(ipproto::AH, Q_DEFAULT, D_DEFAULT);
    case Q_ESP: return gen_proto(ipproto::ESP, Q_DEFAULT, D_DEFAULT);
    case Q_ISO: return gen_linktype(sap::ISONS);
    case Q_ESIS: return gen_proto(0x82, Q_ISO, D_DEFAULT);
    case Q_ISIS: return gen_proto(0x83, Q_ISO, D_DEFAULT);
    case Q_ISIS_L1: return isis_any({15, 17, 18, 24, 26});
    case Q_ISIS_L2: return isis_any({16, 17, 20, 25, 27});
    case Q_ISIS_IIH: return isis_any({15, 16, 17});
    case Q_ISIS_LSP: return isis_any({18, 20});
    case Q_ISIS_SNP: return isis_any({24, 25, 26, 27});
    case Q_ISIS_CSNP: return isis_any({24, 25});
    case Q_ISIS_PSNP: return isis_any({26, 27});
    case Q_CLNP: return gen_proto(0x81, Q_ISO, D_DEFAULT);
    case Q_STP: return gen_linktype(sap::STP_8021D);
    case Q_IPX: return gen_linktype(sap::IPX);
    case Q_NETBEUI: return gen_linktype(sap::NETBEUI);
    case Q_RADIO: fail("'radio' is not a valid protocol type");
    default: fail("internal error: bad protocol abbreviation");
    }
}

// ---- protochain: walk the IPv6 extension headers (and IPv4 AH) in a loop

Frag Gen::gen_protochain(uint32_t v, int proto) {
    // allocated before recursing, and (as libpcap does) not freed on the default path
    const int reg2 = alloc_reg();
    switch (proto) {
    case ast::Q_IP:
    case ast::Q_IPV6: break;
    case ast::Q_DEFAULT: {
        Frag b0 = gen_protochain(v, ast::Q_IP);
        Frag b = gen_protochain(v, ast::Q_IPV6);
        gen_or(b0, b);
        return b;
    }
    default: fail("bad protocol applied for 'protochain'");
    }
    if (off_linkpl.is_variable) fail("'protochain' not supported with variable length headers");
    no_optimize_ = true;  // a loop: the optimizer assumes an acyclic graph

    const uint32_t nl = off_linkpl.constant_part + off_nl;
    const uint32_t r2 = static_cast<uint32_t>(reg2);
    Stmts s;
    auto add = [&](uint16_t code, uint32_t k = 0) {
        s.push_back(ir::stmt(code, k));
        return s.size() - 1;
    };
    Frag b0;
    if (proto == ast::Q_IP) {
        b0 = gen_linktype(eth::IP);
        add(LD | ABS | B, nl + 9);   // A = ip_p
        add(LDX | MSH | B, nl);      // X = header length
    } else {
        b0 = gen_linktype(eth::IPV6);
        add(LD | ABS | B, nl + 6);   // A = ip6_nxt
        add(LDX | IMM, 40);          // X = header length
    }
    struct Jump {
        size_t at, to;
        bool t;
    };
    std::vector<Jump> jumps;
    const size_t again = add(JMP | JEQ | K, v);          // found it
    const size_t fix5 = again;
    const size_t fix2 = add(JMP | JEQ | K, ipproto::NONE);  // no next header
    jumps.push_back({fix5, fix2, false});
    size_t fix3 = 0;
    if (proto == ast::Q_IPV6) {
        const size_t v6start = add(JMP | JEQ | K, ipproto::HOPOPTS);
        jumps.push_back({fix2, v6start, false});
        size_t prev = v6start;
        for (uint32_t nh : {ipproto::DSTOPTS, ipproto::ROUTING, ipproto::FRAGMENT}) {
            size_t cur = add(JMP | JEQ | K, nh);
            jumps.push_back({prev, cur, false});
            prev = cur;
        }
        fix3 = prev;
        const size_t v6end = prev;
        const size_t v6advance = add(LD | IND | B, nl);   // A = next header
        add(ST, r2);
        add(LD | IND | B, nl + 1);                       // header length in 8-byte units
        add(ALU | ADD | K, 1);
        add(ALU | MUL | K, 8);
        add(ALU | ADD | X);
        add(MISC | TAX);
        add(LD | MEM, r2);
        const size_t ja = add(JMP | JA, 0);
        s[ja].k = static_cast<uint32_t>(static_cast<int64_t>(again) - static_cast<int64_t>(ja) - 1);
        for (size_t j = v6start; j <= v6end; ++j) jumps.push_back({j, v6advance, true});
    } else {
        const size_t nop = add(ALU | ADD | K, 0);
        jumps.push_back({fix2, nop, false});
    }
    const size_t ahcheck = add(JMP | JEQ | K, ipproto::AH);
    if (fix3) jumps.push_back({fix3, ahcheck, false});
    const size_t fix4 = ahcheck;
    const size_t txa = add(MISC | TXA);
    jumps.push_back({ahcheck, txa, true});
    add(LD | IND | B, nl);
    add(ST, r2);
    add(MISC | TXA);
    add(ALU | ADD | K, 1);
    add(MISC | TAX);
    add(LD | IND | B, nl);
    add(ALU | ADD | K, 2);
    add(ALU | MUL | K, 4);
    add(MISC | TAX);
    add(LD | MEM, r2);
    const size_t ja = add(JMP | JA, 0);
    s[ja].k = static_cast<uint32_t>(static_cast<int64_t>(again) - static_cast<int64_t>(ja) - 1);
    const size_t end = add(ALU | ADD | K, 0);
    jumps.push_back({fix2, end, true});
    jumps.push_back({fix4, end, false});
    jumps.push_back({fix5, end, true});
    for (const Jump& j : jumps) (j.t ? s[j.at].jt : s[j.at].jf) = static_cast<uint32_t>(j.to - j.at - 1);

    Frag b = jmp(JEQ, v, std::move(s));
    free_reg(reg2);
    gen_and(b0, b);
    return b;
}

}  // namespace rd::bpf::gen
