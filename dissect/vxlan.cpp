// VXLAN (RFC 7348): 8-byte header (flags, VNI) in front of an Ethernet frame.
#include "protos.hpp"

namespace rd {

void vxlan_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "vxlan";
    constexpr uint32_t kHdrLen = 8;
    if (length < kHdrLen) {
        ctx.out.put("VXLAN");
        ctx.print_invalid();
        return;
    }
    // Flags are shown before the VNI is read: a capture cut inside the header ends after them.
    ctx.out.put("VXLAN");
    const uint8_t flags = c.u8(0);
    if (ctx.truncated) return;
    ctx.out.f(", flags [{}] (0x{:02x}), ", (flags & 0x08) ? "I" : "invalid", flags);
    const uint32_t vni = c.be24(4);
    if (ctx.truncated) return;
    ctx.out.f("vni {}\n", vni);
    if (!c.need(0, kHdrLen)) return;  // the reserved last byte too, before the frame
    ether_print(ctx, c.skip(kHdrLen), length - kHdrLen);
}

}  // namespace rd
