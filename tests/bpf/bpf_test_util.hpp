// Helpers for the filter compiler tests: compile shorthands and readers for the shared
// filter data (accept/reject lists, expected verdicts, pcap corpora).
#pragma once
#include <catch2/catch.hpp>

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ringdump/bpf/filter.hpp"
#include "ringdump/format/linktype.hpp"

namespace bpftest {

inline rd::bpf::CompileOptions opts(const std::string& dlt, bool optimize = true) {
    rd::bpf::CompileOptions o;
    const rd::LinkTypeInfo* info = rd::linktype_by_name(dlt);
    REQUIRE(info != nullptr);
    o.linktype = info->linktype;
    o.optimize = optimize;
    return o;
}

// The -d listing of an expression, or "ERROR: message".
inline std::string listing(const std::string& expr, const std::string& dlt = "EN10MB",
                           bool optimize = true) {
    auto r = rd::bpf::compile(expr, opts(dlt, optimize));
    if (!r) return "ERROR: " + r.error().message;
    return rd::bpf::dump(*r, 1);
}

inline rd::bpf::FilterProgram must_compile(const std::string& expr,
                                           const std::string& dlt = "EN10MB",
                                           bool optimize = true) {
    auto r = rd::bpf::compile(expr, opts(dlt, optimize));
    INFO("expression: " << expr << " on " << dlt);
    if (!r) FAIL("compile error: " << r.error().message);
    return *r;
}

inline std::string error_of(const std::string& expr, const std::string& dlt = "EN10MB") {
    auto r = rd::bpf::compile(expr, opts(dlt));
    return r ? std::string("(compiled)") : r.error().message;
}

struct Packet {
    std::vector<uint8_t> data;
    uint32_t wirelen = 0;
};

inline std::string shared_dir() { return RINGDUMP_SHARED_DIR; }

// A little-endian microsecond pcap file, as the shared corpora are.
inline std::vector<Packet> read_pcap(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::vector<uint8_t> buf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    REQUIRE(buf.size() >= 24);
    auto u32 = [&](size_t at) {
        return uint32_t{buf[at]} | (uint32_t{buf[at + 1]} << 8) | (uint32_t{buf[at + 2]} << 16) |
               (uint32_t{buf[at + 3]} << 24);
    };
    REQUIRE(u32(0) == 0xa1b2c3d4u);
    std::vector<Packet> out;
    size_t pos = 24;
    while (pos + 16 <= buf.size()) {
        uint32_t caplen = u32(pos + 8), wirelen = u32(pos + 12);
        pos += 16;
        REQUIRE(pos + caplen <= buf.size());
        out.push_back(Packet{std::vector<uint8_t>(buf.begin() + static_cast<long>(pos),
                                                  buf.begin() + static_cast<long>(pos + caplen)),
                             wirelen});
        pos += caplen;
    }
    return out;
}

inline std::vector<std::vector<std::string>> read_tsv(const std::string& name) {
    std::ifstream in(shared_dir() + "/filters/" + name);
    REQUIRE(in.good());
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> cols;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) cols.push_back(col);
        rows.push_back(cols);
    }
    return rows;
}

// "0-4,7" -> {0,1,2,3,4,7}; "-" -> {}
inline std::vector<uint32_t> parse_ranges(const std::string& s) {
    std::vector<uint32_t> out;
    if (s == "-" || s.empty()) return out;
    std::stringstream ss(s);
    std::string part;
    while (std::getline(ss, part, ',')) {
        size_t dash = part.find('-');
        uint32_t a = static_cast<uint32_t>(std::stoul(part.substr(0, dash)));
        uint32_t b = dash == std::string::npos ? a : static_cast<uint32_t>(std::stoul(part.substr(dash + 1)));
        for (uint32_t i = a; i <= b; ++i) out.push_back(i);
    }
    return out;
}

inline std::vector<uint32_t> accepted(const rd::bpf::FilterProgram& p, const std::vector<Packet>& pkts) {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < pkts.size(); ++i)
        if (rd::bpf::run(p, pkts[i].data, pkts[i].wirelen) != 0) out.push_back(i);
    return out;
}

// Packets on which the optimized and unoptimized programs disagree, leaving out those
// the unoptimized program drops for reading past the captured bytes: the optimizer (like
// libpcap's) deletes loads whose value is never used, which changes only those verdicts.
inline std::vector<uint32_t> optimizer_disagreements(const rd::bpf::FilterProgram& opt,
                                                     const rd::bpf::FilterProgram& unopt,
                                                     const std::vector<Packet>& pkts) {
    std::vector<uint32_t> out;
    for (uint32_t i = 0; i < pkts.size(); ++i) {
        auto u = rd::bpf::run_detailed(unopt, pkts[i].data, pkts[i].wirelen);
        if (u.truncated) continue;
        if ((rd::bpf::run(opt, pkts[i].data, pkts[i].wirelen) != 0) != (u.verdict != 0))
            out.push_back(i);
    }
    return out;
}

// Shows the first difference between two index sets.
inline std::string first_difference(const std::vector<uint32_t>& want, const std::vector<uint32_t>& got) {
    size_t i = 0;
    while (i < want.size() && i < got.size() && want[i] == got[i]) ++i;
    std::ostringstream os;
    os << "expected " << want.size() << " packets, got " << got.size();
    if (i < want.size() || i < got.size())
        os << "; first difference at position " << i << ": expected "
           << (i < want.size() ? std::to_string(want[i]) : "none") << ", got "
           << (i < got.size() ? std::to_string(got[i]) : "none");
    return os.str();
}

// Corpora are large; load each once per test run.
inline const std::vector<Packet>& corpus(const std::string& dlt) {
    static std::map<std::string, std::vector<Packet>> cache;
    auto it = cache.find(dlt);
    if (it == cache.end())
        it = cache.emplace(dlt, read_pcap(shared_dir() + "/filters/corpus-" + dlt + ".pcap")).first;
    return it->second;
}

}  // namespace bpftest
