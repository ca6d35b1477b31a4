// PGM (IP protocol 113). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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
const char* kSpm =
    "01005e00000100112233446608004500004000010000407180490a000001ef01010104d2162e00010000000102030405000000"
    "0000010000000200000003000100000a0000010004000c8d040000";
}  // namespace

TEST_CASE("PGM SPM without -v shows the length only", "[pgm]") {
    REQUIRE(print_one(hex(kSpm), 1) == "IP 10.0.0.1 > 239.1.1.1: 10.0.0.1.1234 > 239.1.1.1.5678: PGM, length 0");
}

TEST_CASE("PGM SPM with options at -v", "[pgm]") {
    REQUIRE(print_one(hex(kSpm), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 64)\n"
            "    10.0.0.1 > 239.1.1.1: 10.0.0.1.1234 > 239.1.1.1.5678: PGM, length 0 0x000102030405 SPM seq 1 "
            "trail 2 lead 3 nla 10.0.0.1 OPTS LEN 12 SYN [44]");
}

TEST_CASE("PGM ODATA at -vv", "[pgm]") {
    REQUIRE(print_one(hex("01005e00000100112233446608004500002f000100004071805a0a000001ef01010104d2162e04000000000102"
                          "03040500030000006400000063616263"),
                      1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 47)\n"
            "    10.0.0.1 > 239.1.1.1: 10.0.0.1.1234 > 239.1.1.1.5678: PGM, length 3 0x000102030405 ODATA trail "
            "99 seq 100 [27]");
}

TEST_CASE("PGM cut before the options or inside the header", "[pgm]") {
    REQUIRE(print_one(hex(kSpm), 1, verbose(1), 70) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 64)\n"
            "    10.0.0.1 > 239.1.1.1: 10.0.0.1.1234 > 239.1.1.1.5678: PGM, length 0 0x000102030405 SPM seq 1 "
            "trail 2 lead 3 nla 10.0.0.1 [|pgm]");
    REQUIRE(print_one(hex(kSpm), 1, verbose(1), 40) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto PGM (113), length 64)\n"
            "    10.0.0.1 > 239.1.1.1: 10.0.0.1.1234 > 239.1.1.1.5678:  [|pgm]");
}
