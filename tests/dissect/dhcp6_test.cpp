// DHCPv6: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("DHCPv6: solicit, no -v", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("33330001000200112233445586dd6000000000391140fe800000000000000000000000000001ff02000000000000000000000001000202220223003976f801e1e0930001000b000300010001020304050600060004001700180008000200000019000c0203040500000e1000001518");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 111) ==
          "IP6 fe80::1.546 > ff02::1:2.547: dhcp6 solicit");
}

TEST_CASE("DHCPv6: solicit with IA_PD", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("33330001000200112233445586dd6000000000391140fe800000000000000000000000000001ff02000000000000000000000001000202220223003976f801e1e0930001000b000300010001020304050600060004001700180008000200000019000c0203040500000e1000001518");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 111) ==
          "IP6 (hlim 64, next-header UDP (17) payload length: 57) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 solicit (xid=e1e093 (client-ID hwaddr type 1 00010203040506) (option-request DNS-server DNS-search-list) (elapsed-time 0) (IA_PD IAID:33752069 T1:3600 T2:5400))");
}

TEST_CASE("DHCPv6: advertise with prefix, preference, DNS server, AFTR name", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("33330001000200112233445586dd6000000000721140fe800000000000000000000000000001ff0200000000000000000000000100020223022200729b1a02e1e093001900290000000100000096000000fa001a0019000000fa0000012c382a0000010001010000000000000000000002000e0001000118461c5d001122334455000700010a001700102a0100000000000000000000000000010040000a0461667472036e657400");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 168) ==
          "IP6 (hlim 64, next-header UDP (17) payload length: 114) fe80::1.547 > ff02::1:2.546: [udp sum ok] dhcp6 advertise (xid=e1e093 (IA_PD IAID:1 T1:150 T2:250 (IA_PD-prefix 2a00:1:1:100::/56 pltime:250 vltime:300)) (server-ID hwaddr/time type 1 time 407247965 001122334455) (preference 10) (DNS-server 2a01::1) (AFTR-Name aftr.net))");
}

TEST_CASE("DHCPv6: reply with search list, NTP server suboptions, status", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("33330001000200112233445586dd6000000000671140fe800000000000000000000000000001ff020000000000000000000000010002022302220067b9ed07aa56ce00180020076578616d706c6503636f6d000573616c6573076578616d706c6503636f6d0000380029000100102a01000000000000000000000000000100030011036e7470076578616d706c6503636f6d00000d000600026e6f6e65");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 157) ==
          "IP6 (hlim 64, next-header UDP (17) payload length: 103) fe80::1.547 > ff02::1:2.546: [udp sum ok] dhcp6 reply (xid=aa56ce (DNS-search-list example.com. sales.example.com.) (NTP-server subopt:1 2a01::1 subopt:3 ntp.example.com.) (status-code NoAddrsAvail))");
}

TEST_CASE("DHCPv6: relay-reply nesting a reply", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("33330001000200112233445586dd6000000000921140fe800000000000000000000000000001ff02000000000000000000000001000202230223009298270d0000000000000000000000000000000000000000000000000000000000000000000009005f07aa56ce00180020076578616d706c6503636f6d000573616c6573076578616d706c6503636f6d0000380029000100102a01000000000000000000000000000100030011036e7470076578616d706c6503636f6d00000d000600026e6f6e650013000107");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 200) ==
          "IP6 (hlim 64, next-header UDP (17) payload length: 146) fe80::1.547 > ff02::1:2.547: [udp sum ok] dhcp6 relay-reply (linkaddr=:: peeraddr=:: (relay-message (dhcp6 reply (xid=aa56ce (DNS-search-list example.com. sales.example.com.) (NTP-server subopt:1 2a01::1 subopt:3 ntp.example.com.) (status-code NoAddrsAvail))) (reconfigure-message for ?\?\?(07)))");
}

TEST_CASE("DHCPv6: option running past the packet", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("33330001000200112233445586dd6000000000111140fe800000000000000000000000000001ff0200000000000000000000000100020222022300111b8101e1e0930008000200");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 71) ==
          "IP6 (hlim 64, next-header UDP (17) payload length: 17) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 solicit (xid=e1e093 [|dhcp6])");
}

TEST_CASE("DHCPv6: cut by the capture", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("33330001000200112233445586dd6000000000721140fe800000000000000000000000000001ff0200000000000000000000000100020223022200729b1a02e1e093001900290000000100000096000000fa001a0019000000fa0000012c382a0000010001010000000000000000000002000e0001000118461c5d001122334455000700010a001700102a0100000000000000000000000000010040000a0461667472036e657400");
    CHECK(print_one(pkt, 1, opt, 86, 168) ==
          "IP6 (hlim 64, next-header UDP (17) payload length: 114) fe80::1.547 > ff02::1:2.546: dhcp6 advertise (xid=e1e093 [|dhcp6])");
}

TEST_CASE("DHCPv6: bad lengths print a question mark", "[dissect][dhcp6]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("33330001000200112233445586dd6000000000201140fe800000000000000000000000000001ff020000000000000000000000010002022202230020fe5a01e1e0930007000201020006000100001700050000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 86) ==
          "IP6 (hlim 64, next-header UDP (17) payload length: 32) fe80::1.546 > ff02::1:2.547: [udp sum ok] dhcp6 solicit (xid=e1e093 (preference ?) (option-request ?) (DNS-server ?))");
}
