// IP over Fibre Channel (122), Apple IP over IEEE 1394 (138) and Symantec firewall (99)
// link types. Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

namespace {
const std::string kIp = "4500001c0001000040110000c0a80001c0a800020035003500080000";
const std::string kSnapIp = "aaaa030000000800" + kIp;
const std::string kFcHdr = "100001020304050610000a0b0c0d0e0f";
const std::string kFwHdr = "0001020304050607a0a1a2a3a4a5a6a7";
const std::string kSymIpHdr = "0000000000000800000000000000000000000000000000000000000000000000000000000000000000000000";
const char* const kUdp = "192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)";
}  // namespace

TEST_CASE("IP over FC carrying SNAP IPv4", "[ipfc]") {
    const auto pkt = hex(kFcHdr + kSnapIp);
    REQUIRE(print_one(pkt, 122, opts("")) == std::string("IP ") + kUdp);
    REQUIRE(print_one(pkt, 122, opts("e")) ==
            "0a:0b:0c:0d:0e:0f > 01:02:03:04:05:06, length 52: LLC, dsap SNAP (0xaa) Individual, ssap SNAP "
            "(0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: " +
                std::string(kUdp));
}

TEST_CASE("IP over FC unknown LLC dumped, short header", "[ipfc]") {
    REQUIRE(print_one(hex(kFcHdr + "f0f003aabb"), 122, opts("e")) ==
            "0a:0b:0c:0d:0e:0f > 01:02:03:04:05:06, length 21: LLC, dsap NetBeui (0xf0) Individual, ssap "
            "NetBeui (0xf0) Command, ctrl 0x03: Unnumbered, ui, Flags [Command], length 5\n"
            "\t0x0000:  f0f0 03aa bb                             .....");
    REQUIRE(print_one(hex(kFcHdr), 122, opts("ex"), 10) == " [|ipfc]\n\t0x0000:  1000 0102 0304 0506 1000");
}

TEST_CASE("IP over IEEE 1394 header and payloads", "[ap1394]") {
    REQUIRE(print_one(hex(kFwHdr + "0800" + kIp), 138, opts("e")) ==
            "a0:a1:a2:a3:a4:a5:a6:a7 > 00:01:02:03:04:05:06:07, ethertype IPv4 (0x0800), length 46: " +
                std::string(kUdp));
    REQUIRE(print_one(hex(kFwHdr + "1234deadbeef"), 138, opts("")) ==
            "a0:a1:a2:a3:a4:a5:a6:a7 > 00:01:02:03:04:05:06:07, ethertype Unknown (0x1234), length 22: \n"
            "\t0x0000:  dead beef                                ....");
    REQUIRE(print_one(hex(kFwHdr + "1234deadbeef"), 138, opts("eq")) ==
            "a0:a1:a2:a3:a4:a5:a6:a7 > 00:01:02:03:04:05:06:07, Unknown Ethertype (0x1234), length 22: ");
}

TEST_CASE("IP over IEEE 1394 header cut short", "[ap1394]") {
    REQUIRE(print_one(hex(kFwHdr + "08"), 138, opts("x")) ==
            " [|ap1394]\n\t0x0000:  0001 0203 0405 0607 a0a1 a2a3 a4a5 a6a7\n\t0x0010:  08");
}

TEST_CASE("Symantec firewall header and payloads", "[symantec]") {
    REQUIRE(print_one(hex(kSymIpHdr + kIp), 99, opts("")) == std::string("IP ") + kUdp);
    REQUIRE(print_one(hex(kSymIpHdr + kIp), 99, opts("e")) ==
            "ethertype IPv4 (0x0800), length 72: " + std::string(kUdp));
    const std::string zeros(72, '0');
    REQUIRE(print_one(hex("000000000000002a" + zeros + "beef"), 99, opts("")) ==
            "invalid ethertype 42, length 46: \n\t0x0000:  beef                                     ..");
    REQUIRE(print_one(hex("0000000000001234" + zeros + "beef"), 99, opts("eq")) ==
            "Unknown Ethertype (0x1234), length 46: ");
}

TEST_CASE("Symantec firewall header cut short", "[symantec]") {
    REQUIRE(print_one(hex(kSymIpHdr), 99, opts("x"), 20) ==
            " [|symantec]\n\t0x0000:  0000 0000 0000 0800 0000 0000 0000 0000\n\t0x0010:  0000 0000");
}

TEST_CASE("IP over IEEE 1394: GeoNet and CALM FAST show the EUI-64 source", "[ap1394]") {
    REQUIRE(print_one(hex(kFwHdr + "111110000102"), 138, opts("")) ==
            "CALM FAST src:a0:a1:a2:a3:a4:a5:a6:a7; SrcNwref:16; DstNwref:0; ");
    REQUIRE(print_one(hex(kFwHdr + "894711001000"), 138, opts("")) ==
            "GeoNet src:a0:a1:a2:a3:a4:a5:a6:a7;  (common header length 4 < 36) (invalid)");
}
