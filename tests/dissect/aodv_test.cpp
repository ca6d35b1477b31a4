// AODV (UDP 654). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
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

TEST_CASE("AODV route request", "[aodv]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003400010000401166b60a0000010a000002028e028e0020d16601000003000000110a000007000000090a00000100000004"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 24  hops 3 id 0x00000011\n"
            "\tdst 10.0.0.7 seq 9 src 10.0.0.1 seq 4");
}

TEST_CASE("AODV IPv6 route reply with hello extension", "[aodv]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd60000000003a114020010db800000000000000000000000120010db80000000000000000000000029c40028e003a7b5b0200100220010db80000000000000000000000070000000320010db8000000000000000000000001000017700104000003e8"), 1, rd::PrintOptions{}) ==
            "IP6 2001:db8::1.40000 > 2001:db8::2.654:  aodv rrep 50  prefix 16 hops 2\n"
            "\tdst 2001:db8::7 dseq 3 src 2001:db8::1 6000 ms\n"
            "\text HELLO 1000 ms");
}

TEST_CASE("AODV route error with a destination cut short", "[aodv]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002c00010000401166be0a0000010a0000029c40028e00183553038000020a000007000000090a000008"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.654:  aodv rerr [D] [items 2] [16]: {10.0.0.7}(9) [|aodv]");
}

TEST_CASE("AODV request shorter than its fixed part", "[aodv]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002600010000401166c40a0000010a0000029c40028e001241e501000003000000110a00"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.654:  aodv [|aodv]");
}

TEST_CASE("AODV unknown type", "[aodv]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500001f00010000401166cb0a0000010a0000029c40028e000b4407090000"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.654:  aodv type 9 3");
}

TEST_CASE("AODV route request with -v", "[aodv]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003400010000401166b60a0000010a000002028e028e0020d16601000003000000110a000007000000090a00000100000004"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 52)\n"
            "    10.0.0.1.654 > 10.0.0.2.654:  aodv rreq 24  hops 3 id 0x00000011\n"
            "\tdst 10.0.0.7 seq 9 src 10.0.0.1 seq 4");
}
