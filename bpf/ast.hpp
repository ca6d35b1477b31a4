// Syntax tree of a filter expression. Qualifier inheritance ("host a and b") is
// resolved by the parser, so every primitive carries its complete qualifiers.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

namespace rd::bpf::ast {

// Protocol qualifiers (pcap-filter(7) "proto").
enum QProto : uint8_t {
    Q_DEFAULT = 0, Q_LINK, Q_IP, Q_ARP, Q_RARP, Q_SCTP, Q_TCP, Q_UDP, Q_ICMP, Q_IGMP, Q_IGRP,
    Q_ATALK, Q_DECNET, Q_LAT, Q_SCA, Q_MOPRC, Q_MOPDL, Q_IPV6, Q_ICMPV6, Q_AH, Q_ESP, Q_PIM,
    Q_VRRP, Q_AARP, Q_ISO, Q_ESIS, Q_ISIS, Q_CLNP, Q_STP, Q_IPX, Q_NETBEUI, Q_ISIS_L1,
    Q_ISIS_L2, Q_ISIS_IIH, Q_ISIS_SNP, Q_ISIS_CSNP, Q_ISIS_PSNP, Q_ISIS_LSP, Q_RADIO, Q_CARP,
    Q_UNDEF = 255
};
// Direction qualifiers.
enum QDir : uint8_t {
    D_DEFAULT = 0, D_SRC, D_DST, D_OR, D_AND, D_ADDR1, D_ADDR2, D_ADDR3, D_ADDR4, D_RA, D_TA,
    D_UNDEF = 255
};
// Address-type qualifiers.
enum QAddr : uint8_t {
    A_DEFAULT = 0, A_HOST, A_NET, A_PORT, A_GATEWAY, A_PROTO, A_PROTOCHAIN, A_PORTRANGE,
    A_UNDEF = 255
};

struct Qual {
    uint8_t proto = Q_DEFAULT;
    uint8_t dir = D_DEFAULT;
    uint8_t addr = A_DEFAULT;
};
inline constexpr Qual kQualErr{Q_UNDEF, D_UNDEF, A_UNDEF};

struct Arith;
using ArithPtr = std::unique_ptr<Arith>;

// Arithmetic operand of a relation: len, constants, proto[expr:size], operators.
struct Arith {
    enum class Kind : uint8_t { Const, Len, Load, Binary, Neg } kind = Kind::Const;
    uint32_t value = 0;   // Const
    uint8_t proto = 0;    // Load: protocol qualifier naming the header
    uint32_t size = 1;    // Load: 1, 2 or 4 (checked by code generation)
    uint16_t op = 0;      // Binary: BPF ALU operation
    ArithPtr a, b;        // Load index (a); Binary operands; Neg operand (a)
};

struct Node;
using NodePtr = std::unique_ptr<Node>;

enum class Kind : uint8_t {
    And, Or, Not,
    Name,        // host/net/port/proto name or other identifier (s1)
    Number,      // bare number (n1): host/net/port/proto number
    Ipv4,        // dotted IPv4 text (s1)
    Ipv4Mask,    // s1 mask s2
    Ipv4Len,     // s1/n1
    Ipv6,        // s1/n1 (n1 = 128 without a length)
    Mac,         // Ethernet address text (s1)
    Arcnet,      // ARCnet address text (s1)
    ProtoAbbrev, // a bare protocol name: tcp, ip6, arp... (q.proto)
    Relation,    // a0 relop a1 (op = BPF jump op, reversed for <, <=, !=)
    Broadcast, Multicast,      // q.proto
    Less, Greater,             // n1
    ByteOp,                    // byte n1 op n2 (op = '&','|','<','>','=')
    Inbound, Outbound, Ifindex,
    Vlan, Mpls, Pppoed, Pppoes, Geneve,  // has_num/n1
    PfIfname, PfRuleset, PfRnr, PfSrnr, PfReason, PfAction,
    WlanType,    // n1 = value, n2 = mask
    WlanDir,     // n1
    Llc,         // op = LlcKind, n1 = subtype
    AtmType,     // op = AtmAbbrev
    AtmMulti,    // op = AtmMultiAbbrev
    AtmField,    // op2 = field, op = jump op, reversed, n1 = value
    Mtp2Type,    // op
    Mtp3Field,   // op2 = field, op, reversed, n1
};

enum LlcKind : uint16_t { LLC_ANY, LLC_I, LLC_S, LLC_U, LLC_S_SUB, LLC_U_SUB };
enum AtmAbbrev : uint16_t { ATM_LANE, ATM_METAC, ATM_BCC, ATM_OAMF4EC, ATM_OAMF4SC, ATM_SC, ATM_ILMIC };
enum AtmMultiAbbrev : uint16_t { ATM_OAM, ATM_OAMF4, ATM_CONNECTMSG, ATM_METACONNECT };
enum AtmFieldKind : uint16_t { ATMF_VPI, ATMF_VCI };
enum Mtp2Kind : uint16_t { MTP2_FISU, MTP2_LSSU, MTP2_MSU, MTP2_HFISU, MTP2_HLSSU, MTP2_HMSU };
enum Mtp3Kind : uint16_t { MTP3_SIO, MTP3_OPC, MTP3_DPC, MTP3_SLS, MTP3_HSIO, MTP3_HOPC, MTP3_HDPC, MTP3_HSLS };

struct Node {
    Kind kind = Kind::Name;
    Qual q;
    std::string s1, s2;
    uint32_t n1 = 0, n2 = 0;
    bool has_num = false;
    uint16_t op = 0, op2 = 0;
    bool reversed = false;
    NodePtr l, r;        // And/Or operands; Not operand (l)
    ArithPtr a0, a1;     // Relation operands
};

}  // namespace rd::bpf::ast
