// Code generation: syntax tree -> control-flow graph. The generator keeps libpcap's
// model of the packet: offsets of the link-layer header, its type field and payload
// (constant, or variable and kept in a scratch register), which "vlan", "mpls",
// "pppoes" and "geneve" shift for every primitive that follows them.
#pragma once
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "ast.hpp"
#include "ir.hpp"
#include "ringdump/bpf/filter.hpp"

namespace rd::bpf::gen {

using ir::Block;
using ir::Frag;
using ir::Stmt;
using ir::Stmts;

inline constexpr uint32_t OFFSET_NOT_SET = 0xffffffffu;

// ATM fields beyond the user-visible vpi/vci (ast::ATMF_VPI, ast::ATMF_VCI).
inline constexpr int ATMF_PROTOTYPE = 2, ATMF_MSGTYPE = 3;

// Thrown for a bad expression (the message is what the user sees).
struct CompileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};
[[noreturn]] inline void fail(const std::string& msg) { throw CompileError(msg); }

// Linux DLT_* values the generator distinguishes.
namespace dlt {
inline constexpr uint32_t NULL_ = 0, EN10MB = 1, IEEE802 = 6, ARCNET = 7, SLIP = 8, PPP = 9,
    FDDI = 10, ATM_RFC1483 = 11, RAW = 12, SLIP_BSDOS = 15, PPP_BSDOS = 16, ATM_CLIP = 19,
    PPP_SERIAL = 50, PPP_ETHER = 51, SYMANTEC_FIREWALL = 99, C_HDLC = 104, IEEE802_11 = 105,
    FRELAY = 107, LOOP = 108, ENC = 109, LINUX_SLL = 113, LTALK = 114, PFLOG = 117,
    PRISM_HEADER = 119, IP_OVER_FC = 122, SUNATM = 123, IEEE802_11_RADIO = 127,
    ARCNET_LINUX = 129, JUNIPER_MLPPP = 130, JUNIPER_MLFR = 131, JUNIPER_ES = 132,
    JUNIPER_GGSN = 133, JUNIPER_MFR = 134, JUNIPER_ATM2 = 135, JUNIPER_SERVICES = 136,
    JUNIPER_ATM1 = 137, APPLE_IP_OVER_IEEE1394 = 138, MTP2_WITH_PHDR = 139, MTP2 = 140,
    MTP3 = 141, SCCP = 142, DOCSIS = 143, LINUX_IRDA = 144, IEEE802_11_RADIO_AVS = 163,
    JUNIPER_MONITOR = 164, BACNET_MS_TP = 165, PPP_PPPD = 166, JUNIPER_PPPOE = 167,
    JUNIPER_PPPOE_ATM = 168, JUNIPER_PIC_PEER = 174, ERF_ETH = 175, ERF_POS = 176,
    LINUX_LAPD = 177, JUNIPER_ETHER = 178, JUNIPER_PPP = 179, JUNIPER_FRELAY = 180,
    JUNIPER_CHDLC = 181, MFR = 182, JUNIPER_VP = 183, USB_FREEBSD = 186,
    BLUETOOTH_HCI_H4 = 187, USB_LINUX = 189, CAN20B = 190, IEEE802_15_4_LINUX = 191,
    PPI = 192, IEEE802_16_MAC_CPS_RADIO = 193, JUNIPER_ISM = 194, IEEE802_15_4 = 195,
    SITA = 196, ERF = 197, RAIF1 = 198, IPMB_KONTRON = 199, JUNIPER_ST = 200,
    BLUETOOTH_HCI_H4_WITH_PHDR = 201, IEEE802_15_4_NONASK_PHY = 215, USB_LINUX_MMAPPED = 220,
    JUNIPER_FIBRECHANNEL = 234, JUNIPER_ATM_CEMIC = 238, IPNET = 226, CAN_SOCKETCAN = 227,
    IPV4 = 228, IPV6 = 229, IEEE802_15_4_NOFCS = 230, JUNIPER_VS = 232, JUNIPER_SRX_E2E = 233,
    NFLOG = 239, NETANALYZER = 240, NETANALYZER_TRANSPARENT = 241, IPOIB = 242,
    PFSYNC = 246, USBPCAP = 249, LINUX_SLL2 = 276, IEEE802_15_4_TAP = 283, AX25_KISS = 202, IPMB_LINUX = 209;
inline constexpr uint32_t MATCHING_MIN = 104, MATCHING_MAX = 289;
}  // namespace dlt

