// AFS RX (UDP 7000-7009): entry point for the UDP port table.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

// An RX packet and the AFS call or reply in it (replies are matched to earlier calls).
void rx_print(Ctx& ctx, Cursor c, uint32_t length, uint16_t sport, uint16_t dport, const IpInfo& ip);

}  // namespace rd
