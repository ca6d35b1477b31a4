// Private to dissect/: what tcp.cpp and tcp_options.cpp share.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

constexpr uint8_t kTcpFin = 0x01, kTcpSyn = 0x02, kTcpRst = 0x04, kTcpPush = 0x08, kTcpAck = 0x10,
                  kTcpUrg = 0x20, kTcpEce = 0x40, kTcpCwr = 0x80;

// What the option printer needs from the segment.
struct TcpSegment {
    Cursor tcp;              // the TCP header and what follows
    uint8_t flags = 0;
    uint32_t payload_len = 0;
    // Relative SACK edges: subtract thseq (rev) or thack, as the sequence numbers were.
    bool rev = false;
    uint32_t thseq = 0;
    uint32_t thack = 0;
};

// Prints ", options [...]" for the optlen bytes after the fixed header. Returns false when
// tcpdump stops the segment there (a malformed or uncaptured option): no ", length N".
bool tcp_print_options(Ctx& ctx, const TcpSegment& seg, uint32_t optlen);

// One MPTCP option (RFC 6824 / 8684) of len bytes at o (the kind byte); false: malformed.
bool mptcp_print(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t tcp_flags);

}  // namespace rd
