// OpenFlow 1.3 messages (wire version 0x04): the message type table with each type's
// length rule, and the message bodies tcpdump decodes with -v (hello elements, errors,
// experimenter, features, switch config, ports, table mod, role and async messages).
#include "openflow_int.hpp"

namespace rd::of13 {

namespace {

using of::Body;

constexpr Tok kCapabilityBits[] = {{1u << 0, "FLOW_STATS"}, {1u << 1, "TABLE_STATS"},
                                   {1u << 2, "PORT_STATS"}, {1u << 3, "GROUP_STATS"},
                                   {1u << 5, "IP_REASM"},   {1u << 6, "QUEUE_STATS"},
                                   {1u << 8, "PORT_BLOCKED"}};
constexpr uint32_t kCapabilitiesUnknown = ~0x16fu;

constexpr Tok kConfigFlags[] = {{0, "FRAG_NORMAL"}, {1, "FRAG_DROP"}, {2, "FRAG_REASM"}};
constexpr Tok kTableIds[] = {{0xfe, "MAX"}, {0xff, "ALL"}};
constexpr Tok kMissSendLens[] = {{0xffe5, "MAX"}, {0xffff, "NO_BUFFER"}};

constexpr Tok kPortConfigBits[] = {{1u << 0, "PORT_DOWN"}, {1u << 2, "NO_RECV"}, {1u << 5, "NO_FWD"},
                                   {1u << 6, "NO_PACKET_IN"}};
constexpr uint32_t kPortConfigUnknown = ~0x65u;
constexpr Tok kPortStateBits[] = {{1u << 0, "LINK_DOWN"}, {1u << 1, "BLOCKED"}, {1u << 2, "LIVE"}};
constexpr uint32_t kPortStateUnknown = ~0x7u;
constexpr Tok kPortFeatureBits[] = {
    {1u << 0, "10MB_HD"},   {1u << 1, "10MB_FD"},  {1u << 2, "100MB_HD"}, {1u << 3, "100MB_FD"},
    {1u << 4, "1GB_HD"},    {1u << 5, "1GB_FD"},   {1u << 6, "10GB_FD"},  {1u << 7, "40GB_FD"},
    {1u << 8, "100GB_FD"},  {1u << 9, "1TB_FD"},   {1u << 10, "OTHER"},   {1u << 11, "COPPER"},
    {1u << 12, "FIBER"},    {1u << 13, "AUTONEG"}, {1u << 14, "PAUSE"},   {1u << 15, "PAUSE_ASYM"}};
constexpr uint32_t kPortFeaturesUnknown = ~0xffffu;

constexpr Tok kHelloElements[] = {{1, "VERSIONBITMAP"}};
constexpr uint16_t kHelloVersionBitmap = 1;

constexpr Tok kPorts[] = {{0xffffff00, "MAX"},   {0xfffffff8, "IN_PORT"}, {0xfffffff9, "TABLE"},
                          {0xfffffffa, "NORMAL"}, {0xfffffffb, "FLOOD"},  {0xfffffffc, "ALL"},
                          {0xfffffffd, "CONTROLLER"}, {0xfffffffe, "LOCAL"}, {0xffffffff, "ANY"}};

constexpr Tok kRoles[] = {{0, "NOCHANGE"}, {1, "EQUAL"}, {2, "MASTER"}, {3, "SLAVE"}};

constexpr Tok kVersionBits[] = {{1u << 0, "1.0"}, {1u << 1, "1.1"}, {1u << 2, "1.2"},
                                {1u << 3, "1.3"}, {1u << 4, "1.4"}, {1u << 5, "1.5"}};
constexpr uint32_t kVersionBitsUnknown = ~0x3fu;

constexpr Tok kAsyncPacketInBits[] = {{1u << 0, "NO_MATCH"}, {1u << 1, "ACTION"}, {1u << 2, "INVALID_TTL"}};
constexpr Tok kAsyncPortStatusBits[] = {{1u << 0, "ADD"}, {1u << 1, "DELETE"}, {1u << 2, "MODIFY"}};
constexpr uint32_t kAsyncUnknown = ~0x7u;

constexpr Tok kPortStatusReasons[] = {{0, "ADD"}, {1, "DELETE"}, {2, "MODIFY"}};

constexpr Tok kErrorTypes[] = {
    {0, "HELLO_FAILED"},       {1, "BAD_REQUEST"},       {2, "BAD_ACTION"},
    {3, "BAD_INSTRUCTION"},    {4, "BAD_MATCH"},         {5, "FLOW_MOD_FAILED"},
    {6, "GROUP_MOD_FAILED"},   {7, "PORT_MOD_FAILED"},   {8, "TABLE_MOD_FAILED"},
    {9, "QUEUE_OP_FAILED"},    {10, "SWITCH_CONFIG_FAILED"}, {11, "ROLE_REQUEST_FAILED"},
    {12, "METER_MOD_FAILED"},  {13, "TABLE_FEATURES_FAILED"}, {0xffff, "EXPERIMENTER"}};
constexpr Tok kHelloFailed[] = {{0, "INCOMPATIBLE"}, {1, "EPERM"}};
constexpr Tok kBadRequest[] = {
    {0, "BAD_VERSION"},   {1, "BAD_TYPE"},      {2, "BAD_MULTIPART"},  {3, "BAD_EXPERIMENTER"},
    {4, "BAD_EXP_TYPE"},  {5, "EPERM"},         {6, "BAD_LEN"},        {7, "BUFFER_EMPTY"},
    {8, "BUFFER_UNKNOWN"}, {9, "BAD_TABLE_ID"}, {10, "IS_SLAVE"},      {11, "BAD_PORT"},
    {12, "BAD_PACKET"},   {13, "MULTIPART_BUFFER_OVERFLOW"}};
constexpr Tok kBadAction[] = {
    {0, "BAD_TYPE"},      {1, "BAD_LEN"},       {2, "BAD_EXPERIMENTER"},   {3, "BAD_EXP_TYPE"},
    {4, "BAD_OUT_PORT"},  {5, "BAD_ARGUMENT"},  {6, "EPERM"},              {7, "TOO_MANY"},
    {8, "BAD_QUEUE"},     {9, "BAD_OUT_GROUP"}, {10, "MATCH_INCONSISTENT"}, {11, "UNSUPPORTED_ORDER"},
    {12, "BAD_TAG"},      {13, "BAD_SET_TYPE"}, {14, "BAD_SET_LEN"},       {15, "BAD_SET_ARGUMENT"}};
constexpr Tok kBadInstruction[] = {
    {0, "UNKNOWN_INST"},     {1, "UNSUP_INST"},          {2, "BAD_TABLE_ID"},
    {3, "UNSUP_METADATA"},   {4, "UNSUP_METADATA_MASK"}, {5, "BAD_EXPERIMENTER"},
    {6, "BAD_EXP_TYPE"},     {7, "BAD_LEN"},             {8, "EPERM"}};
constexpr Tok kBadMatch[] = {
    {0, "BAD_TYPE"},   {1, "BAD_LEN"},     {2, "BAD_TAG"},    {3, "BAD_DL_ADDR_MASK"},
    {4, "BAD_NW_ADDR_MASK"}, {5, "BAD_WILDCARDS"}, {6, "BAD_FIELD"}, {7, "BAD_VALUE"},
    {8, "BAD_MASK"},   {9, "BAD_PREREQ"},  {10, "DUP_FIELD"}, {11, "EPERM"}};
constexpr Tok kFlowModFailed[] = {
    {0, "UNKNOWN"}, {1, "TABLE_FULL"},  {2, "BAD_TABLE_ID"}, {3, "OVERLAP"},
    {4, "EPERM"},   {5, "BAD_TIMEOUT"}, {6, "BAD_COMMAND"},  {7, "BAD_FLAGS"}};
constexpr Tok kGroupModFailed[] = {
    {0, "GROUP_EXISTS"},  {1, "INVALID_GROUP"},  {2, "WEIGHT_UNSUPPORTED"}, {3, "OUT_OF_GROUPS"},
    {4, "OUT_OF_BUCKETS"}, {5, "CHAINING_UNSUPPORTED"}, {6, "WATCH_UNSUPPORTED"}, {7, "LOOP"},
    {8, "UNKNOWN_GROUP"}, {9, "CHAINED_GROUP"},  {10, "BAD_TYPE"},          {11, "BAD_COMMAND"},
    {12, "BAD_BUCKET"},   {13, "BAD_MATCH"},     {14, "EPERM"}};
constexpr Tok kPortModFailed[] = {
    {0, "BAD_PORT"}, {1, "BAD_HW_ADDR"}, {2, "BAD_CONFIG"}, {3, "BAD_ADVERTISE"}, {4, "EPERM"}};
constexpr Tok kTableModFailed[] = {{0, "BAD_TABLE"}, {1, "BAD_CONFIG"}, {2, "EPERM"}};
constexpr Tok kQueueOpFailed[] = {{0, "BAD_PORT"}, {1, "BAD_QUEUE"}, {2, "EPERM"}};
constexpr Tok kSwitchConfigFailed[] = {{0, "BAD_FLAGS"}, {1, "BAD_LEN"}, {2, "EPERM"}};
constexpr Tok kRoleRequestFailed[] = {{0, "STALE"}, {1, "UNSUP"}, {2, "BAD_ROLE"}};
constexpr Tok kMeterModFailed[] = {
    {0, "UNKNOWN"},   {1, "METER_EXISTS"}, {2, "INVALID_METER"}, {3, "UNKNOWN_METER"},
    {4, "BAD_COMMAND"}, {5, "BAD_FLAGS"},  {6, "BAD_RATE"},      {7, "BAD_BURST"},
    {8, "BAD_BAND"},  {9, "BAD_BAND_VALUE"}, {10, "OUT_OF_METERS"}, {11, "OUT_OF_BANDS"}};
constexpr Tok kTableFeaturesFailed[] = {
    {0, "BAD_TABLE"}, {1, "BAD_METADATA"}, {2, "BAD_TYPE"}, {3, "BAD_LEN"}, {4, "BAD_ARGUMENT"}, {5, "EPERM"}};
constexpr std::span<const Tok> kErrorCodes[] = {
    kHelloFailed,   kBadRequest,     kBadAction,       kBadInstruction,    kBadMatch,
    kFlowModFailed, kGroupModFailed, kPortModFailed,   kTableModFailed,    kQueueOpFailed,
    kSwitchConfigFailed, kRoleRequestFailed, kMeterModFailed, kTableFeaturesFailed};

void put_port(Ctx& ctx, uint32_t port) { put_tok(ctx, kPorts, port, "{}"); }

// ofp_port (64 bytes).
void port_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const uint32_t port = c.be32(0);
    out.put("\n\t  port_no ");
    put_port(ctx, port);
    if (!c.need(8, 6)) return;
    out.put(", hw_addr ");
    put_mac_at(ctx, c, 8);
    out.put(", name '");
    put_string_nul_padded(ctx, c, 16, 16);
    out.put('\'');
    if (ctx.opt.vflag < 2) {
        c.need(32, 32);
        return;
    }
    uint32_t v = c.be32(32);
    out.f("\n\t   config 0x{:08x}", v);
    of::bitmap_print(ctx, kPortConfigBits, v, kPortConfigUnknown);
    v = c.be32(36);
    out.f("\n\t   state 0x{:08x}", v);
    of::bitmap_print(ctx, kPortStateBits, v, kPortStateUnknown);
    static constexpr const char* kFeatures[] = {"curr", "advertised", "supported", "peer"};
    for (size_t i = 0; i < 4; ++i) {
        v = c.be32(40 + 4 * i);
        out.f("\n\t   {} 0x{:08x}", kFeatures[i], v);
        of::bitmap_print(ctx, kPortFeatureBits, v, kPortFeaturesUnknown);
    }
    out.f("\n\t   curr_speed {}kbps", c.be32(56));
    out.f("\n\t   max_speed {}kbps", c.be32(60));
}

void features_reply_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    out.f("\n\t dpid 0x{:016x}", b.c.be64(0));
    out.f(", n_buffers {}", b.c.be32(8));
    out.f(", n_tables {}", b.c.u8(12));
    out.f(", auxiliary_id {}", b.c.u8(13));
    const uint32_t caps = b.c.be32(16);
    out.f("\n\t capabilities 0x{:08x}", caps);
    of::bitmap_print(ctx, kCapabilityBits, caps, kCapabilitiesUnknown);
    b.c.need(20, 4);
}

