// SLIP pseudo-header (direction, CSLIP header) with -e.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("inbound IP with -e", "[slip]") {
    const auto pkt = hex("004000000000000000000000000000004500001c00010000400100000a0000010a0000020800f7ff00000000");
    REQUIRE(print_one(pkt, 8, opts("e")) ==
            "I ip 44: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("invalid direction", "[slip]") {
    const auto pkt = hex("e7e7e7e7e7e7ca00005254001235020800e7");
    REQUIRE(print_one(pkt, 8, opts("e")) ==
            "Invalid direction 231 ip v0");
}
