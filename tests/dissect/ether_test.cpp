// Ethernet printer: addresses, EtherTypes, 802.1Q/QinQ tags, 802.3 lengths, truncation.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include <array>
#include <string>

#include "print_helpers.hpp"
#include "ringdump/format/names.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("unknown EtherType: addresses, type and a dump", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234561234deadbeef00");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype Unknown (0x1234), length 19: \n\t0x0000:  dead beef 00                             .....");
}

TEST_CASE("unknown EtherType with -e", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234561234deadbeef00");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype Unknown (0x1234), length 19: \n\t0x0000:  dead beef 00                             .....");
}

TEST_CASE("unknown EtherType with -q", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234561234deadbeef00");
    REQUIRE(print_one(pkt, 1, opts("q")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, Unknown Ethertype (0x1234), length 19: ");
}

TEST_CASE("unknown EtherType with -e -q", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234561234deadbeef00");
    REQUIRE(print_one(pkt, 1, opts("eq")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, Unknown Ethertype (0x1234), length 19: ");
}

TEST_CASE("named EtherType without a printer (MOP RC) with -e", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c0123456600200010203");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype MOP RC (0x6002), length 18: \n\t0x0000:  0001 0203                                ....");
}

TEST_CASE("802.1Q tag with priority and DEI under -e", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234568100b0641234aabbcc");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q (0x8100), length 21: vlan 100, p 5, DEI, ethertype Unknown (0x1234), \n\t0x0000:  aabb cc                                  ...");
}

TEST_CASE("QinQ: two tags, the second introduced by a comma", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c012345688a80064810020c81234aa");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q-QinQ (0x88a8), length 23: vlan 100, p 0, ethertype 802.1Q (0x8100), vlan 200, p 1, ethertype Unknown (0x1234), \n\t0x0000:  aa                                       .");
}

TEST_CASE("802.1Q-9100 and 9200 tags", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c012345691000001920000024321");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype 802.1Q-9100 (0x9100), length 22: vlan 1, p 0, ethertype 802.1Q-9200 (0x9200), vlan 2, p 0, ethertype Unknown (0x4321), ");
}

TEST_CASE("a tagged unknown type without -e shows only the final type", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c0123456810000641234aa");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype Unknown (0x1234), length 19: \n\t0x0000:  aa                                       .");
}

TEST_CASE("frame shorter than the Ethernet header", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c0123456123400");
    REQUIRE(print_one(pkt, 1, opts(""), 13) ==
            " [|ether]");
}

TEST_CASE("VLAN tag cut short", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c0123456810000641234");
    REQUIRE(print_one(pkt, 1, opts(""), 16) ==
            " [|vlan]");
}

TEST_CASE("802.3 length smaller than the frame: the padding is not LLC", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234560003424303000000000000");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, 802.3, length 3: LLC, dsap STP (0x42) Individual, ssap STP (0x42) Response, ctrl 0x03:  (invalid)");
}

TEST_CASE("802.3 length larger than the frame", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234560040f0f113aa");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, 802.3, length 4: LLC, dsap NetBeui (0xf0) Individual, ssap NetBeui (0xf0) Response, ctrl 0x13: Unnumbered, ui, Flags [Final], length 4\n\t0x0000:  f0f1 13aa                                ....");
}

TEST_CASE("Jumbo EtherType carries LLC", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234568870e0e11300");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff IPX Unnumbered, ui, Flags [Final], length 4\n\t0x0000:  e0e1 1300                                ....");
}

TEST_CASE("truncated ARP payload marks the packet", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c0123456080600010800");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 18:  [|arp]");
}

TEST_CASE("option -x dump starts after the link header", "[ether]") {
    const auto pkt = hex("ffffffffffff0000c01234561234deadbeef");
    REQUIRE(print_one(pkt, 1, opts("x")) ==
            "00:00:c0:12:34:56 > ff:ff:ff:ff:ff:ff, ethertype Unknown (0x1234), length 18: \n\t0x0000:  dead beef");
}

TEST_CASE("MAC addresses without -n: OUI names, Broadcast", "[ether]") {
    rd::Names names(false);
    rd::OutBuf out;
    const std::array<uint8_t, 6> cisco{0x00, 0x00, 0x0c, 0x01, 0x02, 0x03};
    const std::array<uint8_t, 6> bridged{0x00, 0x80, 0xc2, 0x00, 0x00, 0x0e};
    const std::array<uint8_t, 6> unknown{0x02, 0x42, 0xac, 0x11, 0x00, 0x02};
    const std::array<uint8_t, 6> bcast{0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    names.mac(out, cisco);
    out.put('|');
    names.mac(out, bridged);
    out.put('|');
    names.mac(out, unknown);
    out.put('|');
    names.mac(out, bcast);
    // What tcpdump prints for these addresses with -e and without -n.
    REQUIRE(std::string(out.view()) ==
            "00:00:0c:01:02:03 (oui Cisco)|00:80:c2:00:00:0e (oui Ethernet bridged)|"
            "02:42:ac:11:00:02 (oui Unknown)|Broadcast");
}

TEST_CASE("MAC addresses with -n are plain", "[ether]") {
    rd::Names names(true);
    rd::OutBuf out;
    const std::array<uint8_t, 6> bcast{0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    names.mac(out, bcast);
    REQUIRE(std::string(out.view()) == "ff:ff:ff:ff:ff:ff");
}

TEST_CASE("MACsec short length leaving less than the type field", "[ether]") {
    // SL 1: one byte of secure data, so no EtherType can follow the SecTAG.
    const auto pkt = hex("00005e00530100005e00530288e500010000000108000001020304050607"
                         "08090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f2021222324252627"
                         "28292a2b2c2d2e2f303132333435363738393a3b");
    REQUIRE(print_one(pkt, 1, opts("")) == " [caplen 1 < 2]");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:5e:00:53:02 > 00:00:5e:00:53:01, ethertype 802.1AE MACsec (0x88e5), length 82: "
            "an 0, pn 1, flags none, sl 1,  [caplen 1 < 2]");
}
