#include "parser.hpp"

#include <optional>
#include <stdexcept>
#include <strings.h>
#include <utility>
#include <vector>

#include "lexer.hpp"
#include "opcodes.hpp"

namespace rd::bpf {
namespace {

using namespace ast;

struct ParseError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void syntax_error() {
    throw ParseError("can't parse filter expression: syntax error");
}

struct Result2 {
    NodePtr node;
    Qual q;
};

NodePtr make(Kind k, Qual q = {}) {
    auto n = std::make_unique<Node>();
    n->kind = k;
    n->q = q;
    return n;
}

NodePtr combine(Kind k, NodePtr l, NodePtr r) {
    auto n = make(k);
    n->l = std::move(l);
    n->r = std::move(r);
    return n;
}

NodePtr negate(NodePtr inner) {
    auto n = make(Kind::Not);
    n->l = std::move(inner);
    return n;
}

std::optional<uint8_t> pname(Tok t) {
    switch (t) {
    case Tok::Link: return Q_LINK;
    case Tok::Ip: return Q_IP;
    case Tok::Arp: return Q_ARP;
    case Tok::Rarp: return Q_RARP;
    case Tok::Sctp: return Q_SCTP;
    case Tok::Tcp: return Q_TCP;
    case Tok::Udp: return Q_UDP;
    case Tok::Icmp: return Q_ICMP;
    case Tok::Igmp: return Q_IGMP;
    case Tok::Igrp: return Q_IGRP;
    case Tok::Pim: return Q_PIM;
    case Tok::Vrrp: return Q_VRRP;
    case Tok::Carp: return Q_CARP;
    case Tok::Atalk: return Q_ATALK;
    case Tok::Aarp: return Q_AARP;
    case Tok::Decnet: return Q_DECNET;
    case Tok::Lat: return Q_LAT;
    case Tok::Sca: return Q_SCA;
    case Tok::Mopdl: return Q_MOPDL;
    case Tok::Moprc: return Q_MOPRC;
    case Tok::Ip6: return Q_IPV6;
    case Tok::Icmp6: return Q_ICMPV6;
    case Tok::Ah: return Q_AH;
    case Tok::Esp: return Q_ESP;
    case Tok::Iso: return Q_ISO;
    case Tok::Esis: return Q_ESIS;
    case Tok::Isis: return Q_ISIS;
    case Tok::L1: return Q_ISIS_L1;
    case Tok::L2: return Q_ISIS_L2;
    case Tok::Iih: return Q_ISIS_IIH;
    case Tok::Lsp: return Q_ISIS_LSP;
    case Tok::Snp: return Q_ISIS_SNP;
    case Tok::Psnp: return Q_ISIS_PSNP;
    case Tok::Csnp: return Q_ISIS_CSNP;
    case Tok::Clnp: return Q_CLNP;
    case Tok::Stp: return Q_STP;
    case Tok::Ipx: return Q_IPX;
    case Tok::Netbeui: return Q_NETBEUI;
    case Tok::Radio: return Q_RADIO;
    default: return std::nullopt;
    }
}

bool is_dqual_start(Tok t) {
    switch (t) {
    case Tok::Src: case Tok::Dst: case Tok::Addr1: case Tok::Addr2: case Tok::Addr3:
    case Tok::Addr4: case Tok::Ra: case Tok::Ta: return true;
    default: return false;
    }
}

bool is_aqual(Tok t) {
    return t == Tok::Host || t == Tok::Net || t == Tok::Port || t == Tok::Portrange;
}

bool is_head_after_pqual(Tok t) {
    return is_dqual_start(t) || is_aqual(t) || t == Tok::Proto || t == Tok::Protochain ||
           t == Tok::Gateway;
}

// Binary arithmetic operators: BPF op and yacc precedence (0 = none declared).
struct BinOp {
    uint16_t op;
    int prec;
};
std::optional<BinOp> binop(Tok t) {
    switch (t) {
    case Tok::Pipe: return BinOp{op::OR, 1};
    case Tok::Amp: return BinOp{op::AND, 2};
    case Tok::Lsh: return BinOp{op::LSH, 3};
    case Tok::Rsh: return BinOp{op::RSH, 3};
    case Tok::Plus: return BinOp{op::ADD, 4};
    case Tok::Minus: return BinOp{op::SUB, 4};
    case Tok::Star: return BinOp{op::MUL, 5};
    case Tok::Slash: return BinOp{op::DIV, 5};
    case Tok::Percent: return BinOp{op::MOD, 5};
    case Tok::Caret: return BinOp{op::XOR, 0};
    default: return std::nullopt;
    }
}

// relop/irelop: jump op and whether the sense is inverted.
std::optional<std::pair<uint16_t, bool>> relop(Tok t) {
    switch (t) {
    case Tok::Gt: return std::pair{op::JGT, false};
    case Tok::Geq: return std::pair{op::JGE, false};
    case Tok::Eq: return std::pair{op::JEQ, false};
    case Tok::Leq: return std::pair{op::JGT, true};
    case Tok::Lt: return std::pair{op::JGE, true};
    case Tok::Neq: return std::pair{op::JEQ, true};
    default: return std::nullopt;
    }
}

struct Wlan {
    const char* name;
    uint32_t value;
};
constexpr Wlan kWlanTypes[] = {{"data", 0x08}, {"mgt", 0x00}, {"management", 0x00},
                               {"ctl", 0x04}, {"control", 0x04}};
constexpr Wlan kWlanMgt[] = {
    {"assocreq", 0x00}, {"assoc-req", 0x00}, {"assocresp", 0x10}, {"assoc-resp", 0x10},
    {"reassocreq", 0x20}, {"reassoc-req", 0x20}, {"reassocresp", 0x30},
    {"reassoc-resp", 0x30}, {"probereq", 0x40}, {"probe-req", 0x40}, {"proberesp", 0x50},
    {"probe-resp", 0x50}, {"beacon", 0x80}, {"atim", 0x90}, {"disassoc", 0xa0},
    {"disassociation", 0xa0}, {"auth", 0xb0}, {"authentication", 0xb0}, {"deauth", 0xc0},
    {"deauthentication", 0xc0}};
constexpr Wlan kWlanCtl[] = {{"ps-poll", 0xa0}, {"rts", 0xb0}, {"cts", 0xc0},
                             {"ack", 0xd0}, {"cf-end", 0xe0}, {"cf-end-ack", 0xf0}};
constexpr Wlan kWlanData[] = {
    {"data", 0x00}, {"data-cf-ack", 0x10}, {"data-cf-poll", 0x20},
    {"data-cf-ack-poll", 0x30}, {"null", 0x40}, {"cf-ack", 0x50}, {"cf-poll", 0x60},
    {"cf-ack-poll", 0x70}, {"qos-data", 0x80}, {"qos-data-cf-ack", 0x90},
    {"qos-data-cf-poll", 0xa0}, {"qos-data-cf-ack-poll", 0xb0}, {"qos", 0xc0},
    {"qos-cf-poll", 0xe0}, {"qos-cf-ack-poll", 0xf0}};

template <size_t N>
std::optional<uint32_t> lookup(const Wlan (&table)[N], const std::string& name) {
    for (const Wlan& w : table)
        if (strcasecmp(w.name, name.c_str()) == 0) return w.value;
    return std::nullopt;
}

char hex2(uint32_t v, int shift) { return "0123456789abcdef"[(v >> shift) & 0xf]; }
std::string hexbyte(uint32_t v) {
    std::string s = "0x";
    if (v > 0xff) {
        // libpcap prints with %02x, so wider values show all their digits
        std::string digits;
        for (int sh = 28; sh >= 0; sh -= 4) digits += hex2(v, sh);
        size_t nz = digits.find_first_not_of('0');
        return s + digits.substr(std::min(nz, digits.size() - 2));
    }
    return s + hex2(v, 4) + hex2(v, 0);
}

class Parser {
public:
    explicit Parser(std::vector<Token> toks) : toks_(std::move(toks)) {}

