// Private to dissect/: PGM (pgm.cpp) and the ZMTP/1.0 datagrams it may carry
// (zmtp1.cpp). Included by the IP protocol and UDP dispatchers.
#pragma once
#include "protos.hpp"

namespace rd {

// A PGM packet at c; zmtp1: decode ODATA/RDATA payloads as ZMTP/1.0 (-T pgm_zmtp1).
void pgm_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip, bool zmtp1);
// IP protocol 113.
void pgm_ip_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
// ZMTP/1.0 frames in a PGM datagram (a frame offset, then frames) of length bytes.
void zmtp1_datagram_print(Ctx& ctx, Cursor c, uint32_t length);
// ZMTP/1.0 frames filling a TCP segment (-T zmtp1), after ": ZMTP/1.0".
void zmtp1_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
