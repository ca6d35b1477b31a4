// Private to format/: the output side of PcapWriter. Bytes are gathered into a few
// large buffers; a full buffer is written with io_uring at its file offset while the next
// one fills, so the caller rarely waits and makes one syscall per megabyte, not per packet.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "ringdump/format/result.hpp"

struct io_uring;
struct io_uring_cqe;

namespace rd {

// Where the last complete record ends within the first `limit` bytes of a buffer that
// starts at a record boundary (after the file header when file_start). A failed write
// leaves the file cut there, so it stays readable up to its last whole record.
using RecordBoundaryFn = size_t (*)(const uint8_t* mem, size_t limit, bool file_start);

class OutputQueue {
public:
    static constexpr size_t kBufSize = size_t{1} << 20;
    static constexpr int kBufs = 4;

    // Takes fd (closed by close() when owned). use_uring: try io_uring, which needs a
    // regular file written at explicit offsets starting at start_offset; no_uring_reason
    // says why not when it is false. regular: fd is a regular file (a failed write may
    // cut it back to its last whole record).
    OutputQueue(int fd, bool owned, std::string name, uint64_t start_offset, bool use_uring,
                const char* no_uring_reason, bool regular, RecordBoundaryFn boundary);
    ~OutputQueue();
    OutputQueue(const OutputQueue&) = delete;
    OutputQueue& operator=(const OutputQueue&) = delete;

    // Room for n <= kBufSize contiguous bytes; nullptr after an error (see status()).
    // The caller commits whole records only: buffers always start at a record boundary.
    uint8_t* reserve(size_t n) {
        if (used_ + n <= kBufSize && failed_.empty()) return cur_mem() + used_;
        return reserve_slow(n);
    }
    void commit(size_t n) { used_ += n; }
    // One record too large for a buffer: everything before goes out first, then a and b.
    Result<void> write_direct(std::span<const uint8_t> a, std::span<const uint8_t> b);
    Result<void> flush();
    Result<void> close();

    uint64_t size() const { return submitted_ + used_; }
    bool uring() const { return uses_uring_; }
    // "io_uring (...)" or "write(2) (why)", for -v.
    const std::string& describe() const { return describe_; }
    Result<void> status() const;

private:
    struct Buffer;
    uint8_t* cur_mem();
    uint8_t* reserve_slow(size_t n);
    bool submit_current();
    bool submit(int idx, size_t from);
    void reap(bool wait);
    void complete(io_uring_cqe* cqe);
    bool drain();
    bool write_all(const uint8_t* p, size_t n, uint64_t offset, size_t& written);
    void set_error(const std::string& what, int err);
    void note_failure(const uint8_t* mem, uint64_t offset, size_t done, bool whole_records);
    void settle_failure();

    int fd_;
    bool owned_;
    bool closed_ = false;
    bool regular_;
    RecordBoundaryFn boundary_;
    std::string name_;
    std::string describe_;
    std::unique_ptr<Buffer[]> bufs_;
    int cur_ = 0;
    size_t used_ = 0;          // bytes in the current buffer
    uint64_t submitted_ = 0;   // bytes handed out so far (file offset - start_offset_)
    uint64_t start_offset_;
    int inflight_ = 0;
    bool fixed_buffers_ = false;
    bool uses_uring_ = false;
    std::unique_ptr<io_uring> ring_;
    std::string failed_;       // first error, sticky
    uint64_t valid_end_ = UINT64_MAX;  // after a failure: the file is cut here
    bool settled_ = false;
};

}  // namespace rd
