// Printers reached only from the TCP port table (tcp.cpp): telnet, BEEP, MSDP.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

void telnet_print(Ctx& ctx, Cursor c, uint32_t length);  // telnet.cpp (TCP 23)
void beep_print(Ctx& ctx, Cursor c, uint32_t length);    // beep_msdp.cpp (TCP 10288)
void msdp_print(Ctx& ctx, Cursor c, uint32_t length);    // beep_msdp.cpp (TCP 639), prints ": msdp"

}  // namespace rd
