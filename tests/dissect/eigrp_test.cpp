// EIGRP (IP protocol 88). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

TEST_CASE("EIGRP hello without -v", "[eigrp]") {
    REQUIRE(print_one(hex("01005e00000a00112233445508004500003c000000000258ce5f0a000001e000000a0205ee68000000000000000000000000000000640001000c0100010000000f00000400080c040102"), 1) ==
            "IP 10.0.0.1 > 224.0.0.10: EIGRP Hello, length: 40");
}

TEST_CASE("EIGRP hello TLVs with -v", "[eigrp]") {
    REQUIRE(print_one(hex("01005e00000a00112233445508004500003c000000000258ce5f0a000001e000000a0205ee68000000000000000000000000000000640001000c0100010000000f00000400080c040102"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 2, id 0, offset 0, flags [none], proto EIGRP (88), length 60)\n"
            "    10.0.0.1 > 224.0.0.10: \n"
            "\tEIGRP v2, opcode: Hello (5), chksum: 0xee68, Flags: [none]\n"
            "\tseq: 0x00000000, ack: 0x00000000, VRID: 0, AS: 100, length: 20\n"
            "\t  General Parameters TLV (0x0001), length: 12\n"
            "\t    holdtime: 3840s, k1 1, k2 0, k3 1, k4 0, k5 0\n"
            "\t  Software Version TLV (0x0004), length: 8\n"
            "\t    IOS version: 12.4, EIGRP version 1.2");
}
