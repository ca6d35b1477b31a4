#include "sweep_plan.hpp"

#include <linux/if_packet.h>

#include <cstdio>

namespace rd::sweep {
namespace {

std::string size_text(uint32_t b) {
    if (b >= (1u << 20) && b % (1u << 20) == 0) return std::to_string(b >> 20) + "M";
    if (b >= 1024 && b % 1024 == 0) return std::to_string(b >> 10) + "K";
    return std::to_string(b);
}

struct Fanout {
    const char* name;
    int mode;
};
constexpr Fanout kFanouts[] = {{"hash", PACKET_FANOUT_HASH}, {"lb", PACKET_FANOUT_LB},
                               {"cpu", PACKET_FANOUT_CPU},   {"rollover", PACKET_FANOUT_ROLLOVER},
                               {"rnd", PACKET_FANOUT_RND},   {"qm", PACKET_FANOUT_QM}};

std::string num(double v, int decimals) {
    if (v < 0) return "-";
    char b[32];
    std::snprintf(b, sizeof b, "%.*f", decimals, v);
    return b;
}

// CSV: an empty field where there was no sample.
std::string csvnum(double v) { return v < 0 ? "" : num(v, 1); }

}  // namespace

const char* fanout_name(int mode) {
    for (const auto& f : kFanouts)
        if (f.mode == mode) return f.name;
    return "none";
}

Result<std::vector<SweepPoint>> make_plan(std::string_view dims, bool quick) {
    std::vector<SweepPoint> plan;
    const RingSettings base;
    plan.push_back({"baseline", "v3 " + size_text(base.block_size) + "x" + std::to_string(base.block_nr), base});
    auto add = [&](const char* dim, std::string value, RingSettings s) { plan.push_back({dim, std::move(value), s}); };
    while (!dims.empty()) {
        const size_t comma = dims.find(',');
        const std::string_view d = dims.substr(0, comma);
        if (d == "version") {
            RingSettings s = base;
            s.version = 2;
            add("version", "v2", s);
        } else if (d == "block") {
            // Same ring memory (8 MiB), different block sizes.
            for (uint32_t b : quick ? std::vector<uint32_t>{1u << 16, 1u << 20}
                                    : std::vector<uint32_t>{1u << 16, 1u << 20, 1u << 22}) {
                RingSettings s = base;
                s.block_size = b;
                s.block_nr = (8u << 20) / b;
                add("block", size_text(b) + "x" + std::to_string(s.block_nr), s);
            }
        } else if (d == "count") {
            for (uint32_t n : quick ? std::vector<uint32_t>{4, 128} : std::vector<uint32_t>{2, 4, 8, 128}) {
                RingSettings s = base;
                s.block_nr = n;
                add("count", size_text(s.block_size) + "x" + std::to_string(n), s);
            }
        } else if (d == "frame") {
            // Frame size decides how many packets a V2 ring holds.
            for (uint32_t f : quick ? std::vector<uint32_t>{256, 8192} : std::vector<uint32_t>{256, 2048, 8192}) {
                RingSettings s = base;
                s.version = 2;
                s.frame_size = f;
                add("frame", "v2 " + size_text(f), s);
            }
        } else if (d == "tov") {
            for (uint32_t t : quick ? std::vector<uint32_t>{1, 64} : std::vector<uint32_t>{1, 4, 64}) {
                RingSettings s = base;
                s.retire_ms = t;
                add("tov", std::to_string(t) + " ms", s);
            }
        } else if (d == "snaplen") {
            for (uint32_t n : quick ? std::vector<uint32_t>{64} : std::vector<uint32_t>{64, 128, 1518}) {
                RingSettings s = base;
                s.snaplen = n;
                add("snaplen", std::to_string(n), s);
            }
        } else if (d == "fanout") {
            for (const auto& f : kFanouts) {
                if (quick && f.mode != PACKET_FANOUT_HASH && f.mode != PACKET_FANOUT_LB && f.mode != PACKET_FANOUT_CPU)
                    continue;
                for (uint32_t n : quick ? std::vector<uint32_t>{2} : std::vector<uint32_t>{2, 4}) {
                    RingSettings s = base;
                    s.fanout_mode = f.mode;
                    s.sockets = n;
                    add("fanout", std::string(f.name) + " x" + std::to_string(n), s);
                }
            }
        } else {
            return Error{"unknown sweep dimension '" + std::string(d) + "' (" + std::string(kAllDims) + ")"};
        }
        if (comma == std::string_view::npos) break;
        dims.remove_prefix(comma + 1);
    }
    return plan;
}

std::string format_table(const std::vector<PointResult>& rows) {
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%-9s %-12s %2s %6s %4s %6s %4s %7s %-9s %10s %10s %7s %9s %8s %19s %19s\n", "dimension",
                  "value", "v", "block", "nr", "frame", "tov", "snaplen", "fanout", "sent", "captured", "capt%",
                  "drops", "cpu ns/p", "send->user p50/p99", "kern->user p50/p99");
    out += line;
    for (const auto& r : rows) {
        const RingSettings& s = r.point.ring;
        const double pct = r.sent ? 100.0 * static_cast<double>(r.captured) / static_cast<double>(r.sent) : 0;
        const std::string fan = s.fanout_mode < 0 ? "-" : std::string(fanout_name(s.fanout_mode)) + "x" + std::to_string(s.sockets);
        const std::string su = num(r.send_user_p50, 0) + "/" + num(r.send_user_p99, 0) + " us";
        const std::string ku = num(r.kernel_user_p50, 0) + "/" + num(r.kernel_user_p99, 0) + " us";
        std::snprintf(line, sizeof line,
                      "%-9s %-12s %2d %6s %4u %6u %4u %7u %-9s %10llu %10llu %6.1f%% %9llu %8.0f %19s %19s\n",
                      r.point.dim.c_str(), r.point.value.c_str(), s.version, size_text(s.block_size).c_str(),
                      s.block_nr, s.frame_size, s.retire_ms, s.snaplen, fan.c_str(),
                      static_cast<unsigned long long>(r.sent), static_cast<unsigned long long>(r.captured), pct,
                      static_cast<unsigned long long>(r.drops), r.cpu_ns_per_packet, su.c_str(), ku.c_str());
        out += line;
    }
    return out;
}

std::string format_csv(const std::vector<PointResult>& rows) {
    std::string out =
        "dimension,value,version,block_size,block_nr,frame_size,retire_ms,snaplen,fanout,sockets,sent,captured,"
        "kernel_drops,cpu_ns_per_packet,send_user_p50_us,send_user_p99_us,kernel_user_p50_us,kernel_user_p99_us\n";
    char line[512];
    for (const auto& r : rows) {
        const RingSettings& s = r.point.ring;
        std::snprintf(line, sizeof line, "%s,%s,%d,%u,%u,%u,%u,%u,%s,%u,%llu,%llu,%llu,%.1f,%s,%s,%s,%s\n",
                      r.point.dim.c_str(), r.point.value.c_str(), s.version, s.block_size, s.block_nr, s.frame_size,
                      s.retire_ms, s.snaplen, fanout_name(s.fanout_mode), s.sockets,
                      static_cast<unsigned long long>(r.sent), static_cast<unsigned long long>(r.captured),
                      static_cast<unsigned long long>(r.drops), r.cpu_ns_per_packet,
                      csvnum(r.send_user_p50).c_str(), csvnum(r.send_user_p99).c_str(),
                      csvnum(r.kernel_user_p50).c_str(), csvnum(r.kernel_user_p99).c_str());
        out += line;
    }
    return out;
}

}  // namespace rd::sweep
