// Cisco Auto-RP (UDP 496). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("Auto-RP candidate advertisement", "[autorp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004200010000401166a80a0000010a00000201f001f0002e06c9110200b5000000000a01010103020004e00000000308ef0000000a01010202010018e0010200"), 1, opts(0)) ==
            "IP 10.0.0.1.496 > 10.0.0.2.496:  auto-rp candidate-advert Hold 3m1s RP 10.1.1.1 PIMv1+2 224.0.0.0/4,!239.0.0.0/8 bidir RP 10.1.1.2 PIMv2 224.1.2.0/24");
}

TEST_CASE("Auto-RP mapping with fewer RPs than announced", "[autorp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003000010000401166ba0a0000010a00000201f001f0001cedc812020000000000000a010101e9011404e0000000"), 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
            "    10.0.0.1.496 > 10.0.0.2.496:  auto-rp mapping Hold FOREVER RP 10.1.1.1 PIMv1 [rsvd=0xe8] 224.0.0.0/4[rsvd=0x14] [|cisco_autorp]");
}

TEST_CASE("Auto-RP cut inside a group range", "[autorp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004200010000401166a80a0000010a00000201f001f0002e06c9110200b5000000000a01010103020004e00000000308ef0000000a01010202010018e0010200"), 1, opts(0), 77) ==
            "IP 10.0.0.1.496 > 10.0.0.2.496:  auto-rp candidate-advert Hold 3m1s RP 10.1.1.1 PIMv1+2 224.0.0.0/4,!239.0.0.0/8 bidir RP 10.1.1.2 PIMv2 [|cisco_autorp]");
}

TEST_CASE("Auto-RP shorter than its header", "[autorp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002000010000401166ca0a0000010a00000201f001f0000cd6f211000001"), 1, opts(0)) ==
            "IP 10.0.0.1.496 > 10.0.0.2.496:  [|cisco_autorp]");
}

