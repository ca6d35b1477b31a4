// What ringsweep measures: one baseline ring and, for each dimension asked for, the
// baseline with that one setting changed. Plus the table and CSV of the results.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ringdump/format/result.hpp"
#include "rx_ring.hpp"

namespace rd::sweep {

struct SweepPoint {
    std::string dim;    // "baseline", "version", "block", "count", "frame", "tov", "snaplen", "fanout"
    std::string value;  // e.g. "v2", "64K", "hash x2"
    RingSettings ring;
};

struct PointResult {
    SweepPoint point;
    uint64_t sent = 0;
    uint64_t captured = 0;
    uint64_t drops = 0;
    double cpu_ns_per_packet = 0;
    double send_user_p50 = -1, send_user_p99 = -1;      // microseconds, -1: no sample
    double kernel_user_p50 = -1, kernel_user_p99 = -1;
};

inline constexpr std::string_view kAllDims = "version,block,count,frame,tov,snaplen,fanout";

// dims: comma-separated subset of kAllDims. quick: fewer values per dimension.
Result<std::vector<SweepPoint>> make_plan(std::string_view dims, bool quick);

const char* fanout_name(int mode);
std::string format_table(const std::vector<PointResult>& rows);
std::string format_csv(const std::vector<PointResult>& rows);

}  // namespace rd::sweep
