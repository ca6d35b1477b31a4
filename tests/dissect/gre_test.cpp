// GRE version 0 (key, IPv4 payload) and version 1 (PPTP) headers.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("version 0 with key and -v", "[gre]") {
    const auto pkt = hex("ffffffffffff00112233445508004500003000010000402f00000a0000010a000002200008000000002a4500001c00010000400100000a0000010a0000020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto GRE (47), length 48, bad cksum 0 (->669c)!)\n    10.0.0.1 > 10.0.0.2: GREv0, Flags [key present], key=0x2a, length 28\n\tIP truncated-ip - 8 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 28, bad cksum 0 (->66de)!)\n    10.0.0.1 > 10.0.0.2:  [|icmp]");
}

TEST_CASE("version 0 with key", "[gre]") {
    const auto pkt = hex("ffffffffffff00112233445508004500003000010000402f00000a0000010a000002200008000000002a4500001c00010000400100000a0000010a0000020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 10.0.0.1 > 10.0.0.2: GREv0, key=0x2a, length 28: IP truncated-ip - 8 bytes missing! 10.0.0.1 > 10.0.0.2:  [|icmp]");
}

TEST_CASE("version 1 without sequence number has no payload", "[gre]") {
    const auto pkt = hex("ffffffffffff00112233445508004500002000010000402f00000a0000010a0000022081880b0000000500000007");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 10.0.0.1 > 10.0.0.2: GREv1, call 5, ack 7, no-payload, length 12");
}
