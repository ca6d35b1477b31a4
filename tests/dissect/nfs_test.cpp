// NFS over Sun RPC (UDP/TCP port 2049). Expected strings are what tcpdump 4.99.3 prints
// (-t -n); replies are decoded only after their call was seen in the same run.
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

// Packets printed one after the other in one run (the xid table carries over).
std::vector<std::string> print_run(const std::vector<std::vector<uint8_t>>& pkts, rd::PrintOptions opt) {
    opt.tformat = rd::TimeFormat::None;
    opt.nflag = 1;
    rd::Ctx ctx(opt);
    std::vector<std::string> out;
    for (const auto& b : pkts) {
        rd::PacketRef pkt;
        pkt.data = b.data();
        pkt.caplen = static_cast<uint32_t>(b.size());
        pkt.wirelen = static_cast<uint32_t>(b.size());
        pkt.linktype = 1;
        ctx.out.clear();
        rd::print_packet(ctx, pkt, 1);
        std::string s(ctx.out.view());
        if (!s.empty() && s.back() == '\n') s.pop_back();
        out.push_back(s);
    }
    return out;
}

const char* kGetattrCall =
    "00112233445500112233446608004500006800010000401166820a0000010a0000020320080100544851000000070000000000000002"
    "000186a3000000030000000100000000000000000000000000000000000000200100000000000000000000001000000000000000000000"
    "000000000000000000";
const char* kGetattrReply =
    "001122334455001122334466080045000090000100004011665a0a0000020a00000108010320007c4ca50000000700000001000000000000"
    "00000000000000000000000000000000000100000001000081a400000001000000000000000000000000000000030000000000001000000000"
    "00000000000000000012000000340000000000000063000000000a000000140000001e00000028000000320000003c";
}  // namespace

TEST_CASE("NFSv3 getattr call over UDP", "[nfs]") {
    REQUIRE(print_one(hex(kGetattrCall), 1) == "IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 7 76 getattr fh 0,1/16");
}

TEST_CASE("NFSv3 getattr reply matched to its call, with -vv", "[nfs]") {
    const auto out = print_run({hex(kGetattrCall), hex(kGetattrReply)}, verbose(2));
    REQUIRE(out.size() == 2);
    REQUIRE(out[1] ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 144)\n"
            "    10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 7 reply ok 116 getattr REG 1 ids 1/0 sz 0");
}

TEST_CASE("NFS reply without its call shows only the RPC status", "[nfs]") {
    REQUIRE(print_one(hex(kGetattrReply), 1) == "IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 7 reply ok 116");
}

TEST_CASE("NFSv3 lookup over TCP with record marking", "[nfs]") {
    REQUIRE(print_one(hex("00112233445500112233446608004500008000010000400666750a0000010a00000203200801000000010000000150182000"
                          "93c0000080000054000000080000000000000002000186a30000000300000003000000000000000000000000000000000000"
                          "002001000000000000000000000010000000000000000000000000000000000000000000000361626300"),
                      1) ==
            "IP 10.0.0.1.800 > 10.0.0.2.2049: Flags [P.], seq 1:89, ack 1, win 8192, length 88: NFS request xid 8 84 "
            "lookup fh 0,1/16 \"abc\"");
}

TEST_CASE("RPC reply rejected for authentication", "[nfs]") {
    REQUIRE(print_one(hex("00112233445500112233446608004500003000010000401166ba0a0000020a00000108010320001ce0830000000a0000"
                          "0001000000010000000100000002"),
                      1) ==
            "IP 10.0.0.2.2049 > 10.0.0.1.800: NFS reply xid 10 reply ERR 20: Auth Rejected Credentials (client "
            "should begin new session)");
}

TEST_CASE("NFS call cut inside the file handle", "[nfs]") {
    REQUIRE(print_one(hex(kGetattrCall), 1, {}, 100) ==
            "IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 7 76 getattr [|nfs]");
    REQUIRE(print_one(hex(kGetattrCall), 1, {}, 70) ==
            "IP 10.0.0.1.800 > 10.0.0.2.2049: NFS request xid 7 76 getattr [|nfs]");
}
