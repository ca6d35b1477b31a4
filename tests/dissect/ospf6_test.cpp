// Expectations: the text tcpdump 4.99.3 prints for each packet (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("ospf6: hello", "[dissect]") {
    rd::PrintOptions o;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000285901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503010028010101010000"
                         "0000000000000000000501000013000a0028010101010202020203030303");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, Hello, length 40");
}

TEST_CASE("ospf6: hello at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000285901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503010028010101010000"
                         "0000000000000000000501000013000a0028010101010202020203030303");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 40) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, Hello, length 40\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\tOptions [V6, External, Router]\n"
            "\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n"
            "\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2");
}

TEST_CASE("ospf6: hello at -vv lists the neighbors", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000285901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503010028010101010000"
                         "0000000000000000000501000013000a0028010101010202020203030303");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 40) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, Hello, length 40\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\tOptions [V6, External, Router]\n"
            "\t  Hello Timer 10s, Dead Timer 40s, Interface-ID 0.0.0.5, Priority 1\n"
            "\t  Designated Router 1.1.1.1, Backup Designated Router 2.2.2.2\n"
            "\t  Neighbor List:\n"
            "\t    3.3.3.3");
}

TEST_CASE("ospf6: LS update with router and intra-area prefix LSAs", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c000000008c5901fe80000000000000020c"
                         "29fffe9ec1b2ff0200000000000000000000000000050304008c010101010000"
                         "0000000000000000000200012001000000010101010180000001000000380100"
                         "00330100000a0000000100000002090909090200001400000003000000040808"
                         "0808000120090000000101010101800000010000004000022001000000000101"
                         "01014000000a20010db8000000018002000020010db800000001000000000000"
                         "0001");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 140) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, LS-Update, length 140\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 36\n"
            "\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.1\n"
            "\t      Options [V6, External, Router, Demand Circuit], RLA-Flags [ABR]\n"
            "\t      Neighbor Router-ID 9.9.9.9\n"
            "\t      Neighbor Interface-ID 0.0.0.2, Interface 0.0.0.1, metric 10\n"
            "\t      Neighbor Network-ID 8.8.8.8\n"
            "\t      Neighbor Interface-ID 0.0.0.4, Interface 0.0.0.3, metric 20\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 44\n"
            "\t    Intra-Area Prefix LSA (9), Area Local Scope, LSA-ID 0.0.0.1\n"
            "\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0\n"
            "\t      Prefixes 2:\n"
            "\t\t2001:db8:0:1::/64, metric 10\n"
            "\t\t2001:db8:0:1::1/128, Options [Local address], metric 0");
}

TEST_CASE("ospf6: LS update with link and external LSAs", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 3;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000845901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503040084010101010000"
                         "0005000002000000000200010008000000010101010180000001000000380100"
                         "0013fe80000000000000020c29fffe9ec1b2000000014000000020010db80000"
                         "0002000140050000000101010101800000010000003803000014300000002001"
                         "0db800030000000102030405060708090a0b0c0d0e0f00000007");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 132) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, LS-Update, length 132\n"
            "\tRouter-ID 1.1.1.1, Area 0.0.0.5, Instance 2\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 36\n"
            "\t    Link LSA (8), Link Local Scope, LSA-ID 0.0.0.1\n"
            "\t      Options [V6, External, Router]\n"
            "\t      Priority 1, Link-local address fe80::20c:29ff:fe9e:c1b2, Prefixes 1:\n"
            "\t\t2001:db8:0:2::/64, metric 0\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 36\n"
            "\t    External LSA (5), Domain Wide Scope, LSA-ID 0.0.0.1\n"
            "\t     Flags [Forwarding, Tag] metric 20\n"
            "\t\t2001:db8:3::/48, metric 0 forward 1:203:405:607:809:a0b:c0d:e0f tag 0.0.0.7");
}

TEST_CASE("ospf6: LS update cut inside a router link", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    o.xflag = 1;
    const auto pkt = hex("333300000005000c299ec1b286dd6c000000008c5901fe80000000000000020c"
                         "29fffe9ec1b2ff0200000000000000000000000000050304008c010101010000"
                         "0000000000000000000200012001000000010101010180000001000000380100"
                         "00330100000a0000000100000002090909090200001400000003000000040808"
                         "0808000120090000000101010101800000010000004000022001000000000101"
                         "01014000000a20010db8000000018002000020010db800000001000000000000"
                         "0001");
    REQUIRE(print_one(pkt, 1, o, 114) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 140) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, LS-Update, length 140\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 36\n"
            "\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.1\n"
            "\t      Options [V6, External, Router, Demand Circuit], RLA-Flags [ABR]\n"
            "\t      Neighbor Router-ID 9.9.9.9\n"
            "\t      Neighbor Interface-ID 0.0.0.2, Interface 0.0.0.1, metric 10 [|ospf3]\n"
            "\t0x0000:  6c00 0000 008c 5901 fe80 0000 0000 0000\n"
            "\t0x0010:  020c 29ff fe9e c1b2 ff02 0000 0000 0000\n"
            "\t0x0020:  0000 0000 0000 0005 0304 008c 0101 0101\n"
            "\t0x0030:  0000 0000 0000 0000 0000 0002 0001 2001\n"
            "\t0x0040:  0000 0001 0101 0101 8000 0001 0000 0038\n"
            "\t0x0050:  0100 0033 0100 000a 0000 0001 0000 0002\n"
            "\t0x0060:  0909 0909");
}

