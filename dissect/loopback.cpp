// Ethernet Configuration Testing Protocol ("Loopback", EtherType 0x9000): a skip count
// and then the message (reply or forward data); its fields are little-endian.
#include "protos.hpp"

namespace rd {

namespace {
constexpr Tok kFunctions[] = {{1, "Reply"}, {2, "Forward Data"}};

void message_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    auto invalid = [&] {
        ctx.print_invalid();
        c.need(off, len);
    };
    if (len < 2) return invalid();
    const uint16_t function = c.le16(off);
    if (ctx.truncated) return;
    off += 2;
    len -= 2;
    ctx.out.put(", ");
    put_tok(ctx, kFunctions, function, " invalid ({})");
    switch (function) {
    case 1: {
        if (len < 2) return invalid();
        const uint16_t receipt = c.le16(off);
        if (ctx.truncated) return;
        ctx.out.f(", receipt number {}", receipt);
        off += 2;
        len -= 2;
        ctx.out.f(", data ({} octets)", len);
        c.need(off, len);
        break;
    }
    case 2:
        if (len < 6) return invalid();
        if (!c.need(off, 6)) return;
        ctx.out.put(", forwarding address ");
        put_mac_at(ctx, c, off);
        off += 6;
        len -= 6;
        ctx.out.f(", data ({} octets)", len);
        c.need(off, len);
        break;
    default:
        c.need(off, len);
        break;
    }
}
}  // namespace

void loopback_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "loopback";
    ctx.out.put("Loopback");
    if (length < 2) {
        ctx.print_invalid();
        c.need(0, length);
        return;
    }
    const uint16_t skip = c.le16(0);
    if (ctx.truncated) return;
    length -= 2;
    ctx.out.f(", skipCount {}", skip);
    if (skip % 8) ctx.out.put(" (bogus)");
    if (skip > length) {
        ctx.print_invalid();
        c.need(2, length);
        return;
    }
    if (!c.need(2, skip)) return;
    message_print(ctx, c, 2u + skip, length - skip);
}

}  // namespace rd
