// Arista Networks EtherType 0xd28b: the TapAgg timestamp header (64- or 48-bit).
#include <ctime>

#include "protos.hpp"

namespace rd {

namespace {
constexpr uint16_t kSubtypeTimestamp = 0x0001;
constexpr Tok kSubtypes[] = {{kSubtypeTimestamp, "Timestamp"}};
constexpr Tok kTimescales[] = {{0, "TAI"}, {1, "UTC"}};
constexpr Tok kFormats[] = {{1, "64-bit"}, {2, "48-bit"}};
constexpr Tok kHwInfo[] = {{0, "R/R2"}, {1, "R3"}};
constexpr uint32_t kBillion = 1000000000;
}  // namespace

int arista_ethertype_print(Ctx& ctx, Cursor c, uint32_t length) {
    (void)length;
    ctx.proto = "arista";
    const uint16_t subtype = c.be16(0);
    if (ctx.truncated) return -1;
    ctx.out.put("SubType ");
    put_tok(ctx, kSubtypes, subtype, "Unknown");
    ctx.out.f(" (0x{:04x}), ", subtype);
    if (subtype != kSubtypeTimestamp) return -1;

    const uint8_t timescale = c.u8(2);
    if (ctx.truncated) return -1;
    ctx.out.put("Timescale ");
    put_tok(ctx, kTimescales, timescale, "Unknown");
    ctx.out.f(" ({}), ", timescale);
    const uint8_t b = c.u8(3);
    if (ctx.truncated) return -1;
    const uint8_t format = b >> 4, hw = b & 0x0f;
    ctx.out.put("Format ");
    put_tok(ctx, kFormats, format, "Unknown");
    ctx.out.f(" ({}), HwInfo ", format);
    put_tok(ctx, kHwInfo, hw, "Unknown");
    ctx.out.f(" ({}), Timestamp ", hw);
    int consumed = 4;
    switch (format) {
    case 1: {
        const uint32_t secs = c.be32(4), nsecs = c.be32(8);
        if (ctx.truncated) return -1;
        const time_t t = static_cast<time_t>(secs) + nsecs / kBillion;
        struct tm tm {};
        gmtime_r(&t, &tm);
        ctx.out.f("{:04}-{:02}-{:02} {:02}:{:02}:{:02}.{:09}", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, nsecs % kBillion);
        consumed += 8;
        break;
    }
    case 2: {
        uint64_t secs = c.be16(4);
        const uint32_t nsecs = c.be32(6);
        if (ctx.truncated) return -1;
        secs += nsecs / kBillion;
        ctx.out.f("{}.{:09}", secs, nsecs % kBillion);
        consumed += 6;
        break;
    }
    default:
        return -1;
    }
    ctx.out.put(": ");
    return consumed;
}

}  // namespace rd
