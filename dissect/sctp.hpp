// SCTP (IP protocol 132) and the protocols tcpdump hands its DATA chunks to: M3UA
// (PPID 3, printed with -vv) and ForCES (ports 6704-6706 or PPIDs 21-23).
#pragma once
#include "protos.hpp"

namespace rd {

void sctp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
// c starts at the DATA chunk's payload (the window may run on past it: tcpdump reads
// there too); length is the payload length the chunk gives.
void m3ua_print(Ctx& ctx, Cursor c, uint32_t length);
void forces_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
