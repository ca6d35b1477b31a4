// AFS RX (UDP 7000-7009). Expected strings are what tcpdump 4.99.3 prints (-t -n);
// replies are decoded only after their call was seen in the same run.
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

namespace {
// Packets printed one after the other in one run (the call table carries over).
std::string print_run(const std::vector<std::vector<uint8_t>>& pkts, rd::PrintOptions opt) {
    opt.tformat = rd::TimeFormat::None;
    opt.nflag = 1;
    rd::Ctx ctx(opt);
    for (const auto& b : pkts) {
        rd::PacketRef pkt;
        pkt.data = b.data();
        pkt.caplen = static_cast<uint32_t>(b.size());
        pkt.wirelen = static_cast<uint32_t>(b.size());
        pkt.linktype = 1;
        rd::print_packet(ctx, pkt, 1);
    }
    return std::string(ctx.out.view());
}
}  // namespace

TEST_CASE("RX: fs makedir call", "[rx]") {
    const auto pkt = hex(
        "00000000000200000000000108004500006c000100004011667e0a0000010a0000021b591b5800589b87380000000000"
        "123400000007000000010000000501010002000000010000008d000000010000000200000003000000066e6577646972"
        "000000000009386d43800000000000000005000001ed00000000");
    REQUIRE(print_one(pkt, 1, opts(0)) ==
            "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call makedir fid 1/2/3 \"newdir\" StoreStatus date 2000/01/01 00:00:00 mode 755 (80)");
}

TEST_CASE("RX: fs makedir call at -vvv", "[rx]") {
    const auto pkt = hex(
        "00000000000200000000000108004500006c000100004011667e0a0000010a0000021b591b5800589b87380000000000"
        "123400000007000000010000000501010002000000010000008d000000010000000200000003000000066e6577646972"
        "000000000009386d43800000000000000005000001ed00000000");
    REQUIRE(print_one(pkt, 1, opts(3)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 108)\n    10.0.0.1.7001 > 10.0.0.2.7000: [udp sum ok]  rx data cid 00001234 call# 7 seq 1 ser 5 secindex 2 serviceid 1 <client-init> fs call makedir fid 1/2/3 \"newdir\" StoreStatus date 2000/01/01 00:00:00 mode 755 (80)");
}

TEST_CASE("RX: ack ranges and trailer at -vv", "[rx]") {
    const auto pkt = hex(
        "00000000000200000000000108004500005b000100004011668f0a0000010a0000021b591b5800471cf6380000000000"
        "12340000000800000000000000050200000200000001000500020000000a000000000000004d01060101000101010000"
        "00000005a4000005a4");
    REQUIRE(print_one(pkt, 1, opts(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 91)\n    10.0.0.1.7001 > 10.0.0.2.7000: [udp sum ok]  rx ack cid 00001234 call# 8 seq 0 ser 5 first 10 serial 77 reason ack requested acked 10-11,13-15 nacked 12 ifmtu 1444 maxmtu 1444 (63)");
}

TEST_CASE("RX: ubik lock call missing its last field", "[rx]") {
    const auto pkt = hex(
        "00000000000200000000000108004500004c000100004011669e0a0000010a00000207001b5b00382f4b380000000000"
        "1234000000090000000100000005010100020000000100004e2200000064000000050000000100000002");
    REQUIRE(print_one(pkt, 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.1792 > 10.0.0.2.7003:  rx data seq 1 ser 5 vldb ubik call disk-lock tid 100.5 file 1 pos 2 length [|rx]");
}

TEST_CASE("RX: ubik lock call cut inside the tid", "[rx]") {
    const auto pkt = hex(
        "00000000000200000000000108004500004c000100004011669e0a0000010a00000207001b5b00382f4b380000000000"
        "1234000000090000000100000005010100020000000100004e2200000064000000050000000100000002");
    REQUIRE(print_one(pkt, 1, opts(0), 80) ==
            "IP 10.0.0.1.1792 > 10.0.0.2.7003:  rx data vldb ubik call disk-lock tid [|ubik] (48)");
}

TEST_CASE("RX: string longer than its maximum", "[rx]") {
    const auto pkt = hex(
        "00000000000200000000000108004500005400010000401166960a0000010a0000021b591b58004085d6380000000000"
        "12340000000a00000001000000050101000200000001000000880000000100000002000000030000012c787878787878"
        "7878");
    REQUIRE(print_one(pkt, 1, opts(0)) ==
            "IP 10.0.0.1.7001 > 10.0.0.2.7000:  rx data fs call remove-file fid 1/2/3 [|fs] (56)");
}

TEST_CASE("RX: reply without its call", "[rx]") {
    const auto pkt = hex(
        "00000000000200000000000108004500004400010000401166a60a0000020a0000011b581b5900306927380000000000"
        "12340000000700000001000000050104000200000001000000010000006300000007");
    REQUIRE(print_one(pkt, 1, opts(0)) ==
            "IP 10.0.0.2.7000 > 10.0.0.1.7001:  rx data (40)");
}

TEST_CASE("RX: makedir reply matched to its call", "[rx]") {
    const std::vector<std::vector<uint8_t>> pkts = {
        hex("00000000000200000000000108004500006c000100004011667e0a0000010a0000021b591b5800589b87380000000000"
            "123400000007000000010000000501010002000000010000008d000000010000000200000003000000066e6577646972"
            "000000000009386d43800000000000000005000001ed00000000"),
        hex("00000000000200000000000108004500004400010000401166a60a0000020a0000011b581b5900306927380000000000"
            "12340000000700000001000000050104000200000001000000010000006300000007"),
        hex("00000000000200000000000108004500003c00010000401166ae0a0000020a0000011b581b5900286709380000000000"
            "12340000000700000001000000050400000200000001ffffff9c"),
    };
    REQUIRE(print_run(pkts, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 108)\n    10.0.0.1.7001 > 10.0.0.2.7000:  rx data seq 1 ser 5 fs call makedir fid 1/2/3 \"newdir\" StoreStatus date 2000/01/01 00:00:00 mode 755 (80)\nIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n    10.0.0.2.7000 > 10.0.0.1.7001:  rx data seq 1 ser 5 fs reply makedir new fid 1/99/7 (40)\nIP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n    10.0.0.2.7000 > 10.0.0.1.7001:  rx abort seq 1 ser 5 fs reply makedir error restarting fileserver (32)\n");
}

TEST_CASE("RX: vldb reply matched to its call", "[rx]") {
    const std::vector<std::vector<uint8_t>> pkts = {
        hex("00000000000200000000000108004500004c000100004011669e0a0000010a00000207001b5b00389a22380000000000"
            "12340000000b00000001000000050101000200000001000001f800000009726f6f742e63656c6c000000"),
        hex("0000000000020000000000010800450001b0000100004011653a0a0000020a0000011b5b0700019c0d72380000000000"
            "12340000000b00000001000000050100000200000001000000720000006f0000006f000000740000002e000000630000"
            "00650000006c0000006c0000000000000000000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "0002839701928397013c0000000000000000000000000000000000000000000000000000000000000001000000000000"
            "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
            "0000200000032000000420000005"),
    };
    REQUIRE(print_run(pkts, opts(0)) ==
            "IP 10.0.0.1.1792 > 10.0.0.2.7003:  rx data vldb call get-entry-by-name \"root.cell\" (48)\nIP 10.0.0.2.7003 > 10.0.0.1.1792:  rx data vldb reply get-entry-by-name \"root.cell\" numservers 2 servers 131.151.1.146 131.151.1.60 partitions a b rwvol 536870915 rovol 536870916 backup 536870917 (404)\n");
}

