// BIND 9 lightweight resolver (UDP 921). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {
rd::PrintOptions verbose(int v) {
    rd::PrintOptions o;
    o.vflag = v;
    return o;
}
}  // namespace

TEST_CASE("lwres noop request", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003800010000401166b20a0000010a000002040103990024d3e00000001c000000000000000700000000000000030000100000010002"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres noop?");
}

TEST_CASE("lwres noop request with -vvv header fields", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003800010000401166b20a0000010a000002040103990024d3e00000001c000000000000000700000000000000030000100000010002"), 1, verbose(3)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n"
            "    10.0.0.1.1025 > 10.0.0.2.921: [udp sum ok]  lwres v0 noop? (serial:0x7 result:0x3 recvlen:4096 authtype:0x1 authlen:2)");
}

TEST_CASE("lwres getaddrsbyname request", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004a00010000401166a00a0000010a00000204010399003637470000002e000000000000000700010001000000030000100000010002000000050000000300076578616d706c6500"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres getaddrsbyname? IPv4/6 example");
}

TEST_CASE("lwres getaddrsbyname request flags with -vvv", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004a00010000401166a00a0000010a00000204010399003637390000002e000000000000000700010001000000030000100000010002000000050000001100076578616d706c6500"), 1, verbose(3)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)\n"
            "    10.0.0.1.1025 > 10.0.0.2.921: [udp sum ok]  lwres v0 getaddrsbyname? (serial:0x7 result:0x3 recvlen:4096 authtype:0x1 authlen:2) flags:0x5 IPv4[0x11] example");
}

TEST_CASE("lwres getnamebyaddr request for IPv6", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500005200010000401166980a0000010a00000204010399003e9b380000003600000000000000070001000200000003000010000001000200000005000000020010000102030405060708090a0b0c0d0e0f"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres getnamebyaddr? 1:203:405:607:809:a0b:c0d:e0f");
}

TEST_CASE("lwres getnamebyaddr request with a short IPv4 address", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004500010000401166a50a0000010a000002040103990031cf700000006400000000000000070001000200000003000010000001000200000005000000010003010203"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres getnamebyaddr? (invalid)");
}

TEST_CASE("lwres getrdatabyname request", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004600010000401166a40a0000010a000002040103990032fa500000002a00000000000000070001000300000003000010000001000200000005000303e70003666f6f00"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres getrdatabyname? Type999 CHAOS foo");
}

TEST_CASE("lwres getaddrsbyname response with aliases and addresses", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500007b000100004011666f0a0000010a00000204010399006724530000005f000000010000000700010001000000030000100000010002000000050002000300047265616c000003616c31000003616c32000000000100040908070600000002001000000000000000000000000000000000000000070002abcd"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 123)\n"
            "    10.0.0.1.1025 > 10.0.0.2.921:  lwres v0 getaddrsbyname 2/3 real al1 al2 9.8.7.6 :: 7/abcd");
}

TEST_CASE("lwres getrdatabyname response", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500005900010000401166910a0000010a000002040103990045f89f0000003d000000010000000700010003000000030000100000010002000000050001001000000e10000200010002726e0000036162630001780002797a"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 89)\n"
            "    10.0.0.1.1025 > 10.0.0.2.921: [udp sum ok]  lwres v0 getrdatabyname (serial:0x7 result:0x3 recvlen:4096) TXT TTL 1h 2/1 rn61626378797a");
}

TEST_CASE("lwres length field mismatch and extra bytes", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003800010000401166b20a0000010a000002040103990024d014000003e8000000000000000700000000000000030000100000010002"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres noop? [len: 1000 != 28][extra]");
}

TEST_CASE("lwres other version", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003a00010000401166b00a0000010a000002040103990026d2e90000000a0003000000000007000000000000000300001000000100020102"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres v3 [len: 10 != 30]");
}

TEST_CASE("lwres unknown opcode and flags", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003800010000401166b20a0000010a000002040103990024d2c60000001c000000810000000700000099000000030000100000010002"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres #0x99[0x81]");
}

TEST_CASE("lwres response alias cut by the capture", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500005600010000401166940a0000010a00000204010399004289d40000003a000000010000000700010001000000030000100000010002000000050002000200047265616c000003616c31000006616c6961733200"), 1, verbose(0), 80) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  lwres getaddrsbyname 2/2  [|lwres]");
}

TEST_CASE("lwres header cut by the capture", "[lwres]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003800010000401166b20a0000010a000002040103990024d3e00000001c000000000000000700000000000000030000100000010002"), 1, verbose(0), 60) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.921:  [|lwres]");
}