    NodePtr program() {
        check_lex_error();
        if (peek() == Tok::End) return nullptr;
        Result2 r = expr(kQualErr);
        if (peek() != Tok::End) syntax_error();
        return std::move(r.node);
    }

private:
    std::vector<Token> toks_;
    size_t pos_ = 0;

    void check_lex_error() {
        // A lexical error stops the scan; report it unless a syntax error comes first.
        // (libpcap reports whichever its parser hits first; both are errors.)
        for (const Token& t : toks_)
            if (t.kind == Tok::Error) throw ParseError(t.text);
    }

    Tok peek(size_t ahead = 0) const {
        size_t i = pos_ + ahead;
        return i < toks_.size() ? toks_[i].kind : Tok::End;
    }
    const Token& cur() const { return toks_[pos_]; }
    const Token& take() { return toks_[pos_++]; }
    void expect(Tok t) {
        if (peek() != t) syntax_error();
        ++pos_;
    }

    // expr: term { (and|or) (term|id) }
    Result2 expr(Qual inh) {
        Result2 left = term(inh);
        while (peek() == Tok::And || peek() == Tok::Or) {
            Kind k = take().kind == Tok::And ? Kind::And : Kind::Or;
            Result2 right = term_or_id(left.q);
            left.node = combine(k, std::move(left.node), std::move(right.node));
            left.q = right.q;
        }
        return left;
    }

