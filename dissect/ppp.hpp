// Private to the PPP printers (ppp.cpp, ppp_options.cpp, ppp_hdlc.cpp).
#pragma once
#include "protos.hpp"

namespace rd::ppp {

// tcpdump's name of a PPP protocol number, or nullptr.
const char* type_name(uint16_t proto);
// Does the control protocol have an option printer here (IPCP, IP6CP, CCP, BACP)?
bool has_option_printer(uint16_t proto);
// One configuration option of that protocol at c (length: the packet's encoded length,
// as tcpdump passes it); returns the option length, 0 to stop the option walk.
uint32_t option_print(Ctx& ctx, uint16_t proto, const Cursor& c, uint32_t length);
// RFC 1662 octet-stuffed frame from c on (after a 0x7e?? protocol field): unescape the
// captured bytes and print the frame inside.
void hdlc_unescape_print(Ctx& ctx, const Cursor& c, uint32_t length);

}  // namespace rd::ppp

namespace rd {
// LINKTYPE_PPP_HDLC (50): PPP in HDLC-like framing, or Cisco HDLC.
uint32_t ppp_hdlc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
}  // namespace rd
