// IEEE 802.11 frames: frame control, header lengths, the -e header text (addresses by
// ToDS/FromDS, flags, duration, mesh control), control frames and data frames (the
// LLC payload goes to the LLC/SNAP printer); the Prism and AVS capture headers.
// Management frame bodies are in ieee80211_mgmt.cpp, radiotap in radiotap.cpp.
#include "ieee80211.hpp"

namespace rd {

using namespace wlan;

namespace {

// Frame control flag bits.
constexpr uint16_t kFcToDs = 0x0100, kFcFromDs = 0x0200, kFcMoreFrag = 0x0400,
                   kFcRetry = 0x0800, kFcPwrMgmt = 0x1000, kFcMoreData = 0x2000,
                   kFcOrder = 0x8000;

// Control frame subtypes.
enum : uint32_t {
    kCtrlWrapper = 0x7, kCtrlBar = 0x8, kCtrlBa = 0x9, kCtrlPsPoll = 0xa, kCtrlRts = 0xb,
    kCtrlCts = 0xc, kCtrlAck = 0xd, kCtrlCfEnd = 0xe, kCtrlCfEndAck = 0xf,
};

constexpr Tok kCtrlNames[] = {
    {kCtrlWrapper, "Control Wrapper"}, {kCtrlBar, "BAR"},
    {kCtrlBa, "BA"},                   {kCtrlPsPoll, "Power Save-Poll"},
    {kCtrlRts, "Request-To-Send"},     {kCtrlCts, "Clear-To-Send"},
    {kCtrlAck, "Acknowledgment"},      {kCtrlCfEnd, "CF-End"},
    {kCtrlCfEndAck, "CF-End+CF-Ack"},
};

// Data subtype bits: CF-Ack, CF-Poll, no data, QoS.
constexpr uint32_t kDataCfAck = 0x1, kDataCfPoll = 0x2, kDataNull = 0x4, kDataQos = 0x8;

// Address offsets in the MAC header.
constexpr size_t kAddr1 = 4, kAddr2 = 10, kAddr3 = 16, kAddr4 = 24;

constexpr uint32_t kPrismHdrLen = 144;
constexpr uint32_t kAvsCookieV1 = 0x80211001, kAvsCookieV2 = 0x80211002;

// Header length of the frame, or 0 (after a message) when the type is unknown.
uint32_t header_length(Ctx& ctx, uint16_t fc) {
    const uint32_t sub = fc_subtype(fc);
    switch (fc_type(fc)) {
    case kTypeMgmt:
        return 24;
    case kTypeCtrl:
        switch (sub) {
        case kCtrlWrapper: return 16;  // tcpdump's size for it (fc, dur, addr1, 2 + 4)
        case kCtrlBar: return 20;
        case kCtrlBa: return 10;
        case kCtrlPsPoll: return 16;
        case kCtrlRts: return 16;
        case kCtrlCts: return 10;
        case kCtrlAck: return 10;
        case kCtrlCfEnd: return 16;
        case kCtrlCfEndAck: return 16;
        default:
            ctx.out.f("unknown 802.11 ctrl frame subtype ({})", sub);
            return 0;
        }
    case kTypeData: {
        uint32_t len = ((fc & kFcToDs) && (fc & kFcFromDs)) ? 30 : 24;
        if (sub & kDataQos) len += 2;
        return len;
    }
    default:
        ctx.out.f("unknown 802.11 frame type ({})", fc_type(fc));
        return 0;
    }
}

void mac_text(Ctx& ctx, const char* label, const Cursor& c, size_t off) {
    ctx.out.put(label);
    put_mac_at(ctx, c, off);
    ctx.out.put(' ');
}

void data_header_text(Ctx& ctx, uint16_t fc, const Cursor& c) {
    const uint32_t sub = fc_subtype(fc);
    if (sub & (kDataCfAck | kDataCfPoll | kDataQos)) {
        ctx.out.put("CF ");
        if (sub & kDataCfAck)
            ctx.out.put((sub & kDataCfPoll) ? "Ack/Poll" : "Ack");
        else if (sub & kDataCfPoll)
            ctx.out.put("Poll");
        if (sub & kDataQos) ctx.out.put("+QoS");
        ctx.out.put(' ');
    }
    const bool to_ds = fc & kFcToDs, from_ds = fc & kFcFromDs;
    if (!to_ds && !from_ds) {
        mac_text(ctx, "DA:", c, kAddr1);
        mac_text(ctx, "SA:", c, kAddr2);
        mac_text(ctx, "BSSID:", c, kAddr3);
    } else if (!to_ds) {
        mac_text(ctx, "DA:", c, kAddr1);
        mac_text(ctx, "BSSID:", c, kAddr2);
        mac_text(ctx, "SA:", c, kAddr3);
    } else if (!from_ds) {
        mac_text(ctx, "BSSID:", c, kAddr1);
        mac_text(ctx, "SA:", c, kAddr2);
        mac_text(ctx, "DA:", c, kAddr3);
    } else {
        mac_text(ctx, "RA:", c, kAddr1);
        mac_text(ctx, "TA:", c, kAddr2);
        mac_text(ctx, "DA:", c, kAddr3);
        mac_text(ctx, "SA:", c, kAddr4);
    }
}

void ctrl_header_text(Ctx& ctx, uint16_t fc, const Cursor& c) {
    switch (fc_subtype(fc)) {
    case kCtrlBar:
        ctx.out.put(' ');
        mac_text(ctx, "RA:", c, kAddr1);
        mac_text(ctx, "TA:", c, kAddr2);
        ctx.out.f("CTL({:x}) ", c.le16(16));
        ctx.out.f("SEQ({}) ", c.le16(18));
        break;
    case kCtrlBa:
    case kCtrlCts:
    case kCtrlAck:
        mac_text(ctx, "RA:", c, kAddr1);
        break;
    case kCtrlPsPoll:
        mac_text(ctx, "BSSID:", c, kAddr1);
        mac_text(ctx, "TA:", c, kAddr2);
        break;
    case kCtrlRts:
        mac_text(ctx, "RA:", c, kAddr1);
        mac_text(ctx, "TA:", c, kAddr2);
        break;
    case kCtrlCfEnd:
    case kCtrlCfEndAck:
        mac_text(ctx, "RA:", c, kAddr1);
        mac_text(ctx, "BSSID:", c, kAddr2);
        break;
    default:
        break;
    }
}

// The -e text: flags and duration (-v), the mesh control field, the addresses.
void header_text(Ctx& ctx, uint16_t fc, const Cursor& c, uint32_t hdrlen, uint32_t meshdrlen) {
    if (ctx.opt.vflag) {
        if (fc & kFcMoreData) ctx.out.put("More Data ");
        if (fc & kFcMoreFrag) ctx.out.put("More Fragments ");
        if (fc & kFcPwrMgmt) ctx.out.put("Pwr Mgmt ");
        if (fc & kFcRetry) ctx.out.put("Retry ");
        if (fc & kFcOrder) ctx.out.put("Strictly Ordered ");
        if (fc & kFcProtected) ctx.out.put("Protected ");
        if (fc_type(fc) != kTypeCtrl || fc_subtype(fc) != kCtrlPsPoll)
            ctx.out.f("{}us ", c.le16(2));
    }
    if (meshdrlen != 0) {
        const size_t m = hdrlen - meshdrlen;
        const uint32_t ae = c.u8(m) & 3;
        ctx.out.f("MeshData (AE {} TTL {} seq {}", ae, c.u8(m + 1), c.le32(m + 2));
        static constexpr const char* kExtra[] = {" A4:", " A5:", " A6:"};
        for (uint32_t i = 0; i < ae; ++i) {
            ctx.out.put(kExtra[i]);
            put_mac_at(ctx, c, m + 6 + 6 * i);
        }
        ctx.out.put(") ");
    }
    switch (fc_type(fc)) {
    case kTypeMgmt:
        mac_text(ctx, "BSSID:", c, kAddr3);
        mac_text(ctx, "DA:", c, kAddr1);
        mac_text(ctx, "SA:", c, kAddr2);
        break;
    case kTypeCtrl:
        ctrl_header_text(ctx, fc, c);
        break;
    case kTypeData:
        data_header_text(ctx, fc, c);
        break;
    default:
        break;
    }
}

// Control frame text after the header checks (which cover every field read here).
void ctrl_body_print(Ctx& ctx, uint16_t fc, const Cursor& c) {
    const uint32_t sub = fc_subtype(fc);
    put_tok(ctx, kCtrlNames, sub, "Unknown Ctrl Subtype");
    const bool e = ctx.opt.eflag;
    switch (sub) {
    case kCtrlBar:
        if (!e) {
            ctx.out.put(' ');
            mac_text(ctx, "RA:", c, kAddr1);
            mac_text(ctx, "TA:", c, kAddr2);
            ctx.out.f("CTL({:x}) SEQ({}) ", c.le16(16), c.le16(18));
        }
        break;
    case kCtrlPsPoll:
        ctx.out.f(" AID({:x})", c.le16(2));
        break;
    case kCtrlRts:
        if (!e) {
            ctx.out.put(' ');
            mac_text(ctx, "TA:", c, kAddr2);
        }
        break;
    case kCtrlBa:
    case kCtrlCts:
    case kCtrlAck:
    case kCtrlCfEnd:
    case kCtrlCfEndAck:
        if (!e) {
            ctx.out.put(' ');
            mac_text(ctx, "RA:", c, kAddr1);
        }
        break;
    default:
        break;
    }
}

// Source and destination of a data frame by ToDS/FromDS.
LinkAddrs data_addrs(uint16_t fc, const Cursor& c) {
    const bool to_ds = fc & kFcToDs, from_ds = fc & kFcFromDs;
    const size_t src = !to_ds ? (from_ds ? kAddr3 : kAddr2) : (from_ds ? kAddr4 : kAddr2);
    const size_t dst = !to_ds ? kAddr1 : kAddr3;
    return LinkAddrs{c.bytes(src, 6), c.bytes(dst, 6)};
}

}  // namespace

namespace wlan {

bool wep_print(Ctx& ctx, const Cursor& body) {
    if (!body.has(0, 4)) return false;
    const uint32_t iv = body.le32(0);
    ctx.out.f(" IV:{:3x} Pad {:x} KeyID {:x}", iv & 0xffffff, (iv >> 24) & 0x3f, (iv >> 30) & 0x3);
    return true;
}

}  // namespace wlan

uint32_t ieee802_11_print(Ctx& ctx, Cursor c, uint32_t length, bool pad, uint32_t fcslen) {
    ctx.proto = "802.11";
    const uint32_t orig_caplen = static_cast<uint32_t>(c.size());
    uint32_t caplen = orig_caplen;
    if (length < fcslen) {
        ctx.print_trunc();
        return caplen;
    }
    length -= fcslen;
    if (caplen > length) {
        // The FCS (what is captured of it) is not part of the frame.
        caplen = length;
        c = c.limit(length);
    }
    if (caplen < 2) {
        ctx.print_trunc();
        return orig_caplen;
    }
    const uint16_t fc = c.le16(0);
    uint32_t hdrlen = header_length(ctx, fc);
    if (hdrlen == 0) return 0;
    if (pad) hdrlen = (hdrlen + 3) & ~3u;
    uint32_t meshdrlen = 0;
    if (ctx.opt.Hflag && fc_type(fc) == kTypeData && (fc_subtype(fc) & kDataQos)) {
        // -H: a mesh control field may follow the QoS header.
        if (!c.has(hdrlen, 1)) {
            ctx.print_trunc();
            return hdrlen;
        }
        const uint8_t mflags = c.u8(hdrlen);
        meshdrlen = (mflags & ~3u) ? 0 : 6 * (1 + (mflags & 3u));
        hdrlen += meshdrlen;
    }
    if (caplen < hdrlen) {
        ctx.print_trunc();
        return hdrlen;
    }
    if (ctx.opt.eflag) header_text(ctx, fc, c, hdrlen, meshdrlen);

    length -= hdrlen;
    caplen -= hdrlen;
    const Cursor body = c.skip(hdrlen);
    switch (fc_type(fc)) {
    case kTypeMgmt:
        if (!mgmt_body_print(ctx, fc, c, body, length)) {
            ctx.print_trunc();
            return hdrlen;
        }
        break;
    case kTypeCtrl:
        ctrl_body_print(ctx, fc, c);
        break;
    case kTypeData: {
        if (fc_subtype(fc) & kDataNull) return hdrlen;  // no payload
        if (fc & kFcProtected) {
            ctx.out.put("Data");
            if (!wep_print(ctx, body)) {
                ctx.print_trunc();
                return hdrlen;
            }
            break;
        }
        hdrlen += llc_or_dump(ctx, body, length, data_addrs(fc, c));
        break;
    }
    default:
        break;
    }
    return hdrlen;
}

uint32_t ieee802_11_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    return ieee802_11_print(ctx, c, wirelen, false, 0);
}

