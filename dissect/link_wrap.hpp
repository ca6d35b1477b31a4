// Link types that are a small header (or none) in front of a printer that already
// exists (link_wrap.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t pppoe_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);                    // PPP_ETHER (51)
uint32_t netanalyzer_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);              // NETANALYZER (240)
uint32_t netanalyzer_transparent_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // NETANALYZER_TRANSPARENT (241)
uint32_t sl_bsdos_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);                 // SLIP_BSDOS (102, DLT 15)
uint32_t ppp_bsdos_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);                // PPP_BSDOS (103, DLT 16)
uint32_t enc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);                      // ENC (109), enc.cpp

}  // namespace rd