void switch_config_print(Ctx& ctx, Body b) {
    const uint16_t flags = b.c.be16(0);
    ctx.out.put("\n\t flags ");
    put_tok(ctx, kConfigFlags, flags, "invalid (0x{:04x})");
    const uint16_t miss = b.c.be16(2);
    ctx.out.put(", miss_send_len ");
    put_tok(ctx, kMissSendLens, miss, "{}");
}

void table_mod_print(Ctx& ctx, Body b) {
    const uint8_t table = b.c.u8(0);
    ctx.out.put("\n\t table_id ");
    put_tok(ctx, kTableIds, table, "{}");
    ctx.out.f(", config 0x{:08x}", b.c.be32(4));
}

void role_print(Ctx& ctx, Body b) {
    const uint32_t role = b.c.be32(0);
    ctx.out.put("\n\t role ");
    put_tok(ctx, kRoles, role, "invalid (0x{:08x})");
    ctx.out.f(", generation_id 0x{:016x}", b.c.be64(8));
}

void async_print(Ctx& ctx, Body b) {
    static constexpr const char* kMasks[] = {"packet_in_mask[EM]",    "packet_in_mask[S]",
                                             "port_status_mask[EM]",  "port_status_mask[S]",
                                             "flow_removed_mask[EM]", "flow_removed_mask[S]"};
    for (size_t i = 0; i < 6; ++i) {
        const uint32_t v = b.c.be32(4 * i);
        ctx.out.f("\n\t {} 0x{:08x}", kMasks[i], v);
        // tcpdump shows the flow removed masks with the port status reasons too.
        of::bitmap_print(ctx, i < 2 ? std::span<const Tok>(kAsyncPacketInBits) : kAsyncPortStatusBits, v,
                         kAsyncUnknown);
    }
}

