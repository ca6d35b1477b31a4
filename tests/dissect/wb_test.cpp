// LBL whiteboard (UDP 4567). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {
const char* kPreq =
    "0011223344550011223344660800450000380001000040118eaf0a000001e002020203e811d70024e4cb0a0000010000000500"
    "0105010a000008000000010000000200000003";
}  // namespace

TEST_CASE("wb page request", "[wb]") {
    REQUIRE(print_one(hex(kPreq), 1) == "IP 10.0.0.1.1000 > 224.2.2.2.4567: * wb-preq: need 2/10.0.0.8:1");
}

TEST_CASE("wb page request cut short", "[wb]") {
    REQUIRE(print_one(hex(kPreq), 1, {}, 66) == "IP 10.0.0.1.1000 > 224.2.2.2.4567: * wb-preq: need 2/10.0.0.8:1 [|wb]");
}
