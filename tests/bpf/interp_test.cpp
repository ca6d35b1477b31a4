// The interpreter: kernel semantics on hand-written programs and on compiled filters.
#include <vector>

#include "bpf_test_util.hpp"

using namespace bpftest;
using rd::bpf::FilterProgram;
using rd::bpf::Insn;

namespace {
// opcode shorthands (classic BPF encoding)
constexpr uint16_t LD_W_ABS = 0x20, LD_H_ABS = 0x28, LD_B_ABS = 0x30, LD_B_IND = 0x50,
                   LD_LEN = 0x80, LD_IMM = 0x00, LDX_IMM = 0x01, LD_MEM = 0x60, ST = 0x02,
                   LDX_MSH = 0xb1, TAX = 0x07, TXA = 0x87, RET_K = 0x06, RET_A = 0x16,
                   JA = 0x05, JEQ_K = 0x15, JSET_K = 0x45, DIV_X = 0x3c, MOD_X = 0x9c,
                   LSH_X = 0x6c, ADD_K = 0x04, NEG = 0x84;

uint32_t run(std::vector<Insn> insns, std::vector<uint8_t> pkt, uint32_t wirelen = 0) {
    FilterProgram p{std::move(insns)};
    return rd::bpf::run(p, pkt, wirelen ? wirelen : static_cast<uint32_t>(pkt.size()));
}
}  // namespace

TEST_CASE("loads past the captured bytes drop the packet", "[interp]") {
    std::vector<uint8_t> pkt{1, 2, 3, 4};
    CHECK(run({{LD_W_ABS, 0, 0, 0}, {RET_A, 0, 0, 0}}, pkt) == 0x01020304u);
    CHECK(run({{LD_W_ABS, 0, 0, 1}, {RET_K, 0, 0, 7}}, pkt) == 0);
    CHECK(run({{LD_H_ABS, 0, 0, 2}, {RET_A, 0, 0, 0}}, pkt) == 0x0304u);
    CHECK(run({{LD_H_ABS, 0, 0, 3}, {RET_K, 0, 0, 7}}, pkt) == 0);
    CHECK(run({{LD_B_ABS, 0, 0, 0xffffffffu}, {RET_K, 0, 0, 7}}, pkt) == 0);
    // indexed: X + k must not wrap around
    CHECK(run({{LDX_IMM, 0, 0, 0xffffffffu}, {LD_B_IND, 0, 0, 1}, {RET_K, 0, 0, 7}}, pkt) == 0);
    CHECK(run({{LDX_IMM, 0, 0, 1}, {LD_B_IND, 0, 0, 2}, {RET_A, 0, 0, 0}}, pkt) == 4);
    CHECK(run({{LDX_MSH, 0, 0, 0}, {TXA, 0, 0, 0}, {RET_A, 0, 0, 0}}, {0x45}) == 20);
    CHECK(run({{LDX_MSH, 0, 0, 1}, {RET_K, 0, 0, 7}}, {0x45}) == 0);
}

TEST_CASE("registers and scratch memory start at zero", "[interp]") {
    CHECK(run({{RET_A, 0, 0, 0}}, {}) == 0);
    CHECK(run({{LD_MEM, 0, 0, 15}, {ADD_K, 0, 0, 9}, {RET_A, 0, 0, 0}}, {}) == 9);
    CHECK(run({{TXA, 0, 0, 0}, {ADD_K, 0, 0, 3}, {RET_A, 0, 0, 0}}, {}) == 3);
    CHECK(run({{LD_IMM, 0, 0, 5}, {ST, 0, 0, 2}, {LD_MEM, 0, 0, 2}, {RET_A, 0, 0, 0}}, {}) == 5);
    CHECK(run({{LD_LEN, 0, 0, 0}, {RET_A, 0, 0, 0}}, {1, 2}, 1500) == 1500);
}

