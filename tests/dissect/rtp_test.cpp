// Generated expectations: the text tcpdump 4.99.3 prints for each packet.
#include <catch2/catch.hpp>

#include "ringdump/dissect/packet_types.hpp"
#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("rtp: version 2 H.261 at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    o.forced = rd::kForcedRtp;
    const auto pkt = hex("0000000000020000000000010800450000340001000040116aa5010203040506"
                 "0708138c138d00203f62809f1234deadbeef0000cafeabcd0000787878787878"
                 "7878");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
            "    1.2.3.4.5004 > 5.6.7.8.5005: udp/rtp 12 c31 * 4660 3735928559 51966 0xabcd");
}

TEST_CASE("rtp: extension header at -vv", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 2;
    o.forced = rd::kForcedRtp;
    const auto pkt = hex("0000000000020000000000010800450000340001000040116aa5010203040506"
                 "0708138c138d0020682a901f1234deadbeef0000cafe00000001000000005566"
                 "0000");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
            "    1.2.3.4.5004 > 5.6.7.8.5005: udp/rtp 12 c31 + 4660 3735928559 51966 0x5566");
}

TEST_CASE("rtp: short payload", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    o.forced = rd::kForcedRtp;
    const auto pkt = hex("0000000000020000000000010800450000200001000040116ab9010203040506"
                 "0708138c138d000c48a880000001");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n"
            "    1.2.3.4.5004 > 5.6.7.8.5005: udp/rtp, length 4 < 8");
}

TEST_CASE("rtp: truncated fixed header", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    o.forced = rd::kForcedRtp;
    const auto pkt = hex("0000000000020000000000010800450000340001000040116aa5010203040506"
                 "0708138c138d00203f62809f1234deadbeef0000cafeabcd0000787878787878"
                 "7878");
    REQUIRE(print_one(pkt, 1, o, 50) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
            "    1.2.3.4.5004 > 5.6.7.8.5005: udp/rtp 12 c31 * 4660 3735928559 [|rtp]");
}

TEST_CASE("rtcp: sender report with one block at -v", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 1;
    o.forced = rd::kForcedRtcp;
    const auto pkt = hex("00000000000200000000000108004500005c0001000040116a7d010203040506"
                 "0708138c138d0048406f81c8000c00000007000003e880000000000000050000"
                 "00060000000700000009010000050000000300000004000100000002000080ca"
                 "00010000000900000000");
    REQUIRE(print_one(pkt, 1, o) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 92)\n"
            "    1.2.3.4.5004 > 5.6.7.8.5005:  sr 7 @1000.50 5 6p 7b 9 5l 3s 4j @1.00+2.00 sdes 8 9 [|rtcp]");
}

TEST_CASE("rtcp: truncated report block", "[dissect]") {
    rd::PrintOptions o;
    o.vflag = 0;
    o.forced = rd::kForcedRtcp;
    const auto pkt = hex("0000000000020000000000010800450000500001000040116a89010203040506"
                 "0708138c138d003cc15b81c8000c00000007000003e880000000000000050000"
                 "000600000007000000090100000500000003000000040001000000020000");
    REQUIRE(print_one(pkt, 1, o, 80) ==
            "IP 1.2.3.4.5004 > 5.6.7.8.5005:  sr @1000.50 5 6p 7b [|rtcp]");
}
