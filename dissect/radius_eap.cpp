// EAP messages (RFC 3748) carried in the RADIUS EAP-Message attribute (79), as tcpdump
// 4.99.3 prints them: code, id, length, type, and the TLS/TTLS/FAST flags and SIM/AKA
// subtypes.
#include "radius_int.hpp"

namespace rd {

namespace {

constexpr Tok kEapCodes[] = {{1, "Request"}, {2, "Response"}, {3, "Success"}, {4, "Failure"}};
constexpr Tok kEapTypes[] = {
    {1, "Identity"}, {2, "Notification"}, {3, "Nak"}, {4, "MD5-challenge"}, {5, "OTP"},
    {6, "GTC"}, {13, "TLS"}, {18, "SIM"}, {21, "TTLS"}, {23, "AKA"}, {43, "FAST"},
    {254, "Expanded types"}, {255, "Experimental"},
};
constexpr Tok kEapTlsFlags[] = {{0x80, "L bit"}, {0x40, "More fragments bit"}, {0x20, "Start bit"}};
constexpr Tok kEapAkaSubtypes[] = {
    {1, "Challenge"}, {2, "Auth reject"}, {4, "Sync failure"}, {5, "Identity"}, {10, "Start"},
    {11, "Challenge"}, {12, "Notification"}, {13, "Reauth"}, {14, "Client error"},
};

}  // namespace

void radius_eap_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length) {
    OutBuf& out = ctx.out;
    const uint8_t code = c.u8(p);
    const uint16_t len = c.be16(p + 2);
    if (ctx.truncated) return;
    if (len != length) {
        out.put("EAP fragment?");
        return;
    }
    put_tok(ctx, kEapCodes, code, "unknown");
    out.f(" ({}), id {}, len {}", code, c.u8(p + 1), len);
    if (!c.has(p, len)) {
        ctx.print_trunc();
        return;
    }
    if (code != 1 && code != 2) return;
    if (len < 5) {
        out.put(" (too short for EAP request/response)");
        return;
    }
    const uint8_t type = c.u8(p + 4);
    out.put("\n\t\t Type ");
    put_tok(ctx, kEapTypes, type, "unknown");
    out.f(" ({})", type);
    auto too_short = [&](const char* what) {
        out.f(" (too short for EAP {} request/response)", what);
    };
    switch (type) {
    case 1:
        if (len > 5) {
            out.put(", Identity: ");
            put_string_nul_padded(ctx, c, p + 5, len - 5u);
        }
        break;
    case 2:
        if (len > 5) {
            out.put(", Notification: ");
            put_string_nul_padded(ctx, c, p + 5, len - 5u);
        } else {
            too_short("Notification");
        }
        break;
    case 3:
        if (len < 6) {
            too_short("Legacy NAK");
            break;
        }
        for (uint32_t i = 5; i < len && !ctx.truncated; ++i) {
            const uint8_t t = c.u8(p + i);
            out.put(i == 5 ? " " : ", ");
            put_tok(ctx, kEapTypes, t, "unknown");
            out.f(" ({})", t);
        }
        break;
    case 13:
    case 21:
    case 43: {
        const char* what = type == 43 ? "FAST" : "TLS/TTLS";
        if (len < 6) {
            too_short(what);
            break;
        }
        const uint8_t flags = c.u8(p + 5);
        if (ctx.truncated) return;
        if (type == 21) out.f(" TTLSv{}", flags & 7);
        if (type == 43) out.f(" FASTv{}", flags & 7);
        out.put(" flags [");
        put_bits(ctx, kEapTlsFlags, flags, ", ");
        out.f("] 0x{:02x}", flags);
        if (flags & 0x80) {
            if (len < 10) {
                out.f(" (too short for EAP {} request/response with length)", what);
                break;
            }
            const uint32_t tlen = c.be32(p + 6);
            if (!ctx.truncated) out.f(", len {}", tlen);
        }
        break;
    }
    case 18:
    case 23: {
        if (len < 6) {
            too_short("SIM/AKA");
            break;
        }
        const uint8_t sub = c.u8(p + 5);
        if (ctx.truncated) return;
        out.put(" subtype [");
        put_tok(ctx, kEapAkaSubtypes, sub, "unknown");
        out.f("] 0x{:02x}", sub);
        break;
    }
    default: break;
    }
}

}  // namespace rd
