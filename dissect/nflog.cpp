// Linux NFLOG link type (LINKTYPE_NFLOG 239): a 4-byte header (family, version,
// resource ID) and TLVs in host (little-endian) order; the payload TLV holds the
// logged IPv4 or IPv6 packet.
#include "nflog.hpp"

#include <algorithm>

namespace rd {

namespace {
constexpr uint32_t kHdrLen = 4, kTlvHdrLen = 4;
constexpr uint16_t kTlvPayload = 9;
constexpr uint8_t kAfInet = 2, kAfInet6 = 10;  // Linux address family numbers
constexpr Tok kFamilies[] = {{kAfInet, "IPv4"}, {kAfInet6, "IPv6"}};

void header_text(Ctx& ctx, const Cursor& c, uint32_t length) {
    const uint8_t family = c.u8(0);
    ctx.out.f("version {}, resource ID {}", c.u8(1), c.be16(2));
    if (!ctx.opt.qflag) {
        ctx.out.put(", family ");
        put_tok(ctx, kFamilies, family, "Unknown");
        ctx.out.f(" ({})", family);
    } else {
        ctx.out.put(", ");
        put_tok(ctx, kFamilies, family, "Unknown NFLOG (0x{:02x})");
    }
    ctx.out.f(", length {}: ", length);
}
}  // namespace

uint32_t nflog_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "nflog";
    uint32_t caplen = static_cast<uint32_t>(c.size());
    uint32_t length = wirelen;
    uint32_t hdrlen = kHdrLen;
    if (caplen < kHdrLen) {
        ctx.print_trunc();
        return caplen;
    }
    const uint8_t version = c.u8(1);
    if (version != 0) {
        ctx.out.f("version {} (unknown)", version);
        return hdrlen;
    }
    if (ctx.opt.eflag) header_text(ctx, c, length);
    size_t off = kHdrLen;
    length -= kHdrLen;
    caplen -= kHdrLen;
    while (length > 0) {
        if (caplen < kTlvHdrLen) {
            ctx.print_trunc();
            return hdrlen;
        }
        // 16-bit arithmetic on purpose: a length near 0xffff rounds up to 0.
        uint16_t size = c.le16(off);
        if (size % 4 != 0) size = static_cast<uint16_t>(size + 4 - size % 4);
        if (size < kTlvHdrLen || caplen < size) {
            ctx.print_trunc();
            return hdrlen;
        }
        if (c.le16(off + 2) == kTlvPayload) {
            off += kTlvHdrLen;
            hdrlen += kTlvHdrLen;
            length -= kTlvHdrLen;
            caplen -= kTlvHdrLen;
            break;
        }
        off += size;
        hdrlen += size;
        length -= size;
        caplen -= size;
    }
    const Cursor p = c.skip(off);
    switch (c.u8(0)) {
    case kAfInet:
        ip_print(ctx, p, length);
        break;
    case kAfInet6:
        ip6_print(ctx, p, length);
        break;
    default:
        if (!ctx.opt.eflag) header_text(ctx, c, length + kHdrLen);
        default_print(ctx, p.rest().first(std::min<size_t>(caplen, p.size())));
        break;
    }
    return hdrlen;
}

}  // namespace rd
