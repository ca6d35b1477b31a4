// PIM version 1 messages, carried in IGMP type 0x14.
#include "protos.hpp"
#include "relts.hpp"

namespace rd {

namespace {

constexpr Tok kTypes[] = {{0, "Query"},        {1, "Register"}, {2, "Register-Stop"},
                          {3, "Join/Prune"},   {4, "RP-reachable"}, {5, "Assert"},
                          {6, "Graft"},        {7, "Graft-ACK"}};

// "A" or "A/MASK" (the mask only when it is not all ones).
void addr_mask(Ctx& ctx, const Cursor& c, size_t addr, size_t mask) {
    put_ip4_at(ctx, c, addr);
    const uint32_t m = c.be32(mask);
    if (ctx.truncated) return;
    if (m != 0xffffffff) {
        if (!c.need(mask, 4)) return;
        ctx.out.put('/');
        put_ip4_at(ctx, c, mask);
    }
}

// Join/prune, graft and graft-ack bodies (c starts after the 8-byte header).
void join_prune_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    // A single group with a single source: one line.
    if (c.has(0, 30) && c.u8(11) == 1) {
        const uint16_t njoin = c.be16(20);
        if (njoin + c.be16(22) == 1) {
            out.put(" RPF ");
            put_ip4_at(ctx, c, 0);
            out.put(' ');
            const uint16_t hold = c.be16(6);
            if (hold != 180) {
                out.put("Hold ");
                put_relts(ctx, hold);
            }
            out.f("{} (", njoin ? "Join" : "Prune");
            put_ip4_at(ctx, c, 26);
            out.f("/{}, ", c.u8(25) & 0x3f);
            put_ip4_at(ctx, c, 12);
            if (c.be32(16) != 0xffffffff) {
                out.put('/');
                put_ip4_at(ctx, c, 16);
            }
            out.f(") {}{} {}", (c.u8(24) & 0x01) ? "Sparse" : "Dense", (c.u8(25) & 0x80) ? " WC" : "",
                  (c.u8(25) & 0x40) ? "RP" : "SPT");
            return;
        }
    }

    size_t p = 0;
    if (len < 4) {
        ctx.print_trunc();
        return;
    }
    if (ctx.opt.vflag > 1) out.put('\n');
    if (!c.need(p, 4)) return;
    out.put(" Upstream Nbr: ");
    put_ip4_at(ctx, c, p);
    p += 4;
    len -= 4;
    if (len < 4) {
        ctx.print_trunc();
        return;
    }
    if (ctx.opt.vflag > 1) out.put('\n');
    out.put(" Hold time: ");
    const uint16_t hold = c.be16(p + 2);
    if (ctx.truncated) return;
    put_relts(ctx, hold);
    if (ctx.opt.vflag < 2) return;
    p += 4;
    len -= 4;
    if (len < 4) {
        ctx.print_trunc();
        return;
    }
    uint32_t ngroups = c.u8(p + 3);
    if (ctx.truncated) return;
    p += 4;
    len -= 4;
    while (ngroups != 0) {
        if (len < 4) {
            ctx.print_trunc();
            return;
        }
        if (!c.need(p, 4)) return;
        out.put("\n\tGroup: ");
        put_ip4_at(ctx, c, p);
        p += 4;
        len -= 4;
        if (len < 4) {
            ctx.print_trunc();
            return;
        }
        const uint32_t mask = c.be32(p);
        if (ctx.truncated) return;
        if (mask != 0xffffffff) {
            out.put('/');
            put_ip4_at(ctx, c, p);
        }
        p += 4;
        len -= 4;
        if (len < 4) {
            ctx.print_trunc();
            return;
        }
        const uint32_t njoin = c.be16(p), nprune = c.be16(p + 2);
        if (ctx.truncated) return;
        out.f(" joined: {} pruned: {}", njoin, nprune);
        p += 4;
        len -= 4;
        for (uint32_t njp = 0; njp < njoin + nprune; ++njp) {
            if (len < 6) {
                ctx.print_trunc();
                return;
            }
            const uint8_t f0 = c.u8(p), f1 = c.u8(p + 1);
            if (!c.need(p + 2, 4)) return;
            out.f("\n\t{} {}{}{}", njp < njoin ? "Join " : "Prune", (f0 & 0x01) ? "Sparse " : "Dense ",
                  (f1 & 0x80) ? "WC " : "", (f1 & 0x40) ? "RP " : "SPT ");
            put_ip4_at(ctx, c, p + 2);
            out.f("/{}", f1 & 0x3f);
            p += 6;
            len -= 6;
        }
        --ngroups;
    }
}

}  // namespace

