// ringdump-gencap: writes pcap files from scratch with correct checksums.
//   ringdump-gencap sample OUT.pcap
//   ringdump-gencap bench OUT.pcap --packets N [--seed S]
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "commands.hpp"

namespace {

int usage() {
    std::fprintf(stderr,
                 "usage: ringdump-gencap sample OUT.pcap\n"
                 "       ringdump-gencap bench OUT.pcap --packets N [--seed S]\n");
    return 1;
}

bool parse_number(const char* s, uint64_t& out) {
    char* end = nullptr;
    if (!s || *s == '\0' || *s == '-') return false;
    out = std::strtoull(s, &end, 10);
    return *end == '\0';
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) return usage();
    std::string_view cmd = argv[1];
    std::string out = argv[2];
    if (cmd == "sample" && argc == 3) return gencap::write_sample(out);
    if (cmd != "bench") return usage();
    uint64_t packets = 0, seed = 1;
    bool have_packets = false;
    for (int i = 3; i < argc; ++i) {
        std::string_view opt = argv[i];
        uint64_t* target = opt == "--packets" ? &packets : opt == "--seed" ? &seed : nullptr;
        if (!target || i + 1 >= argc || !parse_number(argv[i + 1], *target)) return usage();
        have_packets |= target == &packets;
        ++i;
    }
    if (!have_packets) return usage();
    return gencap::write_bench(out, packets, seed);
}
