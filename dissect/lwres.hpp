// BIND 9 lightweight resolver (lwres.cpp), UDP 921. Prints its own leading space.
#pragma once
#include "protos.hpp"

namespace rd {

void lwres_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
