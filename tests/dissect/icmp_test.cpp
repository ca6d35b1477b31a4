// ICMP: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("ICMP: echo request and reply", "[dissect][icmp]") {
    {  // request
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002000010000400166da0a0000010a000002080019270007000170696e67"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP echo request, id 7, seq 1, length 12");
    }
    {  // reply -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002000010000400166da0a0000010a000002000021270007000170696e67"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP echo reply, id 7, seq 1, length 12");
    }
    {  // wrong checksum -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002000010000400166da0a0000010a00000208004c720007000170696e67"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 32)\n    10.0.0.1 > 10.0.0.2: ICMP echo request, id 7, seq 1, length 12 (wrong icmp cksum 4c72 (->1927)!)");
    }
}

TEST_CASE("ICMP: unreachable with the quoted datagram", "[dissect][icmp]") {
    {  // port udp
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a00000203031125000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.9 udp port 33434 unreachable, length 40");
    }
    {  // port udp -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a00000203031125000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 60)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.9 udp port 33434 unreachable, length 40\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    10.0.0.2.5000 > 10.0.0.9.33434: UDP, length 4");
    }
    {  // port tcp -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500004400010000400166b60a0000010a00000203031122000000004500002800010000400666c50a0000020a0000091388005000000000000000005002200068000000"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 68)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.9 tcp port 80 unreachable, length 48\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 40)\n    10.0.0.2.5000 > 10.0.0.9.80: Flags [S], cksum 0x6800 (correct), seq 0, win 8192, length 0");
    }
    {  // need frag
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a00000203040b48000005dc4500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.9 unreachable - need to frag (mtu 1500), length 40");
    }
    {  // host prohibited
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a000002030a111e000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.9 unreachable - admin prohibited, length 40");
    }
    {  // unknown code
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a000002036310c5000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.9 unreachable - #99, length 40");
    }
    {  // protocol
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a00000203021126000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP 10.0.0.9 protocol 17 unreachable, length 40");
    }
}

TEST_CASE("ICMP: redirect, time exceeded, parameter problem", "[dissect][icmp]") {
    {  // redirect host
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a000002050104290a0000fe4500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP redirect 10.0.0.9 to host 10.0.0.254, length 40");
    }
    {  // redirect-tos net
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a000002050204280a0000fe4500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP redirect-tos 10.0.0.9 to net 10.0.0.254, length 40");
    }
    {  // time exceeded -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a0000020b000928000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 60)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 40\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    10.0.0.2.5000 > 10.0.0.9.33434: UDP, length 4");
    }
    {  // reassembly
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a0000020b010927000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP ip reassembly time exceeded, length 40");
    }
    {  // param problem octet
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a0000020c00f427140000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP parameter problem - octet 20, length 40");
    }
    {  // param problem code
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a0000020c01f426140000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP parameter problem - code 1, length 40");
    }
}

TEST_CASE("ICMP: timestamps, mask, router advertisement, unknown", "[dissect][icmp]") {
    {  // timestamp request
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400166d20a0000010a0000020d00f2fc00010002000000000000000000000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP time stamp query id 1 seq 2, length 20");
    }
    {  // timestamp reply
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400166d20a0000010a0000020e00c1a2000100020038cefc0000000005265bff"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP time stamp reply id 1 seq 2: org 01:02:03.004, recv 00:00:00.000, xmit 23:59:59.999, length 20");
    }
    {  // mask reply
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002000010000400166da0a0000010a0000021200eefb00010002ffffff00"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP address mask is 0xffffff00, length 12");
    }
    {  // router advertisement
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400166ce0a0000010a0000020900d9e4020207080a000001000000050a00000200000009"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30:00 2: {10.0.0.1 5} {10.0.0.2 9}, length 24");
    }
    {  // router advertisement bad size
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002400010000400166d60a0000010a0000020900f5de0103001e0000000000000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP router advertisement lifetime 30 1: [size 3], length 16");
    }
    {  // router solicitation
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500001c00010000400166de0a0000010a0000020a00f5ff00000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP router solicitation, length 8");
    }
    {  // unknown type
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500001c00010000400166de0a0000010a0000022a00d5ff00000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 10.0.0.2: ICMP type-#42, length 8");
    }
}

TEST_CASE("ICMP: multi-part extension with MPLS label stack", "[dissect][icmp]") {
    {  // time exceeded
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800450000a800010000400166520a0000010a0000020b000908002000004500002000010000401166c20a0000020a0000091388829a000c90e2616263640000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000830f0008010103e857ff"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 168)\n    10.0.0.1 > 10.0.0.2: ICMP time exceeded in-transit, length 148\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    10.0.0.2.5000 > 10.0.0.9.33434: UDP, length 4\n\tICMP Multi-Part extension v2, checksum 0x830f (correct), length 12\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16005, tc 3, [S], ttl 255");
    }
    {  // unreachable
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb0011223344550800450000a800010000400166520a0000010a00000203011107002000004500002000010000401166c20a0000020a0000091388829a000c90e2616263640000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002000830f0008010103e857ff"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 168)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.9 unreachable, length 148\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    10.0.0.2.5000 > 10.0.0.9.33434: UDP, length 4\n\tICMP Multi-Part extension v2, checksum 0x830f (correct), length 12\n\t  MPLS Stack Entry Object (1), Class-Type: 1, length 8\n\t    label 16005, tc 3, [S], ttl 255");
    }
}

TEST_CASE("ICMP: truncation: explicit checks and reads past the capture", "[dissect][icmp]") {
    {  // time exceeded without inner dst
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a0000020b000928000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, 54) ==
              "IP 10.0.0.1 > 10.0.0.2:  [|icmp]");
    }
    {  // echo without seq
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500001c00010000400166de0a0000010a0000020800f7f700070001"), 1, opt, 40) ==
              "IP 10.0.0.1 > 10.0.0.2:  [|icmp]");
    }
    {  // quoted length under 4 -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a000002030d1139000000004500000200010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 60)\n    10.0.0.1 > 10.0.0.2: ICMP host 10.0.0.9 unreachable - admin prohibited filter, length 40\n\t [|icmp]");
    }
    {  // quoted datagram cut -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400166be0a0000010a00000203031125000000004500002000010000401166c20a0000020a0000091388829a000c90e261626364"), 1, opt, 66) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto ICMP (1), length 60)\n    10.0.0.1 > 10.0.0.2: ICMP 10.0.0.9 udp port 33434 unreachable, length 40\n\tIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    10.0.0.2.5000 > 10.0.0.9.33434:  [|udp]");
    }
}

