// DECnet Phase IV over Ethernet II. Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include <cstdint>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("router hello", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b04600312000b154d08dc");
    REQUIRE(print_one(pkt, 1, opts(""), UINT32_MAX, 34) ==
            "router-hello  [|decnet]");
}

TEST_CASE("endnode hello", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b04600320000d1dd3e2ca0a303dc9fc966b291d732aae3d28bed81a6fe9f660cef88ae8d14b");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "endnode-hello l1rout verif vers 29 eco 211 ueco 226 src 63.201 blksize 10603 rtr 62.206 hello 59530 data 113");
}

TEST_CASE("level 1 routing segments", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b0460030c00077a5f850500c403d1661a56");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "lev-1-routing src 23.890 {ids 964-969 cost 209 hops 25} ");
}

TEST_CASE("data segment at -v", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b04600319000ac275f34aed60d6ea8eec37c37c99a58ad4e9ab304d4896f9");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "18.755 > 29.450 25 RQR 46 hops data 60558>60118 ack 823 oack 2428 seg 2725 ");
}

TEST_CASE("connect initiate", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b04600322000ed0aa61fae1a2ea02507686b6e8e277a62dd0180438ba919b62369362b620a6029c");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "41.631 > 0.746 34 disconn-initiate 25243>37306 reason-37686 optlen 98 ");
}

TEST_CASE("packet length below the short header", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b046003040003411e7e");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            " (pktlen 4 < 6) (invalid)");
}

TEST_CASE("NSP header cut by the length", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b046003160006450d8778e3bda4355b98701c56e651df61efa763143ad1b9702f0bcdbd26db");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "55.849 > 13.420 22  (nsplen 1 < 5) (invalid)");
}

TEST_CASE("NSP truncated by the capture", "[decnet]") {
    const auto pkt = hex("aa0004000a04aa0004000b04600310003afc826f8ff300be74d6c03fc9eb");
    REQUIRE(print_one(pkt, 1, opts(""), UINT32_MAX, 32) ==
            "35.879 > 32.764 16 data 49366>29886 ack 2367  [|decnet]");
}

