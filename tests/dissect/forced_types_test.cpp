// -T packet types forced onto UDP and TCP, and the VRRP and SOME/IP headers cut short.
// Generated expectations: the text tcpdump 4.99.3 prints for each packet.
#include <catch2/catch.hpp>

#include "ringdump/dissect/packet_types.hpp"
#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("-T aodv prints UDP to any port as AODV", "[dissect]") {
    rd::PrintOptions o;
    o.forced = rd::kForcedAodv;
    const auto pkt = hex("00112233445566778899aabb08004500003400010000401166b60a0000010a00"
                         "00029c409c410020000001000003000000070a000009000000010a0000010000"
                         "0002");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.40001:  aodv rreq 24  hops 3 id 0x00000007\n"
            "\tdst 10.0.0.9 seq 1 src 10.0.0.1 seq 2");
}

TEST_CASE("-T radius prints UDP to any port as RADIUS at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    o.forced = rd::kForcedRadius;
    const auto pkt = hex("00112233445566778899aabb08004500003600010000401166b40a0000010a00"
                         "00029c409c41002200000105001a000000000000000000000000000000000106"
                         "75736572");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 54)\n"
            "    10.0.0.1.40000 > 10.0.0.2.40001: RADIUS, length: 26\n"
            "\tAccess-Request (1), id: 0x05, Authenticator: 00000000000000000000000000000000\n"
            "\t  User-Name Attribute (1), length: 6, Value: user");
}

TEST_CASE("-T someip prints UDP to any port as SOME/IP", "[dissect]") {
    rd::PrintOptions o;
    o.forced = rd::kForcedSomeip;
    const auto pkt = hex("00112233445566778899aabb08004500003000010000401166ba0a0000010a00"
                         "00029c409c41001c0000123480010000000c000100020101020061626364");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.40001: SOMEIP, service 4660, event 1, len 12, client 1, session 2, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n");  // tcpdump ends SOME/IP with a blank line
}

TEST_CASE("-T vxlan prints UDP to any port as VXLAN", "[dissect]") {
    rd::PrintOptions o;
    o.forced = rd::kForcedVxlan;
    const auto pkt = hex("00112233445566778899aabb08004500003200010000401166b80a0000010a00"
                         "00029c409c41001e000008000000000064000000000000000000000000000000");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.40001: VXLAN, flags [I] (0x08), vni 100\n"
            " [|llc]");
}

TEST_CASE("-T resp leaves a UDP datagram unprinted", "[dissect]") {
    rd::PrintOptions o;
    o.forced = rd::kForcedResp;
    const auto pkt = hex("00112233445566778899aabb08004500002a00010000401166c00a0000010a00"
                         "00029c409c41001600002a310d0a24340d0a50494e470d0a");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP ");
}

TEST_CASE("-T zmtp1 prints a TCP segment as ZMTP/1.0 frames at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    o.forced = rd::kForcedZmtp1;
    const auto pkt = hex("00112233445566778899aabb08004500003800010000400666bd0a0000010a00"
                         "000221d369150000000100000000501803e80000000004507c2d8ba09cae60f7"
                         "2d8fb2073a30");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)\n"
            "    10.0.0.1.8659 > 10.0.0.2.26901: Flags [P.], cksum 0x0000 (incorrect -> 0xe95d), seq 1:17, ack 0, win 1000, length 16: ZMTP/1.0\n"
            "\t frame flags+body  (8-bit) length 4, flags 0x50 (-|MBZ|-|MBZ|-|-|-|-), first 3 byte(s) of body:\n"
            "\t 0x0000:  7c2d 8b                                  |-.\n"
            "\t frame flags+body  (8-bit) length 160 (10 captured), flags 0x9c (MBZ|-|-|MBZ|MBZ|MBZ|-|-), first 9 byte(s) of body:\n"
            "\t 0x0000:  ae60 f72d 8fb2 073a 30                   .`.-...:0 [|zmtp1]");
}

TEST_CASE("-T resp prints a TCP segment as RESP", "[dissect]") {
    rd::PrintOptions o;
    o.forced = rd::kForcedResp;
    const auto pkt = hex("00112233445566778899aabb08004500003800010000400666bd0a0000010a00"
                         "000221d369150000000100000000501803e80000000004507c2d8ba09cae60f7"
                         "2d8fb2073a30");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP 10.0.0.1.8659 > 10.0.0.2.26901: Flags [P.], seq 1:17, ack 0, win 1000, length 16: RESP [|resp]");
}

