// Per-block optimization: value numbering over A, X and M[], constant folding and
// propagation, peephole rewrites and removal of stores nobody reads.
#include <cstring>

#include "gencode.hpp"
#include "optimize.hpp"

namespace rd::bpf::opt {

using namespace op;
using ir::JF;
using ir::JT;
using ir::Stmt;

namespace {
constexpr uint32_t VAL_UNKNOWN = 0;
inline bool atom_elem(uint32_t set, int atom) { return (set & (1u << atom)) != 0; }

[[noreturn]] void opt_error(const char* msg) { gen::fail(msg); }

int atomuse(const Stmt& s);
int atomdef(const Stmt& s);

int atomuse(const Stmt& s) {
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

int atomdef(const Stmt& s) {
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

// Next statement at or after index i that is not a NOP (size() if none).
size_t this_op(const ir::Stmts& s, size_t i) {
    while (i < s.size() && s[i].code == ir::NOP) ++i;
    return i;
}
}  // namespace

void Optimizer::init_val() {
    curval_ = 0;
    values_.clear();
    vmap_.assign(1, ValInfo{});
}

// The value number of operation `code` on values v0, v1 (a new one if unseen).
uint32_t Optimizer::F(int code, uint32_t v0, uint32_t v1) {
    ValKey key{code, v0, v1};
    auto it = values_.find(key);
    if (it != values_.end()) return it->second;
    uint32_t val = ++curval_;
    ValInfo info;
    if (mode(static_cast<uint16_t>(code)) == IMM &&
        (cls(static_cast<uint16_t>(code)) == LD || cls(static_cast<uint16_t>(code)) == LDX)) {
        info.is_const = true;
        info.const_val = v0;
    }
    if (vmap_.size() <= val) vmap_.resize(val + 1);
    vmap_[val] = info;
    values_.emplace(key, val);
    return val;
}

void Optimizer::vstore(Stmt* s, uint32_t* valp, uint32_t newval, bool alter) {
    if (alter && newval != VAL_UNKNOWN && *valp == newval)
        s->code = ir::NOP;
    else
        *valp = newval;
}

void Optimizer::fold_op(Stmt* s, uint32_t v0, uint32_t v1) {
    uint32_t a = const_val(v0), b = const_val(v1);
    switch (aluop(s->code)) {
    case ADD: a += b; break;
    case SUB: a -= b; break;
    case MUL: a *= b; break;
    case DIV:
        if (b == 0) opt_error("division by zero");
        a /= b;
        break;
    case MOD:
        if (b == 0) opt_error("modulus by zero");
        a %= b;
        break;
    case AND: a &= b; break;
    case OR: a |= b; break;
    case XOR: a ^= b; break;
    case LSH: a = b < 32 ? a << b : 0; break;
    case RSH: a = b < 32 ? a >> b : 0; break;
    case NEG: a = 0u - a; break;
    default: opt_error("internal error: bad ALU operation");
    }
    s->k = a;
    s->code = LD | IMM;
    non_branch_movement_ = true;
    done_ = false;
}

void Optimizer::opt_stmt(Stmt* s, uint32_t val[], bool alter) {
    uint32_t v;
    switch (s->code) {
    case LD | ABS | W:
    case LD | ABS | H:
    case LD | ABS | B:
        v = F(s->code, s->k, 0);
        vstore(s, &val[ir::A_ATOM], v, alter);
        break;
    case LD | IND | W:
    case LD | IND | H:
    case LD | IND | B:
        v = val[ir::X_ATOM];
        if (alter && is_const(v)) {
            s->code = static_cast<uint16_t>(LD | ABS | size(s->code));
            s->k += const_val(v);
            v = F(s->code, s->k, 0);
            done_ = false;
            non_branch_movement_ = true;
        } else {
            v = F(s->code, s->k, v);
        }
        vstore(s, &val[ir::A_ATOM], v, alter);
        break;
    case LD | LEN:
        v = F(s->code, 0, 0);
        vstore(s, &val[ir::A_ATOM], v, alter);
        break;
    case LD | IMM:
        v = kval(s->k);
        vstore(s, &val[ir::A_ATOM], v, alter);
        break;
    case LDX | IMM:
        v = kval(s->k);
        vstore(s, &val[ir::X_ATOM], v, alter);
        break;
    case LDX | MSH | B:
        v = F(s->code, s->k, 0);
        vstore(s, &val[ir::X_ATOM], v, alter);
        break;
    case ALU | NEG:
        if (alter && is_const(val[ir::A_ATOM])) {
            s->code = LD | IMM;
            s->k = 0u - const_val(val[ir::A_ATOM]);
            val[ir::A_ATOM] = kval(s->k);
        } else {
            val[ir::A_ATOM] = F(s->code, val[ir::A_ATOM], 0);
        }
        break;
    case ALU | ADD | K:
    case ALU | SUB | K:
    case ALU | MUL | K:
    case ALU | DIV | K:
    case ALU | MOD | K:
    case ALU | AND | K:
    case ALU | OR | K:
    case ALU | XOR | K:
    case ALU | LSH | K:
    case ALU | RSH | K: {
        const uint16_t o = aluop(s->code);
        if (alter) {
            if (s->k == 0) {
                // keep "sub #0": later rewrites may fold a comparison into it
                if (o == ADD || o == LSH || o == RSH || o == OR || o == XOR) {
                    s->code = ir::NOP;
                    break;
                }
                if (o == MUL || o == AND) {
                    s->code = LD | IMM;
                    val[ir::A_ATOM] = kval(s->k);
                    break;
                }
                if (o == DIV) opt_error("division by zero");
                if (o == MOD) opt_error("modulus by zero");
            }
            if (is_const(val[ir::A_ATOM])) {
                fold_op(s, val[ir::A_ATOM], kval(s->k));
                val[ir::A_ATOM] = kval(s->k);
                break;
            }
        }
        val[ir::A_ATOM] = F(s->code, val[ir::A_ATOM], kval(s->k));
        break;
    }
    case ALU | ADD | X:
    case ALU | SUB | X:
    case ALU | MUL | X:
    case ALU | DIV | X:
    case ALU | MOD | X:
    case ALU | AND | X:
    case ALU | OR | X:
    case ALU | XOR | X:
    case ALU | LSH | X:
    case ALU | RSH | X: {
        const uint16_t o = aluop(s->code);
        if (alter && is_const(val[ir::X_ATOM])) {
            if (is_const(val[ir::A_ATOM])) {
                fold_op(s, val[ir::A_ATOM], val[ir::X_ATOM]);
                val[ir::A_ATOM] = kval(s->k);
            } else {
                s->code = static_cast<uint16_t>(ALU | K | o);
                s->k = const_val(val[ir::X_ATOM]);
                if ((o == LSH || o == RSH) && s->k > 31) opt_error("shift by more than 31 bits");
                done_ = false;
                val[ir::A_ATOM] = F(s->code, val[ir::A_ATOM], kval(s->k));
                non_branch_movement_ = true;
            }
            break;
        }
        // operations on an accumulator known to be zero
        if (alter && is_const(val[ir::A_ATOM]) && const_val(val[ir::A_ATOM]) == 0) {
            if (o == ADD || o == OR || o == XOR) {
                s->code = MISC | TXA;
                vstore(s, &val[ir::A_ATOM], val[ir::X_ATOM], alter);
                break;
            }
            if (o == MUL || o == DIV || o == MOD || o == AND || o == LSH || o == RSH) {
                s->code = LD | IMM;
                s->k = 0;
                vstore(s, &val[ir::A_ATOM], kval(s->k), alter);
                break;
            }
            if (o == NEG) {
                s->code = ir::NOP;
                break;
            }
        }
        val[ir::A_ATOM] = F(s->code, val[ir::A_ATOM], val[ir::X_ATOM]);
        break;
    }
    case MISC | TXA: vstore(s, &val[ir::A_ATOM], val[ir::X_ATOM], alter); break;
    case LD | MEM:
        v = val[s->k];
        if (alter && is_const(v)) {
            s->code = LD | IMM;
            s->k = const_val(v);
            done_ = false;
            non_branch_movement_ = true;
        }
        vstore(s, &val[ir::A_ATOM], v, alter);
        break;
    case MISC | TAX: vstore(s, &val[ir::X_ATOM], val[ir::A_ATOM], alter); break;
    case LDX | MEM:
        v = val[s->k];
        if (alter && is_const(v)) {
            s->code = LDX | IMM;
            s->k = const_val(v);
            done_ = false;
            non_branch_movement_ = true;
        }
        vstore(s, &val[ir::X_ATOM], v, alter);
        break;
    case ST: vstore(s, &val[s->k], val[ir::A_ATOM], alter); break;
    case STX: vstore(s, &val[s->k], val[ir::X_ATOM], alter); break;
    default: break;
    }
}

void Optimizer::opt_peep(Block* b) {
    ir::Stmts& st = b->stmts;
    if (st.empty()) return;
    size_t last = 0;
    size_t next = 0;
    for (size_t s = 0;; s = next) {
        s = this_op(st, s);
        if (s >= st.size()) break;
        next = this_op(st, s + 1);
        if (next >= st.size()) break;
        last = next;

        // st M[k]; ldx M[k]  ->  st M[k]; tax
        if (st[s].code == ST && st[next].code == (LDX | MEM) && st[s].k == st[next].k) {
            done_ = false;
            st[next].code = MISC | TAX;
            non_branch_movement_ = true;
        }
        // ld #k; tax  ->  ldx #k; txa
        if (st[s].code == (LD | IMM) && st[next].code == (MISC | TAX)) {
            st[s].code = LDX | IMM;
            st[next].code = MISC | TXA;
            done_ = false;
            non_branch_movement_ = true;
        }
        // ld #k; [ldxms]; add x; tax; ld[x+j]  ->  [ldxms]; ld [x+j+k]  (tcp[k] and alike)
        if (st[s].code == (LD | IMM)) {
            if (atom_elem(b->out_use, ir::X_ATOM)) continue;
            size_t add = st[next].code != (LDX | MSH | B) ? next : this_op(st, next + 1);
            if (add >= st.size() || st[add].code != (ALU | ADD | X)) continue;
            size_t tax = this_op(st, add + 1);
            if (tax >= st.size() || st[tax].code != (MISC | TAX)) continue;
            size_t ild = this_op(st, tax + 1);
            if (ild >= st.size() || cls(st[ild].code) != LD || mode(st[ild].code) != IND) continue;
            st[ild].k += st[s].k;
            st[s].code = ir::NOP;
            st[add].code = ir::NOP;
            st[tax].code = ir::NOP;
            non_branch_movement_ = true;
            done_ = false;
        }
    }
    // Fold the last arithmetic operation into an equality test against a constant,
    // provided nothing downstream needs A.
    if (b->s.code == (JMP | JEQ | K) && !atom_elem(b->out_use, ir::A_ATOM)) {
        Stmt& l = st[last];
        if (l.code == (ALU | SUB | X)) {
            uint32_t v = b->val[ir::X_ATOM];
            if (is_const(v)) {
                b->s.k += const_val(v);
                l.code = ir::NOP;
                done_ = false;
                non_branch_movement_ = true;
            } else if (b->s.k == 0) {
                l.code = ir::NOP;
                b->s.code = JMP | JEQ | X;
                done_ = false;
                non_branch_movement_ = true;
            }
        } else if (l.code == (ALU | SUB | K)) {
            l.code = ir::NOP;
            b->s.k += l.k;
            done_ = false;
            non_branch_movement_ = true;
        } else if (l.code == (ALU | AND | K) && b->s.k == 0) {
            b->s.k = l.k;
            b->s.code = JMP | K | JSET;
            l.code = ir::NOP;
            done_ = false;
            non_branch_movement_ = true;
            std::swap(JT(b), JF(b));  // "== 0" became "& k": the sense flips
        }
    }
    // jset #0 never jumps. (libpcap also treats jset #0xffffffff as always true,
    // which is wrong for A == 0; we don't.)
    if (b->s.code == (JMP | K | JSET) && b->s.k == 0) JT(b) = JF(b);
    // compare against a known X as against a constant
    uint32_t xv = b->val[ir::X_ATOM];
    if (is_const(xv) && src(b->s.code) == X) {
        b->s.code = static_cast<uint16_t>(b->s.code & ~X);
        b->s.k = const_val(xv);
    }
    // a known A decides the branch
    uint32_t av = b->val[ir::A_ATOM];
    if (is_const(av) && src(b->s.code) == K) {
        uint32_t v = const_val(av);
        switch (aluop(b->s.code)) {
        case JEQ: v = v == b->s.k; break;
        case JGT: v = v > b->s.k; break;
        case JGE: v = v >= b->s.k; break;
        case JSET: v &= b->s.k; break;
        default: opt_error("internal error: bad jump");
        }
        if (JF(b) != JT(b)) {
            done_ = false;
            non_branch_movement_ = true;
        }
        if (v) JF(b) = JT(b);
        else JT(b) = JF(b);
    }
}

void Optimizer::deadstmt(Stmt* s, Stmt* last[]) {
    int atom = atomuse(*s);
    if (atom >= 0) {
        if (atom == ir::AX_ATOM) {
            last[ir::X_ATOM] = nullptr;
            last[ir::A_ATOM] = nullptr;
        } else {
            last[atom] = nullptr;
        }
    }
    atom = atomdef(*s);
    if (atom >= 0) {
        if (last[atom]) {
            done_ = false;
            last[atom]->code = ir::NOP;
            non_branch_movement_ = true;
        }
        last[atom] = s;
    }
}

void Optimizer::opt_deadstores(Block* b) {
    Stmt* last[ir::N_ATOMS] = {};
    for (Stmt& s : b->stmts) deadstmt(&s, last);
    deadstmt(&b->s, last);
    for (int atom = 0; atom < ir::N_ATOMS; ++atom) {
        if (last[atom] && !atom_elem(b->out_use, atom)) {
            last[atom]->code = ir::NOP;
            // the store is gone, so the value there is now unknown
            b->val[atom] = VAL_UNKNOWN;
            done_ = false;
            non_branch_movement_ = true;
        }
    }
}

void Optimizer::opt_blk(Block* b, bool do_stmts) {
    ir::Edge* p = b->in_edges;
    if (p == nullptr) {
        std::memset(b->val, 0, sizeof b->val);
    } else {
        // inherit from the first predecessor; disagreeing predecessors make it unknown
        std::memcpy(b->val, p->pred->val, sizeof b->val);
        while ((p = p->next) != nullptr)
            for (int i = 0; i < ir::N_ATOMS; ++i)
                if (b->val[i] != p->pred->val[i]) b->val[i] = 0;
    }
    const uint32_t aval = b->val[ir::A_ATOM];
    const uint32_t xval = b->val[ir::X_ATOM];
    for (Stmt& s : b->stmts) opt_stmt(&s, b->val, do_stmts);

    // A block that changes nothing anybody uses (or that just returns) needs no code.
    if (do_stmts && ((b->out_use == 0 && aval != VAL_UNKNOWN && b->val[ir::A_ATOM] == aval &&
                      xval != VAL_UNKNOWN && b->val[ir::X_ATOM] == xval) ||
                     cls(b->s.code) == RET)) {
        if (!b->stmts.empty()) {
            b->stmts.clear();
            non_branch_movement_ = true;
            done_ = false;
        }
    } else {
        opt_peep(b);
        opt_deadstores(b);
    }
    b->oval = src(b->s.code) == K ? kval(b->s.k) : b->val[ir::X_ATOM];
    b->et.code = b->s.code;
    b->ef.code = -static_cast<int>(b->s.code);
}

}  // namespace rd::bpf::opt
