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

Result<ByteInput> ByteInput::open(const std::string& path) {
    bool std_in = path == "-";
    int fd = std_in ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Error{path + ": " + std::strerror(errno)};
    size_t cap = kChunk;
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        // Read-ahead hint; and a small file needs no megabyte of buffer.
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
        if (st.st_size >= 0 && static_cast<uint64_t>(st.st_size) < kChunk)
            cap = std::max<size_t>(4096, static_cast<size_t>(st.st_size) + 1);
    }
    return ByteInput(fd, !std_in, std_in ? "standard input" : path, cap);
}

ByteInput::ByteInput(int fd, bool owned, std::string name, size_t capacity)
    : fd_(fd), owned_(owned), name_(std::move(name)),
      buf_(new uint8_t[capacity]), cap_(capacity) {}

ByteInput::ByteInput(ByteInput&& o) noexcept
    : fd_(std::exchange(o.fd_, -1)), owned_(std::exchange(o.owned_, false)), eof_(o.eof_),
      name_(std::move(o.name_)), io_error_(std::move(o.io_error_)), buf_(std::move(o.buf_)),
      cap_(std::exchange(o.cap_, 0)), start_(std::exchange(o.start_, 0)),
      end_(std::exchange(o.end_, 0)), base_off_(o.base_off_) {}

ByteInput::~ByteInput() {
    if (owned_ && fd_ >= 0) ::close(fd_);
}

size_t ByteInput::refill(size_t n) {
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
