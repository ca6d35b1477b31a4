// BSD syslog (syslog.cpp), UDP 514.
#pragma once
#include "protos.hpp"

namespace rd {

void syslog_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
