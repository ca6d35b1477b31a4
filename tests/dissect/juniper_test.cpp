// Expectations: the text tcpdump 4.99.3 prints for each packet (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("juniper ether: extension TLVs at -vv with -e", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    o.eflag = true;
    const auto pkt = hex("4d474381001003010106010e01028c0004044b010000000c29aabbcc00505611"
                         "22330800450000210001000040117a3f0a0000010a00000204d20035000dffff"
                         "6162636465");
    REQUIRE(print_one(pkt, 178, o) ==
            " In \n"
            "\tJuniper PCAP Flags [Ext, In], PCAP Extension(s) total length 16\n"
            "\t  Device Media Type Extension TLV #3, length 1, value Ethernet (1)\n"
            "\t  Logical Interface Encapsulation Extension TLV #6, length 1, value Ethernet (14)\n"
            "\t  Device Interface Index Extension TLV #1, length 2, value 140\n"
            "\t  Logical Interface Index Extension TLV #4, length 4, value 331\n"
            "\t-----original packet-----\n"
            "\thlen 22, proto 0x0000, 00:50:56:11:22:33 > 00:0c:29:aa:bb:cc, ethertype IPv4 (0x0800), length 47: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33, bad cksum 7a3f (->66c9)!)\n"
            "    10.0.0.1.1234 > 10.0.0.2.53: [bad udp cksum 0xffff -> 0xbd03!] domain [length 5 < 12] (invalid)");
}

TEST_CASE("juniper ether: the Ethernet frame at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("4d474381001003010106010e01028c0004044b010000000c29aabbcc00505611"
                         "22330800450000210001000040117a3f0a0000010a00000204d20035000dffff"
                         "6162636465");
    REQUIRE(print_one(pkt, 178, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33, bad cksum 7a3f (->66c9)!)\n"
            "    10.0.0.1.1234 > 10.0.0.2.53: domain [length 5 < 12] (invalid)");
}

TEST_CASE("juniper ether: extension TLVs longer than their total", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("4d47438500303030303030303030303030303030303030303030303030303030"
                         "3030303030303030303030303030303030303030303030303030303030303030"
                         "30303030303030303030303030303030303030303030");
    REQUIRE(print_one(pkt, 178, o) ==
            " [extension_length 48 < 50] (invalid)");
}

TEST_CASE("juniper ether: extensions not captured", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    const auto pkt = hex("4d47438000100301010601");
    REQUIRE(print_one(pkt, 178, o) ==
            "\n"
            "\tJuniper PCAP Flags [Ext], PCAP Extension(s) total length 16 [|juniper_ether]");
}

TEST_CASE("juniper ether: no magic number", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4e4743000000");
    REQUIRE(print_one(pkt, 178, o) ==
            "no magic-number found!");
}

TEST_CASE("juniper atm1: cookie without a protocol field", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d47433030303030");
    REQUIRE(print_one(pkt, 137, o) ==
            "Out ATM1-PIC, cookie-len 4, cookie 0x30303030:  [|juniper_atm1]");
}

TEST_CASE("juniper atm1: header cut before the cookie", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    o.xflag = 1;
    const auto pkt = hex("4d4743303030303030");
    REQUIRE(print_one(pkt, 137, o, 6) ==
            "Out ATM1-PIC, cookie-len 4 [|juniper_atm1]\n"
            "\t0x0000:  4d47 4330 3030");
}

TEST_CASE("juniper atm1: SNAP encapsulated IPv4", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d47430000010203aaaa030000000800450000140001000040007a3f0a000001"
                         "0a000002");
    REQUIRE(print_one(pkt, 137, o) ==
            "Out ATM1-PIC, cookie-len 4, cookie 0x00010203: hlen 8, proto 0xaaaa, LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 20: 10.0.0.1 > 10.0.0.2:  ip-proto-0 0");
}

TEST_CASE("juniper atm2: cookie too long", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    o.xflag = 1;
    const auto pkt = hex("4d474300540203040506070801020304");
    REQUIRE(print_one(pkt, 135, o) ==
            "Out ATM2-PIC, cookie-len 10 (invalid)\n"
            "\t0x0000:  0304");
}

TEST_CASE("juniper mlppp: link services cookie, PPP frame", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d474300540100000021450000140001000040007a3f0a0000010a000002");
    REQUIRE(print_one(pkt, 130, o) ==
            "Out MLPPP-PIC, cookie-len 4, cookie 0x54010000: hlen 8, proto 0x0021, Bundle-ID 1: IP (0x0021), length 22: 10.0.0.1 > 10.0.0.2:  ip-proto-0 0");
}

