// Flow-graph optimizer. Works like libpcap's (same analyses and rewrites, so programs
// come out as short as tcpdump's): value numbering with constant folding and redundant
// load elimination per block, edge-dominator jump threading, or/and chain pull-up,
// dead-store removal, and merging of identical blocks. Throws CompileError for
// constant division by zero and the like.
#pragma once
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "ir.hpp"

namespace rd::bpf::opt {

using ir::Block;
using ir::Edge;

class Optimizer {
public:
    explicit Optimizer(Block*& root) : root_(root) {}
    void run();

private:
    // graph bookkeeping (optimize.cpp)
    void init();
    void number_blocks(Block* p);
    void loop(bool do_stmts);
    void find_levels();
    void find_levels_r(Block* b);
    void find_dom();
    void find_closure();
    void find_ud();
    void find_edom();
    void find_inedges();
    void blks(bool do_stmts);
    void intern_blocks();
    void mark_code(Block* p);
    static void opt_root(Block*& b);

    // per-block value numbering (optimize_values.cpp)
    void init_val();
    uint32_t F(int code, uint32_t v0, uint32_t v1);
    uint32_t kval(uint32_t k) { return F(0 /* LD|IMM|W */, k, 0); }
    void vstore(ir::Stmt* s, uint32_t* valp, uint32_t newval, bool alter);
    void fold_op(ir::Stmt* s, uint32_t v0, uint32_t v1);
    void opt_stmt(ir::Stmt* s, uint32_t val[], bool alter);
    void opt_peep(Block* b);
    void deadstmt(ir::Stmt* s, ir::Stmt* last[]);
    void opt_deadstores(Block* b);
    void opt_blk(Block* b, bool do_stmts);
    bool is_const(uint32_t v) const { return v < vmap_.size() && vmap_[v].is_const; }
    uint32_t const_val(uint32_t v) const { return v < vmap_.size() ? vmap_[v].const_val : 0; }

    // branch rewrites (optimize_jumps.cpp)
    void opt_j(Edge* ep);
    static Block* fold_edge(Block* child, Edge* ep);
    bool use_conflict(Block* b, Block* succ) const;
    void or_pullup(Block* b);
    void and_pullup(Block* b);

    bool marked(Block* b) const { return b->mark == cur_mark_; }
    void mark(Block* b) { b->mark = cur_mark_; }
    void unmark_all() { ++cur_mark_; }

    Block*& root_;
    int cur_mark_ = 1;
    std::vector<Block*> blocks_;
    std::vector<Edge*> edges_;
    std::vector<Block*> levels_;
    int nodewords_ = 0, edgewords_ = 0;
    std::vector<uint32_t> node_sets_, edge_sets_;
    bool done_ = false;
    bool non_branch_movement_ = false;

    struct ValInfo {
        bool is_const = false;
        uint32_t const_val = 0;
    };
    struct ValKey {
        int code;
        uint32_t v0, v1;
        bool operator==(const ValKey& o) const { return code == o.code && v0 == o.v0 && v1 == o.v1; }
    };
    struct ValKeyHash {
        size_t operator()(const ValKey& k) const {
            return (static_cast<size_t>(static_cast<uint32_t>(k.code)) * 0x9e3779b97f4a7c15ull) ^
                   (static_cast<size_t>(k.v0) << 20) ^ k.v1;
        }
    };
    std::vector<ValInfo> vmap_;
    std::unordered_map<ValKey, uint32_t, ValKeyHash> values_;
    uint32_t curval_ = 0;
};

}  // namespace rd::bpf::opt
