// IEEE 802.15.4 entry points for the link-type table and for ZEP (which carries frames
// over UDP), plus the ZEP printer the UDP port table calls.
#pragma once
#include "protos.hpp"

namespace rd {

// One 802.15.4 frame at c. `caplen` is the length the caller claims for the frame (the
// captured length on the link, ZEP's inner length); reads still stop at the capture.
// Returns tcpdump's value: 0 when the frame could not be shown (unknown type, error),
// 1 after a frame of a known type, caplen when it was too short for a frame control.
uint32_t ieee802_15_4_print(Ctx& ctx, Cursor c, uint32_t caplen);
uint32_t ieee802_15_4_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);      // 195, 230
uint32_t ieee802_15_4_tap_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // 283
void zep_print(Ctx& ctx, Cursor c, uint32_t length);                       // UDP 17754

}  // namespace rd
