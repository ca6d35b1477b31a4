// ringsweep: on an interface pair, offers a fixed load with ringgen's engine on one end
// and captures on the other with each ring setting in turn (TPACKET_V2/V3, block size
// and count, frame size, retire timeout, snap length, fanout mode and socket count).
// Reports captured, kernel drops, capture CPU per packet and latencies; table + CSV.
#include <pthread.h>
#include <sched.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "gen_options.hpp"
#include "sweep_plan.hpp"
#include "tx_engine.hpp"

namespace {

using namespace rd;
using namespace rd::sweep;

std::atomic<bool> g_interrupted{false};
extern "C" void on_signal(int) { g_interrupted.store(true); }

const char* const kUsage =
    "Usage: ringsweep --tx IFACE --rx IFACE [-r RATE_PPS] [-d SECONDS] [-s FRAME_BYTES]\n"
    "                 [--dims version,block,count,frame,tov,snaplen,fanout] [--quick]\n"
    "                 [--csv FILE] [--tx-cpu N] [--rx-cpu N]\n"
    "Sends on --tx (ringgen's engine) and captures on --rx, its peer, once per ring setting.\n";

struct Options {
    std::string tx, rx, csv, dims{kAllDims};
    uint64_t rate = 200000;
    double seconds = 1.0;
    uint32_t size = 64;
    bool quick = false;
    int tx_cpu = 0, rx_cpu = 1;
};

void pin(int cpu) {
    if (cpu < 0) return;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
}

uint64_t thread_cpu_ns() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<uint64_t>(ts.tv_nsec);
}

Result<Options> parse(int argc, char** argv) {
    Options o;
    bool dims_given = false, secs_given = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--quick") { o.quick = true; continue; }
        if (a == "-h" || a == "--help") return Error{""};
        if (i + 1 >= argc) return Error{"option " + a + " needs a value"};
        const std::string v = argv[++i];
        auto number = [&](uint64_t lo, uint64_t hi) -> Result<uint64_t> {
            auto n = gen::parse_scaled(v, a);
            if (!n) return n;
            if (*n < lo || *n > hi) return Error{a + " " + v + " out of range"};
            return n;
        };
        if (a == "--tx") o.tx = v;
        else if (a == "--rx") o.rx = v;
        else if (a == "--csv") o.csv = v;
        else if (a == "--dims") { o.dims = v; dims_given = true; }
        else if (a == "-r") { auto n = number(1, 100'000'000); if (!n) return n.error(); o.rate = *n; }
        else if (a == "-s") { auto n = number(60, 9014); if (!n) return n.error(); o.size = static_cast<uint32_t>(*n); }
        else if (a == "--tx-cpu") { auto n = number(0, 4095); if (!n) return n.error(); o.tx_cpu = static_cast<int>(*n); }
        else if (a == "--rx-cpu") { auto n = number(0, 4095); if (!n) return n.error(); o.rx_cpu = static_cast<int>(*n); }
        else if (a == "-d") {
            double d = 0;
            auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
            if (ec != std::errc{} || p != v.data() + v.size() || d <= 0 || d > 600) return Error{"invalid duration '" + v + "'"};
            o.seconds = d;
            secs_given = true;
        } else return Error{"unknown option '" + a + "'"};
    }
    if (o.tx.empty() || o.rx.empty()) return Error{"both --tx and --rx interfaces are required"};
    if (o.tx == o.rx) return Error{"--tx and --rx must be two ends of a pair, not the same interface"};
    if (o.quick && !secs_given) o.seconds = 0.3;
    (void)dims_given;
    if (std::thread::hardware_concurrency() < 2) o.rx_cpu = o.tx_cpu = -1;
    return o;
}