enum class OffRel {
    Packet, LinkHdr, PrevLinkHdr, Llc, PrevMplsHdr, LinkType, LinkPl, LinkPlNoSnap,
    TranIpv4, TranIpv6,
};

struct AbsOffset {
    uint32_t constant_part = 0;
    bool is_variable = false;
    int reg = -1;
};

// The value of an arithmetic expression: code leaving it in scratch register `regno`,
// plus protocol checks that must hold for the load to make sense.
struct ArithVal {
    Stmts s;
    int regno = -1;
    std::optional<Frag> b;
};

// EtherType / SAP values used across the generator.
namespace eth {
inline constexpr uint32_t IP = 0x0800, ARP = 0x0806, REVARP = 0x8035, IPV6 = 0x86dd,
    ATALK = 0x809b, AARP = 0x80f3, DN = 0x6003, LAT = 0x6004, SCA = 0x6007, MOPDL = 0x6001,
    MOPRC = 0x6002, IPX = 0x8137, VLAN_8021Q = 0x8100, VLAN_8021AD = 0x88a8,
    VLAN_QINQ = 0x9100, MPLS = 0x8847, PPPOED = 0x8863, PPPOES = 0x8864, TEB = 0x6558,
    LOOPBACK = 0x9000;
inline constexpr uint32_t MTU = 1500;
}  // namespace eth
namespace sap {
inline constexpr uint32_t IP = 0x06, ISONS = 0xfe, NETBEUI = 0xf0, IPX = 0xe0, SNAP = 0xaa,
    STP_8021D = 0x42;
}
namespace ipproto {
inline constexpr uint32_t ICMP = 1, IGMP = 2, TCP = 6, UDP = 17, IGRP = 9, HOPOPTS = 0,
    ROUTING = 43, FRAGMENT = 44, ESP = 50, AH = 51, ICMPV6 = 58, NONE = 59, DSTOPTS = 60,
    PIM = 103, VRRP = 112, CARP = 112, SCTP = 132;
inline constexpr int UNDEF = -1;
}  // namespace ipproto

class Gen {
public:
    Gen(ir::Arena& arena, const CompileOptions& opts);

    // Generates the whole program; returns its root block.
    Block* program(const ast::Node* root);
    bool no_optimize() const { return no_optimize_; }

    // ---- building blocks (gen_core.cpp)
    Block* new_block(uint16_t code, uint32_t k = 0);
    Frag leaf(Block* b);   // a single jump block as an expression
    Frag jmp(uint16_t jop, uint32_t k, Stmts s);
    static void gen_and(Frag& b0, Frag& b1);   // b1 := b0 && b1
    static void gen_or(Frag& b0, Frag& b1);    // b1 := b0 || b1
    static void gen_not(Frag& b);
    Frag gen_true();
    Frag gen_false();
    Frag gen_uncond(bool rsense);

    int alloc_reg();
    void free_reg(int n);

