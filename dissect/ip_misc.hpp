// Small printers reached only from one dispatch table: IP protocols (ipproto.cpp) and
// EtherTypes (ether.cpp).
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

void mobile_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);  // mobile.cpp (55)
void egp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);     // egp.cpp (8)
void tipc_print(Ctx& ctx, Cursor c, uint32_t length);  // tipc.cpp (EtherType 0x88ca)

}  // namespace rd