    bool follows_id(Tok t) const {
        return t == Tok::And || t == Tok::Or || t == Tok::RParen || t == Tok::End;
    }

    // After and/or either a full term or a bare id (inheriting qualifiers) may follow.
    Result2 term_or_id(Qual inh) {
        Tok t = peek();
        if (t == Tok::Bang) {
            ++pos_;
            Result2 r = term_or_id(inh);
            r.node = negate(std::move(r.node));
            return r;
        }
        if (t == Tok::Id || t == Tok::Hid || t == Tok::Hid6 || t == Tok::Eid || t == Tok::Aid)
            return nid(inh);
        if (t == Tok::Num) {
            if (follows_id(peek(1))) return id(inh);
            return term(inh);
        }
        if (t == Tok::LParen) {
            size_t save = pos_;
            try {
                Result2 r = id(inh);
                if (follows_id(peek())) return r;
            } catch (const ParseError&) {
            }
            pos_ = save;
        }
        return term(inh);
    }

    // id: nid | pnum | '(' pid ')'
    Result2 id(Qual inh) {
        if (peek() == Tok::Num) {
            auto n = make(Kind::Number, inh);
            n->n1 = take().num;
            return {std::move(n), inh};
        }
        if (peek() == Tok::LParen) {
            size_t save = pos_;
            if (auto v = try_pnum()) {
                auto n = make(Kind::Number, inh);
                n->n1 = *v;
                return {std::move(n), inh};
            }
            pos_ = save;
            ++pos_;
            Result2 r = pid(inh);
            expect(Tok::RParen);
            return r;
        }
        return nid(inh);
    }

    // pid: nid | qid and id | qid or id;  qid: pnum | pid
    Result2 pid(Qual inh) {
        Result2 left;
        if (peek() == Tok::Num || peek() == Tok::LParen) {
            auto v = try_pnum();
            if (!v) syntax_error();
            left.node = make(Kind::Number, inh);
            left.node->n1 = *v;
            left.q = inh;
            if (peek() != Tok::And && peek() != Tok::Or) syntax_error();
        } else {
            left = nid(inh);
        }
        while (peek() == Tok::And || peek() == Tok::Or) {
            Kind k = take().kind == Tok::And ? Kind::And : Kind::Or;
            Result2 right = id(left.q);
            left.node = combine(k, std::move(left.node), std::move(right.node));
            left.q = right.q;
        }
        return left;
    }

    // pnum: NUM | '(' pnum ')'; returns nullopt (position unspecified) if not one.
    std::optional<uint32_t> try_pnum() {
        if (peek() == Tok::Num) return take().num;
        if (peek() == Tok::LParen) {
            ++pos_;
            auto v = try_pnum();
            if (!v || peek() != Tok::RParen) return std::nullopt;
            ++pos_;
            return v;
        }
        return std::nullopt;
    }

    uint32_t pnum() {
        auto v = try_pnum();
        if (!v) syntax_error();
        return *v;
    }

