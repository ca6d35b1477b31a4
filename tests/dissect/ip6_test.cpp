// IPv6 header and extension headers: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("IPv6: header fields under -v, -e, -q", "[dissect][ip6]") {
    {  // traffic class and flow label (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6c01234500083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (class 0xc0, flowlabel 0x12345, hlim 64, next-header ICMPv6 (58) payload length: 8) 2001:db8::1 > 2001:db8::2: [icmp6 sum ok] ICMP6, echo request, id 1, seq 2");
    }
    {  // no class, no flow label (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header ICMPv6 (58) payload length: 8) 2001:db8::1 > 2001:db8::2: [icmp6 sum ok] ICMP6, echo request, id 1, seq 2");
    }
    {  // link header (-e)
        PrintOptions opt; opt.eflag = true;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, UINT32_MAX) ==
              "00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv6 (0x86dd), length 62: 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 1, seq 2, length 8");
    }
    {  // quick (-q)
        PrintOptions opt; opt.qflag = true;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 1, seq 2, length 8");
    }
}

TEST_CASE("IPv6: malformed headers", "[dissect][ip6]") {
    {  // header not captured
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, 53) ==
              " [|ip6]");
    }
    {  // header not captured, dump from the IPv6 header (-x)
        PrintOptions opt; opt.xflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, 34) ==
              " [|ip6]\n\t0x0000:  6000 0000 0008 3a40 2001 0db8 0000 0000\n\t0x0010:  0000 0000");
    }
    {  // version 4 in an IPv6 frame
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd4500000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 version error: 4 != 6");
    }
    {  // payload length beyond the frame (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000c83a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 truncated-ip6 - 192 bytes missing!(hlim 64, next-header ICMPv6 (58) payload length: 200) 2001:db8::1 > 2001:db8::2: ICMP6, echo request, id 1, seq 2");
    }
    {  // payload cut by the snapshot: ICMPv6 truncated (-x)
        PrintOptions opt; opt.xflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, 58) ==
              "IP6 2001:db8::1 > 2001:db8::2: ICMP6, echo request [|icmp6]\n\t0x0000:  6677 8899 aabb 0011 2233 4455 86dd 6000\n\t0x0010:  0000 0008 3a40 2001 0db8 0000 0000 0000\n\t0x0020:  0000 0000 0001 2001 0db8 0000 0000 0000\n\t0x0030:  0000 0000 0002 8000 2445");
    }
    {  // zero payload length, no extension header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000003a4020010db800000000000000000000000120010db80000000000000000000000028000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: ICMP6, length 0 (invalid)");
    }
}

TEST_CASE("IPv6: hop-by-hop options", "[dissect][ip6]") {
    {  // router alert, pad, home address, jumbo with a non-zero payload length (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000030004020010db800000000000000000000000120010db80000000000000000000000023a04000102000000050200000100c91020010db80000000000000000000000990100c204000111708000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Options (0) payload length: 48) 2001:db8::1 > 2001:db8::2: HBH (pad1)(padn)(pad1)(rtalert: 0x0000) (padn)(homeaddr: 2001:db8::99)(padn)(jumbo: 70000 - payload len != 0)  [icmp6 sum ok] ICMP6, echo request, id 1, seq 2");
    }
    {  // same without -v
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000030004020010db800000000000000000000000120010db80000000000000000000000023a04000102000000050200000100c91020010db80000000000000000000000990100c204000111708000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: HBH ICMP6, echo request, id 1, seq 2, length 8");
    }
    {  // unknown option type (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000010004020010db800000000000000000000000120010db800000000000000000000000211003e0461626364000100020008a466"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Options (0) payload length: 16) 2001:db8::1 > 2001:db8::2: HBH (opt_type 0x3e: len=4) 1 > 2: [udp sum ok] UDP, length 0");
    }
    {  // option running past the header (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000010004020010db800000000000000000000000120010db80000000000000000000000023a000109000000008000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Options (0) payload length: 16) 2001:db8::1 > 2001:db8::2: HBH  [|hbhopt]");
    }
    {  // header longer than the capture
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000018004020010db800000000000000000000000120010db80000000000000000000000023a01010c0000000000000000000000008000244500010002"), 1, opt, 62) ==
              "IP6 2001:db8::1 > 2001:db8::2:  [|hbhopt]");
    }
    {  // hop-by-hop twice
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000018004020010db800000000000000000000000120010db800000000000000000000000200000104000000003a000104000000008000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: HBH [The Hop-by-Hop Options header was already found] (invalid)");
    }
    {  // hop-by-hop after a destination options header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000183c4020010db800000000000000000000000120010db800000000000000000000000200000104000000003a000104000000008000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: DSTOPT [The Hop-by-Hop Options header don't follow the IPv6 header] (invalid)");
    }
    {  // zero payload length without a jumbo option
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000000004020010db800000000000000000000000120010db80000000000000000000000023a000104000000008000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: HBH [No valid Jumbo Payload Hop-by-Hop option found] (invalid)");
    }
}

