// Private to dissect/: RPKI-Router protocol (rpki_rtr.cpp), reached from the TCP table.
#pragma once
#include "protos.hpp"

namespace rd {

void rpki_rtr_print(Ctx& ctx, Cursor c, uint32_t length);  // TCP port 323

}  // namespace rd
