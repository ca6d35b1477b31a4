// MPLS LSP ping (UDP 3503). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
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

TEST_CASE("LSP ping echo request without -v", "[lspping]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c400daf003861f500010000010200000000002300000007e30e8abb5389f00000000000000000000001000c000100050c01010120000000"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.3503: LSP-PINGv1, MPLS Echo Request, seq 7, length: 48");
}

TEST_CASE("LSP ping echo request with LDP prefix FEC at -v", "[lspping]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c400daf003861f500010000010200000000002300000007e30e8abb5389f00000000000000000000001000c000100050c01010120000000"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n"
            "    10.0.0.1.40000 > 10.0.0.2.3503: \n"
            "\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n"
            "\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n"
            "\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n"
            "\t  Return Subcode: (0)\n"
            "\t  Sender Handle: 0x00000023, Sequence: 7\n"
            "\t  Sender Timestamp: 3809381051.326323509 (2020-09-18T01:24:11Z) Receiver Timestamp: no timestamp\n"
            "\t  Target FEC Stack TLV (1), length: 12\n"
            "\t    LDP IPv4 prefix subTLV (1), length: 5\n"
            "\t      12.1.1.1/32");
}

TEST_CASE("LSP ping FEC sub-TLV dumped at -vv", "[lspping]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c400daf003861f500010000010200000000002300000007e30e8abb5389f00000000000000000000001000c000100050c01010120000000"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n"
            "    10.0.0.1.40000 > 10.0.0.2.3503: [udp sum ok] \n"
            "\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n"
            "\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n"
            "\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n"
            "\t  Return Subcode: (0)\n"
            "\t  Sender Handle: 0x00000023, Sequence: 7\n"
            "\t  Sender Timestamp: 3809381051.326323509 (2020-09-18T01:24:11Z) Receiver Timestamp: no timestamp\n"
            "\t  Target FEC Stack TLV (1), length: 12\n"
            "\t    LDP IPv4 prefix subTLV (1), length: 5\n"
            "\t      12.1.1.1/32\n"
            "\t      0x0000:  0c01 0101 20\n"
            "\t    0x0000:  0001 0005 0c01 0101 2000 0000");
}

TEST_CASE("LSP ping echo reply with RSVP FEC and vendor TLV", "[lspping]") {
    REQUIRE(print_one(hex("66778899aabb001122334455080045000060000100004011668a0a0000010a0000029c400daf004c822500010000020203010000000000000001e30e8abb5389f000e30e8abc1000000000010018000300140c010101000053720c0404040c040404000000100005000400000a4c"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 96)\n"
            "    10.0.0.1.40000 > 10.0.0.2.3503: \n"
            "\tLSP-PINGv1, msg-type: MPLS Echo Reply (2), length: 68\n"
            "\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n"
            "\t  Return Code: Replying router is an egress for the FEC at stack depth 1 (3)\n"
            "\t  Return Subcode: (1)\n"
            "\t  Sender Handle: 0x00000000, Sequence: 1\n"
            "\t  Sender Timestamp: 3809381051.326323509 (2020-09-18T01:24:11Z) Receiver Timestamp: 3809381052.062500000 (2020-09-18T01:24:12Z)\n"
            "\t  Target FEC Stack TLV (1), length: 24\n"
            "\t    RSVP IPv4 Session Query subTLV (3), length: 20\n"
            "\t      tunnel end-point 12.1.1.1, tunnel sender 12.4.4.4, lsp-id 0x0010\n"
            "\t      tunnel-id 0x5372, extended tunnel-id 12.4.4.4\n"
            "\t  Vendor Enterprise Code TLV (5), length: 4\n"
            "\t    Vendor: Juniper Networks (0x0a4c)");
}

TEST_CASE("LSP ping sub-TLV longer than its TLV", "[lspping]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c400daf0038407100010000010200000000000000000001000000000000000000000000000000000001000c000100090000000000000000"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n"
            "    10.0.0.1.40000 > 10.0.0.2.3503: \n"
            "\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n"
            "\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n"
            "\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n"
            "\t  Return Subcode: (0)\n"
            "\t  Sender Handle: 0x00000000, Sequence: 1\n"
            "\t  Sender Timestamp: 0.000000000 Receiver Timestamp: no timestamp\n"
            "\t  Target FEC Stack TLV (1), length: 12\n"
            "\t      TLV is too short\n"
            "\t    0x0000:  0001 0009 0000 0000 0000 0000");
}

TEST_CASE("LSP ping cut inside the target FEC TLV", "[lspping]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c400daf003861f500010000010200000000002300000007e30e8abb5389f00000000000000000000001000c000100050c01010120000000"), 1, verbose(1), 84) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n"
            "    10.0.0.1.40000 > 10.0.0.2.3503: \n"
            "\tLSP-PINGv1, msg-type: MPLS Echo Request (1), length: 48\n"
            "\t  reply-mode: Reply via an IPv4/IPv6 UDP packet (2)\n"
            "\t  Return Code: No return code or return code contained in the Error Code TLV (0)\n"
            "\t  Return Subcode: (0)\n"
            "\t  Sender Handle: 0x00000023, Sequence: 7\n"
            "\t  Sender Timestamp: 3809381051.326323509 (2020-09-18T01:24:11Z) Receiver Timestamp: no timestamp\n"
            "\t  Target FEC Stack TLV (1), length: 12 [|lspping]");
}

TEST_CASE("LSP ping header shorter than 32 bytes", "[lspping]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003000010000401166ba0a0000010a0000029c400daf001cd2cc00010000010200000000002300000007e30e8abb"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
            "    10.0.0.1.40000 > 10.0.0.2.3503: \n"
            "\t\t packet is too short");
}