TEST_CASE("vrrp: an empty payload shows the protocol name, then the marker", "[dissect]") {
    rd::PrintOptions o;
    const auto pkt = hex("01005e00001200005e00010108004500002800010000ff70d1510a000001e000"
                         "00122181de0201b11ed214976747a7d0efbc7c0f507d");
    REQUIRE(print_one(pkt, 1, o, 34, 54) ==
            "IP 10.0.0.1 > 224.0.0.18: VRRP [|vrrp]");
}

TEST_CASE("vrrp: router id and priority appear together or not at all", "[dissect]") {
    rd::PrintOptions o;
    const auto pkt = hex("01005e00001200005e00010108004500002800010000ff70d1510a000001e000"
                         "00122181de0201b11ed214976747a7d0efbc7c0f507d");
    REQUIRE(print_one(pkt, 1, o, 36, 54) ==
            "IP 10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement [|vrrp]");
}

TEST_CASE("vrrp: a whole advertisement at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    const auto pkt = hex("01005e00001200005e00010108004500002800010000ff70d1510a000001e000"
                         "00122181de0201b11ed214976747a7d0efbc7c0f507d");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 40)\n"
            "    10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 129, prio 222, authtype simple, intvl 177s, length 20, addrs(2): 20.151.103.71,167.208.239.188 auth \"|^OP} [|vrrp]");
}

TEST_CASE("-T carp prints IP protocol 112 as CARP at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    o.forced = rd::kForcedCarp;
    const auto pkt = hex("01005e00001200005e00010108004500004c00010000ff70d12d0a000001e000"
                         "0012210334869957a57a48e61cb6afc73cfd6a45bae8e27aa2014f6570298a9e"
                         "07502da5b833adb5cd4fcb742be093302764f61d67b773583a25");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 76)\n"
            "    10.0.0.1 > 224.0.0.18: CARPv2-advertise 56: vhid=3 advbase=87 advskew=52 authlen=134 counter=5252917586332957949");
}

TEST_CASE("-T carp: a TTL other than 255 is flagged", "[dissect]") {
    rd::PrintOptions o;
    o.forced = rd::kForcedCarp;
    const auto pkt = hex("01005e00001200005e000101080045000024000100000170cf560a000001e000"
                         "0012213e01f89cbe8c25c3f1dae4a26672a8");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP 10.0.0.1 > 224.0.0.18: CARPv2-advertise 16: [ttl=1!] vhid=62 advbase=190 advskew=1 authlen=248 counter=14119306982295237288");
}

TEST_CASE("-T carp: a cut counter ends after the fields", "[dissect]") {
    rd::PrintOptions o;
    o.forced = rd::kForcedCarp;
    const auto pkt = hex("01005e00001200005e00010108004500004c00010000ff70d12d0a000001e000"
                         "0012210334869957a57a48e61cb6afc73cfd6a45bae8e27aa2014f6570298a9e"
                         "07502da5b833adb5cd4fcb742be093302764f61d67b773583a25");
    REQUIRE(print_one(pkt, 1, o, 46, 90) ==
            "IP 10.0.0.1 > 224.0.0.18: CARPv2-advertise 56: vhid=3 advbase=87 advskew=52 authlen=134  [|carp]");
}

TEST_CASE("someip: a header cut inside the request ID ends after the length", "[dissect]") {
    rd::PrintOptions o;
    const auto pkt = hex("00112233445566778899aabb08004500003400010000401166b60a0000010a00"
                         "000204d2771a002000006eacfb9cf05e915ffceb6244aa51000a0732a7");
    REQUIRE(print_one(pkt, 1, o, 52, 66) ==
            "IP 10.0.0.1.1234 > 10.0.0.2.30490: SOMEIP, service 28332, event 31644, len 4032729439 [|someip]");
}

TEST_CASE("someip: a header cut inside the message ID shows only the name", "[dissect]") {
    rd::PrintOptions o;
    const auto pkt = hex("00112233445566778899aabb08004500003400010000401166b60a0000010a00"
                         "000204d2771a002000006eacfb9cf05e915ffceb6244aa51000a0732a7");
    REQUIRE(print_one(pkt, 1, o, 45, 66) ==
            "IP 10.0.0.1.1234 > 10.0.0.2.30490: SOMEIP [|someip]");
}
