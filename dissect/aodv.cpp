// AODV (RFC 3561, UDP port 654): route request, reply and error messages over IPv4 and
// IPv6 (RFC layout, and the IPv6 draft-01 layout of types 16..19), and the hello
// extension.
#include "routing.hpp"

namespace rd {

namespace {

// Where the fields of a request or reply sit; the draft-01 IPv6 messages put the
// sequence numbers before the addresses.
struct Layout {
    uint32_t size;
    uint32_t alen;
    size_t dst, dseq, src, sseq_or_life, id;
};

// RFC 3561 request: type flags 0 hops id dst dseq src sseq.
constexpr Layout rreq_layout(bool v6) {
    const uint32_t a = v6 ? 16 : 4;
    return {16 + 2 * a, a, 8, 8 + a, 12 + a, 12 + 2 * a, 4};
}
// RFC 3561 reply: type flags prefix hops dst dseq src lifetime.
constexpr Layout rrep_layout(bool v6) {
    const uint32_t a = v6 ? 16 : 4;
    return {12 + 2 * a, a, 4, 4 + a, 8 + a, 8 + 2 * a, 0};
}
constexpr Layout kDraftRreq = {48, 16, 16, 8, 32, 12, 4};  // id dseq sseq dst src
constexpr Layout kDraftRrep = {44, 16, 8, 4, 24, 40, 0};   // dseq dst src lifetime

// tcpdump's own length checks here end the packet with the marker, not as cut short.
bool check(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t size) {
    if (c.has(0, size) && length >= size) return true;
    ctx.print_trunc();
    return false;
}

void put_a(Ctx& ctx, const Cursor& c, size_t off, uint32_t alen) {
    if (alen == 16) put_ip6_at(ctx, c, off); else put_ip4_at(ctx, c, off);
}

bool extension_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (!c.has(p, 2)) {
        ctx.print_trunc();
        return false;
    }
    const uint8_t type = c.u8(p);
    const uint8_t elen = c.u8(p + 1);
    if (type == 1) {
        if (!c.has(p, 6) || len < 6) {
            ctx.print_trunc();
            return false;
        }
        if (elen < 4) ctx.out.f("\n\text HELLO - bad length {}", elen);
        else ctx.out.f("\n\text HELLO {} ms", c.be32(p + 2));
    } else {
        ctx.out.f("\n\text {} {}", type, elen);
    }
    return true;
}

void rreq_print(Ctx& ctx, const Cursor& c, uint32_t length, const Layout& l, const char* name) {
    if (!check(ctx, c, length, l.size)) return;
    const uint8_t t = c.u8(0);  // (tcpdump takes the flags from the type byte)
    ctx.out.f(" {} {} {}{}{}{}{}hops {} id 0x{:08x}\n\tdst ", name, length, (t & 0x80) ? "[J]" : "",
              (t & 0x40) ? "[R]" : "", (t & 0x20) ? "[G]" : "", (t & 0x10) ? "[D]" : "", (t & 0x08) ? "[U] " : " ",
              c.u8(3), c.be32(l.id));
    put_a(ctx, c, l.dst, l.alen);
    ctx.out.f(" seq {} src ", c.be32(l.dseq));
    put_a(ctx, c, l.src, l.alen);
    ctx.out.f(" seq {}", c.be32(l.sseq_or_life));
    const uint32_t rest = length - l.size;
    if (rest >= 2) extension_print(ctx, c, l.size, rest);
}

void rrep_print(Ctx& ctx, const Cursor& c, uint32_t length, const Layout& l, const char* name) {
    if (!check(ctx, c, length, l.size)) return;
    const uint8_t t = c.u8(0);
    ctx.out.f(" {} {} {}{}prefix {} hops {}\n\tdst ", name, length, (t & 0x80) ? "[R]" : "", (t & 0x40) ? "[A] " : " ",
              c.u8(2) & 0x1f, c.u8(3));
    put_a(ctx, c, l.dst, l.alen);
    ctx.out.f(" dseq {} src ", c.be32(l.dseq));
    put_a(ctx, c, l.src, l.alen);
    ctx.out.f(" {} ms", c.be32(l.sseq_or_life));
    const uint32_t rest = length - l.size;
    if (rest >= 2) extension_print(ctx, c, l.size, rest);
}

// Error: unreachable destinations (alen-byte address, sequence number).
void rerr_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t alen, const char* name) {
    if (!check(ctx, c, length, 4)) return;
    ctx.out.f(" {} {} [items {}] [{}]:", name, (c.u8(1) & 0x80) ? "[D]" : "", c.u8(3), length);
    const uint32_t size = alen + 4;
    uint32_t left = length - 4;
    size_t p = 4;
    for (unsigned n = c.u8(3); n != 0 && !ctx.truncated; --n) {
        if (!c.has(p, size) || left < size) {
            ctx.print_trunc();
            return;
        }
        ctx.out.put(" {");
        put_a(ctx, c, p, alen);
        ctx.out.f("}}({})", c.be32(p + alen));
        p += size;
        left -= size;
    }
}

}  // namespace

void aodv_print(Ctx& ctx, Cursor c, uint32_t length, bool v6) {
    ctx.proto = "aodv";
    const uint8_t type = c.u8(0);  // fetched before anything is shown
    if (ctx.truncated) return;
    ctx.out.put(" aodv");
    switch (type) {
    case 1: rreq_print(ctx, c, length, rreq_layout(v6), v6 ? "v6 rreq" : "rreq"); break;
    case 2: rrep_print(ctx, c, length, rrep_layout(v6), "rrep"); break;  // (only the request says "v6")
    case 3: rerr_print(ctx, c, length, v6 ? 16 : 4, "rerr"); break;
    case 4:
    case 19: ctx.out.f(" rrep-ack {}", length); break;
    case 16: rreq_print(ctx, c, length, kDraftRreq, "rreq"); break;
    case 17: rrep_print(ctx, c, length, kDraftRrep, "rrep"); break;
    case 18: rerr_print(ctx, c, length, 16, "rerr"); break;
    default: ctx.out.f(" type {} {}", type, length); break;
    }
}

}  // namespace rd
