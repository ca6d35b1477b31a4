// HNCP (UDP 8231). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("HNCP node state and its TLVs in full at -vvv", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000001301101fe800000000000000000000000000001ff0200000000000000000000000100062027202701309a050003000831da78d2000000030005011831da78d20000001300027169800088c8e07146380008000c6169ed6300000001000000010020000b00000444686e6574642f31000021005800220018000002570000012b30fd1ff88ce20700002b000100000000002500130604c0a801fe770b04686f6d65046172706100000026001d0017001020010db800000000000000000000005300180005036c616e000000000023001500000001027800000000000000000000ffff0a0063000000002400140000000100000000000000000000ffff0a0063020027001dfd1ff88ce2070000000000000000006906036c616e017204686f6d650000000000290013fd1ff88ce20700000000000000000069027231000028000604686f6d65000000000900080000000300004e20"), 1, opts(3)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 304) fe80::1.8231 > ff02::1:6.8231: [udp sum ok] hncp (296)\n"
            "\tNode endpoint (12) NID: 31:da:78:d2 EPID: 00000003\n"
            "\tNode state (284) NID: 31:da:78:d2 seqno: 19 160.105s hash: 800088c8e0714638\n"
            "\t\tPeer (16) Peer-NID: 61:69:ed:63 Peer-EPID: 00000001 Local-EPID: 00000001\n"
            "\t\tHNCP-Version (15) M: 0 P: 4 H: 4 L: 4 User-agent: hnetd/1\n"
            "\t\tExternal-Connection (92)\n"
            "\t\t\tDelegated-Prefix (28) VLSO: 0.599s PLSO: 0.299s Prefix: fd1f:f88c:e207::/48\n"
            "\t\t\t\tPrefix-Policy (5) type: Internet connectivity\n"
            "\t\t\tDHCPv4-Data (23)\n"
            "\t\t\t\tDNS-server (6) 192.168.1.254\n"
            "\t\t\t\tDNS-search (13) home.arpa.\n"
            "\t\t\tDHCPv6-Data (33)\n"
            "\t\t\t\tDNS-server (20) 2001:db8::53\n"
            "\t\t\t\tDNS-search-list (9) lan.\n"
            "\t\tAssigned-Prefix (25) EPID: 00000001 Prty: 2 Prefix: 10.0.99.0/24\n"
            "\t\tNode-Address (24) EPID: 00000001 IP Address: 10.0.99.2\n"
            "\t\tDNS-Delegated-Zone (33) IP-Address: fd1f:f88c:e207::69 lb- lan.r.home\n"
            "\t\tNode-Name (23) IP-Address: fd1f:f88c:e207::69 Name: \"r1\"\n"
            "\t\tDomain-Name (10) Domain: home\n"
            "\t\tKeep-alive interval (12) EPID: 00000003 Interval: 20.000s");
}

TEST_CASE("HNCP nested TLVs folded into a list at -v", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000001301101fe800000000000000000000000000001ff0200000000000000000000000100062027202701309a050003000831da78d2000000030005011831da78d20000001300027169800088c8e07146380008000c6169ed6300000001000000010020000b00000444686e6574642f31000021005800220018000002570000012b30fd1ff88ce20700002b000100000000002500130604c0a801fe770b04686f6d65046172706100000026001d0017001020010db800000000000000000000005300180005036c616e000000000023001500000001027800000000000000000000ffff0a0063000000002400140000000100000000000000000000ffff0a0063020027001dfd1ff88ce2070000000000000000006906036c616e017204686f6d650000000000290013fd1ff88ce20700000000000000000069027231000028000604686f6d65000000000900080000000300004e20"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 304) fe80::1.8231 > ff02::1:6.8231: [udp sum ok] hncp (296)\n"
            "\tNode endpoint (12) NID: 31:da:78:d2 EPID: 00000003\n"
            "\tNode state (284) NID: 31:da:78:d2 seqno: 19 160.105s hash: 800088c8e0714638\n"
            "\t\tPeer, HNCP-Version, External-Connection, Assigned-Prefix, Node-Address, DNS-Delegated-Zone, Node-Name, Domain-Name, Keep-alive interval");
}

