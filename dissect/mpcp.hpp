// IEEE 802.3 MAC Control (EtherType 0x8808): PAUSE and the EPON Multi-Point Control
// Protocol (clause 64), after the Ethernet header.
#pragma once
#include "protos.hpp"

namespace rd {

void mpcp_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
