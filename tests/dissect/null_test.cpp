// BSD loopback (NULL) and OpenBSD LOOP: address family in either byte order.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("unknown family, host byte order (little-endian)", "[null]") {
    const auto pkt = hex("05000000deadbeef");
    REQUIRE(print_one(pkt, 0, opts("")) ==
            "AF Unknown (5), length 8: \n\t0x0000:  dead beef                                ....");
}

TEST_CASE("unknown family, network byte order is swapped back", "[null]") {
    const auto pkt = hex("00000005deadbeef");
    REQUIRE(print_one(pkt, 0, opts("")) ==
            "AF Unknown (5), length 8: \n\t0x0000:  dead beef                                ....");
}

TEST_CASE("unknown family with -e", "[null]") {
    const auto pkt = hex("05000000deadbeef");
    REQUIRE(print_one(pkt, 0, opts("e")) ==
            "AF Unknown (5), length 8: \n\t0x0000:  dead beef                                ....");
}

TEST_CASE("unknown family with -q", "[null]") {
    const auto pkt = hex("05000000deadbeef");
    REQUIRE(print_one(pkt, 0, opts("q")) ==
            "Unknown AF 5, length 8: ");
}

TEST_CASE("known family without a printer here (NS) with -e -q", "[null]") {
    const auto pkt = hex("06000000deadbeef");
    REQUIRE(print_one(pkt, 0, opts("eq")) ==
            "NS, length 8: ");
}

TEST_CASE("a big value that is not swapped", "[null]") {
    const auto pkt = hex("00010000ab");
    REQUIRE(print_one(pkt, 0, opts("e")) ==
            "AF Unknown (256), length 5: \n\t0x0000:  ab                                       .");
}

TEST_CASE("all ones", "[null]") {
    const auto pkt = hex("ffffffffab");
    REQUIRE(print_one(pkt, 0, opts("e")) ==
            "AF Unknown (4294967295), length 5: \n\t0x0000:  ab                                       .");
}

TEST_CASE("LOOP link type, network order", "[null]") {
    const auto pkt = hex("00000005ab");
    REQUIRE(print_one(pkt, 108, opts("e")) ==
            "AF Unknown (5), length 5: \n\t0x0000:  ab                                       .");
}

TEST_CASE("header cut short", "[null]") {
    const auto pkt = hex("02000000");
    REQUIRE(print_one(pkt, 0, opts(""), 2) ==
            " [|null]");
}
