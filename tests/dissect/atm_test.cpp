// atm printer tests. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("SunATM Q.2931 setup (-e)", "[atm]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("80000005090300000105800000"), 123, o) ==
            "Tx: VPI:0 VCI:5 Q.2931:Setup CALL_REF:0x000001");
}

TEST_CASE("SunATM SSCOP", "[atm]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("000000050300000105"), 123, o) ==
            "SSCOP, proto 3 ");
}

TEST_CASE("SunATM OAM F4 loopback cell (-v)", "[atm]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("000000040000000040180100000001000102030405060708090a0b0c0d0e0f10111213141516170000000000000000000000000000000000e8"), 123, o) ==
            "OAM F4 (end), vpi 0, vci 4, payload [ user data, uncongested, SDU 0 ], clp 0, length 53\n"
            "\tcell-type Fault Management (1), func-type Loopback (8)\n"
            "\tLoopback-Indicator Request, Correlation-Tag 0x00000001\n"
            "\tLocation-ID 0102 0304 0506 0708 090a 0b0c \n"
            "\tSource-ID   0d0e 0f10 1112 1314 1516 1700 \n"
            "\tcksum 0x0e8 (correct)");
}

TEST_CASE("SunATM OAM cut before the CRC (-v)", "[atm]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("000000030000000040180100000001000102030405060708090a0b0c0d"), 123, o) ==
            "OAM F4 (end), vpi 0, vci 4, payload [ user data, uncongested, SDU 0 ], clp 0, length 25\n"
            "\tcell-type Fault Management (1), func-type Loopback (8) [|oam]");
}

TEST_CASE("SunATM LLC/SNAP IPv4 (-e)", "[atm]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("02010020aaaa0300000008004500001c00010000401100000a0000010a00000203e807d000080000"), 123, o) ==
            "Rx: VPI:1 VCI:32 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0");
}

TEST_CASE("SunATM LANE data frame", "[atm]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("010100201234ffffffffffff00112233445508004500001c00010000401100000a0000010a00000203e807d000080000"), 123, o) ==
            "lecid:1234 IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0");
}

TEST_CASE("SunATM LANE control frame (-e)", "[atm]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("01010020ff0001020003"), 123, o) ==
            "Rx: VPI:1 VCI:32 lec: proto 1 vers 2 ready query");
}

TEST_CASE("SunATM header cut short (-e)", "[atm]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("80000005"), 123, o, 2) ==
            "Tx:  [|sunatm]");
}

TEST_CASE("RFC 1483 LLC/SNAP IPv4", "[atm]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("aaaa0300000008004500001c00010000401100000a0000010a00000203e807d000080000"), 100, o) ==
            "IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0");
}

TEST_CASE("RFC 1483 behind a Fore 802.6 header (-e)", "[atm]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("000102030405060708090a0b0c0d0e0f10111213aaaa0300000008004500001c00010000401100000a0000010a00000203e807d000080000"), 100, o) ==
            "0001020304050607 08090a0b0c0d0e0f LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0");
}

TEST_CASE("Classical IP over ATM with LLC/SNAP (-e)", "[atm]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("aaaa0300000008004500001c00010000401100000a0000010a00000203e807d000080000"), 106, o) ==
            "36: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0");
}

TEST_CASE("Classical IP over ATM without LLC", "[atm]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("4500001c00010000401100000a0000010a00000203e807d000080000"), 106, o) ==
            "IP 10.0.0.1.1000 > 10.0.0.2.2000: UDP, length 0");
}

TEST_CASE("Classical IP over ATM shorter than an LLC header (-e)", "[atm]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("aaaa03"), 106, o) ==
            "3:  [|cip]");
}

TEST_CASE("Classical IP over ATM unknown SNAP type", "[atm]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("aaaa030000009999aabb"), 19, o) ==
            "SNAP, ethertype Unknown (0x9999), length 2: \n"
            "\t0x0000:  aaaa 0300 0000 9999 aabb                 ..........");
}
