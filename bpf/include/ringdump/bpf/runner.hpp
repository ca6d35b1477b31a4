// A filter program prepared once for many runs: the per-packet path of `-r FILE EXPR`
// and of user-space filtering on live captures. Same verdicts as bpf::run(), faster:
// jump targets are resolved once, each instruction dispatches through its own indirect
// jump (threaded code), and a load followed by a compare with a constant, the bulk of
// compiled filters, runs as one step. Programs with backward jumps (protochain) or
// instructions we do not know run through bpf::run() instead.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "ringdump/bpf/filter.hpp"

namespace rd::bpf {

class FilterRunner {
public:
    FilterRunner() = default;  // accepts nothing: run() returns 0
    explicit FilterRunner(FilterProgram prog);

    // The accept length (0 = drop), as run(program(), pkt, wirelen). Allocates nothing.
    uint32_t run(std::span<const uint8_t> pkt, uint32_t wirelen) const;

    const FilterProgram& program() const { return prog_; }
    bool threaded() const { return !ops_.empty(); }  // false: runs through bpf::run()

    // One decoded step (public only so the interpreter's file can name it).
    struct Op {
        uint8_t kind;
        uint32_t k;   // the instruction's k; for a fused load+compare, the load offset
        uint32_t k2;  // fused load+compare: the constant compared with
        uint32_t jt;  // absolute index of the next step if the test holds
        uint32_t jf;  // ... if it fails; for straight-line steps, the next index
    };

private:
    FilterProgram prog_;
    std::vector<Op> ops_;  // one per instruction, then a `ret #0` for falling off the end
    bool uses_memory_ = false;
};

}  // namespace rd::bpf
