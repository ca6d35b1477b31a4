// Classic BPF opcode fields (the values of <linux/filter.h>, spelled out so the
// compiler does not depend on kernel headers).
#pragma once
#include <cstdint>

namespace rd::bpf::op {

// instruction classes
inline constexpr uint16_t LD = 0x00, LDX = 0x01, ST = 0x02, STX = 0x03, ALU = 0x04, JMP = 0x05,
                          RET = 0x06, MISC = 0x07;
// ld/ldx sizes
inline constexpr uint16_t W = 0x00, H = 0x08, B = 0x10;
// ld/ldx modes
inline constexpr uint16_t IMM = 0x00, ABS = 0x20, IND = 0x40, MEM = 0x60, LEN = 0x80, MSH = 0xa0;
// alu/jmp operations
inline constexpr uint16_t ADD = 0x00, SUB = 0x10, MUL = 0x20, DIV = 0x30, OR = 0x40, AND = 0x50,
                          LSH = 0x60, RSH = 0x70, NEG = 0x80, MOD = 0x90, XOR = 0xa0;
inline constexpr uint16_t JA = 0x00, JEQ = 0x10, JGT = 0x20, JGE = 0x30, JSET = 0x40;
// operand source
inline constexpr uint16_t K = 0x00, X = 0x08;
// ret value source
inline constexpr uint16_t A = 0x10;
// misc operations
inline constexpr uint16_t TAX = 0x00, TXA = 0x80;

constexpr uint16_t cls(uint16_t c) { return c & 0x07; }
constexpr uint16_t size(uint16_t c) { return c & 0x18; }
constexpr uint16_t mode(uint16_t c) { return c & 0xe0; }
constexpr uint16_t aluop(uint16_t c) { return c & 0xf0; }
constexpr uint16_t src(uint16_t c) { return c & 0x08; }
constexpr uint16_t rval(uint16_t c) { return c & 0x18; }
constexpr uint16_t miscop(uint16_t c) { return c & 0xf8; }

inline constexpr uint32_t MEMWORDS = 16;   // scratch memory M[0..15]
inline constexpr uint32_t MAXINSNS = 4096; // Linux BPF_MAXINSNS

// Linux ancillary data offsets (SKF_AD_OFF + SKF_AD_*), as unsigned k values.
inline constexpr uint32_t SKF_AD_OFF = 0xfffff000u;
inline constexpr uint32_t SKF_AD_PROTOCOL = 0, SKF_AD_PKTTYPE = 4, SKF_AD_IFINDEX = 8,
                          SKF_AD_NLATTR = 12, SKF_AD_NLATTR_NEST = 16, SKF_AD_MARK = 20,
                          SKF_AD_QUEUE = 24, SKF_AD_HATYPE = 28, SKF_AD_RXHASH = 32,
                          SKF_AD_CPU = 36, SKF_AD_ALU_XOR_X = 40, SKF_AD_VLAN_TAG = 44,
                          SKF_AD_VLAN_TAG_PRESENT = 48, SKF_AD_PAY_OFFSET = 52,
                          SKF_AD_RANDOM = 56, SKF_AD_VLAN_TPID = 60, SKF_AD_MAX = 64;

}  // namespace rd::bpf::op
