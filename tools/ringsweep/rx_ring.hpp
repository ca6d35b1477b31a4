// A receive ring with every setting ringsweep varies: TPACKET_V2 (one frame per packet)
// or V3 (variable-size packets in blocks retired by timeout), block size and count,
// frame size, retire timeout, snap length (a one-instruction BPF program), fanout group.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ringdump/capture/os_handle.hpp"
#include "ringdump/format/result.hpp"

namespace rd::sweep {

struct RingSettings {
    int version = 3;               // 2 or 3
    uint32_t block_size = 1u << 18;
    uint32_t block_nr = 32;
    uint32_t frame_size = 2048;    // V2: one packet per frame; V3: only for the kernel's check
    uint32_t retire_ms = 8;        // V3 block retire timeout
    uint32_t snaplen = 262144;
    int fanout_mode = -1;          // PACKET_FANOUT_* or -1 for none
    uint32_t sockets = 1;          // fanout group members (1 without fanout)
};

// Receive-time and kernel-time latencies, 1 us buckets up to 200 ms; allocated once.
class LatencyHist {
public:
    LatencyHist() : buckets_(kBuckets + 1, 0) {}
    void add(int64_t ns) {
        if (ns < 0) ns = 0;
        const uint64_t b = static_cast<uint64_t>(ns) / 1000;
        ++buckets_[b < kBuckets ? b : kBuckets];
        ++count_;
    }
    void merge(const LatencyHist& o) {
        for (size_t i = 0; i < buckets_.size(); ++i) buckets_[i] += o.buckets_[i];
        count_ += o.count_;
    }
    uint64_t count() const { return count_; }
    // Microseconds below which fraction p (0..1) of the samples lie; -1 without samples.
    double percentile_us(double p) const;

private:
    static constexpr uint64_t kBuckets = 200000;
    std::vector<uint64_t> buckets_;
    uint64_t count_ = 0;
};

struct SocketCounts {
    uint64_t packets = 0;        // read from the ring
    uint64_t kernel_packets = 0; // PACKET_STATISTICS tp_packets (includes drops)
    uint64_t kernel_drops = 0;
    LatencyHist send_to_user;    // generator's stamp -> read
    LatencyHist kernel_to_user;  // ring timestamp -> read
};

class RxRing {
public:
    // fanout_group: the group id shared by the sockets of one configuration.
    static Result<RxRing> open(const std::string& device, const RingSettings& s, uint16_t fanout_group);
    // Reads everything ready, waiting at most timeout_ms first. Returns packets read.
    uint64_t read_ready(int timeout_ms, SocketCounts& c);
    void add_kernel_stats(SocketCounts& c) const;

private:
    uint64_t read_v2(SocketCounts& c);
    uint64_t read_v3(SocketCounts& c);
    UniqueFd fd_;
    Mapping map_;
    RingSettings s_;
    uint32_t frames_ = 0;
    uint32_t cur_ = 0;  // next frame (V2) or block (V3)
};

}  // namespace rd::sweep
