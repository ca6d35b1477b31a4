// Writing classic pcap files (what tcpdump -w writes), through io_uring when the
// kernel has it, plain write(2) otherwise.
#pragma once
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "ringdump/format/result.hpp"

namespace rd {

struct PcapWriterOptions {
    uint32_t linktype = 1;
    uint32_t snaplen = 262144;
    bool nano = false;          // nanosecond magic 0xa1b23c4d
    bool flush_each = false;    // -U: every record reaches the file before the next is taken
};

class PcapWriter {
public:
    // path "-" writes standard output.
    static Result<std::unique_ptr<PcapWriter>> open(const std::string& path,
                                                    const PcapWriterOptions& opts);
    virtual ~PcapWriter() = default;
    // Copies the record; the caller's bytes may be reused right after.
    virtual Result<void> write(int64_t ts_ns, uint32_t wirelen, std::span<const uint8_t> data) = 0;
    // Everything written so far reaches the file.
    virtual Result<void> flush() = 0;
    virtual Result<void> close() = 0;
};

}  // namespace rd
