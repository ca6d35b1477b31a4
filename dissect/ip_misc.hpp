// Small IP-protocol printers reached only from the protocol table (ipproto.cpp).
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

void mobile_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);  // mobile.cpp (55)

}  // namespace rd
