// Branch rewrites: thread an edge past tests whose outcome a dominating edge already
// decided, skip blocks whose branches agree, and pull repeated tests of the same
// value up an or/and chain.
#include "optimize.hpp"

namespace rd::bpf::opt {

using namespace op;
using ir::JF;
using ir::JT;

namespace {
constexpr int kBitsPerWord = 32;
inline bool set_member(const uint32_t* s, int id) {
    return (s[id / kBitsPerWord] & (1u << (id % kBitsPerWord))) != 0;
}
}  // namespace

// Would moving an edge from b to succ change a register value succ's successors use?
bool Optimizer::use_conflict(Block* b, Block* succ) const {
    uint32_t use = succ->out_use;
    if (use == 0) return false;
    for (int atom = 0; atom < ir::N_ATOMS; ++atom)
        if (use & (1u << atom))
            if (b->val[atom] != succ->val[atom]) return true;
    return false;
}

// If reaching `child` through edge `ep` decides child's test, where does it go?
Block* Optimizer::fold_edge(Block* child, Edge* ep) {
    int code = ep->code;
    bool sense = true;
    if (code < 0) {
        code = -code;
        sense = false;
    }
    if (child->s.code != code) return nullptr;
    uint32_t aval0 = child->val[ir::A_ATOM], oval0 = child->oval;
    uint32_t aval1 = ep->pred->val[ir::A_ATOM], oval1 = ep->pred->oval;
    if (aval0 != aval1) return nullptr;
    if (oval0 == oval1) return sense ? JT(child) : JF(child);
    // equal to one constant implies unequal to any other
    if (sense && code == (JMP | JEQ | K)) return JF(child);
    return nullptr;
}

void Optimizer::opt_j(Edge* ep) {
    if (JT(ep->succ) == nullptr) return;  // a leaf: nothing to skip
    if (JT(ep->succ) == JF(ep->succ)) {
        // the successor's test decides nothing: bypass it unless its values matter
        if (!use_conflict(ep->pred, JT(ep->succ))) {
            done_ = false;
            ep->succ = JT(ep->succ);
        }
    }
top:
    for (int i = 0; i < edgewords_; ++i) {
        uint32_t x = ep->edom[i];
        while (x != 0) {
            int k = __builtin_ctz(x);
            x &= ~(1u << k);
            k += i * kBitsPerWord;
            Block* target = fold_edge(ep->succ, edges_[static_cast<size_t>(k)]);
            if (target != nullptr && !use_conflict(ep->pred, target)) {
                done_ = false;
                ep->succ = target;
                if (JT(target) != nullptr) goto top;
                return;
            }
        }
    }
}

// Chains "A == a || A == b || ..." where a test of the same value sits lower in the
// false chain than a test of another value: move it up.
void Optimizer::or_pullup(Block* b) {
    Edge* ep = b->in_edges;
    if (ep == nullptr) return;
    const uint32_t val = ep->pred->val[ir::A_ATOM];
    for (ep = ep->next; ep != nullptr; ep = ep->next)
        if (val != ep->pred->val[ir::A_ATOM]) return;

    Block** diffp = JT(b->in_edges->pred) == b ? &JT(b->in_edges->pred) : &JF(b->in_edges->pred);
    bool at_top = true;
    while (true) {
        if (*diffp == nullptr) return;
        if (JT(*diffp) != JT(b)) return;
        if (!set_member((*diffp)->dom, b->id)) return;
        if ((*diffp)->val[ir::A_ATOM] != val) break;
        diffp = &JF(*diffp);
        at_top = false;
    }
    Block** samep = &JF(*diffp);
    while (true) {
        if (*samep == nullptr) return;
        if (JT(*samep) != JT(b)) return;
        if (!set_member((*samep)->dom, b->id)) return;
        if ((*samep)->val[ir::A_ATOM] == val) break;
        samep = &JF(*samep);
    }
    Block* pull = *samep;
    *samep = JF(pull);
    JF(pull) = *diffp;
    if (at_top) {
        for (ep = b->in_edges; ep != nullptr; ep = ep->next) {
            if (JT(ep->pred) == b) JT(ep->pred) = pull;
            else JF(ep->pred) = pull;
        }
    } else {
        *diffp = pull;
    }
    done_ = false;
}

void Optimizer::and_pullup(Block* b) {
    Edge* ep = b->in_edges;
    if (ep == nullptr) return;
    const uint32_t val = ep->pred->val[ir::A_ATOM];
    for (ep = ep->next; ep != nullptr; ep = ep->next)
        if (val != ep->pred->val[ir::A_ATOM]) return;

    Block** diffp = JT(b->in_edges->pred) == b ? &JT(b->in_edges->pred) : &JF(b->in_edges->pred);
    bool at_top = true;
    while (true) {
        if (*diffp == nullptr) return;
        if (JF(*diffp) != JF(b)) return;
        if (!set_member((*diffp)->dom, b->id)) return;
        if ((*diffp)->val[ir::A_ATOM] != val) break;
        diffp = &JT(*diffp);
        at_top = false;
    }
    Block** samep = &JT(*diffp);
    while (true) {
        if (*samep == nullptr) return;
        if (JF(*samep) != JF(b)) return;
        if (!set_member((*samep)->dom, b->id)) return;
        if ((*samep)->val[ir::A_ATOM] == val) break;
        samep = &JT(*samep);
    }
    Block* pull = *samep;
    *samep = JT(pull);
    JT(pull) = *diffp;
    if (at_top) {
        for (ep = b->in_edges; ep != nullptr; ep = ep->next) {
            if (JT(ep->pred) == b) JT(ep->pred) = pull;
            else JF(ep->pred) = pull;
        }
    } else {
        *diffp = pull;
    }
    done_ = false;
}

}  // namespace rd::bpf::opt
