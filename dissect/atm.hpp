// ATM (atm.cpp): the link types that carry AAL5 PDUs, and the OAM cell printer that the
// Juniper ATM link types share.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t atm_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);     // ATM_RFC1483 (100)
uint32_t sunatm_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // SUNATM (123)
uint32_t cip_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);     // ATM_CLIP (106, 19)
// One OAM cell: 4-byte cell header, plus one HEC byte before it when hec is 1.
void oam_print(Ctx& ctx, const Cursor& c, uint32_t length, unsigned hec);

}  // namespace rd
