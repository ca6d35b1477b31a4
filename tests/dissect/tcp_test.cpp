// TCP: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;


namespace {
// Several frames through one printing context (TCP conversations span packets).
std::string print_all(const std::vector<std::vector<uint8_t>>& frames, rd::PrintOptions opt) {
    opt.tformat = rd::TimeFormat::None;
    opt.nflag = 1;
    rd::Ctx ctx(opt);
    uint64_t n = 0;
    for (const auto& f : frames) {
        rd::PacketRef pkt;
        pkt.data = f.data();
        pkt.caplen = pkt.wirelen = static_cast<uint32_t>(f.size());
        pkt.linktype = 1;
        rd::print_packet(ctx, pkt, ++n);
    }
    return std::string(ctx.out.view());
}
}  // namespace

TEST_CASE("TCP: SYN with mss, sackOK, TS, nop, wscale", "[dissect][tcp]") {
    {  // syn
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400666b90a0000010a0000029c401f40000003e800000000a0022000245c0000020405b40402080a000030390000000001030307"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [mss 1460,sackOK,TS val 12345 ecr 0,nop,wscale 7], length 0");
    }
    {  // syn -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400666b90a0000010a0000029c401f40000003e800000000a0022000245c0000020405b40402080a000030390000000001030307"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 60)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], cksum 0x245c (correct), seq 1000, win 8192, options [mss 1460,sackOK,TS val 12345 ecr 0,nop,wscale 7], length 0");
    }
}

TEST_CASE("TCP: flags: none, all, urgent pointer", "[dissect][tcp]") {
    {  // none
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050002000bc790000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [none], win 8192, length 0");
    }
    {  // all
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050ff2000bb730007"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [FSRP.UEW], seq 1000, ack 0, win 8192, urg 7, length 0");
    }
}