namespace {

// The AVS capture header: a cookie, then its own length (big-endian) at offset 4.
uint32_t avs_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "802.11_radio_avs";
    const uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < 8) {
        ctx.print_trunc();
        return caplen;
    }
    const uint32_t caphdr_len = c.be32(4);
    if (caphdr_len < 8 || caplen < caphdr_len) {
        ctx.print_trunc();
        return caplen;
    }
    return caphdr_len + ieee802_11_print(ctx, c.skip(caphdr_len), length - caphdr_len, false, 0);
}

}  // namespace

uint32_t ieee802_11_radio_avs_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    return avs_print(ctx, c, wirelen);
}

uint32_t prism_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "prism";
    const uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < 4) {
        ctx.print_trunc();
        return caplen;
    }
    // Linux uses the Prism ARPHRD for AVS headers too: the cookie tells them apart.
    const uint32_t msgcode = c.be32(0);
    if (msgcode == kAvsCookieV1 || msgcode == kAvsCookieV2) return avs_print(ctx, c, wirelen);
    if (caplen < kPrismHdrLen) {
        ctx.print_trunc();
        return caplen;
    }
    return kPrismHdrLen +
           ieee802_11_print(ctx, c.skip(kPrismHdrLen), wirelen - kPrismHdrLen, false, 0);
}

}  // namespace rd
