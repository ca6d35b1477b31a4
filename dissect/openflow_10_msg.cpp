// OpenFlow 1.0 messages (wire version 0x01): the message type table with each type's
// length rule, and the message body decoders shown with -v.
#include "openflow_10.hpp"

namespace rd::of10 {

namespace {

constexpr Tok kCapabilityBits[] = {{1u << 0, "FLOW_STATS"}, {1u << 1, "TABLE_STATS"},
                                   {1u << 2, "PORT_STATS"}, {1u << 3, "STP"},
                                   {1u << 4, "RESERVED"},   {1u << 5, "IP_REASM"},
                                   {1u << 6, "QUEUE_STATS"}, {1u << 7, "ARP_MATCH_IP"}};
// RESERVED is named but counts as bogus.
constexpr uint32_t kCapabilitiesUnknown = ~0xefu;

// Action types as bits (features reply), without the vendor action.
constexpr Tok kActionBits[] = {
    {1u << 0, "OUTPUT"},      {1u << 1, "SET_VLAN_VID"}, {1u << 2, "SET_VLAN_PCP"},
    {1u << 3, "STRIP_VLAN"},  {1u << 4, "SET_DL_SRC"},   {1u << 5, "SET_DL_DST"},
    {1u << 6, "SET_NW_SRC"},  {1u << 7, "SET_NW_DST"},   {1u << 8, "SET_NW_TOS"},
    {1u << 9, "SET_TP_SRC"},  {1u << 10, "SET_TP_DST"},  {1u << 11, "ENQUEUE"}};
constexpr uint32_t kActionBitsUnknown = ~0xfffu;

constexpr Tok kConfigFlags[] = {{0, "FRAG_NORMAL"}, {1, "FRAG_DROP"}, {2, "FRAG_REASM"}};

enum : uint16_t { kFcAdd = 0, kFcModify, kFcModifyStrict, kFcDelete, kFcDeleteStrict };
constexpr Tok kFlowModCommands[] = {{kFcAdd, "ADD"},
                                    {kFcModify, "MODIFY"},
                                    {kFcModifyStrict, "MODIFY_STRICT"},
                                    {kFcDelete, "DELETE"},
                                    {kFcDeleteStrict, "DELETE_STRICT"}};
constexpr Tok kFlowModFlagBits[] = {{1, "SEND_FLOW_REM"}, {2, "CHECK_OVERLAP"}, {4, "EMERG"}};
constexpr uint32_t kFlowModFlagsUnknown = ~0x7u;

enum : uint16_t { kStDesc = 0, kStFlow, kStAggregate, kStTable, kStPort, kStQueue, kStVendor = 0xffff };
constexpr Tok kStatsTypes[] = {{kStDesc, "DESC"},   {kStFlow, "FLOW"},   {kStAggregate, "AGGREGATE"},
                               {kStTable, "TABLE"}, {kStPort, "PORT"},   {kStQueue, "QUEUE"},
                               {kStVendor, "VENDOR"}};
constexpr Tok kStatsReplyFlagBits[] = {{1, "MORE"}};
constexpr Tok kQueueIds[] = {{0xffffffff, "ALL"}};

constexpr Tok kWildcardBits[] = {
    {1u << 0, "IN_PORT"},  {1u << 1, "DL_VLAN"}, {1u << 2, "DL_SRC"},       {1u << 3, "DL_DST"},
    {1u << 4, "DL_TYPE"},  {1u << 5, "NW_PROTO"}, {1u << 6, "TP_SRC"},      {1u << 7, "TP_DST"},
    {1u << 20, "DL_VLAN_PCP"}, {1u << 21, "NW_TOS"}};
constexpr uint32_t kWildcardsUnknown = ~((1u << 22) - 1);

constexpr Tok kPacketInReasons[] = {{0, "NO_MATCH"}, {1, "ACTION"}};
constexpr Tok kFlowRemovedReasons[] = {{0, "IDLE_TIMEOUT"}, {1, "HARD_TIMEOUT"}, {2, "DELETE"}};
constexpr Tok kPortStatusReasons[] = {{0, "ADD"}, {1, "DELETE"}, {2, "MODIFY"}};

constexpr Tok kErrorTypes[] = {{0, "HELLO_FAILED"},    {1, "BAD_REQUEST"},     {2, "BAD_ACTION"},
                               {3, "FLOW_MOD_FAILED"}, {4, "PORT_MOD_FAILED"}, {5, "QUEUE_OP_FAILED"}};
constexpr Tok kHelloFailedCodes[] = {{0, "INCOMPATIBLE"}, {1, "EPERM"}};
constexpr Tok kBadRequestCodes[] = {{0, "BAD_VERSION"}, {1, "BAD_TYPE"},     {2, "BAD_STAT"},
                                    {3, "BAD_VENDOR"},  {4, "BAD_SUBTYPE"},  {5, "EPERM"},
                                    {6, "BAD_LEN"},     {7, "BUFFER_EMPTY"}, {8, "BUFFER_UNKNOWN"}};
constexpr Tok kBadActionCodes[] = {{0, "BAD_TYPE"},        {1, "BAD_LEN"},      {2, "BAD_VENDOR"},
                                   {3, "BAD_VENDOR_TYPE"}, {4, "BAD_OUT_PORT"}, {5, "BAD_ARGUMENT"},
                                   {6, "EPERM"},           {7, "TOO_MANY"},     {8, "BAD_QUEUE"}};
constexpr Tok kFlowModFailedCodes[] = {{0, "ALL_TABLES_FULL"},   {1, "OVERLAP"},     {2, "EPERM"},
                                       {3, "BAD_EMERG_TIMEOUT"}, {4, "BAD_COMMAND"}, {5, "UNSUPPORTED"}};
constexpr Tok kPortModFailedCodes[] = {{0, "BAD_PORT"}, {1, "BAD_HW_ADDR"}};
constexpr Tok kQueueOpFailedCodes[] = {{0, "BAD_PORT"}, {1, "BAD_QUEUE"}, {2, "EPERM"}};
constexpr std::span<const Tok> kErrorCodes[] = {kHelloFailedCodes,   kBadRequestCodes,
                                                kBadActionCodes,     kFlowModFailedCodes,
                                                kPortModFailedCodes, kQueueOpFailedCodes};

void invalid(Ctx& ctx, const Body& b) {
    ctx.print_invalid();
    b.c.need(0, b.len);
}

void features_reply_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    out.f("\n\t dpid 0x{:016x}", b.c.be64(0));
    out.f(", n_buffers {}", b.c.be32(8));
    out.f(", n_tables {}", b.c.u8(12));
    uint32_t v = b.c.be32(16);
    out.f("\n\t capabilities 0x{:08x}", v);
    of::bitmap_print(ctx, kCapabilityBits, v, kCapabilitiesUnknown);
    v = b.c.be32(20);
    out.f("\n\t actions 0x{:08x}", v);
    of::bitmap_print(ctx, kActionBits, v, kActionBitsUnknown);
    b.fwd(24);
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 48) return invalid(ctx, b);
        phy_port_print(ctx, b.c);
        b.fwd(48);
    }
}

