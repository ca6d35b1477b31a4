// Smaller link types (ipfc.cpp, ap1394.cpp, symantec.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t ipfc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);      // LINKTYPE_IP_OVER_FC (122)
uint32_t ap1394_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);    // LINKTYPE_APPLE_IP_OVER_IEEE1394 (138)
uint32_t symantec_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_SYMANTEC_FIREWALL (99)

}  // namespace rd
