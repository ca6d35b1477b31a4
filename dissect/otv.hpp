// OTV (otv.cpp), reached from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {
void otv_print(Ctx& ctx, Cursor c, uint32_t length);
}  // namespace rd
