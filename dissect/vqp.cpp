// Cisco VLAN Query Protocol (VQP, VMPS), UDP port 1589: header and objects (-v).
#include "vqp.hpp"

namespace rd {

namespace {

constexpr Tok kMsgTypes[] = {
    {0x01, "Request, Join Port"}, {0x02, "Response, VLAN"},
    {0x03, "Request, Reconfirm"}, {0x04, "Response, Reconfirm"},
};
constexpr Tok kErrors[] = {
    {0x00, "No error"}, {0x03, "Access denied"}, {0x04, "Shutdown port"}, {0x05, "Wrong VTP domain"},
};
constexpr Tok kObjects[] = {
    {0x0c01, "Client IP Address"}, {0x0c02, "Port Name"},  {0x0c03, "VLAN Name"},
    {0x0c04, "VTP Domain"},        {0x0c05, "Ethernet Packet"}, {0x0c06, "MAC Null"},
    {0x0c08, "MAC Address"},
};

}  // namespace

void vqp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "vqp";
    if (!c.has(0, 8) || length < 8) return ctx.print_trunc();
    const uint8_t version = c.u8(0);
    if (version != 1) {
        out.f("VQP version {} packet not supported", version);
        return;
    }
    const uint8_t type = c.u8(1), error = c.u8(2);
    if (ctx.opt.vflag < 1) {
        out.f("VQPv{} ", version);
        put_tok(ctx, kMsgTypes, type, "unknown ({})");
        out.put(" Message, error-code ");
        put_tok(ctx, kErrors, error, "unknown");
        out.f(" ({}), length {}", error, length);
        return;
    }
    unsigned items = c.u8(3);
    out.f("\n\tVQPv{}, ", version);
    put_tok(ctx, kMsgTypes, type, "unknown ({})");
    out.put(" Message, error-code ");
    put_tok(ctx, kErrors, error, "unknown");
    out.f(" ({}), seq 0x{:08x}, items {}, length {}", error, c.be32(4), items, length);
    size_t p = 8;
    uint32_t left = length - 8;
    while (items != 0 && left != 0) {
        if (!c.has(p, 6) || left < 6) return ctx.print_trunc();
        const uint32_t obj = c.be32(p);
        const uint16_t len = c.be16(p + 4);
        p += 6;
        left -= 6;
        out.put("\n\t  ");
        put_tok(ctx, kObjects, obj, "Unknown");
        out.f(" Object (0x{:08x}), length {}, value: ", obj, len);
        if (obj == 0 || len == 0) return;
        if (!c.has(p, len) || len > left) return ctx.print_trunc();
        switch (obj) {
        case 0x0c01:
            if (len != 4) return ctx.print_invalid();
            put_ip4_at(ctx, c, p);
            out.f(" (0x{:08x})", c.be32(p));
            break;
        case 0x0c02: case 0x0c03: case 0x0c04: case 0x0c05:
            put_string_nul_padded(ctx, c, p, len);
            break;
        case 0x0c06: case 0x0c08:
            if (len != 6) return ctx.print_invalid();
            put_mac_at(ctx, c, p);
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t    ", len);
            break;
        }
        p += len;
        left -= len;
        --items;
    }
}

}  // namespace rd
