// Owning wrappers for a file descriptor and a memory mapping: closed / unmapped exactly
// once, movable, never copied. For code that sets up its own sockets and rings.
#pragma once
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <utility>

namespace rd {

class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    ~UniqueFd() { reset(); }
    UniqueFd(UniqueFd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
    UniqueFd& operator=(UniqueFd&& o) noexcept {
        if (this != &o) {
            reset();
            fd_ = std::exchange(o.fd_, -1);
        }
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return fd_; }
    bool valid() const { return fd_ >= 0; }
    void reset(int fd = -1) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = fd;
    }

private:
    int fd_ = -1;
};

class Mapping {
public:
    Mapping() = default;
    Mapping(void* addr, size_t len) : addr_(static_cast<uint8_t*>(addr)), len_(len) {}
    ~Mapping() { reset(); }
    Mapping(Mapping&& o) noexcept : addr_(std::exchange(o.addr_, nullptr)), len_(std::exchange(o.len_, 0)) {}
    Mapping& operator=(Mapping&& o) noexcept {
        if (this != &o) {
            reset();
            addr_ = std::exchange(o.addr_, nullptr);
            len_ = std::exchange(o.len_, 0);
        }
        return *this;
    }
    Mapping(const Mapping&) = delete;
    Mapping& operator=(const Mapping&) = delete;

    // mmap(fd, len) shared read-write; an invalid Mapping when it fails (errno is kept).
    static Mapping shared(int fd, size_t len) {
        void* m = ::mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (m == MAP_FAILED) return {};
        return {m, len};
    }

    uint8_t* data() const { return addr_; }
    size_t size() const { return len_; }
    bool valid() const { return addr_ != nullptr; }
    void reset() {
        if (addr_ != nullptr) ::munmap(addr_, len_);
        addr_ = nullptr;
        len_ = 0;
    }

private:
    uint8_t* addr_ = nullptr;
    size_t len_ = 0;
};

}  // namespace rd
