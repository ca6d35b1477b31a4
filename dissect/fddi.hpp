// FDDI and Token Ring link types (fddi.cpp, token.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t fddi_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);   // LINKTYPE_FDDI (10)
uint32_t token_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_IEEE802 (6)

}  // namespace rd
