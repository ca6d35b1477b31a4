#include "emit.hpp"

#include <unordered_set>

#include "gencode.hpp"

namespace rd::bpf {

using namespace op;
using ir::Block;
using ir::JF;
using ir::JT;

namespace {

class Emitter {
public:
    explicit Emitter(std::vector<Insn>& out) : out_(out) {}

    // Returns false when a branch turned out too long; the block is marked and the
    // caller starts again.
    bool convert(Block* p) {
        if (p == nullptr || !seen_.insert(p).second) return true;
        if (!convert(JF(p))) return false;
        if (!convert(JT(p))) return false;
        const int slen = ir::slength(p->stmts);
        tail_ -= static_cast<size_t>(slen + 1 + p->longjt + p->longjf);
        const size_t base = tail_;
        p->offset = static_cast<int>(base);
        size_t dst = base;
        int off = 0;
        for (size_t idx = 0; idx < p->stmts.size(); ++idx) {
            const ir::Stmt& s = p->stmts[idx];
            if (s.code == ir::NOP) continue;
            Insn& in = out_[dst];
            in.code = s.code;
            in.k = s.k;
            // A jump inside a statement list names its targets by position in the list.
            // Like libpcap, look them up among the first slen entries, NOPs included,
            // and measure from the emitted position.
            if (cls(s.code) == JMP && s.code != (JMP | JA) && off != slen - 2) {
                const size_t tjt = idx + 1 + s.jt, tjf = idx + 1 + s.jf;
                if (tjt >= static_cast<size_t>(slen) || tjf >= static_cast<size_t>(slen))
                    gen::fail("no destination found for block-local relative jump");
                const int jt = static_cast<int>(tjt) - off - 1, jf = static_cast<int>(tjf) - off - 1;
                if (jt < 0 || jf < 0 || jt > 255 || jf > 255)
                    gen::fail("out-of-range block-local relative jump");
                in.jt = static_cast<uint8_t>(jt);
                in.jf = static_cast<uint8_t>(jf);
            }
            ++dst;
            ++off;
        }
        const size_t br = dst;
        out_[br].code = p->s.code;
        out_[br].k = p->s.k;
        if (JT(p) != nullptr) {
            uint32_t extrajmps = 0;
            auto link = [&](Block* target, int& longflag, uint8_t& field) {
                uint32_t rel = static_cast<uint32_t>(target->offset) - static_cast<uint32_t>(br) - 1;
                if (rel >= 256) {
                    if (longflag == 0) {
                        ++longflag;
                        return false;
                    }
                    if (extrajmps >= 256) gen::fail("too many extra jumps");
                    field = static_cast<uint8_t>(extrajmps);
                    ++extrajmps;
                    out_[br + extrajmps].code = JMP | JA;
                    out_[br + extrajmps].k = rel - extrajmps;
                } else {
                    field = static_cast<uint8_t>(rel);
                }
                return true;
            };
            if (!link(JT(p), p->longjt, out_[br].jt)) return false;
            if (!link(JF(p), p->longjf, out_[br].jf)) return false;
        }
        return true;
    }

    size_t count(Block* p) {
        if (p == nullptr || !seen_.insert(p).second) return 0;
        size_t n = count(JT(p)) + count(JF(p));
        return static_cast<size_t>(ir::slength(p->stmts)) + n + 1 +
               static_cast<size_t>(p->longjt + p->longjf);
    }

