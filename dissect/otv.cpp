// Overlay Transport Virtualization (draft-hasmit-otv-04), UDP port 8472: an 8-byte
// header (flags, overlay ID, instance ID) in front of an Ethernet frame.
#include "otv.hpp"

namespace rd {

void otv_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "otv";
    constexpr uint32_t kHdrLen = 8;
    OutBuf& out = ctx.out;
    out.put("OTV, ");
    if (length < kHdrLen) {
        out.f("[length {} < {}]", length, kHdrLen);
        ctx.print_invalid();
        if (!c.has(0, length)) ctx.print_trunc();
        return;
    }
    const uint8_t flags = c.u8(0);
    if (ctx.truncated) return;
    out.f("flags [{}] (0x{:02x}), ", (flags & 0x08) ? "I" : ".", flags);
    const uint32_t overlay = c.be24(1);
    if (ctx.truncated) return;
    out.f("overlay {}, ", overlay);
    const uint32_t instance = c.be24(4);
    if (ctx.truncated) return;
    out.f("instance {}\n", instance);
    if (!c.has(7, 1)) {  // the reserved octet
        ctx.print_trunc();
        return;
    }
    ether_print(ctx, c.skip(kHdrLen), length - kHdrLen);
}

}  // namespace rd