void switch_config_print(Ctx& ctx, Body b) {
    const uint16_t flags = b.c.be16(0);
    ctx.out.put("\n\t flags ");
    put_tok(ctx, kConfigFlags, flags, "invalid (0x{:04x})");
    ctx.out.f(", miss_send_len {}", b.c.be16(2));
}

void flow_mod_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    match_print(ctx, "\n\t ", b.c);
    b.fwd(40);
    out.f("\n\t cookie 0x{:016x}", b.c.be64(0));
    const uint16_t command = b.c.be16(8);
    out.put(", command ");
    put_tok(ctx, kFlowModCommands, command, "invalid (0x{:04x})");
    static constexpr const char* kTimers[] = {", idle_timeout {}", ", hard_timeout {}", ", priority {}"};
    for (size_t i = 0; i < 3; ++i) {
        const uint16_t v = b.c.be16(10 + 2 * i);
        if (v != 0) out.f(fmt::runtime(kTimers[i]), v);
    }
    if (command == kFcAdd || command == kFcModify || command == kFcModifyStrict) {
        const uint32_t id = b.c.be32(16);
        out.put(", buffer_id ");
        put_buffer_id(ctx, id);
    }
    if (command == kFcDelete || command == kFcDeleteStrict) {
        const uint16_t port = b.c.be16(20);
        out.put(", out_port ");
        put_port(ctx, port);
    }
    const uint16_t flags = b.c.be16(22);
    out.f(", flags 0x{:04x}", flags);
    of::bitmap_print(ctx, kFlowModFlagBits, flags, kFlowModFlagsUnknown);
    b.fwd(24);
    actions_print(ctx, "\n\t ", b);
}

