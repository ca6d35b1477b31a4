// DVMRP (RFC 1075, draft-ietf-idmr-dvmrp-v3) messages carried in IGMP type 0x13.
#include "protos.hpp"
#include "relts.hpp"

namespace rd {

namespace {

constexpr Tok kTypes[] = {
    {1, "Probe"},          {2, "Report"},     {3, "Ask-neighbors(old)"},
    {4, "Neighbors(old)"}, {5, "Ask-neighbors2"}, {6, "Neighbors2"},
    {7, "Prune"},          {8, "Graft"},      {9, "Graft-ACK"},
};

void put_ip4(Ctx& ctx, uint32_t a) { put_ipv4(ctx.out, a); }

void report_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    size_t p = 0;
    while (len != 0) {
        if (len < 3) {
            out.f(" [length {} < 3]", len);
            ctx.print_invalid();
            return;
        }
        const uint8_t m0 = c.u8(p), m1 = c.u8(p + 1), m2 = c.u8(p + 2);
        if (ctx.truncated) return;
        const uint32_t mask = 0xffu << 24 | uint32_t{m0} << 16 | uint32_t{m1} << 8 | m2;
        unsigned width = 1;
        if (m0) width = 2;
        if (m1) width = 3;
        if (m2) width = 4;
        out.put("\n\tMask ");
        put_ip4(ctx, mask);
        p += 3;
        len -= 3;
        bool done = false;
        do {
            if (len < width + 1) {
                out.put("\n\t  [Truncated Report]");
                ctx.print_invalid();
                return;
            }
            uint32_t origin = 0;
            unsigned i = 0;
            for (; i < width; ++i) origin = origin << 8 | c.u8(p++);
            for (; i < 4; ++i) origin <<= 8;
            const uint8_t metric = c.u8(p++);
            if (ctx.truncated) return;
            done = metric & 0x80;
            out.put("\n\t  ");
            put_ip4(ctx, origin);
            out.f(" metric {}", metric & 0x7f);
            len -= width + 1;
        } while (!done);
    }
}

void probe_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < 4) {
        out.f(" [full length {} < 4]", len);
        ctx.print_invalid();
        return;
    }
    out.put(ctx.opt.vflag > 1 ? "\n\t" : " ");
    const uint32_t genid = c.be32(0);
    if (ctx.truncated) return;
    out.f("genid {}", genid);
    if (ctx.opt.vflag < 2) return;
    size_t p = 4;
    len -= 4;
    while (len != 0) {
        if (len < 4) {
            out.f("[remaining length {} < 4]", len);
            ctx.print_invalid();
            return;
        }
        if (!c.need(p, 4)) return;
        out.put("\n\tneighbor ");
        put_ip4_at(ctx, c, p);
        p += 4;
        len -= 4;
    }
}

void neighbors_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    size_t p = 0;
    while (len != 0) {
        if (len < 7) {
            out.f(" [length {} < 7]", len);
            ctx.print_invalid();
            return;
        }
        const size_t laddr = p;
        const uint8_t metric = c.u8(p + 4), thresh = c.u8(p + 5);
        int ncount = c.u8(p + 6);
        if (ctx.truncated) return;
        p += 7;
        len -= 7;
        while (--ncount >= 0) {
            if (len < 4) {
                out.f(" [length {} < 4]", len);
                ctx.print_invalid();
                return;
            }
            if (!c.need(laddr, 4)) return;
            out.put(" [");
            put_ip4_at(ctx, c, laddr);
            out.put(" ->");
            if (!c.need(p, 4)) return;
            out.put(' ');
            put_ip4_at(ctx, c, p);
            out.f(", ({}/{})]", metric, thresh);
            p += 4;
            len -= 4;
        }
    }
}

void neighbors2_print(Ctx& ctx, const Cursor& c, uint32_t len, uint8_t major, uint8_t minor) {
    OutBuf& out = ctx.out;
    out.f(" (v {}.{}):", major, minor);
    size_t p = 0;
    while (len != 0) {
        if (len < 8) {
            out.f(" [length {} < 8]", len);
            ctx.print_invalid();
            return;
        }
        const size_t laddr = p;
        const uint8_t metric = c.u8(p + 4), thresh = c.u8(p + 5), flags = c.u8(p + 6);
        int ncount = c.u8(p + 7);
        if (ctx.truncated) return;
        p += 8;
        len -= 8;
        while (--ncount >= 0 && len != 0) {
            if (len < 4) {
                out.f(" [length {} < 4]", len);
                ctx.print_invalid();
                return;
            }
            if (!c.need(laddr, 4)) return;
            out.put(" [");
            put_ip4_at(ctx, c, laddr);
            out.put(" -> ");
            if (!c.need(p, 4)) return;
            put_ip4_at(ctx, c, p);
            out.f(" ({}/{}", metric, thresh);
            if (flags & 0x01) out.put("/tunnel");
            if (flags & 0x02) out.put("/srcrt");
            if (flags & 0x40) out.put("/querier");
            if (flags & 0x20) out.put("/disabled");
            if (flags & 0x10) out.put("/down");
            out.put(")]");
            p += 4;
            len -= 4;
        }
        if (ncount != -1) {
            out.put(" [invalid ncount]");
            ctx.print_invalid();
            return;
        }
    }
}

// " src A grp B" of prune, graft and graft-ack messages.
bool src_grp_print(Ctx& ctx, const Cursor& c) {
    if (!c.need(0, 8)) return false;
    ctx.out.put(" src ");
    put_ip4_at(ctx, c, 0);
    ctx.out.put(" grp ");
    put_ip4_at(ctx, c, 4);
    return true;
}

}  // namespace

void dvmrp_print(Ctx& ctx, Cursor c, uint32_t len) {
    OutBuf& out = ctx.out;
    ctx.proto = "dvmrp";
    if (len < 8) {
        out.f(" [length {} < 8]", len);
        ctx.print_invalid();
        return;
    }
    const uint8_t type = c.u8(1);
    if (ctx.truncated) return;
    const Cursor body = c.skip(8);
    len -= 8;
    out.put(' ');
    put_tok(ctx, kTypes, type, "[type {}]");
    switch (type) {
    case 1:
        if (ctx.opt.vflag) probe_print(ctx, body, len);
        break;
    case 2:
        if (ctx.opt.vflag > 1) report_print(ctx, body, len);
        break;
    case 4:
        neighbors_print(ctx, body, len);
        break;
    case 6: {
        // The version is in the IGMP group address field.
        const uint8_t major = c.u8(7), minor = c.u8(6);
        if (ctx.truncated) return;
        neighbors2_print(ctx, body, len, major, minor);
        break;
    }
    case 7: {
        if (!src_grp_print(ctx, body)) return;
        out.put(" timer ");
        const uint32_t timer = body.be32(8);
        if (ctx.truncated) return;
        put_relts(ctx, timer);
        break;
    }
    case 8:
    case 9:
        src_grp_print(ctx, body);
        break;
    default:
        break;
    }
}

}  // namespace rd
