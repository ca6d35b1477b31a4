#include "pcap_writer_io.hpp"

#include <liburing.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
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

namespace {

// io_uring_setup worked; can this kernel's ring also write? (IORING_OP_WRITE came in 5.6.)
bool ring_can_write(io_uring* ring) {
    io_uring_probe* probe = io_uring_get_probe_ring(ring);
    if (!probe) return false;
    bool ok = io_uring_opcode_supported(probe, IORING_OP_WRITE) &&
              io_uring_opcode_supported(probe, IORING_OP_WRITE_FIXED);
    io_uring_free_probe(probe);
    return ok;
}

}  // namespace

OutputQueue::OutputQueue(int fd, bool owned, std::string name, uint64_t start_offset,
                         bool use_uring, const char* no_uring_reason, bool regular,
                         RecordBoundaryFn boundary)
    : fd_(fd), owned_(owned), regular_(regular), boundary_(boundary), name_(std::move(name)),
      bufs_(new Buffer[kBufs]), start_offset_(start_offset) {
    for (int i = 0; i < kBufs; ++i) {
        // Page-aligned so the buffers can be registered with the ring.
        bufs_[i].mem = static_cast<uint8_t*>(std::aligned_alloc(4096, kBufSize));
        if (!bufs_[i].mem) throw std::bad_alloc();
    }
    if (!use_uring) {
        describe_ = std::string("write(2) (") + (no_uring_reason ? no_uring_reason : "io_uring not asked for") + ")";
        return;
    }
    auto ring = std::make_unique<io_uring>();
    // Old kernels, kernel.io_uring_disabled and seccomp filters all refuse here (ENOSYS,
    // EPERM): write(2) does the job then.
    if (int r = io_uring_queue_init(2 * kBufs, ring.get(), 0); r < 0) {
        describe_ = std::string("write(2) (io_uring unavailable: ") + std::strerror(-r) + ")";
        return;
    }
    if (!ring_can_write(ring.get())) {
        io_uring_queue_exit(ring.get());
        describe_ = "write(2) (this kernel's io_uring cannot write files)";
        return;
    }
    iovec iov[kBufs];
    for (int i = 0; i < kBufs; ++i) iov[i] = {bufs_[i].mem, kBufSize};
    // Registered buffers spare the kernel pinning the pages on every write; without
    // enough RLIMIT_MEMLOCK it refuses, and plain io_uring writes do the job.
    fixed_buffers_ = io_uring_register_buffers(ring.get(), iov, kBufs) == 0;
    ring_ = std::move(ring);
    uses_uring_ = true;
    describe_ = std::string("io_uring (") + std::to_string(kBufs) + " x " + std::to_string(kBufSize >> 20) +
                " MiB " + (fixed_buffers_ ? "registered buffers" : "buffers") + ", " + std::to_string(kBufs) +
                " writes in flight)";
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

// A write that stopped after `done` bytes of the buffer at `offset`: the file is good up to
// the last whole record in those bytes (or up to offset when mem is null).
void OutputQueue::note_failure(const uint8_t* mem, uint64_t offset, size_t done, bool whole_records) {
    size_t keep = 0;
    if (mem && whole_records && boundary_) keep = boundary_(mem, done, offset == start_offset_);
    valid_end_ = std::min(valid_end_, offset + keep);
}

// Once every write in flight has finished, cuts the file after its last whole record so
// readers see a valid capture, not a torn one.
void OutputQueue::settle_failure() {
    if (failed_.empty() || settled_) return;
    drain();
    settled_ = true;
    if (regular_ && valid_end_ != UINT64_MAX) (void)::ftruncate(fd_, static_cast<off_t>(valid_end_));
}

bool OutputQueue::write_all(const uint8_t* p, size_t n, uint64_t offset, size_t& written) {
    written = 0;
    while (n > 0) {
        ssize_t r = ring_ ? ::pwrite(fd_, p, n, static_cast<off_t>(offset)) : ::write(fd_, p, n);
        if (r < 0) {
            if (errno == EINTR) continue;
            set_error("error writing dump file", errno);
            return false;
        }
        if (r == 0) {
            set_error("error writing dump file", EIO);
            return false;
        }
        p += r;
        n -= static_cast<size_t>(r);
        offset += static_cast<uint64_t>(r);
        written += static_cast<size_t>(r);
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
    int r;
    do {
        r = io_uring_submit(ring_.get());
    } while (r == -EINTR);
    if (r < 0) {
        set_error("error writing dump file", -r);
        note_failure(b.mem, b.offset, from, true);
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
    b.inflight = false;
    --inflight_;
    if (res < 0) {
        set_error("error writing dump file", -res);
        note_failure(b.mem, b.offset, b.done, true);
    } else if (res == 0 && b.done < b.len) {
        set_error("error writing dump file", EIO);  // no progress (e.g. file size limit)
        note_failure(b.mem, b.offset, b.done, true);
    } else {
        b.done += static_cast<size_t>(res);
        if (b.done < b.len) {
            // Short write (the disk filled up, a signal): the rest goes again, and a
            // full disk then answers ENOSPC.
            if (!failed_.empty()) note_failure(b.mem, b.offset, b.done, true);
            else (void)submit(idx, b.done);
        }
    }
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
            set_error("error writing dump file", -r);
            for (int i = 0; i < kBufs; ++i) {
                if (bufs_[i].inflight) note_failure(bufs_[i].mem, bufs_[i].offset, bufs_[i].done, true);
                bufs_[i].inflight = false;
            }
            inflight_ = 0;
            return;
        }
        complete(cqe);
    }
    while (inflight_ > 0 && io_uring_peek_cqe(ring_.get(), &cqe) == 0) complete(cqe);
}

// Waits for every write in flight, failed or not, so no buffer is reused under the kernel.
bool OutputQueue::drain() {
    while (ring_ && inflight_ > 0) reap(true);
    return failed_.empty();
}

// Sends the current buffer on its way and makes a free one current.
bool OutputQueue::submit_current() {
    if (used_ == 0) return failed_.empty();
    if (!failed_.empty()) return false;
    Buffer& b = bufs_[cur_];
    b.offset = start_offset_ + submitted_;
    b.len = used_;
    b.done = 0;
    submitted_ += used_;
    used_ = 0;
    if (!ring_) {
        if (!write_all(b.mem, b.len, b.offset, b.done)) {
            note_failure(b.mem, b.offset, b.done, true);
            return false;
        }
        return true;
    }
    if (!submit(cur_, 0)) return false;
    cur_ = (cur_ + 1) % kBufs;
    reap(false);
    while (bufs_[cur_].inflight) reap(true);
    return failed_.empty();
}

uint8_t* OutputQueue::reserve_slow(size_t n) {
    if (!failed_.empty() || closed_ || n > kBufSize) return nullptr;
    if (!submit_current()) {
        settle_failure();
        return nullptr;
    }
    return cur_mem();
}

Result<void> OutputQueue::write_direct(std::span<const uint8_t> a, std::span<const uint8_t> b) {
    if (!submit_current() || !drain()) {
        settle_failure();
        return status();
    }
    uint64_t off = start_offset_ + submitted_;
    size_t wa = 0, wb = 0;
    if (!write_all(a.data(), a.size(), off, wa) || !write_all(b.data(), b.size(), off + a.size(), wb)) {
        note_failure(nullptr, off, 0, false);  // the record is torn: cut before it
        settle_failure();
    }
    submitted_ += a.size() + b.size();
    return status();
}

Result<void> OutputQueue::flush() {
    if (closed_) return status();
    submit_current();
    drain();
    settle_failure();
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