void port_mod_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    const Cursor& c = b.c;
    const uint16_t port = c.be16(0);
    out.put("\n\t port_no ");
    put_port(ctx, port);
    if (!c.need(2, 6)) return;
    out.put(", hw_addr ");
    put_mac_at(ctx, c, 2);
    uint32_t v = c.be32(8);
    out.f("\n\t config 0x{:08x}", v);
    of::bitmap_print(ctx, kPortConfigBits, v, kPortConfigUnknown);
    v = c.be32(12);
    out.f("\n\t mask 0x{:08x}", v);
    of::bitmap_print(ctx, kPortConfigBits, v, kPortConfigUnknown);
    v = c.be32(16);
    out.f("\n\t advertise 0x{:08x}", v);
    of::bitmap_print(ctx, kPortFeatureBits, v, kPortFeaturesUnknown);
    c.need(20, 4);
}

void queue_get_config_request_print(Ctx& ctx, Body b) {
    const uint16_t port = b.c.be16(0);
    ctx.out.put("\n\t port ");
    put_port(ctx, port);
    b.c.need(2, 2);
}

void queue_get_config_reply_print(Ctx& ctx, Body b) {
    const uint16_t port = b.c.be16(0);
    ctx.out.put("\n\t port ");
    put_port(ctx, port);
    b.fwd(2);
    if (!b.chk_fwd(6)) return;
    queues_print(ctx, b);
}

void stats_request_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    const uint16_t type = b.c.be16(0);
    b.fwd(2);
    out.put("\n\t type ");
    put_tok(ctx, kStatsTypes, type, "invalid (0x{:04x})");
    const uint16_t flags = b.c.be16(0);
    out.f(", flags 0x{:04x}{}", flags, flags ? " (bogus)" : "");
    b.fwd(2);
    switch (type) {
    case kStDesc:
    case kStTable:
        if (b.len != 0) invalid(ctx, b);
        return;
    case kStFlow:
    case kStAggregate: {
        if (b.len != 44) return invalid(ctx, b);
        match_print(ctx, "\n\t ", b.c);
        const uint8_t table = b.c.u8(40);
        out.put("\n\t table_id ");
        put_table_id(ctx, table);
        const uint16_t port = b.c.be16(42);
        out.put(", out_port ");
        put_port(ctx, port);
        return;
    }
    case kStPort: {
        if (b.len != 8) return invalid(ctx, b);
        const uint16_t port = b.c.be16(0);
        out.put("\n\t port_no ");
        put_port(ctx, port);
        b.c.need(2, 6);
        return;
    }
    case kStQueue: {
        if (b.len != 8) return invalid(ctx, b);
        const uint16_t port = b.c.be16(0);
        out.put("\n\t port_no ");
        put_port(ctx, port);
        const uint32_t queue = b.c.be32(4);
        out.put(", queue_id ");
        put_tok(ctx, kQueueIds, queue, "{}");
        return;
    }
    case kStVendor:
        vendor_data_print(ctx, b);
        return;
    }
}

void desc_stats_reply_print(Ctx& ctx, Body b) {
    if (b.len != 1056) return invalid(ctx, b);
    static constexpr struct {
        const char* label;
        uint32_t len;
    } kFields[] = {{"mfr_desc", 256}, {"hw_desc", 256}, {"sw_desc", 256}, {"serial_num", 32}, {"dp_desc", 256}};
    size_t off = 0;
    for (const auto& f : kFields) {
        ctx.out.f("\n\t  {} '", f.label);
        put_string_nul_padded(ctx, b.c, off, f.len);
        ctx.out.put('\'');
        off += f.len;
    }
}

