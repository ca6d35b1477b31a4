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

class OutputQueue {
public:
    static constexpr size_t kBufSize = size_t{1} << 20;
    static constexpr int kBufs = 4;

    // Takes fd (closed by close() when owned). use_uring: try io_uring, which needs a
    // regular file written at explicit offsets starting at start_offset.
    OutputQueue(int fd, bool owned, std::string name, uint64_t start_offset, bool use_uring);
    ~OutputQueue();
    OutputQueue(const OutputQueue&) = delete;
    OutputQueue& operator=(const OutputQueue&) = delete;

    // Room for n <= kBufSize contiguous bytes; nullptr after an error (see error()).
    uint8_t* reserve(size_t n) {
        if (used_ + n <= kBufSize && failed_.empty()) return cur_mem() + used_;
        return reserve_slow(n);
    }
    void commit(size_t n) { used_ += n; }
    // Bytes that do not fit in one buffer: everything before goes out first, then these.
    Result<void> write_direct(std::span<const uint8_t> a, std::span<const uint8_t> b);
    Result<void> flush();
    Result<void> close();

    uint64_t size() const { return submitted_ + used_; }
    bool uring() const { return uses_uring_; }
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
    bool write_all(const uint8_t* p, size_t n, uint64_t offset);
    void set_error(const std::string& what, int err);

    int fd_;
    bool owned_;
    bool closed_ = false;
    std::string name_;
    std::unique_ptr<Buffer[]> bufs_;
    int cur_ = 0;
    size_t used_ = 0;          // bytes in the current buffer
    uint64_t submitted_ = 0;   // file offset after everything handed out so far
    uint64_t start_offset_;
    int inflight_ = 0;
    bool fixed_buffers_ = false;
    bool uses_uring_ = false;
    std::unique_ptr<io_uring> ring_;
    std::string failed_;       // first error, sticky
};

}  // namespace rd
