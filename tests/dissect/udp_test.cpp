// UDP: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("UDP: generic text", "[dissect][udp]") {
    {  // plain
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999: UDP, length 5");
    }
    {  // -q
        PrintOptions opt; opt.qflag = true;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999: UDP, length 5");
    }
    {  // -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n    10.0.0.1.40000 > 10.0.0.2.9999: UDP, length 5");
    }
}

TEST_CASE("UDP: -vv checksum: ok, bad, none", "[dissect][udp]") {
    {  // ok
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n    10.0.0.1.40000 > 10.0.0.2.9999: [udp sum ok] UDP, length 5");
    }
    {  // bad
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000db1fa68656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n    10.0.0.1.40000 > 10.0.0.2.9999: [bad udp cksum 0xb1fa -> 0xe4af!] UDP, length 5");
    }
    {  // none
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000d000068656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n    10.0.0.1.40000 > 10.0.0.2.9999: [no cksum] UDP, length 5");
    }
    {  // -K
        PrintOptions opt; opt.vflag = 2; opt.Kflag = true;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000db1fa68656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n    10.0.0.1.40000 > 10.0.0.2.9999: UDP, length 5");
    }
    {  // fragment
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100012000401146c90a0000010a0000029c40270f000db1fa68656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [+], proto UDP (17), length 33)\n    10.0.0.1.40000 > 10.0.0.2.9999: UDP, length 5");
    }
}

TEST_CASE("UDP: length field checks", "[dissect][udp]") {
    {  // bad length
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f0028e49468656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999: UDP, bad length 32 > 5");
    }
    {  // shorter than the IP payload
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000ae4b268656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999: UDP, length 2");
    }
    {  // truncated-udplength
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f0005e4b768656c6c6f"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999: truncated-udplength 5");
    }
    {  // truncated-udp
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500001900010000401166d10a0000010a0000029c40270f00"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999: truncated-udp 5");
    }
}

TEST_CASE("UDP: truncated capture", "[dissect][udp]") {
    {  // ports cut
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, 36) ==
              "IP 10.0.0.1 > 10.0.0.2:  [|udp]");
    }
    {  // length cut
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, 39) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999:  [|udp]");
    }
    {  // header cut
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, 41) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.9999:  [|udp]");
    }
    {  // payload cut -vv
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a0000029c40270f000de4af68656c6c6f"), 1, opt, 43) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 33)\n    10.0.0.1.40000 > 10.0.0.2.9999: UDP, length 5");
    }
}

TEST_CASE("UDP: payload by port: sip", "[dissect][udp]") {
    {  // sip
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000401166ae0a0000010a0000029c4013c4002889dd494e56495445207369703a614062205349502f322e300d0a5669613a20780d0a"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.5060: SIP: INVITE sip:a@b SIP/2.0");
    }
    {  // sip -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000401166ae0a0000010a0000029c4013c4002889dd494e56495445207369703a614062205349502f322e300d0a5669613a20780d0a"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    10.0.0.1.40000 > 10.0.0.2.5060: SIP, length: 32\n\tINVITE sip:a@b SIP/2.0\n\tVia: x");
    }
}

