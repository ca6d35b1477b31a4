#include "checksum.hpp"

namespace rd {

uint32_t cksum_add(uint32_t sum, std::span<const uint8_t> d) {
    uint64_t s = sum;
    size_t i = 0;
    for (; i + 1 < d.size(); i += 2) s += static_cast<uint32_t>(d[i] << 8 | d[i + 1]);
    if (i < d.size()) s += static_cast<uint32_t>(d[i] << 8);
    while (s >> 32) s = (s & 0xffffffff) + (s >> 32);
    return static_cast<uint32_t>(s);
}

uint16_t cksum_finish(uint32_t sum) {
    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<uint16_t>(~sum & 0xffff);
}

uint16_t pseudo_cksum(std::span<const uint8_t> src, std::span<const uint8_t> dst, uint8_t proto,
                      uint32_t len, std::span<const uint8_t> data) {
    uint32_t s = cksum_add(0, src);
    s = cksum_add(s, dst);
    const uint8_t tail[8] = {static_cast<uint8_t>(len >> 24), static_cast<uint8_t>(len >> 16),
                             static_cast<uint8_t>(len >> 8), static_cast<uint8_t>(len), 0, 0, 0, proto};
    s = cksum_add(s, tail);
    s = cksum_add(s, data);
    return cksum_finish(s);
}

uint16_t cksum_shouldbe(uint16_t field, uint16_t computed) {
    // RFC 1624: with S the one's-complement sum of everything but the field,
    // computed = ~(S + field), so the field should be ~S = field + computed (end-around
    // carry). Kept in this form so a zero sum stays 0xffff, as tcpdump shows it.
    uint32_t s = uint32_t{field} + computed;
    s = (s & 0xffff) + (s >> 16);
    s = (s & 0xffff) + (s >> 16);
    return static_cast<uint16_t>(s);
}

}  // namespace rd
