// Realtek's switch protocols (EtherType 0x8899): RRCP, REP, RLDP and the DSA tags.
#pragma once
#include "protos.hpp"

namespace rd {

// Shows the frame's addresses itself, as tcpdump's printer does (also without -e).
void realtek_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs);

}  // namespace rd
