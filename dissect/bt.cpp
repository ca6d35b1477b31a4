// Bluetooth HCI H4 frames with a 4-byte pseudo-header (LINKTYPE 201): the header's low
// bit of a big-endian word gives the direction; tcpdump does not decode the HCI packet
// itself and shows it as a dump.
#include "bt.hpp"

namespace rd {

namespace {
constexpr uint32_t kHdrLen = 4;
}  // namespace

uint32_t bt_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "bluetooth";
    ctx.out.put("bluetooth");
    // tcpdump's longjmp kind of truncation: the marker comes at the end and the -x dump
    // shows the whole record, outer headers (PPI) included.
    if (!c.need(0, kHdrLen)) return 0;
    if (ctx.opt.eflag)
        ctx.out.f(", hci length {}, direction {}", wirelen - kHdrLen, (c.be32(0) & 1) ? "in" : "out");
    default_print(ctx, c.rest(kHdrLen));
    return kHdrLen;
}

}  // namespace rd
