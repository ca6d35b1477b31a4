// Private to dissect/: Zephyr (zephyr.cpp), reached from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {

void zephyr_print(Ctx& ctx, Cursor c, uint32_t length);  // UDP ports 2103/2104

}  // namespace rd
