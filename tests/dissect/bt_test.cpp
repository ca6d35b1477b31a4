// Bluetooth HCI H4 with pseudo-header (link type 201) printer tests.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

TEST_CASE("Bluetooth H4 frame is a dump", "[bluetooth]") {
    REQUIRE(print_one(hex("00000001 040e0401030c00"), 201, opts("")) ==
            "bluetooth\n"
            "\t0x0000:  040e 0401 030c 00                        .......");
}

TEST_CASE("Bluetooth H4 frame with -e, outgoing", "[bluetooth]") {
    REQUIRE(print_one(hex("00000000 01030c00"), 201, opts("e")) ==
            "bluetooth, hci length 4, direction out\n"
            "\t0x0000:  0103 0c00                                ....");
}

TEST_CASE("Bluetooth H4 frame with -x, dump after the pseudo-header", "[bluetooth]") {
    REQUIRE(print_one(hex("00000001 040e0401030c00"), 201, opts("ex")) ==
            "bluetooth, hci length 7, direction in\n"
            "\t0x0000:  040e 0401 030c 00");
}

TEST_CASE("Bluetooth with -q", "[bluetooth]") {
    REQUIRE(print_one(hex("00000001 040e0401030c00"), 201, opts("q")) ==
            "bluetooth");
}

TEST_CASE("Bluetooth pseudo-header cut short", "[bluetooth]") {
    REQUIRE(print_one(hex("00000001 040e0401030c00"), 201, opts("x"), 3) ==
            "bluetooth [|bluetooth]\n"
            "\t0x0000:  0000 00");
}
