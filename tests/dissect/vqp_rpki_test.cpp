// Cisco VQP (UDP 1589) and RPKI-Router (TCP 323). Expected strings are what tcpdump
// 4.99.3 prints (-t -n).
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
const char* kVqp =
    "00112233445500112233446608004500003800010000401166b20a0000010a000002063506350024338d010100020000123400000c"
    "0100040a00000900000c02000446613000";
const char* kRpki =
    "00112233445500112233446608004500003c00010000400666b90a0000010a00000201439c400000000100000001501820"
    "00b31600000004000000000014011820000a0102000000fde8";
}  // namespace

TEST_CASE("VQP join request without -v", "[vqp]") {
    REQUIRE(print_one(hex(kVqp), 1) ==
            "IP 10.0.0.1.1589 > 10.0.0.2.1589: VQPv1 Request, Join Port Message, error-code No error (0), length 28");
}

TEST_CASE("VQP objects at -v", "[vqp]") {
    REQUIRE(print_one(hex(kVqp), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n"
            "    10.0.0.1.1589 > 10.0.0.2.1589: \n"
            "\tVQPv1, Request, Join Port Message, error-code No error (0), seq 0x00001234, items 2, length 28\n"
            "\t  Client IP Address Object (0x00000c01), length 4, value: 10.0.0.9 (0x0a000009)\n"
            "\t  Port Name Object (0x00000c02), length 4, value: Fa0");
}

TEST_CASE("RPKI-RTR without -v", "[rpki]") {
    REQUIRE(print_one(hex(kRpki), 1) ==
            "IP 10.0.0.1.323 > 10.0.0.2.40000: Flags [P.], seq 1:21, ack 1, win 8192, length 20, RPKI-RTR");
}

TEST_CASE("RPKI-RTR IPv4 prefix at -v", "[rpki]") {
    REQUIRE(print_one(hex(kRpki), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 60)\n"
            "    10.0.0.1.323 > 10.0.0.2.40000: Flags [P.], cksum 0xb316 (correct), seq 1:21, ack 1, win 8192, "
            "length 20\n"
            "\tRPKI-RTRv0, IPV4 Prefix PDU (4), length: 20\n"
            "\t  IPv4 Prefix 10.1.2.0/24-32, origin-as 65000, flags 0x01");
}
