// Solaris ipnet link type: a 24-byte header (version, family, zones...) before an IPv4
// or IPv6 datagram.
#include "protos.hpp"

namespace rd {

namespace {
constexpr uint32_t kHdrLen = 24;
constexpr uint8_t kAfInet = 2, kAfInet6 = 26;
constexpr Tok kFamilies[] = {{kAfInet, "IPv4"}, {kAfInet6, "IPv6"}};

void header_text(Ctx& ctx, const Cursor& c, uint32_t length) {
    const uint32_t zsrc = c.be32(16), zdst = c.be32(20);
    const uint8_t family = c.u8(1);
    if (ctx.truncated) return;
    ctx.out.f("{} > {}", zsrc, zdst);
    if (!ctx.opt.qflag) {
        ctx.out.put(", family ");
        put_tok(ctx, kFamilies, family, "Unknown");
        ctx.out.f(" ({})", family);
    } else {
        ctx.out.put(", ");
        put_tok(ctx, kFamilies, family, "Unknown Ethertype (0x{:04x})");
    }
    ctx.out.f(", length {}: ", length);
}
}  // namespace

uint32_t ipnet_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "ipnet";
    if (!c.need(0, kHdrLen)) return static_cast<uint32_t>(c.size());
    if (ctx.opt.eflag) header_text(ctx, c, wirelen);
    const uint8_t family = c.u8(1);
    const Cursor p = c.skip(kHdrLen);
    const uint32_t length = wirelen - kHdrLen;
    if (family == kAfInet) {
        ip_print(ctx, p, length);
    } else if (family == kAfInet6) {
        ip6_print(ctx, p, length);
    } else {
        if (!ctx.opt.eflag) header_text(ctx, c, wirelen);
        default_print(ctx, p.rest());
    }
    return kHdrLen;
}

}  // namespace rd
