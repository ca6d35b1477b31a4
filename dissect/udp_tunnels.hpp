// Printers reached only from the UDP port table (udp.cpp): L2TP/L2F, VXLAN-GPE, LWAPP,
// Broadcom LI, vat.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

void l2tp_print(Ctx& ctx, Cursor c, uint32_t length);       // l2tp.cpp (UDP 1701)
void vxlan_gpe_print(Ctx& ctx, Cursor c, uint32_t length);  // vxlan_gpe.cpp (UDP 4790)
// lwapp.cpp: control messages on UDP 12223 (`has_ap_ident` when sent to the controller,
// which puts the AP's MAC address first), data on 12222.
void lwapp_control_print(Ctx& ctx, Cursor c, uint32_t length, bool has_ap_ident);
void lwapp_data_print(Ctx& ctx, Cursor c, uint32_t length);
void bcm_li_print(Ctx& ctx, Cursor c, uint32_t length);    // bcm_li.cpp (UDP from 49152)
void vat_print(Ctx& ctx, Cursor c, uint32_t length);         // vat.cpp (to UDP 3456)

}  // namespace rd
