// Cisco IGRP (IP protocol 9). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
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

TEST_CASE("IGRP update with interior, system and exterior routes", "[igrp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004a00010000400966a80a0000010a0000021103006400010001000112340a01020007d00003e805dcff01020b000000006400000005dcff01020c0000ffffffffffff05dcff0102"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1 > 10.0.0.2: igrp: update V1 edit=3 AS=100 (1/1/1) *.10.1.2 d=20000 b=10000 r=255 l=1 M=3000 mtu=1500 in 2 hops 11.0.0.0 d=1000 b=0 r=255 l=1 M=100 mtu=1500 in 2 hops X12.0.0.0 d=167772150 b=0 r=255 l=1 M=16777215 mtu=1500 in 2 hops");
}

TEST_CASE("IGRP checksum shown with -v", "[igrp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004a00010000400966a80a0000010a0000021103006400010001000112340a01020007d00003e805dcff01020b000000006400000005dcff01020c0000ffffffffffff05dcff0102"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IGRP (9), length 74)\n"
            "    10.0.0.1 > 10.0.0.2: igrp: update V1 edit=3 AS=100 (1/1/1) checksum=0x1234 *.10.1.2 d=20000 b=10000 r=255 l=1 M=3000 mtu=1500 in 2 hops 11.0.0.0 d=1000 b=0 r=255 l=1 M=100 mtu=1500 in 2 hops X12.0.0.0 d=167772150 b=0 r=255 l=1 M=16777215 mtu=1500 in 2 hops");
}

TEST_CASE("IGRP route cut by the capture", "[igrp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004a00010000400966a80a0000010a0000021103006400010001000112340a01020007d00003e805dcff01020b000000006400000005dcff01020c0000ffffffffffff05dcff0102"), 1, rd::PrintOptions{}, 68) ==
            "IP 10.0.0.1 > 10.0.0.2: igrp: update V1 edit=3 AS=100 (1/1/1) *.10.1.2 d=20000 b=10000 r=255 l=1 M=3000 mtu=1500 in 2 hops 11.0.0.0 [|igrp]");
}

TEST_CASE("IGRP counts larger than the routes present", "[igrp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002e00010000400966c40a0000010a00000212000001000300000000000001020300000100000105dcff0102"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1 > 10.0.0.2: igrp: request V1 edit=0 AS=1 (3/0/0) *.1.2.3 d=10 b=10000000 r=255 l=1 M=2 mtu=1500 in 2 hops (invalid)");
}

TEST_CASE("IGRP extra bytes after the routes", "[igrp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002e00010000400966c40a0000010a0000021200000100000000000000000000000000000000000000000000"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1 > 10.0.0.2: igrp: request V1 edit=0 AS=1 (0/0/0) [extra bytes 14] (invalid)");
}
