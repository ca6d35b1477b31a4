// Cisco HDLC and SLARP.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("SLARP keepalive with uptime", "[chdlc]") {
    const auto pkt = hex("8f008035000000020000000500000002ffff00000bb8");
    REQUIRE(print_one(pkt, 104, opts("")) ==
            "SLARP (length: 18), keepalive: mineseen=0x00000005, yourseen=0x00000002, reliability=0xffff, link uptime=0d0h0m3s");
}

TEST_CASE("SLARP reply", "[chdlc]") {
    const auto pkt = hex("8f008035000000010a000001fffffffc0000");
    REQUIRE(print_one(pkt, 104, opts("")) ==
            "SLARP (length: 14), reply 10.0.0.1/255.255.255.252");
}

TEST_CASE("unknown protocol", "[chdlc]") {
    const auto pkt = hex("0f00123400");
    REQUIRE(print_one(pkt, 104, opts("")) ==
            "unknown CHDLC protocol (0x1234)");
}

TEST_CASE("header with -e", "[chdlc]") {
    const auto pkt = hex("0f0008004500001c00010000400100000a0000010a0000020800f7ff00000000");
    REQUIRE(print_one(pkt, 104, opts("e")) ==
            "unicast, ethertype IPv4 (0x0800), length 32: 10.0.0.1 > 10.0.0.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("option -x C-HDLC frame shorter than its header on the wire: marker, no dump", "[chdlc]") {
    REQUIRE(print_one(hex("0f0008"), 104, opts("x")) ==
            " [|chdlc]");
}

TEST_CASE("option -x C-HDLC ISO frame with under 2 bytes after the header: marker, no dump", "[chdlc]") {
    REQUIRE(print_one(hex("0f00fefe45"), 104, opts("x")) ==
            " [|chdlc]");
}

TEST_CASE("C-HDLC SLARP cut short names chdlc_slarp", "[chdlc]") {
    REQUIRE(print_one(hex("8f0080350000000200000001"), 104, opts("")) ==
            "SLARP (length: 8),  [|chdlc_slarp]");
}
