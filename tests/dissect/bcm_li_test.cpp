// Broadcom LI shim on UDP from port 49152.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("bcm_li: IPv4 packet, terse", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c6336402c0009c4100284c176ac0004d4500"
                         "001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.49152 > 198.51.100.2.40001: BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 77");
}

TEST_CASE("bcm_li: IPv4 packet at -v", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c6336402c0009c4100284c176ac0004d4500"
                         "001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 60)\n    192.0.2.1.49152 > 198.51.100.2.40001: \n    BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 77\n    IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("bcm_li: Ethernet frame at -v", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e00530208004500004a0000000040118e6cc0000201c6336402c0009c410036febe4e4000050000"
                         "5e00530100005e00530208004500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 74)\n    192.0.2.1.49152 > 198.51.100.2.40001: \n    BCM-LI-SHIM: direction egress, pkt-type ethernet, pkt-subtype single VLAN tag, li-id 5\n    IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("bcm_li: undecided type guessed from the IP version at -v", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e0053020800450000480000000040118e6ec0000201c6336402c0009c410034979528c000016000"
                         "000000003b4020010db800000000000000000000000120010db8000000000000000000000002");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 72)\n    192.0.2.1.49152 > 198.51.100.2.40001: \n    BCM-LI-SHIM: direction unused, pkt-type undecided, pkt-subtype untagged, li-id 1\n    IP6 (hlim 64, next-header unknown (59) payload length: 0) 2001:db8::1 > 2001:db8::2: no next header");
}

TEST_CASE("bcm_li: undecided type with no IP inside at -v", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e0053020800450000220000000040118e94c0000201c6336402c0009c41000e7d7528c000011122");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 34)\n    192.0.2.1.49152 > 198.51.100.2.40001: \n    BCM-LI-SHIM: direction unused, pkt-type undecided, pkt-subtype untagged, li-id 1\n    unknown payload");
}

TEST_CASE("bcm_li: unknown type at -v", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e0053020800450000220000000040118e94c0000201c6336402c0009c41000e43f5120000016162");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 34)\n    192.0.2.1.49152 > 198.51.100.2.40001: \n    BCM-LI-SHIM: direction unknown, pkt-type unknown, pkt-subtype unknown, li-id 1\n     (invalid)");
}

TEST_CASE("bcm_li: shorter than the shim", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e00530208004500001d0000000040118e99c0000201c6336402c0009c410009b66201");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.49152 > 198.51.100.2.40001:  (length 1 < 4) (invalid)");
}

TEST_CASE("bcm_li: payload not fully captured, terse", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c6336402c0009c4100284c176ac0004d4500"
                         "001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts(""), 56) ==
            "IP 192.0.2.1.49152 > 198.51.100.2.40001: BCM-LI-SHIM: direction ingress, pkt-type ipv4, pkt-subtype untagged, li-id 77 [|bcm_li]");
}

TEST_CASE("bcm_li: only to port 49152 is not LI", "[bcm_li]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c63364029c40c00000284c186ac0004d4500"
                         "001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.49152: UDP, length 32");
}
