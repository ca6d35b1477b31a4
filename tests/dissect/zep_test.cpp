// zep printer tests. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("ZEP v2 data carrying an 802.15.4 frame (-v)", "[zep]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004900010000401166a10a0000010a000002455a455a0035c404455802010b123400ffe87547008000000000000007000000000000000000000d418805cdabffff0100aabb9deb"), 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 73)\n"
            "    10.0.0.1.17754 > 10.0.0.2.17754: ZEPv2 Type 1, Channel ID 11, Device ID 0x1234, LQI 255, 3900000000.500000000 (2023/08/02 21:20:00), seq# = 7, inner len = 13\n"
            "\tIEEE 802.15.4 Data packet v0 seq 05 abcd:ffff < -:0001 \n"
            "\t0x0000:  aabb                                     ..");
}

TEST_CASE("ZEP v1 with CRC mode", "[zep]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003900010000401166b10a0000010a000002455a455a00256da94558010b12340100000000000000000d418805cdabffff0100aabb9deb"), 1, o) ==
            "IP 10.0.0.1.17754 > 10.0.0.2.17754: ZEPv1 Channel ID 11, Device ID 0x1234, CRC, inner len = 13\n"
            "\tIEEE 802.15.4 Data packet v0 abcd:ffff < -:0001 \n"
            "\t0x0000:  aabb                                     ..");
}

TEST_CASE("ZEP v2 ack", "[zep]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002400010000401166c60a0000010a000002455a455a001019b44558020200000009"), 1, o) ==
            "IP 10.0.0.1.17754 > 10.0.0.2.17754: ZEPv2 ACK, seq# = 9");
}

TEST_CASE("ZEP with a bad preamble", "[zep]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002400010000401166c60a0000010a000002455a455a00101db34159020200000009"), 1, o) ==
            "IP 10.0.0.1.17754 > 10.0.0.2.17754: ZEP [Preamble Code: AY] (invalid)");
}

TEST_CASE("ZEP v2 data shorter than its header", "[zep]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002600010000401166c40a0000010a000002455a455a0012dba6455802010b123400ff00"), 1, o) ==
            "IP 10.0.0.1.17754 > 10.0.0.2.17754: ZEPv2  [len 10 < 32] (invalid)");
}

TEST_CASE("ZEP v2 cut inside the timestamp", "[zep]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004900010000401166a10a0000010a000002455a455a0035c404455802010b123400ffe87547008000000000000007000000000000000000000d418805cdabffff0100aabb9deb"), 1, o, 57) ==
            "IP 10.0.0.1.17754 > 10.0.0.2.17754: ZEPv2 Type 1, Channel ID 11, Device ID 0x1234, LQI 255,  [|zep]");
}
