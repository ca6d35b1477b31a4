// Private to dissect/: Internet checksums (RFC 1071) over packet bytes, with the IPv4
// and IPv6 pseudo-headers used by TCP, UDP, ICMPv6 and friends.
#pragma once
#include <cstdint>
#include <span>

namespace rd {

// One's-complement sum of the bytes (odd length padded with a zero byte), not folded.
uint32_t cksum_add(uint32_t sum, std::span<const uint8_t> data);
// Folds and complements: 0 means the data (including its checksum field) verifies.
uint16_t cksum_finish(uint32_t sum);
// Checksum of data with nothing else.
inline uint16_t in_cksum(std::span<const uint8_t> data) { return cksum_finish(cksum_add(0, data)); }
// Checksum of data behind an IPv4 or IPv6 pseudo-header (src/dst are 4 or 16 bytes).
uint16_t pseudo_cksum(std::span<const uint8_t> src, std::span<const uint8_t> dst, uint8_t proto,
                      uint32_t len, std::span<const uint8_t> data);
// The value the checksum field should have held, given the field's current value and the
// checksum computed over data including it (tcpdump's in_cksum_shouldbe).
uint16_t cksum_shouldbe(uint16_t field, uint16_t computed);

}  // namespace rd
