// RADIUS printer entry point (radius.cpp), called from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {

void radius_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
