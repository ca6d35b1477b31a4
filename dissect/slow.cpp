// IEEE 802.3 Slow Protocols (EtherType 0x8809): LACP and Marker (802.3ad) TLVs, and
// 802.3ah link OAM (information TLVs, event notifications, loopback control).
#include "slow.hpp"

#include "ringdump/format/names.hpp"

namespace rd {

namespace {

enum : uint8_t { kLacp = 1, kMarker = 2, kOam = 3 };
constexpr Tok kSubtypes[] = {{kLacp, "LACP"}, {kMarker, "MARKER"}, {kOam, "OAM"}};

// LACP / Marker TLV names, keyed by (subtype << 8) | TLV type.
constexpr Tok kLacpMarkerTlvs[] = {
    {0x100, "Terminator"},        {0x101, "Actor Information"},
    {0x102, "Partner Information"}, {0x103, "Collector Information"},
    {0x200, "Terminator"},        {0x201, "Marker Information"},
};
constexpr Tok kLacpState[] = {
    {0x01, "Activity"},   {0x02, "Timeout"},      {0x04, "Aggregation"}, {0x08, "Synchronization"},
    {0x10, "Collecting"}, {0x20, "Distributing"}, {0x40, "Default"},     {0x80, "Expired"},
};
constexpr size_t kActorPartnerLen = 18, kCollectorLen = 14, kMarkerInfoLen = 14;

constexpr Tok kOamFlags[] = {
    {0x01, "Link Fault"},   {0x02, "Dying Gasp"},        {0x04, "Critical Event"},
    {0x08, "Local Evaluating"}, {0x10, "Local Stable"}, {0x20, "Remote Evaluating"},
    {0x40, "Remote Stable"},
};
enum : uint8_t { kCodeInfo = 0, kCodeEvent = 1, kCodeLoopback = 4 };
constexpr Tok kOamCodes[] = {
    {0, "Information"},       {1, "Event Notification"}, {2, "Variable Request"},
    {3, "Variable Response"}, {4, "Loopback Control"},   {0xfe, "Vendor Private"},
};
constexpr Tok kInfoTypes[] = {
    {0, "End of TLV marker"}, {1, "Local"}, {2, "Remote"}, {0xfe, "Organization specific"},
};
constexpr Tok kParserAction[] = {
    {0, "forwarding"}, {1, "looping back"}, {2, "discarding"}, {3, "reserved"},
};
constexpr Tok kMuxAction[] = {{0, "forwarding"}, {4, "discarding"}};
constexpr Tok kOamConfig[] = {
    {0x01, "Active"}, {0x02, "Unidirectional"}, {0x04, "Remote-Loopback"},
    {0x08, "Link-Events"}, {0x10, "Variable-Retrieval"},
};
constexpr Tok kLinkEvents[] = {
    {0, "End of TLV marker"},
    {1, "Errored Symbol Period Event"},
    {2, "Errored Frame Event"},
    {3, "Errored Frame Period Event"},
    {4, "Errored Frame Seconds Summary Event"},
    {0xfe, "Organization specific"},
};
constexpr Tok kLoopbackCmds[] = {
    {1, "Enable OAM Remote Loopback"}, {2, "Disable OAM Remote Loopback"},
};
constexpr size_t kOamInfoLen = 16, kLinkEventLen = 40;

void too_short(Ctx& ctx) { ctx.out.put("\n\t\t packet is too short"); }

// The TLV list of LACP and Marker PDUs (after subtype and version).
void lacp_marker_tlvs(Ctx& ctx, const Cursor& c, uint32_t len, uint8_t subtype) {
    size_t off = 0;
    while (len != 0 && !ctx.truncated) {
        if (len < 2) return too_short(ctx);
        const uint8_t type = c.u8(off);
        const uint8_t tlv_len = c.u8(off + 1);
        if (ctx.truncated) return;
        const uint32_t key = (uint32_t{subtype} << 8) | type;
        ctx.out.put("\n\t");
        put_tok(ctx, kLacpMarkerTlvs, key, "Unknown");
        ctx.out.f(" TLV (0x{:02x}), length {}", type, tlv_len);
        if (type == 0) return;  // terminator: nothing follows
        if (tlv_len < 2) {
            ctx.out.put("\n\t    ERROR: illegal length - should be >= 2");
            return;
        }
        if (len < tlv_len) return too_short(ctx);
        if (!c.need(off, tlv_len)) return;
        const size_t body = off + 2;
        const size_t body_len = tlv_len - 2u;
        bool bad = false;
        auto check = [&](size_t want) {
            if (body_len == want) return true;
            ctx.out.f("\n\t    ERROR: illegal length - should be {}", want + 2);
            bad = true;
            return false;
        };
        switch (key) {
        case 0x101:
        case 0x102:
            if (!check(kActorPartnerLen)) break;
            ctx.out.put("\n\t  System ");
            put_mac_at(ctx, c, body + 2);
            ctx.out.f(", System Priority {}, Key {}, Port {}, Port Priority {}\n\t  State Flags [",
                      c.be16(body), c.be16(body + 8), c.be16(body + 12), c.be16(body + 10));
            put_bits(ctx, kLacpState, c.u8(body + 14), ", ");
            ctx.out.put("]");
            break;
        case 0x103:
            if (!check(kCollectorLen)) break;
            ctx.out.f("\n\t  Max Delay {}", c.be16(body));
            break;
        case 0x201:
            if (!check(kMarkerInfoLen)) break;
            ctx.out.put("\n\t  Request System ");
            put_mac_at(ctx, c, body + 2);
            ctx.out.f(", Request Port {}, Request Transaction ID 0x{:08x}", c.be16(body),
                      c.be32(body + 8));
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, body, "\n\t  ", body_len);
            break;
        }
        (void)bad;
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, body, "\n\t  ", body_len);
        off += tlv_len;
        len -= tlv_len;
    }
}