    Stmts gen_load_a(OffRel rel, uint32_t offset, uint16_t size);
    Stmts gen_load_absoffsetrel(AbsOffset& off, uint32_t offset, uint16_t size);
    std::optional<Stmts> gen_abs_offset_varpart(AbsOffset& off);
    Stmts gen_loadx_iphdrlen();
    Frag gen_ncmp(OffRel rel, uint32_t offset, uint16_t size, uint32_t mask, uint16_t jtype,
                  bool reverse, uint32_t v);
    Frag gen_cmp(OffRel rel, uint32_t offset, uint16_t size, uint32_t v);
    Frag gen_cmp_gt(OffRel rel, uint32_t offset, uint16_t size, uint32_t v);
    Frag gen_cmp_ge(OffRel rel, uint32_t offset, uint16_t size, uint32_t v);
    Frag gen_cmp_lt(OffRel rel, uint32_t offset, uint16_t size, uint32_t v);
    Frag gen_cmp_le(OffRel rel, uint32_t offset, uint16_t size, uint32_t v);
    Frag gen_mcmp(OffRel rel, uint32_t offset, uint16_t size, uint32_t v, uint32_t mask);
    Frag gen_bcmp(OffRel rel, uint32_t offset, uint32_t size, const uint8_t* v);

    // ---- link layer (gen_link.cpp)
    Frag gen_linktype(uint32_t ll_proto);
    Frag gen_ether_linktype(uint32_t ll_proto);
    Frag gen_llc_linktype(uint32_t ll_proto);
    Frag gen_linux_sll_linktype(uint32_t ll_proto);
    Frag gen_loopback_linktype(uint32_t af);
    Frag gen_snap(uint32_t orgcode, uint32_t ptype);
    std::optional<Frag> gen_prevlinkhdr_check();
    Frag gen_ehostop(const uint8_t* eaddr, int dir);
    Frag gen_fhostop(const uint8_t* eaddr, int dir);
    Frag gen_thostop(const uint8_t* eaddr, int dir);
    Frag gen_ipfchostop(const uint8_t* eaddr, int dir);
    Frag gen_ahostop(const uint8_t* eaddr, int dir);
    Frag gen_broadcast(int proto);
    Frag gen_multicast(int proto);
    Frag gen_mac_multicast(uint32_t offset);
    Frag gen_inbound(bool outbound);
    Frag gen_ifindex(uint32_t ifindex);

    // ---- 802.11 (gen_wlan.cpp)
    Frag gen_check_802_11_data_frame();
    Frag gen_wlanhostop(const uint8_t* eaddr, int dir);
    Frag gen_wlan_multicast();
    Frag gen_p80211_type(uint32_t type, uint32_t mask);
    Frag gen_p80211_fcdir(uint32_t fcdir);
    std::optional<Stmts> gen_llprefixlen();
    std::optional<Stmts> gen_load_802_11_header_len(std::optional<Stmts> s);

    // ---- IPv4/IPv6 and above (gen_ip.cpp, gen_names.cpp)
    Frag gen_host(uint32_t addr, uint32_t mask, int proto, int dir, int type);
    Frag gen_hostop(uint32_t addr, uint32_t mask, int dir, uint32_t ll_proto, uint32_t src_off,
                    uint32_t dst_off);
    Frag gen_host6(const uint8_t* addr, const uint8_t* mask, int proto, int dir, int type);
    Frag gen_hostop6(const uint8_t* addr, const uint8_t* mask, int dir, uint32_t ll_proto,
                     uint32_t src_off, uint32_t dst_off);
    Frag gen_dnhostop(uint32_t addr, int dir);
    Frag gen_proto(uint32_t v, int proto, int dir);
    Frag gen_proto_abbrev(int proto);
    Frag gen_protochain(uint32_t v, int proto);
    Frag gen_ipfrag();
    Frag gen_port(uint32_t port, int ip_proto, int dir);
    Frag gen_port6(uint32_t port, int ip_proto, int dir);
    Frag gen_portrange(uint32_t p1, uint32_t p2, int ip_proto, int dir);
    Frag gen_portrange6(uint32_t p1, uint32_t p2, int ip_proto, int dir);
    Frag gen_scode(const std::string& name, ast::Qual q);
    Frag gen_ncode(const std::string* s, uint32_t v, ast::Qual q);
    Frag gen_mcode(const std::string& s1, const std::string* s2, uint32_t masklen, ast::Qual q);
    Frag gen_mcode6(const std::string& s, uint32_t masklen, ast::Qual q);
    Frag gen_ecode(const std::string& s, ast::Qual q);
    Frag gen_acode(const std::string& s, ast::Qual q);

