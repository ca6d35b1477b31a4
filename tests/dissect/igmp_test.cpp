// IGMP, DVMRP, PIMv1, mtrace: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("IGMP: queries", "[dissect][igmp]") {
    {  // v1 query
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011100eeff00000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v1");
    }
    {  // v2 general query
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011164ee9b00000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v2");
    }
    {  // v2 group query with max response time
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e0000001110afdf0ef010203"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v2 [max resp time 10] [gaddr 239.1.2.3]");
    }
    {  // query of odd length
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001e000100000102cfdb0a000001e0000001110afdf0ef0102030000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v2 [max resp time 10] [gaddr 239.1.2.3] [len 10]");
    }
    {  // v3 general query
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000020000100000102cfd90a000001e00000011164ec1e00000000027d0000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v3");
    }
    {  // v3 query, exponential max response time
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000020000100000102cfd90a000001e000000111ffeb8300000000027d0000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v3 [max resp time 52m54s]");
    }
    {  // v3 group and source query (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e000001001122334455080045000028000100000102cfd10a000001e0000001110ae56cef010203027d00020a0101010a010102"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    10.0.0.1 > 224.0.0.1: igmp query v3 [max resp time 1.0s] [gaddr 239.1.2.3, 2 source(s)]");
    }
    {  // v3 sources listed (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("01005e000001001122334455080045000028000100000102cfd10a000001e0000001110ae56cef010203027d00020a0101010a010102"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 40)\n    10.0.0.1 > 224.0.0.1: igmp query v3 [max resp time 1.0s] [gaddr 239.1.2.3 { 10.1.1.1 10.1.1.2 }]");
    }
    {  // v3 bad length
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000022000100000102cfd70a000001e0000001110afb73ef010203027d00000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v3 [invalid len 14]");
    }
    {  // v3 too many sources
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000024000100000102cfd50a000001e0000001110af068ef010203027d00090a010101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp query v3 [max resp time 1.0s] [gaddr 239.1.2.3 [invalid number of sources]]");
    }
}

TEST_CASE("IGMP: reports and leave", "[dissect][igmp]") {
    {  // v1 report
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011200fcfaef010203"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp v1 report 239.1.2.3");
    }
    {  // v2 report
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011600f8faef010203"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp v2 report 239.1.2.3");
    }
    {  // leave
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011700f7faef010203"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp leave 239.1.2.3");
    }
    {  // v3 report
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000034000100000102cfc50a000001e00000012200dee90000000202000002ef0101010a0000050a00000609000000ef010102"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp v3 report, 2 group record(s)");
    }
    {  // v3 report -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e000001001122334455080045000034000100000102cfc50a000001e00000012200dee90000000202000002ef0101010a0000050a00000609000000ef010102"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 52)\n    10.0.0.1 > 224.0.0.1: igmp v3 report, 2 group record(s) [gaddr 239.1.1.1 is_ex, 2 source(s)] [gaddr 239.1.1.2  [v3-report-#9], 0 source(s)]");
    }
    {  // v3 report -vv (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("01005e000001001122334455080045000034000100000102cfc50a000001e00000012200dee90000000202000002ef0101010a0000050a00000609000000ef010102"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 52)\n    10.0.0.1 > 224.0.0.1: igmp v3 report, 2 group record(s) [gaddr 239.1.1.1 is_ex { 10.0.0.5 10.0.0.6 }] [gaddr 239.1.1.2  [v3-report-#9] { }]");
    }
    {  // v3 report, too many groups (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e000001001122334455080045000034000100000102cfc50a000001e00000012200dee80000000302000002ef0101010a0000050a00000609000000ef010102"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 52)\n    10.0.0.1 > 224.0.0.1: igmp v3 report, 3 group record(s) [gaddr 239.1.1.1 is_ex, 2 source(s)] [gaddr 239.1.1.2  [v3-report-#9], 0 source(s)] [invalid number of groups]");
    }
    {  // bad checksum (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e000000116000000ef010203"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 28)\n    10.0.0.1 > 224.0.0.1: igmp v2 report 239.1.2.3 bad igmp cksum 0!");
    }
    {  // quick output (-q)
        PrintOptions opt; opt.qflag = true;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011600f8faef010203"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp");
    }
    {  // unknown type
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000013300dbfaef010203"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp-51");
    }
    {  // group address cut (-x)
        PrintOptions opt; opt.xflag = 1;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011600f8faef010203"), 1, opt, 40) ==
              "IP 10.0.0.1 > 224.0.0.1:  [|igmp]\n\t0x0000:  0100 5e00 0001 0011 2233 4455 0800 4500\n\t0x0010:  001c 0001 0000 0102 cfdd 0a00 0001 e000\n\t0x0020:  0001 1600 f8fa ef01");
    }
}

