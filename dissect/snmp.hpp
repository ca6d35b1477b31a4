// SNMP message (snmp.cpp), UDP 161/162 (and ATM ILMI): prints its own leading space.
#pragma once
#include "protos.hpp"

namespace rd {

void snmp_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
