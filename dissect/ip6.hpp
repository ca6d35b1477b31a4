// Private to the IPv6 printer files (ip6*.cpp): extension header printers the header
// loop in ip6.cpp calls. Each takes a Cursor whose base is the extension header and whose
// end is the end of the IPv6 payload (or of the captured bytes, if that comes first).
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd::ip6 {

// Next-header values the header loop and its helpers handle.
inline constexpr uint8_t kHopOpts = 0, kTcp = 6, kUdp = 17, kDccp = 33, kRouting = 43,
                         kFragment = 44, kDstOpts = 60, kMobilityOld = 62, kSctp = 132,
                         kMobility = 135;

// Each returns the length of the header, or -1 when the loop must stop (after printing
// what tcpdump prints in that case).

// Hop-by-hop options. A valid Jumbo Payload option sets found_jumbo and payload_len.
int hbh_print(Ctx& ctx, const Cursor& c, bool& found_jumbo, uint32_t& payload_len);
// Destination options.
int dstopt_print(Ctx& ctx, const Cursor& c);
// Fragment header; `plen` is the IPv6 payload length field, `hdr_off` the offset of the
// fragment header from the start of the IPv6 header.
int frag6_print(Ctx& ctx, const Cursor& c, uint16_t plen, uint32_t hdr_off);
// Routing header: type 0, type 2 and segment routing (type 4).
int rt6_print(Ctx& ctx, const Cursor& c);
// Mobility header (RFC 6275).
int mobility_print(Ctx& ctx, const Cursor& c);

}  // namespace rd::ip6
