// BOOTP/DHCPv4 printer entry point (bootp.cpp), called from the UDP port table.
#pragma once
#include "protos.hpp"

namespace rd {

void bootp_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
