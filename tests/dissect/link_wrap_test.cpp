// Thin link-type printers (PPP_ETHER, netANALYZER, PPP_PPPD, DLT 112, ENC, BSD/OS SLIP and PPP) tests.
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

TEST_CASE("ENC unprotected IPv4", "[enc]") {
    REQUIRE(print_one(hex("02000000 00001234 00000000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 109, opts("")) ==
            "(unprotected): SPI 0x00001234: IP 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("ENC authentic and confidential with -e", "[enc]") {
    REQUIRE(print_one(hex("02000000 00001234 000c0000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 109, opts("e")) ==
            "(authentic,confidential): SPI 0x00001234: 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("ENC unknown flag bit left open", "[enc]") {
    REQUIRE(print_one(hex("02000000 00001234 001c0000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 109, opts("")) ==
            "(authentic,confidential,SPI 0x00001234: IP 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("ENC header from a big-endian host", "[enc]") {
    REQUIRE(print_one(hex("00000002 00001234 00000800 4500001c0001000040110000c0a80001c0a800020035003500080000"), 109, opts("")) ==
            "(authentic): SPI 0x00001234: IP 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("ENC OpenBSD IPv6 family", "[enc]") {
    REQUIRE(print_one(hex("18000000 00000001 00000000 60000000000811402001db8000000000000000000000000120010db800000000000000000000000204d2003500080000"), 109, opts("q")) ==
            "(unprotected): SPI 0x00000001: IP6 2001:db80::1.1234 > 2001:db8::2.53: UDP, length 0");
}

TEST_CASE("ENC unknown family prints nothing after the SPI", "[enc]") {
    REQUIRE(print_one(hex("0a000000 00000001 00000000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 109, opts("x")) ==
            "(unprotected): SPI 0x00000001: \n"
            "\t0x0000:  4500 001c 0001 0000 4011 0000 c0a8 0001\n"
            "\t0x0010:  c0a8 0002 0035 0035 0008 0000");
}

TEST_CASE("option -x ENC header cut short", "[enc]") {
    REQUIRE(print_one(hex("02000000 00000001 00000000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 109, opts("x"), 11) ==
            " [|enc]\n"
            "\t0x0000:  0200 0000 0000 0001 0000 00");
}

TEST_CASE("option -x BSD/OS SLIP carrying IPv4", "[link_wrap]") {
    REQUIRE(print_one(hex("01700000000000000000000000000000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 102, opts("x")) ==
            "IP 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)\n"
            "\t0x0000:  4500 001c 0001 0000 4011 0000 c0a8 0001\n"
            "\t0x0010:  c0a8 0002 0035 0035 0008 0000");
}

TEST_CASE("option -x BSD/OS SLIP header cut short", "[link_wrap]") {
    REQUIRE(print_one(hex("01700000000000000000000000000000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 102, opts("x"), 10) ==
            " [|slip_bsdos]\n"
            "\t0x0000:  0170 0000 0000 0000 0000");
}

TEST_CASE("option -x BSD/OS PPP prints nothing and dumps the frame", "[link_wrap]") {
    REQUIRE(print_one(hex("0004ff030021 4500001c0001000040110000c0a80001c0a800020035003500080000"), 103, opts("x")) ==
            "\n"
            "\t0x0000:  0004 ff03 0021 4500 001c 0001 0000 4011\n"
            "\t0x0010:  0000 c0a8 0001 c0a8 0002 0035 0035 0008\n"
            "\t0x0020:  0000");
}

TEST_CASE("option -x unsupported link type: UNSUPPORTED dump, then the whole frame again", "[link_wrap]") {
    REQUIRE(print_one(hex("0102030405"), 147, opts("x")) ==
            "UNSUPPORTED\n"
            "\t0x0000:  0102 0304 05                             .....\n"
            "\t0x0000:  0102 0304 05");
}
