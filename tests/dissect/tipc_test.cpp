// TIPC message headers on EtherType 0x88ca.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("tipc: data message with a short header", "[tipc]") {
    const auto pkt = hex("00005e00530100005e00530288ca40c00064000500070001000201001001000003e8000007d0");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "TIPC v2.0 1.1.1:1000 > 2000, headerlength 24 bytes, MessageSize 100 bytes, Low Importance Data payload, messageType CONN_MSG");
}

TEST_CASE("tipc: data message with node addresses at -v", "[tipc]") {
    const auto pkt = hex("00005e00530100005e00530288ca45400064400500070001000201001001000003e8000007d00100200304005006");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "TIPC v2.0 1.2.3:1000 > 4.5.6:2000, headerlength 40 bytes, MessageSize 100 bytes, High Importance Data payload, messageType NAMED_MSG\n\tPrevious Node 1.1.1, Broadcast Ack 7, Link Ack 1, Link Sequence 2");
}

TEST_CASE("tipc: internal message at -v", "[tipc]") {
    const auto pkt = hex("00005e00530100005e00530288ca4f40006460050007000300040100100100080009000a000001002003040050060000"
                         "004d000b000c");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "TIPC v2.0 1.2.3 > 4.5.6, headerlength 40 bytes, MessageSize 100 bytes, Link State Protocol internal, messageType DIRECT_MSG (0x60050007)\n\tPrevious Node 1.1.1, Session No. 10, Broadcast Ack 7, Sequence Gap 5,  Broadcast Gap After 3, Broadcast Gap To 4, Last Sent Packet No. 8, Next sent Packet No. 9, Transport Sequence 77, msg_count 11, Link Tolerance 12");
}

TEST_CASE("tipc: internal message cut before its -v fields", "[tipc]") {
    const auto pkt = hex("00005e00530100005e00530288ca55400064c0050007000000000100100100000000000000000100200304005006");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "TIPC v2.0 1.2.3 > 4.5.6, headerlength 40 bytes, MessageSize 100 bytes, Link Changeover Protocol internal, messageType Unknown (0xc0050007) [|tipc]");
}

TEST_CASE("tipc: link configuration at -v with -e", "[tipc]") {
    const auto pkt = hex("00005e00530100005e00530288ca5ac00064200500070100100001001009000012670000000100000000000000000000"
                         "000000000000");
    REQUIRE(print_one(pkt, 1, opts("ve")) ==
            "00:00:5e:00:53:02 > 00:00:5e:00:53:01, ethertype TIPC (0x88ca), length 54: TIPC v2.0 1.1.9 > 1.1.0, headerlength 24 bytes, MessageSize 100 bytes, Neighbor Detection Protocol internal, messageType Link response\n\tNodeSignature 7, network_id 4711, media_id 1");
}

TEST_CASE("tipc: user without a printer prints nothing", "[tipc]") {
    const auto pkt = hex("00005e00530100005e00530288ca52c0006420050007000000000000000000000000000000000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "");
}

TEST_CASE("tipc: header cut by the capture", "[tipc]") {
    const auto pkt = hex("00005e00530100005e00530288ca40c00064000500070001000201001001000003e8000007d0");
    REQUIRE(print_one(pkt, 1, opts(""), 26) ==
            " [|tipc]");
}
