// DECnet Phase IV: routing layer headers and control messages, and NSP messages.
#include "decnet.hpp"

namespace rd {

namespace {

constexpr uint32_t kShortHdr = 6, kLongHdr = 21;

// Route flags.
constexpr uint8_t kRmfMask = 7, kRmfShort = 2, kRmfLong = 6, kRmfRqr = 010, kRmfRts = 020, kRmfIe = 040,
                  kRmfFver = 0100, kRmfPad = 0200, kRmfPadMask = 0177, kRmfCtlMask = 017, kRmfCtl = 01;

constexpr uint16_t kSgqAck = 0100000, kSgqNak = 0110000, kSgqOack = 0120000, kSgqOnak = 0130000,
                   kSgqMask = 07777;

constexpr Tok kReasons[] = {{0, "object rejected connect"},
                            {1, "insufficient resources"},
                            {2, "unrecognized node name"},
                            {3, "node is shutting down"},
                            {4, "unrecognized object"},
                            {5, "invalid object name format"},
                            {6, "object too busy"},
                            {7, "protocol error discovered"},
                            {8, "third party abort"},
                            {9, "user abort"},
                            {10, "invalid node name format"},
                            {11, "local node shutting down"},
                            {32, "insufficient local resources"},
                            {33, "insufficient remote user resources"},
                            {34, "invalid access control information"},
                            {36, "bad ACCOUNT information"},
                            {38, "no response from object"},
                            {39, "node unreachable"},
                            {41, "no link terminate"},
                            {42, "disconnect complete"},
                            {43, "bad image data in connect"},
                            {54, "cryptographic service mismatch"}};

// ND_DEFAULTPRINT of n bytes from c's base: what is captured, then the truncation
// marker when n runs past it (tcpdump shows this dump even with -x or -q).
void dump(Ctx& ctx, const Cursor& c, uint32_t n) {
    auto d = c.rest();
    const bool short_capture = d.size() < n;
    if (!short_capture) d = d.first(n);
    default_print_unsuppressed(ctx, d);
    if (short_capture) ctx.mark_truncated();
}

// area.node of a 16-bit DECnet address.
void put_dnaddr(Ctx& ctx, uint16_t a) { ctx.out.f("{}.{}", a >> 10, a & 01777); }

void t_info(Ctx& ctx, uint8_t info) {
    static constexpr const char* kTypes[] = {"reserved-ntype? ", "l2rout ", "l1rout ", "endnode "};
    ctx.out.put(kTypes[info & 3]);
    if (info & 04) ctx.out.put("verif ");
    if (info & 010) ctx.out.put("blo ");
}

void i_info(Ctx& ctx, uint8_t info) {
    static constexpr const char* kTypes[] = {"reserved-ntype? ", "l2rout ", "l1rout ", "endnode "};
    ctx.out.put(kTypes[info & 3]);
    if (info & 04) ctx.out.put("verif ");
    if (info & 040) ctx.out.put("nomcast ");
    if (info & 0100) ctx.out.put("blo ");
}

// Level 1 (ids) or level 2 (areas) routing segments; false = truncated.
bool routes(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, const char* what) {
    while (len > 6) {
        if (!c.need(off, 6)) return true;
        const uint16_t count = c.le16(off);
        if (count > 1024) return true;  // bogus from here on
        const uint16_t id = c.le16(off + 2), info = c.le16(off + 4);
        off += 6;
        len -= 6;
        ctx.out.f("{{{} {}-{} cost {} hops {}}} ", what, id, id + count, info & 0777, (info >> 10) & 037);
    }
    return true;
}

// Control message at c (the route flags first); false = truncated.
bool ctlmsg(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t caplen) {
    OutBuf& out = ctx.out;
    const uint8_t flags = c.u8(0);
    switch (flags & kRmfCtlMask) {
    case 01:
        out.put("init ");
        if (length < 12) return false;
        if (!c.need(0, 12)) return true;
        t_info(ctx, c.u8(3));
        out.put("src ");
        put_dnaddr(ctx, c.le16(1));
        out.f("blksize {} vers {} eco {} ueco {} hello {}", c.le16(4), c.u8(6), c.u8(7), c.u8(8), c.le16(9));
        return true;
    case 03:
        out.put("verification ");
        if (length < 4) return false;
        if (!c.need(0, 4)) return true;
        out.put("src ");
        put_dnaddr(ctx, c.le16(1));
        out.f(" fcnval {:o}", c.u8(3));
        return true;
    case 05:
        out.put("test ");
        if (length < 4) return false;
        if (!c.need(0, 4)) return true;
        out.put("src ");
        put_dnaddr(ctx, c.le16(1));
        out.f(" data {:o}", c.u8(3));
        return true;
    case 07:
    case 011: {
        const bool l1 = (flags & kRmfCtlMask) == 07;
        out.put(l1 ? "lev-1-routing " : "lev-2-routing ");
        if (length < 4) return false;
        if (!c.need(0, 4)) return true;
        out.put("src ");
        put_dnaddr(ctx, c.le16(1));
        out.put(' ');
        return routes(ctx, c, 4, length - 4, l1 ? "ids" : "areas");
    }
    case 013:
        out.put("router-hello ");
        if (length < 18) return false;
        if (!c.need(0, 18)) return true;
        i_info(ctx, c.u8(10));
        out.f("vers {} eco {} ueco {} src ", c.u8(1), c.u8(2), c.u8(3));
        put_dnaddr(ctx, c.le16(8));
        out.f(" blksize {} pri {} hello {}", c.le16(11), c.u8(13), c.le16(15));
        return true;
    case 015:
        out.put("endnode-hello ");
        if (length < 32) return false;
        if (!c.need(0, 32)) return true;
        i_info(ctx, c.u8(10));
        out.f("vers {} eco {} ueco {} src ", c.u8(1), c.u8(2), c.u8(3));
        put_dnaddr(ctx, c.le16(8));
        out.f(" blksize {} rtr ", c.le16(11));
        put_dnaddr(ctx, c.le16(26));
        out.f(" hello {} data {:o}", c.le16(28), c.u8(31));
        return true;
    default: {
        out.put("unknown control message");
        dump(ctx, c, length < caplen ? length : caplen);
        return true;
    }
    }
}

// acknum/ackoth style fields; `other` names the second one ("oack" or "ackdat").
void put_ack(Ctx& ctx, uint16_t ack, bool first, bool data_names) {
    const char* name;
    if (first) name = (ack & kSgqNak) == kSgqNak ? "nak" : "ack";
    else if ((ack & kSgqOnak) == kSgqOnak) name = data_names ? "nakdat" : "onak";
    else name = data_names ? "ackdat" : "oack";
    ctx.out.f("{} {} ", name, ack & kSgqMask);
}

// Sequence fields of a data or interrupt segment at 5; false = truncated.
bool segment(Ctx& ctx, const Cursor& c, uint32_t nsplen, bool data_names) {
    uint32_t off = 7;
    if (nsplen < off) return false;
    if (!c.need(5, 2)) return true;
    uint16_t ack = c.le16(5);
    if (ack & kSgqAck) {
        put_ack(ctx, ack, true, data_names);
        off += 2;
        if (nsplen < off) return false;
    if (!c.need(7, 2)) return true;
        ack = c.le16(7);
        if (ack & kSgqOack) {
            put_ack(ctx, ack, false, data_names);
            off += 2;
            if (nsplen < off) return false;
    if (!c.need(9, 2)) return true;
            ack = c.le16(9);
        }
    }
    ctx.out.f("seg {} ", ack & kSgqMask);
    return true;
}

void services_info(Ctx& ctx, uint8_t services, uint8_t info) {
    switch (services & 014) {
    case 04: ctx.out.put("seg "); break;
    case 010: ctx.out.put("msg "); break;
    default: break;
    }
    static constexpr const char* kVers[] = {"ver 3.2 ", "ver 3.1 ", "ver 4.0 ", "ver 4.1 "};
    ctx.out.put(kVers[info & 3]);
}

void reason(Ctx& ctx, uint16_t r) {
    put_tok(ctx, kReasons, r, "reason-{}");
    ctx.out.put(' ');
}

// NSP message at c; false = truncated.
bool nsp(Ctx& ctx, const Cursor& c, uint32_t nsplen) {
    OutBuf& out = ctx.out;
    if (nsplen < 5) {
        out.f(" (nsplen {} < {})", nsplen, 5);
        return false;
    }
    if (!c.need(0, 5)) return true;
    const uint8_t flags = c.u8(0);
    const uint16_t dst = c.le16(1), src = c.le16(3);
    switch (flags & 014) {
    case 0:
        switch (flags & 0160) {
        case 040:
        case 0:
        case 0100:
        case 0140:
            out.f("data {}>{} ", src, dst);
            return segment(ctx, c, nsplen, false);
        case 060:
            out.put("intr ");
            return segment(ctx, c, nsplen, true);
        case 020: {
            out.f("link-service {}>{} ", src, dst);
            if (nsplen < 13) return false;
        if (!c.need(5, 2)) return true;
            uint16_t ack = c.le16(5);
            if (ack & kSgqAck) {
                put_ack(ctx, ack, true, true);
                if (!c.need(7, 2)) return true;
                ack = c.le16(7);
                if (ack & kSgqOack) {
                    put_ack(ctx, ack, false, true);
                    if (!c.need(9, 2)) return true;
                    ack = c.le16(9);
                }
            }
            out.f("seg {} ", ack & kSgqMask);
            if (!c.need(11, 2)) return true;
            const uint8_t ls = c.u8(11), fcval = c.u8(12);
            switch (ls & 014) {
            case 0:
                out.f("dat seg count {} ", fcval);
                switch (ls & 03) {
                case 0: break;
                case 1: out.put("donotsend-data "); break;
                case 2: out.put("send-data "); break;
                default: out.f("reserved-fcmod? {:x}", ls); break;
                }
                break;
            case 4: out.f("intr req count {} ", fcval); break;
            default: out.f("reserved-fcval-int? {:x}", ls); break;
            }
            return true;
        }
        default: out.f("reserved-subtype? {:x} {} > {}", flags, src, dst); return true;
        }
    case 04:
        switch (flags & 0160) {
        case 0:
        case 020: {
            const bool ils = (flags & 0160) == 020;
            out.f("{} {}>{} ", ils ? "ils-ack" : "data-ack", src, dst);
            if (nsplen < 9) return false;
        if (!c.need(0, 9)) return true;
            uint16_t ack = c.le16(5);
            if (ack & kSgqAck) {
                put_ack(ctx, ack, true, ils);
                ack = c.le16(7);
                if (ack & kSgqOack) put_ack(ctx, ack, false, ils);
            }
            return true;
        }
        case 040: out.f("conn-ack {}", dst); return true;
        default: out.f("reserved-acktype? {:x} {} > {}", flags, src, dst); return true;
        }
    case 010:
        switch (flags & 0160) {
        case 020:
        case 0140:
            out.put((flags & 0160) == 020 ? "conn-initiate " : "retrans-conn-initiate ");
            out.f("{}>{} ", src, dst);
            if (nsplen < 9) return false;
        if (!c.need(0, 9)) return true;
            services_info(ctx, c.u8(5), c.u8(6));
            out.f("segsize {} ", c.le16(7));
            return true;
        case 040: {
            out.f("conn-confirm {}>{} ", src, dst);
            if (nsplen < 10) return false;
        if (!c.need(0, 10)) return true;
            services_info(ctx, c.u8(5), c.u8(6));
            out.f("segsize {} ", c.le16(7));
            if (const uint8_t optlen = c.u8(9)) out.f("optlen {} ", optlen);
            return true;
        }
        case 060: {
            out.f("disconn-initiate {}>{} ", src, dst);
            if (nsplen < 8) return false;
        if (!c.need(0, 8)) return true;
            reason(ctx, c.le16(5));
            if (const uint8_t optlen = c.u8(7)) out.f("optlen {} ", optlen);
            return true;
        }
        case 0100:
            out.f("disconn-confirm {}>{} ", src, dst);
        if (!c.need(0, 7)) return true;
            reason(ctx, c.le16(5));
            return true;
        default: out.f("reserved-ctltype? {:x} {} > {}", flags, src, dst); return true;
        }
    default: out.f("reserved-type? {:x} {} > {}", flags, src, dst); return true;
    }
}

}  // namespace

void decnet_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "decnet";
    OutBuf& out = ctx.out;
    uint32_t caplen = static_cast<uint32_t>(c.size());
    if (length < kShortHdr) {
        out.f(" (length {} < {})", length, kShortHdr);
        return ctx.print_invalid();
    }
    const uint16_t pktlen = c.le16(0);
    if (ctx.truncated) return;
    if (pktlen < kShortHdr) {
        out.f(" (pktlen {} < {})", pktlen, kShortHdr);
        return ctx.print_invalid();
    }
    if (pktlen > length) {
        out.f(" (pktlen {} > {})", pktlen, length);
        return ctx.print_invalid();
    }
    length = pktlen;
    uint8_t mflags = c.u8(2);
    if (ctx.truncated) return;
    if (mflags & kRmfPad) {
        const uint32_t padlen = mflags & kRmfPadMask;
        if (ctx.opt.vflag) out.f("[pad:{}] ", padlen);
        if (length < padlen + 2) return ctx.print_invalid();
        if (!c.need(2, padlen)) return;
        c = c.skip(padlen);
        length -= padlen;
        caplen -= padlen;
        mflags = c.u8(2);
        if (ctx.truncated) return;
    }
    if (mflags & kRmfFver) {
        out.put("future-version-decnet");
        dump(ctx, c, length < caplen ? length : caplen);
        return;
    }
    const Cursor rh = c.skip(2);
    if (mflags & kRmfCtl) {
        if (!ctlmsg(ctx, rh, length, caplen)) ctx.print_invalid();
        return;
    }
    uint16_t dst, src;
    uint32_t hops, hdr;
    switch (mflags & kRmfMask) {
    case kRmfLong:
        if (length < kLongHdr) {
            out.f(" (length {} < {})", length, kLongHdr);
            return ctx.print_invalid();
        }
        if (!rh.need(0, kLongHdr)) return;
        dst = rh.le16(7);
        src = rh.le16(15);
        hops = rh.u8(18);
        hdr = kLongHdr;
        break;
    case kRmfShort:
        if (!rh.need(0, kShortHdr)) return;
        dst = rh.le16(1);
        src = rh.le16(3);
        hops = (rh.u8(5) & 077) + 1;
        hdr = kShortHdr;
        break;
    default: {
        out.put("unknown message flags under mask");
        dump(ctx, c, length < caplen ? length : caplen);
        return;
    }
    }
    put_dnaddr(ctx, src);
    out.put(" > ");
    put_dnaddr(ctx, dst);
    out.f(" {} ", pktlen);
    if (ctx.opt.vflag) {
        if (mflags & kRmfRqr) out.put("RQR ");
        if (mflags & kRmfRts) out.put("RTS ");
        if (mflags & kRmfIe) out.put("IE ");
        out.f("{} hops ", hops);
    }
    if (!nsp(ctx, rh.skip(hdr), length - hdr)) ctx.print_invalid();
}

}  // namespace rd
