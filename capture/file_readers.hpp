// Private to capture/: the two file readers behind FileSource::open, and the little
// helpers they share.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "byte_input.hpp"
#include "ringdump/capture/file_source.hpp"

namespace rd::detail {

inline uint16_t load16(const uint8_t* p, bool swap) {
    uint16_t v;
    std::memcpy(&v, p, sizeof v);
    return swap ? __builtin_bswap16(v) : v;
}
inline uint32_t load32(const uint8_t* p, bool swap) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return swap ? __builtin_bswap32(v) : v;
}
inline uint64_t load64(const uint8_t* p, bool swap) {
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return swap ? __builtin_bswap64(v) : v;
}

// Magic numbers as read in the host's byte order (little-endian hosts assumed by the
// comments, not by the code).
inline constexpr uint32_t kPcapMagicUsec = 0xa1b2c3d4;
inline constexpr uint32_t kPcapMagicNsec = 0xa1b23c4d;
inline constexpr uint32_t kPcapMagicKuznetzov = 0xa1b2cd34;  // 24-byte record headers
inline constexpr uint32_t kPcapngShbType = 0x0a0d0d0a;
inline constexpr uint32_t kPcapngByteOrderMagic = 0x1a2b3c4d;

// "<file>: <what> (<unit> <n> at byte offset <off>)": libpcap's wording plus where.
std::string located(const ByteInput& in, std::string_view what, std::string_view unit,
                    uint64_t n, uint64_t offset);

// The file header's first four bytes are still unread in `in`.
Result<std::unique_ptr<FileSource>> open_pcap(ByteInput in);
Result<std::unique_ptr<FileSource>> open_pcapng(ByteInput in, const FileSourceOptions& opts);

}  // namespace rd::detail
