// Live capture (-i, default device), -D and -L: the engine loop around LiveSource.
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "dump.hpp"
#include "output.hpp"
#include "ringdump/capture/live_source.hpp"
#include "ringdump/dissect/print.hpp"
#include "ringdump/format/linktype.hpp"
#include "run.hpp"

namespace rd::cli {

namespace {

volatile sig_atomic_t g_stop = 0;
volatile sig_atomic_t g_report = 0;

void on_stop(int) { g_stop = 1; }
void on_report(int) { g_report = 1; }

void install_signals() {
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: poll() returns EINTR and the loop looks at the flags
    sa.sa_handler = on_stop;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    sa.sa_handler = on_report;
    sigaction(SIGUSR1, &sa, nullptr);
}

const char* plural(uint64_t n) { return n == 1 ? "" : "s"; }

bool all_digits(const std::string& s) {
    if (s.empty()) return false;
    for (char ch : s)
        if (ch < '0' || ch > '9') return false;
    return true;
}

// -i's argument or tcpdump's default: the first listed device that is up, not loopback.
std::optional<std::string> choose_device(const CliOptions& o) {
    const auto list = list_interfaces();
    if (!o.interface.empty()) {
        if (all_digits(o.interface)) {
            bool exists = false;
            for (const auto& i : list) exists = exists || i.name == o.interface;
            if (!exists) {
                const unsigned long n = std::strtoul(o.interface.c_str(), nullptr, 10);
                if (n == 0 || n > list.size()) {
                    print_error("Invalid adapter index");
                    return std::nullopt;
                }
                return list[n - 1].name;
            }
        }
        return o.interface;
    }
    for (const auto& i : list)
        if (!i.is_any && !i.loopback && i.up) return i.name;
    for (const auto& i : list)
        if (!i.is_any) return i.name;
    print_error("no suitable device found");
    return std::nullopt;
}

bool drop_privileges(const std::string& user) {
    const passwd* pw = getpwnam(user.c_str());
    if (pw == nullptr) {
        print_error("Couldn't find user '" + user + "'");
        return false;
    }
    if (initgroups(pw->pw_name, pw->pw_gid) != 0 || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0) {
        print_error("Couldn't change to '" + user + "' uid=" + std::to_string(pw->pw_uid) +
                    " gid=" + std::to_string(pw->pw_gid) + ": " + std::strerror(errno));
        return false;
    }
    return true;
}

struct LiveRun {
    const CliOptions& o;
    std::unique_ptr<LiveSource> src;
    std::unique_ptr<Ctx> ctx;
    std::unique_ptr<Rotator> writer;
    StdoutSink sink;
    uint64_t captured = 0;
    bool stdout_gone = false;
    bool file_limit = false;  // -G with -W made its files

    explicit LiveRun(const CliOptions& opts) : o(opts), sink(opts.line_buffered || opts.packet_buffered) {}

    bool printing() const { return o.write_file.empty() || o.print_with_write; }

    void report(bool at_exit) {
        const LiveStats st = src->stats();
        if (at_exit) {
            std::fprintf(stderr, "%llu packet%s captured\n", static_cast<unsigned long long>(captured), plural(captured));
            std::fprintf(stderr, "%llu packet%s received by filter\n", static_cast<unsigned long long>(st.received),
                         plural(st.received));
            std::fprintf(stderr, "%llu packet%s dropped by kernel\n", static_cast<unsigned long long>(st.dropped),
                         plural(st.dropped));
        } else {
            std::fprintf(stderr, "ringdump: %llu packet%s captured, %llu packet%s received by filter, %llu packet%s dropped by kernel\n",
                         static_cast<unsigned long long>(captured), plural(captured),
                         static_cast<unsigned long long>(st.received), plural(st.received),
                         static_cast<unsigned long long>(st.dropped), plural(st.dropped));
        }
    }

    // Returns false when output failed.
    bool deliver(const PacketRef& pkt) {
        const bool nano = o.nano_requested;
        if (writer) {
            const int64_t sub = nano ? static_cast<int64_t>(pkt.ts_nsec) : static_cast<int64_t>(pkt.ts_nsec / 1000);
            auto r = writer->write(pkt.ts_sec, sub, pkt.wirelen, pkt.bytes());
            if (!r) {
                print_error(r.error().message);
                return false;
            }
            if (*r == Rotator::Written::LimitReached) {  // not written, so not counted
                file_limit = true;
                return true;
            }
        }
        ++captured;
        if (ctx && !o.count_only) {
            PacketRef shown = pkt;
            if (!nano) shown.ts_nsec = pkt.ts_nsec / 1000 * 1000;  // libpcap hands tcpdump µs
            print_packet(*ctx, shown, captured);
            bool consumed = false;
            if (!sink.after_packet(ctx->out.view(), consumed)) {
                stdout_gone = true;
                return false;
            }
            if (consumed) ctx->out.clear();
        }
        return true;
    }

