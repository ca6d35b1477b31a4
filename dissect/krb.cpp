// Kerberos on UDP 88/750 as tcpdump 4.99.3 shows it: the protocol version, and for
// Kerberos 4 (Athena technical plan E.2.1) the message type, byte order and the names
// and fields of KDC and application requests/replies and errors. Kerberos 5 (ASN.1) is
// only named.
#include "krb.hpp"

namespace rd {

namespace {

// Message types (the low bit of the type byte is the byte order: 1 = little-endian).
enum : uint8_t { kKdcRequest = 2, kKdcReply = 4, kApplRequest = 6, kErrReply = 10 };
constexpr Tok kTypes[] = {
    {kKdcRequest, "KDC_REQUEST"}, {kKdcReply, "KDC_REPLY"}, {kApplRequest, "APPL_REQUEST"},
    {8, "APPL_REQUEST_MUTUAL"},   {kErrReply, "ERR_REPLY"}, {12, "PRIVATE"},
    {14, "SAFE"},                 {16, "APPL_ERR"},         {126, "DIE"},
};
constexpr Tok kErrors[] = {
    {0, "OK"},
    {1, "NAME_EXP"},
    {2, "SERVICE_EXP"},
    {3, "AUTH_EXP"},
    {4, "PKT_VER"},
    {5, "NAME_MAST_KEY_VER"},
    {6, "SERV_MAST_KEY_VER"},
    {7, "BYTE_ORDER"},
    {8, "PRINCIPAL_UNKNOWN"},
    {9, "PRINCIPAL_NOT_UNIQUE"},
    {10, "NULL_KEY"},
};

// A NUL-terminated string at off (escaped as tcpdump does); the offset after its NUL,
// or SIZE_MAX when the capture ends first (the caller then shows the marker).
size_t put_cstring(Ctx& ctx, const Cursor& c, size_t off) {
    const auto rest = c.rest(off);
    for (size_t i = 0; i < rest.size(); ++i) {
        if (rest[i] == 0) return off + i + 1;
        put_char_escaped(ctx.out, rest[i]);
    }
    return SIZE_MAX;
}

// name.instance@realm after the two header bytes; SIZE_MAX after showing the marker.
size_t put_principal(Ctx& ctx, const Cursor& c) {
    size_t off = put_cstring(ctx, c, 2);
    if (off != SIZE_MAX) {
        ctx.out.put('.');
        off = put_cstring(ctx, c, off);
    }
    if (off != SIZE_MAX) {
        ctx.out.put('@');
        off = put_cstring(ctx, c, off);
    }
    if (off == SIZE_MAX) ctx.print_trunc();
    return off;
}

void krb4_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const uint8_t type_byte = c.u8(1);
    if (ctx.truncated) return;
    const bool little = (type_byte & 1) != 0;
    const uint8_t type = type_byte & 0xfe;
    out.put(little ? " le " : " be ");
    put_tok(ctx, kTypes, type, "#{}");
    out.put(": ");
    auto get16 = [&](size_t off) { return little ? c.le16(off) : c.be16(off); };
    size_t off = 0;
    switch (type) {
    case kKdcRequest:
        off = put_principal(ctx, c);
        if (off == SIZE_MAX) return;
        off += 4;  // time
        out.f(" {}min ", c.u8(off) * 5);
        off = put_cstring(ctx, c, off + 1);
        if (off != SIZE_MAX) {
            out.put('.');
            off = put_cstring(ctx, c, off);
        }
        if (off == SIZE_MAX) ctx.print_trunc();
        return;
    case kApplRequest:
        out.f("v{} ", c.u8(2));
        off = put_cstring(ctx, c, 3);
        if (off == SIZE_MAX) {
            ctx.print_trunc();
            return;
        }
        out.f(" ({})", c.u8(off));
        out.f(" ({})", c.u8(off + 1));
        return;
    case kKdcReply:
        off = put_principal(ctx, c);
        if (off == SIZE_MAX) return;
        out.f(" ({})", get16(off + 10));  // after time, count, expiry and key version
        return;
    case kErrReply: {
        off = put_principal(ctx, c);
        if (off == SIZE_MAX) return;
        const uint16_t code = get16(off + 4);  // after the time
        if (ctx.truncated) return;
        out.put(' ');
        put_tok(ctx, kErrors, code, "#{}");
        out.put(' ');
        if (put_cstring(ctx, c, off + 8) == SIZE_MAX) ctx.print_trunc();
        return;
    }
    default: out.put("(unknown)"); return;
    }
}

}  // namespace

void krb_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "krb";
    if (!c.has(0, 1)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t pvno = c.u8(0);
    switch (pvno) {
    case 1:
    case 2:
    case 3: ctx.out.f(" v{}", pvno); break;
    case 4:
        ctx.out.put(" v4");
        krb4_print(ctx, c);
        break;
    case 106:
    case 107: ctx.out.put(" v5"); break;
    default: break;
    }
}

}  // namespace rd
