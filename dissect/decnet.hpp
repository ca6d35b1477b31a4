// DECnet Phase IV (decnet.cpp), reached from EtherType 0x6003.
#pragma once
#include "protos.hpp"

namespace rd {

// Routing layer message (the 2-byte length first) of the given wire length.
void decnet_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
