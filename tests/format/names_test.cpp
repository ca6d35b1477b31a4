#include <catch2/catch.hpp>

#include <array>

#include "ringdump/format/names.hpp"

namespace {
std::string v6(std::array<uint8_t, 16> a) {
    rd::OutBuf out;
    rd::put_ipv6(out, a);
    return std::string(out.view());
}
std::array<uint8_t, 16> words(std::array<uint16_t, 8> w) {
    std::array<uint8_t, 16> a{};
    for (int i = 0; i < 8; ++i) {
        a[2 * i] = static_cast<uint8_t>(w[i] >> 8);
        a[2 * i + 1] = static_cast<uint8_t>(w[i]);
    }
    return a;
}
}  // namespace

TEST_CASE("IPv6 addresses print as tcpdump prints them") {
    // Expected strings are tcpdump 4.99.3's output for the same addresses.
    CHECK(v6(words({0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304})) == "::ffff:1.2.3.4");
    CHECK(v6(words({0, 0, 0, 0, 0, 0, 0x0102, 0x0304})) == "::1.2.3.4");
    CHECK(v6(words({1, 0, 0, 1, 0, 0, 0, 1})) == "1:0:0:1::1");
    CHECK(v6(words({0, 0, 0, 0, 0, 0, 0, 0})) == "::");
    CHECK(v6(words({1, 0, 0, 0, 0, 0, 0, 0})) == "1::");
    CHECK(v6(words({0, 0, 0, 0, 0, 0, 0, 1})) == "::1");
    CHECK(v6(words({0, 0, 0, 0, 0, 0, 0, 2})) == "::2");
    CHECK(v6(words({0, 0, 0, 0, 0, 1, 0, 0})) == "::1:0:0");
    CHECK(v6(words({1, 0, 0, 2, 0, 0, 3, 4})) == "1::2:0:0:3:4");
    CHECK(v6(words({0, 0, 0, 0, 0xffff, 0, 0x0102, 0x0304})) == "::ffff:0:102:304");
    CHECK(v6(words({0, 0, 0, 0, 0, 0, 0, 0x0102})) == "::102");
    CHECK(v6(words({0xfe80, 0, 0, 0, 1, 0, 0, 0})) == "fe80::1:0:0:0");
    CHECK(v6(words({1, 2, 3, 4, 5, 6, 7, 0})) == "1:2:3:4:5:6:7:0");
}

TEST_CASE("IPv4 and MAC addresses in numeric form") {
    rd::OutBuf out;
    rd::put_ipv4(out, 0x0a000001);
    out.put(' ');
    const std::array<uint8_t, 6> mac{0x00, 0x1b, 0x2c, 0xff, 0x0a, 0x01};
    rd::put_mac(out, mac);
    CHECK(std::string(out.view()) == "10.0.0.1 00:1b:2c:ff:0a:01");
}

TEST_CASE("numeric Names never look anything up") {
    rd::Names names(true);
    rd::OutBuf out;
    names.ipv4(out, 0x7f000001);
    out.put(' ');
    names.tcp_port(out, 80);
    out.put(' ');
    names.udp_port(out, 53);
    CHECK(std::string(out.view()) == "127.0.0.1 80 53");
}

TEST_CASE("resolving Names use /etc/services for ports and keep numbers otherwise") {
    rd::Names names(false);
    rd::OutBuf out;
    names.tcp_port(out, 80);
    out.put(' ');
    names.udp_port(out, 53);
    out.put(' ');
    names.tcp_port(out, 47123);
    CHECK(std::string(out.view()) == "http domain 47123");
}
