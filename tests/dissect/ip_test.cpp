// IPv4: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("IPv4: unknown protocol: generic ip-proto text", "[dissect][ip]") {
    {  // proto 200
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c8661b0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // proto 200 -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c8661b0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 24)\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
}

TEST_CASE("IPv4: -v header: ECN, flags, ttl 0 hidden", "[dissect][ip]") {
    {  // tos 0x7f CE DF
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800457f00180001400040c8259c0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x7f,CE, ttl 64, id 1, offset 0, flags [DF], proto unknown (200), length 24)\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // ECT(0), rsvd+MF
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800450200180001a00000c806190a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x2,ECT(0), id 1, offset 0, flags [+, rsvd], proto unknown (200), length 24)\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // ECT(1)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800450100180001000040c8661a0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x1,ECT(1), ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 24)\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
}

TEST_CASE("IPv4: -v header: bad header checksum", "[dissect][ip]") {
    {  // bad cksum
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c812340a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 24, bad cksum 1234 (->661b)!)\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // -K hides it
        PrintOptions opt; opt.vflag = 1; opt.Kflag = true;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c812340a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 24)\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
}

TEST_CASE("IPv4: options: RR, LSRR, timestamp, RA, security, NOP/EOL", "[dissect][ip]") {
    {  // RR
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800480000240001000040c83ff40a0000010a000002070b0801020304050607080061626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 36, options (RR 1.2.3.4, 5.6.7.8,EOL))\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // LSRR bad ptr
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800470000200001000040c8cdf90a0000010a000002830701090909090061626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 32, options (LSRR [bad ptr 1] 9.9.9.9,EOL))\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // TS+ADDR
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800480000240001000040c80b0e0a0000010a000002440c0d2101010101000004d261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 36, options (timestamp TS{TS+ADDR 1234@1.1.1.1 ^  [2 hops not recorded]} ))\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // TSONLY
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800470000200001000040c81aa80a0000010a000002440805000000006361626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 32, options (timestamp TS{TSONLY ^ 99@}))\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // RA, NOP, EOL
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800470000200001000040c8cf0d0a0000010a000002940400010100000061626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 32, options (RA value 1,NOP,EOL))\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // security, unknown
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800470000200001000040c8190a0a0000010a00000282040000c904000061626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 32, options (security,unknown 201))\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
    {  // bad option length
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004600001c0001000040c85e160a0000010a0000020701000061626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 28, options (RR [bad length 1]))\n    10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
}

TEST_CASE("IPv4: options: cut short by the capture", "[dissect][ip]") {
    {  // RR not captured
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800480000240001000040c858040a0000010a000002070b0400000000000000000061626364"), 1, opt, 40) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (200), length 36, options (RR [truncated-option]))\n    10.0.0.1 > 10.0.0.2:  [|ip]");
    }
}

TEST_CASE("IPv4: fragments", "[dissect][ip]") {
    {  // later fragment
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb001122334455080045000018000100b9401166190a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ip-proto-17");
    }
    {  // later fragment -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb001122334455080045000018000120b9400646240a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 1480, flags [+], proto TCP (6), length 24)\n    10.0.0.1 > 10.0.0.2: ip-proto-6");
    }
}

TEST_CASE("IPv4: bad version, header length, total length", "[dissect][ip]") {
    {  // version 7
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb0011223344550800750000180001000040c8361b0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP7 (invalid)");
    }
    {  // version 6 in IPv4 type
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb0011223344550800650000180001000040c8461b0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP6, wrong link-layer encapsulation (invalid)");
    }
    {  // hlen 16
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb0011223344550800440000180001000040c8671b0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP bad-hlen 16");
    }
    {  // total length < header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500000c0001000040c866270a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP bad-len 12");
    }
    {  // bytes missing
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c0001000040c865f70a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP truncated-ip - 36 bytes missing! 10.0.0.1 > 10.0.0.2:  ip-proto-200 40");
    }
}

TEST_CASE("IPv4: truncated header and payload", "[dissect][ip]") {
    {  // 10 bytes of header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c8661b0a0000010a00000261626364"), 1, opt, 24) ==
              "IP  [|ip]");
    }
    {  // nothing after link layer
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c8661b0a0000010a00000261626364"), 1, opt, 14) ==
              " [|ip]");
    }
    {  // remaining caplen < header length
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004600001c0001000040c863160a0000010a0000020101010061626364"), 1, opt, 36) ==
              "IP 10.0.0.1 > 10.0.0.2:  [remaining caplen(22) < header length(24)] [|ip]");
    }
}

TEST_CASE("IPv4: -e: no IP prefix", "[dissect][ip]") {
    {  // -e
        PrintOptions opt; opt.eflag = true;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c8661b0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 38: 10.0.0.1 > 10.0.0.2:  ip-proto-200 4");
    }
}

TEST_CASE("IPv4: IP in IP", "[dissect][ip]") {
    {  // ipip
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400466cb0a0000010a000002450000180001000040c9661a0a0000010a00000261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto IPIP (4), length 44)\n    10.0.0.1 > 10.0.0.2: IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto unknown (201), length 24)\n    10.0.0.1 > 10.0.0.2:  ip-proto-201 4");
    }
}

TEST_CASE("IPv4: -x dump after a truncation shows the frame", "[dissect][ip]") {
    {  // -x
        PrintOptions opt; opt.xflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800450000180001000040c8661b0a0000010a00000261626364"), 1, opt, 30) ==
              "IP  [|ip]\n\t0x0000:  4500 0018 0001 0000 40c8 661b 0a00 0001");
    }
}

