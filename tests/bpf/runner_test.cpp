// FilterRunner must give bpf::run()'s verdict on every program and packet: compiled
// filters on the shared corpora (whole and cut short), hand-written corner cases, and
// random instruction sequences on random packets.
#include <random>
#include <sstream>

#include "bpf_test_util.hpp"
#include "ringdump/bpf/runner.hpp"

using namespace bpftest;
using rd::bpf::FilterProgram;
using rd::bpf::FilterRunner;
using rd::bpf::Insn;

namespace {

// Every classic BPF opcode the interpreter knows, and two it does not.
constexpr uint16_t kCodes[] = {
    0x06, 0x16,                                      // ret k, ret a
    0x20, 0x28, 0x30, 0x40, 0x48, 0x50, 0x80, 0x81,  // ld abs/ind/len, ldx len
    0x00, 0x01, 0x60, 0x61, 0xb1, 0x02, 0x03,        // imm, mem, msh, st, stx
    0x05, 0x15, 0x25, 0x35, 0x45, 0x1d, 0x2d, 0x3d, 0x4d,  // ja, jcc k, jcc x
    0x0c, 0x1c, 0x2c, 0x3c, 0x9c, 0x5c, 0x4c, 0xac, 0x6c, 0x7c,  // alu x
    0x04, 0x14, 0x24, 0x34, 0x94, 0x54, 0x44, 0xa4, 0x64, 0x74, 0x84,  // alu k, neg
    0x07, 0x87, 0xff, 0x0e,                          // tax, txa, two unknown codes
};
constexpr uint16_t kLoads[] = {0x20, 0x28, 0x30, 0x40, 0x48, 0x50};  // ld w/h/b abs, ind
constexpr uint16_t kCompares[] = {0x15, 0x25, 0x35, 0x45};          // jeq/jgt/jge/jset k

std::string describe(const FilterProgram& p, const std::vector<uint8_t>& pkt, uint32_t wirelen) {
    std::ostringstream os;
    os << "program:\n" << rd::bpf::dump(p, 1) << "packet (" << pkt.size() << " bytes, wirelen "
       << wirelen << "):";
    for (uint8_t b : pkt) os << ' ' << std::hex << int{b} << std::dec;
    return os.str();
}

// Runs both interpreters; returns an empty string or a description of the difference.
std::string compare(const FilterRunner& runner, const std::vector<uint8_t>& pkt, uint32_t wirelen) {
    uint32_t want = rd::bpf::run(runner.program(), pkt, wirelen);
    uint32_t got = runner.run(pkt, wirelen);
    if (want == got) return {};
    std::ostringstream os;
    os << "expected " << want << ", got " << got << "\n" << describe(runner.program(), pkt, wirelen);
    return os.str();
}

uint32_t run_both(std::vector<Insn> insns, std::vector<uint8_t> pkt) {
    FilterRunner r(FilterProgram{std::move(insns)});
    uint32_t wirelen = static_cast<uint32_t>(pkt.size());
    INFO(compare(r, pkt, wirelen));
    CHECK(compare(r, pkt, wirelen).empty());
    return r.run(pkt, wirelen);
}

}  // namespace

TEST_CASE("runner agrees with the interpreter on every corpus filter and packet", "[runner][corpus]") {
    int programs = 0, failures = 0;
    std::string first;
    for (auto& row : read_tsv("accept.tsv")) {
        const std::string& dlt = row[1];
        const std::string& expr = row[2];
        for (bool optimize : {true, false}) {
            auto prog = rd::bpf::compile(expr, opts(dlt, optimize));
            if (!prog) continue;  // the corpus test reports these
            FilterRunner runner(*prog);
            ++programs;
            for (const Packet& p : corpus(dlt)) {
                // whole, and cut at a few lengths: loads past the end must drop alike
                for (size_t cut : {p.data.size(), size_t{0}, size_t{13}, size_t{33}, p.data.size() / 2}) {
                    if (cut > p.data.size()) continue;
                    std::vector<uint8_t> bytes(p.data.begin(), p.data.begin() + static_cast<long>(cut));
                    std::string diff = compare(runner, bytes, p.wirelen);
                    if (!diff.empty() && failures++ == 0)
                        first = dlt + " '" + expr + "' (optimize " + (optimize ? "on" : "off") + "): " + diff;
                }
            }
        }
    }
    INFO(first);
    CHECK(programs > 2000);
    CHECK(failures == 0);
}

