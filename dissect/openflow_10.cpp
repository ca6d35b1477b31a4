// OpenFlow 1.0 structures shared by several messages: physical ports, flow matches,
// actions (with Big Switch Networks vendor actions), queues, vendor data and the
// Ethernet frames carried by PACKET_IN/PACKET_OUT.
#include "openflow_10.hpp"

namespace rd::of10 {

const Tok kPortConfigBits[7] = {{1u << 0, "PORT_DOWN"}, {1u << 1, "NO_STP"},   {1u << 2, "NO_RECV"},
                                {1u << 3, "NO_RECV_STP"}, {1u << 4, "NO_FLOOD"}, {1u << 5, "NO_FWD"},
                                {1u << 6, "NO_PACKET_IN"}};
const Tok kPortFeatureBits[12] = {
    {1u << 0, "10MB_HD"}, {1u << 1, "10MB_FD"}, {1u << 2, "100MB_HD"}, {1u << 3, "100MB_FD"},
    {1u << 4, "1GB_HD"},  {1u << 5, "1GB_FD"},  {1u << 6, "10GB_FD"},  {1u << 7, "COPPER"},
    {1u << 8, "FIBER"},   {1u << 9, "AUTONEG"}, {1u << 10, "PAUSE"},   {1u << 11, "PAUSE_ASYM"}};

namespace {

constexpr Tok kPorts[] = {{0xff00, "MAX"},    {0xfff8, "IN_PORT"},    {0xfff9, "TABLE"},
                          {0xfffa, "NORMAL"}, {0xfffb, "FLOOD"},      {0xfffc, "ALL"},
                          {0xfffd, "CONTROLLER"}, {0xfffe, "LOCAL"}, {0xffff, "NONE"}};
constexpr uint16_t kPortController = 0xfffd;

// Port state: bit 0 is a flag, bits 8-9 an STP code point.
constexpr Tok kStpStates[] = {{0u << 8, "STP_LISTEN"}, {1u << 8, "STP_LEARN"},
                              {2u << 8, "STP_FORWARD"}, {3u << 8, "STP_BLOCK"}};
constexpr uint32_t kStateLinkDown = 1, kStateStpMask = 3u << 8;
constexpr uint32_t kStateUnknown = ~(kStateLinkDown | kStateStpMask);

constexpr Tok kQueueProps[] = {{0, "NONE"}, {1, "MIN_RATE"}};
constexpr uint16_t kQueuePropNone = 0, kQueuePropMinRate = 1;

// Match wildcards.
constexpr uint32_t kWInPort = 1u << 0, kWDlVlan = 1u << 1, kWDlSrc = 1u << 2, kWDlDst = 1u << 3,
                   kWDlType = 1u << 4, kWNwProto = 1u << 5, kWTpSrc = 1u << 6, kWTpDst = 1u << 7,
                   kWDlVlanPcp = 1u << 20, kWNwTos = 1u << 21, kWAll = (1u << 22) - 1;

enum : uint16_t {
    kActOutput = 0, kActSetVlanVid, kActSetVlanPcp, kActStripVlan, kActSetDlSrc, kActSetDlDst,
    kActSetNwSrc, kActSetNwDst, kActSetNwTos, kActSetTpSrc, kActSetTpDst, kActEnqueue,
    kActVendor = 0xffff
};
constexpr Tok kActionTypes[] = {
    {kActOutput, "OUTPUT"},         {kActSetVlanVid, "SET_VLAN_VID"}, {kActSetVlanPcp, "SET_VLAN_PCP"},
    {kActStripVlan, "STRIP_VLAN"},  {kActSetDlSrc, "SET_DL_SRC"},     {kActSetDlDst, "SET_DL_DST"},
    {kActSetNwSrc, "SET_NW_SRC"},   {kActSetNwDst, "SET_NW_DST"},     {kActSetNwTos, "SET_NW_TOS"},
    {kActSetTpSrc, "SET_TP_SRC"},   {kActSetTpDst, "SET_TP_DST"},     {kActEnqueue, "ENQUEUE"},
    {kActVendor, "VENDOR"}};

constexpr Tok kQueueIds[] = {{0xffffffff, "ALL"}};
constexpr Tok kBufferIds[] = {{0xffffffff, "NONE"}};
constexpr Tok kTableIds[] = {{0xfe, "EMERG"}, {0xff, "ALL"}};

// Big Switch Networks vendor messages and actions (after oftest and Loxigen).
enum : uint32_t {
    kBsnSetIpMask = 0, kBsnGetIpMaskRequest, kBsnGetIpMaskReply, kBsnSetMirroring,
    kBsnGetMirroringRequest, kBsnGetMirroringReply, kBsnShellCommand, kBsnShellOutput,
    kBsnShellStatus, kBsnGetInterfacesRequest, kBsnGetInterfacesReply,
    kBsnSetPktinSuppressionRequest, kBsnSetL2TableRequest, kBsnGetL2TableRequest,
    kBsnGetL2TableReply, kBsnVirtualPortCreateRequest, kBsnVirtualPortCreateReply,
    kBsnVirtualPortRemoveRequest, kBsnBwEnableSetRequest, kBsnBwEnableGetRequest,
    kBsnBwEnableGetReply, kBsnBwClearDataRequest, kBsnBwClearDataReply, kBsnBwEnableSetReply,
    kBsnSetL2TableReply, kBsnSetPktinSuppressionReply, kBsnVirtualPortRemoveReply,
    kBsnHybridGetRequest, kBsnHybridGetReply,
    kBsnPduTxRequest = 31, kBsnPduTxReply, kBsnPduRxRequest, kBsnPduRxReply, kBsnPduRxTimeout
};
constexpr Tok kBsnSubtypes[] = {
    {kBsnSetIpMask, "SET_IP_MASK"},
    {kBsnGetIpMaskRequest, "GET_IP_MASK_REQUEST"},
    {kBsnGetIpMaskReply, "GET_IP_MASK_REPLY"},
    {kBsnSetMirroring, "SET_MIRRORING"},
    {kBsnGetMirroringRequest, "GET_MIRRORING_REQUEST"},
    {kBsnGetMirroringReply, "GET_MIRRORING_REPLY"},
    {kBsnShellCommand, "SHELL_COMMAND"},
    {kBsnShellOutput, "SHELL_OUTPUT"},
    {kBsnShellStatus, "SHELL_STATUS"},
    {kBsnGetInterfacesRequest, "GET_INTERFACES_REQUEST"},
    {kBsnGetInterfacesReply, "GET_INTERFACES_REPLY"},
    {kBsnSetPktinSuppressionRequest, "SET_PKTIN_SUPPRESSION_REQUEST"},
    {kBsnSetL2TableRequest, "SET_L2_TABLE_REQUEST"},
    {kBsnGetL2TableRequest, "GET_L2_TABLE_REQUEST"},
    {kBsnGetL2TableReply, "GET_L2_TABLE_REPLY"},
    {kBsnVirtualPortCreateRequest, "VIRTUAL_PORT_CREATE_REQUEST"},
    {kBsnVirtualPortCreateReply, "VIRTUAL_PORT_CREATE_REPLY"},
    {kBsnVirtualPortRemoveRequest, "VIRTUAL_PORT_REMOVE_REQUEST"},
    {kBsnBwEnableSetRequest, "BW_ENABLE_SET_REQUEST"},
    {kBsnBwEnableGetRequest, "BW_ENABLE_GET_REQUEST"},
    {kBsnBwEnableGetReply, "BW_ENABLE_GET_REPLY"},
    {kBsnBwClearDataRequest, "BW_CLEAR_DATA_REQUEST"},
    {kBsnBwClearDataReply, "BW_CLEAR_DATA_REPLY"},
    {kBsnBwEnableSetReply, "BW_ENABLE_SET_REPLY"},
    {kBsnSetL2TableReply, "SET_L2_TABLE_REPLY"},
    {kBsnSetPktinSuppressionReply, "SET_PKTIN_SUPPRESSION_REPLY"},
    {kBsnVirtualPortRemoveReply, "VIRTUAL_PORT_REMOVE_REPLY"},
    {kBsnHybridGetRequest, "HYBRID_GET_REQUEST"},
    {kBsnHybridGetReply, "HYBRID_GET_REPLY"},
    {kBsnPduTxRequest, "PDU_TX_REQUEST"},
    {kBsnPduTxReply, "PDU_TX_REPLY"},
    {kBsnPduRxRequest, "PDU_RX_REQUEST"},
    {kBsnPduRxReply, "PDU_RX_REPLY"},
    {kBsnPduRxTimeout, "PDU_RX_TIMEOUT"},
};
constexpr uint32_t kBsnActionMirror = 1;
constexpr Tok kBsnActionSubtypes[] = {{1, "MIRROR"}, {2, "SET_TUNNEL_DST"}, {4, "CHECKSUM"}};
constexpr Tok kBsnCopyStages[] = {{0, "INGRESS"}, {1, "EGRESS"}};
constexpr Tok kBsnOnOff[] = {{0, "OFF"}, {1, "ON"}};

void put_vlan(Ctx& ctx, uint16_t vid) {
    if (vid == 0xffff) {
        ctx.out.put("NONE");
        return;
    }
    ctx.out.dec(vid);
    if (!(vid > 0 && vid < 0x0fff)) ctx.out.put(" (bogus)");
}

void put_pcp(Ctx& ctx, uint8_t pcp) {
    ctx.out.dec(pcp);
    if (pcp > 7) ctx.out.put(" (bogus)");
}

// Invalid structure: the marker, then the rest must have been captured.
void invalid(Ctx& ctx, const Body& b) {
    ctx.print_invalid();
    b.c.need(0, b.len);
}

void bsn_message_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    if (b.len < 4) return invalid(ctx, b);
    const uint32_t subtype = b.c.be32(0);
    b.fwd(4);
    out.put("\n\t subtype ");
    put_tok(ctx, kBsnSubtypes, subtype, "unknown (0x{:08x})");
    switch (subtype) {
    case kBsnGetIpMaskRequest:
        if (b.len != 8) return invalid(ctx, b);
        out.f(", index {}", b.c.u8(0));
        b.c.need(1, 7);
        break;
    case kBsnSetIpMask:
    case kBsnGetIpMaskReply: {
        if (b.len != 8) return invalid(ctx, b);
        out.f(", index {}", b.c.u8(0));
        if (!b.c.need(4, 4)) return;
        out.put(", mask ");
        put_ip4_at(ctx, b.c, 4);
        break;
    }
    case kBsnSetMirroring:
    case kBsnGetMirroringRequest:
    case kBsnGetMirroringReply: {
        if (b.len != 4) return invalid(ctx, b);
        const uint8_t onoff = b.c.u8(0);
        out.put(", report_mirror_ports ");
        put_tok(ctx, kBsnOnOff, onoff, "bogus ({})");
        b.c.need(1, 3);
        break;
    }
    case kBsnGetInterfacesRequest:
    case kBsnGetL2TableRequest:
    case kBsnBwEnableGetRequest:
    case kBsnBwClearDataRequest:
    case kBsnHybridGetRequest:
        if (b.len != 0) return invalid(ctx, b);
        break;
    case kBsnVirtualPortRemoveRequest:
        if (b.len != 4) return invalid(ctx, b);
        out.f(", vport_no {}", b.c.be32(0));
        break;
    case kBsnShellCommand:
        if (b.len < 4) return invalid(ctx, b);
        out.f(", service {}", b.c.be32(0));
        b.fwd(4);
        [[fallthrough]];
    case kBsnShellOutput:
        out.put(", data '");
        put_string_n(ctx, b.c, 0, b.len);
        out.put('\'');
        break;
    case kBsnShellStatus:
        if (b.len != 4) return invalid(ctx, b);
        out.f(", status 0x{:08x}", b.c.be32(0));
        break;
    default:
        b.c.need(0, b.len);
    }
}

void bsn_action_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    if (b.len < 4) return invalid(ctx, b);
    const uint32_t subtype = b.c.be32(0);
    b.fwd(4);
    out.put("\n\t  subtype ");
    put_tok(ctx, kBsnActionSubtypes, subtype, "unknown (0x{:08x})");
    if (subtype != kBsnActionMirror) {
        b.c.need(0, b.len);
        return;
    }
    if (b.len != 12) return invalid(ctx, b);
    out.f(", dest_port {}", b.c.be32(0));
    const uint32_t tag = b.c.be32(4);
    const uint16_t tpid = static_cast<uint16_t>(tag >> 16), tci = static_cast<uint16_t>(tag);
    if (tpid == 0)
        out.put(", vlan_tag none");
    else if (tpid == 0x8100)
        out.f(", vlan_tag 802.1Q (vlan {}, p {}{})", tci & 0xfff, tci >> 13, (tci & 0x1000) ? ", DEI" : "");
    else
        out.f(", vlan_tag unknown (0x{:04x})", tpid);
    const uint8_t stage = b.c.u8(8);
    out.put(", copy_stage ");
    put_tok(ctx, kBsnCopyStages, stage, "unknown ({})");
    b.c.need(9, 3);
}

