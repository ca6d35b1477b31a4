// IEEE 802.11 frames (link types 105 and 119): management, control and data frames, -e
// header text, truncation. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include <string>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("beacon: SSID, rates, ESS, channel, privacy", "[ieee80211]") {
    const auto pkt = hex("80000000ffffffffffff00112233445500112233446630120000000000000000640011040004686f6d65010482840b16030106050400010000");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Beacon (home) [1.0* 2.0* 5.5 11.0 Mbit] ESS CH: 6, PRIVACY");
}

TEST_CASE("beacon: SSID, rates, ESS, channel, privacy (with -e -v)", "[ieee80211]") {
    const auto pkt = hex("80000000ffffffffffff00112233445500112233446630120000000000000000640011040004686f6d65010482840b16030106050400010000");
    REQUIRE(print_one(pkt, 105, opts("ev")) ==
            "0us BSSID:00:11:22:33:44:66 DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 Beacon (home) [1.0* 2.0* 5.5 11.0 Mbit] ESS CH: 6, PRIVACY");
}

TEST_CASE("beacon: SSID, rates, ESS, channel, privacy (cut to 50 bytes)", "[ieee80211]") {
    const auto pkt = hex("80000000ffffffffffff00112233445500112233446630120000000000000000640011040004686f6d65010482840b16030106050400010000");
    REQUIRE(print_one(pkt, 105, opts(""), 50) ==
            "Beacon (home) [1.0* 2.0* 5.5 11.0 Mbit] ESS, PRIVACY [|802.11]");
}

