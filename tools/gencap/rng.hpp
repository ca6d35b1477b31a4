// Deterministic random numbers (splitmix64): the same seed gives the same capture on
// every platform, which std:: distributions do not promise.
#pragma once
#include <cstdint>

namespace gencap {

class Rng {
public:
    explicit Rng(uint64_t seed) : s_(seed) {}
    uint64_t next() {
        uint64_t z = (s_ += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n).
    uint32_t below(uint32_t n) {
        return static_cast<uint32_t>(((next() >> 32) * uint64_t{n}) >> 32);
    }
    uint32_t between(uint32_t lo, uint32_t hi) { return lo + below(hi - lo + 1); }
    bool chance(uint32_t percent) { return below(100) < percent; }

private:
    uint64_t s_;
};

}  // namespace gencap
