// The reusable text buffer every packet's output is built in. Writes are flushed to
// stdout in large chunks by the caller. A muted buffer drops writes: after a printer runs
// off the captured bytes, nothing more of that layer's text may appear (tcpdump stops
// printing there), until the packet's truncation marker is written.
#pragma once
#include <fmt/format.h>

#include <cstdint>
#include <span>
#include <string_view>

namespace rd {

class OutBuf {
public:
    void put(std::string_view s) {
        if (!muted_) buf_.append(s.data(), s.data() + s.size());
    }
    void put(char c) {
        if (!muted_) buf_.push_back(c);
    }
    // Unsigned decimal, the common case, without going through a format string.
    void dec(uint64_t v);
    // Lower-case hex without leading zeros ("%x").
    void hex(uint64_t v);
    // Zero-padded lower-case hex of exactly `width` digits ("%0Nx").
    void hex(uint64_t v, int width);

    template <class... Args>
    void f(fmt::format_string<Args...> s, Args&&... args) {
        if (!muted_) fmt::format_to(std::back_inserter(buf_), s, std::forward<Args>(args)...);
    }

    void mute() { muted_ = true; }
    void unmute() { muted_ = false; }
    bool muted() const { return muted_; }

    std::string_view view() const { return {buf_.data(), buf_.size()}; }
    size_t size() const { return buf_.size(); }
    void clear() { buf_.clear(); }
    // Drops everything after `n` bytes (used to undo a partially printed item).
    void truncate_to(size_t n) {
        if (n < buf_.size()) buf_.resize(n);
    }

private:
    fmt::memory_buffer buf_;
    bool muted_ = false;
};

}  // namespace rd
