// ringgen's command line: parsed into a GenConfig, nothing started.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "packet_template.hpp"
#include "ringdump/format/result.hpp"

namespace rd::gen {

struct GenConfig {
    std::string device;
    TemplateSpec spec;
    uint64_t rate_pps = 0;     // total over all threads; 0: as fast as possible
    uint64_t count = 0;        // total packets; 0: no limit
    uint64_t duration_ns = 0;  // 0: no limit
    uint32_t threads = 1;
    bool qdisc_bypass = false;
    std::vector<int> cpus;      // thread i runs on cpus[i % size]; empty: not pinned
    uint32_t ring_frames = 4096;  // TX ring frames per thread
    uint32_t batch = 256;         // frames filled between two kicks
    bool quiet = false;           // no start line
    bool help = false;
};

// argv without the program name. Errors are one line without the "ringgen: " prefix.
Result<GenConfig> parse_gen_args(const std::vector<std::string_view>& args);

// "250k", "1.5M", "2G" -> count; "max" or "0" for rates -> 0.
Result<uint64_t> parse_scaled(std::string_view s, std::string_view what);

extern const char* const kGenUsage;

}  // namespace rd::gen
