// GRE (RFC 1701/2784/2890 version 0, RFC 2637 enhanced GRE version 1 for PPTP).
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint16_t kChecksumPresent = 0x8000;
constexpr uint16_t kRoutingPresent = 0x4000;
constexpr uint16_t kKeyPresent = 0x2000;
constexpr uint16_t kSeqPresent = 0x1000;
constexpr uint16_t kAckPresent = 0x0080;

constexpr Tok kGreFlags[] = {
    {0x8000, "checksum present"}, {0x4000, "routing present"}, {0x2000, "key present"},
    {0x1000, "sequence# present"}, {0x0800, "strict source route"}, {0x0080, "acknowledge# present"},
};

// A bounded walk over the GRE header: each read checks the wire length left first.
struct Walk {
    const Cursor& c;
    uint32_t off = 0;
    uint32_t len;  // wire bytes left
    bool fits(uint32_t n) const { return len >= n; }
    void advance(uint32_t n) {
        off += n;
        len -= n;
    }
};

void put_ethertype_name(Ctx& ctx, uint16_t prot) {
    const char* name = ethertype_name(prot);
    ctx.out.f(", proto {} (0x{:04x})", name ? name : "unknown", prot);
}

// A source route entry's addresses; false when it is malformed.
bool sre_print(Ctx& ctx, uint16_t af, uint8_t sreoff, uint8_t srelen, Walk w) {
    OutBuf& out = ctx.out;
    const uint32_t unit = af == 0x0800 ? 4 : 2;
    if (af != 0x0800 && af != 0xfffe) {
        out.f(", (rtaf=0x{:x})", af);
        return true;
    }
    out.put(af == 0x0800 ? ", (rtaf=ip" : ", (rtaf=asn");
    bool ok = true;
    if (sreoff & (unit - 1)) {
        out.f(", badoffset={}", sreoff);
        ok = false;
    } else if (srelen & (unit - 1)) {
        out.f(", badlength={}", srelen);
        ok = false;
    } else if (sreoff >= srelen) {
        out.f(", badoff/len={}/{}", sreoff, srelen);
        ok = false;
    } else {
        for (uint32_t at = 0; at < srelen; at += unit) {
            if (!w.fits(unit)) {
                ok = false;
                break;
            }
            if (!w.c.need(w.off, unit)) return true;
            out.put(' ');
            if (at == sreoff) out.put('*');
            if (unit == 4)
                put_ip4_at(ctx, w.c, w.off);
            else
                out.f("{:x}", w.c.be16(w.off));
            w.advance(unit);
        }
    }
    out.put(')');
    return ok;
}

void payload_print(Ctx& ctx, uint16_t prot, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    switch (prot) {
    case 0x883e:
        out.put("wccp ");
        if (len < 1) {
            ctx.print_trunc();
            return;
        }
        if ((c.u8(0) >> 4) != 4) {
            if (ctx.truncated) return;
            if (len < 4) {
                ctx.print_trunc();
                return;
            }
            const uint8_t fl = c.u8(0);
            if (!c.need(0, 4)) return;
            out.f("T:{} A:{} U:{} SId:{} Alt:{} Pri:{}", (fl & 0x80) ? '1' : '0',
                  (fl & 0x40) ? '1' : '0', (fl & 0x20) ? '1' : '0', c.u8(1), c.u8(2), c.u8(3));
            out.put(": ");
            ip_print(ctx, c.skip(4), len - 4);
            return;
        }
        ip_print(ctx, c, len);
        break;
    case 0x0800: ip_print(ctx, c, len); break;
    case 0x86dd: ip6_print(ctx, c, len); break;
    case 0x8847:
    case 0x8848: mpls_print(ctx, c, len); break;
    case 0x8137: ipx_print(ctx, c, len); break;
    case 0x809b: atalk_print(ctx, c, len); break;
    case 0x00fe: isoclns_print(ctx, c, len); break;
    case 0x6558: ether_print(ctx, c, len); break;
    case 0x894f: nsh_print(ctx, c, len); break;
    case 0x2000: cdp_print(ctx, c, len); break;
    default: out.f("gre-proto-0x{:x}", prot); break;
    }
}

