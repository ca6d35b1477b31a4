// AppleTalk entry points beyond protos.hpp (atalk.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t ltalk_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_LTALK (LocalTalk LLAP)

}  // namespace rd
