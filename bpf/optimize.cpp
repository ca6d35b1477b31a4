// Optimizer driver and the flow analyses it repeats each pass: levels (longest path
// to a leaf), dominators, edge dominators, register use/def, predecessor lists.
#include "optimize.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "gencode.hpp"

namespace rd::bpf::opt {

using namespace op;
using ir::JF;
using ir::JT;

namespace {
constexpr int kBitsPerWord = 32;
inline void set_insert(uint32_t* s, int id) { s[id / kBitsPerWord] |= 1u << (id % kBitsPerWord); }
inline void set_intersect(uint32_t* a, const uint32_t* b, int n) {
    for (int i = 0; i < n; ++i) a[i] &= b[i];
}
inline void set_union(uint32_t* a, const uint32_t* b, int n) {
    for (int i = 0; i < n; ++i) a[i] |= b[i];
}

int atomuse(const ir::Stmt& s) {
    const uint16_t c = s.code;
    if (c == ir::NOP) return -1;
    switch (cls(c)) {
    case RET: return rval(c) == A ? ir::A_ATOM : rval(c) == X ? ir::X_ATOM : -1;
    case LD:
    case LDX: return mode(c) == IND ? ir::X_ATOM : mode(c) == MEM ? static_cast<int>(s.k) : -1;
    case ST: return ir::A_ATOM;
    case STX: return ir::X_ATOM;
    case JMP:
    case ALU: return src(c) == X ? ir::AX_ATOM : ir::A_ATOM;
    case MISC: return miscop(c) == TXA ? ir::X_ATOM : ir::A_ATOM;
    }
    return -1;
}

int atomdef(const ir::Stmt& s) {
    if (s.code == ir::NOP) return -1;
    switch (cls(s.code)) {
    case LD:
    case ALU: return ir::A_ATOM;
    case LDX: return ir::X_ATOM;
    case ST:
    case STX: return static_cast<int>(s.k);
    case MISC: return miscop(s.code) == TAX ? ir::X_ATOM : ir::A_ATOM;
    default: return -1;
    }
}

void compute_local_ud(Block* b) {
    uint32_t def = 0, use = 0, killed = 0;
    auto note_use = [&](int atom) {
        if (atom < 0) return;
        if (atom == ir::AX_ATOM) {
            if (!(def & (1u << ir::X_ATOM))) use |= 1u << ir::X_ATOM;
            if (!(def & (1u << ir::A_ATOM))) use |= 1u << ir::A_ATOM;
        } else if (atom < ir::N_ATOMS) {
            if (!(def & (1u << atom))) use |= 1u << atom;
        }
    };
    for (const ir::Stmt& s : b->stmts) {
        if (s.code == ir::NOP) continue;
        note_use(atomuse(s));
        int atom = atomdef(s);
        if (atom >= 0 && atom < ir::N_ATOMS) {
            if (!(use & (1u << atom))) killed |= 1u << atom;
            def |= 1u << atom;
        }
    }
    if (cls(b->s.code) == JMP) note_use(atomuse(b->s));
    b->def = def;
    b->kill = killed;
    b->in_use = use;
}
}  // namespace

void Optimizer::number_blocks(Block* p) {
    if (p == nullptr || marked(p)) return;
    mark(p);
    p->id = static_cast<int>(blocks_.size());
    blocks_.push_back(p);
    number_blocks(JT(p));
    number_blocks(JF(p));
}

void Optimizer::init() {
    unmark_all();
    blocks_.clear();
    number_blocks(root_);
    const int n = static_cast<int>(blocks_.size());
    nodewords_ = n / kBitsPerWord + 1;
    edgewords_ = (2 * n) / kBitsPerWord + 1;
    node_sets_.assign(static_cast<size_t>(2 * n * nodewords_), 0);
    edge_sets_.assign(static_cast<size_t>(2 * n * edgewords_), 0);
    edges_.assign(static_cast<size_t>(2 * n), nullptr);
    levels_.assign(static_cast<size_t>(n + 1), nullptr);
    for (int i = 0; i < n; ++i) {
        Block* b = blocks_[static_cast<size_t>(i)];
        b->dom = &node_sets_[static_cast<size_t>(i * nodewords_)];
        b->closure = &node_sets_[static_cast<size_t>((n + i) * nodewords_)];
        b->et.edom = &edge_sets_[static_cast<size_t>(2 * i * edgewords_)];
        b->ef.edom = &edge_sets_[static_cast<size_t>((2 * i + 1) * edgewords_)];
        b->et.id = i;
        edges_[static_cast<size_t>(i)] = &b->et;
        b->ef.id = n + i;
        edges_[static_cast<size_t>(n + i)] = &b->ef;
        b->et.pred = b;
        b->ef.pred = b;
    }
}

void Optimizer::find_levels_r(Block* b) {
    if (marked(b)) return;
    mark(b);
    b->link = nullptr;
    int level = 0;
    if (JT(b)) {
        find_levels_r(JT(b));
        find_levels_r(JF(b));
        level = std::max(JT(b)->level, JF(b)->level) + 1;
    }
    b->level = level;
    b->link = levels_[static_cast<size_t>(level)];
    levels_[static_cast<size_t>(level)] = b;
}

void Optimizer::find_levels() {
    std::fill(levels_.begin(), levels_.end(), nullptr);
    unmark_all();
    find_levels_r(root_);
}

void Optimizer::find_dom() {
    for (Block* b : blocks_) std::fill(b->dom, b->dom + nodewords_, 0xffffffffu);
    std::fill(root_->dom, root_->dom + nodewords_, 0u);
    for (int i = root_->level; i >= 0; --i) {
        for (Block* b = levels_[static_cast<size_t>(i)]; b; b = b->link) {
            set_insert(b->dom, b->id);
            if (JT(b) == nullptr) continue;
            set_intersect(JT(b)->dom, b->dom, nodewords_);
            set_intersect(JF(b)->dom, b->dom, nodewords_);
        }
    }
}

void Optimizer::find_closure() {
    for (Block* b : blocks_) std::fill(b->closure, b->closure + nodewords_, 0u);
    for (int i = root_->level; i >= 0; --i) {
        for (Block* b = levels_[static_cast<size_t>(i)]; b; b = b->link) {
            set_insert(b->closure, b->id);
            if (JT(b) == nullptr) continue;
            set_union(JT(b)->closure, b->closure, nodewords_);
            set_union(JF(b)->closure, b->closure, nodewords_);
        }
    }
}

void Optimizer::find_ud() {
    const int maxlevel = root_->level;
    for (int i = maxlevel; i >= 0; --i) {
        for (Block* p = levels_[static_cast<size_t>(i)]; p; p = p->link) {
            compute_local_ud(p);
            p->out_use = 0;
        }
    }
    for (int i = 1; i <= maxlevel; ++i) {
        for (Block* p = levels_[static_cast<size_t>(i)]; p; p = p->link) {
            p->out_use |= JT(p)->in_use | JF(p)->in_use;
            p->in_use |= p->out_use & ~p->kill;
        }
    }
}

void Optimizer::find_edom() {
    std::fill(edge_sets_.begin(), edge_sets_.end(), 0xffffffffu);
    std::fill(root_->et.edom, root_->et.edom + edgewords_, 0u);
    std::fill(root_->ef.edom, root_->ef.edom + edgewords_, 0u);
    auto propedom = [&](Edge* ep) {
        set_insert(ep->edom, ep->id);
        if (ep->succ) {
            set_intersect(ep->succ->et.edom, ep->edom, edgewords_);
            set_intersect(ep->succ->ef.edom, ep->edom, edgewords_);
        }
    };
    for (int i = root_->level; i >= 0; --i) {
        for (Block* b = levels_[static_cast<size_t>(i)]; b; b = b->link) {
            propedom(&b->et);
            propedom(&b->ef);
        }
    }
}

void Optimizer::find_inedges() {
    for (Block* b : blocks_) b->in_edges = nullptr;
    for (int level = root_->level; level > 0; --level) {
        for (Block* b = levels_[static_cast<size_t>(level)]; b; b = b->link) {
            b->et.next = JT(b)->in_edges;
            JT(b)->in_edges = &b->et;
            b->ef.next = JF(b)->in_edges;
            JF(b)->in_edges = &b->ef;
        }
    }
}

void Optimizer::blks(bool do_stmts) {
    init_val();
    const int maxlevel = root_->level;
    find_inedges();
    for (int i = maxlevel; i >= 0; --i)
        for (Block* p = levels_[static_cast<size_t>(i)]; p; p = p->link) opt_blk(p, do_stmts);
    if (do_stmts) return;  // moving branches cannot help any more at this stage
    for (int i = 1; i <= maxlevel; ++i) {
        for (Block* p = levels_[static_cast<size_t>(i)]; p; p = p->link) {
            opt_j(&p->et);
            opt_j(&p->ef);
        }
    }
    find_inedges();
    for (int i = 1; i <= maxlevel; ++i) {
        for (Block* p = levels_[static_cast<size_t>(i)]; p; p = p->link) {
            or_pullup(p);
            and_pullup(p);
        }
    }
}

void Optimizer::loop(bool do_stmts) {
    int loop_count = 0;
    while (true) {
        done_ = true;
        non_branch_movement_ = false;
        find_levels();
        find_dom();
        find_closure();
        find_ud();
        find_edom();
        blks(do_stmts);
        if (done_) break;
        // Pure branch movement can cycle; give up after 100 such passes in a row.
        if (non_branch_movement_) {
            loop_count = 0;
        } else if (++loop_count >= 100) {
            done_ = true;
            break;
        }
    }
}

void Optimizer::mark_code(Block* p) {
    if (p == nullptr || marked(p)) return;
    mark(p);
    mark_code(JT(p));
    mark_code(JF(p));
}


// Merge identical blocks (same statements, branch and successors) into the one with
// the next higher number, repeating until nothing changes. A signature map finds that
// block without comparing every pair.
void Optimizer::intern_blocks() {
    const size_t n = blocks_.size();
    auto signature = [](const Block* b) {
        std::string sig;
        auto put = [&sig](const void* p, size_t len) {
            sig.append(static_cast<const char*>(p), len);
        };
        put(&b->s.code, sizeof b->s.code);
        put(&b->s.k, sizeof b->s.k);
        put(&b->et.succ, sizeof b->et.succ);
        put(&b->ef.succ, sizeof b->ef.succ);
        for (const ir::Stmt& st : b->stmts) {
            if (st.code == ir::NOP) continue;
            put(&st.code, sizeof st.code);
            put(&st.k, sizeof st.k);
        }
        return sig;
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (Block* b : blocks_) b->link = nullptr;
        unmark_all();
        mark_code(root_);
        std::unordered_map<std::string, Block*> lowest;  // signature -> lowest id seen above
        for (size_t i = n; i-- > 0;) {
            Block* b = blocks_[i];
            if (!marked(b)) continue;
            std::string sig = signature(b);
            auto it = lowest.find(sig);
            if (it != lowest.end()) {
                Block* j = it->second;
                b->link = j->link ? j->link : j;
                it->second = b;
            } else {
                lowest.emplace(std::move(sig), b);
            }
        }
        for (Block* p : blocks_) {
            if (JT(p) == nullptr) continue;
            if (JT(p)->link) {
                changed = true;
                JT(p) = JT(p)->link;
            }
            if (JF(p)->link) {
                changed = true;
                JF(p) = JF(p)->link;
            }
        }
    }
}

// Skip a root whose branches agree, keeping its statements if they matter.
void Optimizer::opt_root(Block*& b) {
    ir::Stmts s = std::move(b->stmts);
    b->stmts.clear();
    while (cls(b->s.code) == JMP && JT(b) == JF(b)) b = JT(b);
    s.insert(s.end(), b->stmts.begin(), b->stmts.end());
    b->stmts = std::move(s);
    // a return executes nothing before it that could matter
    if (cls(b->s.code) == RET) b->stmts.clear();
}

void Optimizer::run() {
    init();
    loop(false);
    loop(true);
    intern_blocks();
    opt_root(root_);
}

}  // namespace rd::bpf::opt