void vendor_action_print(Ctx& ctx, Body b) {
    if (b.len < 4) return invalid(ctx, b);
    const uint32_t vendor = b.c.be32(0);
    b.fwd(4);
    of::put_vendor(ctx, vendor);
    if (vendor == of::kOuiBsn)
        bsn_action_print(ctx, b);
    else
        of::data_print(ctx, b);
}

// One queue property list of b.len bytes (with -vv).
void queue_props_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 8) return invalid(ctx, b);
        const uint16_t prop = b.c.be16(0);
        b.fwd(2);
        out.put("\n\t   property ");
        put_tok(ctx, kQueueProps, prop, "invalid (0x{:04x})");
        const uint16_t plen = b.c.be16(0);
        b.fwd(2);
        out.f(", len {}", plen);
        if (plen < 8 || plen > b.len + 4) return invalid(ctx, b);
        if (!b.chk_fwd(4)) return;
        bool skip = false;
        if (prop == kQueuePropNone || prop == kQueuePropMinRate) {
            if (plen != (prop == kQueuePropNone ? 8 : 16)) {
                out.put(" (bogus)");
                skip = true;
            }
        } else {
            skip = true;
        }
        if (skip) {
            if (!b.chk_fwd(plen - 8u)) return;
            continue;
        }
        if (prop == kQueuePropMinRate) {
            const uint16_t rate = b.c.be16(0);
            b.fwd(2);
            if (rate > 1000)
                out.put(", rate disabled");
            else
                out.f(", rate {}.{}%", rate / 10, rate % 10);
            if (!b.chk_fwd(6)) return;
        }
    }
}

}  // namespace

