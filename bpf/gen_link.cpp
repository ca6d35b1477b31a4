// Link-layer tests: "is this an X packet" per link type, MAC address matches,
// broadcast/multicast, packet direction and interface index.
#include <bit>

#include "gencode.hpp"

namespace rd::bpf::gen {

using namespace op;

namespace {
constexpr uint32_t kBsdAfInet = 2;
constexpr uint32_t kBsdAfInet6Bsd = 24, kBsdAfInet6FreeBsd = 28, kBsdAfInet6Darwin = 30;
constexpr uint32_t kLinuxAfInet6 = 10;
constexpr uint32_t kSllP8023 = 0x0001, kSllP8022 = 0x0004;
constexpr uint32_t kSllOutgoing = 4;
constexpr uint32_t kArcTypeIp = 212, kArcTypeIpOld = 240, kArcTypeArp = 213,
                   kArcTypeArpOld = 241, kArcTypeRevarp = 214, kArcTypeAtalk = 221,
                   kArcTypeInet6 = 0xc4;
constexpr uint32_t kIsoClnp = 0x81, kIsoEsis = 0x82, kIsoIsis = 0x83;
constexpr uint32_t kPppIp = 0x0021, kPppIpv6 = 0x0057, kPppVjc = 0x002d, kPppVjnc = 0x002f;
constexpr uint8_t kBroadcast[6] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
constexpr uint8_t kArcBroadcast[1] = {0};

uint32_t bswap32(uint32_t v) {
    return ((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >> 8) & 0xff00) | (v >> 24);
}
}  // namespace

uint32_t ethertype_to_ppptype(uint32_t ll_proto) {
    switch (ll_proto) {
    case eth::IP: return kPppIp;
    case eth::IPV6: return kPppIpv6;
    case eth::DN: return 0x0027;
    case eth::ATALK: return 0x0029;
    case 0x0600 /* XNS */: return 0x0025;
    case sap::ISONS: return 0x0023;
    case sap::STP_8021D: return 0x0031;  // bridging PDU
    case sap::IPX: return 0x002b;
    default: return ll_proto;
    }
}

std::optional<Frag> Gen::gen_prevlinkhdr_check() {
    if (is_geneve) return gen_geneve_ll_check();
    if (prevlinktype == dlt::SUNATM) {
        // LANE: make sure this is data, not an LE Control frame.
        Frag b = gen_cmp(OffRel::PrevLinkHdr, 4, H, 0xff00);
        gen_not(b);
        return b;
    }
    return std::nullopt;
}

Frag Gen::gen_snap(uint32_t orgcode, uint32_t ptype) {
    const uint8_t block[8] = {static_cast<uint8_t>(sap::SNAP), static_cast<uint8_t>(sap::SNAP),
                              0x03, static_cast<uint8_t>(orgcode >> 16),
                              static_cast<uint8_t>(orgcode >> 8), static_cast<uint8_t>(orgcode),
                              static_cast<uint8_t>(ptype >> 8), static_cast<uint8_t>(ptype)};
    return gen_bcmp(OffRel::Llc, 0, 8, block);
}

Frag Gen::gen_ether_linktype(uint32_t ll_proto) {
    switch (ll_proto) {
    case sap::ISONS:
    case sap::IP:
    case sap::NETBEUI: {
        // 802.2 only: a length field, then DSAP and SSAP
        Frag b0 = gen_cmp_gt(OffRel::LinkType, 0, H, eth::MTU);
        gen_not(b0);
        Frag b1 = gen_cmp(OffRel::Llc, 0, H, (ll_proto << 8) | ll_proto);
        gen_and(b0, b1);
        return b1;
    }
    case sap::IPX: {
        // Ethernet_802.2, Ethernet_802.3 (raw 0xffff), Ethernet_SNAP, Ethernet_II
        Frag b0 = gen_cmp(OffRel::Llc, 0, B, sap::IPX);
        Frag b1 = gen_cmp(OffRel::Llc, 0, H, 0xffff);
        gen_or(b0, b1);
        b0 = gen_snap(0x000000, eth::IPX);
        gen_or(b0, b1);
        b0 = gen_cmp_gt(OffRel::LinkType, 0, H, eth::MTU);
        gen_not(b0);
        gen_and(b0, b1);
        b0 = gen_cmp(OffRel::LinkType, 0, H, eth::IPX);
        gen_or(b0, b1);
        return b1;
    }
    case eth::ATALK:
    case eth::AARP: {
        Frag b0 = gen_cmp_gt(OffRel::LinkType, 0, H, eth::MTU);
        gen_not(b0);
        Frag b1 = ll_proto == eth::ATALK ? gen_snap(0x080007, eth::ATALK)
                                         : gen_snap(0x000000, eth::AARP);
        gen_and(b0, b1);
        b0 = gen_cmp(OffRel::LinkType, 0, H, ll_proto);
        gen_or(b0, b1);
        return b1;
    }
    default:
        if (ll_proto <= eth::MTU) {
            Frag b0 = gen_cmp_gt(OffRel::LinkType, 0, H, eth::MTU);
            gen_not(b0);
            Frag b1 = gen_cmp(OffRel::LinkType, 2, B, ll_proto);
            gen_and(b0, b1);
            return b1;
        }
        return gen_cmp(OffRel::LinkType, 0, H, ll_proto);
    }
}

Frag Gen::gen_llc_linktype(uint32_t ll_proto) {
    switch (ll_proto) {
    case sap::IP:
    case sap::ISONS:
    case sap::NETBEUI: return gen_cmp(OffRel::Llc, 0, H, (ll_proto << 8) | ll_proto);
    case sap::IPX: return gen_cmp(OffRel::Llc, 0, B, sap::IPX);
    case eth::ATALK: return gen_snap(0x080007, eth::ATALK);
    default:
        if (ll_proto <= eth::MTU) return gen_cmp(OffRel::Llc, 0, B, ll_proto);
        return gen_cmp(OffRel::Llc, 6, H, ll_proto);
    }
}

Frag Gen::gen_linux_sll_linktype(uint32_t ll_proto) {
    switch (ll_proto) {
    case sap::ISONS:
    case sap::IP:
    case sap::NETBEUI: {
        Frag b0 = gen_cmp(OffRel::LinkType, 0, H, kSllP8022);
        Frag b1 = gen_cmp(OffRel::Llc, 0, H, (ll_proto << 8) | ll_proto);
        gen_and(b0, b1);
        return b1;
    }
    case sap::IPX: {
        Frag b0 = gen_cmp(OffRel::Llc, 0, B, sap::IPX);
        Frag b1 = gen_snap(0x000000, eth::IPX);
        gen_or(b0, b1);
        b0 = gen_cmp(OffRel::LinkType, 0, H, kSllP8022);
        gen_and(b0, b1);
        b0 = gen_cmp(OffRel::LinkType, 0, H, kSllP8023);
        gen_or(b0, b1);
        b0 = gen_cmp(OffRel::LinkType, 0, H, eth::IPX);
        gen_or(b0, b1);
        return b1;
    }
    case eth::ATALK:
    case eth::AARP: {
        Frag b0 = gen_cmp(OffRel::LinkType, 0, H, kSllP8022);
        Frag b1 = ll_proto == eth::ATALK ? gen_snap(0x080007, eth::ATALK)
                                         : gen_snap(0x000000, eth::AARP);
        gen_and(b0, b1);
        b0 = gen_cmp(OffRel::LinkType, 0, H, ll_proto);
        gen_or(b0, b1);
        return b1;
    }
    default:
        if (ll_proto <= eth::MTU) {
            Frag b0 = gen_cmp(OffRel::LinkType, 0, H, kSllP8022);
            Frag b1 = gen_cmp(OffRel::LinkHdr, off_linkpl.constant_part, B, ll_proto);
            gen_and(b0, b1);
            return b1;
        }
        return gen_cmp(OffRel::LinkType, 0, H, ll_proto);
    }
}

// NULL/ENC carry the address family in the capturing host's byte order, LOOP in
// network byte order. We compile for a little- or big-endian host like libpcap would
// on this machine.
Frag Gen::gen_loopback_linktype(uint32_t af) {
    if (linktype == dlt::NULL_ || linktype == dlt::ENC) {
        if (opts.savefile && opts.savefile_swapped) af = bswap32(af);
        if constexpr (std::endian::native == std::endian::little) af = bswap32(af);
    }
    return gen_cmp(OffRel::LinkHdr, 0, W, af);
}

Frag Gen::gen_linktype(uint32_t ll_proto) {
    if (label_stack_depth > 0) return gen_mpls_linktype(ll_proto);

    switch (linktype) {
    case dlt::EN10MB:
    case dlt::NETANALYZER:
    case dlt::NETANALYZER_TRANSPARENT: {
        std::optional<Frag> b0;
        if (!is_geneve) b0 = gen_prevlinkhdr_check();
        Frag b1 = gen_ether_linktype(ll_proto);
        if (b0) gen_and(*b0, b1);
        return b1;
    }
    case dlt::C_HDLC:
        if (ll_proto == sap::ISONS) ll_proto = (ll_proto << 8) | sap::ISONS;
        return gen_cmp(OffRel::LinkType, 0, H, ll_proto);
    case dlt::IEEE802_11:
    case dlt::PRISM_HEADER:
    case dlt::IEEE802_11_RADIO_AVS:
    case dlt::IEEE802_11_RADIO:
    case dlt::PPI: {
        Frag b0 = gen_check_802_11_data_frame();
        Frag b1 = gen_llc_linktype(ll_proto);
        gen_and(b0, b1);
        return b1;
    }
    case dlt::FDDI:
    case dlt::IEEE802:
    case dlt::ATM_RFC1483:
    case dlt::ATM_CLIP:
    case dlt::IP_OVER_FC: return gen_llc_linktype(ll_proto);
    case dlt::SUNATM: {
        Frag b0 = gen_atmfield_code(ATMF_PROTOTYPE, 0x02 /* PT_LLC */, JEQ, false);
        Frag b1 = gen_llc_linktype(ll_proto);
        gen_and(b0, b1);
        return b1;
    }
    case dlt::LINUX_SLL: return gen_linux_sll_linktype(ll_proto);
    case dlt::SLIP:
    case dlt::SLIP_BSDOS:
    case dlt::RAW:
        if (ll_proto == eth::IP) return gen_mcmp(OffRel::LinkHdr, 0, B, 0x40, 0xf0);
        if (ll_proto == eth::IPV6) return gen_mcmp(OffRel::LinkHdr, 0, B, 0x60, 0xf0);
        return gen_false();
    case dlt::IPV4: return ll_proto == eth::IP ? gen_true() : gen_false();
    case dlt::IPV6: return ll_proto == eth::IPV6 ? gen_true() : gen_false();
    case dlt::PPP:
    case dlt::PPP_PPPD:
    case dlt::PPP_SERIAL:
    case dlt::PPP_ETHER: return gen_cmp(OffRel::LinkType, 0, H, ethertype_to_ppptype(ll_proto));
    case dlt::PPP_BSDOS:
        if (ll_proto == eth::IP) {
            Frag b0 = gen_cmp(OffRel::LinkType, 0, H, kPppIp);
            Frag b1 = gen_cmp(OffRel::LinkType, 0, H, kPppVjc);
            gen_or(b0, b1);
            b0 = gen_cmp(OffRel::LinkType, 0, H, kPppVjnc);
            gen_or(b1, b0);
            return b0;
        }
        return gen_cmp(OffRel::LinkType, 0, H, ethertype_to_ppptype(ll_proto));
    case dlt::NULL_:
    case dlt::LOOP:
    case dlt::ENC:
        if (ll_proto == eth::IP) return gen_loopback_linktype(kBsdAfInet);
        if (ll_proto == eth::IPV6) {
            if (opts.savefile) {
                // a file may come from any BSD: test all their AF_INET6 values
                Frag b0 = gen_loopback_linktype(kBsdAfInet6Bsd);
                Frag b1 = gen_loopback_linktype(kBsdAfInet6FreeBsd);
                gen_or(b0, b1);
                b0 = gen_loopback_linktype(kBsdAfInet6Darwin);
                gen_or(b0, b1);
                return b1;
            }
            return gen_loopback_linktype(kLinuxAfInet6);
        }
        return gen_false();
    case dlt::PFLOG:
        // the address family is in host byte order, but it is one byte
        if (ll_proto == eth::IP) return gen_cmp(OffRel::LinkHdr, 1, B, 2);
        if (ll_proto == eth::IPV6) return gen_cmp(OffRel::LinkHdr, 1, B, 10);
        return gen_false();
    case dlt::ARCNET:
    case dlt::ARCNET_LINUX:
        switch (ll_proto) {
        case eth::IPV6: return gen_cmp(OffRel::LinkType, 0, B, kArcTypeInet6);
        case eth::IP: {
            Frag b0 = gen_cmp(OffRel::LinkType, 0, B, kArcTypeIp);
            Frag b1 = gen_cmp(OffRel::LinkType, 0, B, kArcTypeIpOld);
            gen_or(b0, b1);
            return b1;
        }
        case eth::ARP: {
            Frag b0 = gen_cmp(OffRel::LinkType, 0, B, kArcTypeArp);
            Frag b1 = gen_cmp(OffRel::LinkType, 0, B, kArcTypeArpOld);
            gen_or(b0, b1);
            return b1;
        }
        case eth::REVARP: return gen_cmp(OffRel::LinkType, 0, B, kArcTypeRevarp);
        case eth::ATALK: return gen_cmp(OffRel::LinkType, 0, B, kArcTypeAtalk);
        default: return gen_false();
        }
    case dlt::LTALK: return ll_proto == eth::ATALK ? gen_true() : gen_false();
    case dlt::FRELAY:
        switch (ll_proto) {
        case eth::IP: return gen_cmp(OffRel::LinkHdr, 2, H, (0x03 << 8) | 0xcc);
        case eth::IPV6: return gen_cmp(OffRel::LinkHdr, 2, H, (0x03 << 8) | 0x8e);
        case sap::ISONS: {
            Frag b0 = gen_cmp(OffRel::LinkHdr, 2, H, (0x03 << 8) | kIsoClnp);
            Frag b1 = gen_cmp(OffRel::LinkHdr, 2, H, (0x03 << 8) | kIsoEsis);
            Frag b2 = gen_cmp(OffRel::LinkHdr, 2, H, (0x03 << 8) | kIsoIsis);
            gen_or(b1, b2);
            gen_or(b0, b2);
            return b2;
        }
        default: return gen_false();
        }
    case dlt::MFR: fail("Multi-link Frame Relay link-layer type filtering not implemented");
    case dlt::JUNIPER_MFR:
    case dlt::JUNIPER_MLFR:
    case dlt::JUNIPER_MLPPP:
    case dlt::JUNIPER_ATM1:
    case dlt::JUNIPER_ATM2:
    case dlt::JUNIPER_PPPOE:
    case dlt::JUNIPER_PPPOE_ATM:
    case dlt::JUNIPER_GGSN:
    case dlt::JUNIPER_ES:
    case dlt::JUNIPER_MONITOR:
    case dlt::JUNIPER_SERVICES:
    case dlt::JUNIPER_ETHER:
    case dlt::JUNIPER_PPP:
    case dlt::JUNIPER_FRELAY:
    case dlt::JUNIPER_CHDLC:
    case dlt::JUNIPER_VP:
    case dlt::JUNIPER_ST:
    case dlt::JUNIPER_ISM:
    case dlt::JUNIPER_VS:
    case dlt::JUNIPER_SRX_E2E:
    case dlt::JUNIPER_FIBRECHANNEL:
    case dlt::JUNIPER_ATM_CEMIC:
        // only the Juniper magic number can be checked
        return gen_mcmp(OffRel::LinkHdr, 0, W, 0x4d474300, 0xffffff00);
    case dlt::BACNET_MS_TP: return gen_mcmp(OffRel::LinkHdr, 0, W, 0x55ff0000, 0xffff0000);
    case dlt::IPNET:
        if (ll_proto == eth::IP) return gen_cmp(OffRel::LinkType, 0, B, 2);
        if (ll_proto == eth::IPV6) return gen_cmp(OffRel::LinkType, 0, B, 26);
        return gen_false();
    case dlt::LINUX_IRDA: fail("IrDA link-layer type filtering not implemented");
    case dlt::DOCSIS: fail("DOCSIS link-layer type filtering not implemented");
    case dlt::MTP2:
    case dlt::MTP2_WITH_PHDR: fail("MTP2 link-layer type filtering not implemented");
    case dlt::ERF: fail("ERF link-layer type filtering not implemented");
    case dlt::PFSYNC: fail("PFSYNC link-layer type filtering not implemented");
    case dlt::LINUX_LAPD: fail("LAPD link-layer type filtering not implemented");
    case dlt::USB_FREEBSD:
    case dlt::USB_LINUX:
    case dlt::USB_LINUX_MMAPPED:
    case dlt::USBPCAP: fail("USB link-layer type filtering not implemented");
    case dlt::BLUETOOTH_HCI_H4:
    case dlt::BLUETOOTH_HCI_H4_WITH_PHDR:
        fail("Bluetooth link-layer type filtering not implemented");
    case dlt::CAN20B:
    case dlt::CAN_SOCKETCAN: fail("CAN link-layer type filtering not implemented");
    case dlt::IEEE802_15_4:
    case dlt::IEEE802_15_4_LINUX:
    case dlt::IEEE802_15_4_NONASK_PHY:
    case dlt::IEEE802_15_4_NOFCS:
    case dlt::IEEE802_15_4_TAP:
        fail("IEEE 802.15.4 link-layer type filtering not implemented");
    case dlt::IEEE802_16_MAC_CPS_RADIO:
        fail("IEEE 802.16 link-layer type filtering not implemented");
    case dlt::SITA: fail("SITA link-layer type filtering not implemented");
    case dlt::RAIF1: fail("RAIF1 link-layer type filtering not implemented");
    case dlt::IPMB_KONTRON:
    case dlt::IPMB_LINUX: fail("IPMB link-layer type filtering not implemented");
    case dlt::AX25_KISS: fail("AX.25 link-layer type filtering not implemented");
    case dlt::NFLOG: fail("NFLOG link-layer type filtering not implemented");
    default:
        if (off_linktype.constant_part != OFFSET_NOT_SET)
            return gen_cmp(OffRel::LinkType, 0, H, ll_proto);
        fail(describe_linktype() + " link-layer type filtering not implemented");
    }
}

// ---- MAC addresses

namespace {
[[noreturn]] void fail_dir_80211_only(int dir) {
    switch (dir) {
    case ast::D_ADDR1: fail("'addr1' and 'address1' are only supported on 802.11 with 802.11 headers");
    case ast::D_ADDR2: fail("'addr2' and 'address2' are only supported on 802.11 with 802.11 headers");
    case ast::D_ADDR3: fail("'addr3' and 'address3' are only supported on 802.11 with 802.11 headers");
    case ast::D_ADDR4: fail("'addr4' and 'address4' are only supported on 802.11 with 802.11 headers");
    case ast::D_RA: fail("'ra' is only supported on 802.11 with 802.11 headers");
    case ast::D_TA: fail("'ta' is only supported on 802.11 with 802.11 headers");
    default: fail("internal error: bad direction");
    }
}
}  // namespace

// A MAC match at fixed source/destination offsets of the link header.
#define RD_MAC_HOSTOP(NAME, SRC, DST, LEN)                       \
    Frag Gen::NAME(const uint8_t* eaddr, int dir) {              \
        switch (dir) {                                           \
        case ast::D_SRC: return gen_bcmp(OffRel::LinkHdr, SRC, LEN, eaddr); \
        case ast::D_DST: return gen_bcmp(OffRel::LinkHdr, DST, LEN, eaddr); \
        case ast::D_AND: {                                       \
            Frag b0 = NAME(eaddr, ast::D_SRC);                   \
            Frag b1 = NAME(eaddr, ast::D_DST);                   \
            gen_and(b0, b1);                                     \
            return b1;                                           \
        }                                                        \
        case ast::D_DEFAULT:                                     \
        case ast::D_OR: {                                        \
            Frag b0 = NAME(eaddr, ast::D_SRC);                   \
            Frag b1 = NAME(eaddr, ast::D_DST);                   \
            gen_or(b0, b1);                                      \
            return b1;                                           \
        }                                                        \
        default: fail_dir_80211_only(dir);                       \
        }                                                        \
    }

RD_MAC_HOSTOP(gen_ehostop, 6, 0, 6)
RD_MAC_HOSTOP(gen_fhostop, 7, 1, 6)
RD_MAC_HOSTOP(gen_thostop, 8, 2, 6)
RD_MAC_HOSTOP(gen_ipfchostop, 10, 2, 6)
RD_MAC_HOSTOP(gen_ahostop, 0, 1, 1)
#undef RD_MAC_HOSTOP

Frag Gen::gen_broadcast(int proto) {
    switch (proto) {
    case ast::Q_DEFAULT:
    case ast::Q_LINK:
        switch (linktype) {
        case dlt::ARCNET:
        case dlt::ARCNET_LINUX: return gen_ahostop(kArcBroadcast, ast::D_DST);
        case dlt::EN10MB:
        case dlt::NETANALYZER:
        case dlt::NETANALYZER_TRANSPARENT: {
            std::optional<Frag> b1 = gen_prevlinkhdr_check();
            Frag b0 = gen_ehostop(kBroadcast, ast::D_DST);
            if (b1) gen_and(*b1, b0);
            return b0;
        }
        case dlt::FDDI: return gen_fhostop(kBroadcast, ast::D_DST);
        case dlt::IEEE802: return gen_thostop(kBroadcast, ast::D_DST);
        case dlt::IEEE802_11:
        case dlt::PRISM_HEADER:
        case dlt::IEEE802_11_RADIO_AVS:
        case dlt::IEEE802_11_RADIO:
        case dlt::PPI: return gen_wlanhostop(kBroadcast, ast::D_DST);
        case dlt::IP_OVER_FC: return gen_ipfchostop(kBroadcast, ast::D_DST);
        default: fail("not a broadcast link");
        }
    case ast::Q_IP: {
        if (opts.netmask == 0xffffffffu)
            fail("netmask not known, so 'ip broadcast' not supported");
        Frag b0 = gen_linktype(eth::IP);
        uint32_t hostmask = ~opts.netmask;
        Frag b1 = gen_mcmp(OffRel::LinkPl, 16, W, 0, hostmask);
        Frag b2 = gen_mcmp(OffRel::LinkPl, 16, W, ~0u & hostmask, hostmask);
        gen_or(b1, b2);
        gen_and(b0, b2);
        return b2;
    }
    default: fail("only link-layer/IP broadcast filters supported");
    }
}

Frag Gen::gen_mac_multicast(uint32_t offset) {
    return jmp(JSET, 1, gen_load_a(OffRel::LinkHdr, offset, B));
}

Frag Gen::gen_multicast(int proto) {
    switch (proto) {
    case ast::Q_DEFAULT:
    case ast::Q_LINK:
        switch (linktype) {
        case dlt::ARCNET:
        case dlt::ARCNET_LINUX: return gen_ahostop(kArcBroadcast, ast::D_DST);
        case dlt::EN10MB:
        case dlt::NETANALYZER:
        case dlt::NETANALYZER_TRANSPARENT: {
            std::optional<Frag> b1 = gen_prevlinkhdr_check();
            Frag b0 = gen_mac_multicast(0);
            if (b1) gen_and(*b1, b0);
            return b0;
        }
        case dlt::FDDI: return gen_mac_multicast(1);
        case dlt::IEEE802: return gen_mac_multicast(2);
        case dlt::IEEE802_11:
        case dlt::PRISM_HEADER:
        case dlt::IEEE802_11_RADIO_AVS:
        case dlt::IEEE802_11_RADIO:
        case dlt::PPI: return gen_wlan_multicast();
        case dlt::IP_OVER_FC: return gen_mac_multicast(2);
        default: break;
        }
        break;
    case ast::Q_IP: {
        Frag b0 = gen_linktype(eth::IP);
        Frag b1 = gen_cmp_ge(OffRel::LinkPl, 16, B, 224);
        gen_and(b0, b1);
        return b1;
    }
    case ast::Q_IPV6: {
        Frag b0 = gen_linktype(eth::IPV6);
        Frag b1 = gen_cmp(OffRel::LinkPl, 24, B, 255);
        gen_and(b0, b1);
        return b1;
    }
    default: break;
    }
    fail("link-layer multicast filters supported only on ethernet/FDDI/token ring/ARCNET/802.11/ATM LANE/Fibre Channel");
}

Frag Gen::gen_inbound(bool outbound) {
    switch (linktype) {
    case dlt::SLIP: {
        // link[0] == 0 is inbound
        // (libpcap's compiler evaluates the right-hand operand first; so do we, for
        // the same register numbers)
        ArithVal rhs = gen_loadi(0);
        ArithVal idx = gen_loadi(0);
        ArithVal ld = gen_load(ast::Q_LINK, std::move(idx), 1);
        return gen_relation(JEQ, std::move(ld), std::move(rhs), outbound);
    }
    case dlt::IPNET:
        return gen_cmp(OffRel::LinkHdr, 2, H, outbound ? 1 : 2);  // IPNET_OUTBOUND 1, INBOUND 2
    case dlt::LINUX_SLL: {
        Frag b = gen_cmp(OffRel::LinkHdr, 0, H, kSllOutgoing);
        if (!outbound) gen_not(b);
        return b;
    }
    case dlt::LINUX_SLL2: {
        Frag b = gen_cmp(OffRel::LinkHdr, 10, B, kSllOutgoing);
        if (!outbound) gen_not(b);
        return b;
    }
    case dlt::PFLOG: return gen_cmp(OffRel::LinkHdr, 60, B, outbound ? 2 : 1);
    case dlt::PPP_PPPD: return gen_cmp(OffRel::LinkHdr, 0, B, outbound ? 1 : 0);
    case dlt::JUNIPER_MFR:
    case dlt::JUNIPER_MLFR:
    case dlt::JUNIPER_MLPPP:
    case dlt::JUNIPER_ATM1:
    case dlt::JUNIPER_ATM2:
    case dlt::JUNIPER_PPPOE:
    case dlt::JUNIPER_PPPOE_ATM:
    case dlt::JUNIPER_GGSN:
    case dlt::JUNIPER_ES:
    case dlt::JUNIPER_MONITOR:
    case dlt::JUNIPER_SERVICES:
    case dlt::JUNIPER_ETHER:
    case dlt::JUNIPER_PPP:
    case dlt::JUNIPER_FRELAY:
    case dlt::JUNIPER_CHDLC:
    case dlt::JUNIPER_VP:
    case dlt::JUNIPER_ST:
    case dlt::JUNIPER_ISM:
    case dlt::JUNIPER_VS:
    case dlt::JUNIPER_SRX_E2E:
    case dlt::JUNIPER_FIBRECHANNEL:
    case dlt::JUNIPER_ATM_CEMIC:
        return gen_mcmp(OffRel::LinkHdr, 3, B, outbound ? 0 : 1, 0x01);
    default: {
        // Only the kernel knows the direction: use its packet-type ancillary load.
        if (opts.savefile)
            fail("inbound/outbound not supported on " + describe_linktype() +
                 " when reading savefiles");
        Frag b = gen_cmp(OffRel::LinkHdr, SKF_AD_OFF + SKF_AD_PKTTYPE, H, 4 /* OUTGOING */);
        if (!outbound) gen_not(b);
        return b;
    }
    }
}

Frag Gen::gen_ifindex(uint32_t ifindex) {
    if (linktype == dlt::LINUX_SLL2) return gen_cmp(OffRel::LinkHdr, 4, W, ifindex);
    if (opts.savefile)
        fail("ifindex not supported on " + describe_linktype() + " when reading savefiles");
    return gen_cmp(OffRel::LinkHdr, SKF_AD_OFF + SKF_AD_IFINDEX, W, ifindex);
}

}  // namespace rd::bpf::gen