// One information TLV of an OAM Information PDU (header already checked).
void oam_info_tlv(Ctx& ctx, const Cursor& c, size_t off, uint8_t type, uint8_t len) {
    bool hexdump = true;
    if (type == 1 || type == 2) {
        if (len != kOamInfoLen) {
            ctx.out.f("\n\t    ERROR: illegal length - should be {}", kOamInfoLen);
        } else {
            hexdump = false;
            ctx.out.f("\n\t    OAM-Version {}, Revision {}", c.u8(off + 2), c.be16(off + 3));
            const uint8_t state = c.u8(off + 5);
            ctx.out.put("\n\t    State-Parser-Action ");
            put_tok(ctx, kParserAction, state & 0x3, "Reserved");
            ctx.out.put(", State-MUX-Action ");
            put_tok(ctx, kMuxAction, state & 0x4, "Reserved");
            ctx.out.put("\n\t    OAM-Config Flags [");
            put_bits(ctx, kOamConfig, c.u8(off + 6), ", ");
            ctx.out.f("], OAM-PDU-Config max-PDU size {}", c.be16(off + 7) & 0x7ff);
            const uint32_t oui = c.be24(off + 9);
            const char* name = oui_name(oui);
            ctx.out.f("\n\t    OUI {} (0x{:06x}), Vendor-Private 0x{:08x}", name ? name : "Unknown", oui,
                      c.be32(off + 12));
        }
    }
    if (ctx.opt.vflag > 1 || hexdump) print_unknown_data(ctx, c, off, "\n\t  ", len);
}

void oam_event_tlv(Ctx& ctx, const Cursor& c, size_t off, uint8_t type, uint8_t len) {
    bool hexdump = true;
    if (type >= 1 && type <= 4) {
        if (len != kLinkEventLen) {
            ctx.out.f("\n\t    ERROR: illegal length - should be {}", kLinkEventLen);
        } else {
            hexdump = false;
            ctx.out.f("\n\t    Timestamp {} ms, Errored Window {}\n\t    Errored Threshold {}"
                      "\n\t    Errors {}\n\t    Error Running Total {}\n\t    Event Running Total {}",
                      uint32_t{c.be16(off + 2)} * 100, c.be64(off + 4), c.be64(off + 12),
                      c.be64(off + 20), c.be64(off + 28), c.be32(off + 36));
        }
    }
    if (ctx.opt.vflag > 1 || hexdump) print_unknown_data(ctx, c, off, "\n\t  ", len);
}

