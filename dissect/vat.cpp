// vat/vt audio (LBL's audio and video conferencing tools) to UDP port 3456.
#include "protos.hpp"
#include "udp_tunnels.hpp"

namespace rd {

void vat_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "vat";
    if (length < 2) {
        out.f("udp/va/vat, length {} < 2", length);
        return;
    }
    const uint16_t ts = c.be16(0);
    if (ctx.truncated) return;
    if ((ts & 0xf060) != 0) {  // probably vt
        out.f("udp/vt {} {} / {}", length, ts & 0x3ff, ts >> 10);
        return;
    }
    if (length < 8) {
        out.f("udp/vat, length {} < 8", length);
        return;
    }
    const uint32_t i0 = c.be32(0);
    const uint32_t i1 = c.be32(4);
    if (ctx.truncated) return;
    out.f("udp/vat {} c{} {}{}", length - 8, i0 & 0xffff, i1, (i0 & 0x800000) ? "*" : "");
    if (i0 & 0x1f0000) out.f(" f{}", (i0 >> 16) & 0x1f);
    if (i0 & 0x3f000000) out.f(" s{}", (i0 >> 24) & 0x3f);
}

}  // namespace rd