TEST_CASE("HNCP second level opened at -vv", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000001301101fe800000000000000000000000000001ff0200000000000000000000000100062027202701309a050003000831da78d2000000030005011831da78d20000001300027169800088c8e07146380008000c6169ed6300000001000000010020000b00000444686e6574642f31000021005800220018000002570000012b30fd1ff88ce20700002b000100000000002500130604c0a801fe770b04686f6d65046172706100000026001d0017001020010db800000000000000000000005300180005036c616e000000000023001500000001027800000000000000000000ffff0a0063000000002400140000000100000000000000000000ffff0a0063020027001dfd1ff88ce2070000000000000000006906036c616e017204686f6d650000000000290013fd1ff88ce20700000000000000000069027231000028000604686f6d65000000000900080000000300004e20"), 1, opts(2)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 304) fe80::1.8231 > ff02::1:6.8231: [udp sum ok] hncp (296)\n"
            "\tNode endpoint (12) NID: 31:da:78:d2 EPID: 00000003\n"
            "\tNode state (284) NID: 31:da:78:d2 seqno: 19 160.105s hash: 800088c8e0714638\n"
            "\t\tPeer (16) Peer-NID: 61:69:ed:63 Peer-EPID: 00000001 Local-EPID: 00000001\n"
            "\t\tHNCP-Version (15) M: 0 P: 4 H: 4 L: 4 User-agent: hnetd/1\n"
            "\t\tExternal-Connection (92)\n"
            "\t\t\tDelegated-Prefix, DHCPv4-Data, DHCPv6-Data\n"
            "\t\tAssigned-Prefix (25) EPID: 00000001 Prty: 2 Prefix: 10.0.99.0/24\n"
            "\t\tNode-Address (24) EPID: 00000001 IP Address: 10.0.99.2\n"
            "\t\tDNS-Delegated-Zone (33) IP-Address: fd1f:f88c:e207::69 lb- lan.r.home\n"
            "\t\tNode-Name (23) IP-Address: fd1f:f88c:e207::69 Name: \"r1\"\n"
            "\t\tDomain-Name (10) Domain: home\n"
            "\t\tKeep-alive interval (12) EPID: 00000003 Interval: 20.000s");
}

TEST_CASE("HNCP top level as a list without -v", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000022027202700387abd0003000831da78d200000003000400082ae5f77255200bcc000200040000000000020004000000000258000000010000"), 1, opts(0)) ==
            "IP 10.0.0.1.8231 > 10.0.0.2.8231: hncp (48) Node endpoint, Network state, Request node state (x2), Future use, Request network state");
}

TEST_CASE("HNCP prefix length out of range", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000341101fe800000000000000000000000000001ff020000000000000000000000010006202720270034b21b0022001b00000001000000028c00000000000000000000000000000000000000000400082ae5f77255200bcc"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 52) fe80::1.8231 > ff02::1:6.8231: [udp sum ok] hncp (44)\n"
            "\tDelegated-Prefix (31) VLSO: 0.001s PLSO: 0.002s Prefix: (length is invalid)\n"
            "\tNetwork state (12) hash: 2ae5f77255200bcc");
}

TEST_CASE("HNCP inner TLV longer than the capture", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000201101fe800000000000000000000000000001ff0200000000000000000000000100062027202700203b3b0021000800000000025800c8000400082ae5f77255200bcc"), 1, opts(3)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 32) fe80::1.8231 > ff02::1:6.8231: [udp sum ok] hncp (24)\n"
            "\tExternal-Connection (12)\n"
            "\t\tReserved: type=0 (4)\n"
            "\t\t [|hncp]\n"
            "\tNetwork state (12) hash: 2ae5f77255200bcc");
}

