// Printing strings carried in packets the way tcpdump does (its fn_print_char and the
// nd_print* family): bytes with the high bit as "M-", control characters as "^X".
#include "protos.hpp"
#include "ringdump/format/hexdump.hpp"

namespace rd {

void put_char_escaped(OutBuf& out, uint8_t ch) {
    if (ch & 0x80) {
        out.put("M-");
        ch &= 0x7f;
    }
    if (ch < 0x20 || ch == 0x7f) {
        out.put('^');
        ch ^= 0x40;  // DEL becomes '?', the others letters
    }
    out.put(static_cast<char>(ch));
}

void put_string_n(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        const uint8_t ch = c.u8(off + i);
        if (ctx.truncated) return;
        put_char_escaped(ctx.out, ch);
    }
}

void put_string_nul_padded(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        const uint8_t ch = c.u8(off + i);
        if (ctx.truncated || ch == 0) return;
        put_char_escaped(ctx.out, ch);
    }
}

bool put_string_n_checked(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (!c.has(off + i, 1)) return true;
        put_char_escaped(ctx.out, c.u8(off + i));
    }
    return false;
}

void default_print_len(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (ctx.opt.xflag || ctx.opt.Xflag || ctx.opt.qflag || ctx.truncated) return;
    auto d = c.rest();
    if (d.size() > length) d = d.first(length);
    hex_ascii_dump(ctx.out, d);
    if (d.size() < length) ctx.mark_truncated();
}

void print_unknown_data(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t len) {
    if (ctx.truncated) return;
    if (off > c.size()) {
        ctx.out.put(indent);
        ctx.out.put("Dissector error: print_unknown_data called with pointer past end of packet");
        return;
    }
    auto data = c.rest(off);
    if (data.size() > len) data = data.first(len);
    hex_dump_prefixed(ctx.out, indent, data);
}

}  // namespace rd
