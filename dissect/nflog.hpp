// Linux NFLOG link type (LINKTYPE_NFLOG 239). nflog.cpp.
#pragma once
#include "protos.hpp"

namespace rd {
uint32_t nflog_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
}  // namespace rd
