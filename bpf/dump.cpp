// tcpdump's program listings: -d (readable), -dd (C array), -ddd (decimal).
#include <cstdarg>
#include <cstdio>
#include <string>

#include "opcodes.hpp"
#include "ringdump/bpf/filter.hpp"

namespace rd::bpf {

using namespace op;

namespace {

__attribute__((format(printf, 1, 2))) std::string fmt(const char* f, ...) {
    char buf[128];
    va_list ap;
    va_start(ap, f);
    std::vsnprintf(buf, sizeof buf, f, ap);
    va_end(ap);
    return buf;
}

// Names the Linux kernel gives to ancillary-data offsets (SKF_AD_OFF + n).
const char* ancillary_name(uint32_t k) {
    if (k < SKF_AD_OFF || k >= SKF_AD_OFF + SKF_AD_MAX) return nullptr;
    switch (k - SKF_AD_OFF) {
    case SKF_AD_PROTOCOL: return "proto";
    case SKF_AD_PKTTYPE: return "type";
    case SKF_AD_IFINDEX: return "ifidx";
    case SKF_AD_NLATTR: return "nla";
    case SKF_AD_NLATTR_NEST: return "nlan";
    case SKF_AD_MARK: return "mark";
    case SKF_AD_QUEUE: return "queue";
    case SKF_AD_HATYPE: return "hatype";
    case SKF_AD_RXHASH: return "rxhash";
    case SKF_AD_CPU: return "cpu";
    case SKF_AD_VLAN_TAG: return "vlan_tci";
    case SKF_AD_VLAN_TAG_PRESENT: return "vlanp";
    case SKF_AD_PAY_OFFSET: return "poff";
    case SKF_AD_RANDOM: return "random";
    case SKF_AD_VLAN_TPID: return "vlan_tpid";
    default: return nullptr;
    }
}

std::string image(const Insn& p, int n) {
    const char* op = "unimp";
    std::string operand;
    const int k = static_cast<int>(p.k);
    switch (p.code) {
    default: operand = fmt("0x%x", p.code); break;
    case RET | K: op = "ret"; operand = fmt("#%d", k); break;
    case RET | A: op = "ret"; break;
    case LD | W | ABS:
    case LD | H | ABS:
    case LD | B | ABS:
        op = size(p.code) == W ? "ld" : size(p.code) == H ? "ldh" : "ldb";
        if (const char* name = ancillary_name(p.k)) operand = fmt("[%s]", name);
        else operand = fmt("[%d]", k);
        break;
    case LD | W | LEN: op = "ld"; operand = "#pktlen"; break;
    case LD | W | IND: op = "ld"; operand = fmt("[x + %d]", k); break;
    case LD | H | IND: op = "ldh"; operand = fmt("[x + %d]", k); break;
    case LD | B | IND: op = "ldb"; operand = fmt("[x + %d]", k); break;
    case LD | IMM: op = "ld"; operand = fmt("#0x%x", p.k); break;
    case LDX | IMM: op = "ldx"; operand = fmt("#0x%x", p.k); break;
    case LDX | MSH | B: op = "ldxb"; operand = fmt("4*([%d]&0xf)", k); break;
    case LD | MEM: op = "ld"; operand = fmt("M[%d]", k); break;
    case LDX | MEM: op = "ldx"; operand = fmt("M[%d]", k); break;
    case ST: op = "st"; operand = fmt("M[%d]", k); break;
    case STX: op = "stx"; operand = fmt("M[%d]", k); break;
    case JMP | JA: op = "ja"; operand = fmt("%d", static_cast<int>(n + 1 + p.k)); break;
    case JMP | JGT | K: op = "jgt"; operand = fmt("#0x%x", p.k); break;
    case JMP | JGE | K: op = "jge"; operand = fmt("#0x%x", p.k); break;
    case JMP | JEQ | K: op = "jeq"; operand = fmt("#0x%x", p.k); break;
    case JMP | JSET | K: op = "jset"; operand = fmt("#0x%x", p.k); break;
    case JMP | JGT | X: op = "jgt"; operand = "x"; break;
    case JMP | JGE | X: op = "jge"; operand = "x"; break;
    case JMP | JEQ | X: op = "jeq"; operand = "x"; break;
    case JMP | JSET | X: op = "jset"; operand = "x"; break;
    case ALU | ADD | X: op = "add"; operand = "x"; break;
    case ALU | SUB | X: op = "sub"; operand = "x"; break;
    case ALU | MUL | X: op = "mul"; operand = "x"; break;
    case ALU | DIV | X: op = "div"; operand = "x"; break;
    case ALU | MOD | X: op = "mod"; operand = "x"; break;
    case ALU | AND | X: op = "and"; operand = "x"; break;
    case ALU | OR | X: op = "or"; operand = "x"; break;
    case ALU | XOR | X: op = "xor"; operand = "x"; break;
    case ALU | LSH | X: op = "lsh"; operand = "x"; break;
    case ALU | RSH | X: op = "rsh"; operand = "x"; break;
    case ALU | ADD | K: op = "add"; operand = fmt("#%d", k); break;
    case ALU | SUB | K: op = "sub"; operand = fmt("#%d", k); break;
    case ALU | MUL | K: op = "mul"; operand = fmt("#%d", k); break;
    case ALU | DIV | K: op = "div"; operand = fmt("#%d", k); break;
    case ALU | MOD | K: op = "mod"; operand = fmt("#%d", k); break;
    case ALU | AND | K: op = "and"; operand = fmt("#0x%x", p.k); break;
    case ALU | OR | K: op = "or"; operand = fmt("#0x%x", p.k); break;
    case ALU | XOR | K: op = "xor"; operand = fmt("#0x%x", p.k); break;
    case ALU | LSH | K: op = "lsh"; operand = fmt("#%d", k); break;
    case ALU | RSH | K: op = "rsh"; operand = fmt("#%d", k); break;
    case ALU | NEG: op = "neg"; break;
    case MISC | TAX: op = "tax"; break;
    case MISC | TXA: op = "txa"; break;
    }
    if (cls(p.code) == JMP && aluop(p.code) != JA)
        return fmt("(%03d) %-8s %-16s jt %d\tjf %d", n, op, operand.c_str(), n + 1 + p.jt,
                   n + 1 + p.jf);
    return fmt("(%03d) %-8s %s", n, op, operand.c_str());
}

}  // namespace

std::string dump(const FilterProgram& prog, int level) {
    std::string out;
    const auto& insns = prog.insns;
    if (level > 2) {
        out += std::to_string(insns.size()) + "\n";
        for (const Insn& p : insns)
            out += fmt("%u %u %u %u\n", p.code, p.jt, p.jf, p.k);
        return out;
    }
    if (level > 1) {
        for (const Insn& p : insns)
            out += fmt("{ 0x%x, %d, %d, 0x%08x },\n", p.code, p.jt, p.jf, p.k);
        return out;
    }
    for (size_t i = 0; i < insns.size(); ++i) out += image(insns[i], static_cast<int>(i)) + "\n";
    return out;
}

}  // namespace rd::bpf
