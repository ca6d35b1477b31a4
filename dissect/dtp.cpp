// Cisco Dynamic Trunking Protocol (SNAP 00000c/2004).
#include "protos.hpp"

namespace rd {

namespace {
constexpr Tok kTlvs[] = {
    {0x0001, "Domain"}, {0x0002, "Status"}, {0x0003, "DTP type"}, {0x0004, "Neighbor"},
};
}  // namespace

void dtp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "dtp";
    size_t off = 0;
    auto invalid = [&] {
        ctx.print_invalid();
        c.need(off, length);
    };
    if (length < 1) {
        ctx.out.put("[zero packet length]");
        return invalid();
    }
    const uint8_t version = c.u8(0);
    if (ctx.truncated) return;
    ctx.out.f("DTPv{}, length {}", version, length);
    if (ctx.opt.vflag < 1) return;
    off = 1;
    length -= 1;
    while (length) {
        if (length < 4) {
            ctx.out.f("[{} bytes remaining]", length);
            return invalid();
        }
        const uint16_t type = c.be16(off), len = c.be16(off + 2);
        if (ctx.truncated) return;
        if (type == 0) return;  // seen in real captures
        ctx.out.put("\n\t");
        put_tok(ctx, kTlvs, type, "Unknown");
        ctx.out.f(" (0x{:04x}) TLV, length {}", type, len);
        if (len < 4 || len > length) {
            ctx.out.f("[invalid TLV length {}]", len);
            return invalid();
        }
        switch (type) {
        case 0x0001:
            ctx.out.put(", ");
            put_string_nul_padded(ctx, c, off + 4, len - 4u);
            break;
        case 0x0002:
        case 0x0003: {
            if (len != 5) return invalid();
            const uint8_t v = c.u8(off + 4);
            if (ctx.truncated) return;
            ctx.out.f(", 0x{:x}", v);
            break;
        }
        case 0x0004:
            if (len != 10) return invalid();
            if (!c.need(off + 4, 6)) return;
            ctx.out.put(", ");
            put_mac_at(ctx, c, off + 4);
            break;
        default:
            if (!c.need(off, len)) return;
            break;
        }
        if (ctx.truncated) return;
        off += len;
        length -= len;
    }
}

}  // namespace rd