TEST_CASE("IGMP: mtrace", "[dissect][igmp]") {
    {  // query
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500002c000100000102cfcd0a000001e00000011f0748b9ef010101ac102801ac101401ac10280140000007"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: mtrace 7: 172.16.40.1 to 172.16.20.1 reply-to 172.16.40.1");
    }
    {  // response to a multicast address
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500002c000100000102cfcd0a000001e00000011e073caaef010101ac102801ac101401e000012040000007"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: mresp 7: 172.16.40.1 to 172.16.20.1 reply-to 224.0.1.32 with-ttl 64");
    }
    {  // too short
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000020000100000102cfd90a000001e00000011f071ce4ef010101ac102801"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1:  [invalid len 12]");
    }
}

TEST_CASE("IGMP: DVMRP", "[dissect][igmp]") {
    {  // probe (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e000001001122334455080045000024000100000102cfd50a000001e00000011301e2f000000000000000050a000009"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 36)\n    10.0.0.1 > 224.0.0.1: igmp dvmrp Probe genid 5");
    }
    {  // probe -vv lists neighbours (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("01005e000001001122334455080045000024000100000102cfd50a000001e00000011301e2f000000000000000050a000009"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 36)\n    10.0.0.1 > 224.0.0.1: igmp dvmrp Probe\n\tgenid 5\n\tneighbor 10.0.0.9");
    }
    {  // report -vv (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("01005e000001001122334455080045000022000100000102cfd70a000001e00000011302eb6e00000000ffff000a0185"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 34)\n    10.0.0.1 > 224.0.0.1: igmp dvmrp Report\n\tMask 255.255.255.0\n\t  [Truncated Report] (invalid)");
    }
    {  // ask neighbours
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500001c000100000102cfdd0a000001e00000011305ecfa00000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp dvmrp Ask-neighbors2");
    }
    {  // neighbours
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000027000100000102cfd20a000001e00000011304dfed000000000a0000020102010a000001"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp dvmrp Neighbors(old) [10.0.0.2 -> 10.0.0.1, (1/2)]");
    }
    {  // neighbours2
        PrintOptions opt;
        CHECK(print_one(hex("01005e00000100112233445508004500002c000100000102cfcd0a000001e0000001130689e50000040c0a000002010040020a0000010a000003"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp dvmrp Neighbors2 (v 12.4): [10.0.0.2 -> 10.0.0.1 (1/0/querier)] [10.0.0.2 -> 10.0.0.3 (1/0/querier)]");
    }
    {  // neighbours2 with a bad count
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000028000100000102cfd10a000001e00000011306d3e70000040c0a000002010000030a000001"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp dvmrp Neighbors2 (v 12.4): [10.0.0.2 -> 10.0.0.1 (1/0)] [invalid ncount] (invalid)");
    }
    {  // prune
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000028000100000102cfd10a000001e00000011307e3e3000000000a010101ef01010100000e10"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp dvmrp Prune src 10.1.1.1 grp 239.1.1.1 timer 1h");
    }
    {  // graft
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000024000100000102cfd50a000001e00000011308f1f2000000000a010101ef010101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp dvmrp Graft src 10.1.1.1 grp 239.1.1.1");
    }
    {  // too short
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000016000100000102cfe30a000001e00000011308"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp dvmrp [len 2]");
    }
}

TEST_CASE("IGMP: PIMv1", "[dissect][igmp]") {
    {  // query (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e000001001122334455080045000020000100000102cfd90a000001e00000011400cb961000000010000069"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 32)\n    10.0.0.1 > 224.0.0.1: igmp pimv1 Query Sparse-mode (Hold-time 1m45s)");
    }
    {  // register
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000030000100000102cfc90a000001e00000011401dbfe100000004500001400010000400087e301010101ef020202"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp pimv1 Register for 1.1.1.1 > 239.2.2.2");
    }
    {  // register-stop
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000024000100000102cfd50a000001e00000011402e8f61000000001010101ef020202"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp pimv1 Register-Stop for 1.1.1.1 > 239.2.2.2");
    }
    {  // assert
        PrintOptions opt;
        CHECK(print_one(hex("01005e000001001122334455080045000030000100000102cfc90a000001e0000001140560e010000000ef010101ffffffff0a0101018000000100000014"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1 > 224.0.0.1: igmp pimv1 Assert for 10.1.1.1 > 239.1.1.1 RP-tree pref 1 metric 20");
    }
    {  // join/prune, one line (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e00000100112233445508004500003a000100000102cfbf0a000001e00000011403d518100000000a000009000000b400000001ef010101ffffffff0001000001200a010101"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 58)\n    10.0.0.1 > 224.0.0.1: igmp pimv1 Join/Prune RPF 10.0.0.9 Join (10.1.1.1/32, 239.1.1.1) Sparse SPT");
    }
    {  // RP reachable (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("01005e00000100112233445508004500002c000100000102cfcd0a000001e00000011404c98b20000000ef010101ffffff000a0909090000005a"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 1, id 1, offset 0, flags [none], proto IGMP (2), length 44)\n    10.0.0.1 > 224.0.0.1: igmp pimv1 RP-reachable group 239.1.1.1/255.255.255.0 RP 10.9.9.9 hold 1m30s [v2]");
    }
}