TEST_CASE("QoS data frame with LLC/SNAP and IPv4 (with -e)", "[ieee80211]") {
    const auto pkt = hex("88012c0000112233446600112233447700112233448830120500aaaa0300000008004500001c000100004011f9cf0a0000010a000002303900350008f7c8");
    REQUIRE(print_one(pkt, 105, opts("e")) ==
            "CF +QoS BSSID:00:11:22:33:44:66 SA:00:11:22:33:44:77 DA:00:11:22:33:44:88 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 10.0.0.1.12345 > 10.0.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("QoS data frame with LLC/SNAP and IPv4 (with -v)", "[ieee80211]") {
    const auto pkt = hex("88012c0000112233446600112233447700112233448830120500aaaa0300000008004500001c000100004011f9cf0a0000010a000002303900350008f7c8");
    REQUIRE(print_one(pkt, 105, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 28, bad cksum f9cf (->66ce)!)\n    10.0.0.1.12345 > 10.0.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("RTS (with -e -v)", "[ieee80211]") {
    const auto pkt = hex("b4000001001122334455001122334466");
    REQUIRE(print_one(pkt, 105, opts("ev")) ==
            "256us RA:00:11:22:33:44:55 TA:00:11:22:33:44:66 Request-To-Send");
}

TEST_CASE("RTS", "[ieee80211]") {
    const auto pkt = hex("b4000001001122334455001122334466");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Request-To-Send TA:00:11:22:33:44:66 ");
}

TEST_CASE("ACK", "[ieee80211]") {
    const auto pkt = hex("d4000000001122334455");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("block ack request (with -e)", "[ieee80211]") {
    const auto pkt = hex("8400100000112233445500112233446605003012");
    REQUIRE(print_one(pkt, 105, opts("e")) ==
            " RA:00:11:22:33:44:55 TA:00:11:22:33:44:66 CTL(5) SEQ(4656) BAR");
}

TEST_CASE("block ack request", "[ieee80211]") {
    const auto pkt = hex("8400100000112233445500112233446605003012");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "BAR RA:00:11:22:33:44:55 TA:00:11:22:33:44:66 CTL(5) SEQ(4656) ");
}

TEST_CASE("deauthentication with its reason", "[ieee80211]") {
    const auto pkt = hex("c0000000ffffffffffff00112233445500112233446630120700");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "DeAuthentication (00:11:22:33:44:55): Class 3 frame received from nonassociated STA");
}

TEST_CASE("deauthentication with its reason (with -e)", "[ieee80211]") {
    const auto pkt = hex("c0000000ffffffffffff00112233445500112233446630120700");
    REQUIRE(print_one(pkt, 105, opts("e")) ==
            "BSSID:00:11:22:33:44:66 DA:ff:ff:ff:ff:ff:ff SA:00:11:22:33:44:55 DeAuthentication: Class 3 frame received from nonassociated STA");
}

TEST_CASE("protected data frame: the IV", "[ieee80211]") {
    const auto pkt = hex("084100000011223344660011223344550011223344663012112233400000000000000000");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Data IV:332211 Pad 0 KeyID 1");
}

TEST_CASE("protected data frame: the IV (cut to 26 bytes)", "[ieee80211]") {
    const auto pkt = hex("084100000011223344660011223344550011223344663012112233400000000000000000");
    REQUIRE(print_one(pkt, 105, opts(""), 26) ==
            "Data [|802.11]");
}

TEST_CASE("QoS data with a mesh control field (with -H -e)", "[ieee80211]") {
    const auto pkt = hex("8803000000112233446600112233447700112233448830120011223344990000011fe8030000000a0b0c0d0eaaaa0300000008004500001c000100004011f9cf0a0000010a000002303900350008f7c8");
    REQUIRE(print_one(pkt, 105, opts("He")) ==
            "MeshData (AE 1 TTL 31 seq 1000 A4:00:0a:0b:0c:0d:0e) CF +QoS RA:00:11:22:33:44:66 TA:00:11:22:33:44:77 DA:00:11:22:33:44:88 SA:00:11:22:33:44:99 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype IPv4 (0x0800), length 28: 10.0.0.1.12345 > 10.0.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("QoS data with a mesh control field", "[ieee80211]") {
    const auto pkt = hex("8803000000112233446600112233447700112233448830120011223344990000011fe8030000000a0b0c0d0eaaaa0300000008004500001c000100004011f9cf0a0000010a000002303900350008f7c8");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "00:11:22:33:44:99 Unknown SSAP 0x1e > 00:11:22:33:44:88 Null Information, send seq 116, rcv seq 1, Flags [Final], length 48\n\t0x0000:  011f e803 0000 000a 0b0c 0d0e aaaa 0300  ................\n\t0x0010:  0000 0800 4500 001c 0001 0000 4011 f9cf  ....E.......@...\n\t0x0020:  0a00 0001 0a00 0002 3039 0035 0008 f7c8  ........09.5....");
}

TEST_CASE("association response: AID, privacy, status", "[ieee80211]") {
    const auto pkt = hex("10000000ffffffffffff00112233445500112233446630121100110005c0");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Assoc Response AID(5) : PRIVACY : Association denied because AP is unable to handle additional associated STAs");
}

TEST_CASE("probe request: escaped SSID and rates", "[ieee80211]") {
    const auto pkt = hex("40000000ffffffffffff001122334455001122334466301200036101620102028c");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Probe Request (a^Ab) [1.0 6.0* Mbit]");
}

TEST_CASE("reserved frame type", "[ieee80211]") {
    const auto pkt = hex("0c0000000000000000000000000000000000000000000000");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "unknown 802.11 frame type (3)");
}

TEST_CASE("Prism header then ACK", "[ieee80211]") {
    const auto pkt = hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000d4000000001122334455");
    REQUIRE(print_one(pkt, 119, opts("")) ==
            "Acknowledgment RA:00:11:22:33:44:55 ");
}

TEST_CASE("Prism header then ACK (cut to 100 bytes)", "[ieee80211]") {
    const auto pkt = hex("000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000d4000000001122334455");
    REQUIRE(print_one(pkt, 119, opts(""), 100) ==
            " [|prism]");
}

TEST_CASE("QoS data frame with LLC/SNAP and IPv4 (cut to 30 bytes)", "[ieee80211]") {
    const auto pkt = hex("88012c0000112233446600112233447700112233448830120500aaaa0300000008004500001c000100004011f9cf0a0000010a000002303900350008f7c8");
    REQUIRE(print_one(pkt, 105, opts(""), 30) ==
            " [|snap]");
}

TEST_CASE("data frame from the DS with ARP (with -e)", "[ieee80211]") {
    const auto pkt = hex("08022c000011223344770011223344550011223344663012aaaa0300000008060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 105, opts("e")) ==
            "DA:00:11:22:33:44:77 BSSID:00:11:22:33:44:55 SA:00:11:22:33:44:66 LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: oui Ethernet (0x000000), ethertype ARP (0x0806), length 28: Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("data frame from the DS with ARP", "[ieee80211]") {
    const auto pkt = hex("08022c000011223344770011223344550011223344663012aaaa0300000008060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "ARP, Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("null function frame prints nothing after -e header (with -e -v)", "[ieee80211]") {
    const auto pkt = hex("48112c000011223344770011223344550011223344663012");
    REQUIRE(print_one(pkt, 105, opts("ev")) ==
            "Pwr Mgmt 44us BSSID:00:11:22:33:44:77 SA:00:11:22:33:44:55 DA:00:11:22:33:44:66 ");
}

TEST_CASE("shared key authentication with challenge text", "[ieee80211]") {
    const auto pkt = hex("b0000000ffffffffffff0011223344550011223344663012010002000000100461626364");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Authentication (Shared Key)-2 [Challenge Text] ");
}

TEST_CASE("beacon with a 33-byte SSID is cut short", "[ieee80211]") {
    const auto pkt = hex("80000000ffffffffffff00112233445500112233446630120000000000000000640002000021787878787878787878787878787878787878787878787878787878787878787878");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Beacon IBSS [|802.11]");
}

TEST_CASE("action frame: block ack category", "[ieee80211]") {
    const auto pkt = hex("d0000000ffffffffffff001122334455001122334466301203000102");
    REQUIRE(print_one(pkt, 105, opts("")) ==
            "Action (00:11:22:33:44:55): BA ADDBA Request");
}

TEST_CASE("AVS header then probe request", "[ieee80211]") {
    const auto pkt = hex("8021100100000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000040000000ffffffffffff00112233445500112233446630120000");
    REQUIRE(print_one(pkt, 163, opts("")) ==
            "Probe Request ()");
}

TEST_CASE("AVS cookie under the Prism link type", "[ieee80211]") {
    const auto pkt = hex("8021100100000040000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000040000000ffffffffffff00112233445500112233446630120000");
    REQUIRE(print_one(pkt, 119, opts("")) ==
            "Probe Request ()");
}