    Result2 nid(Qual inh) {
        switch (peek()) {
        case Tok::Id: {
            auto n = make(Kind::Name, inh);
            n->s1 = take().text;
            return {std::move(n), inh};
        }
        case Tok::Hid: {
            std::string text = take().text;
            if (peek() == Tok::Slash) {
                ++pos_;
                if (peek() != Tok::Num) syntax_error();
                auto n = make(Kind::Ipv4Len, inh);
                n->s1 = text;
                n->n1 = take().num;
                return {std::move(n), inh};
            }
            if (peek() == Tok::Netmask) {
                ++pos_;
                if (peek() != Tok::Hid) syntax_error();
                auto n = make(Kind::Ipv4Mask, inh);
                n->s1 = text;
                n->s2 = take().text;
                return {std::move(n), inh};
            }
            switch (inh.addr) {
            case A_PORT: throw ParseError("'port' modifier applied to ip host");
            case A_PORTRANGE: throw ParseError("'portrange' modifier applied to ip host");
            case A_PROTO: throw ParseError("'proto' modifier applied to ip host");
            case A_PROTOCHAIN: throw ParseError("'protochain' modifier applied to ip host");
            default: break;
            }
            auto n = make(Kind::Ipv4, inh);
            n->s1 = text;
            return {std::move(n), inh};
        }
        case Tok::Hid6: {
            auto n = make(Kind::Ipv6, inh);
            n->s1 = take().text;
            n->n1 = 128;
            if (peek() == Tok::Slash) {
                ++pos_;
                if (peek() != Tok::Num) syntax_error();
                n->n1 = take().num;
            }
            return {std::move(n), inh};
        }
        case Tok::Eid: {
            auto n = make(Kind::Mac, inh);
            n->s1 = take().text;
            return {std::move(n), inh};
        }
        case Tok::Aid: {
            auto n = make(Kind::Arcnet, inh);
            n->s1 = take().text;
            return {std::move(n), inh};
        }
        case Tok::Bang: {
            ++pos_;
            Result2 r = id(inh);
            r.node = negate(std::move(r.node));
            return r;
        }
        default: syntax_error();
        }
    }

    bool starts_arith(size_t at) const {
        Tok t = peek(at);
        if (t == Tok::Num || t == Tok::LParen || t == Tok::Minus || t == Tok::Len) return true;
        return pname(t) && peek(at + 1) == Tok::LBrack;
    }

    Result2 term(Qual inh) {
        if (peek() == Tok::Bang) {
            ++pos_;
            Result2 r = term(inh);
            r.node = negate(std::move(r.node));
            return r;
        }
        if (starts_arith(0)) {
            size_t save = pos_;
            try {
                ArithPtr a0 = arith();
                if (auto rel = relop(peek())) {
                    ++pos_;
                    ArithPtr a1 = arith();
                    auto n = make(Kind::Relation);
                    n->op = rel->first;
                    n->reversed = rel->second;
                    n->a0 = std::move(a0);
                    n->a1 = std::move(a1);
                    return {std::move(n), kQualErr};
                }
            } catch (const ParseError&) {
            }
            pos_ = save;
        }
        if (peek() == Tok::LParen) {
            ++pos_;
            Result2 r = expr(inh);
            expect(Tok::RParen);
            return {std::move(r.node), inh};
        }
        // Everything else may start with an optional protocol qualifier.
        uint8_t proto = Q_DEFAULT;
        bool has_pname = false;
        if (auto p = pname(peek())) {
            proto = *p;
            has_pname = true;
        }
        Tok next = peek(has_pname ? 1 : 0);
        if (is_head_after_pqual(next)) {
            if (has_pname) ++pos_;
            Qual q = head(proto);
            return id(q);
        }
        if (next == Tok::Broadcast || next == Tok::Multicast) {
            pos_ += has_pname ? 2 : 1;
            auto n = make(next == Tok::Broadcast ? Kind::Broadcast : Kind::Multicast);
            n->q.proto = proto;
            return {std::move(n), kQualErr};
        }
        if (next == Tok::Type || next == Tok::Subtype || next == Tok::Dir) {
            if (has_pname) ++pos_;
            return {p80211(), kQualErr};
        }
        if (has_pname) {
            ++pos_;
            auto n = make(Kind::ProtoAbbrev);
            n->q.proto = proto;
            return {std::move(n), kQualErr};
        }
        return {other(), kQualErr};
    }

