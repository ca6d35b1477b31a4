// ISAKMP/IKE printer entry points (isakmp.cpp), called from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {

// An ISAKMP message (IKEv1 or IKEv2); ip is the IP header it came in (for the I/R guess).
void isakmp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo* ip);
// UDP port 4500 (RFC 3948): NAT keep-alive, non-ESP marker + ISAKMP, or ESP.
void isakmp_rfc3948_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);

}  // namespace rd
