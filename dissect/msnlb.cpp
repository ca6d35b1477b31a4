// Microsoft Network Load Balancing heartbeat (EtherType 0x886f); undocumented, only the
// first fields are shown.
#include "protos.hpp"

namespace rd {

void msnlb_print(Ctx& ctx, Cursor c, uint32_t length) {
    (void)length;
    ctx.proto = "msnlb";
    ctx.out.put("MS NLB heartbeat");
    const uint32_t prio = c.le32(8);
    if (ctx.truncated) return;
    ctx.out.f(", host priority: {}", prio);
    if (!c.need(12, 4)) return;
    ctx.out.put(", cluster IP: ");
    put_ip4_at(ctx, c, 12);
    if (!c.need(16, 4)) return;
    ctx.out.put(", host IP: ");
    put_ip4_at(ctx, c, 16);
}

}  // namespace rd
