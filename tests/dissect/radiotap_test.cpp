// Radiotap headers (link type 127): fields, MCS/VHT, FCS, extended bitmaps, vendor
// namespaces, truncation. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include <string>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("radiotap TSFT, flags, rate, channel, signal, noise, antenna", "[radiotap]") {
    const auto pkt = hex("000019006f08000040e2010000000000020c8509a000c4a001d4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            "123456us tsft short preamble 6.0 Mb/s 2437 MHz 11b -60dBm signal -96dBm noise antenna 1 Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("radiotap MCS field and channel as 11n", "[radiotap]") {
    const auto pkt = hex("00000f00080008003c1440013f150fd4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            "5180 MHz 11n 300.0 Mb/s MCS 15 40 MHz short GI mixed LDPC FEC RX-STBC0 Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("radiotap VHT field", "[radiotap]") {
    const auto pkt = hex("0000140000002000440004049200000001000000d4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            "User 0 MCS 9 LDPC FEC 80 MHz short GI Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("radiotap FCS flag: FCS not in the frame, still in the dump (with -x)", "[radiotap]") {
    const auto pkt = hex("000009000200000010d4000000001122334455deadbeef");
    REQUIRE(print_one(pkt, 127, opts("x")) ==
            "Acknowledgment RA:00:11:22:33:44:55 \n\t0x0000:  dead beef");
}

TEST_CASE("radiotap extended bitmap with an unknown bit", "[radiotap]") {
    const auto pkt = hex("0000100004000080010000000c000000d4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            "6.0 Mb/s [bit 32] Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("radiotap vendor namespace is skipped", "[radiotap]") {
    const auto pkt = hex("00001700040000c0040000001600001122010300aabbccd4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            "11.0 Mb/s Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("radiotap header cut short", "[radiotap]") {
    const auto pkt = hex("000010000100");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            " [|802.11_radio]");
}

TEST_CASE("radiotap field past the header length", "[radiotap]") {
    const auto pkt = hex("00000a00090000000100d4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            " [|802.11_radio]Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("radiotap data padding flag", "[radiotap]") {
    const auto pkt = hex("00000900020000002088020000001122334477001122334455001122334466301200000000aaaa0300000008060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 127, opts("e")) ==
            "CF +QoS DA:00:11:22:33:44:77 BSSID:00:11:22:33:44:55 SA:00:11:22:33:44:66 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("radiotap namespace reset repeats the fields", "[radiotap]") {
    const auto pkt = hex("00000e00040000a0040000000c16d4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            "6.0 Mb/s 11.0 Mb/s Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("radiotap flags in a second namespace word: FCS flag from the last one", "[radiotap]") {
    const auto pkt = hex("00000e00020000a0020000000c16d4000000001122334455");
    REQUIRE(print_one(pkt, 127, opts("")) ==
            "wep fragmented short preamble wep  [|802.11]");
}
