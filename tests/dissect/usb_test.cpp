// USB (Linux usbmon headers, link types 189 and 220) printer tests.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

TEST_CASE("USB control submit, 48-byte header", "[usb]") {
    REQUIRE(print_one(hex("3412000000000000 53 02 80 03 0100 00 3c 0500000000000000 06000000 00000000 12000000 00000000 0000000000000000"), 189, opts("")) ==
            "USB CONTROL SUBMIT to 1:3:0");
}

TEST_CASE("USB interrupt complete with data, 48-byte header, -x dump after the header", "[usb]") {
    REQUIRE(print_one(hex("3412000000000000 43 01 81 05 0200 00 00 0500000000000000 06000000 feffffff 04000000 04000000 0000000000000000 61626364"), 189, opts("x")) ==
            "USB INTERRUPT COMPLETE to 2:5:1\n"
            "\t0x0000:  6162 6364");
}

TEST_CASE("USB with -q prints only the protocol", "[usb]") {
    REQUIRE(print_one(hex("3412000000000000 43 01 81 05 0200 00 00 0500000000000000 06000000 feffffff 04000000 04000000 0000000000000000 61626364"), 189, opts("q")) ==
            "USB");
}

TEST_CASE("USB unknown transfer and event types", "[usb]") {
    REQUIRE(print_one(hex("3412000000000000 58 07 02 03 0200 00 00 0500000000000000 06000000 00000000 12000000 00000000 0000000000000000"), 189, opts("v")) ==
            "USB  ? ? 2:3:2");
}

TEST_CASE("USB 48-byte header cut short", "[usb]") {
    REQUIRE(print_one(hex("3412000000000000 43 01 81 05 0200 00 00 0500000000000000 06000000 feffffff 04000000 04000000 0000000000000000 61626364"), 189, opts("x"), 47) ==
            " [|usb_linux_48_byte]\n"
            "\t0x0000:  3412 0000 0000 0000 4301 8105 0200 0000\n"
            "\t0x0010:  0500 0000 0000 0000 0600 0000 feff ffff\n"
            "\t0x0020:  0400 0000 0400 0000 0000 0000 0000 00");
}

TEST_CASE("USB bulk complete, 64-byte header, -e", "[usb]") {
    REQUIRE(print_one(hex("3412000000000000 43 03 82 07 0a00 00 00 0500000000000000 06000000 00000000 04000000 04000000 0000000000000000 00000000000000000000000000000000 61626364"), 220, opts("e")) ==
            "USB BULK COMPLETE from 10:7:2");
}

TEST_CASE("USB 64-byte header cut short", "[usb]") {
    REQUIRE(print_one(hex("3412000000000000 43 03 82 07 0a00 00 00 0500000000000000 06000000 00000000 04000000 04000000 0000000000000000 00000000000000000000000000000000 61626364"), 220, opts(""), 63) ==
            " [|usb_linux_64_byte]");
}
