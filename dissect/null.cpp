// BSD loopback (NULL: address family in the capturing host's byte order) and OpenBSD
// LOOP (network byte order). tcpdump reads the family as a little-endian word and
// swaps it when the upper half is non-zero, which handles both orders for both types.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 4;

constexpr Tok kBsdFamilies[] = {
    {2, "IPv4"},       {6, "NS"},   {7, "ISO"},  {16, "Appletalk"},
    {23, "IPX"},       {24, "IPv6"}, {28, "IPv6"}, {30, "IPv6"},
};

void header_text(Ctx& ctx, uint32_t family, uint32_t length) {
    const char* name = tok_lookup(kBsdFamilies, family);
    if (!ctx.opt.qflag)
        ctx.out.f("AF {} ({})", name ? name : "Unknown", family);
    else if (name)
        ctx.out.put(name);
    else
        ctx.out.f("Unknown AF {}", family);
    ctx.out.f(", length {}: ", length);
}

}  // namespace

uint32_t null_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "null";
    if (!c.need(0, kHdrLen)) return 0;
    uint32_t family = c.le32(0);
    if (family & 0xffff0000u)
        family = (family >> 24) | ((family >> 8) & 0xff00) | ((family << 8) & 0xff0000) | (family << 24);
    if (ctx.opt.eflag) header_text(ctx, family, wirelen);

    const uint32_t length = wirelen - kHdrLen;
    Cursor payload = c.skip(kHdrLen);
    switch (family) {
    case 2:
        ip_print(ctx, payload, length);
        break;
    case 24:
    case 28:
    case 30:
        ip6_print(ctx, payload, length);
        break;
    case 7:
        isoclns_print(ctx, payload, length);
        break;
    case 16:
        atalk_print(ctx, payload, length);
        break;
    case 23:
        ipx_print(ctx, payload, length);
        break;
    default:
        if (!ctx.opt.eflag) header_text(ctx, family, wirelen);
        default_print(ctx, payload.rest());
        break;
    }
    return kHdrLen;
}

uint32_t loop_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) { return null_if_print(ctx, c, wirelen); }

}  // namespace rd
