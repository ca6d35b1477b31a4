// Private to the IEEE 802.15.4 printer (ieee802154*.cpp): the pieces of a frame that
// the MAC header walk hands to the field printers.
//
// Positions are offsets into the frame's cursor; `caplen` is the length the frame still
// claims from there. It is unsigned and wraps exactly as tcpdump's u_int does, so a
// frame that lies about its lengths is shown the same way (reads still stop at the end
// of the capture, which then truncates the packet).
#pragma once
#include <cstddef>
#include <cstdint>

#include "protos.hpp"

namespace rd::wpan {

// Address length for an addressing mode: 0, 2, 8, or -1 for the reserved mode.
int addr_len(unsigned mode);
// "none", a short address "%04x", or an extended one "xx:xx:..:xx" (little-endian).
void put_addr(Ctx& ctx, const Cursor& c, size_t off, int len);
// "%02x " for each byte at [off + from, off + to).
void put_hex_bytes(Ctx& ctx, const Cursor& c, size_t off, uint32_t from, uint32_t to);

// Beacon payload fields (also inside the DSME PAN descriptor IE). The list printers
// return the bytes used, or -1 after printing an error.
void superframe_spec(Ctx& ctx, uint16_t ss);
int gts_info(Ctx& ctx, const Cursor& c, size_t p, uint32_t data_len);
int pending_addresses(Ctx& ctx, const Cursor& c, size_t p, uint32_t data_len);

// Auxiliary security header: bytes used or -1; sets the security level.
int aux_sec_header(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen, int& level);
// MAC command payload after the command ID: bytes used (0: none, the caller dumps the
// rest), or -1 after an error text.
int command_data(Ctx& ctx, uint8_t id, const Cursor& c, size_t p, uint32_t caplen);

// Information element lists (ieee802154_ie.cpp): bytes used or -1 after an error.
int header_ie_list(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen, bool& payload_ies);
int payload_ie_list(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen);

}  // namespace rd::wpan
