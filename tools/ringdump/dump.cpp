#include "dump.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace rd::cli {

std::unique_ptr<Rotator> open_dump(const CliOptions& o, uint32_t linktype, uint32_t snaplen) {
    PcapWriterOptions wo;
    wo.linktype = linktype;
    wo.snaplen = snaplen;
    wo.nano = o.nano_requested;
    wo.flush_each = o.packet_buffered;
    const char* io = std::getenv("RINGDUMP_WRITE_IO");
    wo.plain_io = io != nullptr && std::strcmp(io, "write") == 0;

    RotationOptions ro;
    ro.name = o.write_file;
    ro.size_limit = static_cast<uint64_t>(o.file_size_mb) * 1000000;  // -C: millions of bytes
    ro.seconds = o.rotate_seconds;
    ro.count = o.file_count;
    ro.postrotate = o.postrotate;
    auto r = Rotator::open(ro, wo);
    if (!r) {
        print_error(r.error().message);
        return nullptr;
    }
    if (o.print.vflag > 0)
        std::fprintf(stderr, "ringdump: writing %s with %s\n",
                     o.write_file == "-" ? "standard output" : (*r)->current_name().c_str(),
                     (*r)->writer().io_path().c_str());
    return std::move(*r);
}

void report_file_limit(const CliOptions& o) {
    std::fprintf(stderr, "Maximum file limit reached: %lld\n", static_cast<long long>(o.file_count));
}

}  // namespace rd::cli
