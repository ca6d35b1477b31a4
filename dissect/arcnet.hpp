// ARCnet link types (arcnet.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t arcnet_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);        // LINKTYPE_ARCNET_BSD
uint32_t arcnet_linux_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_ARCNET_LINUX

}  // namespace rd
