// 802.2 LLC and SNAP: SAPs, U/I/S frames, XID, SNAP OUIs and PIDs, fallbacks.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("unnumbered frame between unknown SAPs", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330005f4f503aabb");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 Unknown DSAP 0xf4 Unnumbered, ui, Flags [Response], length 5\n\t0x0000:  f4f5 03aa bb                             .....");
}

TEST_CASE("unnumbered frame with -e", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330005f4f503aabb");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3, 802.3, length 5: LLC, dsap Unknown (0xf4) Individual, ssap Unknown (0xf4) Response, ctrl 0x03: Unnumbered, ui, Flags [Response], length 5\n\t0x0000:  f4f5 03aa bb                             .....");
}

TEST_CASE("same SAP on both sides: one name", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330005040413aabb");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Unnumbered, ui, Flags [Poll], length 5\n\t0x0000:  0404 13aa bb                             .....");
}

TEST_CASE("group DSAP and response SSAP under -e", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c11223300030505f3");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3, 802.3, length 3: LLC, dsap SNA (0x04) Group, ssap SNA (0x04) Response, ctrl 0xf3: Unnumbered, test, Flags [Final], length 3\n\t0x0000:  0505 f3                                  ...");
}

TEST_CASE("XID with format identifier", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c11223300060404af810100");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Unnumbered, xid, Flags [Command], length 6: 01 00");
}

TEST_CASE("XID without payload", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c11223300030404bf");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Unnumbered, xid, Flags [Poll], length 3");
}

TEST_CASE("XID format identifier cut short", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c11223300050404af8101");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Unnumbered, xid, Flags [Command], length 5 [|llc]\n\t0x0000:  8101                                     ..");
}

TEST_CASE("test command", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c11223300050404e30102");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Unnumbered, test, Flags [Command], length 5\n\t0x0000:  0404 e301 02                             .....");
}

TEST_CASE("unknown U command is shown in hex", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c112233000304042b");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Unnumbered, 2b, Flags [Command], length 3\n\t0x0000:  0404 2b                                  ..+");
}

TEST_CASE("information frame", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c112233000504050a0bcc");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Information, send seq 5, rcv seq 5, Flags [Final], length 5\n\t0x0000:  0405 0a0b cc                             .....");
}

TEST_CASE("information frame with -e", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c112233000504050a0bcc");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3, 802.3, length 5: LLC, dsap SNA (0x04) Individual, ssap SNA (0x04) Response, ctrl 0x0b0a: Information, send seq 5, rcv seq 5, Flags [Final], length 5\n\t0x0000:  0405 0a0b cc                             .....");
}

TEST_CASE("supervisory frame: receiver not ready", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c112233000404050503");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNA Supervisory, Receiver not Ready, rcv seq 1, Flags [Final], length 4");
}

TEST_CASE("supervisory reject with poll bit", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c112233000404050901");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3, 802.3, length 4: LLC, dsap SNA (0x04) Individual, ssap SNA (0x04) Response, ctrl 0x0109: Supervisory, Reject, rcv seq 0, Flags [Final], length 4");
}

TEST_CASE("SNAP with an unknown PID under OUI 0", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330009aaaa030000001234dd");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNAP, ethertype Unknown (0x1234), length 1: \n\t0x0000:  aaaa 0300 0000 1234 dd                   .......4.");
}

TEST_CASE("SNAP with an unknown OUI", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330009aaaa031234560001dd");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNAP, oui Unknown (0x123456), pid Unknown (0x0001), length 1: \n\t0x0000:  aaaa 0312 3456 0001 dd                   ....4V...");
}

TEST_CASE("SNAP with an unknown OUI under -e", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330009aaaa031234560001dd");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3, 802.3, length 9: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Unknown (0x123456), pid Unknown (0x0001), length 1: \n\t0x0000:  aaaa 0312 3456 0001 dd                   ....4V...");
}

TEST_CASE("SNAP Cisco OUI with an unknown PID", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330008aaaa0300000c2222");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3, 802.3, length 8: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Cisco (0x00000c), pid Unknown (0x2222), length 0: \n\t0x0000:  aaaa 0300 000c 2222                      ......\"\"");
}

TEST_CASE("SNAP bridged OUI with an unknown PID", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330008aaaa030080c20002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3 SNAP, oui Ethernet bridged (0x0080c2), pid 802.4 + FCS (0x0002), length 0: \n\t0x0000:  aaaa 0300 80c2 0002                      ........");
}

TEST_CASE("SNAP carrying ARP", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330024aaaa0300000008060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:0c:11:22:33 > 00:00:c0:a1:b2:c3, 802.3, length 36: LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("SNAP header cut short", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330008aaaa030000000806");
    REQUIRE(print_one(pkt, 1, opts(""), 20) ==
            " [|snap]");
}

TEST_CASE("LLC header shorter than three bytes", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c1122330002f0f000000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            " [|llc]\n\t0x0000:  f0f0                                     ..");
}

TEST_CASE("I frame cut before its second control byte", "[llc]") {
    const auto pkt = hex("0000c0a1b2c300000c112233000304050000000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            " [|llc]\n\t0x0000:  0405 00                                  ...");
}
