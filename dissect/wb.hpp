// Private to dissect/: LBL whiteboard (wb.cpp), reached from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {

void wb_print(Ctx& ctx, Cursor c, uint32_t length);  // UDP port 4567 (destination), -T wb

}  // namespace rd
