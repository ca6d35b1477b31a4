// OpenFlow (TCP 6653/6633). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("OpenFlow: features reply at -v", "[openflow]") {
    const auto pkt = hex(
        "000000000002000000000001080045000078000100004006667d0a0000010a00000219fd9c4000000001000000015018"
        "0064727200000106005000000001112233445566778800000100020000000000008700000fff00010011223344556574"
        "68310000000000000000000000000000001100000201000000a0000002a0000002a000001000");
    REQUIRE(print_one(pkt, 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 120)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0x7272 (correct), seq 1:81, ack 1, win 100, length 80: OpenFlow\n\tversion 1.0, type FEATURES_REPLY, length 80, xid 0x00000001\n\t dpid 0x1122334455667788, n_buffers 256, n_tables 2\n\t capabilities 0x00000087 (FLOW_STATS, TABLE_STATS, PORT_STATS, ARP_MATCH_IP)\n\t actions 0x00000fff (OUTPUT, SET_VLAN_VID, SET_VLAN_PCP, STRIP_VLAN, SET_DL_SRC, SET_DL_DST, SET_NW_SRC, SET_NW_DST, SET_NW_TOS, SET_TP_SRC, SET_TP_DST, ENQUEUE)\n\t  port_no 1, hw_addr 00:11:22:33:44:55, name 'eth1'");
}

