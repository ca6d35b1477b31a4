// RPL control messages carried in ICMPv6 type 155 (RFC 6550): DIS, DIO, DAO, DAO-ACK.
#include "icmp6.hpp"

namespace rd::icmp6 {

namespace {

constexpr Tok kMops[] = {{0, "nonstoring"}, {1, "storing"}, {2, "nonstoring-multicast"},
                         {3, "storing-multicast"}};
constexpr Tok kOptions[] = {{0, "pad1"},        {1, "padN"},       {2, "metrics"},
                            {3, "routinginfo"}, {4, "config"},     {5, "rpltarget"},
                            {6, "transitinfo"}, {8, "destprefix"}, {9, "rpltargetdesc"}};

// Options of a DIO, DAO or DAO-ACK from off on (length bytes of them).
void options_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t length) {
    OutBuf& out = ctx.out;
    while (length != 0) {
        const uint8_t type = c.u8(off);
        if (ctx.truncated) return;
        uint32_t optlen;
        if (type == 0) {
            optlen = 1;
            out.put(" opt:pad1");
        } else {
            if (length < 2) {
                ctx.print_trunc();
                return;
            }
            optlen = c.u8(off + 1) + 2u;
            if (ctx.truncated) return;
            out.put(" opt:");
            put_tok(ctx, kOptions, type, "subopt:{}");
            out.f(" len:{} ", optlen);
            if (!c.has(off, optlen) || length < optlen) {
                ctx.print_trunc();
                return;
            }
            if (ctx.opt.vflag > 2) hex_dump_prefixed(out, " ", c.bytes(off + 2, optlen - 2));
        }
        off += optlen;
        length -= optlen;
    }
}

void dio_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (!c.has(0, 24)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t mopprf = c.u8(4);
    ctx.out.put(" [dagid:");
    put_ip6_at(ctx, c, 8);
    ctx.out.f(",seq:{},instance:{},rank:{},{}mop:", c.u8(5), c.u8(0), c.be16(2),
              (mopprf & 0x80) ? "grounded," : "");
    put_tok(ctx, kMops, (mopprf >> 3) & 7, "mop{}");
    ctx.out.f(",prf:{}]", mopprf & 7);
    if (ctx.opt.vflag > 1) options_print(ctx, c, 24, length - 24);
}

void dao_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (!c.has(0, 20)) {
        ctx.print_trunc();
        return;
    }
    if (length < 4) {
        out.put(" [|length too short]");
        return;
    }
    size_t off = 4;
    length -= 4;
    const uint8_t flags = c.u8(1);
    const bool has_dagid = flags & 0x40;
    if (has_dagid) {
        if (length < 16) {
            out.put(" [|length too short]");
            return;
        }
        off += 16;
        length -= 16;
    }
    out.put(" [dagid:");
    if (has_dagid)
        put_ip6_at(ctx, c, 4);
    else
        out.put("<elided>");
    out.f(",seq:{},instance:{}{}{},{:02x}]", c.u8(3), c.u8(0), (flags & 0x80) ? ",acK" : "",
          has_dagid ? ",Dagid" : "", flags);
    if (ctx.opt.vflag > 1) options_print(ctx, c, off, length);
}

void daoack_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (!c.has(0, 4)) {
        ctx.print_trunc();
        return;
    }
    if (length < 4) {
        out.put(" [|dao-length too short]");
        return;
    }
    size_t off = 4;
    length -= 4;
    const bool has_dagid = c.u8(1) & 0x80;
    if (has_dagid) {
        if (!c.has(4, 16)) {
            ctx.print_trunc();
            return;
        }
        if (length < 16) {
            out.put(" [|dao-length too short]");
            return;
        }
        off += 16;
        length -= 16;
    }
    out.put(" [dagid:");
    if (has_dagid)
        put_ip6_at(ctx, c, 4);
    else
        out.put("<elided>");
    out.f(",seq:{},instance:{},status:{}]", c.u8(2), c.u8(0), c.u8(3));
    if (ctx.opt.vflag > 1) options_print(ctx, c, off, length);
}

}  // namespace

void rpl_print(Ctx& ctx, const Cursor& c, uint8_t code, uint32_t length) {
    OutBuf& out = ctx.out;
    if (code & 0x80) {
        out.put(", (SEC) [worktodo]");
        return;
    }
    out.put(", (CLR)");
    switch (code & 0x7f) {
    case 0:
        out.put("DODAG Information Solicitation");
        break;
    case 1:
        out.put("DODAG Information Object");
        if (ctx.opt.vflag) dio_print(ctx, c, length);
        break;
    case 2:
        out.put("Destination Advertisement Object");
        if (ctx.opt.vflag) dao_print(ctx, c, length);
        break;
    case 3:
        out.put("Destination Advertisement Object Ack");
        if (ctx.opt.vflag) daoack_print(ctx, c, length);
        break;
    default:
        out.f("RPL message, unknown code {}", code);
        break;
    }
}

}  // namespace rd::icmp6
