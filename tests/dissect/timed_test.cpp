// BSD timed (UDP 525). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
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

TEST_CASE("timed SETTIME with time and name", "[timed]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002e00010000401166bc0a0000010a0000029c40020d001a369c05010007000003e8000000fa686f73743100"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.525: TSP_SETTIME vers 1 seq 7 time 1000.000250 name host1");
}

TEST_CASE("timed LOOP hop count", "[timed]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002d00010000401166bd0a0000010a0000029c40020d001956831801000803000000000000006c6f6f7000"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.525: TSP_LOOP vers 1 seq 8 hopcnt 3 name loop");
}

TEST_CASE("timed negative time", "[timed]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002a00010000401166c00a0000010a0000029c40020d0016de6301010009fffffffe000000056e00"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.525: TSP_ADJTIME vers 1 seq 9 time -1.999995 name n");
}

TEST_CASE("timed unknown type, name cut by the capture", "[timed]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002b00010000401166bf0a0000010a0000029c40020d001728ad303030300000000000000000616263"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.40000 > 10.0.0.2.525: (tsp_type 0x30) vers 48 seq 12336 name abc [|timed]");
}

TEST_CASE("timed with -v shows the IP header too", "[timed]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002e00010000401166bc0a0000010a0000029c40020d001a369c05010007000003e8000000fa686f73743100"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 46)\n"
            "    10.0.0.1.40000 > 10.0.0.2.525: TSP_SETTIME vers 1 seq 7 time 1000.000250 name host1");
}
