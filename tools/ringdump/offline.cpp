// Reading capture files (-r, -V): filter, print, write.
#include <cstdio>
#include <memory>

#include "output.hpp"
#include "ringdump/capture/file_source.hpp"
#include "ringdump/dissect/print.hpp"
#include "ringdump/format/linktype.hpp"
#include "ringdump/format/pcap_writer.hpp"
#include "run.hpp"

namespace rd::cli {

namespace {

struct OfflineRun {
    const CliOptions& o;
    std::string expr;
    std::unique_ptr<Ctx> ctx;
    std::unique_ptr<PcapWriter> writer;
    StdoutSink sink;
    uint64_t matched = 0;
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
        if (!o.write_file.empty() && !writer) {
            PcapWriterOptions wo;
            wo.linktype = src.linktype() | src.linktype_ext();  // FCS bits survive, as in tcpdump
            wo.snaplen = src.snaplen();
            wo.nano = o.nano_requested;
            wo.flush_each = o.packet_buffered;
            auto w = PcapWriter::open(o.write_file, wo);
            if (!w) {
                print_error(w.error().message);
                return 1;
            }
            writer = std::move(*w);
        }
        if (!ctx && printing()) {
            PrintOptions po = o.print;
            po.ts_digits = o.nano_requested ? 9 : 6;
            ctx = std::make_unique<Ctx>(po);
        }

        PacketRef pkt;
        for (;;) {
            const auto st = src.next(pkt);
            if (st == FileSource::Status::End) break;
            if (st == FileSource::Status::Error) {
                finish_output();
                print_error(src.error());
                return 1;
            }
            if (prog && bpf::run(*prog, pkt.bytes(), pkt.wirelen) == 0) continue;
            ++matched;
            if (writer) {
                // Time fields as libpcap hands them to tcpdump, damaged ones included.
                auto r = writer->write_raw(pkt.ts_sec, src.libpcap_subsec(pkt, o.nano_requested ? 9 : 6),
                                           pkt.wirelen, pkt.bytes());
                if (!r) {
                    print_error(r.error().message);
                    return 1;
                }
            }
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
            if (o.count != 0 && matched >= o.count) return 0;
        }
        return -1;
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