    // head: pqual dqual aqual | pqual dqual | pqual aqual | pqual PROTO | pqual PROTOCHAIN
    //     | pqual GATEWAY   (the pqual was consumed by the caller)
    Qual head(uint8_t proto) {
        Qual q;
        q.proto = proto;
        Tok t = peek();
        if (t == Tok::Proto || t == Tok::Protochain || t == Tok::Gateway) {
            ++pos_;
            q.addr = t == Tok::Proto ? A_PROTO : t == Tok::Protochain ? A_PROTOCHAIN : A_GATEWAY;
            return q;
        }
        if (is_dqual_start(t)) {
            ++pos_;
            switch (t) {
            case Tok::Src:
            case Tok::Dst: {
                Tok other = t == Tok::Src ? Tok::Dst : Tok::Src;
                q.dir = t == Tok::Src ? D_SRC : D_DST;
                if (peek() == Tok::Or || peek() == Tok::And) {
                    bool is_or = take().kind == Tok::Or;
                    expect(other);
                    q.dir = is_or ? D_OR : D_AND;
                }
                break;
            }
            case Tok::Addr1: q.dir = D_ADDR1; break;
            case Tok::Addr2: q.dir = D_ADDR2; break;
            case Tok::Addr3: q.dir = D_ADDR3; break;
            case Tok::Addr4: q.dir = D_ADDR4; break;
            case Tok::Ra: q.dir = D_RA; break;
            default: q.dir = D_TA; break;
            }
            t = peek();
            if (!is_aqual(t)) return q;
        }
        ++pos_;
        q.addr = t == Tok::Host ? A_HOST : t == Tok::Net ? A_NET : t == Tok::Port ? A_PORT
                                                                                  : A_PORTRANGE;
        return q;
    }

    NodePtr p80211() {
        Tok t = take().kind;
        if (t == Tok::Dir) {
            auto n = make(Kind::WlanDir);
            if (peek() == Tok::Num) {
                n->n1 = take().num;
            } else if (peek() == Tok::Id) {
                const std::string& name = take().text;
                static constexpr Wlan kDirs[] = {
                    {"nods", 0}, {"tods", 1}, {"fromds", 2}, {"dstods", 3}};
                auto v = lookup(kDirs, name);
                if (!v) throw ParseError("unknown 802.11 direction");
                n->n1 = *v;
            } else {
                syntax_error();
            }
            return n;
        }
        auto n = make(Kind::WlanType);
        if (t == Tok::Subtype) {
            // SUBTYPE type_subtype: a subtype name from any type
            if (peek() != Tok::Id) syntax_error();
            const std::string& name = take().text;
            std::optional<uint32_t> v;
            if ((v = lookup(kWlanMgt, name))) n->n1 = *v | 0x00;
            else if ((v = lookup(kWlanCtl, name))) n->n1 = *v | 0x04;
            else if ((v = lookup(kWlanData, name))) n->n1 = *v | 0x08;
            else throw ParseError("unknown 802.11 type name");
            n->n2 = 0x0c | 0xf0;
            return n;
        }
        // TYPE type [SUBTYPE subtype]
        uint32_t type = 0;
        if (peek() == Tok::Num) {
            type = take().num;
            if ((type & ~0x0cu) != 0)
                throw ParseError("invalid 802.11 type value " + hexbyte(type));
        } else if (peek() == Tok::Id) {
            const std::string& name = take().text;
            auto v = lookup(kWlanTypes, name);
            if (!v) throw ParseError("unknown 802.11 type name \"" + name + "\"");
            type = *v;
        } else {
            syntax_error();
        }
        n->n1 = type;
        n->n2 = 0x0c;
        if (peek() != Tok::Subtype) return n;
        ++pos_;
        uint32_t sub = 0;
        if (peek() == Tok::Num) {
            sub = take().num;
            if ((sub & ~0xf0u) != 0)
                throw ParseError("invalid 802.11 subtype value " + hexbyte(sub));
        } else if (peek() == Tok::Id) {
            const std::string& name = take().text;
            std::optional<uint32_t> v;
            if (type == 0x00) v = lookup(kWlanMgt, name);
            else if (type == 0x04) v = lookup(kWlanCtl, name);
            else if (type == 0x08) v = lookup(kWlanData, name);
            else throw ParseError("unknown 802.11 type");
            if (!v) throw ParseError("unknown 802.11 subtype name \"" + name + "\"");
            sub = *v;
        } else {
            syntax_error();
        }
        n->n1 = type | sub;
        n->n2 = 0x0c | 0xf0;
        return n;
    }

