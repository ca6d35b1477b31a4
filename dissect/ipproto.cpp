// IP protocol numbers: the payload dispatch shared by IPv4 and IPv6 (tcpdump's
// ip_demux_print), the two protocol name tables tcpdump prints, and the transport
// pseudo-header checksum.
#include "carp.hpp"
#include "checksum.hpp"
#include "pgm.hpp"
#include "dccp.hpp"
#include "ip_misc.hpp"
#include "ospf.hpp"
#include "protos.hpp"
#include "ringdump/dissect/packet_types.hpp"
#include "routing.hpp"
#include "sctp.hpp"

namespace rd {

namespace {

// A printer for one IP protocol. `only` is 4 or 6 when the protocol belongs to one IP
// version (tcpdump then prints "[NAME requires IPvN] (invalid)" for the other), else 0.
using IpProtoPrinter = void (*)(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
struct IpProtoEntry {
    uint8_t proto;
    uint8_t only;
    IpProtoPrinter print;
};

void ipip_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) { ip_print(ctx, c, length); }
void ip6ip_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) { ip6_print(ctx, c, length); }
void nd_proto_print(Ctx& ctx, Cursor, uint32_t length, const IpInfo&) {
    ctx.out.put(" nd ");
    ctx.out.dec(length);
}
void ether_in_ip6_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) { ether_print(ctx, c, length); }
void no_next_header_print(Ctx& ctx, Cursor, uint32_t, const IpInfo&) { ctx.out.put("no next header"); }
// Protocol 112 is VRRP unless -T carp says CARP.
void vrrp_or_carp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    if (ctx.opt.forced == kForcedCarp) carp_print(ctx, c, length, ip);
    else vrrp_print(ctx, c, length, ip);
}

// Add a protocol here when its printer exists; everything else gets tcpdump's generic
// " ip-proto-N LEN" (or the netdb name without -n).
constexpr IpProtoEntry kIpProtos[] = {
    {6, 0, tcp_print},
    {17, 0, udp_print},
    {1, 4, icmp_print},
    {58, 6, icmp6_print},
    {2, 4, igmp_print},
    {4, 0, ipip_print},
    {41, 0, ip6ip_print},
    {77, 0, nd_proto_print},
    {59, 0, no_next_header_print},
    {143, 6, ether_in_ip6_print},  // Ethernet over IPv6 (RFC 8986, SRv6 End.DX2)
    {51, 0, ah_demux_print},
    {50, 0, esp_print},
    {108, 0, ipcomp_print},
    {103, 0, pim_print},
    {88, 0, eigrp_print},
    {89, 0, ospf_print},
    {112, 0, vrrp_or_carp_print},
    {47, 0, gre_print},
    {113, 0, pgm_ip_print},
    {9, 0, igrp_print},
    {33, 0, dccp_print},
    {46, 0, rsvp_print},
    {55, 0, mobile_print},
    {8, 0, egp_print},
    {132, 0, sctp_print},
};

// tcpdump's ipproto_values.
constexpr Tok kIpProtoValues[] = {
    {0, "Options"},   {1, "ICMP"},       {2, "IGMP"},      {4, "IPIP"},
    {6, "TCP"},       {8, "EGP"},        {9, "IGRP"},      {17, "UDP"},
    {33, "DCCP"},     {41, "IPv6"},      {43, "Routing"},  {44, "Fragment"},
    {46, "RSVP"},     {47, "GRE"},       {50, "ESP"},      {51, "AH"},
    {55, "Mobile IP"}, {58, "ICMPv6"},   {62, "Mobile IP (old)"}, {88, "EIGRP"},
    {89, "OSPF"},     {103, "PIM"},      {108, "Compressed IP"}, {112, "VRRP"},
    {113, "PGM"},     {132, "SCTP"},     {135, "Mobility"}, {143, "Ethernet"},
};

