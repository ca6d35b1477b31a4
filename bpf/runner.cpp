// FilterRunner: classic BPF as threaded code. The semantics are bpf::run()'s (interp.cpp):
// A, X and M[] start at zero, a load past the captured bytes or a division by zero drops
// the packet, running off the end drops it. What makes it faster, measured on the
// filter benchmark (scripts/bench/filter.sh), is in runner.hpp.
#include "ringdump/bpf/runner.hpp"

#include <algorithm>
#include <utility>

#include "opcodes.hpp"

namespace rd::bpf {

using namespace op;

namespace {

// Step kinds; the order is the label table's in FilterRunner::run().
enum Kind : uint8_t {
    kRetK, kRetA,
    kLdW, kLdH, kLdB, kLdWInd, kLdHInd, kLdBInd, kLdLen, kLdxLen, kLdImm, kLdxImm,
    kLdMem, kLdxMem, kLdxMsh, kSt, kStx,
    kJa, kJeqK, kJgtK, kJgeK, kJsetK, kJeqX, kJgtX, kJgeX, kJsetX,
    kAddX, kSubX, kMulX, kDivX, kModX, kAndX, kOrX, kXorX, kLshX, kRshX,
    kAddK, kSubK, kMulK, kDivK, kModK, kAndK, kOrK, kXorK, kLshK, kRshK, kNeg,
    kTax, kTxa, kBad,
    // load (absolute, then indexed; word, half, byte) fused with the compare after it
    kWEq, kWGt, kWGe, kWSet, kHEq, kHGt, kHGe, kHSet, kBEq, kBGt, kBGe, kBSet,
    kWIEq, kWIGt, kWIGe, kWISet, kHIEq, kHIGt, kHIGe, kHISet, kBIEq, kBIGt, kBIGe, kBISet,
    kKinds
};

Kind plain_kind(uint16_t code) {
    switch (code) {
    case RET | K: return kRetK;
    case RET | A: return kRetA;
    case LD | W | ABS: return kLdW;
    case LD | H | ABS: return kLdH;
    case LD | B | ABS: return kLdB;
    case LD | W | IND: return kLdWInd;
    case LD | H | IND: return kLdHInd;
    case LD | B | IND: return kLdBInd;
    case LD | W | LEN: return kLdLen;
    case LDX | W | LEN: return kLdxLen;
    case LD | IMM: return kLdImm;
    case LDX | IMM: return kLdxImm;
    case LD | MEM: return kLdMem;
    case LDX | MEM: return kLdxMem;
    case LDX | B | MSH: return kLdxMsh;
    case ST: return kSt;
    case STX: return kStx;
    case JMP | JA: return kJa;
    case JMP | JEQ | K: return kJeqK;
    case JMP | JGT | K: return kJgtK;
    case JMP | JGE | K: return kJgeK;
    case JMP | JSET | K: return kJsetK;
    case JMP | JEQ | X: return kJeqX;
    case JMP | JGT | X: return kJgtX;
    case JMP | JGE | X: return kJgeX;
    case JMP | JSET | X: return kJsetX;
    case ALU | ADD | X: return kAddX;
    case ALU | SUB | X: return kSubX;
    case ALU | MUL | X: return kMulX;
    case ALU | DIV | X: return kDivX;
    case ALU | MOD | X: return kModX;
    case ALU | AND | X: return kAndX;
    case ALU | OR | X: return kOrX;
    case ALU | XOR | X: return kXorX;
    case ALU | LSH | X: return kLshX;
    case ALU | RSH | X: return kRshX;
    case ALU | ADD | K: return kAddK;
    case ALU | SUB | K: return kSubK;
    case ALU | MUL | K: return kMulK;
    case ALU | DIV | K: return kDivK;
    case ALU | MOD | K: return kModK;
    case ALU | AND | K: return kAndK;
    case ALU | OR | K: return kOrK;
    case ALU | XOR | K: return kXorK;
    case ALU | LSH | K: return kLshK;
    case ALU | RSH | K: return kRshK;
    case ALU | NEG: return kNeg;
    case MISC | TAX: return kTax;
    case MISC | TXA: return kTxa;
    default: return kBad;
    }
}

// The fused kind for a load followed by a conditional jump on k, else kBad.
Kind fused_kind(Kind load, uint16_t jump) {
    int cmp;
    switch (jump) {
    case JMP | JEQ | K: cmp = 0; break;
    case JMP | JGT | K: cmp = 1; break;
    case JMP | JGE | K: cmp = 2; break;
    case JMP | JSET | K: cmp = 3; break;
    default: return kBad;
    }
    int base;
    switch (load) {
    case kLdW: base = kWEq; break;
    case kLdH: base = kHEq; break;
    case kLdB: base = kBEq; break;
    case kLdWInd: base = kWIEq; break;
    case kLdHInd: base = kHIEq; break;
    case kLdBInd: base = kBIEq; break;
    default: return kBad;
    }
    return static_cast<Kind>(base + cmp);
}

inline uint32_t be32(const uint8_t* p) {
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}
inline uint32_t be16(const uint8_t* p) { return (uint32_t{p[0]} << 8) | p[1]; }

}  // namespace

FilterRunner::FilterRunner(FilterProgram prog) : prog_(std::move(prog)) {
    const auto& in = prog_.insns;
    const uint32_t n = static_cast<uint32_t>(in.size());
    if (in.size() >= UINT32_MAX) return;
    // Running off the end drops the packet, as a jump past it does: both land on n.
    auto target = [n](uint64_t t) { return static_cast<uint32_t>(std::min<uint64_t>(t, n)); };
    std::vector<Op> ops(n + 1);
    for (uint32_t i = 0; i < n; ++i) {
        const Insn& x = in[i];
        Op& o = ops[i];
        o.kind = plain_kind(x.code);
        o.k = x.k;
        o.k2 = 0;
        o.jt = o.jf = i + 1;
        if (o.kind == kLdMem || o.kind == kLdxMem) uses_memory_ = true;
        if (o.kind == kJa) {
            // Backward (protochain's loop) needs bpf::run()'s step bound: not threaded.
            if (static_cast<int32_t>(x.k) < 0) return;
            o.jt = o.jf = target(uint64_t{i} + 1 + x.k);
        } else if (op::cls(x.code) == JMP && o.kind != kBad) {
            o.jt = target(uint64_t{i} + 1 + x.jt);
            o.jf = target(uint64_t{i} + 1 + x.jf);
        }
        // A jump may still land on the compare at i + 1: its own step stays in place.
        if (i + 1 < n) {
            Kind f = fused_kind(static_cast<Kind>(o.kind), in[i + 1].code);
            if (f != kBad) {
                o.kind = f;
                o.k2 = in[i + 1].k;
                o.jt = target(uint64_t{i} + 2 + in[i + 1].jt);
                o.jf = target(uint64_t{i} + 2 + in[i + 1].jf);
            }
        }
    }
    ops[n] = Op{kRetK, 0, 0, n, n};
    ops_ = std::move(ops);
}

// Labels as values (a GNU extension GCC and Clang share) give each step its own indirect
// jump, which the branch predictor learns per step instead of per program.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"

uint32_t FilterRunner::run(std::span<const uint8_t> pkt, uint32_t wirelen) const {
    if (ops_.empty()) return prog_.insns.empty() ? 0 : bpf::run(prog_, pkt, wirelen);
    static const void* const labels[kKinds] = {
        &&RetK, &&RetA,
        &&LdW, &&LdH, &&LdB, &&LdWInd, &&LdHInd, &&LdBInd, &&LdLen, &&LdxLen, &&LdImm, &&LdxImm,
        &&LdMem, &&LdxMem, &&LdxMsh, &&St, &&Stx,
        &&Ja, &&JeqK, &&JgtK, &&JgeK, &&JsetK, &&JeqX, &&JgtX, &&JgeX, &&JsetX,
        &&AddX, &&SubX, &&MulX, &&DivX, &&ModX, &&AndX, &&OrX, &&XorX, &&LshX, &&RshX,
        &&AddK, &&SubK, &&MulK, &&DivK, &&ModK, &&AndK, &&OrK, &&XorK, &&LshK, &&RshK, &&Neg,
        &&Tax, &&Txa, &&Bad,
        &&WEq, &&WGt, &&WGe, &&WSet, &&HEq, &&HGt, &&HGe, &&HSet, &&BEq, &&BGt, &&BGe, &&BSet,
        &&WIEq, &&WIGt, &&WIGe, &&WISet, &&HIEq, &&HIGt, &&HIGe, &&HISet,
        &&BIEq, &&BIGt, &&BIGe, &&BISet,
    };
    const Op* const code = ops_.data();
    const uint8_t* const d = pkt.data();
    const uint64_t cap = pkt.size();
    uint32_t ra = 0, rx = 0;
    uint32_t M[MEMWORDS];
    if (uses_memory_) std::fill(M, M + MEMWORDS, 0u);
    const Op* o = code;
    uint64_t off = 0;

#define RD_NEXT(idx)          \
    do {                      \
        o = code + (idx);     \
        goto* labels[o->kind]; \
    } while (0)
#define RD_STEP() RD_NEXT(o->jf)
#define RD_LOAD(bytes, base, expr)              \
    off = uint64_t{base} + o->k;                \
    if (off + (bytes) > cap) return 0;          \
    ra = (expr)
// A fused load and compare: load as RD_LOAD, then branch on `ra OP k2`.
#define RD_FUSED(bytes, base, expr, test) \
    RD_LOAD(bytes, base, expr);           \
    RD_NEXT((test) ? o->jt : o->jf)

    goto* labels[o->kind];

RetK: return o->k;
RetA: return ra;
LdW: RD_LOAD(4, 0, be32(d + off)); RD_STEP();
LdH: RD_LOAD(2, 0, be16(d + off)); RD_STEP();
LdB: RD_LOAD(1, 0, d[off]); RD_STEP();
LdWInd: RD_LOAD(4, rx, be32(d + off)); RD_STEP();
LdHInd: RD_LOAD(2, rx, be16(d + off)); RD_STEP();
LdBInd: RD_LOAD(1, rx, d[off]); RD_STEP();
LdLen: ra = wirelen; RD_STEP();
LdxLen: rx = wirelen; RD_STEP();
LdImm: ra = o->k; RD_STEP();
LdxImm: rx = o->k; RD_STEP();
LdMem: ra = o->k < MEMWORDS ? M[o->k] : 0; RD_STEP();
LdxMem: rx = o->k < MEMWORDS ? M[o->k] : 0; RD_STEP();
LdxMsh:
    if (uint64_t{o->k} + 1 > cap) return 0;
    rx = (d[o->k] & 0xfu) << 2;
    RD_STEP();
St: if (o->k < MEMWORDS) M[o->k] = ra; RD_STEP();
Stx: if (o->k < MEMWORDS) M[o->k] = rx; RD_STEP();
Ja: RD_STEP();
JeqK: RD_NEXT(ra == o->k ? o->jt : o->jf);
JgtK: RD_NEXT(ra > o->k ? o->jt : o->jf);
JgeK: RD_NEXT(ra >= o->k ? o->jt : o->jf);
JsetK: RD_NEXT((ra & o->k) ? o->jt : o->jf);
JeqX: RD_NEXT(ra == rx ? o->jt : o->jf);
JgtX: RD_NEXT(ra > rx ? o->jt : o->jf);
JgeX: RD_NEXT(ra >= rx ? o->jt : o->jf);
JsetX: RD_NEXT((ra & rx) ? o->jt : o->jf);
AddX: ra += rx; RD_STEP();
SubX: ra -= rx; RD_STEP();
MulX: ra *= rx; RD_STEP();
DivX: if (rx == 0) return 0; ra /= rx; RD_STEP();
ModX: if (rx == 0) return 0; ra %= rx; RD_STEP();
AndX: ra &= rx; RD_STEP();
OrX: ra |= rx; RD_STEP();
XorX: ra ^= rx; RD_STEP();
LshX: ra = rx < 32 ? ra << rx : 0; RD_STEP();
RshX: ra = rx < 32 ? ra >> rx : 0; RD_STEP();
AddK: ra += o->k; RD_STEP();
SubK: ra -= o->k; RD_STEP();
MulK: ra *= o->k; RD_STEP();
DivK: if (o->k == 0) return 0; ra /= o->k; RD_STEP();
ModK: if (o->k == 0) return 0; ra %= o->k; RD_STEP();
AndK: ra &= o->k; RD_STEP();
OrK: ra |= o->k; RD_STEP();
XorK: ra ^= o->k; RD_STEP();
LshK: ra = o->k < 32 ? ra << o->k : 0; RD_STEP();
RshK: ra = o->k < 32 ? ra >> o->k : 0; RD_STEP();
Neg: ra = 0u - ra; RD_STEP();
Tax: rx = ra; RD_STEP();
Txa: ra = rx; RD_STEP();
Bad: return 0;

WEq: RD_FUSED(4, 0, be32(d + off), ra == o->k2);
WGt: RD_FUSED(4, 0, be32(d + off), ra > o->k2);
WGe: RD_FUSED(4, 0, be32(d + off), ra >= o->k2);
WSet: RD_FUSED(4, 0, be32(d + off), ra & o->k2);
HEq: RD_FUSED(2, 0, be16(d + off), ra == o->k2);
HGt: RD_FUSED(2, 0, be16(d + off), ra > o->k2);
HGe: RD_FUSED(2, 0, be16(d + off), ra >= o->k2);
HSet: RD_FUSED(2, 0, be16(d + off), ra & o->k2);
BEq: RD_FUSED(1, 0, d[off], ra == o->k2);
BGt: RD_FUSED(1, 0, d[off], ra > o->k2);
BGe: RD_FUSED(1, 0, d[off], ra >= o->k2);
BSet: RD_FUSED(1, 0, d[off], ra & o->k2);
WIEq: RD_FUSED(4, rx, be32(d + off), ra == o->k2);
WIGt: RD_FUSED(4, rx, be32(d + off), ra > o->k2);
WIGe: RD_FUSED(4, rx, be32(d + off), ra >= o->k2);
WISet: RD_FUSED(4, rx, be32(d + off), ra & o->k2);
HIEq: RD_FUSED(2, rx, be16(d + off), ra == o->k2);
HIGt: RD_FUSED(2, rx, be16(d + off), ra > o->k2);
HIGe: RD_FUSED(2, rx, be16(d + off), ra >= o->k2);
HISet: RD_FUSED(2, rx, be16(d + off), ra & o->k2);
BIEq: RD_FUSED(1, rx, d[off], ra == o->k2);
BIGt: RD_FUSED(1, rx, d[off], ra > o->k2);
BIGe: RD_FUSED(1, rx, d[off], ra >= o->k2);
BISet: RD_FUSED(1, rx, d[off], ra & o->k2);

#undef RD_FUSED
#undef RD_LOAD
#undef RD_STEP
#undef RD_NEXT
}

#pragma GCC diagnostic pop

}  // namespace rd::bpf