TEST_CASE("IPv6: jumbo payload", "[dissect][ip6]") {
    {  // valid jumbo option: the payload length comes from it (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000000004020010db800000000000000000000000120010db80000000000000000000000021100c20400011170000700090008a459"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Options (0) payload length: 0) 2001:db8::1 > 2001:db8::2: HBH (jumbo: 70000)  truncated-ip6 - 69984 bytes missing!7 > 9: [udp sum ok] UDP, length 0");
    }
    {  // jumbo option in a destination options header (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103c4020010db800000000000000000000000120010db80000000000000000000000023a00c204000111708000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header unknown (60) payload length: 16) 2001:db8::1 > 2001:db8::2: DSTOPT (jumbo: 70000 - not a hop-by-hop option)  [icmp6 sum ok] ICMP6, echo request, id 1, seq 2");
    }
}

TEST_CASE("IPv6: destination options", "[dissect][ip6]") {
    {  // options shown with -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103c4020010db800000000000000000000000120010db80000000000000000000000023a000104000000008000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header unknown (60) payload length: 16) 2001:db8::1 > 2001:db8::2: DSTOPT (padn) [icmp6 sum ok] ICMP6, echo request, id 1, seq 2");
    }
    {  // not checked without -v
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103c4020010db800000000000000000000000120010db80000000000000000000000023a000109000000008000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: DSTOPT ICMP6, echo request, id 1, seq 2, length 8");
    }
}

TEST_CASE("IPv6: routing headers", "[dissect][ip6]") {
    {  // type 0
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000302b4020010db800000000000000000000000120010db80000000000000000000000023a0400020000000020010db800000000000000000000001020010db80000000000000000000000118000243600010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=0 [Deprecated], segleft=2, [0]2001:db8::10, [1]2001:db8::11) ICMP6, echo request, id 1, seq 2, length 8");
    }
    {  // type 0 with -v shows the reserved field (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000202b4020010db800000000000000000000000120010db80000000000000000000000023a0200010000000020010db80000000000000000000000108000243700010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Routing (43) payload length: 32) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=0 [Deprecated], segleft=1, rsv=0x0, [0]2001:db8::10) [icmp6 sum ok] ICMP6, echo request, id 1, seq 2");
    }
    {  // type 2 (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000202b4020010db800000000000000000000000120010db80000000000000000000000023a0202010000000020010db80000000000000000000000108000243700010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Routing (43) payload length: 32) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=2, segleft=1, rsv=0x0, [0]2001:db8::10) [icmp6 sum ok] ICMP6, echo request, id 1, seq 2");
    }
    {  // segment routing header (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000302b4020010db800000000000000000000000120010db80000000000000000000000023a0404010100000720010db800000000000000000000000320010db80000000000000000000000048000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Routing (43) payload length: 48) 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=4, segleft=1, last-entry=1, flags=0x0, tag=7, [0]2001:db8::3, [1]2001:db8::4) [bad icmp6 cksum 0x2445 -> 0x2444!] ICMP6, echo request, id 1, seq 2");
    }
    {  // unknown type
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000102b4020010db800000000000000000000000120010db80000000000000000000000023a000900000000008000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=0, type=9, segleft=0 (unknown type) (invalid)");
    }
    {  // odd length
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000302b4020010db800000000000000000000000120010db80000000000000000000000023a0300020000000020010db800000000000000000000001020010db80000000000000000000000118000243600010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=3, type=0 [Deprecated], segleft=2 (invalid length 3) (invalid)");
    }
    {  // address cut by the capture (-x)
        PrintOptions opt; opt.xflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000302b4020010db800000000000000000000000120010db80000000000000000000000023a0400020000000020010db800000000000000000000001020010db80000000000000000000000118000243600010002"), 1, opt, 82) ==
              "IP6 2001:db8::1 > 2001:db8::2: RT6 (len=4, type=0 [Deprecated], segleft=2, [0]2001:db8::10 [|rt6]\n\t0x0000:  6677 8899 aabb 0011 2233 4455 86dd 6000\n\t0x0010:  0000 0030 2b40 2001 0db8 0000 0000 0000\n\t0x0020:  0000 0000 0001 2001 0db8 0000 0000 0000\n\t0x0030:  0000 0000 0002 3a04 0002 0000 0000 2001\n\t0x0040:  0db8 0000 0000 0000 0000 0000 0010 2001\n\t0x0050:  0db8");
    }
    {  // UDP checksum uses the last address as destination (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000202b4020010db800000000000000000000000120010db8000000000000000000000002110200010000000020010db8000000000000000000000010000500060008a450"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Routing (43) payload length: 32) 2001:db8::1 > 2001:db8::2: RT6 (len=2, type=0 [Deprecated], segleft=1, rsv=0x0, [0]2001:db8::10) 5 > 6: [udp sum ok] UDP, length 0");
    }
}