TEST_CASE("TCP: relative sequence numbers per conversation, -S absolute", "[dissect][tcp]") {
    {  // handshake and data
        PrintOptions opt;
        CHECK(print_all({
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050022000bc770000"),
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000020a0000011f409c4000001388000003e950122000a8de0000"),
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e90000138950102000a8df0000"),
            hex("66778899aabb00112233445508004500002d00010000400666c80a0000010a0000029c401f40000003e900001389501820006500000068656c6c6f"),
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000020a0000011f409c4000001389000003ee50102000a8da0000")}, opt) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, length 0\nIP 10.0.0.2.8000 > 10.0.0.1.40000: Flags [S.], seq 5000, ack 1001, win 8192, length 0\nIP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 1, win 8192, length 0\nIP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [P.], seq 1:6, ack 1, win 8192, length 5\nIP 10.0.0.2.8000 > 10.0.0.1.40000: Flags [.], ack 6, win 8192, length 0\n");
    }
    {  // -S
        PrintOptions opt; opt.Sflag = true;
        CHECK(print_all({
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050022000bc770000"),
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000020a0000011f409c4000001388000003e950122000a8de0000"),
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e90000138950102000a8df0000")}, opt) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, length 0\nIP 10.0.0.2.8000 > 10.0.0.1.40000: Flags [S.], seq 5000, ack 1001, win 8192, length 0\nIP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 5001, win 8192, length 0\n");
    }
    {  // sack edges are relative
        PrintOptions opt;
        CHECK(print_all({
            hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e90000138950102000a8df0000"),
            hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e900001389801020004a8a00000101050a000013ed00001451")}, opt) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 5001, win 8192, length 0\nIP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 1, win 8192, options [nop,nop,sack 1 {101:201}], length 0\n");
    }
}

TEST_CASE("TCP: -v checksum correct and incorrect, -K", "[dissect][tcp]") {
    {  // correct
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002900010000400666cc0a0000010a0000029c401f40000003e800000000500220004476000078"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 41)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], cksum 0x4476 (correct), seq 1000:1001, win 8192, length 1");
    }
    {  // incorrect
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050022000e9220000"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 40)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], cksum 0xe922 (incorrect -> 0xbc77), seq 1000, win 8192, length 0");
    }
    {  // -K
        PrintOptions opt; opt.vflag = 1; opt.Kflag = true;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050022000e9220000"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 40)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, length 0");
    }
    {  // -vv shows seq without data
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000150102000bc680000"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 40)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], cksum 0xbc68 (correct), seq 1000, ack 1, win 8192, length 0");
    }
    {  // fragmented: no checksum
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002b00012000400646ca0a0000010a0000029c401f40000003e80000000050022000f8110000616263"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [+], proto TCP (6), length 43)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000:1003, win 8192, length 3");
    }
}

TEST_CASE("TCP: header length too short or too long, -q", "[dissect][tcp]") {
    {  // too short
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000040022000cc770000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000:  tcp 4 [bad hdr length 16 - too short, < 20]");
    }
    {  // too long
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e800000000f00220001c770000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S] [bad hdr length 60 - too long, > 20]");
    }
    {  // -q
        PrintOptions opt; opt.qflag = true;
        CHECK(print_one(hex("66778899aabb00112233445508004500002b00010000400666ca0a0000010a0000029c401f40000003e80000000050022000f8110000616263"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: tcp 3");
    }
    {  // -q too long
        PrintOptions opt; opt.qflag = true;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e800000000f00220001c770000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: tcp 4294967256 [bad hdr length 60 - too long, > 20]");
    }
}

TEST_CASE("TCP: options: sack, md5, uto, tfo, experimental, tcp-ao, unknown", "[dissect][tcp]") {
    {  // sack
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e80000000080102000864f00000101050a0000000100000002"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [nop,nop,sack 1 {2:3}], length 0");
    }
    {  // invalid sack
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003000010000400666c50a0000010a0000029c401f40000003e80000000070102000965a00000506000000000101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [sack invalid sack,nop,nop], length 0");
    }
    {  // md5
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400666b90a0000010a0000029c401f40000003e800000000a0022000201000001312000102030405060708090a0b0c0d0e0f0101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [md5 shared secret not supplied with -M, can't check - 000102030405060708090a0b0c0d0e0f,nop,nop], length 0");
    }
    {  // uto minutes
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e80000000060022000906400001c04000b"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [uto 0xb 300], length 0");
    }
    {  // tfo cookie
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e800000000800220005d500000220a00010203040506070101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [tfo  cookie 0001020304050607,nop,nop], length 0");
    }
    {  // tfo request
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e800000000600220008970000022020101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [tfo  cookiereq,nop,nop], length 0");
    }
    {  // exp tfo
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e80000000060022000b4e40000fe04f989"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [exp-tfo cookiereq], length 0");
    }
    {  // exp other
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e800000000600220009c3a0000fe041234"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [exp-1234], length 0");
    }
    {  // tcp-ao
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003000010000400666c50a0000010a0000029c401f40000003e8000000007002200006cc00001d080102aabbccdd"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [tcp-ao keyid 1 rnextkeyid 2 mac 0xaabbccdd], length 0");
    }
    {  // unknown
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e800000000600220009da100006304abcd"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [unknown-99 0xabcd], length 0");
    }
    {  // scps, echo, cc
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003800010000400666bd0a0000010a0000029c401f40000003e80000000090022000554c0000140401020606000000090b0600000100"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [scps cap 01 id 2,echo 9,cc 256], length 0");
    }
    {  // wrong length mss
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e80000000060022000a570000002030500"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [mss 1280[len 3]], length 0");
    }
}

TEST_CASE("TCP: options: malformed and truncated", "[dissect][tcp]") {
    {  // bad length
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e80000000060022000aa71000001020100"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [nop,[bad opt]]");
    }
    {  // length past header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002c00010000400666c90a0000010a0000029c401f40000003e80000000060022000a96b000002080100"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [[bad opt]");
    }
    {  // not captured
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400666b90a0000010a0000029c401f40000003e800000000a0022000245c0000020405b40402080a000030390000000001030307"), 1, opt, 64) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [mss 1460,sackOK,TS [|tcp]>");
    }
    {  // option kind not captured
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400666b90a0000010a0000029c401f40000003e800000000a0022000245c0000020405b40402080a000030390000000001030307"), 1, opt, 58) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [mss 1460, [|tcp]");
    }
}