void put_port(Ctx& ctx, uint16_t port) { put_tok(ctx, kPorts, port, "{}"); }
void put_buffer_id(Ctx& ctx, uint32_t id) { put_tok(ctx, kBufferIds, id, "0x{:08x}"); }
void put_table_id(Ctx& ctx, uint8_t id) { put_tok(ctx, kTableIds, id, "{}"); }

void phy_port_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const uint16_t port = c.be16(0);
    out.put("\n\t  port_no ");
    put_port(ctx, port);
    if (!c.need(2, 6)) return;
    out.put(", hw_addr ");
    put_mac_at(ctx, c, 2);
    out.put(", name '");
    put_string_nul_padded(ctx, c, 8, 16);
    out.put('\'');
    if (ctx.opt.vflag < 2) {
        c.need(24, 24);
        return;
    }
    uint32_t v = c.be32(24);
    out.f("\n\t   config 0x{:08x}", v);
    of::bitmap_print(ctx, kPortConfigBits, v, kPortConfigUnknown);
    v = c.be32(28);
    out.f("\n\t   state 0x{:08x} ({}{}){}", v, tok_lookup(kStpStates, v & kStateStpMask),
          (v & kStateLinkDown) ? ", LINK_DOWN" : "", (v & kStateUnknown) ? " (bogus)" : "");
    static constexpr const char* kFeatureNames[] = {"curr", "advertised", "supported", "peer"};
    for (size_t i = 0; i < 4; ++i) {
        v = c.be32(32 + 4 * i);
        out.f("\n\t   {} 0x{:08x}", kFeatureNames[i], v);
        of::bitmap_print(ctx, kPortFeatureBits, v, kPortFeaturesUnknown);
    }
}

