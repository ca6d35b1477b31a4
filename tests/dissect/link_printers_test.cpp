// CFM, Frame Relay (Q.933, FRF.16), PPP control options and GeoNetworking printers.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {
rd::PrintOptions verbose(int v) {
    rd::PrintOptions o;
    o.vflag = v;
    return o;
}
}  // namespace

TEST_CASE("CFM linktrace message at -v", "[link]") {
    const auto pkt = hex("0180c20000300011223344558902a00500110000002a4000112233445566778899aabb00");
    REQUIRE(print_one(pkt, 1, verbose(1)) ==
            "CFMv0 Linktrace Message, MD Level 5, length 22\n\tFirst TLV offset 17, Flags [none]\n\t  Transaction-ID 0x0000002a, ttl 64\n\t  Original-MAC 00:11:22:33:44:55, Target-MAC 66:77:88:99:aa:bb\n\tEnd TLV (0x00)");
}

TEST_CASE("CFM sender ID with a short MAC chassis ID", "[link]") {
    const auto pkt = hex("0180c20000300011223344558902000300000100050104aabbccddee00");
    REQUIRE(print_one(pkt, 1, verbose(1)) ==
            "CFMv0 Loopback Message, MD Level 0, length 15\n\tFirst TLV offset 0\n\t  0x0000:  0100 0501 04aa bbcc ddee 00\n\tSender ID TLV (0x01), length 5\n\t  Chassis-ID Type MAC address (4), Chassis-ID length 1 (invalid MAC address length)\n\t  Management Address Domain Length 187\n\t  (TLV too short)\n\tUnknown TLV (0xdd), length 60928\n\t\t packet is too short");
}

TEST_CASE("Q.933 status enquiry over Frame Relay", "[link]") {
    const auto pkt = hex("00010308000175950103010153020101");
    REQUIRE(print_one(pkt, 107, verbose(1)) ==
            "Q.933, CCITT, codeset 0, Alert (0x01), length 12\n\tunknown IE (0x75), length 149:  [|q.933]");
}

TEST_CASE("MFR control frame with a bad magic number IE", "[link]") {
    const auto pkt = hex("e1000403030000");
    REQUIRE(print_one(pkt, 182, verbose(1)) ==
            "FRF.16 Control, Flags [Begin, End, Control], Hello, length 7\n\tIE Magic Number (3), length 3: [IE data length 1 != 4] (invalid)");
}

TEST_CASE("IPCP options at -vv", "[link]") {
    const auto pkt = hex("ff03802101010010030600000000020600610000");
    REQUIRE(print_one(pkt, 9, verbose(2)) ==
            "IPCP, Conf-Request (0x01), id 1, length 18\n\tencoded length 16 (=Option(s) length 12)\n\t0x0000:  8021 0101 0010\n\t  IP-Addr Option (0x03), length 6: 0.0.0.0\n\t    0x0000:  0000 0000\n\t  IP-Comp Option (0x02), length 6: IP Header Compression (0x61): (length bogus, should be >= 14)");
}

TEST_CASE("GeoNet cut inside the position vector", "[link]") {
    const auto pkt = hex("ffffffffffff0011223344aa894731300000303000300000303030");
    REQUIRE(print_one(pkt, 1, verbose(0)) ==
            "GeoNet src:00:11:22:33:44:aa;  (common header length 13 < 36) (invalid)");
}
