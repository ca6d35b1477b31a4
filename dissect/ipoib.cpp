// IP over InfiniBand (RFC 4391) link type: a 44-byte pseudo-header whose last field
// (at offset 40) is an EtherType.
#include "protos.hpp"

namespace rd {

namespace {
constexpr uint32_t kHdrLen = 44;

void header_text(Ctx& ctx, const Cursor& c, uint32_t length) {
    const uint16_t type = c.be16(40);
    if (ctx.truncated) return;
    const char* n = ethertype_name(type);
    if (!ctx.opt.qflag)
        ctx.out.f(", ethertype {} (0x{:04x})", n ? n : "Unknown", type);
    else
        ctx.out.f(", ethertype {}", n ? n : "Unknown");
    ctx.out.f(", length {}: ", length);
}
}  // namespace

uint32_t ipoib_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "ipoib";
    if (c.size() < kHdrLen || wirelen < kHdrLen) {
        ctx.print_trunc();
        return kHdrLen;
    }
    if (ctx.opt.eflag) {
        ctx.out.put("IPOIB");
        header_text(ctx, c, wirelen);
    }
    const uint16_t type = c.be16(40);
    const Cursor p = c.skip(kHdrLen);
    if (!ethertype_print(ctx, type, p, wirelen - kHdrLen, LinkAddrs{})) {
        if (!ctx.opt.eflag) header_text(ctx, c, wirelen);
        default_print(ctx, p.rest());
    }
    return kHdrLen;
}

}  // namespace rd
