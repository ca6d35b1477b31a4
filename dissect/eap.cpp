// EAPOL frames (IEEE 802.1X) and the EAP packets (RFC 3748) they carry, as tcpdump
// 4.99.3 prints them: the EAPOL header, and with -v the EAP code, identifier, length,
// type and the TLS/TTLS/FAST flags or SIM/AKA subtype.
#include "eap.hpp"

namespace rd {

namespace {

constexpr uint32_t kEapolHeaderLen = 4;

constexpr Tok kFrameTypes[] = {{0, "EAP packet"}, {1, "EAPOL start"}, {2, "EAPOL logoff"},
                               {3, "EAPOL key"},  {4, "Encapsulated ASF alert"}};
constexpr Tok kCodes[] = {{1, "Request"}, {2, "Response"}, {3, "Success"}, {4, "Failure"}};
constexpr Tok kTypes[] = {
    {0, "No proposed"}, {1, "Identity"}, {2, "Notification"}, {3, "Nak"},
    {4, "MD5-challenge"}, {5, "OTP"}, {6, "GTC"}, {13, "TLS"}, {18, "SIM"}, {21, "TTLS"},
    {23, "AKA"}, {43, "FAST"}, {254, "Expanded types"}, {255, "Experimental"},
};
constexpr Tok kTlsFlags[] = {{0x80, "L bit"}, {0x40, "More fragments bit"}, {0x20, "Start bit"}};
constexpr Tok kSimAkaSubtypes[] = {
    {1, "Challenge"}, {2, "Auth reject"}, {4, "Sync failure"}, {5, "Identity"}, {10, "Start"},
    {11, "Challenge"}, {12, "Notification"}, {13, "Reauth"}, {14, "Client error"},
};

enum : uint8_t { kRequest = 1, kResponse = 2 };
enum : uint8_t { kIdentity = 1, kNotification = 2, kNak = 3, kTls = 13, kSim = 18, kTtls = 21,
                 kAka = 23, kFast = 43 };

void too_short(Ctx& ctx, const char* what) {
    ctx.out.f(" (too short for EAP {} request/response)", what);
}

// TLS, TTLS and FAST: version (TTLS, FAST), flags, and the length when the L bit is set.
void tls_flags(Ctx& ctx, const Cursor& c, uint8_t type, uint16_t len) {
    const char* what = type == kFast ? "FAST" : "TLS/TTLS";
    if (len < 6) return too_short(ctx, what);
    const uint8_t flags = c.u8(5);
    if (ctx.truncated) return;
    if (type == kTtls) ctx.out.f(" TTLSv{}", flags & 7);
    if (type == kFast) ctx.out.f(" FASTv{}", flags & 7);
    ctx.out.put(" flags [");
    put_bits(ctx, kTlsFlags, flags, ", ");
    ctx.out.f("] 0x{:02x}", flags);
    if (flags & 0x80) {
        if (len < 10) {
            ctx.out.f(" (too short for EAP {} request/response with length)", what);
            return;
        }
        const uint32_t tls_len = c.be32(6);
        if (!ctx.truncated) ctx.out.f(", len {}", tls_len);
    }
}

// One EAP packet whose EAPOL body length is `length`.
void eap_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    const uint8_t code = c.u8(0);
    const uint16_t len = c.be16(2);
    if (ctx.truncated) return;
    if (len != length) {
        out.put("EAP fragment?");  // a fragment need not start with an EAP header
        return;
    }
    put_tok(ctx, kCodes, code, "unknown");
    out.f(" ({}), id {}, len {}", code, c.u8(1), len);
    if (len < 4) {
        out.put(" (too short for EAP header)");
        return;
    }
    if (!c.has(0, len)) return ctx.print_trunc();
    if (code != kRequest && code != kResponse) return;
    if (len < 5) {
        out.put(" (too short for EAP request/response)");
        return;
    }
    const uint8_t type = c.u8(4);
    out.put("\n\t\t Type ");
    put_tok(ctx, kTypes, type, "unknown");
    out.f(" ({})", type);
    switch (type) {
    case kIdentity:
        if (len > 5) {
            out.put(", Identity: ");
            put_string_nul_padded(ctx, c, 5, len - 5u);
        }
        break;
    case kNotification:
        if (len < 6) return too_short(ctx, "Notification");
        out.put(", Notification: ");
        put_string_nul_padded(ctx, c, 5, len - 5u);
        break;
    case kNak:
        // The authentication types the peer wants instead, one byte each.
        if (len < 6) return too_short(ctx, "Legacy NAK");
        for (uint32_t i = 5; i < len && !ctx.truncated; ++i) {
            const uint8_t t = c.u8(i);
            if (ctx.truncated) return;
            out.put(i == 5 ? " " : ", ");
            put_tok(ctx, kTypes, t, "unknown");
            out.f(" ({})", t);
        }
        break;
    case kTls:
    case kTtls:
    case kFast:
        tls_flags(ctx, c, type, len);
        break;
    case kSim:
    case kAka: {
        if (len < 6) return too_short(ctx, "SIM/AKA");
        const uint8_t sub = c.u8(5);
        if (ctx.truncated) return;
        out.put(" subtype [");
        put_tok(ctx, kSimAkaSubtypes, sub, "unknown");
        out.f("] 0x{:02x}", sub);
        break;
    }
    default: break;
    }
}

}  // namespace

void eapol_print(Ctx& ctx, Cursor c, uint32_t) {
    OutBuf& out = ctx.out;
    ctx.proto = "eap";
    if (!c.has(0, kEapolHeaderLen)) return ctx.print_trunc();
    const uint8_t type = c.u8(1);
    const uint16_t body_len = c.be16(2);
    put_tok(ctx, kFrameTypes, type, "unknown");
    out.f(" ({}) v{}, len {}", type, c.u8(0), body_len);
    if (ctx.opt.vflag < 1 || type != 0) return;
    if (body_len == 0) return ctx.print_trunc();
    out.put(", ");
    eap_print(ctx, c.skip(kEapolHeaderLen), body_len);
}

}  // namespace rd
