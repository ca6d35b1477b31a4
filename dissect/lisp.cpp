// LISP control messages (RFC 6830, UDP port 4342): the message type for all, and the
// records and locators of Map-Register and Map-Notify.
#include "ringdump/format/hexdump.hpp"
#include "routing.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 16;
constexpr uint32_t kRecordLen = 12;
constexpr uint32_t kLocatorLen = 8;

constexpr Tok kTypes[] = {
    {0, "LISP-Reserved"},     {1, "LISP-Map-Request"}, {2, "LISP-Map-Reply"},
    {3, "LISP-Map-Register"}, {4, "LISP-Map-Notify"},  {8, "LISP-Encapsulated-Contol-Message"},
};
constexpr Tok kRegisterFlags[] = {
    {0x08000000, "P-Proxy-Map-Reply"}, {0x04000000, "S-LISP-SEC-Capable"}, {0x02000000, "I-xTR-ID-Present"},
    {0x01000000, "R-Build-For-RTR"},   {0x00000100, "M-Want-Map-Notify"},
};
constexpr Tok kNotifyFlags[] = {{0x08000000, "I-xTR-ID-Present"}, {0x04000000, "R-Build-For-RTR"}};
constexpr Tok kAuthTypes[] = {{0, "None"}, {1, "SHA1"}, {2, "SHA256"}};
constexpr Tok kActions[] = {{0, "No-Action"}, {1, "Natively-Forward"}, {2, "Send-Map-Request"}, {3, "Drop"}};
constexpr Tok kLocatorFlags[] = {{0x0004, "Local-Locator"}, {0x0002, "RLoc-Probed"}, {0x0001, "Reachable"}};

enum : uint8_t { kMapRegister = 3, kMapNotify = 4 };

// tcpdump's hex_print: each line led by prefix; bytes past the capture end the packet.
void hex_lines(Ctx& ctx, const Cursor& c, size_t off, const char* prefix, size_t len) {
    auto d = c.rest(off);
    if (d.size() > len) d = d.first(len);
    hex_dump_prefixed(ctx.out, prefix, d);
    if (d.size() < len) (void)c.need(off, len);
}

}  // namespace

void lisp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "lisp";
    if (!c.has(0, kHeaderLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t tf = c.u8(0);
    const uint8_t type = tf >> 4;
    put_tok(ctx, kTypes, type, "unknown-type-{}");
    ctx.out.put(',');
    if (ctx.opt.vflag && (type == kMapRegister || type == kMapNotify)) {
        ctx.out.put(" flags [");
        put_bits(ctx, type == kMapRegister ? std::span<const Tok>(kRegisterFlags) : std::span<const Tok>(kNotifyFlags),
                 c.be32(0), ", ");
        ctx.out.put("],");
    }
    if (type != kMapRegister && type != kMapNotify) return;
    const bool xtr = type == kMapRegister ? (tf & 0x02) : (tf & 0x08);
    const uint16_t auth_len = c.be16(14);
    uint8_t records = c.u8(3);
    uint16_t off = kHeaderLen;  // 16-bit like tcpdump's offset
    if (ctx.opt.vflag) {
        ctx.out.f("\n    {} record(s), Authentication ", records);
        put_tok(ctx, kAuthTypes, c.be16(12), "unknown-type");
        ctx.out.put(',');
        hex_lines(ctx, c, off, "\n    Authentication-Data: ", auth_len);
        if (ctx.truncated) return;
    } else {
        ctx.out.f(" {} record(s),", records);
    }
    off = static_cast<uint16_t>(off + auth_len);
    if (records == 0) {
        ctx.print_invalid();
        return;
    }
    while (length > off && records-- != 0 && !ctx.truncated) {
        if (!c.has(off, kRecordLen)) {
            ctx.print_trunc();
            return;
        }
        ctx.out.put('\n');
        const size_t rec = off;
        off = static_cast<uint16_t>(off + kRecordLen);
        const uint8_t mask_len = c.u8(rec + 5);
        const uint16_t afi = c.be16(rec + 10);
        uint8_t locs = c.u8(rec + 4);
        if (ctx.opt.vflag) {
            ctx.out.f("      Record TTL {},", c.be32(rec));
            const uint8_t act = c.u8(rec + 6);
            ctx.out.put((act >> 4) & 1 ? " Authoritative," : " Non-Authoritative,");
            ctx.out.put(' ');
            put_tok(ctx, kActions, act >> 5, "unknown");
            ctx.out.f(", Map Version: {},", c.be16(rec + 8) & 0x0fff);
        }
        if (afi == 1) {
            (void)c.need(off, 4);
            ctx.out.put(" EID ");
            put_ip4_at(ctx, c, off);
            ctx.out.f("/{},", mask_len);
            off = static_cast<uint16_t>(off + 4);
        } else if (afi == 2) {
            (void)c.need(off, 16);
            ctx.out.put(" EID ");
            put_ip6_at(ctx, c, off);
            ctx.out.f("/{},", mask_len);
            off = static_cast<uint16_t>(off + 16);
        } else {
            return;  // LCAF and others are not decoded
        }
        ctx.out.f(" {} locator(s)", locs);
        while (locs-- != 0 && !ctx.truncated) {
            if (!c.has(off, kLocatorLen)) {
                ctx.print_trunc();
                return;
            }
            const size_t loc = off;
            off = static_cast<uint16_t>(off + kLocatorLen);
            const uint16_t lafi = c.be16(loc + 6);
            if (ctx.opt.vflag) ctx.out.put("\n       ");
            if (lafi == 1 || lafi == 2) {
                const uint32_t alen = lafi == 1 ? 4 : 16;
                if (!c.has(off, alen)) {
                    ctx.print_trunc();
                    return;
                }
                ctx.out.put(" LOC ");
                if (lafi == 1) put_ip4_at(ctx, c, loc + kLocatorLen); else put_ip6_at(ctx, c, loc + kLocatorLen);
                off = static_cast<uint16_t>(off + alen);
            }
            if (ctx.opt.vflag) {
                ctx.out.f("\n          Priority/Weight {}/{}, Multicast Priority/Weight {}/{}, flags [", c.u8(loc),
                          c.u8(loc + 1), c.u8(loc + 2), c.u8(loc + 3));
                put_bits(ctx, kLocatorFlags, c.be16(loc + 4), ", ");
                ctx.out.put("],");
            }
        }
    }
    if (ctx.truncated) return;
    if (xtr) {
        if (!c.has(off, 24)) {
            ctx.print_invalid();
            return;
        }
        hex_lines(ctx, c, off, "\n    xTR-ID: ", 16);
        ctx.out.f("\n    SITE-ID: {}", c.be64(off + 16));
    } else if (off < c.size()) {
        hex_lines(ctx, c, off, "\n    Data: ", c.size() - off);
    }
}

}  // namespace rd