TEST_CASE("IPv6: fragment header", "[dissect][ip6]") {
    {  // first fragment
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000102c4020010db800000000000000000000000120010db80000000000000000000000023a000001000012348000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: frag (0|8) ICMP6, echo request, id 1, seq 2, length 8");
    }
    {  // first fragment with -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000102c4020010db800000000000000000000000120010db80000000000000000000000023a000001000012348000244500010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Fragment (44) payload length: 16) 2001:db8::1 > 2001:db8::2: frag (0x00001234:0|8) ICMP6, echo request, id 1, seq 2");
    }
    {  // later fragment (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000182c4020010db800000000000000000000000120010db80000000000000000000000023b0003200000123478787878787878787878787878787878"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Fragment (44) payload length: 24) 2001:db8::1 > 2001:db8::2: frag (0x00001234:800|16)");
    }
    {  // nothing after the header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000082c4020010db800000000000000000000000120010db80000000000000000000000023b00000100001234"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: frag (0|0) ");
    }
    {  // header cut by the capture (-v -x)
        PrintOptions opt; opt.vflag = 1; opt.xflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000102c4020010db800000000000000000000000120010db80000000000000000000000023a000000000012348000244500010002"), 1, opt, 60) ==
              "IP6 (hlim 64, next-header Fragment (44) payload length: 16) 2001:db8::1 > 2001:db8::2:  [|frag6]\n\t0x0000:  6677 8899 aabb 0011 2233 4455 86dd 6000\n\t0x0010:  0000 0010 2c40 2001 0db8 0000 0000 0000\n\t0x0020:  0000 0000 0001 2001 0db8 0000 0000 0000\n\t0x0030:  0000 0000 0002 3a00 0000 0000");
    }
}

TEST_CASE("IPv6: mobility header", "[dissect][ip6]") {
    {  // binding update with every option (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000040874020010db800000000000000000000000120010db80000000000000000000000023b07050000000074c000000a010002020005031020010db8000000000000000000000007040400010002050a0000000000000000000020010900000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Mobility (135) payload length: 64) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=116 AH lifetime=40(padn)(refresh: 20)(alt-CoA: 2001:db8::7)(ni: ho=0x0001 co=0x0002)(auth)(type-0x20: len=1)(pad1)(pad1)(pad1)(pad1)(pad1)(pad1) [|mobility]");
    }
    {  // binding update without -v
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000040874020010db800000000000000000000000120010db80000000000000000000000023b07050000000074c000000a010002020005031020010db8000000000000000000000007040400010002050a0000000000000000000020010900000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: mobility: BU seq#=116 AH lifetime=40");
    }
    {  // binding acknowledgement, old protocol number (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103e4020010db800000000000000000000000120010db80000000000000000000000023b010600000003800009000400000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Mobile IP (old) (62) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: BA status=3 K seq#=9 lifetime=16(pad1)(pad1)(pad1) [|mobility]");
    }
    {  // binding error
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b0207000000010020010db8000000000000000000000008"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: mobility: BE status=1 homeaddr 2001:db8::8");
    }
    {  // home test with cookies (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000018874020010db800000000000000000000000120010db80000000000000000000000023b02030000000007000102030405060708090a0b0c0d0e0f"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Mobility (135) payload length: 24) 2001:db8::1 > 2001:db8::2: mobility: HoT nonce id=0x7 Home Init Cookie=00010203:04050607 Home Keygen Token=08090a0b:0c0d0e0f");
    }
    {  // care-of test init (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000010874020010db800000000000000000000000120010db80000000000000000000000023b010200000000000001020304050607"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header Mobility (135) payload length: 16) 2001:db8::1 > 2001:db8::2: mobility: CoTI Care-of Init Cookie=00010203:04050607");
    }
    {  // header length too small for the type
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000008874020010db800000000000000000000000120010db80000000000000000000000023b00030000000000"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: (header length 8 is too small for type 3) [|mobility]");
    }
    {  // unknown message type
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000008874020010db800000000000000000000000120010db80000000000000000000000023b002a0000000000"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: mobility: type-#42 len=0");
    }
    {  // option cut by the capture (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000040874020010db800000000000000000000000120010db80000000000000000000000023b07050000000074c000000a010002020005031020010db8000000000000000000000007040400010002050a0000000000000000000020010900000000000000"), 1, opt, 74) ==
              "IP6 (hlim 64, next-header Mobility (135) payload length: 64) 2001:db8::1 > 2001:db8::2: mobility: BU seq#=116 AH lifetime=40(padn)(refresh: 20) [|mobility]");
    }
}

