#include "lexer.hpp"

#include <arpa/inet.h>

#include <cctype>
#include <string>
#include <unordered_map>

namespace rd::bpf {
namespace {

struct NamedNum {
    const char* name;
    uint32_t value;
};

// Words the scanner turns into numbers (pcap-filter(7) "named constants").
constexpr NamedNum kNamedNums[] = {
    {"icmptype", 0}, {"icmpcode", 1}, {"icmp-echoreply", 0}, {"icmp-unreach", 3},
    {"icmp-sourcequench", 4}, {"icmp-redirect", 5}, {"icmp-echo", 8}, {"icmp-routeradvert", 9},
    {"icmp-routersolicit", 10}, {"icmp-timxceed", 11}, {"icmp-paramprob", 12},
    {"icmp-tstamp", 13}, {"icmp-tstampreply", 14}, {"icmp-ireq", 15}, {"icmp-ireqreply", 16},
    {"icmp-maskreq", 17}, {"icmp-maskreply", 18}, {"icmp6type", 0}, {"icmp6code", 1},
    {"icmp6-destinationunreach", 1}, {"icmp6-packettoobig", 2}, {"icmp6-timeexceeded", 3},
    {"icmp6-parameterproblem", 4}, {"icmp6-echo", 128}, {"icmp6-echoreply", 129},
    {"icmp6-multicastlistenerquery", 130}, {"icmp6-multicastlistenerreportv1", 131},
    {"icmp6-multicastlistenerdone", 132}, {"icmp6-routersolicit", 133},
    {"icmp6-routeradvert", 134}, {"icmp6-neighborsolicit", 135},
    {"icmp6-neighboradvert", 136}, {"icmp6-redirect", 137}, {"icmp6-routerrenum", 138},
    {"icmp6-nodeinformationquery", 139}, {"icmp6-nodeinformationresponse", 140},
    {"icmp6-ineighbordiscoverysolicit", 141}, {"icmp6-ineighbordiscoveryadvert", 142},
    {"icmp6-multicastlistenerreportv2", 143}, {"icmp6-homeagentdiscoveryrequest", 144},
    {"icmp6-homeagentdiscoveryreply", 145}, {"icmp6-mobileprefixsolicit", 146},
    {"icmp6-mobileprefixadvert", 147}, {"icmp6-certpathsolicit", 148},
    {"icmp6-certpathadvert", 149}, {"icmp6-multicastrouteradvert", 151},
    {"icmp6-multicastroutersolicit", 152}, {"icmp6-multicastrouterterm", 153},
    {"tcpflags", 13}, {"tcp-fin", 0x01}, {"tcp-syn", 0x02}, {"tcp-rst", 0x04},
    {"tcp-push", 0x08}, {"tcp-ack", 0x10}, {"tcp-urg", 0x20}, {"tcp-ece", 0x40},
    {"tcp-cwr", 0x80},
};

const std::unordered_map<std::string_view, Tok>& keywords() {
    static const std::unordered_map<std::string_view, Tok> map = {
        {"dst", Tok::Dst}, {"src", Tok::Src}, {"link", Tok::Link}, {"ether", Tok::Link},
        {"ppp", Tok::Link}, {"slip", Tok::Link}, {"fddi", Tok::Link}, {"tr", Tok::Link},
        {"wlan", Tok::Link}, {"arp", Tok::Arp}, {"rarp", Tok::Rarp}, {"ip", Tok::Ip},
        {"sctp", Tok::Sctp}, {"tcp", Tok::Tcp}, {"udp", Tok::Udp}, {"icmp", Tok::Icmp},
        {"igmp", Tok::Igmp}, {"igrp", Tok::Igrp}, {"pim", Tok::Pim}, {"vrrp", Tok::Vrrp},
        {"carp", Tok::Carp}, {"radio", Tok::Radio}, {"ip6", Tok::Ip6}, {"icmp6", Tok::Icmp6},
        {"ah", Tok::Ah}, {"esp", Tok::Esp}, {"atalk", Tok::Atalk}, {"aarp", Tok::Aarp},
        {"decnet", Tok::Decnet}, {"lat", Tok::Lat}, {"sca", Tok::Sca}, {"moprc", Tok::Moprc},
        {"mopdl", Tok::Mopdl}, {"iso", Tok::Iso}, {"esis", Tok::Esis}, {"es-is", Tok::Esis},
        {"isis", Tok::Isis}, {"is-is", Tok::Isis}, {"l1", Tok::L1}, {"l2", Tok::L2},
        {"iih", Tok::Iih}, {"lsp", Tok::Lsp}, {"snp", Tok::Snp}, {"csnp", Tok::Csnp},
        {"psnp", Tok::Psnp}, {"clnp", Tok::Clnp}, {"stp", Tok::Stp}, {"ipx", Tok::Ipx},
        {"netbeui", Tok::Netbeui}, {"host", Tok::Host}, {"net", Tok::Net},
        {"mask", Tok::Netmask}, {"port", Tok::Port}, {"portrange", Tok::Portrange},
        {"proto", Tok::Proto}, {"protochain", Tok::Protochain}, {"gateway", Tok::Gateway},
        {"type", Tok::Type}, {"subtype", Tok::Subtype}, {"direction", Tok::Dir},
        {"dir", Tok::Dir}, {"address1", Tok::Addr1}, {"addr1", Tok::Addr1},
        {"address2", Tok::Addr2}, {"addr2", Tok::Addr2}, {"address3", Tok::Addr3},
        {"addr3", Tok::Addr3}, {"address4", Tok::Addr4}, {"addr4", Tok::Addr4},
        {"ra", Tok::Ra}, {"ta", Tok::Ta}, {"less", Tok::Less}, {"greater", Tok::Greater},
        {"byte", Tok::Byte}, {"broadcast", Tok::Broadcast}, {"multicast", Tok::Multicast},
        {"and", Tok::And}, {"or", Tok::Or}, {"not", Tok::Bang}, {"len", Tok::Len},
        {"length", Tok::Len}, {"inbound", Tok::Inbound}, {"outbound", Tok::Outbound},
        {"ifindex", Tok::Ifindex}, {"vlan", Tok::Vlan}, {"mpls", Tok::Mpls},
        {"pppoed", Tok::Pppoed}, {"pppoes", Tok::Pppoes}, {"geneve", Tok::Geneve},
        {"lane", Tok::Lane}, {"llc", Tok::Llc}, {"metac", Tok::Metac}, {"bcc", Tok::Bcc},
        {"oam", Tok::Oam}, {"oamf4", Tok::Oamf4}, {"oamf4ec", Tok::Oamf4ec},
        {"oamf4sc", Tok::Oamf4sc}, {"sc", Tok::Sc}, {"ilmic", Tok::Ilmic}, {"vpi", Tok::Vpi},
        {"vci", Tok::Vci}, {"connectmsg", Tok::Connectmsg}, {"metaconnect", Tok::Metaconnect},
        {"on", Tok::PfIfname}, {"ifname", Tok::PfIfname}, {"rset", Tok::PfRset},
        {"ruleset", Tok::PfRset}, {"rnr", Tok::PfRnr}, {"rulenum", Tok::PfRnr},
        {"srnr", Tok::PfSrnr}, {"subrulenum", Tok::PfSrnr}, {"reason", Tok::PfReason},
        {"action", Tok::PfAction}, {"fisu", Tok::Fisu}, {"lssu", Tok::Lssu},
        {"lsu", Tok::Lssu}, {"msu", Tok::Msu}, {"hfisu", Tok::Hfisu}, {"hlssu", Tok::Hlssu},
        {"hmsu", Tok::Hmsu}, {"sio", Tok::Sio}, {"opc", Tok::Opc}, {"dpc", Tok::Dpc},
        {"sls", Tok::Sls}, {"hsio", Tok::Hsio}, {"hopc", Tok::Hopc}, {"hdpc", Tok::Hdpc},
        {"hsls", Tok::Hsls},
    };
    return map;
}

bool is_hex(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Each matcher returns the length of the longest match of its pattern at s[0..], 0 if none.

// {N}: decimal digits, or 0x/0X and hex digits.
size_t match_num(std::string_view s) {
    if (s.size() >= 3 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') && is_hex(s[2])) {
        size_t n = 2;
        while (n < s.size() && is_hex(s[n])) ++n;
        return n;
    }
    size_t n = 0;
    while (n < s.size() && is_digit(s[n])) ++n;
    return n;
}

// {N}\.{N} | {N}\.{N}\.{N} | {N}\.{N}\.{N}\.{N}
size_t match_hid(std::string_view s) {
    size_t best = 0, pos = 0;
    for (int parts = 1; parts <= 4; ++parts) {
        size_t n = match_num(s.substr(pos));
        if (n == 0) break;
        pos += n;
        if (parts >= 2) best = pos;
        if (pos >= s.size() || s[pos] != '.') break;
        ++pos;
    }
    return best;
}

// 1..max hex digits
size_t match_hexrun(std::string_view s, size_t max) {
    size_t n = 0;
    while (n < s.size() && n < max && is_hex(s[n])) ++n;
    return n;
}

// Six groups of 1-2 hex digits joined by one separator character.
size_t match_mac6(std::string_view s, char sep) {
    size_t pos = 0;
    for (int g = 0; g < 6; ++g) {
        if (g > 0) {
            if (pos >= s.size() || s[pos] != sep) return 0;
            ++pos;
        }
        size_t n = match_hexrun(s.substr(pos), 2);
        if (n == 0) return 0;
        pos += n;
    }
    return pos;
}

// Exactly `digits` hex digits repeated in `groups` groups joined by '.'.
size_t match_hexgroups(std::string_view s, int groups, size_t digits) {
    size_t pos = 0;
    for (int g = 0; g < groups; ++g) {
        if (g > 0) {
            if (pos >= s.size() || s[pos] != '.') return 0;
            ++pos;
        }
        if (match_hexrun(s.substr(pos), digits) != digits) return 0;
        pos += digits;
    }
    return pos;
}

size_t match_mac(std::string_view s) {
    size_t best = 0;
    for (char sep : {':', '-', '.'}) best = std::max(best, match_mac6(s, sep));
    best = std::max(best, match_hexgroups(s, 2, 6));   // xxxxxx.xxxxxx
    best = std::max(best, match_hexgroups(s, 3, 4));   // xxxx.xxxx.xxxx
    best = std::max(best, match_hexgroups(s, 1, 12));  // xxxxxxxxxxxx
    return best;
}

// Does all of s spell an IPv6 address in one of the scanner's V6 forms?
bool is_v6_form(std::string_view s) {
    size_t dc = s.find("::");
    if (dc != std::string_view::npos && s.find("::", dc + 1) != std::string_view::npos)
        return false;
    // Split into groups; the last may be a dotted IPv4 tail.
    auto count_groups = [](std::string_view part, bool allow_v4_tail, int& groups,
                           bool& v4) -> bool {
        groups = 0;
        v4 = false;
        if (part.empty()) return true;
        size_t pos = 0;
        while (true) {
            size_t colon = part.find(':', pos);
            std::string_view g = part.substr(pos, colon == std::string_view::npos
                                                      ? std::string_view::npos
                                                      : colon - pos);
            bool last = colon == std::string_view::npos;
            if (last && allow_v4_tail && g.find('.') != std::string_view::npos) {
                // {N}\.{N}\.{N}\.{N}
                size_t p = 0;
                for (int i = 0; i < 4; ++i) {
                    if (i > 0) {
                        if (p >= g.size() || g[p] != '.') return false;
                        ++p;
                    }
                    size_t n = match_num(g.substr(p));
                    if (n == 0) return false;
                    p += n;
                }
                if (p != g.size()) return false;
                v4 = true;
                groups += 2;
                return true;
            }
            if (g.empty() || g.size() > 4 || match_hexrun(g, 4) != g.size()) return false;
            ++groups;
            if (last) return true;
            pos = colon + 1;
        }
    };
    int g1 = 0, g2 = 0;
    bool v41 = false, v42 = false;
    if (dc == std::string_view::npos) {
        if (!count_groups(s, true, g1, v41)) return false;
        return g1 == 8;
    }
    std::string_view left = s.substr(0, dc), right = s.substr(dc + 2);
    if (!count_groups(left, false, g1, v41)) return false;
    if (!count_groups(right, true, g2, v42)) return false;
    return g1 + g2 <= 7;
}

size_t match_v6(std::string_view s) {
    size_t run = 0;
    while (run < s.size() &&
           (is_hex(s[run]) || s[run] == ':' || s[run] == '.' || s[run] == 'x' || s[run] == 'X'))
        ++run;
    if (s.substr(0, run).find(':') == std::string_view::npos) return 0;
    for (size_t n = run; n >= 2; --n)
        if (is_v6_form(s.substr(0, n))) return n;
    return 0;
}

// {B}:+({B}:+)+  -- a malformed Ethernet address the scanner reports as such
size_t match_bogus_ether(std::string_view s) {
    size_t pos = 0;
    int groups = 0;
    size_t best = 0;
    while (true) {
        size_t n = match_hexrun(s.substr(pos), 2);
        if (n == 0) break;
        size_t p = pos + n, colons = 0;
        while (p < s.size() && s[p] == ':') ++p, ++colons;
        if (colons == 0) break;
        pos = p;
        ++groups;
        if (groups >= 2) best = pos;
    }
    return best;
}

// [A-Za-z0-9]([-_.A-Za-z0-9]*[.A-Za-z0-9])?
size_t match_id(std::string_view s) {
    if (s.empty() || !is_alnum(s[0])) return 0;
    size_t n = 1, best = 1;
    while (n < s.size() && (is_alnum(s[n]) || s[n] == '-' || s[n] == '_' || s[n] == '.')) {
        ++n;
        if (is_alnum(s[n - 1]) || s[n - 1] == '.') best = n;
    }
    return best;
}

// The scanner's number conversion: decimal, 0x hex, or leading-0 octal.
bool to_number(std::string_view text, uint32_t& out, std::string& err) {
    uint64_t n = 0;
    std::string t(text);
    if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
        for (char c : text.substr(2)) {
            n = n * 16 + static_cast<uint64_t>(std::isdigit(static_cast<unsigned char>(c))
                                                   ? c - '0'
                                                   : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
            if (n > 0xffffffffu) {
                err = "number " + t + " overflows 32 bits";
                return false;
            }
        }
    } else if (text.size() > 1 && text[0] == '0') {
        for (char c : text.substr(1)) {
            if (c < '0' || c > '7') {
                err = "number " + t + " contains non-octal digit";
                return false;
            }
            n = n * 8 + static_cast<uint64_t>(c - '0');
            if (n > 0xffffffffu) {
                err = "number " + t + " overflows 32 bits";
                return false;
            }
        }
    } else {
        for (char c : text) {
            n = n * 10 + static_cast<uint64_t>(c - '0');
            if (n > 0xffffffffu) {
                err = "number " + t + " overflows 32 bits";
                return false;
            }
        }
    }
    out = static_cast<uint32_t>(n);
    return true;
}

Tok single_char(char c) {
    switch (c) {
    case '+': return Tok::Plus;
    case '-': return Tok::Minus;
    case '*': return Tok::Star;
    case '/': return Tok::Slash;
    case '%': return Tok::Percent;
    case ':': return Tok::Colon;
    case '[': return Tok::LBrack;
    case ']': return Tok::RBrack;
    case '!': return Tok::Bang;
    case '<': return Tok::Lt;
    case '>': return Tok::Gt;
    case '(': return Tok::LParen;
    case ')': return Tok::RParen;
    case '&': return Tok::Amp;
    case '|': return Tok::Pipe;
    case '^': return Tok::Caret;
    case '=': return Tok::Eq;
    default: return Tok::End;
    }
}

}  // namespace

std::vector<Token> tokenize(std::string_view expr) {
    std::vector<Token> out;
    size_t i = 0;
    auto error = [&](std::string msg) {
        out.push_back(Token{Tok::Error, std::move(msg), 0});
        return out;
    };
    while (i < expr.size()) {
        char c = expr[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            ++i;
            continue;
        }
        std::string_view rest = expr.substr(i);
        // two-character operators first (longer than any one-character match)
        static constexpr std::pair<std::string_view, Tok> kOps2[] = {
            {">=", Tok::Geq}, {"<=", Tok::Leq}, {"!=", Tok::Neq}, {"==", Tok::Eq},
            {"<<", Tok::Lsh}, {">>", Tok::Rsh}, {"&&", Tok::And}, {"||", Tok::Or}};
        bool done = false;
        for (auto [text, tok] : kOps2) {
            if (rest.substr(0, 2) == text) {
                out.push_back(Token{tok, std::string(text), 0});
                i += 2;
                done = true;
                break;
            }
        }
        if (done) continue;
        if (c == ':') {  // "::1" is an address, not a colon
            if (size_t n = match_v6(rest); n > 0) {
                std::string text(rest.substr(0, n));
                in6_addr a{};
                if (inet_pton(AF_INET6, text.c_str(), &a) != 1)
                    return error("bogus IPv6 address " + text);
                out.push_back(Token{Tok::Hid6, text, 0});
                i += n;
                continue;
            }
        }
        if (Tok t = single_char(c); t != Tok::End) {
            out.push_back(Token{t, std::string(1, c), 0});
            ++i;
            continue;
        }
        if (c == '$') {  // ARCnet address: $ and one or two hex digits
            size_t n = match_hexrun(rest.substr(1), 2);
            if (n == 0) return error("illegal character in filter expression");
            out.push_back(Token{Tok::Aid, std::string(rest.substr(0, n + 1)), 0});
            i += n + 1;
            continue;
        }
        if (c == '\\') {  // "\\"[^ !()\n\t]+ : a name that could be mistaken for a keyword
            size_t n = 1;
            while (n < rest.size() && rest[n] != ' ' && rest[n] != '!' && rest[n] != '(' &&
                   rest[n] != ')' && rest[n] != '\n' && rest[n] != '\t')
                ++n;
            if (n == 1) return error("illegal character in filter expression");
            out.push_back(Token{Tok::Id, std::string(rest.substr(1, n - 1)), 0});
            i += n;
            continue;
        }
        // Longest match among the remaining rules, earliest rule on ties.
        size_t id_len = match_id(rest);
        std::string_view id_text = rest.substr(0, id_len);
        size_t kw_len = 0;
        Tok kw = Tok::End;
        if (id_len > 0) {
            if (auto it = keywords().find(id_text); it != keywords().end()) {
                kw_len = id_len;
                kw = it->second;
            }
        }
        size_t lens[] = {kw_len, match_mac(rest), match_num(rest), match_hid(rest),
                         match_v6(rest), match_bogus_ether(rest), 0, id_len};
        size_t named_value = 0;
        if (id_len > 0) {
            for (const NamedNum& nn : kNamedNums) {
                if (id_text == nn.name) {
                    lens[6] = id_len;
                    named_value = nn.value;
                    break;
                }
            }
        }
        size_t best = 0;
        int rule = -1;
        for (int r = 0; r < 8; ++r) {
            if (lens[r] > best) {
                best = lens[r];
                rule = r;
            }
        }
        if (rule < 0) return error("illegal character in filter expression");
        std::string text(rest.substr(0, best));
        switch (rule) {
        case 0: out.push_back(Token{kw, text, 0}); break;
        case 1: out.push_back(Token{Tok::Eid, text, 0}); break;
        case 2: {
            uint32_t v = 0;
            std::string err;
            if (!to_number(text, v, err)) return error(err);
            out.push_back(Token{Tok::Num, text, v});
            break;
        }
        case 3: out.push_back(Token{Tok::Hid, text, 0}); break;
        case 4: {
            in6_addr a{};
            if (inet_pton(AF_INET6, text.c_str(), &a) != 1)
                return error("bogus IPv6 address " + text);
            out.push_back(Token{Tok::Hid6, text, 0});
            break;
        }
        case 5: return error("bogus ethernet address " + text);
        case 6: out.push_back(Token{Tok::Num, text, static_cast<uint32_t>(named_value)}); break;
        default: out.push_back(Token{Tok::Id, text, 0}); break;
        }
        i += best;
    }
    out.push_back(Token{Tok::End, "", 0});
    return out;
}

std::string token_name(const Token& t) {
    switch (t.kind) {
    case Tok::End: return "end of expression";
    case Tok::Num: return "number " + t.text;
    case Tok::Id: return "name '" + t.text + "'";
    case Tok::Hid: case Tok::Hid6: return "address " + t.text;
    case Tok::Eid: case Tok::Aid: return "address " + t.text;
    default: return "'" + t.text + "'";
    }
}

}  // namespace rd::bpf
