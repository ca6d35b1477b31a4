// VXLAN (RFC 7348): 8-byte header (flags, VNI) in front of an Ethernet frame.
#include "protos.hpp"

namespace rd {

void vxlan_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "vxlan";
    constexpr uint32_t kHdrLen = 8;
    // A short datagram or capture ends the packet with the marker, nothing else.
    if (length < kHdrLen || !c.has(0, kHdrLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t flags = c.u8(0);
    const uint32_t vni = c.be24(4);
    ctx.out.f("VXLAN, flags [{}] (0x{:02x}), vni {}\n", (flags & 0x08) ? "I" : ".", flags, vni);
    ether_print(ctx, c.skip(kHdrLen), length - kHdrLen);
}

}  // namespace rd
