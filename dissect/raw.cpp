// Link types that carry a bare IP datagram (RAW, IPV4, IPV6): tcpdump prints all of
// them alike, choosing IPv4 or IPv6 by the version nibble whatever the link type says.
#include "protos.hpp"

namespace rd {

uint32_t raw_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "raw";
    if (ctx.opt.eflag) ctx.out.put("ip: ");
    if (wirelen < 1) {  // only seen inside an outer header (PPI) that took all the bytes
        ctx.out.f("truncated-ip {}", wirelen);
        return 0;
    }
    ctx.proto = "ipn";  // tcpdump's name while it reads the version nibble
    const uint8_t version = c.u8(0) >> 4;
    if (version == 4)
        ip_print(ctx, c, wirelen);
    else if (version == 6)
        ip6_print(ctx, c, wirelen);
    else
        ctx.out.f("unknown ip {}", version);
    return 0;
}

uint32_t ipv4_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) { return raw_if_print(ctx, c, wirelen); }

uint32_t ipv6_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) { return raw_if_print(ctx, c, wirelen); }

}  // namespace rd
