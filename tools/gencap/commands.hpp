// The two things ringdump-gencap makes. Both return a process exit status and report
// errors on stderr.
#pragma once
#include <cstdint>
#include <string>

namespace gencap {

// A small capture showing one of each: ARP, DNS (A and AAAA), a TCP session, ICMP echo,
// ICMPv6 neighbour discovery, TCP over IPv6, an 802.1Q-tagged frame.
int write_sample(const std::string& path);
// `packets` frames of mixed traffic, the same for the same seed.
int write_bench(const std::string& path, uint64_t packets, uint64_t seed);

}  // namespace gencap