void pimv1_print(Ctx& ctx, Cursor c, uint32_t len) {
    OutBuf& out = ctx.out;
    ctx.proto = "pimv1";
    const uint8_t type = c.u8(1);
    if (ctx.truncated) return;
    out.put(' ');
    put_tok(ctx, kTypes, type, "[type {}]");
    switch (type) {
    case 0:
        if (c.has(8, 1)) {
            const uint8_t mode = c.u8(8) >> 4;
            switch (mode) {
            case 0:
                out.put(" Dense-mode");
                break;
            case 1:
                out.put(" Sparse-mode");
                break;
            case 2:
                out.put(" Sparse-Dense-mode");
                break;
            default:
                out.f(" mode-{}", mode);
                break;
            }
        }
        if (ctx.opt.vflag) {
            out.put(" (Hold-time ");
            const uint16_t hold = c.be16(10);
            if (ctx.truncated) return;
            put_relts(ctx, hold);
            out.put(')');
        }
        break;
    case 1:
        if (!c.has(8, 20)) {
            ctx.print_trunc();
            return;
        }
        out.put(" for ");
        put_ip4_at(ctx, c, 20);
        out.put(" > ");
        put_ip4_at(ctx, c, 24);
        break;
    case 2:
        if (!c.need(8, 8)) return;
        out.put(" for ");
        put_ip4_at(ctx, c, 8);
        out.put(" > ");
        put_ip4_at(ctx, c, 12);
        break;
    case 4:
        if (ctx.opt.vflag) {
            if (!c.need(8, 4)) return;
            out.put(" group ");
            addr_mask(ctx, c, 8, 12);
            if (!c.need(16, 4)) return;
            out.put(" RP ");
            put_ip4_at(ctx, c, 16);
            out.put(" hold ");
            const uint16_t hold = c.be16(22);
            if (ctx.truncated) return;
            put_relts(ctx, hold);
        }
        break;
    case 5: {
        if (!c.need(16, 4) || !c.need(8, 4)) return;
        out.put(" for ");
        put_ip4_at(ctx, c, 16);
        out.put(" > ");
        put_ip4_at(ctx, c, 8);
        const uint32_t mask = c.be32(12);
        if (ctx.truncated) return;
        if (mask != 0xffffffff) {
            out.put('/');
            put_ip4_at(ctx, c, 12);
        }
        const uint32_t pref = c.be32(20), metric = c.be32(24);
        if (ctx.truncated) return;
        out.f(" {} pref {} metric {}", (pref & 0x80000000) ? "RP-tree" : "SPT", pref & 0x7fffffff, metric);
        break;
    }
    case 3:
    case 6:
    case 7:
        if (ctx.opt.vflag) {
            if (len < 8) {
                ctx.print_trunc();
                return;
            }
            join_prune_print(ctx, c.skip(8), len - 8);
        }
        break;
    default:
        break;
    }
    if (ctx.truncated) return;
    const uint8_t ver = c.u8(4);
    if (ctx.truncated) return;
    if ((ver >> 4) != 1) out.f(" [v{}]", ver >> 4);
}

}  // namespace rd
