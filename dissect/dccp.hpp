// DCCP printer entry point (dccp.cpp), called from the IP protocol table.
#pragma once
#include "protos.hpp"

namespace rd {

void dccp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);

}  // namespace rd