void port_mod_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    const Cursor& c = b.c;
    const uint32_t port = c.be32(0);
    out.put("\n\t port_no ");
    put_port(ctx, port);
    if (!c.need(8, 6)) return;
    out.put(", hw_addr ");
    put_mac_at(ctx, c, 8);
    uint32_t v = c.be32(16);
    out.f("\n\t  config 0x{:08x}", v);
    of::bitmap_print(ctx, kPortConfigBits, v, kPortConfigUnknown);
    v = c.be32(20);
    out.f("\n\t  mask 0x{:08x}", v);
    of::bitmap_print(ctx, kPortConfigBits, v, kPortConfigUnknown);
    v = c.be32(24);
    out.f("\n\t  advertise 0x{:08x}", v);
    of::bitmap_print(ctx, kPortFeatureBits, v, kPortFeaturesUnknown);
    c.need(28, 4);
}

void port_status_print(Ctx& ctx, Body b) {
    const uint8_t reason = b.c.u8(0);
    ctx.out.put("\n\t reason ");
    // tcpdump's unknown-reason text lacks its % (sic).
    put_tok(ctx, kPortStatusReasons, reason, "invalid (0x02x)");
    port_print(ctx, b.c.skip(8));
}

void hello_elements_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 4) {
            ctx.print_invalid();
            b.c.need(0, b.len);
            return;
        }
        const uint16_t type = b.c.be16(0);
        b.fwd(2);
        out.put("\n\t type ");
        put_tok(ctx, kHelloElements, type, "unknown (0x{:04x})");
        const uint16_t elen = b.c.be16(0);
        b.fwd(2);
        out.f(", length {}", elen);
        if (elen < 4 || elen > 4 + b.len) {
            ctx.print_invalid();
            b.c.need(0, b.len);
            return;
        }
        const uint32_t rest = elen - 4u;
        if (type == kHelloVersionBitmap && elen == 8) {
            const uint32_t bitmap = b.c.be32(0);
            out.f(", bitmap 0x{:08x}", bitmap);
            of::bitmap_print(ctx, kVersionBits, bitmap, kVersionBitsUnknown);
        } else {
            if (type == kHelloVersionBitmap) out.put(" (bogus)");
            b.c.need(0, rest);
        }
        b.fwd(rest);
    }
}

