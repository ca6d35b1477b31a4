// The sending side: per thread one AF_PACKET socket bound to the interface, a TPACKET_V2
// TX ring pre-filled with the template, and a loop that patches free frames, marks them
// for sending and kicks the kernel with sendto(MSG_DONTWAIT).
#pragma once
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "gen_options.hpp"
#include "ringdump/capture/os_handle.hpp"
#include "ringdump/format/result.hpp"

namespace rd::gen {

struct TxTotals {
    uint64_t packets = 0;     // handed to the device by the kernel
    uint64_t bytes = 0;
    uint64_t errors = 0;      // frames the kernel refused or never sent
    uint64_t elapsed_ns = 0;  // first frame to last completion
    uint64_t dev_dropped = 0; // the interface's tx_dropped over the run (veth: peer backlog full)
    std::string error;        // a hard failure that stopped a thread
};

// One thread's socket and ring.
class TxRing {
public:
    static Result<TxRing> open(const std::string& device, uint32_t frame_len, uint32_t frames, bool qdisc_bypass);
    int fd() const { return fd_.get(); }
    int ifindex() const { return ifindex_; }
    uint32_t frame_count() const { return frame_nr_; }
    // The tpacket2_hdr of frame i and its data area (where the kernel reads the packet).
    uint8_t* frame(uint32_t i) const { return map_.data() + size_t{i} * frame_size_; }
    static constexpr uint32_t kDataOffset = 32;  // TPACKET_ALIGN(sizeof(tpacket2_hdr))

private:
    UniqueFd fd_;
    Mapping map_;
    int ifindex_ = 0;
    uint32_t frame_size_ = 0, frame_nr_ = 0;
};

// Runs cfg to completion (count, duration or stop). Errors at start-up come back as the
// Result's error; a failure while sending is reported in TxTotals::error. on_ready, when
// given, is called once every socket and ring is set up, just before sending starts.
Result<TxTotals> run_generator(const GenConfig& cfg, const std::atomic<bool>& stop,
                               void (*on_ready)(const GenConfig&) = nullptr);

// "123 packets, ... errors" as ringgen prints it last.
std::string summary_line(const TxTotals& t);

}  // namespace rd::gen
