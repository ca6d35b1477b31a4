// Private to the OpenFlow 1.0 files: the structures messages share (ports, matches,
// actions, queues, vendor data) and the tables several messages use.
#pragma once
#include <cstdint>

#include "openflow_int.hpp"

namespace rd::of10 {

using of::Body;

// Port numbers: "CONTROLLER", "NONE", ... or the number.
void put_port(Ctx& ctx, uint16_t port);
// "NONE" for 0xffffffff, else 0x%08x.
void put_buffer_id(Ctx& ctx, uint32_t id);
// Table ids: "EMERG", "ALL" or the number.
void put_table_id(Ctx& ctx, uint8_t id);

// ofp_phy_port (48 bytes, all of them in the message).
void phy_port_print(Ctx& ctx, const Cursor& c);
// ofp_match (40 bytes); each printed field starts with pfx.
void match_print(Ctx& ctx, const char* pfx, const Cursor& c);
// A list of actions of b.len bytes; each starts with pfx.
void actions_print(Ctx& ctx, const char* pfx, Body b);
// ofp_packet_queue list (QUEUE_GET_CONFIG_REPLY).
void queues_print(Ctx& ctx, Body b);
// VENDOR message body, vendor stats: the vendor id then BSN or raw data.
void vendor_message_print(Ctx& ctx, Body b);
void vendor_data_print(Ctx& ctx, Body b);
// The Ethernet frame of PACKET_IN/PACKET_OUT (decoded with -vvv and more).
void packet_data_print(Ctx& ctx, Body b);

constexpr uint32_t kPortConfigUnknown = ~0x7fu;
constexpr uint32_t kPortFeaturesUnknown = ~0xfffu;
extern const Tok kPortConfigBits[7];
extern const Tok kPortFeatureBits[12];

}  // namespace rd::of10
