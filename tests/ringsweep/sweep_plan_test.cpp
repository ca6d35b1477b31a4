// ringsweep's pure parts: which settings a sweep measures, latency percentiles, CSV.
#include <catch2/catch.hpp>

#include <linux/if_packet.h>

#include <algorithm>
#include <sstream>

#include "sweep_plan.hpp"

using namespace rd::sweep;

namespace {
size_t count_dim(const std::vector<SweepPoint>& p, const std::string& d) {
    return static_cast<size_t>(std::count_if(p.begin(), p.end(), [&](const SweepPoint& s) { return s.dim == d; }));
}
}  // namespace

TEST_CASE("sweep plan: baseline first, one setting changed per point") {
    auto p = make_plan(kAllDims, false);
    REQUIRE(p.ok());
    const RingSettings base;
    REQUIRE(p->front().dim == "baseline");
    CHECK(p->front().ring.version == 3);
    CHECK(count_dim(*p, "version") == 1);
    CHECK(count_dim(*p, "block") == 3);
    CHECK(count_dim(*p, "count") == 4);
    CHECK(count_dim(*p, "frame") == 3);
    CHECK(count_dim(*p, "tov") == 3);
    CHECK(count_dim(*p, "snaplen") == 3);
    CHECK(count_dim(*p, "fanout") == 12);  // six modes, 2 and 4 sockets
    for (const auto& pt : *p) {
        INFO(pt.dim << " " << pt.value);
        const RingSettings& s = pt.ring;
        CHECK(s.block_size % s.frame_size == 0);
        if (pt.dim == "block") {
            CHECK(uint64_t{s.block_size} * s.block_nr == 8u << 20);  // same memory
            CHECK(s.retire_ms == base.retire_ms);
        }
        if (pt.dim == "frame") CHECK(s.version == 2);
        if (pt.dim == "fanout") {
            CHECK(s.fanout_mode >= 0);
            CHECK(s.sockets >= 2);
        } else {
            CHECK(s.fanout_mode == -1);
            CHECK(s.sockets == 1);
        }
        if (pt.dim == "snaplen") CHECK(s.snaplen < base.snaplen);
    }
    const bool has_rollover = std::any_of(p->begin(), p->end(), [](const SweepPoint& s) {
        return s.ring.fanout_mode == PACKET_FANOUT_ROLLOVER && s.ring.sockets == 4;
    });
    CHECK(has_rollover);
}

TEST_CASE("sweep plan: quick has fewer points; dimensions can be chosen; unknown ones refused") {
    auto full = make_plan(kAllDims, false);
    auto quick = make_plan(kAllDims, true);
    REQUIRE(full.ok());
    REQUIRE(quick.ok());
    CHECK(quick->size() < full->size());
    auto two = make_plan("tov,version", false);
    REQUIRE(two.ok());
    CHECK(two->size() == 1 + 3 + 1);
    CHECK((*two)[1].dim == "tov");
    auto bad = make_plan("version,colour", false);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message == "unknown sweep dimension 'colour' (version,block,count,frame,tov,snaplen,fanout)");
}

TEST_CASE("latency histogram: percentiles to the microsecond") {
    LatencyHist h;
    CHECK(h.percentile_us(0.5) == -1);
    for (int i = 1; i <= 100; ++i) h.add(i * 1000 + 10);  // 1..100 us
    CHECK(h.count() == 100);
    CHECK(h.percentile_us(0.5) == Approx(50.5));
    CHECK(h.percentile_us(0.99) == Approx(99.5));
    CHECK(h.percentile_us(0) == Approx(1.5));
    h.add(-5);            // clock steps: counted as 0
    h.add(10'000'000'000);  // 10 s: the overflow bucket
    CHECK(h.count() == 102);
    CHECK(h.percentile_us(1.0) == Approx(200000));
    LatencyHist g;
    g.add(7000);
    g.merge(h);
    CHECK(g.count() == 103);
}

TEST_CASE("sweep output: CSV has a header and one full row per point") {
    auto p = make_plan("fanout", true);
    REQUIRE(p.ok());
    std::vector<PointResult> rows;
    for (const auto& pt : *p) {
        PointResult r;
        r.point = pt;
        r.sent = 1000;
        r.captured = 990;
        r.drops = 10;
        r.cpu_ns_per_packet = 123.4;
        r.send_user_p50 = pt.dim == "baseline" ? 12.5 : -1;
        rows.push_back(r);
    }
    const std::string csv = format_csv(rows);
    std::istringstream in(csv);
    std::string line;
    std::vector<std::string> lines;
    while (std::getline(in, line)) lines.push_back(line);
    REQUIRE(lines.size() == rows.size() + 1);
    for (const auto& l : lines) CHECK(std::count(l.begin(), l.end(), ',') == 17);
    CHECK(lines[1].rfind("baseline,", 0) == 0);
    CHECK(lines[1].find(",1000,990,10,123.4,12.5,,,") != std::string::npos);
    CHECK(lines[2].find(",hash,2,") != std::string::npos);
    const std::string table = format_table(rows);
    CHECK(table.find("hashx2") != std::string::npos);
    CHECK(table.find(" 99.0%") != std::string::npos);
}