TEST_CASE("arithmetic corner cases", "[interp]") {
    // division and modulus by X == 0 drop the packet
    CHECK(run({{LD_IMM, 0, 0, 9}, {DIV_X, 0, 0, 0}, {RET_K, 0, 0, 1}}, {}) == 0);
    CHECK(run({{LD_IMM, 0, 0, 9}, {MOD_X, 0, 0, 0}, {RET_K, 0, 0, 1}}, {}) == 0);
    CHECK(run({{LDX_IMM, 0, 0, 4}, {LD_IMM, 0, 0, 9}, {DIV_X, 0, 0, 0}, {RET_A, 0, 0, 0}}, {}) == 2);
    // a shift by 32 or more leaves 0
    CHECK(run({{LDX_IMM, 0, 0, 32}, {LD_IMM, 0, 0, 9}, {LSH_X, 0, 0, 0}, {RET_A, 0, 0, 0}}, {}) == 0);
    CHECK(run({{LD_IMM, 0, 0, 1}, {NEG, 0, 0, 0}, {RET_A, 0, 0, 0}}, {}) == 0xffffffffu);
    CHECK(run({{LD_IMM, 0, 0, 1}, {TAX, 0, 0, 0}, {TXA, 0, 0, 0}, {RET_A, 0, 0, 0}}, {}) == 1);
}

TEST_CASE("jumps, including backward ones, and runaway loops", "[interp]") {
    CHECK(run({{LD_IMM, 0, 0, 4}, {JEQ_K, 0, 1, 4}, {RET_K, 0, 0, 1}, {RET_K, 0, 0, 2}}, {}) == 1);
    CHECK(run({{LD_IMM, 0, 0, 4}, {JSET_K, 0, 1, 3}, {RET_K, 0, 0, 1}, {RET_K, 0, 0, 2}}, {}) == 2);
    // count to 3 with a backward ja
    std::vector<Insn> loop{{ADD_K, 0, 0, 1},
                           {JEQ_K, 1, 0, 3},
                           {JA, 0, 0, static_cast<uint32_t>(-3)},
                           {RET_A, 0, 0, 0}};
    CHECK(run(loop, {}) == 3);
    // an endless loop ends with a drop instead of hanging
    CHECK(run({{JA, 0, 0, static_cast<uint32_t>(-1)}, {RET_K, 0, 0, 1}}, {}) == 0);
    // running off the end, or an unknown opcode, drops
    CHECK(run({{JA, 0, 0, 5}, {RET_K, 0, 0, 1}}, {}) == 0);
    CHECK(run({{0xffff, 0, 0, 0}, {RET_K, 0, 0, 1}}, {}) == 0);
}

TEST_CASE("a compiled filter on hand-made packets", "[interp]") {
    auto prog = must_compile("tcp dst port 80");
    // Ethernet + IPv4 (IHL 5) + TCP to port 80
    std::vector<uint8_t> pkt(14 + 20 + 20, 0);
    pkt[12] = 0x08;
    pkt[14] = 0x45;
    pkt[23] = 6;
    pkt[34 + 3] = 80;
    CHECK(rd::bpf::run(prog, pkt, 60) == 262144);
    pkt[34 + 3] = 81;
    CHECK(rd::bpf::run(prog, pkt, 60) == 0);
    pkt[34 + 3] = 80;
    pkt[21] = 0x01;  // a later fragment (offset 8) has no TCP header
    CHECK(rd::bpf::run(prog, pkt, 60) == 0);
    pkt[20] = 0x20;  // the first fragment (more fragments set) does
    pkt[21] = 0;
    CHECK(rd::bpf::run(prog, pkt, 60) == 262144);
    pkt[20] = 0;
    pkt[14] = 0x46;  // IHL 6 moves the TCP header: port bytes now read from the options
    CHECK(rd::bpf::run(prog, pkt, 60) == 0);
    std::vector<uint8_t> cut(pkt.begin(), pkt.begin() + 36);  // port beyond the capture
    pkt[14] = 0x45;
    cut[14] = 0x45;
    CHECK(rd::bpf::run(prog, cut, 60) == 0);
}
