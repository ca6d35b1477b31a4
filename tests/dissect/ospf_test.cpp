// Generated expectations: the text tcpdump 4.99.3 prints for each packet.
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("ospf: hello", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 0;
    const auto pkt = hex("01005e000005000000000001080045000044000100004059905a0a000001e000"
                 "0005020100300101010100000001d29000000000000000000000ffffff00000a"
                 "1201000000280a0000010a00000202020202");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP 10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 48");
}

TEST_CASE("ospf: hello at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("01005e000005000000000001080045000044000100004059905a0a000001e000"
                 "0005020100300101010100000001d29000000000000000000000ffffff00000a"
                 "1201000000280a0000010a00000202020202");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto OSPF (89), length 68)\n"
            "    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 48\n"
            "\tRouter-ID 1.1.1.1, Area 0.0.0.1, Authentication Type: none (0)\n"
            "\tOptions [External, LLS]\n"
            "\t  Hello Timer 10s, Dead Timer 40s, Mask 255.255.255.0, Priority 1\n"
            "\t  Designated Router 10.0.0.1, Backup Designated Router 10.0.0.2\n"
            "\t  Neighbor List:\n"
            "\t    2.2.2.2");
}

TEST_CASE("ospf: LS update with a network LSA at -vv", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("01005e000005000000000001080045000050000100004059904e0a000001e000"
                 "00050204003c0101010100000000eec700017365637265740000000000010001"
                 "00020a00000101010101800000017bc50020ffffff000101010102020202");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto OSPF (89), length 80)\n"
            "    10.0.0.1 > 224.0.0.5: OSPFv2, LS-Update, length 60\n"
            "\tRouter-ID 1.1.1.1, Backbone Area, Authentication Type: simple (1)\n"
            "\tSimple text password: secret, 1 LSA\n"
            "\t  LSA #1\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 12\n"
            "\t    Network LSA (2), LSA-ID: 10.0.0.1\n"
            "\t    Options: [none]\n"
            "\t    Mask 255.255.255.0\n"
            "\t    Connected Routers:\n"
            "\t      1.1.1.1\n"
            "\t      2.2.2.2\n"
            "\t    0x0000:  ffff ff00 0101 0101 0202 0202");
}

TEST_CASE("ospf: truncated hello", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("01005e000005000000000001080045000044000100004059905a0a000001e000"
                 "0005020100300101010100000001d29000000000000000000000ffffff00000a"
                 "1201000000280a0000010a00000202020202");
    REQUIRE(print_one(pkt, 1, o, 60) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto OSPF (89), length 68)\n"
            "    10.0.0.1 > 224.0.0.5: OSPFv2, Hello, length 48\n"
            "\tRouter-ID 1.1.1.1, Area 0.0.0.1, Authentication Type: none (0) [|ospf2]");
}