void match_print(Ctx& ctx, const char* pfx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const uint32_t w = c.be32(0);
    if (w & ~kWAll) out.f("{}wildcards 0x{:08x} (bogus)", pfx, w);
    if (!(w & kWInPort)) {
        const uint16_t port = c.be16(4);
        out.f("{}match in_port ", pfx);
        put_port(ctx, port);
    }
    if (!(w & kWDlSrc) && c.need(6, 6)) {
        out.f("{}match dl_src ", pfx);
        put_mac_at(ctx, c, 6);
    }
    if (!(w & kWDlDst) && c.need(12, 6)) {
        out.f("{}match dl_dst ", pfx);
        put_mac_at(ctx, c, 12);
    }
    if (!(w & kWDlVlan)) {
        const uint16_t vid = c.be16(18);
        out.f("{}match dl_vlan ", pfx);
        put_vlan(ctx, vid);
    }
    if (!(w & kWDlVlanPcp)) {
        const uint8_t pcp = c.u8(20);
        out.f("{}match dl_vlan_pcp ", pfx);
        put_pcp(ctx, pcp);
    }
    const uint16_t dl_type = c.be16(22);
    if (!(w & kWDlType)) out.f("{}match dl_type 0x{:04x}", pfx, dl_type);
    if (!(w & kWNwTos)) {
        const uint8_t tos = c.u8(24);
        out.f("{}match nw_tos 0x{:02x}", pfx, tos);
    }
    const uint8_t nw_proto = c.u8(25);
    if (!(w & kWNwProto)) {
        const bool arp = !(w & kWDlType) && dl_type == 0x0806;
        out.f("{}match {} {}", pfx, arp ? "arp_opcode" : "nw_proto", nw_proto);
    }
    const uint32_t src_bits = (w >> 8) & 0x3f, dst_bits = (w >> 14) & 0x3f;
    if (src_bits < 32 && c.need(28, 4)) {
        out.f("{}match nw_src ", pfx);
        put_ip4_at(ctx, c, 28);
        out.f("/{}", 32 - src_bits);
    }
    if (dst_bits < 32 && c.need(32, 4)) {
        out.f("{}match nw_dst ", pfx);
        put_ip4_at(ctx, c, 32);
        out.f("/{}", 32 - dst_bits);
    }
    const bool icmp = !(w & kWDlType) && dl_type == 0x0800 && !(w & kWNwProto) && nw_proto == 1;
    if (!(w & kWTpSrc)) {
        const uint16_t v = c.be16(36);
        out.f("{}match {} {}", pfx, icmp ? "icmp_type" : "tp_src", v);
    }
    if (!(w & kWTpDst)) {
        const uint16_t v = c.be16(38);
        out.f("{}match {} {}", pfx, icmp ? "icmp_code" : "tp_dst", v);
    } else {
        c.need(38, 2);
    }
}

