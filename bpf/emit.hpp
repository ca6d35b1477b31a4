// Linearization of the flow graph into classic BPF, and the program checks.
#pragma once
#include <string>
#include <vector>

#include "ir.hpp"
#include "ringdump/bpf/filter.hpp"

namespace rd::bpf {

// Lays the graph out as libpcap does (each block before its successors, true branch
// first) and inserts "ja" trampolines where a branch is more than 255 insns away.
std::vector<Insn> linearize(ir::Block* root);

// What the Linux kernel would refuse (sk_chk_filter rules). Empty string when fine.
// allow_backward: accept backward "ja" (protochain loops; user-space interpreters run them).
std::string validate(const std::vector<Insn>& prog, bool allow_backward);

}  // namespace rd::bpf
