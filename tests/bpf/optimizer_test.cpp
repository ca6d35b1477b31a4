// The optimizer must never change a verdict (except on packets the unoptimized program
// drops for reading past their end): random expressions, compiled with and without it,
// run over corpus packets and mutated copies of them.
#include <random>

#include "bpf_test_util.hpp"

using namespace bpftest;

namespace {

const char* const kPrims[] = {
    "tcp", "udp", "ip", "ip6", "arp", "icmp", "icmp6", "host 10.0.0.1", "src host 10.0.0.1",
    "dst net 192.168.0.0/16", "port 80", "src port 53", "dst port 22", "tcp port 443",
    "portrange 1-1000", "ether host 00:11:22:33:44:55", "ether broadcast", "ether multicast",
    "ip multicast", "ip broadcast", "vlan", "vlan 10", "mpls", "mpls 5", "pppoes",
    "less 100", "greater 200", "len > 60", "ip[0] & 0xf > 5", "tcp[13] & 2 != 0",
    "ip6 proto 17", "ip proto 1", "proto 6", "tcp[tcpflags] & tcp-syn != 0",
    "icmp[icmptype] == icmp-echo", "stp", "ipx", "atalk", "decnet", "iso", "llc",
    "ether proto 0x88cc", "ether[12:2] = 0x800", "ip[2:2] > 576", "host ::1",
    "ip6 net fe80::/10", "udp[8:2] = 0x1234", "ip[6:2] & 0x1fff = 0", "tcp[0:2] > 1023",
    "ip[9] = 6 or ip[9] = 17", "ether[0] & 1 = 0", "ip6[6] = 58", "len - 14 > 40",
    "ip[2:2] - 20 = 0", "udp[4:2] * 2 > 100", "ip[0] >> 4 = 4", "ip[1] ^ 0xff = 0",
    "ip[1] % 3 = 1", "ip[1] / 2 = 1", "-ip[1] = 0", "byte 9 = 6", "ip[0] + ip[1] = 100",
    "tcp[0] - tcp[1] = 3", "ip[ip[0] & 3] = 1", "ether[len - 1] = 0", "ip[1] | 1 = 1",
    "ip[2:2] & 0xffffffff != 0", "ip[0] & 0 = 0", "ip[1] * 0 = 0", "ip[0] < 69",
    "ip[0] <= 0x45", "tcp[2:2] >= 1024 and tcp[2:2] <= 2048", "ip[12:4] = 0x0a000001",
};

std::string random_expr(std::mt19937& rng, int depth) {
    auto pick = [&](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    int r = pick(10);
    if (depth <= 0 || r < 3) return kPrims[pick(static_cast<int>(std::size(kPrims)))];
    if (r == 3) return "not (" + random_expr(rng, depth - 1) + ")";
    if (r == 4) return "(" + random_expr(rng, depth - 1) + ")";
    const char* op = pick(2) ? " and " : " or ";
    return random_expr(rng, depth - 1) + op + random_expr(rng, depth - 1);
}

}  // namespace

TEST_CASE("optimized and unoptimized programs agree on random expressions", "[optimizer]") {
    std::mt19937 rng(20240611);
    const auto& base = corpus("EN10MB");
    std::vector<Packet> pkts;
    for (size_t i = 0; i < base.size(); i += 7) pkts.push_back(base[i]);
    // mutated copies reach paths real traffic rarely takes
    for (size_t i = 0; i < 600; ++i) {
        Packet p = base[rng() % base.size()];
        if (!p.data.empty())
            for (int m = 0; m < 3; ++m) p.data[rng() % p.data.size()] = static_cast<uint8_t>(rng());
        if (rng() % 4 == 0 && p.data.size() > 20) p.data.resize(rng() % p.data.size());
        pkts.push_back(std::move(p));
    }
    int compiled = 0, disagreements = 0;
    std::string first;
    for (int i = 0; i < 400; ++i) {
        std::string e = random_expr(rng, 1 + static_cast<int>(rng() % 4));
        auto opt = rd::bpf::compile(e, opts("EN10MB", true));
        auto unopt = rd::bpf::compile(e, opts("EN10MB", false));
        if (!unopt) continue;  // e.g. "vlan and mpls and vlan"
        if (!opt) {
            // the optimizer may only add "rejects all packets"
            CHECK(opt.error().message == "expression rejects all packets");
            continue;
        }
        ++compiled;
        auto bad = optimizer_disagreements(*opt, *unopt, pkts);
        if (!bad.empty() && disagreements++ == 0)
            first = "'" + e + "' packet " + std::to_string(bad[0]) + " and " +
                    std::to_string(bad.size() - 1) + " more";
    }
    INFO(first);
    CHECK(compiled > 300);
    CHECK(disagreements == 0);
}

TEST_CASE("constant folding and redundant-load removal shorten programs", "[optimizer]") {
    CHECK(listing("len >= 100") ==
          "(000) ld       #pktlen\n"
          "(001) jge      #0x64            jt 2\tjf 3\n"
          "(002) ret      #262144\n"
          "(003) ret      #0\n");
    CHECK(listing("1 + 2 = 3") == "(000) ret      #262144\n");
    CHECK(error_of("1 + 2 = 4") == "expression rejects all packets");
    // tcp and udp share one ethertype and one protocol load
    std::string both = listing("tcp or udp");
    CHECK(both.find("ldh      [12]") == both.rfind("ldh      [12]"));
    // jset 0xffffffff is not "always": A can be 0
    std::string all = listing("ip[0] & 0xffffffff != 0");
    CHECK(all.find("jset     #0xffffffff      jt 4\tjf 5") != std::string::npos);
}