void actions_print(Ctx& ctx, const char* pfx, Body b) {
    OutBuf& out = ctx.out;
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 8) return invalid(ctx, b);
        const uint16_t type = b.c.be16(0);
        b.fwd(2);
        out.f("{}action type ", pfx);
        put_tok(ctx, kActionTypes, type, "invalid (0x{:04x})");
        const uint16_t alen = b.c.be16(0);
        b.fwd(2);
        out.f(", len {}", alen);
        // An action running past the list ends the list.
        if (alen < 8 || alen > b.len + 4) return invalid(ctx, b);
        bool skip = false;
        switch (type) {
        case kActSetDlSrc:
        case kActSetDlDst:
        case kActEnqueue:
            skip = alen != 16;
            break;
        case kActVendor:
            skip = alen % 8 != 0;
            break;
        default:
            if (type > kActEnqueue) {
                skip = true;
                break;
            }
            skip = alen != 8;
        }
        if (skip) {
            if (type <= kActEnqueue || type == kActVendor) out.put(" (bogus)");
            if (!b.chk_fwd(alen - 4u)) return;
            continue;
        }
        switch (type) {
        case kActOutput: {
            const uint16_t port = b.c.be16(0);
            b.fwd(2);
            out.put(", port ");
            put_port(ctx, port);
            if (port == kPortController)
                out.f(", max_len {}", b.c.be16(0));
            else
                b.c.need(0, 2);
            b.fwd(2);
            break;
        }
        case kActSetVlanVid: {
            const uint16_t vid = b.c.be16(0);
            out.put(", vlan_vid ");
            put_vlan(ctx, vid);
            b.fwd(2);
            b.chk_fwd(2);
            break;
        }
        case kActSetVlanPcp: {
            const uint8_t pcp = b.c.u8(0);
            out.put(", vlan_pcp ");
            put_pcp(ctx, pcp);
            b.fwd(1);
            b.chk_fwd(3);
            break;
        }
        case kActSetDlSrc:
        case kActSetDlDst:
            if (!b.c.need(0, 6)) return;
            out.put(", dl_addr ");
            put_mac_at(ctx, b.c, 0);
            b.fwd(6);
            b.chk_fwd(6);
            break;
        case kActSetNwSrc:
        case kActSetNwDst:
            if (!b.c.need(0, 4)) return;
            out.put(", nw_addr ");
            put_ip4_at(ctx, b.c, 0);
            b.fwd(4);
            break;
        case kActSetNwTos:
            out.f(", nw_tos 0x{:02x}", b.c.u8(0));
            b.fwd(1);
            b.chk_fwd(3);
            break;
        case kActSetTpSrc:
        case kActSetTpDst:
            out.f(", tp_port {}", b.c.be16(0));
            b.fwd(2);
            b.chk_fwd(2);
            break;
        case kActEnqueue: {
            const uint16_t port = b.c.be16(0);
            out.put(", port ");
            put_port(ctx, port);
            b.fwd(8);
            const uint32_t queue = b.c.be32(0);
            out.put(", queue_id ");
            put_tok(ctx, kQueueIds, queue, "{}");
            b.fwd(4);
            break;
        }
        case kActVendor:
            vendor_action_print(ctx, Body{b.c, alen - 4u});
            b.fwd(alen - 4u);
            break;
        case kActStripVlan:
            b.chk_fwd(4);
            break;
        }
    }
}

