// RADIUS (UDP 1812/1813/1645/1646/1700/3799). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

TEST_CASE("RADIUS access request without -v", "[radius]") {
    REQUIRE(print_one(hex("ffffffffffff0011223344550800450000660001000040117c847f0000017f000001d0560714005230270146004a000102030405060708090a0b0c0d0e0f0105626f6204067f0000010606000000021b0600000e1038063100007b4006010000031a0d00000009010761626364656506000000c9"), 1, verbose(0)) ==
            "IP 127.0.0.1.53334 > 127.0.0.1.1812: RADIUS, Access-Request (1), id: 0x46 length: 74");
}

TEST_CASE("RADIUS attributes with -v: address, service type, timeout, VLAN, tunnel, vendor, error cause", "[radius]") {
    REQUIRE(print_one(hex("ffffffffffff0011223344550800450000660001000040117c847f0000017f000001d0560714005230270146004a000102030405060708090a0b0c0d0e0f0105626f6204067f0000010606000000021b0600000e1038063100007b4006010000031a0d00000009010761626364656506000000c9"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 102)\n"
            "    127.0.0.1.53334 > 127.0.0.1.1812: RADIUS, length: 74\n"
            "\tAccess-Request (1), id: 0x46, Authenticator: 000102030405060708090a0b0c0d0e0f\n"
            "\t  User-Name Attribute (1), length: 5, Value: bob\n"
            "\t  NAS-IP-Address Attribute (4), length: 6, Value: 127.0.0.1\n"
            "\t  Service-Type Attribute (6), length: 6, Value: Framed\n"
            "\t  Session-Timeout Attribute (27), length: 6, Value: 01:00:00 hours\n"
            "\t  Egress-VLANID Attribute (56), length: 6, Value: Tagged (0x31) 123\n"
            "\t  Tunnel-Type Attribute (64), length: 6, Value: Tag[1] L2TP\n"
            "\t  Vendor-Specific Attribute (26), length: 13, Value: Vendor: Cisco (9)\n"
            "\t    Vendor Attribute: 1, Length: 5, Value: abcde\n"
            "\t  Error-Cause Attribute (101), length: 6, Value: Error cause 201: Residual Session Context Removed");
}

TEST_CASE("RADIUS attributes with -vv hex dumps", "[radius]") {
    REQUIRE(print_one(hex("ffffffffffff0011223344550800450000660001000040117c847f0000017f000001d05606a4005206972b46004a000102030405060708090a0b0c0d0e0f0105626f6204067f0000010606000000021b0600000e1038063100007b4006010000031a0d00000009010761626364656506000000c9"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 102)\n"
            "    127.0.0.1.53334 > 127.0.0.1.1700: [udp sum ok] RADIUS, length: 74\n"
            "\tCoA-Request (43), id: 0x46, Authenticator: 000102030405060708090a0b0c0d0e0f\n"
            "\t  User-Name Attribute (1), length: 5, Value: bob\n"
            "\t    0x0000:  626f 62\n"
            "\t  NAS-IP-Address Attribute (4), length: 6, Value: 127.0.0.1\n"
            "\t    0x0000:  7f00 0001\n"
            "\t  Service-Type Attribute (6), length: 6, Value: Framed\n"
            "\t    0x0000:  0000 0002\n"
            "\t  Session-Timeout Attribute (27), length: 6, Value: 01:00:00 hours\n"
            "\t    0x0000:  0000 0e10\n"
            "\t  Egress-VLANID Attribute (56), length: 6, Value: Tagged (0x31) 123\n"
            "\t    0x0000:  3100 007b\n"
            "\t  Tunnel-Type Attribute (64), length: 6, Value: Tag[1] L2TP\n"
            "\t    0x0000:  0100 0003\n"
            "\t  Vendor-Specific Attribute (26), length: 13, Value: Vendor: Cisco (9)\n"
            "\t    Vendor Attribute: 1, Length: 5, Value: abcde\n"
            "\t    0x0000:  0000 0009 0107 6162 6364 65\n"
            "\t  Error-Cause Attribute (101), length: 6, Value: Error cause 201: Residual Session Context Removed\n"
            "\t    0x0000:  0000 00c9");
}

TEST_CASE("RADIUS EAP message, IPv6 prefix and bad numeric length", "[radius]") {
    REQUIRE(print_one(hex("ffffffffffff0011223344550800450000460001000040117ca47f0000017f000001d0560714003268f20246002a000102030405060708090a0b0c0d0e0f4f0b0201000901757365726106004020010505010203"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 70)\n"
            "    127.0.0.1.53334 > 127.0.0.1.1812: RADIUS, length: 42\n"
            "\tAccess-Accept (2), id: 0x46, Authenticator: 000102030405060708090a0b0c0d0e0f\n"
            "\t  EAP-Message Attribute (79), length: 11, Value: Response (2), id 1, len 9\n"
            "\t\t Type Identity (1), Identity: user\n"
            "\t  Framed-IPv6-Prefix Attribute (97), length: 6, Value: 2001::/64 (inconsistent prefix length)\n"
            "\t  NAS-Port Attribute (5), length: 5, Value: ERROR: length 3 != 4");
}

TEST_CASE("RADIUS attribute longer than the packet", "[radius]") {
    REQUIRE(print_one(hex("ffffffffffff0011223344550800450000370001000040117cb37f0000017f000001d0560714002398960146001b000102030405060708090a0b0c0d0e0f012873686f7274"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 55)\n"
            "    127.0.0.1.53334 > 127.0.0.1.1812: RADIUS, length: 27\n"
            "\tAccess-Request (1), id: 0x46, Authenticator: 000102030405060708090a0b0c0d0e0f\n"
            "\t  User-Name Attribute (1), length: 40 (bogus, goes past end of packet)");
}

TEST_CASE("RADIUS attribute cut by the capture", "[radius]") {
    REQUIRE(print_one(hex("ffffffffffff0011223344550800450000660001000040117c847f0000017f000001d0560714005230270146004a000102030405060708090a0b0c0d0e0f0105626f6204067f0000010606000000021b0600000e1038063100007b4006010000031a0d0000000901076162"), 1, verbose(1)) ==
            "IP truncated-ip - 9 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 102)\n"
            "    127.0.0.1.53334 > 127.0.0.1.1812: RADIUS, length: 74\n"
            "\tAccess-Request (1), id: 0x46, Authenticator: 000102030405060708090a0b0c0d0e0f\n"
            "\t  User-Name Attribute (1), length: 5, Value: bob\n"
            "\t  NAS-IP-Address Attribute (4), length: 6, Value: 127.0.0.1\n"
            "\t  Service-Type Attribute (6), length: 6, Value: Framed\n"
            "\t  Session-Timeout Attribute (27), length: 6, Value: 01:00:00 hours\n"
            "\t  Egress-VLANID Attribute (56), length: 6, Value: Tagged (0x31) 123\n"
            "\t  Tunnel-Type Attribute (64), length: 6, Value: Tag[1] L2TP\n"
            "\t  Vendor-Specific Attribute (26), length: 13, Value: Vendor: Cisco (9) [|radius] [|radius]");
}
