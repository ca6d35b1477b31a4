// Babel (UDP 6696/6697), HNCP (UDP 8231), AHCP (UDP 5359) and Cisco Auto-RP (UDP 496):
// printers reached from the UDP port table (udp.cpp); declared here to keep protos.hpp
// stable.
#pragma once
#include "protos.hpp"

namespace rd {

void babel_print(Ctx& ctx, Cursor c, uint32_t length);  // babel.cpp
void hncp_print(Ctx& ctx, Cursor c, uint32_t length);   // hncp.cpp
void ahcp_print(Ctx& ctx, Cursor c, uint32_t length);   // ahcp.cpp
void cisco_autorp_print(Ctx& ctx, Cursor c, uint32_t length);  // UDP 496, autorp.cpp

}  // namespace rd
