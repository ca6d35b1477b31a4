// IEEE 802.3 Slow Protocols (EtherType 0x8809): LACP, Marker, OAM. slow.cpp.
#pragma once
#include "protos.hpp"

namespace rd {
void slow_print(Ctx& ctx, Cursor c, uint32_t length);
}  // namespace rd
