// The classic BPF machine in user space, with the kernel's rules: A, X and M[] start
// at zero, a load past the captured bytes or a division by X == 0 drops the packet.
#include "opcodes.hpp"
#include "ringdump/bpf/filter.hpp"

namespace rd::bpf {

using namespace op;

namespace {
// protochain loops backwards; bound the work so a hostile header chain can't hang us
constexpr uint64_t kMaxSteps = 1u << 22;

inline bool fits(uint64_t off, uint32_t n, size_t caplen) { return off + n <= caplen; }
}  // namespace

RunOutcome run_detailed(const FilterProgram& prog, std::span<const uint8_t> pkt,
                        uint32_t wirelen) {
    const Insn* code = prog.insns.data();
    const size_t n = prog.insns.size();
    const uint8_t* d = pkt.data();
    const size_t cap = pkt.size();
    uint32_t ra = 0, rx = 0;  // the A and X registers
    uint32_t M[MEMWORDS] = {};
    size_t pc = 0;
    for (uint64_t steps = 0; steps < kMaxSteps; ++steps) {
        if (pc >= n) return {};
        const Insn& in = code[pc++];
        const uint32_t k = in.k;
        switch (in.code) {
        case RET | K: return {k, false};
        case RET | A: return {ra, false};
        case LD | W | ABS:
            if (!fits(k, 4, cap)) return {0, true};
            ra = (uint32_t{d[k]} << 24) | (uint32_t{d[k + 1]} << 16) | (uint32_t{d[k + 2]} << 8) | d[k + 3];
            break;
        case LD | H | ABS:
            if (!fits(k, 2, cap)) return {0, true};
            ra = (uint32_t{d[k]} << 8) | d[k + 1];
            break;
        case LD | B | ABS:
            if (!fits(k, 1, cap)) return {0, true};
            ra = d[k];
            break;
        case LD | W | IND: {
            uint64_t o = uint64_t{rx} + k;
            if (!fits(o, 4, cap)) return {0, true};
            ra = (uint32_t{d[o]} << 24) | (uint32_t{d[o + 1]} << 16) | (uint32_t{d[o + 2]} << 8) | d[o + 3];
            break;
        }
        case LD | H | IND: {
            uint64_t o = uint64_t{rx} + k;
            if (!fits(o, 2, cap)) return {0, true};
            ra = (uint32_t{d[o]} << 8) | d[o + 1];
            break;
        }
        case LD | B | IND: {
            uint64_t o = uint64_t{rx} + k;
            if (!fits(o, 1, cap)) return {0, true};
            ra = d[o];
            break;
        }
        case LD | W | LEN: ra = wirelen; break;
        case LDX | W | LEN: rx = wirelen; break;
        case LD | IMM: ra = k; break;
        case LDX | IMM: rx = k; break;
        case LD | MEM: ra = k < MEMWORDS ? M[k] : 0; break;
        case LDX | MEM: rx = k < MEMWORDS ? M[k] : 0; break;
        case LDX | B | MSH:
            if (!fits(k, 1, cap)) return {0, true};
            rx = (d[k] & 0xfu) << 2;
            break;
        case ST: if (k < MEMWORDS) M[k] = ra; break;
        case STX: if (k < MEMWORDS) M[k] = rx; break;
        case JMP | JA:  // signed: protochain jumps backwards
            pc = static_cast<size_t>(static_cast<int64_t>(pc) + static_cast<int32_t>(k));
            break;
        case JMP | JEQ | K: pc += ra == k ? in.jt : in.jf; break;
        case JMP | JGT | K: pc += ra > k ? in.jt : in.jf; break;
        case JMP | JGE | K: pc += ra >= k ? in.jt : in.jf; break;
        case JMP | JSET | K: pc += (ra & k) ? in.jt : in.jf; break;
        case JMP | JEQ | X: pc += ra == rx ? in.jt : in.jf; break;
        case JMP | JGT | X: pc += ra > rx ? in.jt : in.jf; break;
        case JMP | JGE | X: pc += ra >= rx ? in.jt : in.jf; break;
        case JMP | JSET | X: pc += (ra & rx) ? in.jt : in.jf; break;
        case ALU | ADD | X: ra += rx; break;
        case ALU | SUB | X: ra -= rx; break;
        case ALU | MUL | X: ra *= rx; break;
        case ALU | DIV | X:
            if (rx == 0) return {};
            ra /= rx;
            break;
        case ALU | MOD | X:
            if (rx == 0) return {};
            ra %= rx;
            break;
        case ALU | AND | X: ra &= rx; break;
        case ALU | OR | X: ra |= rx; break;
        case ALU | XOR | X: ra ^= rx; break;
        case ALU | LSH | X: ra = rx < 32 ? ra << rx : 0; break;
        case ALU | RSH | X: ra = rx < 32 ? ra >> rx : 0; break;
        case ALU | ADD | K: ra += k; break;
        case ALU | SUB | K: ra -= k; break;
        case ALU | MUL | K: ra *= k; break;
        case ALU | DIV | K:
            if (k == 0) return {};
            ra /= k;
            break;
        case ALU | MOD | K:
            if (k == 0) return {};
            ra %= k;
            break;
        case ALU | AND | K: ra &= k; break;
        case ALU | OR | K: ra |= k; break;
        case ALU | XOR | K: ra ^= k; break;
        case ALU | LSH | K: ra = k < 32 ? ra << k : 0; break;
        case ALU | RSH | K: ra = k < 32 ? ra >> k : 0; break;
        case ALU | NEG: ra = 0u - ra; break;
        case MISC | TAX: rx = ra; break;
        case MISC | TXA: ra = rx; break;
        default: return {};  // not a classic BPF instruction
        }
    }
    return {};
}

uint32_t run(const FilterProgram& prog, std::span<const uint8_t> pkt, uint32_t wirelen) {
    return run_detailed(prog, pkt, wirelen).verdict;
}

}  // namespace rd::bpf
