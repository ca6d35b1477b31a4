// Reading capture files (-r, -V): filter, print, write.
#include <signal.h>

#include <cstdio>
#include <memory>

#include "dump.hpp"
#include "output.hpp"
#include "ringdump/bpf/runner.hpp"
#include "ringdump/capture/file_source.hpp"
#include "ringdump/dissect/print.hpp"
#include "ringdump/format/linktype.hpp"
#include "run.hpp"

namespace rd::cli {

namespace {

// SIGINT/SIGTERM end the run as tcpdump ends it: what was read so far is written out
// and the exit status is 0.
volatile sig_atomic_t g_stop = 0;

void on_stop(int) { g_stop = 1; }

void install_signals() {
    struct sigaction sa {};
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_stop;
    sa.sa_flags = SA_RESTART;  // a read or write in progress finishes; the loop sees the flag
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

struct OfflineRun {
    const CliOptions& o;
    std::string expr;
    std::unique_ptr<Ctx> ctx;
    std::unique_ptr<Rotator> writer;
    StdoutSink sink;
    uint64_t matched = 0;
    uint64_t matched_in_file = 0;  // -c counts per file with -V, as in tcpdump
    bool stdout_gone = false;

    OfflineRun(const CliOptions& opts, std::string e)
        : o(opts), expr(std::move(e)), sink(opts.line_buffered || opts.packet_buffered) {}

    bool printing() const { return o.write_file.empty() || o.print_with_write; }

    // Returns the exit status for this file, or -1 to go on with the next one.
    int read_file(const std::string& path) {
        auto opened = FileSource::open(path);
        if (!opened) {
            print_error(opened.error().message);
            return 1;
        }
        FileSource& src = **opened;
        std::fprintf(stderr, "reading from file %s, link-type %s, snapshot length %u\n",
                     path == "-" ? "-" : path.c_str(), linktype_label(src.linktype()).c_str(),
                     src.snaplen());
        if (!linktype_known_to_libpcap(src.linktype())) {
            // tcpdump refuses such a file after announcing it, even with nothing to print.
            print_error("unknown data link type " + std::to_string(src.linktype()) + " (min 104, max 289)");
            return 1;
        }
        // SLL2 records name interfaces by index, which means this host's interfaces.
        if (src.linktype() == linktype::LINUX_SLL2) std::fputs("Warning: interface names might be incorrect\n", stderr);

        std::optional<bpf::FilterProgram> prog;
        if (!expr.empty()) {
            prog = compile_filter(o, expr, src.linktype(), src.snaplen() ? src.snaplen() : 262144, true);
            if (!prog) return 1;
        }
        if (o.dump_code > 0) {
            std::fflush(stderr);
            std::fputs(bpf::dump(prog ? *prog : bpf::FilterProgram{}, o.dump_code).c_str(), stdout);
            return 0;
        }
        std::optional<bpf::FilterRunner> filter;
        if (prog) filter.emplace(std::move(*prog));
        if (!o.write_file.empty() && !writer) {
            // FCS bits of the link type field survive, as in tcpdump.
            writer = open_dump(o, src.linktype() | src.linktype_ext(), src.snaplen());
            if (!writer) return 1;
        }
        if (!ctx && printing()) {
            PrintOptions po = o.print;
            po.ts_digits = o.nano_requested ? 9 : 6;
            ctx = std::make_unique<Ctx>(po);
        }

        PacketRef pkt;
        matched_in_file = 0;
        while (!g_stop) {
            const auto st = src.next(pkt);
            if (st == FileSource::Status::End) break;
            if (st == FileSource::Status::Error) {
                finish_output();
                print_error(src.error());
                return 1;
            }
            if (filter && filter->run(pkt.bytes(), pkt.wirelen) == 0) continue;
            if (writer) {
                // Time fields as libpcap hands them to tcpdump, damaged ones included.
                auto r = writer->write(pkt.ts_sec, src.libpcap_subsec(pkt, o.nano_requested ? 9 : 6),
                                       pkt.wirelen, pkt.bytes());
                if (!r) {
                    print_error(r.error().message);
                    return 1;
                }
                if (*r == Rotator::Written::LimitReached) {
                    report_file_limit(o);
                    return 0;
                }
            }
            ++matched;
            ++matched_in_file;
            if (ctx && !o.count_only) {
                // The sub-second value tcpdump would print: libpcap's 32-bit arithmetic
                // on the file's field, scaled to the precision asked for.
                PacketRef shown = pkt;
                const auto sub = static_cast<uint32_t>(src.libpcap_subsec(pkt, ctx->opt.ts_digits));
                shown.ts_nsec = ctx->opt.ts_digits == 9 ? sub : uint64_t{sub} * 1000;
                print_packet(*ctx, shown, matched);
                bool consumed = false;
                if (!sink.after_packet(ctx->out.view(), consumed)) {
                    stdout_gone = true;
                    return 1;
                }
                if (consumed) ctx->out.clear();
            }
            if (o.count != 0 && matched_in_file >= o.count) return o.read_list ? -1 : 0;
        }
        return g_stop ? 0 : -1;
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

int run_offline(const CliOptions& o) {
    auto expr = filter_text(o);
    if (!expr) return 1;
    OfflineRun run(o, *expr);
    install_signals();
    int status = -1;
    for (const auto& path : o.read_files) {
        status = run.read_file(path);
        if (status >= 0) break;
    }
    if (!run.finish_output() && status <= 0) status = 1;
    if (o.count_only && status <= 0) std::printf("%llu packets\n", static_cast<unsigned long long>(run.matched));
    return status < 0 ? 0 : status;
}

}  // namespace rd::cli