void queues_print(Ctx& ctx, Body b) {
    OutBuf& out = ctx.out;
    while (b.len != 0 && !ctx.truncated) {
        if (b.len < 8) return invalid(ctx, b);
        out.f("\n\t  queue_id {}", b.c.be32(0));
        b.fwd(4);
        const uint16_t desclen = b.c.be16(0);
        b.fwd(2);
        out.f(", len {}", desclen);
        if (desclen < 8 || desclen > b.len + 6) return invalid(ctx, b);
        if (!b.chk_fwd(2)) return;
        const uint32_t props = desclen - 8u;
        if (ctx.opt.vflag >= 2)
            queue_props_print(ctx, Body{b.c, props});
        else
            b.c.need(0, props);
        b.fwd(props);
    }
}

void vendor_message_print(Ctx& ctx, Body b) {
    const uint32_t vendor = b.c.be32(0);
    b.fwd(4);
    of::put_vendor(ctx, vendor);
    if (vendor == of::kOuiBsn)
        bsn_message_print(ctx, b);
    else
        of::data_print(ctx, b);
}

void vendor_data_print(Ctx& ctx, Body b) {
    if (b.len < 4) return invalid(ctx, b);
    const uint32_t vendor = b.c.be32(0);
    b.fwd(4);
    of::put_vendor(ctx, vendor);
    of::data_print(ctx, b);
}

void packet_data_print(Ctx& ctx, Body b) {
    // Nothing more after a truncation (the frame's printers would rename the marker).
    if (b.len == 0 || ctx.truncated) return;
    ctx.out.f("\n\t data ({} octets)", b.len);
    if (ctx.opt.vflag < 3) {
        b.c.need(0, b.len);
        return;
    }
    // The frame is decoded 3 verbosity levels down (-vvvv gives it -v), within its own
    // length: more messages may follow it in the segment.
    ctx.opt.vflag -= 3;
    ctx.out.put(", frame decoding below\n");
    ether_print(ctx, b.c.limit(b.len), b.len);
    // tcpdump restores the level only when the frame's decoding returns: a frame cut
    // short leaves the rest of the run 3 levels down, and so does ringdump.
    if (!ctx.truncated) ctx.opt.vflag += 3;
}

}  // namespace rd::of10
