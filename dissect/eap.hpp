// EAPOL (802.1X, EtherType 0x888e) and the EAP packets it carries, as tcpdump prints
// them (eap.cpp). RADIUS has its own EAP-Message text (radius_eap.cpp).
#pragma once
#include "protos.hpp"

namespace rd {

void eapol_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
