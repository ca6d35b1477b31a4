// Private to the LLDP printer (lldp.cpp, lldp_org.cpp).
#pragma once
#include "protos.hpp"

namespace rd {

// Is the address family byte at off followed by enough bytes for its family?
bool network_addr_ok(const Cursor& c, size_t off, uint32_t len);
// An organisation-specific TLV's value c (OUI first) of len bytes; returns true when
// tcpdump follows it with a hex dump.
bool lldp_org_print(Ctx& ctx, const Cursor& c, uint32_t oui, uint32_t len);

}  // namespace rd
