// IEEE 802.5 Token Ring frames: access and frame control, addresses, the source-routing
// information field when the source address says it is there, then LLC.
#include <array>

#include "fddi.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 14;  // AC, FC, destination, source
constexpr uint32_t kRcfOff = 14;  // routing control field, then the route segments
constexpr uint8_t kRoutedBit = 0x80;  // in the first source address byte
constexpr uint8_t kFrameTypeLlc = 1;

constexpr const char* kBroadcast[] = {"Non-Broadcast", "Non-Broadcast", "Non-Broadcast", "Non-Broadcast",
                                      "All-routes",    "All-routes",    "Single-route",  "Single-route"};
constexpr const char* kDirection[] = {"Forward", "Backward"};
constexpr const char* kLargestFrame[] = {"516", "1500", "2052", "4472", "8144", "11407", "17800", "??"};

void header_print(Ctx& ctx, const Cursor& c, const std::array<uint8_t, 6>& src,
                  const std::array<uint8_t, 6>& dst, uint32_t length) {
    if (!ctx.opt.qflag) ctx.out.f("{:02x} {:02x} ", c.u8(0), c.u8(1));
    ctx.names.mac(ctx.out, src);
    ctx.out.put(" > ");
    ctx.names.mac(ctx.out, dst);
    ctx.out.f(", length {}: ", length);
}

// The routing information field: rcf and route segments (caller checked they are captured).
void route_print(Ctx& ctx, const Cursor& c, uint32_t route_len) {
    OutBuf& out = ctx.out;
    const uint16_t rcf = c.be16(kRcfOff);
    const int segments = (static_cast<int>(route_len) - 2) / 2;
    if (ctx.opt.vflag) {
        out.put(kBroadcast[(rcf & 0xe000) >> 13]);
        out.put(' ');
        out.put(kDirection[(rcf & 0x0080) >> 7]);
        for (int s = 0; s < segments; ++s) {
            const uint16_t seg = c.be16(kRcfOff + 2 + 2 * static_cast<size_t>(s));
            out.f(" [{}:{}]", (seg & 0xfff0) >> 4, seg & 0x000f);
        }
    } else {
        out.f("rt = {:x}", rcf);
        for (int s = 0; s < segments; ++s) out.f(":{:x}", c.be16(kRcfOff + 2 + 2 * static_cast<size_t>(s)));
    }
    out.f(" ({}) ", kLargestFrame[(rcf & 0x0070) >> 4]);
}

}  // namespace

uint32_t token_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "token-ring";
    uint32_t caplen = static_cast<uint32_t>(c.size());
    uint32_t hdr_len = kHdrLen;
    if (caplen < kHdrLen) {
        ctx.print_trunc();
        return hdr_len;
    }
    std::array<uint8_t, 6> dst{}, src{};
    for (size_t i = 0; i < 6; ++i) {
        dst[i] = c.u8(2 + i);
        src[i] = c.u8(8 + i);
    }
    uint32_t route_len = 0;
    if (src[0] & kRoutedBit) {
        src[0] &= static_cast<uint8_t>(~kRoutedBit);
        if (ctx.opt.eflag) header_print(ctx, c, src, dst, length);
        if (caplen < kHdrLen + 2) {
            ctx.print_trunc();
            return hdr_len;
        }
        route_len = (c.be16(kRcfOff) & 0x1f00) >> 8;
        hdr_len += route_len;
        if (caplen < hdr_len) {
            ctx.print_trunc();
            return hdr_len;
        }
        route_print(ctx, c, route_len);
    } else if (ctx.opt.eflag) {
        header_print(ctx, c, src, dst, length);
    }

    length -= hdr_len;
    caplen -= hdr_len;
    const Cursor p = c.skip(hdr_len);
    if (((c.u8(1) & 0xc0) >> 6) == kFrameTypeLlc) {
        const LinkAddrs addrs{src, dst};
        return hdr_len + llc_or_dump(ctx, p, length, addrs);
    }
    if (!ctx.opt.eflag) header_print(ctx, c, src, dst, length + kHdrLen + route_len);
    default_print(ctx, p.rest());
    return hdr_len;
}

uint32_t token_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "token-ring";
    return token_print(ctx, c, wirelen);
}

}  // namespace rd
