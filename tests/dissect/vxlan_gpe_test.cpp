// VXLAN-GPE (UDP 4790) next protocols, and MPLS over UDP (6635).
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("vxlan_gpe: IPv4 inside", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e0053020800450000400000000040118e76c0000201c63364029c4012b6002cf4660c0000010000"
                         "64004500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.4790: VXLAN-GPE, flags [IP], vni 100: IP 192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("vxlan_gpe: IPv4 inside at -v", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e0053020800450000400000000040118e76c0000201c63364029c4012b6002cf4660c0000010000"
                         "64004500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 64)\n    192.0.2.1.40000 > 198.51.100.2.4790: VXLAN-GPE, flags [IP], vni 100\n    IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("vxlan_gpe: IPv6 inside, source port 4790", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e00530208004500004c0000000040118e6ac0000201c633640212b69c41003860970c0000020000"
                         "01006000000000003b4020010db800000000000000000000000120010db8000000000000000000000002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.4790 > 198.51.100.2.40001: VXLAN-GPE, flags [IP], vni 1: IP6 2001:db8::1 > 2001:db8::2: no next header");
}

TEST_CASE("vxlan_gpe: Ethernet inside with -e", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e00530208004500004e0000000040118e68c0000201c633640212b612b6003a76cf080000030000"
                         "050000005e00530100005e00530208004500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:5e:00:53:02 > 00:00:5e:00:53:01, ethertype IPv4 (0x0800), length 92: 192.0.2.1.4790 > 198.51.100.2.4790: VXLAN-GPE, flags [I], vni 5: 00:00:5e:00:53:02 > 00:00:5e:00:53:01, ethertype IPv4 (0x0800), length 42: 192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("vxlan_gpe: NSH inside", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e0053020800450000480000000040118e6ec0000201c633640212b612b60034d7d40d0000040000"
                         "070000060103000001014500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.4790 > 198.51.100.2.4790: VXLAN-GPE, flags [IPO], vni 7: NSH, flags [none], service-path-id 0x000001, service-index 0x1:  [|ether]");
}

TEST_CASE("vxlan_gpe: next protocol MPLS is not decoded", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e0053020800450000440000000040118e72c0000201c633640212b612b60030d3a5000000050000"
                         "0900000011404500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.4790 > 198.51.100.2.4790: VXLAN-GPE, flags [none], vni 9: ERROR: unknown-next-protocol (invalid)");
}

TEST_CASE("vxlan_gpe: unknown next protocol, every flag", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e0053020800450000260000000040118e90c0000201c633640212b612b6001273a4ff0000090000"
                         "03007878");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.4790 > 198.51.100.2.4790: VXLAN-GPE, flags [IPBO], vni 3: ERROR: unknown-next-protocol (invalid)");
}

TEST_CASE("vxlan_gpe: shorter than the header", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e0053020800450000220000000040118e94c0000201c633640212b612b6000ee22d0c0000010000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 34)\n    192.0.2.1.4790 > 198.51.100.2.4790: VXLAN-GPE,  (len 6 < 8) (invalid)");
}

TEST_CASE("vxlan_gpe: capture cut inside the header", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e0053020800450000400000000040118e76c0000201c633640212b612b6002c7df10c0000010000"
                         "64004500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts(""), 47) ==
            "IP 192.0.2.1.4790 > 198.51.100.2.4790: VXLAN-GPE, flags [IP],  [|vxlan_gpe]");
}

TEST_CASE("vxlan_gpe: MPLS over UDP port 6635", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c63364029c4019eb00284bfb000011404500"
                         "001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.6635: MPLS (label 1, tc 0, [S], ttl 64) IP 192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("vxlan_gpe: MPLS over UDP label stack at -v", "[vxlan_gpe]") {
    const auto pkt = hex("00005e00530100005e00530208004500004c0000000040118e6ac0000201c633640219eb9c4100383425000010400000"
                         "21ff6000000000003b4020010db800000000000000000000000120010db8000000000000000000000002");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 76)\n    192.0.2.1.6635 > 198.51.100.2.40001: MPLS (label 1 (router alert), tc 0, ttl 64)\n\t(label 2 (IPv6 explicit NULL), tc 0, [S], ttl 255)\n\tIP6 (hlim 64, next-header unknown (59) payload length: 0) 2001:db8::1 > 2001:db8::2: no next header");
}
