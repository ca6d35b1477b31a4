// VXLAN-GPE (draft-ietf-nvo3-vxlan-gpe) on UDP port 4790: flags, VNI and a next
// protocol field that selects IPv4, IPv6, Ethernet or NSH (tcpdump 4.99 knows no MPLS here).
#include "protos.hpp"
#include "udp_tunnels.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 8;
constexpr Tok kFlags[] = {{0x08, "I"}, {0x04, "P"}, {0x02, "B"}, {0x01, "O"}};

}  // namespace

void vxlan_gpe_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "vxlan_gpe";
    out.put("VXLAN-GPE, ");
    if (length < kHdrLen) {
        out.f(" (len {} < {})", length, kHdrLen);
        ctx.print_invalid();
        return;
    }
    const uint8_t flags = c.u8(0);
    if (ctx.truncated) return;
    out.put("flags [");
    put_bits(ctx, kFlags, flags, "");
    out.put("], ");
    const uint8_t next = c.u8(3);
    const uint32_t vni = c.be32(4) >> 8;  // read as a 32-bit word, as tcpdump does
    if (ctx.truncated) return;
    out.f("vni {}", vni);
    out.put(ctx.opt.vflag ? "\n    " : ": ");
    const Cursor inner = c.skip(kHdrLen);
    const uint32_t inner_len = length - kHdrLen;
    switch (next) {
    case 0x1: ip_print(ctx, inner, inner_len); break;
    case 0x2: ip6_print(ctx, inner, inner_len); break;
    case 0x3: ether_print(ctx, inner, inner_len); break;
    case 0x4: nsh_print(ctx, inner, inner_len); break;
    default:
        out.put("ERROR: unknown-next-protocol");
        ctx.print_invalid();
        break;
    }
}

}  // namespace rd
