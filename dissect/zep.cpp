// ZigBee Encapsulation Protocol (UDP 17754) as tcpdump 4.99.3 prints it: the v1 header,
// the v2 data header (NTP timestamp, sequence number) or v2 ack, then the 802.15.4
// frame it carries.
#include <cstdio>
#include <ctime>

#include "ieee802154.hpp"

namespace rd {

namespace {

constexpr uint32_t kV1HeaderLen = 16, kV2AckLen = 8, kV2HeaderLen = 32;
constexpr uint32_t kNtpEpochOffset = 2208988800U;  // 1900-01-01 to 1970-01-01

// NTP timestamp: seconds.nanoseconds, with the date (local time) when seconds != 0.
// The fraction goes through a float as tcpdump's does, so the digits match.
void put_ntp_time(Ctx& ctx, uint32_t secs, uint32_t frac) {
    float ff = static_cast<float>(frac);
    ff = static_cast<float>(ff / 4294967296.0);
    const auto ns = static_cast<uint32_t>(ff * 1000000000.0);
    ctx.out.f("{}.{:09}", secs, ns);
    if (secs == 0) return;
    const time_t t = static_cast<time_t>(static_cast<uint32_t>(secs - kNtpEpochOffset));
    struct tm tm {};
    char buf[128];
    if (localtime_r(&t, &tm) == nullptr || std::strftime(buf, sizeof buf, "%Y/%m/%d %H:%M:%S", &tm) == 0) {
        ctx.out.put(" (Time conversion error)");  // not reached for 32-bit times
        return;
    }
    ctx.out.f(" ({})", buf);
}

// tcpdump's ND_ICHECK_U: " [len N < M]" and " (invalid)".
bool too_short(Ctx& ctx, uint32_t len, uint32_t need) {
    if (len >= need) return false;
    ctx.out.f(" [len {} < {}]", len, need);
    ctx.print_invalid();
    return true;
}

}  // namespace

void zep_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "zep";
    out.put("ZEP");
    const uint8_t p0 = c.u8(0);
    if (ctx.truncated) return;
    if (p0 != 'E' || c.u8(1) != 'X') {
        if (ctx.truncated) return;
        out.put(" [Preamble Code: ");
        put_char_escaped(out, p0);
        const uint8_t p1 = c.u8(1);
        if (ctx.truncated) return;
        put_char_escaped(out, p1);
        out.put(']');
        ctx.print_invalid();
        return;
    }
    const uint8_t version = c.u8(2);
    if (ctx.truncated) return;
    out.f("v{} ", version);

    uint8_t inner_len = 0;
    uint32_t hdr = 0;
    if (version == 1) {
        if (too_short(ctx, length, kV1HeaderLen)) return;
        const uint8_t chan = c.u8(3);
        const uint16_t dev = c.be16(4);
        if (ctx.truncated) return;
        out.f("Channel ID {}, Device ID 0x{:04x}, ", chan, dev);
        const uint8_t crc_mode = c.u8(6);
        if (ctx.truncated) return;
        if (crc_mode) {
            out.put("CRC, ");
        } else {
            const uint8_t lqi = c.u8(7);
            if (ctx.truncated) return;
            out.f("LQI {}, ", lqi);
        }
        inner_len = c.u8(15);
        if (ctx.truncated) return;
        out.f("inner len = {}", inner_len);
        hdr = kV1HeaderLen;
    } else {
        const uint8_t type = c.u8(3);
        if (ctx.truncated) return;
        if (type == 2) {  // ack
            if (too_short(ctx, length, kV2AckLen)) return;
            const uint32_t seq = c.be32(4);
            if (ctx.truncated) return;
            out.f("ACK, seq# = {}", seq);
            hdr = kV2AckLen;
        } else {
            if (too_short(ctx, length, kV2HeaderLen)) return;
            const uint8_t chan = c.u8(4);
            const uint16_t dev = c.be16(5);
            if (ctx.truncated) return;
            out.f("Type {}, Channel ID {}, Device ID 0x{:04x}, ", type, chan, dev);
            const uint8_t crc_mode = c.u8(7);
            if (ctx.truncated) return;
            if (crc_mode) {
                out.put("CRC, ");
            } else {
                const uint8_t lqi = c.u8(8);
                if (ctx.truncated) return;
                out.f("LQI {}, ", lqi);
            }
            const uint32_t secs = c.be32(9), frac = c.be32(13);
            if (ctx.truncated) return;
            put_ntp_time(ctx, secs, frac);
            const uint32_t seq = c.be32(17);
            inner_len = c.u8(31);
            if (ctx.truncated) return;
            out.f(", seq# = {}, inner len = {}", seq, inner_len);
            hdr = kV2HeaderLen;
        }
    }
    Cursor rest = c.skip(hdr);
    length -= hdr;
    if (inner_len != 0) {
        out.put("\n\t");
        if (ieee802_15_4_print(ctx, rest, inner_len) != 0) {
            if (ctx.truncated) return;
            // The frame was shown: the whole rest must be there, and is not dumped.
            if (!rest.need(0, length)) return;
            rest = rest.skip(length);
            length = 0;
        }
        if (ctx.truncated) return;
    }
    default_print_len(ctx, rest, length);
}

}  // namespace rd