// A TLV list (information or link events): the header line, then the body printer.
template <typename Body>
void oam_tlvs(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, std::span<const Tok> names,
              const char* what, bool check_header, Body body) {
    while (len != 0 && !ctx.truncated) {
        if (len < 2) return too_short(ctx);
        if (check_header && !c.need(off, 2)) return;
        const uint8_t type = c.u8(off);
        const uint8_t tlv_len = c.u8(off + 1);
        if (ctx.truncated) return;
        ctx.out.put("\n\t  ");
        put_tok(ctx, names, type, "Reserved");
        ctx.out.f(" {} Type ({}), length {}", what, type, tlv_len);
        if (type == 0) return;
        if (tlv_len < 2) {
            ctx.out.put("\n\t    ERROR: illegal length - should be >= 2");
            return;
        }
        if (len < tlv_len) return too_short(ctx);
        if (!c.need(off, tlv_len)) return;
        body(ctx, c, off, type, tlv_len);
        off += tlv_len;
        len -= tlv_len;
    }
}

void oam_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 3) return too_short(ctx);
    if (!c.need(0, 3)) return;
    const uint8_t code = c.u8(2);
    ctx.out.put("\n\tCode ");
    put_tok(ctx, kOamCodes, code, "Unknown ({})");
    ctx.out.put(" OAM PDU, Flags [");
    put_bits(ctx, kOamFlags, c.be16(0), ", ");
    ctx.out.put("]");
    len -= 3;
    switch (code) {
    case kCodeInfo:
        oam_tlvs(ctx, c, 3, len, kInfoTypes, "Information", true, oam_info_tlv);
        break;
    case kCodeEvent:
        if (len < 2) return too_short(ctx);
        ctx.out.f("\n\t  Sequence Number {}", c.be16(3));
        if (ctx.truncated) return;
        oam_tlvs(ctx, c, 5, len - 2, kLinkEvents, "Link Event", false, oam_event_tlv);
        break;
    case kCodeLoopback: {
        if (len < 1) return too_short(ctx);
        const uint8_t cmd = c.u8(3);
        if (ctx.truncated) return;
        ctx.out.put("\n\t  Command ");
        put_tok(ctx, kLoopbackCmds, cmd, "Unknown");
        ctx.out.f(" ({})", cmd);
        break;
    }
    default:
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, 3, "\n\t  ", len);
        break;
    }
}

}  // namespace

void slow_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "slow";
    if (length < 1) {
        ctx.out.put(ctx.opt.vflag ? "\n\t\t packet is too short" : " (packet is too short)");
        return;
    }
    const uint8_t subtype = c.u8(0);
    if (ctx.truncated) return;
    const bool versioned = subtype == kLacp || subtype == kMarker;
    if (versioned) {
        if (length < 2) {
            ctx.out.put(ctx.opt.vflag ? "\n\t\t packet is too short" : " (packet is too short)");
            return;
        }
        const uint8_t version = c.u8(1);
        if (ctx.truncated) return;
        if (version != 1) {
            ctx.out.f("{} version {} packet not supported", subtype == kLacp ? "LACP" : "MARKER",
                      version);
            return;
        }
        ctx.out.f("{}v{}, length {}", subtype == kLacp ? "LACP" : "MARKER", version, length);
    } else {
        put_tok(ctx, kSubtypes, subtype, "unknown ({})");
        ctx.out.f(", length {}", length);
    }
    if (!versioned && subtype != kOam) {
        print_unknown_data(ctx, c, 0, "\n\t", length);
        return;
    }
    if (!ctx.opt.vflag) return;
    if (subtype == kOam)
        oam_print(ctx, c.skip(1), length - 1);
    else
        lacp_marker_tlvs(ctx, c.skip(2), length - 2, subtype);
}

}  // namespace rd
