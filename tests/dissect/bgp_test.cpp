// BGP printer: text must equal what tcpdump 4.99.3 prints for the same frames
// (expected strings were produced by tcpdump -t -n on these bytes).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

namespace {

using rd::test::hex;
using rd::test::print_one;

rd::PrintOptions opts(int v, bool b = false) {
    rd::PrintOptions o;
    o.vflag = v;
    o.bflag = b;
    return o;
}

}  // namespace

TEST_CASE("bgp: open with capabilities at -v", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a08004500005f00010000400666960a0000010a00000200b300b300000001000000015018"
        "2000138f0000ffffffffffffffffffffffffffffffff00370104fde800b40a0000011802160104000100010200410400"
        "0186a045040001010340027078");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 95)\n"
        "    10.0.0.1.179 > 10.0.0.2.179: Flags [P.], cksum 0x138f (correct), seq 1:56, ack 1, win 8192, length 55: BGP\n"
        "\tOpen Message (1), length: 55\n"
        "\t  Version 4, my AS 65000, Holdtime 180s, ID 10.0.0.1\n"
        "\t  Optional parameters, length: 24\n"
        "\t    Option Capabilities Advertisement (2), length: 22\n"
        "\t      Multiprotocol Extensions (1), length: 4\n"
        "\t\tAFI IPv4 (1), SAFI Unicast (1)\n"
        "\t      Route Refresh (2), length: 0\n"
        "\t      32-Bit AS Number (65), length: 4\n"
        "\t\t 4 Byte AS 100000\n"
        "\t      Multiple Paths (69), length: 4\n"
        "\t\tAFI IPv4 (1), SAFI Unicast (1), Send/Receive: Both\n"
        "\t      Graceful Restart (64), length: 2\n"
        "\t\tRestart Flags: [none], Restart Time 120s";
    REQUIRE(print_one(pkt, 1, opts(1), UINT32_MAX) == expected);
}

TEST_CASE("bgp: update with attributes and VPNv4 NLRI at -v", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a0800450000a000010000400666550a0000010a00000200b300b300000001000000015018"
        "2000619d0000ffffffffffffffffffffffffffffffff007802000310ac10005a4001010040020a020200010002010100"
        "03c00808fde80064ffffff01c010080002fde800000064900e00200001800c00000000000000000a0000090070000641"
        "0000fde800000064c0a801c0200c000100000000000100000002180a0102");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 160)\n"
        "    10.0.0.1.179 > 10.0.0.2.179: Flags [P.], cksum 0x619d (correct), seq 1:121, ack 1, win 8192, length 120: BGP\n"
        "\tUpdate Message (2), length: 120\n"
        "\t  Withdrawn routes:\n"
        "\t    172.16.0.0/16\n"
        "\t  Origin (1), length: 1, Flags [T]: IGP\n"
        "\t  AS Path (2), length: 10, Flags [T]: 1 2 { 3 }\n"
        "\t  Community (8), length: 8, Flags [OT]: 65000:100,  NO_EXPORT\n"
        "\t  Extended Community (16), length: 8, Flags [OT]: \n"
        "\t    target (0x0002), Flags [none]: 65000:100 (= 0.0.0.100)\n"
        "\t  Multi-Protocol Reach NLRI (14), length: 32, Flags [OE]: \n"
        "\t    AFI: IPv4 (1), SAFI: labeled VPN Unicast (128)\n"
        "\t    nexthop: RD: 0:0 (= 0.0.0.0), 10.0.0.9, nh-length: 12, no SNPA\n"
        "\t      RD: 65000:100 (= 0.0.0.100), 192.168.1.0/24, label:100 (bottom)\n"
        "\t  Large Community (32), length: 12, Flags [OT]: \n"
        "\t    65536:1:2\n"
        "\t  Updated routes:\n"
        "\t    10.1.2.0/24";
    REQUIRE(print_one(pkt, 1, opts(1), UINT32_MAX) == expected);
}

TEST_CASE("bgp: update at -vv adds attribute hex dumps", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a0800450000a000010000400666550a0000010a00000200b300b300000001000000015018"
        "2000619d0000ffffffffffffffffffffffffffffffff007802000310ac10005a4001010040020a020200010002010100"
        "03c00808fde80064ffffff01c010080002fde800000064900e00200001800c00000000000000000a0000090070000641"
        "0000fde800000064c0a801c0200c000100000000000100000002180a0102");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 160)\n"
        "    10.0.0.1.179 > 10.0.0.2.179: Flags [P.], cksum 0x619d (correct), seq 1:121, ack 1, win 8192, length 120: BGP\n"
        "\tUpdate Message (2), length: 120\n"
        "\t  Withdrawn routes:\n"
        "\t    172.16.0.0/16\n"
        "\t  Origin (1), length: 1, Flags [T]: IGP\n"
        "\t    0x0000:  00\n"
        "\t  AS Path (2), length: 10, Flags [T]: 1 2 { 3 }\n"
        "\t    0x0000:  0202 0001 0002 0101 0003\n"
        "\t  Community (8), length: 8, Flags [OT]: 65000:100,  NO_EXPORT\n"
        "\t    0x0000:  fde8 0064 ffff ff01\n"
        "\t  Extended Community (16), length: 8, Flags [OT]: \n"
        "\t    target (0x0002), Flags [none]: 65000:100 (= 0.0.0.100)\n"
        "\t    0x0000:  0002 fde8 0000 0064\n"
        "\t  Multi-Protocol Reach NLRI (14), length: 32, Flags [OE]: \n"
        "\t    AFI: IPv4 (1), SAFI: labeled VPN Unicast (128)\n"
        "\t    nexthop: RD: 0:0 (= 0.0.0.0), 10.0.0.9, nh-length: 12, no SNPA\n"
        "\t      RD: 65000:100 (= 0.0.0.100), 192.168.1.0/24, label:100 (bottom)\n"
        "\t    0x0000:  0001 800c 0000 0000 0000 0000 0a00 0009\n"
        "\t    0x0010:  0070 0006 4100 00fd e800 0000 64c0 a801\n"
        "\t  Large Community (32), length: 12, Flags [OT]: \n"
        "\t    65536:1:2\n"
        "\t  Updated routes:\n"
        "\t    10.1.2.0/24";
    REQUIRE(print_one(pkt, 1, opts(2), UINT32_MAX) == expected);
}

