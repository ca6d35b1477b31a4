// Per-Packet Information link type (ppi.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t ppi_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_PPI (192)

}  // namespace rd
