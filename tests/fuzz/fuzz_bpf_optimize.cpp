// Differential fuzzing of the optimizer: the input picks an expression from a grammar
// of primitives and a packet; the optimized and unoptimized programs must agree on it
// (unless either drops the packet for reading past its end: the optimizer, like
// libpcap's, deletes loads whose value is unused and moves loads across tests, and
// libpcap's optimized and unoptimized programs differ on such packets too). The
// threaded FilterRunner must give the interpreter's verdict exactly.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ringdump/bpf/filter.hpp"
#include "ringdump/bpf/runner.hpp"

namespace {

const char* const kPrims[] = {
    "tcp", "udp", "ip", "ip6", "arp", "icmp", "icmp6", "host 10.0.0.1", "src host 10.0.0.1",
    "dst net 192.168.0.0/16", "port 80", "src port 53", "dst port 22", "tcp port 443",
    "portrange 1-1000", "ether host 00:11:22:33:44:55", "ether broadcast", "ether multicast",
    "ip multicast", "ip broadcast", "vlan", "vlan 10", "mpls", "mpls 5", "pppoes", "pppoes 7",
    "less 100", "greater 200", "len > 60", "ip[0] & 0xf > 5", "tcp[13] & 2 != 0",
    "ip6 proto 17", "ip proto 1", "proto 6", "tcp[tcpflags] & tcp-syn != 0",
    "icmp[icmptype] == icmp-echo", "stp", "ipx", "atalk", "decnet", "iso", "llc", "isis", "l1",
    "ether proto 0x88cc", "ether[12:2] = 0x800", "ip[2:2] > 576", "host ::1",
    "ip6 net fe80::/10", "udp[8:2] = 0x1234", "ip[6:2] & 0x1fff = 0", "tcp[0:2] > 1023",
    "ether[0] & 1 = 0", "ip6[6] = 58", "len - 14 > 40", "ip[2:2] - 20 = 0",
    "udp[4:2] * 2 > 100", "ip[0] >> 4 = 4", "ip[1] ^ 0xff = 0", "ip[1] % 3 = 1",
    "ip[1] / 2 = 1", "-ip[1] = 0", "byte 9 = 6", "ip[0] + ip[1] = 100", "tcp[0] - tcp[1] = 3",
    "ip[ip[0] & 3] = 1", "ether[len - 1] = 0", "ip[1] | 1 = 1", "ip[0] & 0 = 0",
    "ip[0] < 69", "ip[0] <= 0x45", "tcp[2:2] >= 1024 and tcp[2:2] <= 2048", "geneve",
    "ip[12:4] = 0x0a000001", "decnet host 1.2", "ip6 dst ff02::1", "udp port domain",
    "ether[6:4] & 0xffff0000 = 0", "len >= ip[2:2]", "ip[2:2] + 14 = len",
};
constexpr size_t kNumPrims = sizeof kPrims / sizeof kPrims[0];

struct Reader {
    const uint8_t* p;
    size_t n;
    uint8_t next() {
        if (n == 0) return 0;
        --n;
        return *p++;
    }
};

std::string expr(Reader& in, int depth) {
    uint8_t c = in.next();
    if (depth <= 0 || c % 8 < 3) return kPrims[in.next() % kNumPrims];
    if (c % 8 == 3) return "not (" + expr(in, depth - 1) + ")";
    std::string l = expr(in, depth - 1);
    std::string r = expr(in, depth - 1);
    return "(" + l + (c % 8 < 6 ? " and " : " or ") + r + ")";
}

constexpr uint32_t kLinkTypes[] = {1, 1, 1, 113, 276, 101, 0, 108, 9, 104};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 4) return 0;
    Reader in{data + 1, std::min<size_t>(size - 1, 24)};
    std::string e = expr(in, 4);
    const uint8_t* pkt = data + 1 + std::min<size_t>(size - 1, 24);
    size_t pktlen = size - static_cast<size_t>(pkt - data);
    rd::bpf::CompileOptions o;
    o.linktype = kLinkTypes[data[0] % (sizeof kLinkTypes / sizeof kLinkTypes[0])];
    o.optimize = false;
    auto unopt = rd::bpf::compile(e, o);
    o.optimize = true;
    auto opt = rd::bpf::compile(e, o);
    if (!unopt) {
        if (opt) __builtin_trap();  // the optimizer cannot make a bad expression good
        return 0;
    }
    if (!opt) {
        if (opt.error().message != "expression rejects all packets") __builtin_trap();
        return 0;
    }
    std::span<const uint8_t> p(pkt, pktlen);
    uint32_t wirelen = static_cast<uint32_t>(pktlen + data[0] % 3);
    auto u = rd::bpf::run_detailed(*unopt, p, wirelen);
    auto v = rd::bpf::run_detailed(*opt, p, wirelen);
    if (rd::bpf::FilterRunner(*opt).run(p, wirelen) != v.verdict) __builtin_trap();  // threaded code agrees
    if (!u.truncated && !v.truncated && (u.verdict != 0) != (v.verdict != 0)) __builtin_trap();
    return 0;
}
