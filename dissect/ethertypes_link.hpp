// Printers reached from the EtherType table (ether.cpp) that live in their own files:
// CFM, AoE, EAPOL, GeoNetworking / CALM FAST.
#pragma once
#include "protos.hpp"

namespace rd {

// An EtherType as tcpdump labels it in a link header: "ethertype IPv4 (0x0800)", with -q
// the bare name, or "Unknown Ethertype (0x....)". Used by every link type with an EtherType.
void ether_type_text(Ctx& ctx, uint16_t type);
// "src > dst, " from two 6-byte MAC addresses, as an Ethernet header shows them.
void addresses_text(Ctx& ctx, const LinkAddrs& a);

void cfm_print(Ctx& ctx, Cursor c, uint32_t length);     // 802.1ag CFM (0x8902, 0xabcd)
void aoe_print(Ctx& ctx, Cursor c, uint32_t length);     // ATA over Ethernet (0x88a2)
// GeoNetworking (0x8947, 0x0707) and CALM FAST (0x1111); addrs.src is shown when set.
void geonet_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs);
void calm_fast_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs);

}  // namespace rd