    NodePtr optional_num(Kind k) {
        auto n = make(k);
        if (peek() == Tok::Num || peek() == Tok::LParen) {
            n->n1 = pnum();
            n->has_num = true;
        }
        return n;
    }

    NodePtr num_after(Kind k) {
        auto n = make(k);
        if (peek() != Tok::Num) syntax_error();
        n->n1 = take().num;
        return n;
    }

    NodePtr name_after(Kind k) {
        auto n = make(k);
        if (peek() != Tok::Id) syntax_error();
        n->s1 = take().text;
        return n;
    }

    // atmvalue / mtp3value: NUM | relop NUM | irelop NUM | '(' NUM {or NUM} ')'
    NodePtr field_value(Kind k, uint16_t field) {
        auto leaf = [&](uint32_t v, uint16_t jop, bool rev) {
            auto n = make(k);
            n->op2 = field;
            n->op = jop;
            n->reversed = rev;
            n->n1 = v;
            return n;
        };
        if (peek() == Tok::Num) return leaf(take().num, op::JEQ, false);
        if (auto rel = relop(peek())) {
            ++pos_;
            if (peek() != Tok::Num) syntax_error();
            return leaf(take().num, rel->first, rel->second);
        }
        if (peek() == Tok::LParen) {
            ++pos_;
            if (peek() != Tok::Num) syntax_error();
            NodePtr acc = leaf(take().num, op::JEQ, false);
            while (peek() == Tok::Or) {
                ++pos_;
                if (peek() != Tok::Num) syntax_error();
                acc = combine(Kind::Or, std::move(acc), leaf(take().num, op::JEQ, false));
            }
            expect(Tok::RParen);
            return acc;
        }
        syntax_error();
    }

