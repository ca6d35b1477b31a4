// FDDI (10) and Token Ring / IEEE 802 (6) link types. Expected strings are what tcpdump
// 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

namespace {
const std::string kSnapIp = "aaaa0300000008004500001c0001000040110000c0a80001c0a800020035003500080000";
}  // namespace

TEST_CASE("FDDI async LLC frame carrying IPv4", "[fddi]") {
    const auto pkt = hex("500102030405060a0b0c0d0e0f" + kSnapIp);
    REQUIRE(print_one(pkt, 10, opts("")) == "IP 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
    REQUIRE(print_one(pkt, 10, opts("e")) ==
            "async0 0a:0b:0c:0d:0e:0f > 01:02:03:04:05:06, length 49: LLC, dsap SNAP (0xaa) Individual, "
            "ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length "
            "28: 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("FDDI SMT and MAC frames", "[fddi]") {
    REQUIRE(print_one(hex("41010203040506" + kSnapIp), 10, opts("")) == "<SMT printer not yet implemented>");
    REQUIRE(print_one(hex("c3010203040506" + kSnapIp), 10, opts("")) ==
            "claim aa:aa:03:00:00:00 > 01:02:03:04:05:06, length 43: \n"
            "\t0x0000:  0800 4500 001c 0001 0000 4011 0000 c0a8  ..E.......@.....\n"
            "\t0x0010:  0001 c0a8 0002 0035 0035 0008 0000       .......5.5....");
}

TEST_CASE("FDDI LLC information frame dumped, and a short header", "[fddi]") {
    REQUIRE(print_one(hex("5701020304050607080910111213f0f003aabb"), 10, opts("e")) ==
            "async7 07:08:09:10:11:12 > 01:02:03:04:05:06, length 19: LLC, dsap Unknown (0x12) Group, ssap "
            "NetBeui (0xf0) Command, ctrl 0x03f0: Information, send seq 120, rcv seq 1, Flags [Poll], length 6\n"
            "\t0x0000:  13f0 f003 aabb                           ......");
    REQUIRE(print_one(hex("500102030405"), 10, opts("e")) == " [|fddi]");
}

TEST_CASE("Token Ring source-routed frame, plain and with -e -v", "[token]") {
    const auto pkt = hex("40400001020304058a0b0c0d0e0f063000100020" + kSnapIp);
    REQUIRE(print_one(pkt, 6, opts("")) ==
            "rt = 630:10:20 (4472) IP 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
    REQUIRE(print_one(pkt, 6, opts("ev")) ==
            "40 40 0a:0b:0c:0d:0e:0f > 00:01:02:03:04:05, length 56: Non-Broadcast Forward [1:0] [2:0] (4472) "
            "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), "
            "ethertype IPv4 (0x0800), length 28: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), "
            "length 28, bad cksum 0 (->f97c)!)\n    192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
    REQUIRE(print_one(pkt, 6, opts("e"), 24) ==
            "40 40 0a:0b:0c:0d:0e:0f > 00:01:02:03:04:05, length 56: rt = 630:10:20 (4472) LLC, dsap SNAP "
            "(0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03:  [|snap]");
}

TEST_CASE("Token Ring MAC frame dumped", "[token]") {
    REQUIRE(print_one(hex("4000000102030405000b0c0d0e0fdeadbeef"), 6, opts("")) ==
            "40 00 00:0b:0c:0d:0e:0f > 00:01:02:03:04:05, length 18: \n\t0x0000:  dead beef                                ....");
}

TEST_CASE("Token Ring truncated headers", "[token]") {
    REQUIRE(print_one(hex("40400001020304058a0b0c0d0e0f06"), 6, opts("e")) ==
            "40 40 0a:0b:0c:0d:0e:0f > 00:01:02:03:04:05, length 15:  [|token-ring]");
    REQUIRE(print_one(hex("4040000102"), 6, opts("e")) == " [|token-ring]");
}
