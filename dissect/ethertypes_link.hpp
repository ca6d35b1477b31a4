// Printers reached from the EtherType table (ether.cpp) that live in their own files:
// CFM, AoE, EAPOL, GeoNetworking / CALM FAST.
#pragma once
#include "protos.hpp"

namespace rd {

void cfm_print(Ctx& ctx, Cursor c, uint32_t length);     // 802.1ag CFM (0x8902, 0xabcd)

}  // namespace rd