void flow_stats_reply_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 88) return invalid(ctx, b);
        const uint16_t entry_len = b.c.be16(0);
        out.f("\n\t length {}", entry_len);
        if (entry_len < 88 || entry_len > b.len) return invalid(ctx, b);
        const Cursor& c = b.c;
        const uint8_t table = c.u8(2);
        out.put(", table_id ");
        put_table_id(ctx, table);
        match_print(ctx, "\n\t  ", c.skip(4));
        out.f("\n\t  duration_sec {}", c.be32(44));
        out.f(", duration_nsec {}", c.be32(48));
        out.f(", priority {}", c.be16(52));
        out.f(", idle_timeout {}", c.be16(54));
        out.f(", hard_timeout {}", c.be16(56));
        out.f(", cookie 0x{:016x}", c.be64(64));
        out.f(", packet_count {}", c.be64(72));
        out.f(", byte_count {}", c.be64(80));
        b.fwd(88);
        actions_print(ctx, "\n\t  ", Body{b.c, entry_len - 88u});
        b.fwd(entry_len - 88u);
    }
}

void aggregate_stats_reply_print(Ctx& ctx, Body b) {
    if (b.len != 24) return invalid(ctx, b);
    ctx.out.f("\n\t packet_count {}", b.c.be64(0));
    ctx.out.f(", byte_count {}", b.c.be64(8));
    ctx.out.f(", flow_count {}", b.c.be32(16));
    b.c.need(20, 4);
}

void table_stats_reply_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 64) return invalid(ctx, b);
        const Cursor& c = b.c;
        const uint8_t table = c.u8(0);
        out.put("\n\t table_id ");
        put_table_id(ctx, table);
        out.put(", name '");
        put_string_nul_padded(ctx, c, 4, 32);
        out.put('\'');
        const uint32_t w = c.be32(36);
        out.f("\n\t  wildcards 0x{:08x}", w);
        of::bitmap_print(ctx, kWildcardBits, w, kWildcardsUnknown);
        out.f("\n\t  max_entries {}", c.be32(40));
        out.f(", active_count {}", c.be32(44));
        out.f(", lookup_count {}", c.be64(48));
        out.f(", matched_count {}", c.be64(56));
        b.fwd(64);
    }
}

void port_stats_reply_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    static constexpr const char* kCounters[] = {
        "rx_packets", "tx_packets", "rx_bytes",     "tx_bytes",    "rx_dropped", "tx_dropped",
        "rx_errors",  "tx_errors",  "rx_frame_err", "rx_over_err", "rx_crc_err", "collisions"};
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 104) return invalid(ctx, b);
        const uint16_t port = b.c.be16(0);
        out.put("\n\t  port_no ");
        put_port(ctx, port);
        if (ctx.opt.vflag < 2) {
            b.fwd(2);
            if (!b.chk_fwd(102)) return;
            continue;
        }
        for (size_t i = 0; i < std::size(kCounters); ++i)
            out.f(", {} {}", kCounters[i], b.c.be64(8 + 8 * i));
        b.fwd(104);
    }
}

void queue_stats_reply_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 32) return invalid(ctx, b);
        const uint16_t port = b.c.be16(0);
        out.put("\n\t  port_no ");
        put_port(ctx, port);
        out.f(", queue_id {}", b.c.be32(4));
        out.f(", tx_bytes {}", b.c.be64(8));
        out.f(", tx_packets {}", b.c.be64(16));
        out.f(", tx_errors {}", b.c.be64(24));
        b.fwd(32);
    }
}

void stats_reply_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    const uint16_t type = b.c.be16(0);
    out.put("\n\t type ");
    put_tok(ctx, kStatsTypes, type, "invalid (0x{:04x})");
    const uint16_t flags = b.c.be16(2);
    out.f(", flags 0x{:04x}", flags);
    of::bitmap_print(ctx, kStatsReplyFlagBits, flags, ~1u);
    b.fwd(4);
    switch (type) {
    case kStDesc: return desc_stats_reply_print(ctx, b);
    case kStFlow: return flow_stats_reply_print(ctx, b);
    case kStAggregate: return aggregate_stats_reply_print(ctx, b);
    case kStTable: return table_stats_reply_print(ctx, b);
    case kStPort: return port_stats_reply_print(ctx, b);
    case kStQueue: return queue_stats_reply_print(ctx, b);
    case kStVendor: return vendor_data_print(ctx, b);
    default: b.c.need(0, b.len);
    }
}

