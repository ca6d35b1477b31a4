// LBL whiteboard (wb), UDP port 4567 (or -T wb): session messages, page state and
// drawing operations (with -v).
#include "wb.hpp"

namespace rd {

namespace {

constexpr const char* kDops[] = {"dop-0!", "dop-1!", "RECT", "LINE", "ML",     "DEL",    "XFORM", "ELL",
                                 "CHAR",   "STR",    "NOP",  "PSCODE", "PSCOMP", "REF", "SKIP",  "HOLE"};

// "ADDR:N" pairs (site id, offset) from off: "<a:1,b:2" (the caller closes it).
void put_id_offs(Ctx& ctx, const Cursor& c, size_t& off, uint32_t n) {
    char sep = '<';
    for (uint32_t i = 0; i < n && !ctx.truncated; ++i, off += 8) {
        const uint32_t o = c.be32(off + 4);
        if (!c.has(off, 4)) return;
        ctx.out.put(sep);
        put_ip4_at(ctx, c, off);
        ctx.out.f(":{}", o);
        sep = ',';
    }
}

// Drawing operations after a drawop header at off, for sequence numbers ss..es.
void dops(Ctx& ctx, const Cursor& c, size_t off, uint32_t ss, uint32_t es) {
    OutBuf& out = ctx.out;
    out.put(" <");
    for (; ss <= es && !ctx.truncated; ++ss) {
        const uint8_t t = c.u8(off + 7);
        if (ctx.truncated) return;
        if (t > 15) {
            out.f(" dop-{}!", t);
        } else {
            out.put(' ');
            out.put(kDops[t]);
            if (t == 14 || t == 15) {
                const uint32_t ts = c.be32(off);
                if (ctx.truncated) return;
                out.f("{}", ts - ss + 1);
                if (ss > ts || ts > es) {
                    out.put("[|]");
                    if (ts < ss) return;
                }
                ss = ts;
            }
        }
        const uint16_t dlen = c.be16(off + 4);
        if (ctx.truncated) return;
        // Each step moves at least 8 bytes, so the capture's end stops the loop even
        // when ss wraps past es = 0xffffffff.
        off += (uint64_t{dlen} + 8 + 3) & ~uint64_t{3};
    }
    out.put(" >");
}

// Each returns false for a message too short for its fixed part.
bool wb_id(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    out.put(" wb-id:");
    if (len < 28) return false;
    len -= 28;
    const uint32_t slot = c.be32(12), uid = c.be32(20), mslot = c.be32(0), muid = c.be32(8);
    if (!c.has(16, 4) || !c.has(4, 4)) return true;
    out.f(" {}/", slot);
    put_ip4_at(ctx, c, 16);
    out.f(":{} (max {}/", uid, mslot);
    put_ip4_at(ctx, c, 4);
    out.f(":{}) ", muid);
    if (!c.need(0, 28)) return true;
    const uint32_t nid = c.be16(24);
    if (len < uint64_t{nid} * 8) return false;
    len -= nid * 8;
    size_t off = 28;
    put_id_offs(ctx, c, off, nid);
    if (ctx.truncated) return true;
    out.put("> \"");
    put_string_nul_padded(ctx, c, off, len);
    out.put('"');
    return true;
}

bool wb_prep(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    out.put(" wb-prep:");
    if (len < 4) return false;
    uint32_t n = c.be32(0);
    size_t off = 4;
    while (n != 0 && !ctx.truncated) {
        const uint32_t slot = c.be32(off), uid = c.be32(off + 8);
        if (ctx.truncated) return true;
        out.f(" {}/", slot);
        put_ip4_at(ctx, c, off + 4);
        out.f(":{}", uid);
        if (!c.need(off, 16)) return true;  // the whole page state must be there
        const uint8_t nid = c.u8(off + 12);
        off += 16;
        put_id_offs(ctx, c, off, nid);
        out.put('>');
        --n;
    }
    return true;
}

}  // namespace

void wb_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "wb";
    if (length < 12) return ctx.print_invalid();
    if (!c.has(0, 12)) return ctx.print_trunc();
    uint32_t len = length - 12;
    if (c.u8(11)) out.put('*');
    const uint8_t type = c.u8(10);
    const Cursor m = c.skip(12);
    bool ok = true;
    switch (type) {
    case 4: out.put(" wb-kill"); return;
    case 1: ok = wb_id(ctx, m, len); break;
    case 2:  // repair request
        out.put(" wb-rreq:");
        if (len < 20) { ok = false; break; }
        if (!m.need(0, 20)) return;
        out.put(" please repair ");
        put_ip4_at(ctx, m, 0);
        out.put(' ');
        put_ip4_at(ctx, m, 4);
        out.f(":{}<{}:{}>", m.be32(8), m.be32(12), m.be32(16));
        break;
    case 3:    // repair reply
    case 0: {  // drawing operations
        const size_t d = type == 3 ? 4 : 0;
        out.put(type == 3 ? " wb-rrep:" : " wb-dop:");
        if (len < d + 16) { ok = false; break; }
        if (!m.need(0, d + 16)) return;
        if (type == 3) {
            out.put(" for ");
            put_ip4_at(ctx, m, 0);
        }
        out.put(' ');
        put_ip4_at(ctx, m, d);
        const uint32_t ss = m.be32(d + 8), es = m.be32(d + 12);
        out.f(":{}<{}:{}>", m.be32(d + 4), ss, es);
        if (ctx.opt.vflag) dops(ctx, m, d + 16, ss, es);
        break;
    }
    case 5:  // page request
        out.put(" wb-preq:");
        if (len < 16) { ok = false; break; }
        if (!m.need(0, 12)) return;
        out.f(" need {}/", m.be32(8));
        put_ip4_at(ctx, m, 0);
        out.f(":{}", m.be32(4));
        (void)m.need(0, 16);
        break;
    case 7: ok = wb_prep(ctx, m, len); break;
    default:
        out.f(" wb-{}!", type);
        ok = false;
        break;
    }
    if (!ok) ctx.print_invalid();
}

}  // namespace rd