void gre_v0_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    Walk w{c, 0, length};
    const uint16_t flags = c.be16(0);
    if (ctx.truncated) return;
    if (ctx.opt.vflag) {
        out.put(", Flags [");
        put_bits(ctx, kGreFlags, flags, ", ");
        out.put(']');
    }
    w.advance(2);
    if (!w.fits(2)) return ctx.print_trunc();
    const uint16_t prot = c.be16(w.off);
    if (ctx.truncated) return;
    w.advance(2);
    if (flags & (kChecksumPresent | kRoutingPresent)) {
        if (!w.fits(2)) return ctx.print_trunc();
        const uint16_t sum = c.be16(w.off);
        if (ctx.truncated) return;
        if (ctx.opt.vflag) out.f(", sum 0x{:x}", sum);
        w.advance(2);
        if (!w.fits(2)) return ctx.print_trunc();
        const uint16_t off = c.be16(w.off);
        if (ctx.truncated) return;
        out.f(", off 0x{:x}", off);
        w.advance(2);
    }
    if (flags & kKeyPresent) {
        if (!w.fits(4)) return ctx.print_trunc();
        const uint32_t key = c.be32(w.off);
        if (ctx.truncated) return;
        out.f(", key=0x{:x}", key);
        w.advance(4);
    }
    if (flags & kSeqPresent) {
        if (!w.fits(4)) return ctx.print_trunc();
        const uint32_t seq = c.be32(w.off);
        if (ctx.truncated) return;
        out.f(", seq {}", seq);
        w.advance(4);
    }
    if (flags & kRoutingPresent) {
        for (;;) {
            if (!w.fits(4)) return ctx.print_trunc();
            const uint16_t af = c.be16(w.off);
            const uint8_t sreoff = c.u8(w.off + 2);
            const uint8_t srelen = c.u8(w.off + 3);
            if (ctx.truncated) return;
            w.advance(4);
            if (af == 0 && srelen == 0) break;
            if (!sre_print(ctx, af, sreoff, srelen, w)) return ctx.print_trunc();
            if (ctx.truncated) return;
            if (!w.fits(srelen)) return ctx.print_trunc();
            w.advance(srelen);
        }
    }
    if (ctx.opt.eflag) put_ethertype_name(ctx, prot);
    out.f(", length {}", length);
    out.put(ctx.opt.vflag < 1 ? ": " : "\n\t");
    payload_print(ctx, prot, c.skip(w.off), w.len);
}

void gre_v1_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    Walk w{c, 0, length};
    const uint16_t flags = c.be16(0);
    if (ctx.truncated) return;
    w.advance(2);
    if (ctx.opt.vflag) {
        out.put(", Flags [");
        put_bits(ctx, kGreFlags, flags, ", ");
        out.put(']');
    }
    if (!w.fits(2)) return ctx.print_trunc();
    const uint16_t prot = c.be16(w.off);
    if (ctx.truncated) return;
    w.advance(2);
    if (flags & kKeyPresent) {
        if (!w.fits(4)) return ctx.print_trunc();
        const uint32_t k = c.be32(w.off);
        if (ctx.truncated) return;
        out.f(", call {}", k & 0xffff);
        w.advance(4);
    }
    if (flags & kSeqPresent) {
        if (!w.fits(4)) return ctx.print_trunc();
        const uint32_t seq = c.be32(w.off);
        if (ctx.truncated) return;
        out.f(", seq {}", seq);
        w.advance(4);
    }
    if (flags & kAckPresent) {
        if (!w.fits(4)) return ctx.print_trunc();
        const uint32_t ack = c.be32(w.off);
        if (ctx.truncated) return;
        out.f(", ack {}", ack);
        w.advance(4);
    }
    if (!(flags & kSeqPresent)) out.put(", no-payload");
    if (ctx.opt.eflag) put_ethertype_name(ctx, prot);
    out.f(", length {}", length);
    if (!(flags & kSeqPresent)) return;
    out.put(ctx.opt.vflag < 1 ? ": " : "\n\t");
    if (prot == 0x880b)
        ppp_print(ctx, c.skip(w.off), w.len);
    else
        out.f("gre-proto-0x{:x}", prot);
}

}  // namespace

void gre_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    ctx.proto = "gre";
    OutBuf& out = ctx.out;
    if (length < 2) {
        out.put("GRE");
        return ctx.print_trunc();
    }
    const uint16_t w = c.be16(0);
    if (ctx.truncated) return;
    const uint16_t vers = w & 0x7;
    out.f("GREv{}", vers);
    switch (vers) {
    case 0: gre_v0_print(ctx, c, length); break;
    case 1: gre_v1_print(ctx, c, length); break;
    default: out.put(" ERROR: unknown-version"); break;
    }
}

}  // namespace rd
