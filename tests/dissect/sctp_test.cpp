// SCTP (IP protocol 132). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

const char* kData =
    "001122334455667788990aab08004500004000010000408466370a0000010a0000021388138900000000000000000003"
    "002000000001000100020000000301000101000000100006000800000005";
}  // namespace

TEST_CASE("SCTP SACK with a gap block and a duplicate TSN at -v", "[sctp]") {
    REQUIRE(print_one(hex("001122334455667788990aab080045000038000100004084663f0a0000010a000002138813890000abcd"
                          "0000000003000018000000640000ffff0001000100020005000000c8"),
                      1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 56)\n"
            "    10.0.0.1.5000 > 10.0.0.2.5001: sctp (1) [SACK] [cum ack 100] [a_rwnd 65535] [#gap acks 1] [#dup tsns 1] \n"
            "\t\t[gap ack block #1: start = 102, end = 105] \n"
            "\t\t[dup TSN #1: 200] ");
}

TEST_CASE("SCTP INIT over IPv6 at -vv", "[sctp]") {
    REQUIRE(print_one(hex("001122334455667788990aab86dd600000000020844020010db800000000000000000000000120010db8"
                          "000000000000000000000002138813890000000000000000010000141122334400010000000a000a00000001"),
                      1, verbose(2)) ==
            "IP6 (hlim 64, next-header SCTP (132) payload length: 32) 2001:db8::1.5000 > 2001:db8::2.5001: sctp\n"
            "\t1) [INIT] [init tag: 287454020] [rwnd: 65536] [OS: 10] [MIS: 10] [init TSN: 1] ");
}

TEST_CASE("SCTP chunk list separators without -vv", "[sctp]") {
    REQUIRE(print_one(hex("001122334455667788990aab080045000028000100004084664f0a0000010a000002138813890000000000"
                          "0000000b0000040e010004"),
                      1) == "IP 10.0.0.1.5000 > 10.0.0.2.5001: sctp (1) [COOKIE ACK] , (2) [SHUTDOWN COMPLETE] ");
}

TEST_CASE("SCTP chunk length below the descriptor size", "[sctp]") {
    REQUIRE(print_one(hex("001122334455667788990aab08004500002400010000408466530a0000010a00000213881389000000000000"
                          "00000b000002"),
                      1) == "IP 10.0.0.1.5000 > 10.0.0.2.5001: sctp (1) [Bad chunk length 2, < size of chunk descriptor]");
}

TEST_CASE("SCTP DATA payload dump at -vv", "[sctp]") {
    REQUIRE(print_one(hex("001122334455667788990aab080045000038000100004084663f0a0000010a00000213881389000000000000"
                          "0000000300150000000100010002000000634142434445000000"),
                      1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 56)\n"
            "    10.0.0.1.5000 > 10.0.0.2.5001: sctp\n"
            "\t1) [DATA] (B)(E) [TSN: 1] [SID: 1] [SSEQ 2] [PPID 0x63] [Payload:\n"
            "\t0x0000:  4142 4344 45                             ABCDE]");
}

TEST_CASE("SCTP chunk cut by the capture", "[sctp]") {
    REQUIRE(print_one(hex(kData), 1, verbose(0), 60) == "IP 10.0.0.1.5000 > 10.0.0.2.5001: sctp [|sctp]");
    REQUIRE(print_one(hex(kData), 1, verbose(1), 40) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 64)\n"
            "     [|sctp]");
}