void experimenter_print(Ctx& ctx, Body b) {
    const uint32_t exp = b.c.be32(0);
    b.fwd(4);
    ctx.out.f("\n\t experimenter 0x{:08x} ({})", exp, of::vendor_name(exp));
    ctx.out.f(", exp_type 0x{:08x}", b.c.be32(0));
    b.fwd(4);
    of::data_print(ctx, b);
}

void queue_get_config_request_print(Ctx& ctx, Body b) {
    const uint32_t port = b.c.be32(0);
    ctx.out.put("\n\t port ");
    put_port(ctx, port);
    b.c.need(4, 4);
}

void error_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    const uint16_t type = b.c.be16(0);
    out.put("\n\t type ");
    put_tok(ctx, kErrorTypes, type, "invalid (0x{:04x})");
    const uint16_t code = b.c.be16(2);
    b.fwd(4);
    out.put(", code ");
    if (type < std::size(kErrorCodes))
        put_tok(ctx, kErrorCodes[type], code, "invalid (0x{:04x})");
    else
        out.f("invalid (0x{:04x})", code);
    of::data_print(ctx, b);
}

using of::MsgType;
using of::Req;
constexpr MsgType kMsgTypes[] = {
    {"HELLO", hello_elements_print, Req::MinLen, 0},
    {"ERROR", error_print, Req::MinLen, 4},
    {"ECHO_REQUEST", of::data_print, Req::MinLen, 0},
    {"ECHO_REPLY", of::data_print, Req::MinLen, 0},
    {"EXPERIMENTER", experimenter_print, Req::MinLen, 8},
    {"FEATURES_REQUEST", nullptr, Req::FixLen, 0},
    {"FEATURES_REPLY", features_reply_print, Req::FixLen, 24},
    {"GET_CONFIG_REQUEST", nullptr, Req::FixLen, 0},
    {"GET_CONFIG_REPLY", switch_config_print, Req::FixLen, 4},
    {"SET_CONFIG", switch_config_print, Req::FixLen, 4},
    {"PACKET_IN", nullptr, Req::None, 0},
    {"FLOW_REMOVED", nullptr, Req::None, 0},
    {"PORT_STATUS", port_status_print, Req::FixLen, 72},
    {"PACKET_OUT", nullptr, Req::None, 0},
    {"FLOW_MOD", nullptr, Req::None, 0},
    {"GROUP_MOD", nullptr, Req::None, 0},
    {"PORT_MOD", port_mod_print, Req::FixLen, 32},
    {"TABLE_MOD", table_mod_print, Req::FixLen, 8},
    {"MULTIPART_REQUEST", nullptr, Req::None, 0},
    {"MULTIPART_REPLY", nullptr, Req::None, 0},
    {"BARRIER_REQUEST", nullptr, Req::FixLen, 0},
    {"BARRIER_REPLY", nullptr, Req::FixLen, 0},
    {"QUEUE_GET_CONFIG_REQUEST", queue_get_config_request_print, Req::FixLen, 8},
    {"QUEUE_GET_CONFIG_REPLY", nullptr, Req::None, 0},
    {"ROLE_REQUEST", role_print, Req::FixLen, 16},
    {"ROLE_REPLY", role_print, Req::FixLen, 16},
    {"GET_ASYNC_REQUEST", nullptr, Req::FixLen, 0},
    {"GET_ASYNC_REPLY", async_print, Req::FixLen, 24},
    {"SET_ASYNC", async_print, Req::FixLen, 24},
    {"METER_MOD", nullptr, Req::None, 0},
};

}  // namespace

}  // namespace rd::of13

namespace rd::of {

const MsgType* of13_msgtype(uint8_t type) {
    return type < std::size(of13::kMsgTypes) ? &of13::kMsgTypes[type] : nullptr;
}

}  // namespace rd::of
