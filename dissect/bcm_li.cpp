// Broadcom lawful-interception shim (UDP from port 49152): a 4-byte header naming the
// direction and the kind of the mirrored packet, which follows at -v.
#include "protos.hpp"
#include "udp_tunnels.hpp"

namespace rd {

namespace {

constexpr uint32_t kShimLen = 4;
constexpr Tok kDirections[] = {{1, "unused"}, {2, "egress"}, {3, "ingress"}};
constexpr uint8_t kUndecided = 4, kIpv4 = 5, kIpv6 = 6, kEthernet = 7;
constexpr Tok kPktTypes[] = {
    {kUndecided, "undecided"}, {kIpv4, "ipv4"}, {kIpv6, "ipv6"}, {kEthernet, "ethernet"},
};
constexpr Tok kPktSubtypes[] = {{1, "single VLAN tag"}, {2, "double VLAN tag"}, {3, "untagged"}};

}  // namespace

void bcm_li_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "bcm_li";
    if (length < kShimLen) {
        out.f(" (length {} < {})", length, kShimLen);
        ctx.print_invalid();
        return;
    }
    const uint32_t shim = c.be32(0);
    if (ctx.truncated) return;
    const uint8_t type = (shim >> 25) & 0xf;
    length -= kShimLen;
    const Cursor inner = c.skip(kShimLen);
    out.put(ctx.opt.vflag ? "\n    BCM-LI-SHIM: direction " : "BCM-LI-SHIM: direction ");
    put_tok(ctx, kDirections, (shim >> 29) & 0x7, "unknown");
    out.put(", pkt-type ");
    put_tok(ctx, kPktTypes, type, "unknown");
    out.put(", pkt-subtype ");
    put_tok(ctx, kPktSubtypes, (shim >> 22) & 0x7, "unknown");
    out.f(", li-id {}", shim & 0x3fffff);
    if (!ctx.opt.vflag) {
        inner.need(0, length);  // the whole payload must have been captured
        return;
    }
    out.put("\n    ");
    switch (type) {
    case kEthernet: ether_print(ctx, inner, length); break;
    case kIpv4: ip_print(ctx, inner, length); break;
    case kIpv6: ip6_print(ctx, inner, length); break;
    case kUndecided: {
        const uint8_t v = inner.u8(0) >> 4;
        if (ctx.truncated) return;
        if (v == 4)
            ip_print(ctx, inner, length);
        else if (v == 6)
            ip6_print(ctx, inner, length);
        else
            out.put("unknown payload");
        break;
    }
    default:
        ctx.print_invalid();
        break;
    }
}

}  // namespace rd
