// Two small TCP printers: BEEP (RFC 3080, TCP 10288), of which tcpdump names only the
// frame keyword, and MSDP (RFC 3618, TCP 639) message headers.
#include <cstring>

#include "protos.hpp"
#include "tcp_services.hpp"

namespace rd {

namespace {

// tcpdump compares 4 bytes against each keyword including its terminating NUL, so the
// three-letter keywords only match when a NUL follows them; nothing matches unless 4
// bytes are captured and the segment is at least that long.
bool starts_with4(const Cursor& c, uint32_t length, const char (&word)[5]) {
    if (!c.has(0, 4) || length < 4) return false;
    return std::memcmp(c.rest(0).data(), word, 4) == 0;
}

}  // namespace

void beep_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "beep";
    static constexpr struct {
        char word[5];
        const char* text;
    } kFrames[] = {
        {{'M', 'S', 'G', 0, 0}, " BEEP MSG"}, {"RPY ", " BEEP RPY"}, {"ERR ", " BEEP ERR"},
        {"ANS ", " BEEP ANS"},               {"NUL ", " BEEP NUL"}, {"SEQ ", " BEEP SEQ"},
        {{'E', 'N', 'D', 0, 0}, " BEEP END"},
    };
    for (const auto& f : kFrames) {
        if (starts_with4(c, length, f.word)) {
            ctx.out.put(f.text);
            return;
        }
    }
    ctx.out.put(" BEEP (payload or undecoded)");
}

void msdp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "msdp";
    out.put(": msdp");
    constexpr unsigned kTypeMax = 7;
    // Only what looks like the start of a message is decoded.
    {
        const uint8_t type = c.u8(0);
        const uint16_t len = c.be16(1);
        if (ctx.truncated) return;
        if (len > 1500 || len < 3 || type == 0 || type > kTypeMax) {
            ctx.print_trunc();
            return;
        }
    }
    size_t off = 0;
    while (length != 0) {
        const uint8_t type = c.u8(off);
        const uint16_t len = c.be16(off + 1);
        if (ctx.truncated) return;
        if (len > 1400 || ctx.opt.vflag) out.f(" [len {}]", len);
        if (len < 3 || length < len) {
            ctx.print_trunc();
            return;
        }
        off += 3;
        length -= 3;
        switch (type) {
        case 1:
        case 3: {
            out.put(type == 1 ? " SA" : " SA-Response");
            const uint8_t entries = c.u8(off);
            if (ctx.truncated) return;
            out.f(" {} entries", entries);
            const uint32_t fixed = entries * 12u + 8u;
            if (fixed < len) {
                out.put(" [w/data]");
                if (ctx.opt.vflag > 1) {
                    out.put(' ');
                    ip_print(ctx, c.skip(off + fixed - 3), len - fixed);
                    if (ctx.truncated) return;
                }
            }
            break;
        }
        case 2: {
            out.put(" SA-Request");
            if (!c.has(off + 1, 4)) {
                c.need(off + 1, 4);
                return;
            }
            out.put(" for ");
            put_ip4_at(ctx, c, off + 1);
            break;
        }
        case 4:
            out.put(" Keepalive");
            if (len != 3) out.f("[len={}] ", len);
            break;
        case 5:
            out.put(" Notification");
            break;
        default:
            out.f(" [type={} len={}]", type, len);
            break;
        }
        off += len - 3u;
        length -= len - 3u;
    }
}

}  // namespace rd