    void reset(size_t n) {
        seen_.clear();
        out_.assign(n, Insn{0, 0, 0, 0});
        tail_ = n;
    }
    void forget() { seen_.clear(); }

private:
    std::vector<Insn>& out_;
    std::unordered_set<Block*> seen_;
    size_t tail_ = 0;
};

}  // namespace

std::vector<Insn> linearize(Block* root) {
    std::vector<Insn> out;
    Emitter e(out);
    while (true) {
        e.forget();
        size_t n = e.count(root);
        e.reset(n);
        if (e.convert(root)) break;
    }
    return out;
}

std::string validate(const std::vector<Insn>& prog, bool allow_backward) {
    const size_t n = prog.size();
    if (n == 0) return "empty program";
    if (n > MAXINSNS) return "program too long (" + std::to_string(n) + " > " +
                             std::to_string(MAXINSNS) + " instructions)";
    for (size_t pc = 0; pc < n; ++pc) {
        const Insn& in = prog[pc];
        const std::string where = "instruction " + std::to_string(pc) + ": ";
        switch (cls(in.code)) {
        case LD:
        case LDX: {
            uint16_t m = mode(in.code), sz = size(in.code);
            bool ok = false;
            if (cls(in.code) == LD)
                ok = (m == ABS || m == IND) ? (sz == W || sz == H || sz == B)
                     : (m == IMM || m == MEM || m == LEN) && sz == W;
            else
                ok = ((m == IMM || m == MEM || m == LEN) && sz == W) || (m == MSH && sz == B);
            if (!ok) return where + "bad load";
            if (m == MEM && in.k >= MEMWORDS) return where + "scratch index out of range";
            break;
        }
        case ST:
        case STX:
            if (in.code != ST && in.code != STX) return where + "bad store";
            if (in.k >= MEMWORDS) return where + "scratch index out of range";
            break;
        case ALU: {
            uint16_t o = aluop(in.code);
            if (o > XOR) return where + "bad ALU operation";
            if (src(in.code) == K) {
                if ((o == DIV || o == MOD) && in.k == 0) return where + "division by zero";
                if ((o == LSH || o == RSH) && in.k >= 32) return where + "shift out of range";
            }
            break;
        }
        case JMP: {
            uint16_t o = aluop(in.code);
            if (o == JA) {
                if (src(in.code) != K) return where + "bad jump";
                uint64_t target = static_cast<uint64_t>(pc) + 1 + in.k;
                bool backward = in.k >= 0x80000000u;
                if (backward) {
                    if (!allow_backward) return where + "backward jump";
                    int64_t t = static_cast<int64_t>(pc) + 1 + static_cast<int32_t>(in.k);
                    if (t < 0) return where + "jump out of range";
                } else if (target >= n) {
                    return where + "jump out of range";
                }
            } else {
                if (o != JEQ && o != JGT && o != JGE && o != JSET) return where + "bad jump";
                if (pc + 1 + in.jt >= n || pc + 1 + in.jf >= n) return where + "jump out of range";
            }
            break;
        }
        case RET:
            if (rval(in.code) != K && rval(in.code) != A) return where + "bad return";
            break;
        case MISC:
            if (in.code != (MISC | TAX) && in.code != (MISC | TXA)) return where + "bad misc";
            break;
        }
    }
    if (cls(prog.back().code) != RET) return "program does not end with a return";
    if (!allow_backward) {
        // The kernel also refuses reading a scratch word not written on every path
        // to the read. Forward jumps only here, so one pass in order suffices.
        std::vector<uint32_t> written(n, 0xffffu);  // words surely written on entry
        std::vector<bool> reached(n, false);
        written[0] = 0;
        reached[0] = true;
        auto flow = [&](size_t to, uint32_t set) {
            if (to >= n) return;
            written[to] = reached[to] ? (written[to] & set) : set;
            reached[to] = true;
        };
        for (size_t pc = 0; pc < n; ++pc) {
            if (!reached[pc]) continue;
            const Insn& in = prog[pc];
            uint32_t set = written[pc];
            if ((in.code == (LD | MEM) || in.code == (LDX | MEM)) && !(set & (1u << in.k)))
                return "instruction " + std::to_string(pc) + ": reads M[" + std::to_string(in.k) +
                       "] before it is written";
            if (in.code == ST || in.code == STX) set |= 1u << in.k;
            if (cls(in.code) == RET) continue;
            if (cls(in.code) == JMP) {
                if (aluop(in.code) == JA) {
                    flow(pc + 1 + in.k, set);
                } else {
                    flow(pc + 1 + in.jt, set);
                    flow(pc + 1 + in.jf, set);
                }
            } else {
                flow(pc + 1, set);
            }
        }
    }
    return {};
}

}  // namespace rd::bpf