TEST_CASE("runner corner cases", "[runner]") {
    // a jump into the second half of a fused load+compare pair
    std::vector<Insn> into_pair{{0x00, 0, 0, 1},   {0x15, 1, 0, 1},  // A = 1; A == 1 -> 3
                                {0x28, 0, 0, 0},   {0x15, 0, 1, 1},  // ldh [0]; jeq #1
                                {0x06, 0, 0, 10},  {0x06, 0, 0, 20}};
    CHECK(run_both(into_pair, {0, 1}) == 10);  // entered at the jeq with A = 1
    CHECK(run_both(into_pair, {0, 0}) == 10);
    // the fused load still sets A
    CHECK(run_both({{0x28, 0, 0, 0}, {0x15, 0, 0, 7}, {0x16, 0, 0, 0}}, {0x12, 0x34}) == 0x1234);
    // running off the end, and jumps past it, drop
    CHECK(run_both({{0x00, 0, 0, 5}}, {}) == 0);
    CHECK(run_both({{0x00, 0, 0, 5}, {0x15, 200, 200, 5}, {0x06, 0, 0, 1}}, {}) == 0);
    CHECK(run_both({{0x05, 0, 0, 0x7fffffffu}, {0x06, 0, 0, 1}}, {}) == 0);
    // a backward jump runs through the step-bounded interpreter
    std::vector<Insn> loop{{0x04, 0, 0, 1}, {0x15, 1, 0, 3}, {0x05, 0, 0, 0xfffffffdu}, {0x16, 0, 0, 0}};
    FilterRunner looping(FilterProgram{loop});
    CHECK_FALSE(looping.threaded());
    CHECK(run_both(loop, {}) == 3);
    CHECK(run_both({{0x05, 0, 0, 0xffffffffu}}, {}) == 0);  // ja -1: a runaway loop
    // unknown opcodes drop; scratch memory starts at zero; ancillary offsets are past the end
    CHECK(run_both({{0x0e, 0, 0, 0}, {0x06, 0, 0, 1}}, {}) == 0);
    CHECK(run_both({{0x60, 0, 0, 3}, {0x04, 0, 0, 2}, {0x16, 0, 0, 0}}, {}) == 2);
    CHECK(run_both({{0x30, 0, 0, 0xfffff000u}, {0x06, 0, 0, 1}}, {1, 2, 3}) == 0);
    CHECK(run_both({{0x01, 0, 0, 0xffffffffu}, {0x48, 0, 0, 2}, {0x06, 0, 0, 1}}, {1, 2, 3}) == 0);
    // an empty program and a default runner accept nothing
    CHECK(FilterRunner().run({}, 0) == 0);
    CHECK(run_both({}, {1}) == 0);
}

TEST_CASE("runner agrees with the interpreter on random programs and packets", "[runner]") {
    std::mt19937 rng(20261123);
    auto pick = [&](uint32_t n) { return static_cast<uint32_t>(rng() % n); };
    int failures = 0;
    std::string first;
    for (int iter = 0; iter < 20000; ++iter) {
        size_t len = 1 + pick(24);
        std::vector<Insn> insns;
        auto operand = [&]() -> uint32_t {
            // small offsets and values mostly, so loads land inside packets and compares hit
            switch (pick(4)) {
            case 0: return pick(8);
            case 1: return pick(40);
            case 2: return pick(256);
            default: return static_cast<uint32_t>(rng());
            }
        };
        auto jump = [&](size_t at) { return static_cast<uint8_t>(pick(static_cast<uint32_t>(len - at + 1))); };
        for (size_t i = 0; i < len; ++i) {
            Insn x{kCodes[pick(sizeof kCodes / sizeof kCodes[0])], jump(i), jump(i), operand()};
            if (pick(3) == 0 && i + 1 < len) {
                // a load then a compare with k: what the runner fuses
                insns.push_back(Insn{kLoads[pick(6)], 0, 0, operand()});
                ++i;
                x = Insn{kCompares[pick(4)], jump(i), jump(i), pick(4) == 0 ? operand() : pick(3)};
            } else if (x.code == 0x05) {
                // ja: forward mostly; backward rarely (bounded loops are slow to run out)
                x.k = pick(64) == 0 ? static_cast<uint32_t>(-1 - static_cast<int32_t>(pick(static_cast<uint32_t>(i + 1))))
                                    : pick(static_cast<uint32_t>(len - i + 1));
            }
            insns.push_back(x);
        }
        FilterRunner runner(FilterProgram{insns});
        for (int p = 0; p < 4; ++p) {
            std::vector<uint8_t> pkt(pick(48));
            for (auto& b : pkt) b = static_cast<uint8_t>(pick(4) == 0 ? rng() : pick(3));
            uint32_t wirelen = static_cast<uint32_t>(pkt.size() + pick(3));
            std::string diff = compare(runner, pkt, wirelen);
            if (!diff.empty() && failures++ == 0) first = diff;
        }
    }
    INFO(first);
    CHECK(failures == 0);
}
