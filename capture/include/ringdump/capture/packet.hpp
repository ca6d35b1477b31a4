// The unit every stage passes along: a view of one captured packet.
#pragma once
#include <cstdint>
#include <span>

namespace rd {

// Packet direction as the capture path knows it (Linux sll_pkttype, pcapng epb_flags).
enum class Direction : uint8_t { Unknown, In, Out };

struct PacketRef {
    // Seconds and sub-second nanoseconds as the source gave them. Not normalised:
    // a damaged file's microsecond field of 4061069334 stays 4061069334000 ns, because
    // tcpdump prints such values as they are.
    int64_t ts_sec = 0;
    uint64_t ts_nsec = 0;
    uint32_t caplen = 0;       // bytes present at data
    uint32_t wirelen = 0;      // length on the wire
    uint32_t linktype = 0;     // LINKTYPE_* value of the interface it came from
    uint32_t ifindex = 0;      // interface index (pcapng interface id / kernel ifindex)
    Direction dir = Direction::Unknown;
    const uint8_t* data = nullptr;  // valid until the batch holding it is released

    std::span<const uint8_t> bytes() const { return {data, caplen}; }
};

}  // namespace rd