void packet_out_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    out.f("\n\t buffer_id 0x{:08x}", b.c.be32(0));
    const uint16_t port = b.c.be16(4);
    out.put(", in_port ");
    put_port(ctx, port);
    const uint16_t actions_len = b.c.be16(6);
    b.fwd(8);
    if (actions_len > b.len) return invalid(ctx, b);
    actions_print(ctx, "\n\t ", Body{b.c, actions_len});
    b.fwd(actions_len);
    packet_data_print(ctx, b);
}

void packet_in_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    const uint32_t id = b.c.be32(0);
    out.put("\n\t buffer_id ");
    put_buffer_id(ctx, id);
    out.f(", total_len {}", b.c.be16(4));
    const uint16_t port = b.c.be16(6);
    out.put(", in_port ");
    put_port(ctx, port);
    const uint8_t reason = b.c.u8(8);
    out.put(", reason ");
    put_tok(ctx, kPacketInReasons, reason, "invalid (0x{:02x})");
    b.fwd(9);
    if (!b.chk_fwd(1)) return;
    packet_data_print(ctx, b);
}

void flow_removed_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    const Cursor& c = b.c;
    match_print(ctx, "\n\t ", c);
    out.f("\n\t cookie 0x{:016x}", c.be64(40));
    const uint16_t prio = c.be16(48);
    if (prio != 0) out.f(", priority {}", prio);
    const uint8_t reason = c.u8(50);
    out.put(", reason ");
    put_tok(ctx, kFlowRemovedReasons, reason, "unknown (0x{:02x})");
    out.f(", duration_sec {}", c.be32(52));
    out.f(", duration_nsec {}", c.be32(56));
    const uint16_t idle = c.be16(60);
    if (idle != 0) out.f(", idle_timeout {}", idle);
    out.f(", packet_count {}", c.be64(64));
    out.f(", byte_count {}", c.be64(72));
}

void port_status_print(Ctx& ctx, Body b) {
    const uint8_t reason = b.c.u8(0);
    ctx.out.put("\n\t reason ");
    put_tok(ctx, kPortStatusReasons, reason, "invalid (0x{:02x})");
    phy_port_print(ctx, b.c.skip(8));
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
    {"HELLO", of::data_print, Req::MinLen, 0},
    {"ERROR", error_print, Req::MinLen, 4},
    {"ECHO_REQUEST", of::data_print, Req::MinLen, 0},
    {"ECHO_REPLY", of::data_print, Req::MinLen, 0},
    {"VENDOR", vendor_message_print, Req::MinLen, 4},
    {"FEATURES_REQUEST", nullptr, Req::FixLen, 0},
    {"FEATURES_REPLY", features_reply_print, Req::MinLen, 24},
    {"GET_CONFIG_REQUEST", nullptr, Req::FixLen, 0},
    {"GET_CONFIG_REPLY", switch_config_print, Req::FixLen, 4},
    {"SET_CONFIG", switch_config_print, Req::FixLen, 4},
    {"PACKET_IN", packet_in_print, Req::MinLen, 10},
    {"FLOW_REMOVED", flow_removed_print, Req::FixLen, 80},
    {"PORT_STATUS", port_status_print, Req::FixLen, 56},
    {"PACKET_OUT", packet_out_print, Req::MinLen, 8},
    {"FLOW_MOD", flow_mod_print, Req::MinLen, 64},
    {"PORT_MOD", port_mod_print, Req::FixLen, 24},
    {"STATS_REQUEST", stats_request_print, Req::MinLen, 4},
    {"STATS_REPLY", stats_reply_print, Req::MinLen, 4},
    {"BARRIER_REQUEST", nullptr, Req::FixLen, 0},
    {"BARRIER_REPLY", nullptr, Req::FixLen, 0},
    {"QUEUE_GET_CONFIG_REQUEST", queue_get_config_request_print, Req::FixLen, 4},
    {"QUEUE_GET_CONFIG_REPLY", queue_get_config_reply_print, Req::MinLen, 8},
};

}  // namespace

}  // namespace rd::of10

namespace rd::of {

const MsgType* of10_msgtype(uint8_t type) {
    return type < std::size(of10::kMsgTypes) ? &of10::kMsgTypes[type] : nullptr;
}

}  // namespace rd::of