    NodePtr other() {
        Tok t = peek();
        switch (t) {
        case Tok::Less: ++pos_; return num_after(Kind::Less);
        case Tok::Greater: ++pos_; return num_after(Kind::Greater);
        case Tok::Byte: {
            ++pos_;
            auto n = make(Kind::ByteOp);
            if (peek() != Tok::Num) syntax_error();
            n->n1 = take().num;
            switch (peek()) {
            case Tok::Amp: n->op = '&'; break;
            case Tok::Pipe: n->op = '|'; break;
            case Tok::Lt: n->op = '<'; break;
            case Tok::Gt: n->op = '>'; break;
            case Tok::Eq: n->op = '='; break;
            default: syntax_error();
            }
            ++pos_;
            if (peek() != Tok::Num) syntax_error();
            n->n2 = take().num;
            return n;
        }
        case Tok::Inbound: ++pos_; return make(Kind::Inbound);
        case Tok::Outbound: ++pos_; return make(Kind::Outbound);
        case Tok::Ifindex: ++pos_; return num_after(Kind::Ifindex);
        case Tok::Vlan: ++pos_; return optional_num(Kind::Vlan);
        case Tok::Mpls: ++pos_; return optional_num(Kind::Mpls);
        case Tok::Pppoed: ++pos_; return make(Kind::Pppoed);
        case Tok::Pppoes: ++pos_; return optional_num(Kind::Pppoes);
        case Tok::Geneve: ++pos_; return optional_num(Kind::Geneve);
        case Tok::PfIfname: ++pos_; return name_after(Kind::PfIfname);
        case Tok::PfRset: ++pos_; return name_after(Kind::PfRuleset);
        case Tok::PfRnr: ++pos_; return num_after(Kind::PfRnr);
        case Tok::PfSrnr: ++pos_; return num_after(Kind::PfSrnr);
        case Tok::PfReason: {
            ++pos_;
            auto n = make(Kind::PfReason);
            if (peek() == Tok::Num) {
                n->n1 = take().num;
            } else if (peek() == Tok::Id) {
                static constexpr Wlan kReasons[] = {
                    {"match", 0}, {"bad-offset", 1}, {"fragment", 2}, {"short", 3},
                    {"normalize", 4}, {"memory", 5}, {"bad-timestamp", 6}, {"congestion", 7},
                    {"ip-option", 8}, {"proto-cksum", 9}, {"state-mismatch", 10},
                    {"state-insert", 11}, {"state-limit", 12}, {"src-limit", 13},
                    {"synproxy", 14}};
                const std::string& name = take().text;
                auto v = lookup(kReasons, name);
                if (!v) throw ParseError("unknown PF reason \"" + name + "\"");
                n->n1 = *v;
            } else {
                syntax_error();
            }
            return n;
        }
        case Tok::PfAction: {
            ++pos_;
            auto n = make(Kind::PfAction);
            if (peek() != Tok::Id) syntax_error();
            static constexpr Wlan kActions[] = {
                {"pass", 0}, {"accept", 0}, {"drop", 1}, {"block", 1}, {"scrub", 2},
                {"noscrub", 3}, {"nat", 4}, {"nonat", 5}, {"binat", 6}, {"nobinat", 7},
                {"rdr", 8}, {"nordr", 9}, {"synproxy-drop", 10}};
            const std::string& name = take().text;
            auto v = lookup(kActions, name);
            if (!v) throw ParseError("unknown PF action '" + name + "'");
            n->n1 = *v;
            return n;
        }
        case Tok::Llc: {
            ++pos_;
            auto n = make(Kind::Llc);
            n->op = LLC_ANY;
            if (peek() == Tok::PfRnr) {  // "rnr" is a keyword of its own
                ++pos_;
                n->op = LLC_S_SUB;
                n->n1 = 0x05;
            } else if (peek() == Tok::Id) {
                const std::string& name = take().text;
                static constexpr Wlan kS[] = {{"rr", 0x01}, {"rnr", 0x05}, {"rej", 0x09}};
                static constexpr Wlan kU[] = {{"ui", 0x03}, {"ua", 0x63}, {"disc", 0x43},
                                              {"dm", 0x0f}, {"sabme", 0x6f}, {"test", 0xe3},
                                              {"xid", 0xaf}, {"frmr", 0x87}};
                if (strcasecmp(name.c_str(), "i") == 0) n->op = LLC_I;
                else if (strcasecmp(name.c_str(), "s") == 0) n->op = LLC_S;
                else if (strcasecmp(name.c_str(), "u") == 0) n->op = LLC_U;
                else if (auto s = lookup(kS, name)) { n->op = LLC_S_SUB; n->n1 = *s; }
                else if (auto u = lookup(kU, name)) { n->op = LLC_U_SUB; n->n1 = *u; }
                else throw ParseError("unknown LLC type name \"" + name + "\"");
            }
            return n;
        }
        case Tok::Lane: case Tok::Metac: case Tok::Bcc: case Tok::Oamf4ec: case Tok::Oamf4sc:
        case Tok::Sc: case Tok::Ilmic: {
            ++pos_;
            auto n = make(Kind::AtmType);
            n->op = t == Tok::Lane ? ATM_LANE : t == Tok::Metac ? ATM_METAC : t == Tok::Bcc ? ATM_BCC
                  : t == Tok::Oamf4ec ? ATM_OAMF4EC : t == Tok::Oamf4sc ? ATM_OAMF4SC
                  : t == Tok::Sc ? ATM_SC : ATM_ILMIC;
            return n;
        }
        case Tok::Oam: case Tok::Oamf4: case Tok::Connectmsg: case Tok::Metaconnect: {
            ++pos_;
            auto n = make(Kind::AtmMulti);
            n->op = t == Tok::Oam ? ATM_OAM : t == Tok::Oamf4 ? ATM_OAMF4
                  : t == Tok::Connectmsg ? ATM_CONNECTMSG : ATM_METACONNECT;
            return n;
        }
        case Tok::Vpi: ++pos_; return field_value(Kind::AtmField, ATMF_VPI);
        case Tok::Vci: ++pos_; return field_value(Kind::AtmField, ATMF_VCI);
        case Tok::Fisu: case Tok::Lssu: case Tok::Msu: case Tok::Hfisu: case Tok::Hlssu:
        case Tok::Hmsu: {
            ++pos_;
            auto n = make(Kind::Mtp2Type);
            n->op = t == Tok::Fisu ? MTP2_FISU : t == Tok::Lssu ? MTP2_LSSU : t == Tok::Msu ? MTP2_MSU
                  : t == Tok::Hfisu ? MTP2_HFISU : t == Tok::Hlssu ? MTP2_HLSSU : MTP2_HMSU;
            return n;
        }
        case Tok::Sio: ++pos_; return field_value(Kind::Mtp3Field, MTP3_SIO);
        case Tok::Opc: ++pos_; return field_value(Kind::Mtp3Field, MTP3_OPC);
        case Tok::Dpc: ++pos_; return field_value(Kind::Mtp3Field, MTP3_DPC);
        case Tok::Sls: ++pos_; return field_value(Kind::Mtp3Field, MTP3_SLS);
        case Tok::Hsio: ++pos_; return field_value(Kind::Mtp3Field, MTP3_HSIO);
        case Tok::Hopc: ++pos_; return field_value(Kind::Mtp3Field, MTP3_HOPC);
        case Tok::Hdpc: ++pos_; return field_value(Kind::Mtp3Field, MTP3_HDPC);
        case Tok::Hsls: ++pos_; return field_value(Kind::Mtp3Field, MTP3_HSLS);
        default: syntax_error();
        }
    }

