// IEEE 802.11 management frame bodies: beacons, probes, (re)association, authentication,
// deauthentication, disassociation and action frames, with the information elements
// tcpdump shows (SSID, rates, DS channel) and the checks it makes on the others.
#include "ieee80211.hpp"

namespace rd::wlan {

namespace {

enum : uint32_t {
    kAssocReq = 0x0, kAssocResp = 0x1, kReassocReq = 0x2, kReassocResp = 0x3,
    kProbeReq = 0x4, kProbeResp = 0x5, kBeacon = 0x8, kAtim = 0x9, kDisassoc = 0xa,
    kAuth = 0xb, kDeauth = 0xc, kAction = 0xd,
};

constexpr Tok kMgmtNames[] = {
    {kAssocReq, "Assoc Request"},     {kAssocResp, "Assoc Response"},
    {kReassocReq, "ReAssoc Request"}, {kReassocResp, "ReAssoc Response"},
    {kProbeReq, "Probe Request"},     {kProbeResp, "Probe Response"},
    {kBeacon, "Beacon"},              {kAtim, "ATIM"},
    {kDisassoc, "Disassociation"},    {kAuth, "Authentication"},
    {kDeauth, "DeAuthentication"},    {kAction, "Action"},
};

// Status and reason code texts, as tcpdump 4.99.3 prints them.
#include "ieee80211_codes.inc"

constexpr const char* kAuthAlgs[] = {"Open System", "Shared Key", "EAP"};

constexpr uint16_t kCapEss = 0x0001, kCapPrivacy = 0x0010;

// Element IDs tcpdump looks into.
enum : uint8_t { kEidSsid = 0, kEidRates = 1, kEidDs = 3, kEidCf = 4, kEidTim = 5, kEidChallenge = 16 };

// What the elements of a body say (the first of each kind counts).
struct Elements {
    bool ssid_present = false;
    std::span<const uint8_t> ssid;
    bool rates_present = false;
    std::span<const uint8_t> rates;
    bool ds_present = false;
    uint8_t channel = 0;
};

// Walks the elements from off to the end of the body (length bytes on the wire from
// off). False when one is cut short or too long for tcpdump's buffers.
bool parse_elements(Elements& el, const Cursor& b, size_t off, uint32_t length) {
    while (length != 0) {
        if (!b.has(off, 2) || length < 2) return false;
        const uint32_t elen = b.u8(off + 1);
        if (!b.has(off + 2, elen) || length < elen + 2) return false;
        const uint8_t id = b.u8(off);
        const auto data = b.bytes(off + 2, elen);
        switch (id) {
        case kEidSsid:
            if (elen > 32) return false;
            if (!el.ssid_present) {
                el.ssid = data;
                el.ssid_present = true;
            }
            break;
        case kEidChallenge:
            if (elen > 253) return false;
            break;
        case kEidRates:
            if (elen > 16) return false;
            // Some devices send an empty rates element before the real one.
            if (!el.rates_present && elen != 0) {
                el.rates = data;
                el.rates_present = true;
            }
            break;
        case kEidDs:
            if (elen == 1 && !el.ds_present) {
                el.channel = data[0];
                el.ds_present = true;
            }
            break;
        case kEidTim:
            if (elen > 3 && elen - 3 > 251) return false;
            break;
        default:  // kEidCf and the rest are skipped
            break;
        }
        off += 2 + elen;
        length -= 2 + elen;
    }
    return true;
}

void ssid_text(Ctx& ctx, const Elements& el) {
    if (!el.ssid_present) return;
    ctx.out.put(" (");
    for (uint8_t ch : el.ssid) {
        if (ch == 0) break;  // tcpdump keeps the SSID as a C string
        put_char_escaped(ctx.out, ch);
    }
    ctx.out.put(')');
}

void rates_text(Ctx& ctx, const Elements& el) {
    if (!el.rates_present) return;
    const char* sep = " [";
    for (uint8_t r : el.rates) {
        const unsigned half = r & 0x7f;  // units of 500 kb/s
        ctx.out.f("{}{}.{}{}", sep, half / 2, (half & 1) ? 5 : 0, (r & 0x80) ? "*" : "");
        sep = " ";
    }
    ctx.out.put(" Mbit]");
}

void channel_text(Ctx& ctx, const Elements& el, uint16_t cap) {
    if (el.ds_present) ctx.out.f(" CH: {}", el.channel);
    if (cap & kCapPrivacy) ctx.out.put(", PRIVACY");
}

const char* status_text(uint16_t s) {
    return s < std::size(kStatusText) ? kStatusText[s] : "n/a";
}

const char* reason_text(uint16_t r) {
    return r < std::size(kReasonText) ? kReasonText[r] : "Reserved";
}

// Fixed fields of n bytes at the start of the body: captured and on the wire.
bool fixed_ok(const Cursor& b, uint32_t length, uint32_t n) { return b.has(0, n) && length >= n; }

bool beacon_print(Ctx& ctx, const Cursor& b, uint32_t length, bool is_beacon) {
    if (!fixed_ok(b, length, 12)) return false;
    const uint16_t cap = b.le16(10);
    Elements el;
    const bool ok = parse_elements(el, b, 12, length - 12);
    ssid_text(ctx, el);
    rates_text(ctx, el);
    if (is_beacon) ctx.out.put((cap & kCapEss) ? " ESS" : " IBSS");
    channel_text(ctx, el, cap);
    return ok;
}

bool assoc_request_print(Ctx& ctx, const Cursor& b, uint32_t length) {
    if (!fixed_ok(b, length, 4)) return false;
    Elements el;
    const bool ok = parse_elements(el, b, 4, length - 4);
    ssid_text(ctx, el);
    rates_text(ctx, el);
    return ok;
}

bool assoc_response_print(Ctx& ctx, const Cursor& b, uint32_t length) {
    if (!fixed_ok(b, length, 6)) return false;
    const uint16_t cap = b.le16(0), status = b.le16(2), aid = b.le16(4);
    Elements el;
    const bool ok = parse_elements(el, b, 6, length - 6);
    ctx.out.f(" AID({:x}) :{}: {}", aid & 0x3fff, (cap & kCapPrivacy) ? " PRIVACY " : "",
              status_text(status));
    return ok;
}

bool reassoc_request_print(Ctx& ctx, const Cursor& b, uint32_t length) {
    if (!fixed_ok(b, length, 10)) return false;
    Elements el;
    const bool ok = parse_elements(el, b, 10, length - 10);
    ssid_text(ctx, el);
    ctx.out.put(" AP : ");
    put_mac_at(ctx, b, 4);
    return ok;
}

bool probe_request_print(Ctx& ctx, const Cursor& b, uint32_t length) {
    Elements el;
    const bool ok = parse_elements(el, b, 0, length);
    ssid_text(ctx, el);
    rates_text(ctx, el);
    return ok;
}

bool disassoc_print(Ctx& ctx, const Cursor& b, uint32_t length) {
    if (!fixed_ok(b, length, 2)) return false;
    ctx.out.f(": {}", reason_text(b.le16(0)));
    return true;
}

bool auth_print(Ctx& ctx, const Cursor& b, uint32_t length) {
    if (!fixed_ok(b, length, 6)) return false;
    const uint16_t alg = b.le16(0), seq = b.le16(2), status = b.le16(4);
    Elements el;
    const bool ok = parse_elements(el, b, 6, length - 6);
    const char* alg_text = alg < std::size(kAuthAlgs) ? kAuthAlgs[alg] : "Reserved";
    const char* st = (seq % 2) ? status_text(status) : "";
    if (alg == 1 && (seq == 2 || seq == 3))
        ctx.out.f(" ({})-{:x} [Challenge Text] {}", alg_text, seq, st);
    else
        ctx.out.f(" ({})-{:x}: {}", alg_text, seq, st);
    return ok;
}

// "(SA): " before the text of deauthentication and action frames (only the ": " with -e,
// where the addresses are already shown).
void source_text(Ctx& ctx, const Cursor& frame) {
    if (ctx.opt.eflag) {
        ctx.out.put(": ");
    } else {
        ctx.out.put(" (");
        put_mac_at(ctx, frame, 10);
        ctx.out.put("): ");
    }
}

bool deauth_print(Ctx& ctx, const Cursor& frame, const Cursor& b, uint32_t length) {
    if (!fixed_ok(b, length, 2)) return false;
    const uint16_t reason = b.le16(0);
    source_text(ctx, frame);
    ctx.out.put(reason_text(reason));
    return true;
}

// Action names by category: the actions each category names (others are "Act#N").
struct ActionCategory {
    uint8_t category;
    const char* name;  // printed before the action, followed by a space if named
    std::span<const Tok> actions;
};

constexpr Tok kBaActions[] = {{0, "ADDBA Request"}, {1, "ADDBA Response"}, {2, "DELBA"}};
constexpr Tok kHtActions[] = {{0, "TxChWidth"}, {1, "MIMOPwrSave"}};
constexpr Tok kMeshActions[] = {
    {0, "MeshLink"},           {1, "HWMP"},
    {2, "Gate Announcement"},  {3, "Congestion Control"},
    {4, "MCCA Setup Request"}, {5, "MCCA Setup Reply"},
    {6, "MCCA Advertisement Request"}, {7, "MCCA Advertisement"},
    {8, "MCCA Teardown"},      {9, "TBTT Adjustment Request"},
    {10, "TBTT Adjustment Response"},
};
constexpr Tok kMultihopActions[] = {{0, "Proxy Update"}, {1, "Proxy Update Confirmation"}};
constexpr Tok kSelfProtActions[] = {
    {1, "Peering Open"}, {2, "Peering Confirm"}, {3, "Peering Close"},
    {4, "Group Key Inform"}, {5, "Group Key Acknowledge"},
};

constexpr ActionCategory kCategories[] = {
    {0, "Spectrum Management", {}},
    {1, "QoS", {}},
    {2, "DLS", {}},
    {3, "BA", kBaActions},
    {7, "HT", kHtActions},
    {13, "MeshAction", kMeshActions},
    {14, "MultiohopAction", kMultihopActions},
    {15, "SelfprotectAction", kSelfProtActions},
    {127, "Vendor", {}},
};

bool action_print(Ctx& ctx, const Cursor& frame, const Cursor& b, uint32_t length) {
    if (!fixed_ok(b, length, 2)) return false;
    source_text(ctx, frame);
    const uint8_t cat = b.u8(0), act = b.u8(1);
    for (const auto& k : kCategories) {
        if (k.category != cat) continue;
        ctx.out.put(k.name);
        ctx.out.put(' ');
        if (const char* n = tok_lookup(k.actions, act))
            ctx.out.put(n);
        else
            ctx.out.f("Act#{}", act);
        return true;
    }
    ctx.out.f("Reserved({}) Act#{}", cat, act);
    return true;
}

}  // namespace

bool mgmt_body_print(Ctx& ctx, uint16_t fc, const Cursor& frame, const Cursor& body,
                     uint32_t length) {
    const uint32_t sub = fc_subtype(fc);
    put_tok(ctx, kMgmtNames, sub, "Unhandled Management subtype({:x})");
    // Protected management frames: only the IV is readable.
    if (fc & kFcProtected) return wep_print(ctx, body);
    switch (sub) {
    case kAssocReq:
        return assoc_request_print(ctx, body, length);
    case kAssocResp:
    case kReassocResp:
        return assoc_response_print(ctx, body, length);
    case kReassocReq:
        return reassoc_request_print(ctx, body, length);
    case kProbeReq:
        return probe_request_print(ctx, body, length);
    case kProbeResp:
        return beacon_print(ctx, body, length, false);
    case kBeacon:
        return beacon_print(ctx, body, length, true);
    case kDisassoc:
        return disassoc_print(ctx, body, length);
    case kAuth:
        return auth_print(ctx, body, length);
    case kDeauth:
        return deauth_print(ctx, frame, body, length);
    case kAction:
        return action_print(ctx, frame, body, length);
    default:  // ATIM has no body; reserved subtypes are only named
        return true;
    }
}

}  // namespace rd::wlan
