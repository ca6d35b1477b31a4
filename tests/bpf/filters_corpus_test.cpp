// The shared filter data: every accepted expression must give libpcap's verdicts on its
// corpus (optimized, unoptimized, and compiled for a savefile), every rejected one must
// fail to compile, and our programs must not be longer than libpcap's.
#include <sstream>

#include "bpf_test_util.hpp"

using namespace bpftest;

namespace {

struct Row {
    std::string id, dlt, expr;
    uint32_t libpcap_insns = 0;
    std::string code_ranges, offline_ranges;
};

std::vector<Row> accept_rows() {
    std::map<std::string, std::vector<std::string>> expected;
    for (auto& r : read_tsv("expected.tsv")) expected[r[0]] = r;
    std::vector<Row> rows;
    for (auto& r : read_tsv("accept.tsv")) {
        Row row{r[0], r[1], r[2], static_cast<uint32_t>(std::stoul(r[3])), "", ""};
        const auto& e = expected.at(r[0]);
        row.offline_ranges = e[4];
        row.code_ranges = e[6];
        rows.push_back(row);
    }
    return rows;
}

// Collects failures so one run reports all of them (the first few in detail).
struct Failures {
    int count = 0;
    std::ostringstream detail;
    void add(const Row& r, const std::string& what) {
        if (++count <= 15) detail << r.id << " " << r.dlt << " '" << r.expr << "': " << what << "\n";
    }
};

}  // namespace

TEST_CASE("accepted expressions give libpcap's verdicts on the corpus", "[corpus]") {
    Failures f;
    auto rows = accept_rows();
    REQUIRE(rows.size() > 1000);
    for (const Row& r : rows) {
        auto prog = rd::bpf::compile(r.expr, opts(r.dlt));
        if (!prog) {
            f.add(r, "does not compile: " + prog.error().message);
            continue;
        }
        auto want = parse_ranges(r.code_ranges);
        auto got = accepted(*prog, corpus(r.dlt));
        if (got != want) f.add(r, first_difference(want, got));
    }
    INFO(f.detail.str());
    CHECK(f.count == 0);
}

TEST_CASE("optimized and unoptimized programs agree on every (complete) corpus packet", "[corpus][optimizer]") {
    Failures f;
    for (const Row& r : accept_rows()) {
        auto opt = rd::bpf::compile(r.expr, opts(r.dlt, true));
        auto unopt = rd::bpf::compile(r.expr, opts(r.dlt, false));
        if (!opt || !unopt) {
            f.add(r, "does not compile");
            continue;
        }
        auto bad = optimizer_disagreements(*opt, *unopt, corpus(r.dlt));
        if (!bad.empty())
            f.add(r, std::to_string(bad.size()) + " packets differ, first " + std::to_string(bad[0]));
    }
    INFO(f.detail.str());
    CHECK(f.count == 0);
}

TEST_CASE("programs compiled for a savefile give libpcap's offline verdicts", "[corpus]") {
    Failures f;
    for (const Row& r : accept_rows()) {
        rd::bpf::CompileOptions o = opts(r.dlt);
        o.savefile = true;
        auto prog = rd::bpf::compile(r.expr, o);
        if (!prog) {
            f.add(r, "does not compile for a savefile: " + prog.error().message);
            continue;
        }
        auto want = parse_ranges(r.offline_ranges);
        auto got = accepted(*prog, corpus(r.dlt));
        if (got != want) f.add(r, first_difference(want, got));
    }
    INFO(f.detail.str());
    CHECK(f.count == 0);
}

TEST_CASE("programs are no longer than libpcap's", "[corpus][size]") {
    Failures f;
    uint64_t ours = 0, theirs = 0;
    for (const Row& r : accept_rows()) {
        auto prog = rd::bpf::compile(r.expr, opts(r.dlt));
        if (!prog) continue;
        ours += prog->insns.size();
        theirs += r.libpcap_insns;
        if (prog->insns.size() > r.libpcap_insns)
            f.add(r, std::to_string(prog->insns.size()) + " insns, libpcap " +
                         std::to_string(r.libpcap_insns));
    }
    INFO(f.detail.str() << "total " << ours << " vs libpcap " << theirs);
    CHECK(f.count == 0);
    CHECK(ours <= theirs);
}

TEST_CASE("expressions libpcap refuses are refused with a message", "[corpus][reject]") {
    Failures f;
    for (auto& r : read_tsv("reject.tsv")) {
        Row row{r[0], r[1], r[2], 0, "", ""};
        auto prog = rd::bpf::compile(row.expr, opts(row.dlt));
        if (prog) f.add(row, "compiled, libpcap says: " + r[3]);
        else if (prog.error().message.empty()) f.add(row, "empty error message");
    }
    INFO(f.detail.str());
    CHECK(f.count == 0);
}
