// The only way printers read packet bytes: a window [base, end) of the captured bytes.
// A read outside the window marks the packet truncated (the output is muted and the
// packet ends with tcpdump's " [|proto]" marker) and returns zero; after that every
// read fails and has() is false, so loops over the packet end.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>

#include "ringdump/dissect/context.hpp"

namespace rd {

class Cursor {
public:
    Cursor(Ctx& ctx, std::span<const uint8_t> packet)
        : pkt_(packet.data()), pos_(0), end_(packet.size()), ctx_(&ctx) {}

    // Captured bytes from base (0 when base is at or past the end).
    size_t size() const { return pos_ < end_ ? end_ - pos_ : 0; }
    bool empty() const { return size() == 0; }
    // Are n bytes at off captured (and the packet not already truncated)?
    bool has(size_t off, size_t n = 1) const {
        const size_t s = size();
        return !ctx_->truncated && off <= s && n <= s - off;
    }
    // ND_TCHECK: false (and the packet marked truncated) unless n bytes at off are there.
    bool need(size_t off, size_t n) const {
        if (has(off, n)) return true;
        ctx_->mark_truncated();
        return false;
    }

    uint8_t u8(size_t off) const { return need(off, 1) ? pkt_[pos_ + off] : 0; }
    uint16_t be16(size_t off) const {
        if (!need(off, 2)) return 0;
        const uint8_t* p = pkt_ + pos_ + off;
        return static_cast<uint16_t>(p[0] << 8 | p[1]);
    }
    uint32_t be24(size_t off) const {
        if (!need(off, 3)) return 0;
        const uint8_t* p = pkt_ + pos_ + off;
        return uint32_t{p[0]} << 16 | uint32_t{p[1]} << 8 | p[2];
    }
    uint32_t be32(size_t off) const {
        if (!need(off, 4)) return 0;
        const uint8_t* p = pkt_ + pos_ + off;
        return uint32_t{p[0]} << 24 | uint32_t{p[1]} << 16 | uint32_t{p[2]} << 8 | p[3];
    }
    uint64_t be_n(size_t off, size_t n) const {  // n = 1..8 bytes, big-endian
        if (!need(off, n)) return 0;
        uint64_t v = 0;
        for (size_t i = 0; i < n; ++i) v = v << 8 | pkt_[pos_ + off + i];
        return v;
    }
    uint64_t be64(size_t off) const { return be_n(off, 8); }
    uint16_t le16(size_t off) const {
        if (!need(off, 2)) return 0;
        const uint8_t* p = pkt_ + pos_ + off;
        return static_cast<uint16_t>(p[1] << 8 | p[0]);
    }
    uint32_t le32(size_t off) const {
        if (!need(off, 4)) return 0;
        const uint8_t* p = pkt_ + pos_ + off;
        return uint32_t{p[3]} << 24 | uint32_t{p[2]} << 16 | uint32_t{p[1]} << 8 | p[0];
    }
    uint64_t le64(size_t off) const {
        if (!need(off, 8)) return 0;
        uint64_t v = 0;
        for (size_t i = 8; i-- > 0;) v = v << 8 | pkt_[pos_ + off + i];
        return v;
    }

    // n bytes at off, or an empty span (and the packet marked truncated).
    std::span<const uint8_t> bytes(size_t off, size_t n) const {
        if (!need(off, n)) return {};
        return {pkt_ + pos_ + off, n};
    }
    // Whatever is captured from off on, possibly nothing; never marks truncation.
    std::span<const uint8_t> rest(size_t off = 0) const {
        const size_t s = size();
        if (off >= s) return {};
        return {pkt_ + pos_ + off, s - off};
    }

    // A cursor whose base is off bytes further on (same end).
    Cursor skip(size_t off) const {
        Cursor c = *this;
        c.pos_ = off > kFar ? kFar : pos_ + off;
        return c;
    }
    // A cursor whose end is at most len bytes past base (tcpdump's nd_push_snaplen).
    Cursor limit(size_t len) const {
        Cursor c = *this;
        if (len < size()) c.end_ = pos_ + len;
        return c;
    }

    // Offset of base from the start of the packet.
    size_t offset() const { return pos_; }
    Ctx& ctx() const { return *ctx_; }

private:
    static constexpr size_t kFar = size_t{1} << 40;  // saturates skips past any packet
    const uint8_t* pkt_;
    size_t pos_;
    size_t end_;
    Ctx* ctx_;
};

}  // namespace rd