TEST_CASE("bgp: update with asdot AS numbers (option -b)", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a08004500004800010000400666ad0a0000010a00000200b300b300000001000000015018"
        "20006ad80000ffffffffffffffffffffffffffffffff00200200000009400206020100010002");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 72)\n"
        "    10.0.0.1.179 > 10.0.0.2.179: Flags [P.], cksum 0x6ad8 (correct), seq 1:33, ack 1, win 8192, length 32: BGP\n"
        "\tUpdate Message (2), length: 32\n"
        "\t  AS Path (2), length: 6, Flags [T]: 1.2 ";
    REQUIRE(print_one(pkt, 1, opts(1, true), UINT32_MAX) == expected);
}

TEST_CASE("bgp: notification with shutdown communication", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a080045000056000100004006669f0a0000010a00000200b300b300000001000000015018"
        "2000796f0000ffffffffffffffffffffffffffffffff001b030602056279652121ffffffffffffffffffffffffffffff"
        "ff001304");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 86)\n"
        "    10.0.0.1.179 > 10.0.0.2.179: Flags [P.], cksum 0x796f (correct), seq 1:47, ack 1, win 8192, length 46: BGP\n"
        "\tNotification Message (3), length: 27, Cease (6), subcode Administrative Shutdown (2), Shutdown Communication (length: 5): \"bye!!\"\n"
        "\tKeepalive Message (4), length: 19";
    REQUIRE(print_one(pkt, 1, opts(1), UINT32_MAX) == expected);
}

TEST_CASE("bgp: update cut by the snapshot length", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a0800450000a000010000400666550a0000010a00000200b300b300000001000000015018"
        "2000619d0000ffffffffffffffffffffffffffffffff007802000310ac10005a4001010040020a020200010002010100"
        "03c00808fde80064ffffff01c010080002fde800000064900e00200001800c00000000000000000a0000090070000641"
        "0000fde800000064c0a801c0200c000100000000000100000002180a0102");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 160)\n"
        "    10.0.0.1.179 > 10.0.0.2.179: Flags [P.], seq 1:121, ack 1, win 8192, length 120: BGP\n"
        "[|BGP Update]";
    REQUIRE(print_one(pkt, 1, opts(1), 94) == expected);
}

TEST_CASE("bgp: message length below the header size", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a08004500003b00010000400666ba0a0000010a00000200b300b300000001000000015018"
        "2000763f0000ffffffffffffffffffffffffffffffff001004");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 59)\n"
        "    10.0.0.1.179 > 10.0.0.2.179: Flags [P.], cksum 0x763f (correct), seq 1:20, ack 1, win 8192, length 19: BGP\n"
        "message length 16 < 19 (invalid)";
    REQUIRE(print_one(pkt, 1, opts(1), UINT32_MAX) == expected);
}

TEST_CASE("bgp: without -v only the protocol name", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a0800450000a000010000400666550a0000010a00000200b300b300000001000000015018"
        "2000619d0000ffffffffffffffffffffffffffffffff007802000310ac10005a4001010040020a020200010002010100"
        "03c00808fde80064ffffff01c010080002fde800000064900e00200001800c00000000000000000a0000090070000641"
        "0000fde800000064c0a801c0200c000100000000000100000002180a0102");
    const std::string expected =
        "IP 10.0.0.1.179 > 10.0.0.2.179: Flags [P.], seq 1:121, ack 1, win 8192, length 120: BGP";
    REQUIRE(print_one(pkt, 1, opts(0), UINT32_MAX) == expected);
}

TEST_CASE("bgp: unknown attribute with bad length is too short", "[bgp]") {
    const auto pkt = hex(
        "00010203040500060708090a08004500004400010000400666b10a0000010a0000029c4000b300000001000000015018"
        "200072f20000ffffffffffffffffffffffffffffffff001c02000000058063280102");
    const std::string expected =
        "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 68)\n"
        "    10.0.0.1.40000 > 10.0.0.2.179: Flags [P.], cksum 0x72f2 (correct), seq 1:29, ack 1, win 8192, length 28: BGP\n"
        "\tUpdate Message (2), length: 28\n"
        "\t  Unknown Attribute (99), length: 40, Flags [O]:  [path attrs too short]";
    REQUIRE(print_one(pkt, 1, opts(1), UINT32_MAX) == expected);
}
