// Symantec Enterprise Firewall link type: a 44-byte header with an EtherType at offset 6.
#include "ethertypes_link.hpp"
#include "links_extra.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 44;
constexpr size_t kType = 6;
constexpr uint16_t kMaxLength = 1500;  // at or below: an 802.3 length, not a type

void header_print(Ctx& ctx, uint16_t type, uint32_t length) {
    if (type <= kMaxLength)
        ctx.out.f("invalid ethertype {}", type);
    else
        ether_type_text(ctx, type);
    ctx.out.f(", length {}: ", length);
}

}  // namespace

uint32_t symantec_if_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "symantec";
    if (!c.need(0, kHdrLen)) return 0;  // the whole frame is dumped after the marker
    const uint16_t type = c.be16(kType);
    if (ctx.opt.eflag) header_print(ctx, type, length);
    const Cursor p = c.skip(kHdrLen);
    if (type <= kMaxLength || !ethertype_print(ctx, type, p, length - kHdrLen, LinkAddrs{})) {
        if (!ctx.opt.eflag) header_print(ctx, type, length);
        default_print(ctx, p.rest());
    }
    return kHdrLen;
}

}  // namespace rd
