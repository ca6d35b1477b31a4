#include "pcap_writer_io.hpp"

#include <liburing.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace rd {

struct OutputQueue::Buffer {
    uint8_t* mem = nullptr;
    bool inflight = false;
    uint64_t offset = 0;  // file offset of mem[0] once submitted
    size_t len = 0;       // bytes to write
    size_t done = 0;      // bytes the kernel reported written
    ~Buffer() { std::free(mem); }
};

OutputQueue::OutputQueue(int fd, bool owned, std::string name, uint64_t start_offset,
                         bool use_uring)
    : fd_(fd), owned_(owned), name_(std::move(name)), bufs_(new Buffer[kBufs]),
      start_offset_(start_offset) {
    for (int i = 0; i < kBufs; ++i) {
        // Page-aligned so the buffers can be registered (and used for O_DIRECT later).
        bufs_[i].mem = static_cast<uint8_t*>(std::aligned_alloc(4096, kBufSize));
        if (!bufs_[i].mem) throw std::bad_alloc();
    }
    if (!use_uring) return;
    auto ring = std::make_unique<io_uring>();
    if (io_uring_queue_init(2 * kBufs, ring.get(), 0) < 0) return;  // no io_uring: write(2)
    iovec iov[kBufs];
    for (int i = 0; i < kBufs; ++i) iov[i] = {bufs_[i].mem, kBufSize};
    // Registered buffers spare the kernel pinning the pages on every write; without
    // enough RLIMIT_MEMLOCK it refuses, and plain io_uring writes do the job.
    fixed_buffers_ = io_uring_register_buffers(ring.get(), iov, kBufs) == 0;
    ring_ = std::move(ring);
    uses_uring_ = true;
}

OutputQueue::~OutputQueue() {
    (void)close();
}

uint8_t* OutputQueue::cur_mem() {
    return bufs_[cur_].mem;
}

void OutputQueue::set_error(const std::string& what, int err) {
    if (failed_.empty()) failed_ = name_ + ": " + what + ": " + std::strerror(err);
}

Result<void> OutputQueue::status() const {
    if (!failed_.empty()) return Error{failed_};
    return {};
}

bool OutputQueue::write_all(const uint8_t* p, size_t n, uint64_t offset) {
    while (n > 0) {
        ssize_t r = ring_ ? ::pwrite(fd_, p, n, static_cast<off_t>(offset)) : ::write(fd_, p, n);
        if (r < 0) {
            if (errno == EINTR) continue;
            set_error("error writing dump file", errno);
            return false;
        }
        p += r;
        n -= static_cast<size_t>(r);
        offset += static_cast<uint64_t>(r);
    }
    return true;
}

// Hands bytes [from, len) of buffer idx to the kernel.
bool OutputQueue::submit(int idx, size_t from) {
    Buffer& b = bufs_[idx];
    io_uring_sqe* sqe = io_uring_get_sqe(ring_.get());
    if (!sqe) {  // cannot happen with 2 * kBufs entries and one write per buffer
        io_uring_submit(ring_.get());
        sqe = io_uring_get_sqe(ring_.get());
    }
    unsigned n = static_cast<unsigned>(b.len - from);
    uint64_t off = b.offset + from;
    if (fixed_buffers_)
        io_uring_prep_write_fixed(sqe, fd_, b.mem + from, n, off, idx);
    else
        io_uring_prep_write(sqe, fd_, b.mem + from, n, off);
    io_uring_sqe_set_data(sqe, reinterpret_cast<void*>(static_cast<uintptr_t>(idx)));
    int r = io_uring_submit(ring_.get());
    if (r < 0) {
        set_error("io_uring_submit", -r);
        return false;
    }
    if (!b.inflight) ++inflight_;
    b.inflight = true;
    return true;
}

// One finished write: a short one is resubmitted for the rest of its buffer.
void OutputQueue::complete(io_uring_cqe* cqe) {
    int idx = static_cast<int>(reinterpret_cast<uintptr_t>(io_uring_cqe_get_data(cqe)));
    int res = cqe->res;
    io_uring_cqe_seen(ring_.get(), cqe);
    Buffer& b = bufs_[idx];
    if (res < 0) {
        set_error("error writing dump file", -res);
    } else if (res == 0 && b.done < b.len) {
        set_error("error writing dump file", EIO);  // no progress (e.g. file size limit)
    } else {
        b.done += static_cast<size_t>(res);
        if (b.done < b.len && failed_.empty() && submit(idx, b.done)) return;
    }
    b.inflight = false;
    --inflight_;
}

// Takes the completions that are ready, after waiting for one if asked.
void OutputQueue::reap(bool wait) {
    io_uring_cqe* cqe = nullptr;
    if (wait && inflight_ > 0) {
        int r;
        do {
            r = io_uring_wait_cqe(ring_.get(), &cqe);
        } while (r == -EINTR);
        if (r < 0) {
            // The ring itself failed; nothing will complete any more.
            set_error("io_uring_wait_cqe", -r);
            for (int i = 0; i < kBufs; ++i) bufs_[i].inflight = false;
            inflight_ = 0;
            return;
        }
        complete(cqe);
    }
    while (inflight_ > 0 && io_uring_peek_cqe(ring_.get(), &cqe) == 0) complete(cqe);
}

// Waits for every write in flight, failed or not, so no buffer is reused under the kernel.
bool OutputQueue::drain() {
    while (inflight_ > 0) reap(true);
    return failed_.empty();
}

// Sends the current buffer on its way and makes a free one current.
bool OutputQueue::submit_current() {
    if (used_ == 0) return failed_.empty();
    Buffer& b = bufs_[cur_];
    b.offset = start_offset_ + submitted_;
    b.len = used_;
    b.done = 0;
    submitted_ += used_;
    used_ = 0;
    if (!ring_) return write_all(b.mem, b.len, b.offset);
    if (!submit(cur_, 0)) return false;
    cur_ = (cur_ + 1) % kBufs;
    reap(false);
    while (bufs_[cur_].inflight) reap(true);
    return failed_.empty();
}

uint8_t* OutputQueue::reserve_slow(size_t n) {
    if (!failed_.empty() || closed_ || n > kBufSize) return nullptr;
    if (!submit_current()) return nullptr;
    return cur_mem();
}

Result<void> OutputQueue::write_direct(std::span<const uint8_t> a, std::span<const uint8_t> b) {
    if (!submit_current() || (ring_ && !drain())) return status();
    uint64_t off = start_offset_ + submitted_;
    if (write_all(a.data(), a.size(), off)) write_all(b.data(), b.size(), off + a.size());
    submitted_ += a.size() + b.size();
    return status();
}

Result<void> OutputQueue::flush() {
    if (closed_) return status();
    submit_current();
    if (ring_) drain();
    return status();
}

Result<void> OutputQueue::close() {
    if (closed_) return status();
    (void)flush();
    closed_ = true;
    if (ring_) {
        io_uring_queue_exit(ring_.get());
        ring_.reset();
        // Leave a shared descriptor (standard output redirected to a file) positioned
        // after what we wrote, as sequential writes would have.
        if (!owned_) ::lseek(fd_, static_cast<off_t>(start_offset_ + submitted_), SEEK_SET);
    }
    if (owned_ && ::close(fd_) != 0) set_error("error closing dump file", errno);
    return status();
}

}  // namespace rd
