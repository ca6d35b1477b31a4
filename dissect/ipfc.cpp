// IP over Fibre Channel (RFC 2625): 8-byte network addresses whose low 48 bits are MAC
// addresses, then LLC/SNAP.
#include "links_extra.hpp"

namespace rd {

namespace {
constexpr uint32_t kHdrLen = 16;
constexpr size_t kDstMac = 2, kSrcMac = 10;  // the MAC part of each network address
}  // namespace

uint32_t ipfc_if_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ipfc";
    if (!c.need(0, kHdrLen)) return 0;  // the whole frame is dumped after the marker
    const LinkAddrs addrs{c.bytes(kSrcMac, 6), c.bytes(kDstMac, 6)};
    if (ctx.opt.eflag) {
        ctx.names.mac(ctx.out, addrs.src.first<6>());
        ctx.out.put(" > ");
        ctx.names.mac(ctx.out, addrs.dst.first<6>());
        ctx.out.f(", length {}: ", length);
    }
    const Cursor p = c.skip(kHdrLen);
    return kHdrLen + llc_or_dump(ctx, p, length - kHdrLen, addrs);
}

}  // namespace rd
