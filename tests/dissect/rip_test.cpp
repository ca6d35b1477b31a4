// RIP (UDP port 520). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

TEST_CASE("RIPv2 response without -v", "[rip]") {
    REQUIRE(print_one(hex("01005e000009001122334455080045000034000000000211ceaf0a000001e0000009020802080020068702020000000200000a070000ffffff000000000000000001"), 1) ==
            "IP 10.0.0.1.520 > 224.0.0.9.520: RIPv2, Response, length: 24");
}

TEST_CASE("RIPv2 route entry with -v", "[rip]") {
    REQUIRE(print_one(hex("01005e000009001122334455080045000034000000000211ceaf0a000001e0000009020802080020068702020000000200000a070000ffffff000000000000000001"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 2, id 0, offset 0, flags [none], proto UDP (17), length 52)\n"
            "    10.0.0.1.520 > 224.0.0.9.520: \n"
            "\tRIPv2, Response, length: 24, routes: 1 or less\n"
            "\t  AFI IPv4,        10.7.0.0/24, tag 0x0000, metric: 1, next-hop: self");
}
