// NFLOG link type printer tests. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("NFLOG IPv4 payload", "[nflog]") {
    rd::PrintOptions o;

    REQUIRE(print_one(hex("0200000108000100080003000c000a006162636465660000200009004500001c00010000400166230a0000010a0000bd0800f7ff00000000"), 239, o) ==
            "IP 10.0.0.1 > 10.0.0.189: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("NFLOG IPv4 payload with -e", "[nflog]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("0200000108000100080003000c000a006162636465660000200009004500001c00010000400166230a0000010a0000bd0800f7ff00000000"), 239, o) ==
            "version 0, resource ID 1, family IPv4 (2), length 56: 10.0.0.1 > 10.0.0.189: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("NFLOG IPv6 payload with -e -q", "[nflog]") {
    rd::PrintOptions o;
    o.eflag = true;
    o.qflag = true;
    REQUIRE(print_one(hex("0a000002080001000800030034000900600000000008114020010db800000000000000000000000120010db800000000000000000000000204d2003500080000"), 239, o) ==
            "version 0, resource ID 2, IPv6, length 64: 2001:db8::1.1234 > 2001:db8::2.53: UDP, length 0");
}

TEST_CASE("NFLOG unknown family shows the header and a hex dump", "[nflog]") {
    rd::PrintOptions o;

    REQUIRE(print_one(hex("25000003080001000800030008000900a1a2a3a4"), 239, o) ==
            "version 0, resource ID 3, family Unknown (37), length 8: \n"
            "\t0x0000:  a1a2 a3a4                                ....");
}

TEST_CASE("NFLOG unknown family with -q", "[nflog]") {
    rd::PrintOptions o;
    o.qflag = true;
    REQUIRE(print_one(hex("25000003080001000800030008000900a1a2a3a4"), 239, o) ==
            "version 0, resource ID 3, Unknown NFLOG (0x25), length 8: ");
}

TEST_CASE("NFLOG unsupported version", "[nflog]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("020100000800010008000300"), 239, o) ==
            "version 1 (unknown)");
}

TEST_CASE("NFLOG TLV cut by the capture", "[nflog]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("0200000108000100080003000c000a006162636465660000200009004500001c00010000400166230a0000010a0000bd0800f7ff00000000"), 239, o, 18) ==
            "version 0, resource ID 1, family IPv4 (2), length 56:  [|nflog]");
}

TEST_CASE("NFLOG header shorter than four bytes", "[nflog]") {
    rd::PrintOptions o;

    REQUIRE(print_one(hex("0200000108000100080003000c000a006162636465660000200009004500001c00010000400166230a0000010a0000bd0800f7ff00000000"), 239, o, 3) ==
            " [|nflog]");
}

TEST_CASE("NFLOG TLV length below the minimum", "[nflog]") {
    rd::PrintOptions o;
    o.eflag = true;
    REQUIRE(print_one(hex("02000000020001000000"), 239, o) ==
            "version 0, resource ID 0, family IPv4 (2), length 10:  [|nflog]");
}
