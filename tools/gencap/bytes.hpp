// A growable byte string with network-order appends; frames are built in one and reused.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace gencap {

class Bytes {
public:
    void clear() { v_.clear(); }
    size_t size() const { return v_.size(); }
    const uint8_t* data() const { return v_.data(); }
    uint8_t* data() { return v_.data(); }
    std::span<const uint8_t> span() const { return {v_.data(), v_.size()}; }

    void u8(uint8_t x) { v_.push_back(x); }
    void u16(uint16_t x) {
        u8(static_cast<uint8_t>(x >> 8));
        u8(static_cast<uint8_t>(x));
    }
    void u32(uint32_t x) {
        u16(static_cast<uint16_t>(x >> 16));
        u16(static_cast<uint16_t>(x));
    }
    void put(std::span<const uint8_t> b) { v_.insert(v_.end(), b.begin(), b.end()); }
    void put(std::string_view s) { v_.insert(v_.end(), s.begin(), s.end()); }
    void zeros(size_t n) { v_.insert(v_.end(), n, 0); }
    void set16(size_t at, uint16_t x) {
        v_[at] = static_cast<uint8_t>(x >> 8);
        v_[at + 1] = static_cast<uint8_t>(x);
    }

private:
    std::vector<uint8_t> v_;
};

}  // namespace gencap
