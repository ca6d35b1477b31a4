// Helpers shared by the printers: addresses, token tables, the default payload dump.
#include "protos.hpp"
#include "ringdump/format/hexdump.hpp"

namespace rd {

void put_ip4_at(Ctx& ctx, const Cursor& c, size_t off) {
    const uint32_t a = c.be32(off);
    if (!ctx.truncated) ctx.names.ipv4(ctx.out, a);
}

void put_ip6_at(Ctx& ctx, const Cursor& c, size_t off) {
    const auto b = c.bytes(off, 16);
    if (!b.empty()) ctx.names.ipv6(ctx.out, b.first<16>());
}

void put_mac_at(Ctx& ctx, const Cursor& c, size_t off) {
    const auto b = c.bytes(off, 6);
    if (!b.empty()) ctx.names.mac(ctx.out, b.first<6>());
}

void put_addr(Ctx& ctx, std::span<const uint8_t> a) {
    if (a.size() == 4)
        ctx.names.ipv4(ctx.out, uint32_t{a[0]} << 24 | uint32_t{a[1]} << 16 | uint32_t{a[2]} << 8 | a[3]);
    else if (a.size() == 16)
        ctx.names.ipv6(ctx.out, a.first<16>());
}

void default_print(Ctx& ctx, std::span<const uint8_t> data) {
    // tcpdump's ndo_suppress_default_print: set by -x, -X and -q (not by -A).
    if (ctx.opt.xflag || ctx.opt.Xflag || ctx.opt.qflag) return;
    hex_ascii_dump(ctx.out, data);
}

void default_print_unsuppressed(Ctx& ctx, std::span<const uint8_t> data) {
    hex_ascii_dump(ctx.out, data);
}

const char* tok_lookup(std::span<const Tok> table, uint32_t value) {
    for (const auto& t : table)
        if (t.value == value) return t.name;
    return nullptr;
}

void put_tok(Ctx& ctx, std::span<const Tok> table, uint32_t value, const char* unknown_fmt) {
    if (const char* n = tok_lookup(table, value))
        ctx.out.put(n);
    else
        ctx.out.f(fmt::runtime(unknown_fmt), value);
}

void put_bits(Ctx& ctx, std::span<const Tok> table, uint32_t value, const char* sep,
              const char* none) {
    bool any = false;
    for (const auto& t : table) {
        // A token counts when all its bits are set (tcpdump 4.99's bittok2str), so a
        // multi-bit one such as PTP's 0x18c0 "unknown" shows only with all of them.
        if (t.value != 0 && (value & t.value) == t.value) {
            if (any) ctx.out.put(sep);
            ctx.out.put(t.name);
            any = true;
        }
    }
    if (!any) ctx.out.f(fmt::runtime(none), value);
}

}  // namespace rd
