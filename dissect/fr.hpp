// Frame Relay entry points for the printers that reach it from outside fr.cpp (link
// types, OSI NLPID 0x08, Juniper).
#pragma once
#include "protos.hpp"

namespace rd {

// Q.922 frame (address, control, NLPID or Cisco type); returns the header length, 0 when
// the address was bad or the frame truncated.
uint32_t fr_print(Ctx& ctx, Cursor c, uint32_t length);
uint32_t fr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);   // LINKTYPE_FRELAY
// FRF.16 multilink frame (control or fragment); returns the header length.
uint32_t mfr_print(Ctx& ctx, Cursor c, uint32_t length);
uint32_t mfr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_MFR
// Q.933 / Q.931 signalling from the call reference length octet on (after NLPID 0x08).
void q933_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
