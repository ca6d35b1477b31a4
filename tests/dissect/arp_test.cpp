// ARP, RARP, inverse ARP, Frame Relay and ATM ARP, malformed and truncated packets.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("request", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("request with -v names the hardware and protocol", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "ARP, Ethernet (len 6), IPv4 (len 4), Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("request with -e drops the ARP prefix", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:11:22:33:44:55 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: Request who-has 192.168.0.2 tell 192.168.0.1, length 28");
}

TEST_CASE("request with a known target hardware address", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040001001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Request who-has 192.168.0.2 (66:55:44:33:22:11) tell 192.168.0.1, length 28");
}

TEST_CASE("reply", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040002001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Reply 192.168.0.1 is-at 00:11:22:33:44:55, length 28");
}

TEST_CASE("reverse request and reply", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445580350001080006040003001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Reverse Request who-is 66:55:44:33:22:11 tell 00:11:22:33:44:55, length 28");
}

TEST_CASE("reverse reply", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445580350001080006040004001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Reverse Reply 66:55:44:33:22:11 at 192.168.0.2, length 28");
}

TEST_CASE("inverse request", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040008001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Inverse Request who-is 66:55:44:33:22:11 tell 00:11:22:33:44:55, length 28");
}

TEST_CASE("inverse reply", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040009001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Inverse Reply 00:11:22:33:44:55 at 192.168.0.1, length 28");
}

TEST_CASE("unknown operation dumps the ARP bytes even without -v", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040021001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Unknown (33) \n\t0x0000:  0001 0800 0604 0021 0011 2233 4455 c0a8  .......!..\"3DU..\n\t0x0010:  0001 6655 4433 2211 c0a8 0002            ..fUD3\".....");
}

TEST_CASE("unknown operation under -x still dumps", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040021001122334455c0a80001665544332211c0a80002");
    REQUIRE(print_one(pkt, 1, opts("x")) ==
            "ARP, Unknown (33) \n\t0x0000:  0001 0800 0604 0021 0011 2233 4455 c0a8  .......!..\"3DU..\n\t0x0010:  0001 6655 4433 2211 c0a8 0002            ..fUD3\".....\n\t0x0000:  0001 0800 0604 0021 0011 2233 4455 c0a8\n\t0x0010:  0001 6655 4433 2211 c0a8 0002");
}

TEST_CASE("non-IP protocol: only the header summary", "[arp]") {
    const auto pkt = hex("ffffffffffff0011223344550806000186dd06040001000000000000111111111111");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            " [|arp]");
}

TEST_CASE("zero hardware length", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080000040002c0a80001c0a80002");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "ARP, Ethernet (len 0), IPv4 (len 4), Reply 192.168.0.1 is-at <empty>, length 16");
}

TEST_CASE("other hardware address length is plain hex", "[arp]") {
    const auto pkt = hex("ffffffffffff001122334455080600070800030400020102030a0000010405060a000002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Reply 10.0.0.1 is-at 01:02:03, length 22");
}

TEST_CASE("protocol length other than 4", "[arp]") {
    const auto pkt = hex("ffffffffffff0011223344550806000108000605000100112233445501020304050000000000000102030405");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "ARP, Ethernet (len 6), IPv4 (len 5), Request who-has <wrong len> tell <wrong len>, length 30");
}

TEST_CASE("Frame Relay DLCI", "[arp]") {
    const auto pkt = hex("ffffffffffff0011223344550806000f08000204000218410a00000100000a000002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Reply 10.0.0.1 is-at DLCI 100, length 20");
}

TEST_CASE("Frame Relay: malformed Q.922 address", "[arp]") {
    const auto pkt = hex("ffffffffffff0011223344550806000f08000204000219410a00000100000a000002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Reply 10.0.0.1 is-at <Invalid DLCI>, length 20");
}

TEST_CASE("Frame Relay: address too short", "[arp]") {
    const auto pkt = hex("ffffffffffff0011223344550806000f0800030400021840400a000001000000000a000002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "ARP, Reply 10.0.0.1 is-at <Truncated>, length 23");
}

TEST_CASE("ATM ARP request", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060013080014000001040400044700000000000000000000000000000000000000c0a8000100000000c0a80002");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "ARP, ATM, IPv4 (len 4/4), Request who-has 192.168.0.2 (00:00:00:00) tell 192.168.0.1, length 44");
}

TEST_CASE("truncated inside the addresses", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 1, opts(""), 30) ==
            " [|arp]");
}

TEST_CASE("truncated in the fixed header", "[arp]") {
    const auto pkt = hex("ffffffffffff00112233445508060001080006040001001122334455c0a80001000000000000c0a80002");
    REQUIRE(print_one(pkt, 1, opts("x"), 18) ==
            " [|arp]\n\t0x0000:  ffff ffff ffff 0011 2233 4455 0806 0001\n\t0x0010:  0800");
}
