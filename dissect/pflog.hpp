// pf log link type (pflog.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t pflog_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_PFLOG (117)

}  // namespace rd
