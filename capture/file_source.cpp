// FileSource::open: tell pcap from pcapng by the first four bytes.
#include <fmt/format.h>

#include "file_readers.hpp"

namespace rd {

uint32_t max_snaplen_for_linktype(uint32_t linktype) {
    switch (linktype) {
    case 231: return 128u * 1024 * 1024;  // DBUS: a D-Bus message may be that large
    case 249: return 1024u * 1024;        // USBPCAP
    case 279: return 8u * 1024 * 1024;    // EBHSCR
    default: return 262144;
    }
}

namespace detail {

std::string located(const ByteInput& in, std::string_view what, std::string_view unit,
                    uint64_t n, uint64_t offset) {
    return fmt::format("{}: {} ({} {} at byte offset {})", in.name(), what, unit, n, offset);
}

}  // namespace detail

Result<std::unique_ptr<FileSource>> FileSource::open(const std::string& path,
                                                     const FileSourceOptions& opts) {
    auto in = ByteInput::open(path);
    if (!in) return in.error();
    ByteInput& bytes = in.value();
    size_t got = bytes.want(4);
    if (!bytes.io_error().empty())
        return Error{bytes.name() + ": error reading dump file: " + bytes.io_error()};
    if (got < 4)
        return Error{fmt::format("{}: truncated dump file; tried to read 4 file header bytes, "
                                 "only got {}",
                                 bytes.name(), got)};
    uint32_t magic = detail::load32(bytes.cur(), false);
    for (uint32_t m : {detail::kPcapMagicUsec, detail::kPcapMagicNsec,
                       detail::kPcapMagicKuznetzov}) {
        if (magic == m || magic == __builtin_bswap32(m)) return detail::open_pcap(std::move(bytes));
    }
    if (magic == detail::kPcapngShbType) return detail::open_pcapng(std::move(bytes), opts);
    return Error{bytes.name() + ": unknown file format"};
}

}  // namespace rd
