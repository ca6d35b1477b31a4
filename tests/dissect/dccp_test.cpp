// DCCP (IP protocol 33). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

TEST_CASE("DCCP request without -v", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000038000100004021c0a78b85d1b08b85d141cdbb138907000c1801000007b8bb92400000000020040502220401027061796c6f616421"), 1, verbose(0)) ==
            "IP 139.133.209.176.52667 > 139.133.209.65.5001: DCCP DCCP-Request (service=0) ");
}

TEST_CASE("DCCP request with -vv: checksum, sequence, feature options", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000038000100004021c0a78b85d1b08b85d141cdbb138907000c1801000007b8bb92400000000020040502220401027061796c6f616421"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 56)\n"
            "    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 0, cksum 0x0c18 (correct)) DCCP-Request (service=0) seq 33164071488 <change_l ack_ratio 2, change_r ccid 2>");
}

TEST_CASE("DCCP response with -vv: service, ack, timestamp option", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000045000100004021c09a8b85d1b08b85d141cdbb13890a00925c03000007b8bb92400000000072c5835100000007000021050102022906000000097061796c6f616421"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 69)\n"
            "    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 0, cksum 0x925c (correct)) DCCP-Response (service=7) (ack=1925546833) seq 33164071488 <nop, nop, confirm_l ccid 2 2, timestamp optlen goes past header length>");
}

TEST_CASE("DCCP DataAck with partial checksum coverage", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000040000100004021c09f8b85d1b08b85d141cdbb13890901bce109000007b8bb92400000000072c58351002603002b040046250301007061796c6f616421"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 64)\n"
            "    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 1, cksum 0xbce1 (correct)) DCCP-DataAck (ack=1925546833) seq 33164071488 <nop, ack_vector0 0x00, elapsed_time 70, ndp_count 1, nop>");
}

TEST_CASE("DCCP reset code", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000038000100004021c0a78b85d1b08b85d141cdbb138907004f0d0f000007b8bb92400000000072c58351010000007061796c6f616421"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 56)\n"
            "    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 0, cksum 0x4f0d (correct)) DCCP-Reset (code=closed) (ack=1925546833) ");
}

TEST_CASE("DCCP over IPv6 with timestamp echo", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff00112233445586dd60000000002c214020010db800000000000000000000000120010db8000000000000000000000002cdbb13890900809207000007b8bb924000000000000000052a0a000000010000000200007061796c6f616421"), 1, verbose(2)) ==
            "IP6 (hlim 64, next-header DCCP (33) payload length: 44) 2001:db8::1.52667 > 2001:db8::2.5001: DCCP (CCVal 0, CsCov 0, cksum 0x8092 (correct)) DCCP-Ack (ack=5) seq 33164071488 <timestamp_echo 1 (elapsed time 2), nop, nop>");
}

TEST_CASE("DCCP short sequence numbers, bad checksum", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000028000100004021c0b78b85d1b08b85d141cdbb138903000000040004d27061796c6f616421"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 40)\n"
            "    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 0, cksum 0x0000 (incorrect -> 0x9b65)) DCCP-Data seq 1234");
}

TEST_CASE("DCCP option length too short", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000038000100004021c0a78b85d1b08b85d141cdbb13890700281e09000007b8bb92400000000000000005240100007061796c6f616421"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 56)\n"
            "    139.133.209.176.52667 > 139.133.209.65.5001: DCCP (CCVal 0, CsCov 0, cksum 0x281e (correct)) DCCP-DataAck (ack=5) seq 33164071488 <initcookie optlen too short>");
}

TEST_CASE("DCCP header cut by the capture", "[dccp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000038000100004021c0a78b85d1b08b85d141cdbb138907000c180100"), 1, verbose(2)) ==
            "IP truncated-ip - 26 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto DCCP (33), length 56)\n"
            "     [|dccp]");
}
