// Frames for the traffic generator: one template per thread, built once with every length
// and checksum in place; per packet only a few fields change (ports, addresses, TCP
// sequence, a stamp with sequence number and send time, a random payload word) and the
// checksums are brought up to date from precomputed sums, so a packet costs O(40 bytes).
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "ringdump/format/result.hpp"

namespace rd::gen {

enum class Flavor : uint8_t { Udp4, Tcp4, Udp6, Tcp6 };

struct Vary {
    bool sport = false, dport = false, saddr = false, daddr = false, payload = false;
};

struct TemplateSpec {
    Flavor flavor = Flavor::Udp4;
    uint32_t frame_len = 64;  // Ethernet frame bytes, FCS not included
    std::array<uint8_t, 6> src_mac{0x02, 0x52, 0x47, 0x00, 0x00, 0x01};
    std::array<uint8_t, 6> dst_mac{0x02, 0x52, 0x47, 0x00, 0x00, 0x02};
    std::array<uint8_t, 4> src4{198, 18, 0, 1};  // RFC 2544 benchmarking range
    std::array<uint8_t, 4> dst4{198, 19, 0, 1};
    std::array<uint8_t, 16> src6{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    std::array<uint8_t, 16> dst6{0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
    uint16_t sport = 40000, dport = 9000;
    Vary vary;
    uint32_t flows = 1024;  // a varied field takes this many values: base .. base+flows-1
    bool random = false;    // random values in that range instead of counting up
};

// Written at the start of the payload (as much of it as fits): lets a receiver tell our
// frames apart, order them and measure send-to-receive latency.
struct Stamp {
    uint16_t thread = 0;
    uint32_t seq = 0;    // per-thread packet number (low 32 bits)
    uint64_t tx_ns = 0;  // CLOCK_REALTIME when the frame was filled
};
inline constexpr uint16_t kStampMagic = 0x5247;  // "RG"
inline constexpr uint32_t kStampLen = 16;        // magic, thread, seq, tx_ns (big-endian)

// Ethernet + IP + transport header bytes of a flavor.
uint32_t header_len(Flavor f);
// Smallest frame of a flavor: its headers, at least the 60-byte Ethernet minimum.
uint32_t min_frame_len(Flavor f);
const char* flavor_name(Flavor f);

class PacketTemplate {
public:
    static Result<PacketTemplate> build(const TemplateSpec& spec);

    std::span<const uint8_t> bytes() const { return frame_; }
    const TemplateSpec& spec() const { return spec_; }
    // Makes frame (a copy of bytes()) packet number seq: varied fields, stamp and
    // checksums. rnd is fresh random bits, used when the spec asks for random values.
    void patch(uint8_t* frame, uint16_t thread, uint64_t seq, uint64_t tx_ns, uint64_t rnd) const;

private:
    struct Region {
        uint16_t off = 0, len = 0;
        bool in_ip = false;  // covered by the IPv4 header checksum
    };
    TemplateSpec spec_;
    std::vector<uint8_t> frame_;
    uint32_t l3_ = 14, l4_ = 0, payload_ = 0, csum_off_ = 0;
    uint32_t ip_base_ = 0;  // IPv4 header sum with the varied regions zero (not folded)
    uint32_t l4_base_ = 0;  // pseudo-header + transport sum, same
    std::array<Region, 8> regions_{};
    uint32_t nregions_ = 0;
    uint32_t src_off_ = 0, dst_off_ = 0;  // varied low 32 bits of the addresses
};

// The stamp of one of our frames (Ethernet, any flavor); false for anything else.
bool read_stamp(std::span<const uint8_t> frame, Stamp& out);

// Internet checksum helpers (RFC 1071), exposed for the tests.
uint32_t sum16(std::span<const uint8_t> b, uint32_t acc = 0);
uint16_t fold(uint32_t acc);

}  // namespace rd::gen
