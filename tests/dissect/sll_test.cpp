// Linux cooked captures (LINUX_SLL, LINUX_SLL2): packet types, -e header, protocols.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("incoming, unknown protocol: the header is shown before the dump", "[sll]") {
    const auto pkt = hex("00000001000600112233445500001234abcd");
    REQUIRE(print_one(pkt, 113, opts("")) ==
            " In 00:11:22:33:44:55 ethertype Unknown (0x1234), length 18: \n\t0x0000:  abcd                                     ..");
}

TEST_CASE("outgoing with -e", "[sll]") {
    const auto pkt = hex("00040001000600112233445500001234abcd");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            "Out 00:11:22:33:44:55 ethertype Unknown (0x1234), length 18: \n\t0x0000:  abcd                                     ..");
}

TEST_CASE("broadcast, multicast, other host with -e", "[sll]") {
    const auto pkt = hex("00010001000600112233445500001234ab");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            "  B 00:11:22:33:44:55 ethertype Unknown (0x1234), length 17: \n\t0x0000:  ab                                       .");
}

TEST_CASE("multicast", "[sll]") {
    const auto pkt = hex("00020001000600112233445500001234ab");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            "  M 00:11:22:33:44:55 ethertype Unknown (0x1234), length 17: \n\t0x0000:  ab                                       .");
}

TEST_CASE("other host", "[sll]") {
    const auto pkt = hex("00030001000600112233445500001234ab");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            "  P 00:11:22:33:44:55 ethertype Unknown (0x1234), length 17: \n\t0x0000:  ab                                       .");
}

TEST_CASE("unknown packet type is a question mark", "[sll]") {
    const auto pkt = hex("00090001000600112233445500001234ab");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            "  ? 00:11:22:33:44:55 ethertype Unknown (0x1234), length 17: \n\t0x0000:  ab                                       .");
}

TEST_CASE("address not shown unless it is 6 bytes", "[sll]") {
    const auto pkt = hex("00000001000400112233445500001234ab");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            " In ethertype Unknown (0x1234), length 17: \n\t0x0000:  ab                                       .");
}

TEST_CASE("option -q drops the protocol text", "[sll]") {
    const auto pkt = hex("00000001000600112233445500001234ab");
    REQUIRE(print_one(pkt, 113, opts("eq")) ==
            " In 00:11:22:33:44:55 ");
}

TEST_CASE("802.2 protocol: LLC follows", "[sll]") {
    const auto pkt = hex("00000001000600112233445500000004f0f103");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            " In 00:11:22:33:44:55 802.2, length 19: LLC, dsap NetBeui (0xf0) Individual, ssap NetBeui (0xf0) Response, ctrl 0x03: Unnumbered, ui, Flags [Response], length 3\n\t0x0000:  f0f1 03                                  ...");
}

TEST_CASE("small unknown protocol value under -e", "[sll]") {
    const auto pkt = hex("00000001000600112233445500000010abcd");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            " In 00:11:22:33:44:55 ethertype Unknown (0x0010), length 18: \n\t0x0000:  abcd                                     ..");
}

TEST_CASE("small unknown protocol value without -e: only the dump", "[sll]") {
    const auto pkt = hex("00000001000600112233445500000010abcd");
    REQUIRE(print_one(pkt, 113, opts("")) ==
            "\n\t0x0000:  abcd                                     ..");
}

TEST_CASE("802.1Q inside SLL names the inner type even without -e", "[sll]") {
    const auto pkt = hex("000000010006001122334455000081003064123456");
    REQUIRE(print_one(pkt, 113, opts("")) ==
            "ethertype Unknown,  In 00:11:22:33:44:55 ethertype 802.1Q (0x8100), length 17: \n\t0x0000:  56                                       V");
}

TEST_CASE("802.1Q inside SLL with -e", "[sll]") {
    const auto pkt = hex("000000010006001122334455000081003064123456");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            " In 00:11:22:33:44:55 ethertype 802.1Q (0x8100), length 21: vlan 100, p 1, DEI, ethertype Unknown, \n\t0x0000:  56                                       V");
}

TEST_CASE("802.1Q with a length inside becomes 802.2", "[sll]") {
    const auto pkt = hex("0000000100060011223344550000810030640004424203");
    REQUIRE(print_one(pkt, 113, opts("e")) ==
            " In 00:11:22:33:44:55 ethertype 802.1Q (0x8100), length 23: vlan 100, p 1, DEI, ethertype Unknown, LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03:  (invalid)");
}

TEST_CASE("SLL header cut short", "[sll]") {
    const auto pkt = hex("00000001000600112233445500001234");
    REQUIRE(print_one(pkt, 113, opts(""), 10) ==
            " [|sll]");
}

TEST_CASE("ARP in SLL", "[sll]") {
    const auto pkt = hex("000000010006001122334455000008060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 113, opts("")) ==
            "ARP, Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("SLL2 shows the interface name and packet type", "[sll]") {
    const auto pkt = hex("1234000000000001000100060011223344550000abcd");
    REQUIRE(print_one(pkt, 276, opts("")) ==
            "lo    In  ifindex 1 00:11:22:33:44:55 ethertype Unknown (0x1234), length 22: \n\t0x0000:  abcd                                     ..");
}

TEST_CASE("SLL2 with -e adds the interface index", "[sll]") {
    const auto pkt = hex("1234000000000001000104060011223344550000abcd");
    REQUIRE(print_one(pkt, 276, opts("e")) ==
            "lo    Out ifindex 1 00:11:22:33:44:55 ethertype Unknown (0x1234), length 22: \n\t0x0000:  abcd                                     ..");
}

TEST_CASE("SLL2 with an index no interface has", "[sll]") {
    const auto pkt = hex("123400007fffff00000102060011223344550000abcd");
    REQUIRE(print_one(pkt, 276, opts("e")) ==
            "?     M   ifindex 2147483392 00:11:22:33:44:55 ethertype Unknown (0x1234), length 22: \n\t0x0000:  abcd                                     ..");
}

TEST_CASE("SLL2 with ARP", "[sll]") {
    const auto pkt = hex("08060000000000010001010600112233445500000001080006040002001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 276, opts("")) ==
            "lo    B   ARP, Reply 192.168.0.1 is-at 00:11:22:33:44:55, length 28");
}
