#include "byte_input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace rd {

namespace {
// Files smaller than this are read on the calling thread: a thread is not worth it.
constexpr int64_t kReadAheadMin = int64_t{4} << 20;

bool read_ahead_wanted() {
    const char* env = std::getenv("RINGDUMP_NO_READAHEAD");  // tests run both paths
    return !(env && *env && std::strcmp(env, "0") != 0);
}
}  // namespace

Result<ByteInput> ByteInput::open(const std::string& path) {
    bool std_in = path == "-";
    int fd = std_in ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{path + ": " + std::strerror(errno)};
    size_t cap = kChunk;
    struct stat st {};
    bool ahead = false;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        // Read-ahead hint; and a small file needs no megabyte of buffer.
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        if (st.st_size >= 0 && static_cast<uint64_t>(st.st_size) < kChunk)
            cap = std::max<size_t>(4096, static_cast<size_t>(st.st_size) + 1);
        // Pipes stay on this thread: a reader that waits for whole chunks would hold back
        // packets from a live producer.
        ahead = st.st_size >= kReadAheadMin && read_ahead_wanted();
    }
    ByteInput in(fd, !std_in, std_in ? "standard input" : path, ahead ? 0 : cap);
    if (ahead) in.ahead_ = std::make_unique<ReadAhead>(fd);
    return in;
}

ByteInput::ByteInput(int fd, bool owned, std::string name, size_t capacity)
    : fd_(fd), owned_(owned), name_(std::move(name)),
      buf_(capacity ? new uint8_t[capacity] : nullptr), cap_(capacity), data_(buf_.get()) {}

ByteInput::ByteInput(ByteInput&& o) noexcept
    : fd_(std::exchange(o.fd_, -1)), owned_(std::exchange(o.owned_, false)), eof_(o.eof_),
      name_(std::move(o.name_)), io_error_(std::move(o.io_error_)), buf_(std::move(o.buf_)),
      cap_(std::exchange(o.cap_, 0)), start_(std::exchange(o.start_, 0)),
      end_(std::exchange(o.end_, 0)), base_off_(o.base_off_),
      data_(std::exchange(o.data_, nullptr)), ahead_(std::move(o.ahead_)),
      cur_(std::exchange(o.cur_, {})) {}

ByteInput::~ByteInput() {
    ahead_.reset();  // its thread reads fd_: stop it first
    if (owned_ && fd_ >= 0) ::close(fd_);
}

size_t ByteInput::refill_ahead(size_t n) {
    while (end_ - start_ < n && !eof_ && io_error_.empty()) {
        const ReadAhead::Chunk f = ahead_->next();
        const size_t tail = end_ - start_;
        if (f.len == 0) {
            ahead_->release(f);
        } else if (tail <= ReadAhead::kHead && (tail + f.len >= n || f.eof)) {
            // The usual case: carry the unread tail into the room in front of the new chunk.
            uint8_t* base = f.data - tail;
            if (tail) std::memcpy(base, data_ + start_, tail);
            ahead_->release(cur_);
            cur_ = f;
            data_ = base;
            start_ = 0;
            end_ = tail + f.len;
        } else {
            // A record longer than the room: gather it in buf_, growing as bytes arrive.
            const size_t need = tail + f.len;
            if (cap_ < need) {
                size_t ncap = std::max(need, cap_ * 2);
                std::unique_ptr<uint8_t[]> nbuf(new uint8_t[ncap]);
                if (tail) std::memcpy(nbuf.get(), data_ + start_, tail);
                buf_ = std::move(nbuf);
                cap_ = ncap;
            } else if (tail) {
                std::memmove(buf_.get(), data_ + start_, tail);
            }
            std::memcpy(buf_.get() + tail, f.data, f.len);
            ahead_->release(cur_);
            ahead_->release(f);
            cur_ = {};
            data_ = buf_.get();
            start_ = 0;
            end_ = need;
        }
        if (f.err) io_error_ = std::strerror(f.err);
        if (f.eof) eof_ = true;
    }
    return end_ - start_;
}

size_t ByteInput::refill(size_t n) {
    if (ahead_) return refill_ahead(n);
    if (start_ > 0 && (start_ + n > cap_ || cap_ - end_ < cap_ / 4)) {
        // Move the unread tail to the front so the next read(2) is a large one.
        std::memmove(buf_.get(), buf_.get() + start_, end_ - start_);
        end_ -= start_;
        start_ = 0;
    }
    while (end_ - start_ < n && !eof_ && io_error_.empty()) {
        if (end_ == cap_) {
            // A record larger than the buffer (big snaplen, big pcapng block). Grow as the
            // bytes arrive, so a damaged length field costs no more memory than the file has.
            size_t ncap = std::min(cap_ * 2, std::max(n, cap_ + 1));
            std::unique_ptr<uint8_t[]> nbuf(new uint8_t[ncap]);
            std::memcpy(nbuf.get(), buf_.get() + start_, end_ - start_);
            buf_ = std::move(nbuf);
            data_ = buf_.get();
            cap_ = ncap;
            end_ -= start_;
            start_ = 0;
        }
        ssize_t r = ::read(fd_, buf_.get() + end_, cap_ - end_);
        if (r > 0) {
            end_ += static_cast<size_t>(r);
        } else if (r == 0) {
            eof_ = true;
        } else if (errno != EINTR) {
            io_error_ = std::strerror(errno);
        }
    }
    return end_ - start_;
}

size_t ByteInput::skip(size_t n) {
    size_t done = 0;
    while (done < n) {
        if (avail() == 0 && want(1) == 0) break;
        size_t step = std::min(avail(), n - done);
        consume(step);
        done += step;
    }
    return done;
}

}  // namespace rd
