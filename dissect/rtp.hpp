// RTP and RTCP over UDP: printed only when forced with -T rtp / -T rtcp.
#pragma once
#include "protos.hpp"

namespace rd {

void rtp_print(Ctx& ctx, Cursor c, uint32_t length);
// Every RTCP packet of a compound datagram, up to the captured end.
void rtcp_print(Ctx& ctx, Cursor c);

}  // namespace rd
