// The filter compiler's public face: pcap-filter(7) text in, classic BPF out, plus the
// interpreter that runs a program in user space and tcpdump's -d/-dd/-ddd dumps.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ringdump/format/result.hpp"

namespace rd::bpf {

// Classic BPF instruction, same layout as struct sock_filter.
struct Insn {
    uint16_t code;
    uint8_t jt;
    uint8_t jf;
    uint32_t k;
};

struct FilterProgram {
    std::vector<Insn> insns;
};

struct CompileOptions {
    uint32_t linktype = 1;       // LINKTYPE_* value (file value, e.g. 101 for RAW)
    uint32_t snaplen = 262144;   // accepting programs end in `ret #snaplen`
    bool optimize = true;        // -O turns it off
    uint32_t netmask = 0;        // tcpdump passes 0 for -r and -d
    bool savefile = false;       // compiling for a capture file (-r): NULL/LOOP use BSD AF_INET6 values
    bool savefile_swapped = false;  // that file's byte order differs from ours (NULL/ENC AF values)
    // For a Linux packet socket that strips VLAN tags and reports them as metadata
    // (SO_BPF_EXTENSIONS says VLAN): "vlan" tests SKF_AD_VLAN_TAG_PRESENT and reads the
    // VID from SKF_AD_VLAN_TAG, as libpcap does for live captures.
    bool linux_vlan_extensions = false;
};

// Compile an expression; the error message is what follows "ringdump: " on stderr.
Result<FilterProgram> compile(std::string_view expr, const CompileOptions& opts);

// tcpdump's formats: level 1 = -d (readable), 2 = -dd (C array), 3 = -ddd (decimal).
std::string dump(const FilterProgram& prog, int level);

// Why the Linux kernel would refuse the program (more than 4096 instructions, a
// backward jump as protochain makes, a scratch word read before it is written, ...);
// empty if SO_ATTACH_FILTER would take it. Such programs still run in run().
std::string kernel_refusal(const FilterProgram& prog);

// A program compiled for LINUX_SLL or LINUX_SLL2, rewritten for the cooked (SOCK_DGRAM)
// packet socket that produces those headers: the kernel filters the network-layer
// packet, so payload offsets lose the header length and the header fields the kernel
// knows (protocol, packet type, interface index) become ancillary loads. nullopt when
// the program reads other header bytes: filter in user space then. Programs for other
// link types come back unchanged. (libpcap's fix_program does the same.)
std::optional<FilterProgram> adapt_for_cooked_socket(const FilterProgram& prog,
                                                     uint32_t linktype);

// Run the program on a packet as the kernel does; returns the accept length (0 = drop).
// Allocates nothing.
uint32_t run(const FilterProgram& prog, std::span<const uint8_t> pkt, uint32_t wirelen);

// run(), also telling whether the program dropped the packet because a load reached
// past the captured bytes. (Like libpcap's, our optimizer deletes loads whose value is
// never needed, so on such truncated packets optimized and unoptimized code may differ.)
struct RunOutcome {
    uint32_t verdict = 0;
    bool truncated = false;
};
RunOutcome run_detailed(const FilterProgram& prog, std::span<const uint8_t> pkt, uint32_t wirelen);

}  // namespace rd::bpf
