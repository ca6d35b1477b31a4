// Juniper link types (the "MGC" pseudo-header Junos writes before each captured frame):
// the link printers, and the header walk they share (juniper.cpp, juniper_pic.cpp).
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t juniper_atm1_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);       // 137
uint32_t juniper_atm2_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);       // 135
uint32_t juniper_mlppp_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);      // 130
uint32_t juniper_mlfr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);       // 131
uint32_t juniper_es_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);         // 132
uint32_t juniper_ggsn_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);       // 133
uint32_t juniper_mfr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);        // 134
uint32_t juniper_services_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);   // 136
uint32_t juniper_monitor_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);    // 164
uint32_t juniper_pppoe_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);      // 167
uint32_t juniper_pppoe_atm_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // 168
uint32_t juniper_ether_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);      // 178
uint32_t juniper_ppp_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);        // 179
uint32_t juniper_frelay_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);     // 180
uint32_t juniper_chdlc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);      // 181

namespace juniper {

// Link type numbers of the PICs that have their own cookie or header handling.
enum Pic : uint32_t {
    kMlppp = 130, kMlfr = 131, kEs = 132, kGgsn = 133, kMfr = 134, kAtm2 = 135,
    kServices = 136, kAtm1 = 137, kMonitor = 164, kPppoe = 167, kPppoeAtm = 168,
    kEther = 178, kPpp = 179, kFrelay = 180, kChdlc = 181,
};

// What the pseudo-header says about the frame. length and caplen count from the end of
// the header on; they are unsigned and wrap exactly where tcpdump's do.
struct Info {
    explicit Info(uint32_t pic) : pictype(pic) {}
    uint32_t pictype;
    uint32_t length = 0;
    uint32_t caplen = 0;
    uint32_t header_len = 0;  // magic, flags, extensions, cookie (what -x skips)
    uint8_t flags = 0;
    uint8_t direction = 0;    // 1 = in
    uint8_t cookie_len = 0;
    uint8_t cookie_type = 0;  // 0x54 link services, 0x47 adaptive services, else 0
    uint8_t cookie[8] = {};
    uint32_t bundle = 0;
    uint16_t proto = 0;
    uint16_t cookie16() const { return static_cast<uint16_t>(cookie[0] << 8 | cookie[1]); }
    uint32_t cookie32() const {
        return uint32_t{cookie[0]} << 24 | uint32_t{cookie[1]} << 16 | uint32_t{cookie[2]} << 8 | cookie[3];
    }
};

// The magic, flags, extension TLVs, cookie and per-PIC fields. True: the frame follows
// at info.header_len. False: the printer stops (and returns info.header_len).
bool parse_header(Ctx& ctx, const Cursor& c, uint32_t wirelen, Info& info);
// IPv4 or IPv6 by the first nibble; false (nothing printed) when it is neither.
bool ip_heuristic_print(Ctx& ctx, const Cursor& c, uint32_t length);
// A PPP frame when the first two bytes are a PPP protocol Junos carries; else false.
bool ppp_heuristic_print(Ctx& ctx, const Cursor& c, uint32_t length);

}  // namespace juniper

}  // namespace rd
