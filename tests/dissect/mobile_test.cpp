// Minimal encapsulation for Mobile IP (IP protocol 55).
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("mobile: without original source", "[mobile]") {
    const auto pkt = hex("00005e00530100005e0053020800450000200000000040378e70c0000201c63364020600effe0a00000100000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1 > 198.51.100.2: mobile: [] ");
}

TEST_CASE("mobile: without original source at -v", "[mobile]") {
    const auto pkt = hex("00005e00530100005e0053020800450000200000000040378e70c0000201c63364020600effe0a00000100000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto Mobile IP (55), length 32)\n    192.0.2.1 > 198.51.100.2: mobile: [] > 10.0.0.1 (oproto=6)");
}

TEST_CASE("mobile: with original source at -v", "[mobile]") {
    const auto pkt = hex("00005e00530100005e0053020800450000200000000040378e70c0000201c63364020680e57c0a0000010a000002");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto Mobile IP (55), length 32)\n    192.0.2.1 > 198.51.100.2: mobile: [S] 10.0.0.2 > 10.0.0.1 (oproto=6)");
}

TEST_CASE("mobile: bad checksum", "[mobile]") {
    const auto pkt = hex("00005e00530100005e0053020800450000200000000040378e70c0000201c63364021100f6ca0a00000100000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1 > 198.51.100.2: mobile: []  (bad checksum 63178)");
}

TEST_CASE("mobile: over IPv6 with a bad checksum at -v", "[mobile]") {
    const auto pkt = hex("00005e00530100005e00530286dd600000000010374020010db800000000000000000000000120010db8000000000000"
                         "0000000000020680f7480a0000010a00000261626364");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP6 (hlim 64, next-header Mobile IP (55) payload length: 16) 2001:db8::1 > 2001:db8::2: mobile: [S] 10.0.0.2 > 10.0.0.1 (oproto=6) (bad checksum 63304)");
}

TEST_CASE("mobile: header not fully captured", "[mobile]") {
    const auto pkt = hex("00005e00530100005e00530208004500001f0000000040378e71c0000201c63364020000000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1 > 198.51.100.2:  [|mobile]");
}

TEST_CASE("mobile: shorter than the minimal header", "[mobile]") {
    const auto pkt = hex("00005e00530100005e00530208004500001c0000000040378e74c0000201c63364020600f5f901020304");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1 > 198.51.100.2:  [|mobile]");
}
