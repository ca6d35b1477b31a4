// CARP (the Common Address Redundancy Protocol of OpenBSD), IP protocol 112 like VRRP:
// tcpdump decodes it only when told to (-T carp).
#pragma once
#include "protos.hpp"

namespace rd {

void carp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);

}  // namespace rd
