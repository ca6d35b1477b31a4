// libFuzzer target for the capture-file readers: the input is a whole file, read through
// FileSource::open both in the default mode and in libpcap-strict mode. Every byte of every
// delivered packet is touched, so reading past the buffer trips AddressSanitizer.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ringdump/capture/file_source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const int fd = ::memfd_create("ringdump-fuzz-capture", 0);
    if (fd < 0) std::abort();
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) std::abort();
    // Opening the /proc path gives a fresh descriptor reading from offset 0.
    static const std::string path = "/proc/self/fd/" + std::to_string(fd);

    for (bool strict : {false, true}) {
        rd::FileSourceOptions opts;
        opts.libpcap_strict = strict;
        auto src = rd::FileSource::open(path, opts);
        if (!src) {
            if (src.error().message.empty()) std::abort();
            continue;
        }
        rd::FileSource& s = *src.value();
        volatile uint32_t sink = s.linktype() + s.snaplen() + static_cast<uint32_t>(s.file_ts_precision());
        rd::PacketRef p;
        rd::FileSource::Status st;
        while ((st = s.next(p)) == rd::FileSource::Status::Packet) {
            uint32_t sum = 0;
            for (uint32_t i = 0; i < p.caplen; ++i) sum += p.data[i];
            sink = sink + sum + static_cast<uint32_t>(s.libpcap_subsec(p, 6) + s.libpcap_subsec(p, 9));
        }
        if (st == rd::FileSource::Status::Error && s.error().empty()) std::abort();
        if (s.next(p) != st) std::abort();  // End and Error are sticky
        (void)sink;
    }
    return 0;
}
