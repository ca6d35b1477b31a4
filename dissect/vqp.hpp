// Private to dissect/: Cisco VQP (vqp.cpp), reached from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {

void vqp_print(Ctx& ctx, Cursor c, uint32_t length);  // UDP port 1589

}  // namespace rd
