// Apple's IP over IEEE 1394 (FireWire) header: destination and source EUI-64, EtherType.
#include "ethertypes_link.hpp"
#include "links_extra.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 18;
constexpr size_t kEuiLen = 8, kDst = 0, kSrc = 8, kType = 16;

void put_eui64(OutBuf& out, std::span<const uint8_t> a) {
    for (size_t i = 0; i < a.size(); ++i) {
        if (i) out.put(':');
        out.f("{:02x}", a[i]);
    }
}

void header_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    put_eui64(out, c.bytes(kSrc, kEuiLen));
    out.put(" > ");
    put_eui64(out, c.bytes(kDst, kEuiLen));
    out.put(", ");
    ether_type_text(ctx, c.be16(kType));
    out.f(", length {}: ", length);
}

}  // namespace

uint32_t ap1394_if_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ap1394";
    if (!c.need(0, kHdrLen)) return 0;  // the whole frame is dumped after the marker
    if (ctx.opt.eflag) header_print(ctx, c, length);
    const uint16_t type = c.be16(kType);
    const Cursor p = c.skip(kHdrLen);
    const LinkAddrs addrs{c.bytes(kSrc, kEuiLen), c.bytes(kDst, kEuiLen)};
    if (!ethertype_print(ctx, type, p, length - kHdrLen, addrs)) {
        if (!ctx.opt.eflag) header_print(ctx, c, length);
        default_print(ctx, p.rest());
    }
    return kHdrLen;
}

}  // namespace rd