TEST_CASE("TCP: mptcp options", "[dissect][tcp]") {
    {  // capable v1 syn
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e8000000008002200060ce00001e0c01810001020304050607"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [mptcp 12 capable v1 csum {0x1020304050607}], length 0");
    }
    {  // capable ack
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400666b90a0000010a0000029c401f40000003e800000000a0102000160100001e140000000102030405060708090a0b0c0d0e0f"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [mptcp 20 capable v0 {0x1020304050607,0x8090a0b0c0d0e0f}], length 0");
    }
    {  // join syn
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e80000000080022000514a00001e0c11050001020304050607"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [S], seq 1000, win 8192, options [mptcp 12 join backup id 5 token 0x10203 nonce 0x4050607], length 0");
    }
    {  // dss
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003c00010000400666b90a0000010a0000029c401f40000003e800000000a01020001be600001e142005000000070000000800000009000a1234"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [mptcp 20 dss ack 7 seq 8 subseq 9 len 10 csum 0x1234], length 0");
    }
    {  // add-addr
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e8000000008010200011bd00001e0a30010a0102031f900101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [mptcp 10 add-addr v1 id 1 10.1.2.3:8080,nop,nop], length 0");
    }
    {  // rem-addr, prio
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e800000000801020001fe600001e054001021e045107010101"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [mptcp 5 rem-addr id 1 2,mptcp 4 prio backup id 7,nop,nop,nop], length 0");
    }
    {  // fast-close
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c401f40000003e80000000080102000f24000001e0c70000001020304050607"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [mptcp 12 fast-close key 0x1020304050607], length 0");
    }
    {  // malformed capable
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003000010000400666c50a0000010a0000029c401f40000003e800000000701020007e5900001e08000000000000"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000: Flags [.], ack 0, win 8192, options [mptcp 8 capable[bad opt]");
    }
}

TEST_CASE("TCP: RST data with -v", "[dissect][tcp]") {
    {  // rst text
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb001122334455080045000058000100004006669d0a0000010a0000029c401f40000003e8000000005004200029ab0000636f6e6e656374696f6e20726573657401ff20627920706565722c20616e64206d6f7265207468616e20746869727479"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 88)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [R], cksum 0x29ab (correct), seq 1000:1048, win 8192, length 48 [RST+ connection reset^AM-^? by peer, an]");
    }
    {  // rst short
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500002b00010000400666ca0a0000010a0000029c401f40000003e80000000550142000f4e30000627965"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 43)\n    10.0.0.1.40000 > 10.0.0.2.8000: Flags [R.], cksum 0xf4e3 (correct), seq 1000:1003, ack 5, win 8192, length 3 [RST bye]");
    }
}

TEST_CASE("TCP: payload by port: http, ssh", "[dissect][tcp]") {
    {  // http
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500004300010000400666b20a0000010a0000029c400050000003e8000000015018200087800000474554202f20485454502f312e310d0a486f73743a20780d0a0d0a"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [P.], seq 1000:1027, ack 1, win 8192, length 27: HTTP: GET / HTTP/1.1");
    }
    {  // http -v
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500004300010000400666b20a0000010a0000029c400050000003e8000000015018200087800000474554202f20485454502f312e310d0a486f73743a20780d0a0d0a"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 67)\n    10.0.0.1.40000 > 10.0.0.2.80: Flags [P.], cksum 0x8780 (correct), seq 1000:1027, ack 1, win 8192, length 27: HTTP, length: 27\n\tGET / HTTP/1.1\n\tHost: x\n\t");
    }
    {  // ssh
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003b00010000400666ba0a0000010a00000200161f40000003e80000000150182000c6fd00005353482d322e302d4f70656e5353485f390d0a"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.22 > 10.0.0.2.8000: Flags [P.], seq 1000:1019, ack 1, win 8192, length 19: SSH: SSH-2.0-OpenSSH_9");
    }
    {  // ftp line without its ending
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003100010000400666c40a0000010a0000029c400015000003e800000001501820002c660000323230207265616479"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.21: Flags [P.], seq 1000:1009, ack 1, win 8192, length 9: FTP: 220 ready [|ftp]");
    }
    {  // ftp binary line
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500003400010000400666c10a0000010a0000029c400015000003e8000000015018200093e30000323230207265016164790d0a"), 1, opt, UINT32_MAX) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.21: Flags [P.], seq 1000:1012, ack 1, win 8192, length 12: FTP");
    }
    {  // http body continuation
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445508004500003000010000400666c50a0000010a0000029c400050000003e80000000150182000b12a00003c68746d6c3e0d0a"), 1, opt, UINT32_MAX) ==
              "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 48)\n    10.0.0.1.40000 > 10.0.0.2.80: Flags [P.], cksum 0xb12a (correct), seq 1000:1008, ack 1, win 8192, length 8: HTTP");
    }
}

TEST_CASE("TCP: truncated before the ports or the fixed header", "[dissect][tcp]") {
    {  // ports cut
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050022000bc770000"), 1, opt, 37) ==
              "IP 10.0.0.1 > 10.0.0.2: [|tcp]");
    }
    {  // header cut
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445508004500002800010000400666cd0a0000010a0000029c401f40000003e80000000050022000bc770000"), 1, opt, 46) ==
              "IP 10.0.0.1.40000 > 10.0.0.2.8000:  [|tcp]");
    }
}

