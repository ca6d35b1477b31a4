// Thin link-type printers (PPP_ETHER, netANALYZER, PPP_PPPD, DLT 112) tests.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

TEST_CASE("netANALYZER frame carrying ARP", "[link_wrap]") {
    REQUIRE(print_one(hex("00000000 ffffffffffff00010203040508060001080006040001000102030405c0a80001000000000000c0a80002"), 240, opts("e")) ==
            "00:01:02:03:04:05 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("option -x netANALYZER pseudo-header cut short", "[link_wrap]") {
    REQUIRE(print_one(hex("00000000 ffffffffffff00010203040508060001080006040001000102030405c0a80001000000000000c0a80002"), 240, opts("x"), 3) ==
            " [|netanalyzer]\n"
            "\t0x0000:  0000 00");
}

TEST_CASE("netANALYZER transparent frame with the Ethernet header cut short", "[link_wrap]") {
    REQUIRE(print_one(hex("000000000000000000000000 ffffffffffff00010203040508060001080006040001000102030405c0a80001000000000000c0a80002"), 241, opts("x"), 15) ==
            " [|ether]");
}

TEST_CASE("PPP_ETHER PPPoE session with LCP", "[link_wrap]") {
    REQUIRE(print_one(hex("11000001000ac021010100040000ffff"), 51, opts("e")) ==
            "PPPoE  [ses 0x1] LCP (0xc021), length 10: LCP, Conf-Request (0x01), id 1, length 10");
}

TEST_CASE("option -x PPP_ETHER frame shorter than the PPPoE header", "[link_wrap]") {
    REQUIRE(print_one(hex("1100000100"), 51, opts("x")) ==
            " (length 5 < 6) (invalid)\n"
            "\t0x0000:  1100 0001 00");
}

TEST_CASE("PPP_PPPD frame prints as PPP", "[link_wrap]") {
    REQUIRE(print_one(hex("ff03c021010100040000"), 166, opts("e")) ==
            "LCP (0xc021), length 10: LCP, Conf-Request (0x01), id 1, length 8");
}

TEST_CASE("link type 112 prints as Cisco HDLC", "[link_wrap]") {
    REQUIRE(print_one(hex("0f00080045000014"), 112, opts("e")) ==
            "unicast, ethertype IPv4 (0x0800), length 8:  [|ip]");
}
