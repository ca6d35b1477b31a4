// PPPoE discovery tags and sessions carrying PPP (LCP), malformed lengths.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("discovery tags, empty and hex", "[pppoe]") {
    const auto pkt = hex("ffffffffffff00112233445588631109000000100101000001030004deadbeef0120000205dc");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "PPPoE PADI [Service-Name] [Host-Uniq 0xDEADBEEF] [PPP-Max-Payload 0x05DC]");
}

TEST_CASE("session LCP echo with an overlong PPPoE length", "[pppoe]") {
    const auto pkt = hex("ffffffffffff0011223344558864110000170010c021096a000e1234567800000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "PPPoE  [len 16 > 14!] [ses 0x17] LCP, Echo-Request (0x09), id 106, length 14");
}

TEST_CASE("LCP encoded length beyond the packet with -v", "[pppoe]") {
    const auto pkt = hex("ffffffffffff0011223344558864110000170010c021096a000e1234567800000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "PPPoE  [len 16 > 14!] [ses 0x17] LCP, Echo-Request (0x09), id 106, length 14\n\tencoded length 14 (> packet length 12))");
}

TEST_CASE("LCP configure request options with -v", "[pppoe]") {
    const auto pkt = hex("ffffffffffff0011223344558864110000170016c02101010014010405d40506112233440304c0230702");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "PPPoE  [ses 0x17] LCP, Conf-Request (0x01), id 1, length 22\n\tencoded length 20 (=Option(s) length 16)\n\t  MRU Option (0x01), length 4: 1492\n\t  Magic-Num Option (0x05), length 6: 0x11223344\n\t  Auth-Prot Option (0x03), length 4: PAP\n\t  PFC Option (0x07), length 2");
}

TEST_CASE("header shorter than 6 bytes is invalid", "[pppoe]") {
    const auto pkt = hex("ffffffffffff00112233445588641100");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            " (length 2 < 6) (invalid)");
}
