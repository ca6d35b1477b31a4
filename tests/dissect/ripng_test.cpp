// RIPng (UDP 521). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {
rd::PrintOptions verbose(int v) {
    rd::PrintOptions o;
    o.vflag = v;
    return o;
}
}  // namespace

TEST_CASE("RIPng response", "[ripng]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd600000000034114020010db800000000000000000000000120010db8000000000000000000000002020902090034d2800201000020010db80001000000000000000000000000400120010db800020000000000000000000000073000"), 1, rd::PrintOptions{}) ==
            "IP6 2001:db8::1.521 > 2001:db8::2.521:  ripng-resp 2: 2001:db8:1::/64 (1) 2001:db8:2::/48 [7]");
}

TEST_CASE("RIPng response, one entry per line at -vv", "[ripng]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd600000000034114020010db800000000000000000000000120010db8000000000000000000000002020902090034d2800201000020010db80001000000000000000000000000400120010db800020000000000000000000000073000"), 1, verbose(2)) ==
            "IP6 (hlim 64, next-header UDP (17) payload length: 52) 2001:db8::1.521 > 2001:db8::2.521: [udp sum ok]  ripng-resp 2:\n"
            "\t2001:db8:1::/64 (1)\n"
            "\t2001:db8:2::/48 [7]");
}

TEST_CASE("RIPng full table request", "[ripng]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd600000000020114020010db800000000000000000000000120010db80000000000000000000000020209020900209f16010100000000000000000000000000000000000000000010"), 1, rd::PrintOptions{}) ==
            "IP6 2001:db8::1.521 > 2001:db8::2.521:  ripng-req dump");
}

TEST_CASE("RIPng bad version", "[ripng]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003400010000401166b60a0000010a0000029c40020900204b5f020300000000000000000000000000000000000000000000"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.521:  [vers 3] (invalid)");
}

TEST_CASE("RIPng entry cut by the capture", "[ripng]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd600000000034114020010db800000000000000000000000120010db8000000000000000000000002020902090034d2800201000020010db80001000000000000000000000000400120010db800020000000000000000000000073000"), 1, rd::PrintOptions{}, 96) ==
            "IP6 2001:db8::1.521 > 2001:db8::2.521:  ripng-resp 2: 2001:db8:1::/64 (1)  [|ripng]");
}

TEST_CASE("RIPng unknown command", "[ripng]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002000010000401166ca0a0000010a0000029c400209000c448909010000"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.521:  ripng-9 ?? 4 (invalid)");
}