TEST_CASE("IPv6: AH, ESP, IPComp and other payloads", "[dissect][ip6]") {
    {  // AH then UDP
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000020334020010db800000000000000000000000120010db8000000000000000000000002110400001234567800000005aaaaaaaaaaaaaaaaaaaaaaaa03e807d000080000"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: AH(spi=0x12345678,seq=0x5,icv=0xaaaaaaaaaaaaaaaaaaaaaaaa): 1000 > 2000: UDP, length 0");
    }
    {  // AH with -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000020334020010db800000000000000000000000120010db8000000000000000000000002110400001234567800000005aaaaaaaaaaaaaaaaaaaaaaaa03e807d000080000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 64, next-header AH (51) payload length: 32) 2001:db8::1 > 2001:db8::2: AH(length=4(24-bytes),spi=0x12345678,seq=0x5,icv=0xaaaaaaaaaaaaaaaaaaaaaaaa): 1000 > 2000: [bad udp cksum 0x0000 -> 0x98b1!] UDP, length 0");
    }
    {  // AH cut in the ICV
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000018334020010db800000000000000000000000120010db8000000000000000000000002110400001234567800000005aaaaaaaaaaaaaaaaaaaaaaaa"), 1, opt, 70) ==
              "IP6 2001:db8::1 > 2001:db8::2: AH(spi=0x12345678,seq=0x5,icv=0xaaaaaaaa [|ah]");
    }
    {  // ESP
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000014324020010db800000000000000000000000120010db80000000000000000000000020000010200000007111111111111111111111111"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: ESP(spi=0x00000102,seq=0x7), length 20");
    }
    {  // ESP too short
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000008324020010db800000000000000000000000120010db80000000000000000000000020000010200000007"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2:  [|esp]");
    }
    {  // IPComp
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000046c4020010db800000000000000000000000120010db800000000000000000000000211001234"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: IPComp(cpi=0x1234)");
    }
    {  // no next header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000033b4020010db800000000000000000000000120010db8000000000000000000000002616263"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: no next header");
    }
    {  // unknown protocol
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000004c84020010db800000000000000000000000120010db800000000000000000000000261626364"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2:  ip-proto-200 4");
    }
    {  // IGMP requires IPv4
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000008024020010db800000000000000000000000120010db80000000000000000000000021100eeff00000000"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: [IGMP requires IPv4] (invalid)");
    }
    {  // Ethernet over IPv6
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000368f4020010db800000000000000000000000120010db800000000000000000000000200000000000200000000000186dd6000000000003b400000000000000000000000000000000100000000000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: IP6 ::1 > ::2: no next header");
    }
    {  // IPv6 in IPv6
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd600000000030294020010db800000000000000000000000120010db80000000000000000000000026000000000083a4020010db800000000000000000000000a20010db800000000000000000000000b8000243300010002"), 1, opt, UINT32_MAX) ==
              "IP6 2001:db8::1 > 2001:db8::2: IP6 2001:db8::a > 2001:db8::b: ICMP6, echo request, id 1, seq 2, length 8");
    }
}

