// IEEE 802.11 printers shared between the 802.11 files and the link-type table.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

// Link types: bare 802.11 (105), Prism header (119), AVS header (163), radiotap (127).
uint32_t ieee802_11_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t prism_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t ieee802_11_radio_avs_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t ieee802_11_radio_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);

// An 802.11 frame at c (its captured bytes are c.size()); `pad`: the body starts at the
// next 4-byte boundary after the header (radiotap's Atheros padding flag); `fcslen`:
// bytes of FCS at the end of the frame. Returns the header length used for the dumps.
uint32_t ieee802_11_print(Ctx& ctx, Cursor c, uint32_t length, bool pad, uint32_t fcslen);

namespace wlan {

// Frame control fields.
constexpr uint32_t fc_type(uint16_t fc) { return (fc >> 2) & 0x3; }
constexpr uint32_t fc_subtype(uint16_t fc) { return (fc >> 4) & 0xf; }
constexpr uint16_t kFcProtected = 0x4000;
enum : uint32_t { kTypeMgmt = 0, kTypeCtrl = 1, kTypeData = 2 };

// WEP/TKIP/CCMP IV text (" IV:..."); false when its 4 bytes are not captured.
bool wep_print(Ctx& ctx, const Cursor& body);

// Management frame body after the 24-byte header at `frame`; false = print the
// truncation marker. `length` is the body's length on the wire.
bool mgmt_body_print(Ctx& ctx, uint16_t fc, const Cursor& frame, const Cursor& body,
                     uint32_t length);

}  // namespace wlan
}  // namespace rd
