// Fuzzes the filter compiler front to back: any text, a few link types, optimizer on
// and off. Whatever compiles must pass our own validation and run on a packet without
// reading outside it, with the same verdict from bpf::run() and FilterRunner; nothing
// may crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <string>

#include "ringdump/bpf/filter.hpp"
#include "ringdump/bpf/runner.hpp"

namespace {
constexpr uint32_t kLinkTypes[] = {1, 0, 108, 101, 228, 229, 113, 276, 105, 127, 9, 104, 107, 123, 129, 119};
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1 || size > 600) return 0;  // long inputs only make deep recursion slow
    rd::bpf::CompileOptions o;
    o.linktype = kLinkTypes[data[0] % (sizeof kLinkTypes / sizeof kLinkTypes[0])];
    o.optimize = (data[0] & 0x80) == 0;
    o.savefile = (data[0] & 0x40) != 0;
    std::string expr(reinterpret_cast<const char*>(data + 1), size - 1);
    auto r = rd::bpf::compile(expr, o);
    if (!r) {
        if (r.error().message.empty()) __builtin_trap();
        return 0;
    }
    if (r->insns.empty()) __builtin_trap();
    (void)rd::bpf::dump(*r, 1);
    (void)rd::bpf::kernel_refusal(*r);
    // run on the expression's own bytes as a packet, whole and cut short
    std::span<const uint8_t> pkt(data, size);
    // ... by both interpreters, which must agree
    rd::bpf::FilterRunner runner(*r);
    for (auto p : {pkt, pkt.first(size / 2)}) {
        if (rd::bpf::run(*r, p, static_cast<uint32_t>(size)) != runner.run(p, static_cast<uint32_t>(size)))
            __builtin_trap();
    }
    return 0;
}
