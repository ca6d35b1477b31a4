// The filter language front end: operator precedence, qualifier inheritance, tokens.
// Equivalences are checked by comparing the compiled programs.
#include "bpf_test_util.hpp"

using namespace bpftest;

namespace {
void same(const std::string& a, const std::string& b, const std::string& dlt = "EN10MB") {
    INFO("'" << a << "' vs '" << b << "' on " << dlt);
    CHECK(listing(a, dlt, false) == listing(b, dlt, false));
    CHECK(listing(a, dlt) == listing(b, dlt));
}
void differ(const std::string& a, const std::string& b) {
    INFO("'" << a << "' vs '" << b << "'");
    CHECK(listing(a) != listing(b));
}
void syntax_error(const std::string& e) {
    INFO("expression: " << e);
    std::string err = error_of(e);
    CHECK(err.find("syntax error") != std::string::npos);
}
}  // namespace

TEST_CASE("and/or share one precedence level and associate to the left", "[parser]") {
    same("tcp or udp and ip6", "(tcp or udp) and ip6");
    differ("tcp or udp and ip6", "tcp or (udp and ip6)");
    same("tcp && udp || icmp", "(tcp and udp) or icmp");
    same("! tcp and udp", "(not tcp) and udp");
    same("not not tcp", "tcp");
}

TEST_CASE("qualifiers carry over to bare operands", "[parser]") {
    same("host 10.0.0.1 and 10.0.0.2", "host 10.0.0.1 and host 10.0.0.2");
    same("tcp dst port 21 or 22", "tcp dst port 21 or tcp dst port 22");
    same("host 1.1.1.1 and not 2.2.2.2", "host 1.1.1.1 and not host 2.2.2.2");
    same("src net 10.0.0.0/8 or 172.16.0.0/12", "src net 10.0.0.0/8 or src net 172.16.0.0/12");
    same("host 1.2.3.4 and (5.6.7.8 or 9.9.9.9)", "host 1.2.3.4 and (host 5.6.7.8 or host 9.9.9.9)");
    same("port (80 or 443)", "port 80 or port 443");
    same("ether src 0:1:2:3:4:5 or 0:1:2:3:4:6", "ether src 0:1:2:3:4:5 or ether src 0:1:2:3:4:6");
    // qualifiers do not leave a parenthesized term, and a bare id needs some
    syntax_error("(host 1.2.3.4) and 5.6.7.8");
    syntax_error("tcp or 5.6.7.8");
    syntax_error("1.2.3.4");
}

TEST_CASE("arithmetic precedence follows libpcap's grammar", "[parser]") {
    same("ip[0] + 1 * 2 = 3", "ip[0] + (1 * 2) = 3");
    same("ip[0] & 0xf > 5", "(ip[0] & 0xf) > 5");
    same("ip[0] | 1 & 2 = 3", "ip[0] | (1 & 2) = 3");
    same("ip[0] - 1 - 2 = 3", "(ip[0] - 1) - 2 = 3");
    same("- ip[0] + 1 = 3", "(- ip[0]) + 1 = 3");
    // '^' has no precedence: it takes everything to its right
    same("ip[0] ^ 1 + 2 = 0", "ip[0] ^ (1 + 2) = 0");
    same("ip[0] + 1 ^ 2 = 0", "ip[0] + (1 ^ 2) = 0");
    same("ip[0] * 1 ^ 2 + 3 = 0", "ip[0] * (1 ^ (2 + 3)) = 0");
    same("len != 1", "not len = 1");
    same("len <= 1", "not len > 1");
    same("len < 1", "not len >= 1");
    same("ip[0] == 1", "ip[0] = 1");
}

TEST_CASE("tokens: numbers, addresses, names", "[parser][lexer]") {
    same("ip[0] = 0x10", "ip[0] = 16");
    same("ip[0] = 020", "ip[0] = 16");
    same("ether host 0:1:2:3:4:5", "ether host 00-01-02-03-04-05");
    same("ether host 0:1:2:3:4:5", "ether host 0001.0203.0405");
    same("ether host 0:1:2:3:4:5", "ether host 000102030405");
    same("ether host 0:1:2:3:4:5", "ether host 0.1.2.3.4.5");
    same("tcp[tcpflags] & tcp-syn != 0", "tcp[13] & 2 != 0");
    same("icmp[icmptype] = icmp-echo", "icmp[0] = 8");
    same("ether proto \\ip", "ether proto 0x800");
    same("ip proto \\tcp", "ip proto 6");
    same("host ::1", "host ::0.0.0.1");
    same("host 0xc0a8aad3", "host 192.168.170.211");
    same("length > 10", "len > 10");
    same("tcp[13]&2!=0", "tcp [ 13 ] & 2 != 0");
    CHECK(error_of("ip[0] = 09").find("non-octal") != std::string::npos);
    CHECK(error_of("ip[0] = 4294967296").find("overflows") != std::string::npos);
    CHECK(error_of("host 1::2::3") != "(compiled)");
    CHECK(error_of("host 1:2:3:4:5:6:7") != "(compiled)");
}

TEST_CASE("malformed expressions are syntax errors", "[parser]") {
    for (const char* e : {"tcp and", "(tcp", "tcp)", "host", "port", "ip[", "1 +", "and tcp",
                          "src or host 1.2.3.4", "tcp tcp", "ip[1] = ", "()", "not", "vlan ip",
                          "ip proto", "less", "byte 1 +", "host 1.2.3.4 and (tcp or 5.6.7.8)"})
        syntax_error(e);
    CHECK(error_of("ip[1:3] = 1") == "data size must be 1, 2, or 4");
    CHECK(error_of("@") != "(compiled)");
}

TEST_CASE("the empty expression accepts everything", "[parser]") {
    CHECK(listing("") == "(000) ret      #262144\n");
    CHECK(listing("   ") == "(000) ret      #262144\n");
}
