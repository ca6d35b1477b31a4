// RSVP (IP protocol 46). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
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

TEST_CASE("RSVP Path message without -v", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500009000010000402e663d0a0000010a000002100112343f00007c001001070a210001000000040a1f0001000c03010a0102019800670000080501000075300014140101080a010202200081080a0103032001000ccf07070704046c737031000813010000080000280c020000000701000006120000057f00000547f42400447a00004874240000000014000005dc"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1 > 10.0.0.2: RSVPv1 Path Message, length: 124");
}

TEST_CASE("RSVP Path message objects at -v", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500009000010000402e663d0a0000010a000002100112343f00007c001001070a210001000000040a1f0001000c03010a0102019800670000080501000075300014140101080a010202200081080a0103032001000ccf07070704046c737031000813010000080000280c020000000701000006120000057f00000547f42400447a00004874240000000014000005dc"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 144)\n"
            "    10.0.0.1 > 10.0.0.2: \n"
            "\tRSVPv1 Path Message (1), Flags: [none], length: 124, ttl: 63, checksum: 0x1234\n"
            "\t  Session Object (1) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n"
            "\t    IPv4 Tunnel EndPoint: 10.33.0.1, Tunnel ID: 0x0004, Extended Tunnel ID: 10.31.0.1\n"
            "\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n"
            "\t    Previous/Next Interface: 10.1.2.1, Logical Interface Handle: 0x98006700\n"
            "\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n"
            "\t    Refresh Period: 30000ms\n"
            "\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 20\n"
            "\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.1.2.2/32, Flags: [none]\n"
            "\t    Subobject Type: IPv4 prefix, length 8, Loose, 10.1.3.3/32, Flags: [Local protection available]\n"
            "\t  Session Attribute Object (207) Flags: [ignore and forward if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n"
            "\t    Session Name: lsp1\n"
            "\t    Setup Priority: 7, Holding Priority: 7, Flags: [SE Style] (0x4)\n"
            "\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8\n"
            "\t    L3 Protocol ID: IPv4\n"
            "\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 40\n"
            "\t    Msg-Version: 0, length: 28\n"
            "\t    Service Type: Default/Global Information (1), break bit not set, Service length: 24\n"
            "\t      Parameter ID: unknown (18), length: 20, Flags: [0x00]\n"
            "\t\t0x0000:  7f00 0005 47f4 2400 447a 0000 4874 2400\n"
            "\t\t0x0010:  0000 0014\n"
            "\t    Service Type: unknown (0), break bit not set, Service length: 6000");
}

TEST_CASE("RSVP objects also dumped at -vv", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003c00010000402e66910a0000010a00000211147d4d01000028000c16010000000100000002000c830100000000000000000008860100000003"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 60)\n"
            "    10.0.0.1 > 10.0.0.2: \n"
            "\tRSVPv1 Hello Message (20), Flags: [Refresh reduction capable], length: 40, ttl: 1, checksum: 0x7d4d\n"
            "\t  Hello Object (22) Flags: [reject if unknown], Class-Type: Hello Request (1), length: 12\n"
            "\t    Source Instance: 0x00000001, Destination Instance: 0x00000002\n"
            "\t    0x0000:  0000 0001 0000 0002\n"
            "\t  Restart Capability Object (131) Flags: [ignore silently if unknown], Class-Type: IPv4 (1), length: 12\n"
            "\t    Restart  Time: 0ms, Recovery Time: 0ms\n"
            "\t    0x0000:  0000 0000 0000 0000\n"
            "\t  Capability Object (134) Flags: [ignore silently if unknown], Class-Type: 1 (1), length: 8\n"
            "\t    Flags: [RecoveryPath Desired, RecoveryPath Srefresh Capable]\n"
            "\t    0x0000:  0000 0003");
}

