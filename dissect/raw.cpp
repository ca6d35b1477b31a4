// Link types that carry a bare IP datagram: RAW (v4 or v6 by version nibble), IPV4, IPV6.
#include "protos.hpp"

namespace rd {

uint32_t raw_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "raw";
    if (ctx.opt.eflag) ctx.out.put("ip: ");
    const uint8_t version = c.has(0, 1) ? c.u8(0) >> 4 : 0;
    if (version == 6)
        ip6_print(ctx, c, wirelen);
    else
        ip_print(ctx, c, wirelen);
    return 0;
}

uint32_t ipv4_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "raw";
    if (ctx.opt.eflag) ctx.out.put("ip: ");
    ip_print(ctx, c, wirelen);
    return 0;
}

uint32_t ipv6_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "raw";
    if (ctx.opt.eflag) ctx.out.put("ip: ");
    ip6_print(ctx, c, wirelen);
    return 0;
}

}  // namespace rd
