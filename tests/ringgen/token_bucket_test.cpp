// The generator's rate limiter: long-run rate, burst cap, waits, give-back, unlimited.
#include <catch2/catch.hpp>

#include "token_bucket.hpp"

using rd::gen::TokenBucket;

namespace {
constexpr uint64_t kMs = 1'000'000;
}

TEST_CASE("token bucket: no credit at start, one packet per 1/rate") {
    TokenBucket b(1000, 10);
    b.start(5 * kMs);
    CHECK(b.take(5 * kMs, 100) == 0);
    CHECK(b.wait_ns(5 * kMs) == kMs);
    CHECK(b.take(5 * kMs + kMs / 2, 100) == 0);
    CHECK(b.take(6 * kMs, 100) == 1);
    CHECK(b.take(6 * kMs, 100) == 0);
    CHECK(b.wait_ns(6 * kMs + kMs / 4) == 3 * kMs / 4);
}

TEST_CASE("token bucket: idle time accrues at most a burst") {
    TokenBucket b(1000, 10);
    b.start(0);
    CHECK(b.take(5000 * kMs, 1000) == 10);
    CHECK(b.take(5000 * kMs, 1000) == 0);
}

TEST_CASE("token bucket: the long-run rate is the rate asked for") {
    struct Case {
        uint64_t rate, burst;
    };
    // ringgen's burst (10 ms of the rate, at least 16), and the smallest burst: a fraction
    // of a packet must never be thrown away.
    for (Case c : {Case{1000, 16}, Case{123457, 1234}, Case{5000000, 50000}, Case{1000, 1}}) {
        TokenBucket b(c.rate, c.burst);
        b.start(0);
        uint64_t sent = 0;
        // Two simulated seconds, asking every 37 us for more than the rate allows.
        for (uint64_t t = 0; t <= 2000 * kMs; t += 37'000) sent += b.take(t, 1'000'000);
        INFO("rate " << c.rate << " burst " << c.burst << " sent " << sent);
        const double expected = 2.0 * static_cast<double>(c.rate);
        CHECK(static_cast<double>(sent) <= expected);
        CHECK(static_cast<double>(sent) >= expected * 0.999);
    }
}

TEST_CASE("token bucket: packets given back can be taken again") {
    TokenBucket b(1000, 100);
    b.start(0);
    CHECK(b.take(50 * kMs, 1000) == 50);
    b.give_back(20);
    CHECK(b.take(50 * kMs, 1000) == 20);
}

TEST_CASE("token bucket: rate 0 is unlimited") {
    TokenBucket b(0, 1);
    b.start(0);
    CHECK(b.unlimited());
    CHECK(b.take(0, 12345) == 12345);
    CHECK(b.wait_ns(0) == 0);
}