TEST_CASE("ospf6: database description at -vv", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000305901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503020030010101010000"
                         "0000000000000000001305dc0007000012340001200100000001010101018000"
                         "000100000014");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 48) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, Database Description, length 48\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\tOptions [V6, External, Router], DD Flags [Init, More, Master], MTU 1500, DD-Sequence 0x00001234\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 0\n"
            "\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.1");
}

TEST_CASE("ospf6: LS request at -vv", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c000000001c5901fe80000000000000020c"
                         "29fffe9ec1b2ff0200000000000000000000000000050303001c010101010000"
                         "000000000000000020010000000001010101");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 28) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, LS-Request, length 28\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\t  Advertising Router 1.1.1.1\n"
            "\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.0");
}

TEST_CASE("ospf6: packet length past the IPv6 payload", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000285901fe80000000000000020c"
                         "29fffe9ec1b2ff020000000000000000000000000005030100c8010101010000"
                         "0000000000000000000501000013000a0028010101010202020203030303");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 40) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, Hello, length 40 [len 200]");
}

TEST_CASE("ospf6: LS ack with an authentication trailer", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000445901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503050024010101010000"
                         "0000000000000001200100000001010101018000000100000014000100200000"
                         "00010000000052da4e0e000102030405060708090a0b0c0d0e0f");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 68) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, LS-Ack, length 68\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 0\n"
            "\t    Router LSA (1), Area Local Scope, LSA-ID 0.0.0.1\n"
            "\tAuthentication Type HMAC, Length 32, SAID 1, CSN 0x00000000:52da4e0e\n"
            "\tAuthentication Data 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f");
}

TEST_CASE("ospf6: unknown packet type", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000105901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503090010010101010000"
                         "000000000000");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 16) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, unknown packet type (9), length 16");
}

TEST_CASE("ospf6: intra-area TE LSA with switching capability and SRLG sub-TLVs", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000705901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503040070010101010000"
                         "000000000000000000010001000a0000000101010101800000010000005c0002"
                         "0044000f0024010200004974240049f424004a371b00000000003f8000004000"
                         "0000404000004f861c4600100008000000070000000800050004000000630005"
                         "00040000004d");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 112) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, LS-Update, length 112\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 72\n"
            "\t    Intra-Area TE LSA (10), Link Local Scope, LSA-ID 0.0.0.1\n"
            "\t    Link TLV (2), length: 68\n"
            "\t      Interface Switching Capability subTLV (15), length: 36\n"
            "\t\tInterface Switching Capability: Packet-Switch Capable-1\n"
            "\t\tLSP Encoding: Ethernet V2/DIX\n"
            "\t\tMax LSP Bandwidth:\n"
            "\t\t  priority level 0: 8.000 Mbps\n"
            "\t\t  priority level 1: 16.000 Mbps\n"
            "\t\t  priority level 2: 24.000 Mbps\n"
            "\t\t  priority level 3: 0.000 Mbps\n"
            "\t\t  priority level 4: 0.000 Mbps\n"
            "\t\t  priority level 5: 0.000 Mbps\n"
            "\t\t  priority level 6: 0.000 Mbps\n"
            "\t\t  priority level 7: 35999.996 Mbps\n"
            "\t      Shared Risk Link Group subTLV (16), length: 8\n"
            "\t\t  Shared risk group: 7, 8\n"
            "\t      Traffic Engineering Metric subTLV (5), length: 4, Metric 77 [|ospf3]");
}

TEST_CASE("ospf6: grace LSA", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("333300000005000c299ec1b286dd6c00000000385901fe80000000000000020c"
                         "29fffe9ec1b2ff02000000000000000000000000000503040038010101010000"
                         "000000000000000000010001000b000000010101010180000001000000240001"
                         "0004000000780002000101000000");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP6 (class 0xc0, hlim 1, next-header OSPF (89) payload length: 56) fe80::20c:29ff:fe9e:c1b2 > ff02::5: OSPFv3, LS-Update, length 56\n"
            "\tRouter-ID 1.1.1.1, Backbone Area\n"
            "\t  Advertising Router 1.1.1.1, seq 0x80000001, age 1s, length 16\n"
            "\t    Grace LSA (11), Link Local Scope, LSA-ID 0.0.0.1\n"
            "\t    Grace Period TLV (1), length 4, value: 120s\n"
            "\t    Graceful restart Reason TLV (2), length 1, value: Software Restart (1)");
}
