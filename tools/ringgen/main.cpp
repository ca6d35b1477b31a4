// ringgen: high-rate traffic generator on an AF_PACKET TX ring, for measuring capture paths.
#include <csignal>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "gen_options.hpp"
#include "tx_engine.hpp"

namespace {
std::atomic<bool> g_stop{false};
extern "C" void on_signal(int) { g_stop.store(true); }

void print_start(const rd::gen::GenConfig& c) {
    const std::string rate = c.rate_pps ? std::to_string(c.rate_pps) + " pps" : "unlimited";
    std::fprintf(stderr, "ringgen: sending %s frames of %u bytes on %s, %u thread(s), rate %s%s\n",
                 rd::gen::flavor_name(c.spec.flavor), c.spec.frame_len, c.device.c_str(), c.threads, rate.c_str(),
                 c.qdisc_bypass ? ", qdisc bypass" : "");
}
}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string_view> args(argv + 1, argv + argc);
    auto cfg = rd::gen::parse_gen_args(args);
    if (!cfg) {
        std::fprintf(stderr, "ringgen: %s\n%s", cfg.error().message.c_str(), rd::gen::kGenUsage);
        return 1;
    }
    if (cfg->help) {
        std::fputs(rd::gen::kGenUsage, stdout);
        return 0;
    }
    struct sigaction sa{};
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    auto tot = rd::gen::run_generator(*cfg, g_stop, cfg->quiet ? nullptr : print_start);
    if (!tot) {
        std::fprintf(stderr, "ringgen: %s\n", tot.error().message.c_str());
        return 1;
    }
    std::printf("%s\n", rd::gen::summary_line(*tot).c_str());
    std::fflush(stdout);
    if (!tot->error.empty()) {
        std::fprintf(stderr, "ringgen: %s\n", tot->error.c_str());
        return 1;
    }
    return 0;
}
