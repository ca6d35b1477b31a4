// OSPF printers (IP protocol 89) and the TE LSA TLV walk they share.
#pragma once
#include "protos.hpp"

namespace rd {

void ospf_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
// Traffic-engineering opaque LSA TLVs (RFC 3630) at off, left bytes long.
// False when the walk stopped early (bogus length or not captured: no hex dump follows).
bool ospf_te_tlvs(Ctx& ctx, const Cursor& c, size_t off, uint32_t left);
// Grace LSA TLVs (RFC 3623) at off, left bytes long; false when the walk stopped early.
bool ospf_grace_tlvs(Ctx& ctx, const Cursor& c, size_t off, uint32_t left);
// OSPFv3 (ospf6.cpp): the packet at c, length bytes of IPv6 payload.
void ospf6_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