// tcpdump's own table of protocol keywords (IANA), not /etc/protocols.
constexpr Tok kNetdbNames[] = {
    {0, "hopopt"}, {1, "icmp"}, {2, "igmp"}, {3, "ggp"}, {4, "ipencap"}, {5, "st"}, {6, "tcp"},
    {7, "cbt"}, {8, "egp"}, {9, "igp"}, {10, "bbn-rcc-mon"}, {11, "nvp-ii"}, {12, "pup"}, {13,
    "argus"}, {14, "emcon"}, {15, "xnet"}, {16, "chaos"}, {17, "udp"}, {18, "mux"}, {19,
    "dcn-meas"}, {20, "hmp"}, {21, "prm"}, {22, "xns-idp"}, {23, "trunk-1"}, {24, "trunk-2"},
    {25, "leaf-1"}, {26, "leaf-2"}, {27, "rdp"}, {28, "irtp"}, {29, "iso-tp4"}, {30, "netblt"},
    {31, "mfe-nsp"}, {32, "merit-inp"}, {33, "dccp"}, {34, "3pc"}, {35, "idpr"}, {36, "xtp"},
    {37, "ddp"}, {38, "idpr-cmtp"}, {39, "tp++"}, {40, "il"}, {41, "ipv6"}, {42, "sdrp"}, {43,
    "ipv6-route"}, {44, "ipv6-frag"}, {45, "idrp"}, {46, "rsvp"}, {47, "gre"}, {48, "dsr"},
    {49, "bna"}, {50, "esp"}, {51, "ah"}, {52, "i-nlsp"}, {53, "swipe"}, {54, "narp"}, {55,
    "mobile"}, {56, "tlsp"}, {57, "skip"}, {58, "ipv6-icmp"}, {59, "ipv6-nonxt"}, {60,
    "ipv6-opts"}, {62, "cftp"}, {64, "sat-expak"}, {65, "kryptolan"}, {66, "rvd"}, {67,
    "ippc"}, {69, "sat-mon"}, {70, "visa"}, {71, "ipcv"}, {72, "cpnx"}, {73, "rspf"}, {74,
    "wsn"}, {75, "pvp"}, {76, "br-sat-mon"}, {77, "sun-nd"}, {78, "wb-mon"}, {79, "wb-expak"},
    {80, "iso-ip"}, {81, "vmtp"}, {82, "secure-vmtp"}, {83, "vines"}, {84, "ttp"}, {85,
    "nsfnet-igp"}, {86, "dgp"}, {87, "tcf"}, {88, "eigrp"}, {89, "ospf"}, {90, "sprite-rpc"},
    {91, "larp"}, {92, "mtp"}, {93, "ax.25"}, {94, "ipip"}, {95, "micp"}, {96, "scc-sp"}, {97,
    "etherip"}, {98, "encap"}, {100, "gmtp"}, {101, "ifmp"}, {102, "pnni"}, {103, "pim"}, {104,
    "aris"}, {105, "scps"}, {106, "qnx"}, {107, "a/n"}, {108, "ipcomp"}, {109, "snp"}, {110,
    "compaq-peer"}, {111, "ipx-in-ip"}, {112, "vrrp"}, {113, "pgm"}, {115, "l2tp"}, {116,
    "ddx"}, {117, "iatp"}, {118, "stp"}, {119, "srp"}, {120, "uti"}, {121, "smp"}, {122, "sm"},
    {123, "ptp"}, {124, "isis"}, {125, "fire"}, {126, "crtp"}, {127, "crudp"}, {128,
    "sscopmce"}, {129, "iplt"}, {130, "sps"}, {131, "pipe"}, {132, "sctp"}, {133, "fc"}, {134,
    "rsvp-e2e-ignore"}, {135, "mobility-header"}, {136, "udplite"}, {137, "mpls-in-ip"}, {138,
    "manet"}, {139, "hip"}, {140, "shim6"}, {141, "wesp"}, {142, "rohc"}, {253, "exptest-253"},
    {254, "exptest-254"}, {255, "reserved"},
};

}  // namespace

const char* ipproto_name(uint8_t proto) { return tok_lookup(kIpProtoValues, proto); }

const char* netdb_protoname(uint8_t proto) { return tok_lookup(kNetdbNames, proto); }

uint16_t ip_pseudo_cksum(const IpInfo& ip, uint8_t proto, uint32_t len, std::span<const uint8_t> data) {
    const auto dst = ip.cksum_dst.empty() ? ip.dst : ip.cksum_dst;
    if (ip.version == 4) {
        // The IPv4 pseudo-header carries a 16-bit length.
        len &= 0xffff;
    }
    return pseudo_cksum(ip.src, dst, proto, len, data);
}

void ip_demux_print(Ctx& ctx, uint8_t proto, Cursor c, uint32_t length, const IpInfo& ip) {
    for (const auto& e : kIpProtos) {
        if (e.proto != proto) continue;
        if (e.only != 0 && e.only != ip.version) {
            ctx.out.f("[{} requires IPv{}]", ipproto_name(proto) ? ipproto_name(proto) : "unknown",
                      static_cast<int>(e.only));
            ctx.print_invalid();
            return;
        }
        if (e.print != nullptr) {
            e.print(ctx, c, length, ip);
            return;
        }
        break;
    }
    const char* name = ctx.opt.nflag ? nullptr : netdb_protoname(proto);
    if (name != nullptr) {
        ctx.out.put(' ');
        ctx.out.put(name);
    } else {
        ctx.out.put(" ip-proto-");
        ctx.out.dec(proto);
    }
    ctx.out.put(' ');
    ctx.out.dec(length);
}

}  // namespace rd
