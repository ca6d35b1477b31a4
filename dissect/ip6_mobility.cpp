// IPv6 mobility header (RFC 6275) and its options.
#include "ip6.hpp"

namespace rd::ip6 {

namespace {

constexpr uint32_t kMinLen = 8;
// Smallest header for each message type, BRR .. BE.
constexpr uint32_t kTypeMinLen[] = {kMinLen,      kMinLen + 8,  kMinLen + 8, kMinLen + 16,
                                    kMinLen + 16, kMinLen + 4,  kMinLen + 4, kMinLen + 16};
constexpr Tok kTypes[] = {{0, "BRR"}, {1, "HoTI"}, {2, "CoTI"}, {3, "HoT"},
                          {4, "CoT"}, {5, "BU"},   {6, "BA"},   {7, "BE"}};
constexpr Tok kBuFlags[] = {{0x08, "A"}, {0x04, "H"}, {0x02, "L"}, {0x01, "K"}};

// Options after the fixed part; false when one is cut short (the caller prints the
// truncation marker).
bool options_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    uint32_t optlen = 0;
    for (uint32_t i = 0; i < len; i += optlen) {
        const uint8_t type = c.u8(i);
        if (ctx.truncated) return true;
        if (type == 0) {
            optlen = 1;
        } else {
            if (i + 1 >= len) return false;
            optlen = c.u8(i + 1) + 2u;
            if (ctx.truncated) return true;
        }
        if (i + optlen > len) return false;
        // tcpdump checks the byte after the option, not its last byte.
        if (!c.has(i + optlen, 1)) return false;
        switch (type) {
        case 0:
            out.put("(pad1)");
            break;
        case 1:
            out.put("(padn)");
            break;
        case 2:
            if (len - i < 4) {
                out.put("(refresh: trunc)");
                return false;
            }
            out.f("(refresh: {})", uint32_t{c.be16(i + 2)} << 2);
            break;
        case 3: {
            if (len - i < 18) {
                out.put("(altcoa: trunc)");
                return false;
            }
            const auto a = c.bytes(i + 2, 16);
            if (a.empty()) return true;
            out.put("(alt-CoA: ");
            put_addr(ctx, a);
            out.put(')');
            break;
        }
        case 4: {
            if (len - i < 6) {
                out.put("(ni: trunc)");
                return false;
            }
            const uint16_t ho = c.be16(i + 2), co = c.be16(i + 4);
            if (ctx.truncated) return true;
            out.f("(ni: ho=0x{:04x} co=0x{:04x})", ho, co);
            break;
        }
        case 5:
            if (len - i < 12) {
                out.put("(auth: trunc)");
                return false;
            }
            out.put("(auth)");
            break;
        default:
            out.f("(type-0x{:02x}: len={})", type, c.u8(i + 1));
            break;
        }
    }
    return true;
}

void cookie_print(Ctx& ctx, const Cursor& c, uint32_t off, const char* who, const char* what) {
    const uint32_t a = c.be32(off), b = c.be32(off + 4);
    if (ctx.truncated) return;
    ctx.out.f(" {} {}={:08x}:{:08x}", who, what, a, b);
}

}  // namespace

int mobility_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    ctx.proto = "mobility";
    if (!c.has(1, 1)) {
        ctx.print_trunc();
        return -1;
    }
    const uint32_t mhlen = (c.u8(1) + 1u) << 3;
    const uint8_t type = c.u8(2);
    if (ctx.truncated) return -1;
    if (type < std::size(kTypeMinLen) && mhlen < kTypeMinLen[type]) {
        out.f("(header length {} is too small for type {})", mhlen, type);
        ctx.print_trunc();
        return -1;
    }
    out.put("mobility: ");
    put_tok(ctx, kTypes, type, "type-#{}");
    uint32_t hlen = kMinLen;
    const bool v = ctx.opt.vflag != 0;
    switch (type) {
    case 0:
        break;
    case 1:
    case 2:
        if (v) cookie_print(ctx, c, hlen, type == 1 ? "Home" : "Care-of", "Init Cookie");
        hlen += 8;
        break;
    case 3:
    case 4: {
        const uint16_t nonce = c.be16(6);
        if (ctx.truncated) return -1;
        out.f(" nonce id=0x{:x}", nonce);
        const char* who = type == 3 ? "Home" : "Care-of";
        if (v) cookie_print(ctx, c, hlen, who, "Init Cookie");
        hlen += 8;
        if (v) cookie_print(ctx, c, hlen, who, "Keygen Token");
        hlen += 8;
        break;
    }
    case 5: {
        const uint16_t seq = c.be16(6);
        if (ctx.truncated) return -1;
        out.f(" seq#={}", seq);
        if (!c.has(hlen, 2)) {
            ctx.print_trunc();
            return -1;
        }
        const uint8_t bits = c.u8(hlen) >> 4;
        if (bits) {
            out.put(' ');
            put_bits(ctx, kBuFlags, bits, "", "bits-#0x{:x}");
        }
        hlen += 2;
        const uint16_t life = c.be16(hlen);
        if (ctx.truncated) return -1;
        out.f(" lifetime={}", uint32_t{life} << 2);
        hlen += 2;
        break;
    }
    case 6: {
        const uint8_t status = c.u8(6);
        if (ctx.truncated) return -1;
        out.f(" status={}", status);
        const uint8_t k = c.u8(7);
        if (ctx.truncated) return -1;
        if (k & 0x80) out.put(" K");
        const uint16_t seq = c.be16(hlen);
        if (ctx.truncated) return -1;
        out.f(" seq#={}", seq);
        hlen += 2;
        const uint16_t life = c.be16(hlen);
        if (ctx.truncated) return -1;
        out.f(" lifetime={}", uint32_t{life} << 2);
        hlen += 2;
        break;
    }
    case 7: {
        const uint8_t status = c.u8(6);
        if (ctx.truncated) return -1;
        out.f(" status={}", status);
        const auto a = c.bytes(hlen, 16);
        if (a.empty()) return -1;
        out.put(" homeaddr ");
        put_addr(ctx, a);
        hlen += 16;
        break;
    }
    default:
        out.f(" len={}", c.u8(1));
        return static_cast<int>(mhlen);
    }
    if (ctx.truncated) return -1;
    if (v && !options_print(ctx, c.skip(hlen), mhlen - hlen)) {
        ctx.print_trunc();
        return -1;
    }
    return static_cast<int>(mhlen);
}

}  // namespace rd::ip6
