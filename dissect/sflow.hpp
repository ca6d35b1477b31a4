// sFlow printer entry point (sflow.cpp), called from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {

void sflow_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
