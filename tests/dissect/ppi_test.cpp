// PPI (link type 192) printer tests.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

TEST_CASE("PPI carrying an 802.11 beacon", "[ppi]") {
    REQUIRE(print_one(hex("00000800 69000000 80000000ffffffffffff000102030405000102030405a00f 000000000000000064000000 0004746573740108 8284 8b96 0c12 1824"), 192, opts("")) ==
            "Beacon (test) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] IBSS");
}

TEST_CASE("PPI header with -e, TLVs skipped", "[ppi]") {
    REQUIRE(print_one(hex("00001400 69000000 02001400 0000000000000000 80000000ffffffffffff000102030405000102030405a00f 000000000000000064000000 0004746573740108 8284 8b96 0c12 1824"), 192, opts("e")) ==
            "V.0 DLT IEEE802_11 (105) len 20, length 72: BSSID:00:01:02:03:04:05 DA:ff:ff:ff:ff:ff:ff SA:00:01:02:03:04:05 Beacon (test) [1.0* 2.0* 5.5* 11.0* 6.0 9.0 12.0 18.0 Mbit] IBSS");
}

TEST_CASE("PPI carrying Ethernet, -x dump offset counts the inner header twice", "[ppi]") {
    REQUIRE(print_one(hex("00000800 01000000 ffffffffffff00010203040508060001080006040001000102030405c0a80001000000000000c0a80002"), 192, opts("x")) ==
            "ARP, Request who-has 192.168.0.2 tell 192.168.0.1, length 28\n"
            "\t0x0000:  c0a8 0001 0000 0000 0000 c0a8 0002");
}

TEST_CASE("PPI with -e -q shows the DLT name only", "[ppi]") {
    REQUIRE(print_one(hex("00000800 01000000 ffffffffffff00010203040508060001080006040001000102030405c0a80001000000000000c0a80002"), 192, opts("eq")) ==
            "EN10MB, length 50: 00:01:02:03:04:05 > ff:ff:ff:ff:ff:ff, ARP, length 42: Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("PPI with a DLT without printer shows the header and a dump", "[ppi]") {
    REQUIRE(print_one(hex("00000800 65000000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 192, opts("")) ==
            "V.0 DLT UNKNOWN (101) len 8, length 36: \n"
            "\t0x0000:  4500 001c 0001 0000 4011 0000 c0a8 0001  E.......@.......\n"
            "\t0x0010:  c0a8 0002 0035 0035 0008 0000            .....5.5....");
}

TEST_CASE("PPI with an unknown DLT and -q", "[ppi]") {
    REQUIRE(print_one(hex("01000800 0f270000 4500001c0001000040110000c0a80001c0a800020035003500080000"), 192, opts("q")) ==
            "UNKNOWN, length 36: ");
}

TEST_CASE("PPI length field below the header size", "[ppi]") {
    REQUIRE(print_one(hex("00000400 69000000 80000000ffffffffffff000102030405000102030405a00f 000000000000000064000000 0004746573740108 8284 8b96 0c12 1824"), 192, opts("x")) ==
            " [length 4 < 8 or > 65532] (invalid)");
}

TEST_CASE("PPI length field past the capture", "[ppi]") {
    REQUIRE(print_one(hex("00002000 69000000 80000000ffffffffffff000102030405000102030405a00f 000000000000000064000000 0004746573740108 8284 8b96 0c12 1824"), 192, opts("x"), 20) ==
            " [|ppi]");
}

TEST_CASE("PPI header cut short", "[ppi]") {
    REQUIRE(print_one(hex("00000800 69000000 80000000ffffffffffff000102030405000102030405a00f 000000000000000064000000 0004746573740108 8284 8b96 0c12 1824"), 192, opts("x"), 6) ==
            " [|ppi]");
}

TEST_CASE("PPI with raw IP and nothing after the header", "[ppi]") {
    REQUIRE(print_one(hex("00000800 0c000000"), 192, opts("e")) ==
            "V.0 DLT RAW (12) len 8, length 8: ip: truncated-ip 0");
}

TEST_CASE("PPI carrying a cut-off USB header dumps the whole record", "[ppi]") {
    REQUIRE(print_one(hex("00000800 dc000000 3412000000000000 43"), 192, opts("x")) ==
            " [|usb_linux_64_byte]\n"
            "\t0x0000:  0000 0800 dc00 0000 3412 0000 0000 0000\n"
            "\t0x0010:  43");
}
