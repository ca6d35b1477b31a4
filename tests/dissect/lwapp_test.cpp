// LWAPP data (UDP 12222) and control (UDP 12223) messages.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("lwapp: control to the controller, terse", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c63364029c402fbf002899aa001122334455"
                         "0c03001400000105000400001234616263646301000000000007");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.12223: LWAPPv0, Control frame, Flags [Control Bit], length 32");
}

TEST_CASE("lwapp: control to the controller at -v: AP identity and messages", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c63364029c402fbf002899aa001122334455"
                         "0c03001400000105000400001234616263646301000000000007");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 60)\n    192.0.2.1.40000 > 198.51.100.2.12223: LWAPPv0, Control frame, Radio-id 1, Flags [Control Bit], Frag-id 3, length 20\n\tAP identity: 00:11:22:33:44:55\n\t  Msg type: Discovery req (1), Seqnum: 5, Msg len: 4, Session: 0x00001234\n\t  Msg type: Unknown (99), Seqnum: 1, Msg len: 0, Session: 0x00000007");
}

TEST_CASE("lwapp: control from the controller at -v", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000360000000040118e80c0000201c63364022fbf9c410022054f070300140000"
                         "0105000400001234616263646301000000000007");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 54)\n    192.0.2.1.12223 > 198.51.100.2.40001: LWAPPv0, Control frame, Radio-id 0, Flags [Last Fragment Bit, Fragment Bit, Control Bit], Frag-id 3, length 20\n\t  Msg type: Discovery req (1), Seqnum: 5, Msg len: 4, Session: 0x00001234\n\t  Msg type: Unknown (99), Seqnum: 1, Msg len: 0, Session: 0x00000007");
}

TEST_CASE("lwapp: control message longer than the PDU", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e00530208004500002e0000000040118e88c0000201c63364022fbf9c41001a7dac0400000a0000"
                         "010100040000000061626364");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 46)\n    192.0.2.1.12223 > 198.51.100.2.40001: LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 0, length 10\n\t  Msg goes past end of PDU");
}

TEST_CASE("lwapp: control message header cut by the capture", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e00530208004500002e0000000040118e88c0000201c63364022fbf9c41001a7da2040000140000"
                         "010100040000000061626364");
    REQUIRE(print_one(pkt, 1, opts("v"), 53) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 46)\n    192.0.2.1.12223 > 198.51.100.2.40001: LWAPPv0, Control frame, Radio-id 0, Flags [Control Bit], Frag-id 0, length 20 [|lwapp_control]");
}

TEST_CASE("lwapp: control too short for the AP identity", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000220000000040118e94c0000201c63364029c402fbf000e439b040000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.12223:  [|lwapp_control]");
}

TEST_CASE("lwapp: data frame terse", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e00530208004500003a0000000040118e7cc0000201c63364029c402fbe0026c2bc0001001e0000"
                         "000102030405060708090a0b0c0d0e0f1011121314151617");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.12222: LWAPPv0, Data frame, Flags [none], length 30");
}

TEST_CASE("lwapp: data frame at -v with its 802.11 payload in hex", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e00530208004500003a0000000040118e7cc0000201c63364022fbe9c410026c2bb0001001e0000"
                         "000102030405060708090a0b0c0d0e0f1011121314151617");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 58)\n    192.0.2.1.12222 > 198.51.100.2.40001: LWAPPv0, Data frame, Radio-id  0, Flags [none], Frag-id  1, length 30\n\t0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n\t0x0010:  1011 1213 1415 1617");
}

TEST_CASE("lwapp: data frame length below the transport header", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000220000000040118e94c0000201c63364022fbe9c41000e0f98380000030000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 34)\n    192.0.2.1.12222 > 198.51.100.2.40001: LWAPPv0, Data frame, Radio-id  7, Flags [none], length 3 < transport header length");
}

TEST_CASE("lwapp: unsupported version", "[lwapp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000220000000040118e94c0000201c63364022fbe9c41000e039b440000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.12222 > 198.51.100.2.40001: LWAPP version 1 packet not supported");
}
