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
    // The header's link type field as tcpdump writes it: LINKTYPE value | upper bits
    // (FCS length) of the file it read, if any.
    uint32_t linktype = 1;
    uint32_t snaplen = 262144;
    bool nano = false;          // nanosecond magic 0xa1b23c4d
    bool flush_each = false;    // -U: every record reaches the file before write() returns
    bool plain_io = false;      // never use io_uring (tests, and kernels that refuse it)
};

class PcapWriter {
public:
    // path "-" writes standard output. Records are gathered into 1 MiB buffers and
    // written with io_uring at explicit offsets, several writes in flight; pipes,
    // terminals and O_APPEND files get plain write(2) in order.
    static Result<std::unique_ptr<PcapWriter>> open(const std::string& path,
                                                    const PcapWriterOptions& opts);
    // Destruction closes: every record accepted reaches the file (errors are lost then;
    // call close() to see them). A failed write (full disk, I/O error) is reported by
    // that call or a later one, naming the file, and the file is cut after its last whole
    // record so that it stays a valid capture.
    virtual ~PcapWriter() = default;
    // Copies the record; the caller's bytes may be reused right after.
    virtual Result<void> write(int64_t ts_ns, uint32_t wirelen, std::span<const uint8_t> data) = 0;
    // Same, with the time fields given as libpcap holds them: seconds and the sub-second
    // value in the file's unit (µs, or ns with nano), each stored as its low 32 bits.
    // tcpdump -r damaged.pcap -w out.pcap keeps a bogus µs field such as 4061069334 this way.
    virtual Result<void> write_raw(int64_t sec, int64_t subsec, uint32_t wirelen,
                                   std::span<const uint8_t> data) = 0;
    // Everything written so far reaches the file.
    virtual Result<void> flush() = 0;
    // Flushes and closes (standard output is flushed, not closed). Later calls do nothing.
    virtual Result<void> close() = 0;

    // Bytes of the file so far, header included, whether or not they reached it yet
    // (what -C compares with its limit).
    virtual uint64_t file_size() const = 0;
    virtual bool using_io_uring() const = 0;
    // How bytes reach the file, for -v: "io_uring (...)" or "write(2) (why not io_uring)".
    virtual const std::string& io_path() const = 0;
};

}  // namespace rd
