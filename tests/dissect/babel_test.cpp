// Babel (UDP 6696/6697). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("Babel hello, IHU, router id, next hop and updates with prefix compression at -v", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000751101fe800000000000000000000000000001ff0200000000000000000000000100061a281a2800755a242a020069040600001388019005160200006004b0fe800000000000000000000000000002060a0000021122334455667707060100c0a8011e080d018018000640000700600a0102080c018020020640000700600901081602404000ffff0008ffff20010db800010002020201ff"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 117) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (105)\n"
            "\tHello seqno 5000 interval 4.00s\n"
            "\tIHU fe80::2 rxcost 96 interval 12.00s\n"
            "\tRouter Id 02:11:22:33:44:55:66:77\n"
            "\tNext Hop 192.168.1.30\n"
            "\tUpdate/prefix 10.1.2.0/24 metric 96 seqno 7 interval 16.00s\n"
            "\tUpdate/prefix 10.1.9.1/32 metric 96 seqno 7 interval 16.00s\n"
            "\tUpdate/id 2001:db8:1:2::/64 metric 65535 seqno 8 interval infinity sub-diversity 1-all");
}

TEST_CASE("Babel terse TLV names without -v", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd60000000006b1101fe800000000000000000000000000001ff0200000000000000000000000100061a281a28006b8e722a02005f040600001388019005160200006004b0fe800000000000000000000000000002060a0000021122334455667707060100c0a8011e080d018018000640000700600a0102081602404000ffff0008ffff20010db800010002020201ff09020000"), 1, opts(0)) ==
            "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (95) hello ihu router-id nh update/prefix update/id route-request");
}

TEST_CASE("Babel requests and acknowledgment request at -vv", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004a00010000401166a00a0000010a0000021a291a2900364ee72a02002a090200000a1603800009400002112233445566770000000000000001020600001234012c000103000000"), 1, opts(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)\n"
            "    10.0.0.1.6697 > 10.0.0.2.6697: [udp sum ok] babel 2 (42)\n"
            "\tRoute Request for any\n"
            "\tSeqno Request (64 hops) for fe80::1/128 seqno 9 id 02:11:22:33:44:55:66:77\n"
            "\tAcknowledgment Request 1234 3.00s\n"
            "\tPad 1\n"
            "\tPad 5");
}

TEST_CASE("Babel packet trailer with PC and MAC at -v", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000441101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280044690c2a0200080406000013880190110c0000002a000000000000000010200000000000000000000000000000000000000000000000000000000000000000"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 68) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (8)\n"
            "\tHello seqno 5000 interval 4.00s\n"
            "\t----\n"
            "\tPC value 42 index len 8\n"
            "\tMAC len 32");
}

TEST_CASE("Babel packet trailer without -v", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000441101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280044690c2a0200080406000013880190110c0000002a000000000000000010200000000000000000000000000000000000000000000000000000000000000000"), 1, opts(0)) ==
            "IP6 fe80::1.6696 > ff02::1:6.6696: babel 2 (8) hello | pc mac");
}

TEST_CASE("Babel body length past the packet is invalid", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002800010000401166c20a0000010a0000021a281a280014738b2a0200c80406000013880190"), 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n"
            "    10.0.0.1.6696 > 10.0.0.2.6696: babel 2 (200) (invalid)");
}

TEST_CASE("Babel IHU with an unknown address encoding goes on after the marker", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd60000000001c1101fe800000000000000000000000000001ff0200000000000000000000000100061a281a28001c79942a02001005060700006004b00406000013880190"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 28) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (16)\n"
            "\tIHU  [|babel]\n"
            "\tHello seqno 5000 interval 4.00s");
}

TEST_CASE("Babel update with an unknown address encoding is invalid", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000201101fe800000000000000000000000000001ff0200000000000000000000000100061a281a28002079942a020014080a090000000000000000000406000013880190"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 32) fe80::1.6696 > ff02::1:6.6696: [udp sum ok] babel 2 (20)\n"
            "\tUpdate (invalid)");
}

TEST_CASE("Babel cut inside a TLV", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000381101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280038aa922a02002c040600001388019005160200006004b0fe800000000000000000000000000002060a00000211223344556677"), 1, opts(1), 105) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 56) fe80::1.6696 > ff02::1:6.6696: babel 2 (44)\n"
            "\tHello seqno 5000 interval 4.00s\n"
            "\tIHU fe80::2 rxcost 96 interval 12.00s [|babel]");
}

TEST_CASE("Babel cut before a TLV type byte ends the packet", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000201101fe800000000000000000000000000001ff0200000000000000000000000100061a281a280020b5832a0200140406000013880190060a00000211223344556677"), 1, opts(1), 74) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 32) fe80::1.6696 > ff02::1:6.6696: babel 2 (20)\n"
            "\tHello seqno 5000 interval 4.00s [|babel]");
}

TEST_CASE("Babel invalid header", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002000010000401166ca0a0000010a0000021a281a28000c8e8129020000"), 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n"
            "    10.0.0.1.6696 > 10.0.0.2.6696: babel invalid header");
}

TEST_CASE("Babel unknown version", "[babel]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002000010000401166ca0a0000010a0000021a281a28000c8d802a030000"), 1, opts(1, true)) ==
            "00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 46: (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n"
            "    10.0.0.1.6696 > 10.0.0.2.6696: babel 3 unknown version");
}

