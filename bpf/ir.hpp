// The compiler's intermediate form: a control-flow graph of basic blocks. Each block
// holds straight-line statements and ends in a conditional jump (two successors) or a
// return. Code generation builds the graph, the optimizer rewrites it, emit linearizes it.
#pragma once
#include <cstdint>
#include <deque>
#include <vector>

#include "opcodes.hpp"

namespace rd::bpf::ir {

inline constexpr uint16_t NOP = 0xffff;  // a statement the optimizer deleted

// One instruction. For a jump inside a statement list (only the 802.11 and Geneve
// header-length prologues and protochain emit those), jt/jf are the number of
// statements to skip; such programs are never optimized.
struct Stmt {
    uint16_t code = 0;
    uint32_t k = 0;
    uint32_t jt = 0;
    uint32_t jf = 0;
};
using Stmts = std::vector<Stmt>;

inline Stmt stmt(uint16_t code, uint32_t k = 0) { return Stmt{code, k, 0, 0}; }

struct Block;

// An edge of the graph; the optimizer tracks which edges dominate which.
struct Edge {
    int id = 0;
    int code = 0;               // the branch opcode, negated for the false edge
    uint32_t* edom = nullptr;   // edge-dominator bit set (optimizer-owned storage)
    Block* succ = nullptr;
    Block* pred = nullptr;
    Edge* next = nullptr;       // next in-edge of succ
};

// Scratch-register atoms for use/def analysis: M[0..15], A, X; AX is "both".
inline constexpr int A_ATOM = op::MEMWORDS;
inline constexpr int X_ATOM = op::MEMWORDS + 1;
inline constexpr int AX_ATOM = op::MEMWORDS + 2;
inline constexpr int N_ATOMS = op::MEMWORDS + 2;

struct Block {
    Stmts stmts;
    Stmt s;    // the branch (JMP class) or return (RET class)
    Edge et;   // taken when the branch is true
    Edge ef;   // taken when it is false

    // Scratch fields for graph walks, the optimizer and the linearizer.
    int id = 0;
    int mark = 0;
    int level = 0;
    int offset = 0;
    int longjt = 0;
    int longjf = 0;
    Block* link = nullptr;
    Edge* in_edges = nullptr;
    uint32_t* dom = nullptr;
    uint32_t* closure = nullptr;
    uint32_t def = 0, kill = 0, in_use = 0, out_use = 0;
    uint32_t oval = 0;
    uint32_t val[N_ATOMS] = {};
};

inline Block*& JT(Block* b) { return b->et.succ; }
inline Block*& JF(Block* b) { return b->ef.succ; }

// Owns every block of one compilation; addresses stay stable.
class Arena {
public:
    Block* new_block(uint16_t code, uint32_t k = 0) {
        Block& b = blocks_.emplace_back();
        b.s = stmt(code, k);
        b.et.pred = &b;
        b.ef.pred = &b;
        return &b;
    }
    std::size_t size() const { return blocks_.size(); }

private:
    std::deque<Block> blocks_;
};

// An unresolved exit of a partial expression: edge `jt` (else jf) of block `b`.
struct Exit {
    Block* b;
    bool jt;
};

// A partial boolean expression while code is generated: its entry block and the
// exits still to be wired to wherever "true" and "false" finally lead.
struct Frag {
    Block* head = nullptr;
    std::vector<Exit> t;
    std::vector<Exit> f;
};

inline void backpatch(const std::vector<Exit>& exits, Block* target) {
    for (const Exit& e : exits) (e.jt ? e.b->et.succ : e.b->ef.succ) = target;
}

// Statement-count and walk helpers shared by the optimizer and emitter.
inline int slength(const Stmts& s) {
    int n = 0;
    for (const Stmt& x : s)
        if (x.code != NOP) ++n;
    return n;
}

}  // namespace rd::bpf::ir