TEST_CASE("OpenFlow: features reply port details at -vv", "[openflow]") {
    const auto pkt = hex(
        "000000000002000000000001080045000078000100004006667d0a0000010a00000219fd9c4000000001000000015018"
        "0064727200000106005000000001112233445566778800000100020000000000008700000fff00010011223344556574"
        "68310000000000000000000000000000001100000201000000a0000002a0000002a000001000");
    REQUIRE(print_one(pkt, 1, opts(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 120)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0x7272 (correct), seq 1:81, ack 1, win 100, length 80: OpenFlow\n\tversion 1.0, type FEATURES_REPLY, length 80, xid 0x00000001\n\t dpid 0x1122334455667788, n_buffers 256, n_tables 2\n\t capabilities 0x00000087 (FLOW_STATS, TABLE_STATS, PORT_STATS, ARP_MATCH_IP)\n\t actions 0x00000fff (OUTPUT, SET_VLAN_VID, SET_VLAN_PCP, STRIP_VLAN, SET_DL_SRC, SET_DL_DST, SET_NW_SRC, SET_NW_DST, SET_NW_TOS, SET_TP_SRC, SET_TP_DST, ENQUEUE)\n\t  port_no 1, hw_addr 00:11:22:33:44:55, name 'eth1'\n\t   config 0x00000011 (PORT_DOWN, NO_FLOOD)\n\t   state 0x00000201 (STP_FORWARD, LINK_DOWN)\n\t   curr 0x000000a0 (1GB_FD, COPPER)\n\t   advertised 0x000002a0 (1GB_FD, COPPER, AUTONEG)\n\t   supported 0x000002a0 (1GB_FD, COPPER, AUTONEG)\n\t   peer 0x00001000 (bogus)");
}

TEST_CASE("OpenFlow: flow mod match and actions at -v", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500008000010000400666750a0000010a0000029c4019e900000001000000015018"
        "006471570000010e005800000007003820ee0003aaaaaaaaaaaabbbbbbbbbbbb000a00000800000600000a0000010a00"
        "00020000005000000000000000050000003c00000064ffffffff0000000100000008fffd008000010008002a0000");
    REQUIRE(print_one(pkt, 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 128)\n    10.0.0.1.40000 > 10.0.0.2.6633: Flags [P.], cksum 0x7157 (correct), seq 1:89, ack 1, win 100, length 88: OpenFlow\n\tversion 1.0, type FLOW_MOD, length 88, xid 0x00000007\n\t match in_port 3\n\t match dl_type 0x0800\n\t cookie 0x0000000000000005, command ADD, idle_timeout 60, priority 100, buffer_id NONE, flags 0x0001 (SEND_FLOW_REM)\n\t action type OUTPUT, len 8, port CONTROLLER, max_len 128\n\t action type SET_VLAN_VID, len 8, vlan_vid 42");
}

TEST_CASE("OpenFlow: flow mod header only without -v", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500008000010000400666750a0000010a0000029c4019e900000001000000015018"
        "006471570000010e005800000007003820ee0003aaaaaaaaaaaabbbbbbbbbbbb000a00000800000600000a0000010a00"
        "00020000005000000000000000050000003c00000064ffffffff0000000100000008fffd008000010008002a0000");
    REQUIRE(print_one(pkt, 1, opts(0)) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.6633: Flags [P.], seq 1:89, ack 1, win 100, length 88: OpenFlow\n\tversion 1.0, type FLOW_MOD, length 88, xid 0x00000007");
}

TEST_CASE("OpenFlow: truncated flow mod match", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500008000010000400666750a0000010a0000029c4019e900000001000000015018"
        "006471570000010e005800000007003820ee0003aaaaaaaaaaaabbbbbbbbbbbb000a00000800000600000a0000010a00"
        "00020000005000000000000000050000003c00000064ffffffff0000000100000008fffd008000010008002a0000");
    REQUIRE(print_one(pkt, 1, opts(1), 100) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 128)\n    10.0.0.1.40000 > 10.0.0.2.6633: Flags [P.], seq 1:89, ack 1, win 100, length 88: OpenFlow\n\tversion 1.0, type FLOW_MOD, length 88, xid 0x00000007\n\t match in_port 3\n\t match dl_type 0x0800 [|openflow]");
}

TEST_CASE("OpenFlow: several messages and versions in one segment", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500004a00010000400666ab0a0000010a00000219fd9c4000000001000000015018"
        "00646f28000001000008000000010102000a00000002686904030008000000030742000800000004");
    REQUIRE(print_one(pkt, 1, opts(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 74)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0x6f28 (correct), seq 1:35, ack 1, win 100, length 34: OpenFlow\n\tversion 1.0, type HELLO, length 8, xid 0x00000001\n\tversion 1.0, type ECHO_REQUEST, length 10, xid 0x00000002\n\t data (2 octets)\n\t  0x0000:  6869                                     hi\n\tversion 1.3, type ECHO_REPLY, length 8, xid 0x00000003\n\tversion unknown (0x07), type unknown (0x42), length 8, xid 0x00000004");
}

TEST_CASE("OpenFlow: packet in frame decoded at -vvv", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500006400010000400666910a0000010a00000219fd9c4000000001000000015018"
        "0064bd4b0000010a003c00000009ffffffff002a00020000000000000002000000000001080600010800060400010000"
        "000000010102030400000000000005060708");
    REQUIRE(print_one(pkt, 1, opts(3)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 100)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0xbd4b (correct), seq 1:61, ack 1, win 100, length 60: OpenFlow\n\tversion 1.0, type PACKET_IN, length 60, xid 0x00000009\n\t buffer_id NONE, total_len 42, in_port 2, reason NO_MATCH\n\t data (42 octets), frame decoding below\nARP, Request who-has 5.6.7.8 tell 1.2.3.4, length 28");
}

TEST_CASE("OpenFlow: packet in frame not decoded at -vv", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500006400010000400666910a0000010a00000219fd9c4000000001000000015018"
        "0064bd4b0000010a003c00000009ffffffff002a00020000000000000002000000000001080600010800060400010000"
        "000000010102030400000000000005060708");
    REQUIRE(print_one(pkt, 1, opts(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 100)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0xbd4b (correct), seq 1:61, ack 1, win 100, length 60: OpenFlow\n\tversion 1.0, type PACKET_IN, length 60, xid 0x00000009\n\t buffer_id NONE, total_len 42, in_port 2, reason NO_MATCH\n\t data (42 octets)");
}

TEST_CASE("OpenFlow: message length under the header length", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500003000010000400666c50a0000010a00000219fd9c4000000001000000015018"
        "0064e40b0000010e000400000001");
    REQUIRE(print_one(pkt, 1, opts(0)) ==
            "IP 10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], seq 1:9, ack 1, win 100, length 8: OpenFlow\n\tversion 1.0, type FLOW_MOD, length 4 (too short!), xid 0x00000001 (invalid)");
}

TEST_CASE("OpenFlow: segment ending inside a header", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500003200010000400666c30a0000010a00000219fd9c4000000001000000015018"
        "0064e30e000001000008000000010105");
    REQUIRE(print_one(pkt, 1, opts(0)) ==
            "IP 10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], seq 1:11, ack 1, win 100, length 10: OpenFlow\n\tversion 1.0, type HELLO, length 8, xid 0x00000001\n\tversion 1.0, type FEATURES_REQUEST (end of TCP payload)");
}

TEST_CASE("OpenFlow: Big Switch vendor messages", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500005400010000400666a10a0000010a00000219fd9c4000000001000000015018"
        "0064b44700000104001800000018005c16c70000000200000000ffffff000104001400000019005c16c7000000050100"
        "0000");
    REQUIRE(print_one(pkt, 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 84)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0xb447 (correct), seq 1:45, ack 1, win 100, length 44: OpenFlow\n\tversion 1.0, type VENDOR, length 24, xid 0x00000018, vendor 0x005c16c7 (Big Switch Networks)\n\t subtype GET_IP_MASK_REPLY, index 0, mask 255.255.255.0\n\tversion 1.0, type VENDOR, length 20, xid 0x00000019, vendor 0x005c16c7 (Big Switch Networks)\n\t subtype GET_MIRRORING_REPLY, report_mirror_ports ON");
}

TEST_CASE("OpenFlow: OpenFlow 1.3 hello elements", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500003800010000400666bd0a0000010a00000219fd9c4000000001000000015018"
        "0064e0ea000004000010000000010001000800000012");
    REQUIRE(print_one(pkt, 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0xe0ea (correct), seq 1:17, ack 1, win 100, length 16: OpenFlow\n\tversion 1.3, type HELLO, length 16, xid 0x00000001\n\t type VERSIONBITMAP, length 8, bitmap 0x00000012 (1.1, 1.4)");
}

TEST_CASE("OpenFlow: cut hex data ends the packet", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500004400010000400666b10a0000010a00000219fd9c4000000001000000015018"
        "0064575f00000102001c000000014141414141414141414141414141414141414141");
    REQUIRE(print_one(pkt, 1, opts(2), 80) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 68)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], seq 1:29, ack 1, win 100, length 28: OpenFlow\n\tversion 1.0, type ECHO_REQUEST, length 28, xid 0x00000001\n\t data (20 octets)\n\t  0x0000:  4141 4141 4141 4141 4141 4141 4141 4141  AAAAAAAAAAAAAAAA\n\t  0x0010:  4141                                     AA [|openflow]");
}

TEST_CASE("OpenFlow: aggregate stats reply with -e", "[openflow]") {
    const auto pkt = hex(
        "00000000000200000000000108004500004c00010000400666a90a0000010a00000219fd9c4000000001000000015018"
        "0064dbe80000011100240000000500020001000000000000000a00000000000007d00000000300000000");
    REQUIRE(print_one(pkt, 1, opts(1, true)) ==
            "00:00:00:00:00:01 > 00:00:00:00:00:02, ethertype IPv4 (0x0800), length 90: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 76)\n    10.0.0.1.6653 > 10.0.0.2.40000: Flags [P.], cksum 0xdbe8 (correct), seq 1:37, ack 1, win 100, length 36: OpenFlow\n\tversion 1.0, type STATS_REPLY, length 36, xid 0x00000005\n\t type AGGREGATE, flags 0x0001 (MORE)\n\t packet_count 10, byte_count 2000, flow_count 3");
}

