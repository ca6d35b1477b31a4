// Private to the ICMPv6 printer files (icmp6*.cpp). Every Cursor here has its base at
// the ICMPv6 header and its end at the end of the IPv6 payload or of the captured bytes.
#pragma once
#include <cstdint>

#include "protos.hpp"
#include "ringdump/format/hexdump.hpp"

namespace rd::icmp6 {

// tcpdump's print_unknown_data: a hex dump of up to len bytes at off, each line led by
// prefix.
inline void unknown_data(Ctx& ctx, const Cursor& c, size_t off, const char* prefix, size_t len) {
    if (off > c.size()) {
        ctx.out.put(prefix);
        ctx.out.put("Dissector error: print_unknown_data called with pointer past end of packet");
        return;
    }
    auto d = c.rest(off);
    if (d.size() > len) d = d.first(len);
    hex_dump_prefixed(ctx.out, prefix, d);
}

// "infinity" or "<n>s".
inline void put_lifetime(Ctx& ctx, uint32_t v) {
    if (v == 0xffffffff)
        ctx.out.put("infinity");
    else
        ctx.out.f("{}s", v);
}

// Router preference bits (RFC 4191).
inline const char* rtpref(uint8_t flags) {
    static constexpr const char* kNames[] = {"medium", "high", "rsv", "low"};
    return kNames[(flags & 0x18) >> 3];
}

// icmp6_nd.cpp: neighbour discovery options from off to the end of the message (length
// bytes of ICMPv6 in all). False when they end with tcpdump's truncation marker.
bool nd_options_print(Ctx& ctx, const Cursor& c, size_t off, int32_t resid);
// icmp6_nd.cpp: RS, RA, NS, NA, redirect, home agent and mobile prefix messages.
// Return false when the caller must print the truncation marker.
bool nd_print(Ctx& ctx, const Cursor& c, uint8_t type, uint32_t length);
// icmp6_ni.cpp: node information query/reply (RFC 4620), router renumbering (RFC 2894).
void nodeinfo_print(Ctx& ctx, const Cursor& c, uint32_t length);
void rrenum_print(Ctx& ctx, const Cursor& c);
// icmp6_rpl.cpp: RPL control messages (RFC 6550); c has its base at the message body.
void rpl_print(Ctx& ctx, const Cursor& c, uint8_t code, uint32_t length);
// icmp6_mld.cpp: MLDv1 and MLDv2.
void mld_print(Ctx& ctx, const Cursor& c);
void mldv2_query_print(Ctx& ctx, const Cursor& c, uint32_t length);
void mldv2_report_print(Ctx& ctx, const Cursor& c, uint32_t length);

}  // namespace rd::icmp6
