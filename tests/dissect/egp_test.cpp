// EGP (IP protocol 8) messages.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("egp: terse header", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040088e9bc0000201c633640202030001fcfc00640005001e0078"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1 > 198.51.100.2: EGPv2, AS 100, seq 5, length 16");
}

TEST_CASE("egp: acquire request at -v", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040088e9bc0000201c633640202030001fcfc00640005001e0078"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 36)\n    192.0.2.1 > 198.51.100.2: EGPv2, length 16 acquire request active_mode hello:30 poll:120");
}

TEST_CASE("egp: acquire refuse with a status it does not name", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040088e9bc0000201c633640202030201fb920064000500000000"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 36)\n    192.0.2.1 > 198.51.100.2: EGPv2, length 16 acquire refuse[status 1]");
}

TEST_CASE("egp: reachability and unknown reach code", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040088e9bc0000201c633640202050102fc8f0064000500000000"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 36)\n    192.0.2.1 > 198.51.100.2: EGPv2, length 16 i-h-u state:down");
}

TEST_CASE("egp: poll names the source network", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040088e9bc0000201c633640202020001f3930064000500000a00"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 36)\n    192.0.2.1 > 198.51.100.2: EGPv2, length 16 poll state:up net:10.0.0.0");
}

TEST_CASE("egp: error with a reason", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040088e9bc0000201c633640202080002fd860064000500060000"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 36)\n    192.0.2.1 > 198.51.100.2: EGPv2, length 16 error state:down unsupported_version");
}

TEST_CASE("egp: update with gateways and distances", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000360000000040088e89c0000201c633640202010081d7b90064000501010a00"
                         "0000050103010202068201060501010301c80102");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 54)\n    192.0.2.1 > 198.51.100.2: EGPv2, length 34 update unsolicited state:up 10.0.0.0 int 1 ext 1 int 3.1.5.0 (d2: 0.0.0.6 0.0.1.130) ext 1.5.6.0 (d3: 0.2.1.200)");
}

TEST_CASE("egp: update running past the message", "[egp]") {
    const auto pkt = hex("00005e00530100005e00530208004500002b0000000040088e94c0000201c63364020201000139d0006400050100ac10"
                         "00000005010301ac14");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 43)\n    192.0.2.1 > 198.51.100.2: EGPv2, length 23 update state:up 172.16.0.0 int 1 ext 0 int 1.5.0.0 (d1: 0.0.0.20 [|egp]");
}

TEST_CASE("egp: unknown version and type", "[egp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040088e9bc0000201c633640203010000fc950064000500000000"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto EGP (8), length 36)\n    192.0.2.1 > 198.51.100.2: EGPv3, length 16[version 3]");
}

TEST_CASE("egp: shorter than the header", "[egp]") {
    const auto pkt = hex("00005e00530100005e00530208004500001e0000000040088ea1c0000201c633640200000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1 > 198.51.100.2:  [|egp]");
}