    // ---- encapsulations and other primitives (gen_encap.cpp)
    Frag gen_vlan(uint32_t vlan_num, bool has_vlan_tag);
    Frag gen_vlan_bpf_extensions(uint32_t vlan_num, bool has_vlan_tag);
    Frag gen_mpls(uint32_t label, bool has_label);
    Frag gen_mpls_linktype(uint32_t ll_proto);
    Frag gen_pppoed();
    Frag gen_pppoes(uint32_t sess, bool has_sess);
    Frag gen_geneve(uint32_t vni, bool has_vni);
    Frag gen_geneve_ll_check();
    Frag gen_llc(int kind, uint32_t subtype);
    Frag gen_llc_internal();
    Frag gen_atmfield_code(int field, uint32_t value, uint16_t jtype, bool reverse);
    Frag gen_atmtype_abbrev(int type);
    Frag gen_atmmulti_abbrev(int type);
    Frag gen_mtp2type_abbrev(int type);
    Frag gen_mtp3field_code(int field, uint32_t value, uint16_t jtype, bool reverse);
    Frag gen_pf(const ast::Node& n);

    // ---- arithmetic (gen_arith.cpp)
    ArithVal gen_arith_tree(const ast::Arith& a);
    ArithVal gen_loadi(uint32_t v);
    ArithVal gen_loadlen();
    ArithVal gen_load(int proto, ArithVal inst, uint32_t size);
    ArithVal gen_arth(uint16_t code, ArithVal a0, ArithVal a1);
    ArithVal gen_neg(ArithVal a);
    Frag gen_relation(uint16_t code, ArithVal a0, ArithVal a1, bool reversed);
    Frag gen_less(uint32_t n);
    Frag gen_greater(uint32_t n);
    Frag gen_byteop(int op, uint32_t idx, uint32_t val);

    // the primitive dispatcher (gen_core.cpp)
    Frag gen_node(const ast::Node& n);

    // ---- state (public for the helpers spread over several files)
    ir::Arena& arena;
    CompileOptions opts;
    uint32_t linktype = 0;           // DLT value
    uint32_t outermostlinktype = 0;
    uint32_t prevlinktype = 0;
    AbsOffset off_outermostlinkhdr, off_prevlinkhdr, off_linkhdr, off_linkpl, off_linktype;
    uint32_t off_nl = 0, off_nl_nosnap = 0;
    bool is_atm = false, is_geneve = false;
    uint32_t off_vpi = OFFSET_NOT_SET, off_vci = OFFSET_NOT_SET, off_proto = OFFSET_NOT_SET,
             off_payload = OFFSET_NOT_SET;
    uint32_t off_li = OFFSET_NOT_SET, off_li_hsl = OFFSET_NOT_SET, off_sio = OFFSET_NOT_SET,
             off_opc = OFFSET_NOT_SET, off_dpc = OFFSET_NOT_SET, off_sls = OFFSET_NOT_SET;
    int label_stack_depth = 0;
    int vlan_stack_depth = 0;
    bool regused[op::MEMWORDS] = {};
    int curreg = 0;
    bool no_optimize_ = false;
    bool is_vlan_vloffset = false;  // VLAN via metadata made the payload offsets variable

    std::string describe_linktype() const;

private:
    void init_linktype();
    void insert_compute_vloffsets(Block* b);
};

// Helpers shared by several files.
uint32_t ethertype_to_ppptype(uint32_t ll_proto);

}  // namespace rd::bpf::gen
