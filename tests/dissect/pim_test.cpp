// PIMv2 (IP protocol 103). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

TEST_CASE("PIMv2 hello without -v is one line", "[pim]") {
    REQUIRE(print_one(hex("01005e00000d00112233445508004500002e000100000167cf590a000002e000000d2000ab87000100020069001400043f0ef4cd0013000400000001"), 1) ==
            "IP 10.0.0.2 > 224.0.0.13: PIMv2, Hello, length 26");
}

TEST_CASE("PIMv2 hello options with -v", "[pim]") {
    REQUIRE(print_one(hex("01005e00000d00112233445508004500002e000100000167cf590a000002e000000d2000ab87000100020069001400043f0ef4cd0013000400000001"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto PIM (103), length 46)\n"
            "    10.0.0.2 > 224.0.0.13: PIMv2, length 26\n"
            "\tHello, cksum 0xab87 (correct)\n"
            "\t  Hold Time Option (1), length 2, Value: 1m45s\n"
            "\t  Generation ID Option (20), length 4, Value: 0x3f0ef4cd\n"
            "\t  DR Priority Option (19), length 4, Value: 1");
}

TEST_CASE("PIMv2 join/prune with source flags", "[pim]") {
    REQUIRE(print_one(hex("01005e00000d001122334455080045000036000100000167cf510a000002e000000d2300d4d701000a00000d000100d201000020ef010203000100000100072001010101"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto PIM (103), length 54)\n"
            "    10.0.0.2 > 224.0.0.13: PIMv2, length 34\n"
            "\tJoin / Prune, cksum 0xd4d7 (correct), upstream-neighbor: 10.0.0.13\n"
            "\t  1 group(s), holdtime: 3m30s\n"
            "\t    group #1: 239.1.2.3, joined sources: 1, pruned sources: 0\n"
            "\t      joined source #1: 1.1.1.1(SWR)");
}
