// Cisco IGRP (IP protocol 9): header counts and the interior, system and exterior routes.
#include "routing.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 12;
constexpr uint32_t kRouteLen = 14;

constexpr Tok kOps[] = {{1, "update"}, {2, "request"}};

enum class RouteKind { Interior, System, Exterior };

void route_print(Ctx& ctx, const Cursor& c, size_t p, RouteKind kind) {
    const uint8_t n0 = c.u8(p), n1 = c.u8(p + 1), n2 = c.u8(p + 2);
    switch (kind) {
    case RouteKind::Interior: ctx.out.f(" *.{}.{}.{}", n0, n1, n2); break;
    case RouteKind::Exterior: ctx.out.f(" X{}.{}.{}.0", n0, n1, n2); break;
    case RouteKind::System: ctx.out.f(" {}.{}.{}.0", n0, n1, n2); break;
    }
    const uint32_t delay = c.be24(p + 3);
    const uint32_t bandwidth = c.be24(p + 6);
    uint32_t metric = bandwidth + delay;
    if (metric > 0xffffff) metric = 0xffffff;
    const uint16_t mtu = c.be16(p + 9);
    ctx.out.f(" d={} b={} r={} l={} M={} mtu={} in {} hops", 10 * delay, bandwidth == 0 ? 0 : 10000000 / bandwidth,
              c.u8(p + 11), c.u8(p + 12), metric, mtu, c.u8(p + 13));
}

}  // namespace

void igrp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    ctx.proto = "igrp";
    ctx.out.put("igrp:");
    const uint8_t vop = c.u8(0);
    uint32_t nint = c.be16(4);
    uint32_t nsys = c.be16(6);
    uint32_t next = c.be16(8);
    if (ctx.truncated) return;
    ctx.out.put(' ');
    put_tok(ctx, kOps, vop & 0x0f, "op-#{}");
    ctx.out.f(" V{} edit={} AS={} ({}/{}/{})", vop >> 4, c.u8(1), c.be16(2), nint, nsys, next);
    if (ctx.opt.vflag) ctx.out.f(" checksum=0x{:04x}", c.be16(10));
    (void)c.need(0, kHeaderLen);
    if (ctx.truncated) return;
    length = length >= kHeaderLen ? length - kHeaderLen : 0;
    size_t p = kHeaderLen;
    while (length >= kRouteLen && !ctx.truncated) {
        (void)c.be24(p);  // the network number is fetched before the counts are looked at
        if (ctx.truncated) return;
        if (nint > 0) {
            route_print(ctx, c, p, RouteKind::Interior);
            --nint;
        } else if (nsys > 0) {
            route_print(ctx, c, p, RouteKind::System);
            --nsys;
        } else if (next > 0) {
            route_print(ctx, c, p, RouteKind::Exterior);
            --next;
        } else {
            ctx.out.f(" [extra bytes {}]", length);
            ctx.print_invalid();
            return;
        }
        p += kRouteLen;
        length -= kRouteLen;
    }
    // Routes announced in the header but missing, or bytes left over.
    if (!ctx.truncated && (nint != 0 || nsys != 0 || next != 0 || length != 0)) ctx.print_invalid();
}

}  // namespace rd