    bool finish_output() {
        bool ok = true;
        if (ctx && !stdout_gone) {
            ok = sink.flush(ctx->out.view());
            ctx->out.clear();
        }
        if (writer) {
            auto r = writer->close();
            writer.reset();
            if (!r) {
                print_error(r.error().message);
                ok = false;
            }
        }
        return ok;
    }
};

}  // namespace

int run_list_interfaces(const CliOptions&) {
    int n = 0;
    for (const auto& i : list_interfaces()) {
        std::string flags;
        auto add = [&](const char* f) {
            if (!flags.empty()) flags += ", ";
            flags += f;
        };
        if (i.up) add("Up");
        if (i.running) add("Running");
        if (i.wireless) add("Wireless");
        if (i.loopback) add("Loopback");
        if (!i.loopback && !i.is_any) add(i.has_carrier ? "Connected" : "Disconnected");
        if (flags.empty()) flags = "none";
        std::printf("%d.%s%s [%s]\n", ++n, i.name.c_str(),
                    i.description.empty() ? "" : (" (" + i.description + ")").c_str(), flags.c_str());
    }
    return 0;
}

int run_list_linktypes(const CliOptions& o) {
    auto dev = choose_device(o);
    if (!dev) return 1;
    LiveOptions lo;
    lo.device = *dev;
    lo.buffer_bytes = 64 * 1024;
    auto src = LiveSource::open(lo);
    if (!src) {
        print_error(src.error().message);
        return 1;
    }
    std::printf("Data link types for %s (use option -y to set):\n", dev->c_str());
    if ((*src)->linktype() == linktype::LINUX_SLL2) std::printf("  %s\n", linktype_label(linktype::LINUX_SLL).c_str());
    std::printf("  %s\n", linktype_label((*src)->linktype()).c_str());
    bool loopback = false;
    for (const auto& i : list_interfaces()) loopback = loopback || (i.name == *dev && i.loopback);
    // An Ethernet device also offers DOCSIS, which tcpdump cannot print.
    if ((*src)->linktype() == linktype::EN10MB && !loopback) std::printf("  DOCSIS (DOCSIS) (printing not supported)\n");
    return 0;
}

int run_list_tstamp_types(const CliOptions& o) {
    auto dev = choose_device(o);
    if (!dev) return 1;
    std::printf("Time stamp types for %s (use option -j to set):\n", dev->c_str());
    for (TstampType t : tstamp_types(*dev)) std::printf("  %s (%s)\n", tstamp_type_name(t), tstamp_type_description(t));
    return 0;
}

int run_live(const CliOptions& o) {
    auto expr = filter_text(o);
    if (!expr) return 1;
    auto dev = choose_device(o);
    if (!dev) return 1;

    LiveOptions lo;
    lo.device = *dev;
    lo.snaplen = o.print.snaplen;
    lo.buffer_bytes = static_cast<uint64_t>(o.buffer_kib) * 1024;
    lo.promisc = o.promisc;
    const bool printing = o.write_file.empty() || o.print_with_write;
    // Printing to a terminal (or -l/-U) wants each packet now, not when a block fills.
    lo.immediate = o.immediate || o.line_buffered || o.packet_buffered || (printing && isatty(STDOUT_FILENO));
    if (o.direction == "in") lo.direction = CaptureDirection::In;
    if (o.direction == "out") lo.direction = CaptureDirection::Out;

    if (o.tstamp) {
        const auto offered = tstamp_types(*dev);
        if (std::find(offered.begin(), offered.end(), *o.tstamp) != offered.end()) {
            lo.tstamp = *o.tstamp;
        } else {
            std::fprintf(stderr,
                         "ringdump: WARNING: When trying to set timestamp type '%s' on %s: That type of time stamp is "
                         "not supported by that device\n",
                         tstamp_type_name(*o.tstamp), dev->c_str());
        }
    }

    LiveRun run(o);
    auto opened = LiveSource::open(lo);
    if (!opened) {
        print_error(opened.error().message);
        return 1;
    }
    run.src = std::move(*opened);
    LiveSource& src = *run.src;
    if (o.linktype && *o.linktype != src.linktype()) {
        print_error(std::string(linktype_info(*o.linktype) ? linktype_info(*o.linktype)->name : "that link type") +
                    " is not one of the DLTs supported by this device");
        return 1;
    }
    if (src.linktype() == linktype::LINUX_SLL2 && !o.linktype)
        std::fprintf(stderr, "ringdump: data link type LINUX_SLL2\n");

    if (!expr->empty()) {
        bpf::CompileOptions co;
        co.linktype = src.linktype();
        co.snaplen = src.snaplen();
        co.optimize = o.optimize;
        co.linux_vlan_extensions = src.vlan_extensions();
        auto prog = bpf::compile(*expr, co);
        if (!prog) {
            print_error(prog.error().message);
            return 1;
        }
        if (o.dump_code > 0) {
            std::fputs(bpf::dump(*prog, o.dump_code).c_str(), stdout);
            return 0;
        }
        auto r = src.set_filter(*prog);
        if (!r) {
            print_error(r.error().message);
            return 1;
        }
    }
    if (!o.write_file.empty()) {
        run.writer = open_dump(o, src.linktype(), src.snaplen());
        if (!run.writer) return 1;
    }
    if (!o.drop_user.empty() && !drop_privileges(o.drop_user)) return 1;
    if (printing) {
        PrintOptions po = o.print;
        po.ts_digits = o.nano_requested ? 9 : 6;
        run.ctx = std::make_unique<Ctx>(po);
    }
    install_signals();
    auto started = src.start();
    if (!started) {
        print_error(started.error().message);
        return 1;
    }
    const std::string label = linktype_label(src.linktype());
    if (printing) {
        if (o.print.vflag == 0) std::fprintf(stderr, "ringdump: verbose output suppressed, use -v[v]... for full protocol decode\n");
        std::fprintf(stderr, "listening on %s, link-type %s, snapshot length %u bytes\n", dev->c_str(), label.c_str(),
                     src.snaplen());
    } else {
        std::fprintf(stderr, "ringdump: listening on %s, link-type %s, snapshot length %u bytes\n", dev->c_str(),
                     label.c_str(), src.snaplen());
    }
    std::fflush(stderr);

    int status = 0;
    PacketRef pkt;
    // -v while only writing: "Got N" on stderr each second the count moved, as tcpdump.
    const bool got_lines = !printing && o.print.vflag > 0;
    uint64_t got_shown = 0;
    timespec got_last{};
    clock_gettime(CLOCK_MONOTONIC, &got_last);
    while (!g_stop) {
        if (g_report) {
            g_report = 0;
            run.report(false);
        }
        if (got_lines) {
            timespec t{};
            clock_gettime(CLOCK_MONOTONIC, &t);
            if ((t.tv_sec - got_last.tv_sec) * 1000000000L + (t.tv_nsec - got_last.tv_nsec) >= 1000000000L) {
                got_last = t;
                if (run.captured != got_shown) {
                    got_shown = run.captured;
                    std::fprintf(stderr, "Got %llu\r", static_cast<unsigned long long>(got_shown));
                    std::fflush(stderr);
                }
            }
        }
        // Bounded wait so a signal landing just before poll() is seen soon.
        const auto st = src.next(pkt, 250);
        if (st == LiveSource::Status::Timeout) continue;
        if (st == LiveSource::Status::Error) {
            run.finish_output();
            print_error("pcap_loop: " + src.error());
            status = 1;
            break;
        }
        if (!run.deliver(pkt)) {
            status = 1;
            break;
        }
        if (run.file_limit) {
            report_file_limit(o);
            break;
        }
        if (o.count != 0 && run.captured >= o.count) break;
    }
    if (!run.finish_output() && status == 0) status = 1;
    if (g_stop && printing && !run.stdout_gone) {
        std::fputc('\n', stdout);  // tcpdump ends an interrupted capture's output with a newline
        std::fflush(stdout);
    }
    if (o.count_only) std::printf("%llu packets\n", static_cast<unsigned long long>(run.captured));
    std::fflush(stdout);
    run.report(true);
    return status;
}

}  // namespace rd::cli