Result<PointResult> measure(const Options& o, const SweepPoint& pt, uint16_t group) {
    std::vector<RxRing> rings;
    for (uint32_t i = 0; i < pt.ring.sockets; ++i) {
        auto r = RxRing::open(o.rx, pt.ring, group);
        if (!r) return Error{pt.dim + " " + pt.value + ": " + r.error().message};
        rings.push_back(std::move(*r));
    }
    std::vector<SocketCounts> counts(rings.size());
    std::vector<uint64_t> cpu(rings.size(), 0);
    std::atomic<bool> stop{false};
    std::vector<std::jthread> readers;
    for (size_t i = 0; i < rings.size(); ++i) {
        readers.emplace_back([&, i] {
            pin(o.rx_cpu);
            const uint64_t c0 = thread_cpu_ns();
            while (!stop.load(std::memory_order_relaxed)) rings[i].read_ready(20, counts[i]);
            while (rings[i].read_ready(0, counts[i]) > 0) {
            }
            cpu[i] = thread_cpu_ns() - c0;
            rings[i].add_kernel_stats(counts[i]);
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));

    gen::GenConfig g;
    g.device = o.tx;
    g.spec.frame_len = o.size;
    g.spec.vary.sport = g.spec.vary.dport = true;
    g.spec.flows = 4096;
    g.rate_pps = o.rate;
    g.duration_ns = static_cast<uint64_t>(o.seconds * 1e9);
    if (o.tx_cpu >= 0) g.cpus = {o.tx_cpu};
    auto tx = gen::run_generator(g, g_interrupted);
    // Long enough for the slowest retire timeout to hand over its last block.
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    stop.store(true);
    readers.clear();  // joins
    if (!tx) return Error{tx.error().message};
    if (!tx->error.empty()) return Error{tx->error};

    PointResult r;
    r.point = pt;
    r.sent = tx->packets;
    SocketCounts all;
    uint64_t cpu_total = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        all.packets += counts[i].packets;
        all.kernel_drops += counts[i].kernel_drops;
        all.send_to_user.merge(counts[i].send_to_user);
        all.kernel_to_user.merge(counts[i].kernel_to_user);
        cpu_total += cpu[i];
    }
    r.captured = all.packets;
    r.drops = all.kernel_drops;
    r.cpu_ns_per_packet = all.packets ? static_cast<double>(cpu_total) / static_cast<double>(all.packets) : 0;
    r.send_user_p50 = all.send_to_user.percentile_us(0.5);
    r.send_user_p99 = all.send_to_user.percentile_us(0.99);
    r.kernel_user_p50 = all.kernel_to_user.percentile_us(0.5);
    r.kernel_user_p99 = all.kernel_to_user.percentile_us(0.99);
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    auto o = parse(argc, argv);
    if (!o) {
        if (!o.error().message.empty()) std::fprintf(stderr, "ringsweep: %s\n", o.error().message.c_str());
        std::fputs(kUsage, o.error().message.empty() ? stdout : stderr);
        return o.error().message.empty() ? 0 : 1;
    }
    auto plan = make_plan(o->dims, o->quick);
    if (!plan) {
        std::fprintf(stderr, "ringsweep: %s\n", plan.error().message.c_str());
        return 1;
    }
    struct sigaction sa{};
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    std::fprintf(stderr, "ringsweep: %zu settings, %.1f s each at %llu pps, %u-byte frames, %s -> %s\n", plan->size(),
                 o->seconds, static_cast<unsigned long long>(o->rate), o->size, o->tx.c_str(), o->rx.c_str());
    std::vector<PointResult> rows;
    uint16_t group = static_cast<uint16_t>(getpid());
    for (const auto& pt : *plan) {
        if (g_interrupted.load()) break;
        auto r = measure(*o, pt, group++);
        if (!r) {
            std::fprintf(stderr, "ringsweep: %s\n", r.error().message.c_str());
            return 1;
        }
        std::fprintf(stderr, "  %-9s %-12s sent %llu captured %llu\n", pt.dim.c_str(), pt.value.c_str(),
                     static_cast<unsigned long long>(r->sent), static_cast<unsigned long long>(r->captured));
        rows.push_back(std::move(*r));
    }
    std::fputs(format_table(rows).c_str(), stdout);
    if (!o->csv.empty()) {
        std::ofstream f(o->csv);
        f << format_csv(rows);
        if (!f) {
            std::fprintf(stderr, "ringsweep: cannot write %s\n", o->csv.c_str());
            return 1;
        }
    }
    return g_interrupted.load() ? 1 : 0;
}
