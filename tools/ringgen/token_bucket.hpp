// Packet-rate limiter: credit accrues at rate packets per second up to a burst; a sender
// takes what it is allowed and waits for the rest. Integer arithmetic in packet-
// nanoseconds, so long runs do not drift.
#pragma once
#include <algorithm>
#include <cstdint>

namespace rd::gen {

class TokenBucket {
public:
    // rate_pps 0: unlimited. burst: most packets allowed back to back (at least 1).
    TokenBucket(uint64_t rate_pps, uint64_t burst) : rate_(rate_pps), burst_(std::max<uint64_t>(burst, 1)) {}

    bool unlimited() const { return rate_ == 0; }

    // Starts the clock with no credit: the first packets go out after 1/rate.
    void start(uint64_t now_ns) {
        last_ = now_ns;
        credit_ = 0;
    }

    // Up to want packets allowed at now_ns; they are taken from the credit.
    uint64_t take(uint64_t now_ns, uint64_t want) {
        if (rate_ == 0) return want;
        refill(now_ns);
        const uint64_t n = std::min(want, credit_ / kNs);
        credit_ -= n * kNs;
        return n;
    }

    // Packets taken but not sent (the ring was full) go back.
    void give_back(uint64_t n) {
        if (rate_ != 0) credit_ = std::min(credit_ + n * kNs, cap());
    }

    // Nanoseconds from now_ns until one more packet is allowed (0: now).
    uint64_t wait_ns(uint64_t now_ns) {
        if (rate_ == 0) return 0;
        refill(now_ns);
        if (credit_ >= kNs) return 0;
        return (kNs - credit_ + rate_ - 1) / rate_;
    }

private:
    static constexpr uint64_t kNs = 1'000'000'000;
    void refill(uint64_t now_ns) {
        if (now_ns <= last_) return;
        // Capped at 1 s so the product stays inside 64 bits (rate < 1.8e10 pps).
        const uint64_t dt = std::min<uint64_t>(now_ns - last_, kNs);
        credit_ = std::min(credit_ + dt * rate_, cap());
        last_ = now_ns;
    }
    // At most burst whole packets, plus the fraction of the next one: capping at exactly
    // burst would throw that fraction away at every take and lose rate (3.5% at 1000
    // pps with a 1-packet burst checked every 37 us).
    uint64_t cap() const { return burst_ * kNs + (kNs - 1); }

    uint64_t rate_;
    uint64_t burst_;
    uint64_t last_ = 0;
    uint64_t credit_ = 0;  // packets * 1e9
};

}  // namespace rd::gen
