// Cisco UniDirectional Link Detection (SNAP 00000c/0111).
#include "protos.hpp"

namespace rd {

namespace {
constexpr Tok kTlvs[] = {
    {0x0001, "Device-ID TLV"},        {0x0002, "Port-ID TLV"},          {0x0003, "Echo TLV"},
    {0x0004, "Message Interval TLV"}, {0x0005, "Timeout Interval TLV"}, {0x0006, "Device Name TLV"},
    {0x0007, "Sequence Number TLV"},
};

constexpr Tok kCodes[] = {
    {0x00, "Reserved"}, {0x01, "Probe message"}, {0x02, "Echo message"}, {0x03, "Flush message"},
};

constexpr Tok kFlags[] = {
    {0x01, "RT"},    {0x02, "RSY"},   {0x04, "MBZ-2"}, {0x08, "MBZ-3"},
    {0x10, "MBZ-4"}, {0x20, "MBZ-5"}, {0x40, "MBZ-6"}, {0x80, "MBZ-7"},
};
}  // namespace

void udld_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "udld";
    size_t off = 0;
    auto invalid = [&] {
        ctx.print_invalid();
        c.need(off, length);
    };
    if (length < 4) return invalid();
    const uint8_t vc = c.u8(0), flags = c.u8(1);
    if (ctx.truncated) return;
    const uint8_t code = vc & 0x1f;
    ctx.out.f("UDLDv{}, Code ", vc >> 5);
    put_tok(ctx, kCodes, code, "Reserved");
    ctx.out.f(" ({:x}), Flags [", code);
    put_bits(ctx, kFlags, flags, ", ");
    ctx.out.f("] (0x{:02x}), length {}", flags, length);
    if (ctx.opt.vflag < 1) {
        c.need(0, length);
        return;
    }
    const uint16_t cksum = c.be16(2);
    if (ctx.truncated) return;
    ctx.out.f("\n\tChecksum 0x{:04x} (unverified)", cksum);
    off = 4;
    length -= 4;
    while (length) {
        if (length < 4) return invalid();
        const uint16_t type = c.be16(off);
        uint32_t len = c.be16(off + 2);
        if (ctx.truncated) return;
        ctx.out.put("\n\t");
        put_tok(ctx, kTlvs, type, "Unknown");
        ctx.out.f(" (0x{:04x}) TLV, length {}", type, len);
        if (len <= 4 || len > length) return invalid();
        len -= 4;
        off += 4;
        length -= 4;
        switch (type) {
        case 0x0001:
        case 0x0002:
        case 0x0006:
            ctx.out.put(", ");
            put_string_nul_padded(ctx, c, off, len);
            break;
        case 0x0003:
            ctx.out.put(", ");
            put_string_n(ctx, c, off, len);
            break;
        case 0x0004:
        case 0x0005: {
            if (len != 1) return invalid();
            const uint8_t v = c.u8(off);
            if (ctx.truncated) return;
            ctx.out.f(", {}s", v);
            break;
        }
        case 0x0007: {
            if (len != 4) return invalid();
            const uint32_t v = c.be32(off);
            if (ctx.truncated) return;
            ctx.out.f(", {}", v);
            break;
        }
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