TEST_CASE("RSVP hello with restart capability and capability objects", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003c00010000402e66910a0000010a00000211147d4d01000028000c16010000000100000002000c830100000000000000000008860100000003"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 60)\n"
            "    10.0.0.1 > 10.0.0.2: \n"
            "\tRSVPv1 Hello Message (20), Flags: [Refresh reduction capable], length: 40, ttl: 1, checksum: 0x7d4d\n"
            "\t  Hello Object (22) Flags: [reject if unknown], Class-Type: Hello Request (1), length: 12\n"
            "\t    Source Instance: 0x00000001, Destination Instance: 0x00000002\n"
            "\t  Restart Capability Object (131) Flags: [ignore silently if unknown], Class-Type: IPv4 (1), length: 12\n"
            "\t    Restart  Time: 0ms, Recovery Time: 0ms\n"
            "\t  Capability Object (134) Flags: [ignore silently if unknown], Class-Type: 1 (1), length: 8\n"
            "\t    Flags: [RecoveryPath Desired, RecoveryPath Srefresh Capable]");
}

TEST_CASE("RSVP object length not a multiple of 4", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002400010000402e66a90a0000010a00000210140000010000100006160100000000"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 36)\n"
            "    10.0.0.1 > 10.0.0.2: \n"
            "\tRSVPv1 Hello Message (20), Flags: [none], length: 16, ttl: 1, checksum: 0x0000\n"
            "\t  ERROR: object header size 6 not a multiple of 4");
}

TEST_CASE("RSVP generalized UNI sub-object too short", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002c00010000402e66a10a0000010a00000210010000010000180010e50100080101c000020100020004"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 44)\n"
            "    10.0.0.1 > 10.0.0.2: \n"
            "\tRSVPv1 Path Message (1), Flags: [none], length: 24, ttl: 1, checksum: 0x0000\n"
            "\t  Generalized UNI Object (229) Flags: [ignore and forward if unknown], Class-Type: 1 (1), length: 16\n"
            "\t    Subobject Type: Source TNA address (1), AF: IPv4 (1), length: 8\n"
            "\t      UNI IPv4 TNA address: 192.0.2.1\n"
            "\t    Subobject Type: Unknown (0), AF: HDLC (4), length: 2 (invalid)");
}

TEST_CASE("RSVP object cut by the capture", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500009000010000402e663d0a0000010a000002100112343f00007c001001070a210001000000040a1f0001000c03010a0102019800670000080501000075300014140101080a010202200081080a0103032001000ccf07070704046c737031000813010000080000280c020000000701000006120000057f00000547f42400447a00004874240000000014000005dc"), 1, verbose(1), 128) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 144)\n"
            "    10.0.0.1 > 10.0.0.2: \n"
            "\tRSVPv1 Path Message (1), Flags: [none], length: 124, ttl: 63, checksum: 0x1234\n"
            "\t  Session Object (1) Flags: [reject if unknown], Class-Type: Tunnel IPv4 (7), length: 16\n"
            "\t    IPv4 Tunnel EndPoint: 10.33.0.1, Tunnel ID: 0x0004, Extended Tunnel ID: 10.31.0.1\n"
            "\t  RSVP Hop Object (3) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 12\n"
            "\t    Previous/Next Interface: 10.1.2.1, Logical Interface Handle: 0x98006700\n"
            "\t  Time Values Object (5) Flags: [reject if unknown], Class-Type: 1 (1), length: 8\n"
            "\t    Refresh Period: 30000ms\n"
            "\t  ERO Object (20) Flags: [reject if unknown], Class-Type: IPv4 (1), length: 20\n"
            "\t    Subobject Type: IPv4 prefix, length 8, Strict, 10.1.2.2/32, Flags: [none]\n"
            "\t    Subobject Type: IPv4 prefix, length 8, Loose, 10.1.3.3/32, Flags: [Local protection available]\n"
            "\t  Session Attribute Object (207) Flags: [ignore and forward if unknown], Class-Type: Tunnel IPv4 (7), length: 12\n"
            "\t    Session Name: lsp1\n"
            "\t    Setup Priority: 7, Holding Priority: 7, Flags: [SE Style] (0x4)\n"
            "\t  Label Request Object (19) Flags: [reject if unknown], Class-Type: without label range (1), length: 8\n"
            "\t    L3 Protocol ID: IPv4\n"
            "\t  Sender TSpec Object (12) Flags: [reject if unknown], Class-Type: IntServ (2), length: 40 [|rsvp]");
}

TEST_CASE("RSVP bad version", "[rsvp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500001c00010000402e66b10a0000010a0000022001000001000008"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto RSVP (46), length 28)\n"
            "    10.0.0.1 > 10.0.0.2: ERROR: RSVP version 2 packet not supported");
}
