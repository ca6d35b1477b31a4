// Routing and signalling printers reached from the UDP port table and the IP protocol
// table (udp.cpp, ipproto.cpp); declared here to keep protos.hpp stable.
#pragma once
#include "protos.hpp"

namespace rd {

void lspping_print(Ctx& ctx, Cursor c, uint32_t length);            // UDP 3503
void timed_print(Ctx& ctx, Cursor c, uint32_t length);              // UDP 525
void ripng_print(Ctx& ctx, Cursor c, uint32_t length);              // UDP 521
void aodv_print(Ctx& ctx, Cursor c, uint32_t length, bool is_ip6);  // UDP 654
void olsr_print(Ctx& ctx, Cursor c, uint32_t length, bool is_ipv6); // UDP 698
void lisp_print(Ctx& ctx, Cursor c, uint32_t length);               // UDP 4342
void igrp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);  // IP proto 9
void rsvp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);  // IP proto 46

}  // namespace rd