    // Arithmetic by operator precedence, resolving conflicts the way yacc does:
    // reduce only when both operators have a declared precedence and the one on the
    // stack binds at least as tightly; '^' (no precedence) always shifts.
    ArithPtr arith() {
        struct OpEntry {
            bool unary;
            BinOp bin;
        };
        std::vector<ArithPtr> vals;
        std::vector<OpEntry> ops;
        constexpr int kUminus = 6;
        auto reduce = [&]() {
            OpEntry e = ops.back();
            ops.pop_back();
            auto n = std::make_unique<Arith>();
            if (e.unary) {
                n->kind = Arith::Kind::Neg;
                n->a = std::move(vals.back());
                vals.pop_back();
            } else {
                n->kind = Arith::Kind::Binary;
                n->op = e.bin.op;
                n->b = std::move(vals.back());
                vals.pop_back();
                n->a = std::move(vals.back());
                vals.pop_back();
            }
            vals.push_back(std::move(n));
        };
        auto should_reduce = [&](const OpEntry& top, int incoming_prec) {
            int top_prec = top.unary ? kUminus : top.bin.prec;
            if (top_prec == 0 || incoming_prec == 0) return false;
            return top_prec >= incoming_prec;
        };
        while (true) {
            while (peek() == Tok::Minus) {
                ++pos_;
                ops.push_back(OpEntry{true, {}});
            }
            vals.push_back(arith_primary());
            auto b = binop(peek());
            if (!b) break;
            ++pos_;
            while (!ops.empty() && should_reduce(ops.back(), b->prec)) reduce();
            ops.push_back(OpEntry{false, *b});
        }
        while (!ops.empty()) reduce();
        return std::move(vals.back());
    }

    ArithPtr arith_primary() {
        auto n = std::make_unique<Arith>();
        Tok t = peek();
        if (t == Tok::Num) {
            n->kind = Arith::Kind::Const;
            n->value = take().num;
            return n;
        }
        if (t == Tok::Len) {
            ++pos_;
            n->kind = Arith::Kind::Len;
            return n;
        }
        if (t == Tok::LParen) {
            ++pos_;
            ArithPtr inner = arith();
            expect(Tok::RParen);
            return inner;
        }
        if (auto p = pname(t); p && peek(1) == Tok::LBrack) {
            pos_ += 2;
            n->kind = Arith::Kind::Load;
            n->proto = *p;
            n->a = arith();
            n->size = 1;
            if (peek() == Tok::Colon) {
                ++pos_;
                if (peek() != Tok::Num) syntax_error();
                n->size = take().num;
            }
            expect(Tok::RBrack);
            return n;
        }
        syntax_error();
    }
};

}  // namespace

Result<ast::NodePtr> parse(std::string_view expr) {
    try {
        Parser p(tokenize(expr));
        return p.program();
    } catch (const ParseError& e) {
        return Error{e.what()};
    }
}

}  // namespace rd::bpf