TEST_CASE("HNCP TLV longer than the capture ends its list", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003400010000401166b60a0000010a00000220272027002000770003000831da78d200000003000400280000000000000000"), 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
            "    10.0.0.1.8231 > 10.0.0.2.8231: hncp (24)\n"
            "\tNode endpoint (12) NID: 31:da:78:d2 EPID: 00000003\n"
            "\t [|hncp]");
}

TEST_CASE("HNCP bad DHCPv4 option ends the list", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000201101fe800000000000000000000000000001ff0200000000000000000000000100062027202700201055002500052a03010203000000000400082ae5f77255200bcc"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 32) fe80::1.8231 > ff02::1:6.8231: [udp sum ok] hncp (24)\n"
            "\tDHCPv4-Data (9)\n"
            "\t\tNTP-server (5) (invalid)");
}

TEST_CASE("HNCP cut inside the node state", "[hncp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000001301101fe800000000000000000000000000001ff0200000000000000000000000100062027202701309a050003000831da78d2000000030005011831da78d20000001300027169800088c8e07146380008000c6169ed6300000001000000010020000b00000444686e6574642f31000021005800220018000002570000012b30fd1ff88ce20700002b000100000000002500130604c0a801fe770b04686f6d65046172706100000026001d0017001020010db800000000000000000000005300180005036c616e000000000023001500000001027800000000000000000000ffff0a0063000000002400140000000100000000000000000000ffff0a0063020027001dfd1ff88ce2070000000000000000006906036c616e017204686f6d650000000000290013fd1ff88ce20700000000000000000069027231000028000604686f6d65000000000900080000000300004e20"), 1, opts(3), 328) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 304) fe80::1.8231 > ff02::1:6.8231: hncp (296)\n"
            "\tNode endpoint (12) NID: 31:da:78:d2 EPID: 00000003\n"
            "\t [|hncp]");
}

TEST_CASE("HNCP containers nested thousands of levels deep at -vvv", "[hncp]") {
    // External-Connection inside External-Connection ..., then a Reserved TLV at the top:
    // each level on its own line, one tab deeper (checked against tcpdump for few levels).
    constexpr int kDepth = 3000;
    std::vector<uint8_t> body;
    for (int d = kDepth; d >= 1; --d) {
        const unsigned len = 4u * static_cast<unsigned>(kDepth - d);
        std::vector<uint8_t> tlv = {0x00, 0x21, static_cast<uint8_t>(len >> 8), static_cast<uint8_t>(len)};
        tlv.insert(tlv.end(), body.begin(), body.end());
        body.swap(tlv);
    }
    body.insert(body.end(), {0, 0, 0, 0});
    const unsigned udp_len = 8 + static_cast<unsigned>(body.size());
    std::vector<uint8_t> pkt = hex("66778899aabb00112233445586dd6000000000001140fe800000000000000000000000000001"
                                   "ff020000000000000000000000010006202720270000ffff");
    pkt[18] = static_cast<uint8_t>(udp_len >> 8);
    pkt[19] = static_cast<uint8_t>(udp_len);
    pkt[58] = static_cast<uint8_t>(udp_len >> 8);
    pkt[59] = static_cast<uint8_t>(udp_len);
    pkt.insert(pkt.end(), body.begin(), body.end());
    std::string expected = "IP6 (hlim 64, next-header UDP (17) payload length: " + std::to_string(udp_len) +
                           ") fe80::1.8231 > ff02::1:6.8231: [bad udp cksum 0xffff -> 0x";
    const std::string got = print_one(pkt, 1, opts(3));
    REQUIRE(got.substr(0, expected.size()) == expected);
    std::string tail = "hncp (" + std::to_string(body.size()) + ")";
    for (int d = 1; d <= kDepth; ++d)
        tail += "\n" + std::string(static_cast<size_t>(d), '\t') + "External-Connection (" +
                std::to_string(4 * (kDepth - d + 1)) + ")";
    tail += "\n\tReserved: type=0 (4)";
    REQUIRE(got.size() >= tail.size());
    REQUIRE(got.substr(got.size() - tail.size()) == tail);
}