TEST_CASE("juniper es: tunnel SA with -e", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d47430100014003000001000a0000010a000002450000140001000040007a3f"
                         "0a0000010a000002");
    REQUIRE(print_one(pkt, 132, o) ==
            " In ES-PIC, cookie-len 0: hlen 4, proto 0x0001, ES SA, index 1, ttl 64 type ESP AUTH (3), spi 256, Tunnel 10.0.0.1 > 10.0.0.2, length 20\n"
            "10.0.0.1 > 10.0.0.2:  ip-proto-0 0");
}

TEST_CASE("juniper es: invalid type", "[dissect]") {
    rd::PrintOptions o;
    const auto pkt = hex("4d47430100014009000001000a0000010a000002");
    REQUIRE(print_one(pkt, 132, o) ==
            "ES Invalid type 9, length 16");
}

TEST_CASE("juniper es: header cut short", "[dissect]") {
    rd::PrintOptions o;
    const auto pkt = hex("4d474301000140090000010000000000");
    REQUIRE(print_one(pkt, 132, o) ==
            " [|juniper_es]");
}

TEST_CASE("juniper ppp: no layer 2 header, IPv4 guessed", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d47430200000000450000140001000040007a3f0a0000010a000002");
    REQUIRE(print_one(pkt, 179, o) ==
            "Out no-L2-hdr, 10.0.0.1 > 10.0.0.2:  ip-proto-0 0");
}

TEST_CASE("juniper ppp: no layer 2 header, not IP", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d4743020000000055000014");
    REQUIRE(print_one(pkt, 179, o) ==
            "Out no-L2-hdr, no IP-hdr found!");
}

TEST_CASE("juniper services: AS header and IPv4", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d4743000102030405060708450000140001000040007a3f0a0000010a000002");
    REQUIRE(print_one(pkt, 136, o) ==
            "Out AS-PIC, cookie-len 8, cookie 0x0102030405060708: hlen 12, proto 0x4500, service-id 69 flags 0x00 service-set-id 0x0014 iif 65536: 10.0.0.1 > 10.0.0.2:  ip-proto-0 0");
}

TEST_CASE("juniper ggsn: protocol from the cookie", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d4743000000020600050000450000140001000040007a3f0a0000010a000002");
    REQUIRE(print_one(pkt, 133, o) ==
            "Out GGSN-PIC, cookie-len 8, cookie 0x0000020600050000: hlen 12, proto 0x4500, proto IPv4 (2), vlan 5: 10.0.0.1 > 10.0.0.2:  ip-proto-0 0");
}

TEST_CASE("juniper atm1: OAM cell at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("4d474300800000000000004118016a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a"
                         "6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a6a0000");
    REQUIRE(print_one(pkt, 137, o) ==
            "OAM F4 (end), vpi 0, vci 4, payload [ user data, uncongested, SDU 0 ], clp 1, length 53\n"
            "\tcell-type Fault Management (1), func-type Loopback (8)\n"
            "\tLoopback-Indicator Request, Correlation-Tag 0x6a6a6a6a\n"
            "\tLocation-ID 6a6a 6a6a 6a6a 6a6a 6a6a 6a6a \n"
            "\tSource-ID   6a6a 6a6a 6a6a 6a6a 6a6a 6a6a \n"
            "\tcksum 0x200 (incorrect)");
}

TEST_CASE("juniper mfr: OSI frame cut before the pad byte", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    o.xflag = 1;
    const auto pkt = hex("4d474300540100000000fefe0083");
    REQUIRE(print_one(pkt, 134, o, 12) ==
            "Out MFR-PIC, cookie-len 6, cookie 0x540100000000: hlen 12, proto 0xfefe, Bundle-ID 1,  [|juniper_mfr]\n"
            "\t0x0000:  4d47 4300 5401 0000 0000 fefe");
}

TEST_CASE("juniper mfr: child link hands the frame to FRF.16", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d474300c00102030405060708");
    REQUIRE(print_one(pkt, 134, o) ==
            "Out MFR-PIC, cookie-len 0: hlen 4, proto 0xc001, FRF.16 Frag, seq 1, Flags [Begin, End], Q.922, hdr-len 2, DLCI 0, Flags [C!, DE], NLPID unknown (0x05), length 7: \n"
            "\t0x0000:  0607 08                                  ...");
}

TEST_CASE("juniper mlfr: UI control and IPv4 through the OSI printer", "[dissect]") {
    rd::PrintOptions o;
    o.eflag = true;
    const auto pkt = hex("4d4743005401000003cc450000140001000040007a3f0a0000010a000002");
    REQUIRE(print_one(pkt, 131, o) ==
            "Out MLFR-PIC, cookie-len 4, cookie 0x54010000: hlen 10, proto 0x03cc, Bundle-ID 1, OSI NLPID IPv4 (0xcc): 10.0.0.1 > 10.0.0.2:  ip-proto-0 0");
}
