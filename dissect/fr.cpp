// Frame Relay: the Q.922 address, NLPID / Cisco-type encapsulation (RFC 2427), FRF.15
// end-to-end fragments and FRF.16 multilink frames (control and fragments). Q.933
// signalling is in q933.cpp.
#include <ctime>

#include "fr.hpp"
#include "ringdump/format/hexdump.hpp"
#include "ringdump/format/timestamp.hpp"

namespace rd {

namespace {

// Flags gathered from the Q.922 address, at the bit positions tcpdump reports them.
constexpr Tok kQ922Flags[] = {
    {0x02000000, "C!"}, {0x00020000, "DE"}, {0x00040000, "BECN"}, {0x00080000, "FECN"},
    {0x00000002, "sdlcore"},
};
constexpr Tok kNlpids[] = {
    {0x00, "NULL"},  {0x08, "Q.933"},  {0x09, "LMI"},       {0x80, "SNAP"}, {0x81, "CLNP"},
    {0x82, "ES-IS"}, {0x83, "IS-IS"},  {0x84, "CONS"},      {0x85, "IDRP"}, {0xc1, "ISIS_SPB"}, {0xb1, "FRF.15"},
    {0xcc, "IPv4"},  {0xcf, "PPP"},    {0x8a, "X25 ES-IS"}, {0x8e, "IPv6"},
};
constexpr uint8_t kB = 0x80, kE = 0x40, kC = 0x20, kBec = kB | kE | kC;
constexpr Tok kFrfFlags[] = {{kB, "Begin"}, {kE, "End"}, {kC, "Control"}};

struct Q922 {
    uint32_t dlci = 0;
    uint32_t addr_len = 0;
    uint32_t flags = 0;
};

// 1: parsed, 0: not a valid address, -1: truncated.
int parse_q922(const Cursor& c, uint32_t length, Q922& q) {
    if (!c.has(0, 1) || length < 1) return -1;
    const uint8_t b0 = c.u8(0);
    if (b0 & 1) return 0;
    if (!c.has(1, 1) || length < 2) return -1;
    const uint8_t b1 = c.u8(1);
    q.addr_len = 2;
    q.dlci = uint32_t(b0 & 0xfc) << 2 | uint32_t(b1 & 0xf0) >> 4;
    q.flags = uint32_t(b0 & 0x02) << 24 | uint32_t(b1 & 0x0e) << 16;
    if (b1 & 1) return 1;
    size_t p = 2;
    length -= 2;
    if (!c.has(p, 1) || length < 1) return -1;
    ++q.addr_len;
    if ((c.u8(p) & 1) == 0) {
        q.dlci = q.dlci << 7 | uint32_t(c.u8(p)) >> 1;
        ++q.addr_len;
        ++p;
        --length;
    }
    if (!c.has(p, 1) || length < 1) return -1;
    const uint8_t last = c.u8(p);
    if ((last & 1) == 0) return 0;
    q.flags |= last & 0x02;
    q.dlci = q.dlci << 6 | uint32_t(last) >> 2;
    return 1;
}

void hdr_print(Ctx& ctx, uint32_t length, uint32_t addr_len, const Q922& q, uint16_t nlpid) {
    if (ctx.opt.qflag) {
        ctx.out.f("Q.922, DLCI {}, length {}: ", q.dlci, length);
        return;
    }
    ctx.out.f("Q.922, hdr-len {}, DLCI {}, Flags [", addr_len, q.dlci);
    put_bits(ctx, kQ922Flags, q.flags, ", ");
    if (nlpid <= 0xff) {
        ctx.out.put("], NLPID ");
        put_tok(ctx, kNlpids, nlpid, "unknown");
        ctx.out.f(" (0x{:02x}), length {}: ", nlpid, length);
    } else {
        const char* n = ethertype_name(nlpid);
        ctx.out.f("], cisco-ethertype {} (0x{:04x}), length {}: ", n ? n : "unknown", nlpid, length);
    }
}

// tcpdump's default printer on length bytes that may run past the capture: the
// captured part, then the truncation marker.
void raw_dump(Ctx& ctx, const Cursor& c, uint32_t length) {
    auto d = c.rest();
    const bool cut = d.size() < length;
    if (cut) length = static_cast<uint32_t>(d.size());
    default_print_unsuppressed(ctx, d.first(length));
    if (cut) ctx.mark_truncated();  // a read past the end: marker last, whole -x dump
}

// FRF.15 end-to-end fragmentation header (after NLPID 0xb1).
void frf15_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (length < 2) {
        ctx.print_trunc();
        return;
    }
    const uint8_t b0 = c.u8(0);
    const uint8_t b1 = c.u8(1);
    if (ctx.truncated) return;
    const uint32_t seq = uint32_t(b0 & 0x1e) << 7 | b1;
    ctx.out.f("FRF.15, seq 0x{:03x}, Flags [", seq);
    put_bits(ctx, kFrfFlags, b0 & kBec, ", ");
    ctx.out.f("],{} Fragmentation, length {}", (b0 & 1) ? "Interface" : "End-to-End", length);
}

enum : uint8_t { kIeBundleId = 1, kIeLinkId = 2, kIeMagic = 3, kIeTimestamp = 5 };
constexpr Tok kMfrMessages[] = {
    {1, "Add Link"},    {2, "Add Link ACK"}, {3, "Add Link Reject"}, {4, "Hello"},
    {5, "Hello ACK"},   {6, "Remove Link"},  {7, "Remove Link ACK"},
};
constexpr Tok kMfrIes[] = {
    {kIeBundleId, "Bundle ID"}, {kIeLinkId, "Link ID"},         {kIeMagic, "Magic Number"},
    {kIeTimestamp, "Timestamp"}, {6, "Vendor Extension"},        {7, "Cause"},
};

// A struct timeval as the sender's host wrote it (little-endian 64-bit fields), shown
// in the packet timestamp's format; the microseconds are printed as an unsigned 32-bit
// value even when out of range, as tcpdump does.
void put_timeval(Ctx& ctx, const Cursor& c, size_t off) {
    const auto sec = static_cast<int64_t>(c.le64(off));
    const auto usec = static_cast<uint32_t>(c.le64(off + 8));
    if (ctx.truncated) return;
    OutBuf& out = ctx.out;
    switch (ctx.opt.tformat) {
    case TimeFormat::None: return;
    case TimeFormat::Epoch:
        if (static_cast<uint32_t>(sec) & 0x80000000u)
            out.put("[Error converting time] ");
        else
            out.f("{}.{:06d} ", static_cast<uint32_t>(sec), usec);
        return;
    case TimeFormat::Clock:
    case TimeFormat::Date: {
        struct tm tm {};
        const auto t = static_cast<time_t>(sec);
        if (sec < 0 || localtime_r(&t, &tm) == nullptr) {
            out.put("[Error converting time] ");
            return;
        }
        if (ctx.opt.tformat == TimeFormat::Date)
            out.f("{:04d}-{:02d}-{:02d} ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
        out.f("{:02d}:{:02d}:{:02d}.{:06d} ", tm.tm_hour, tm.tm_min, tm.tm_sec, usec);
        return;
    }
    default: {
        TimestampPrinter tp(ctx.opt.tformat, 6);
        tp.print(out, sec, uint64_t{usec} * 1000);
        return;
    }
    }
}

// The IEs of an FRF.16 control frame, from off (tlen bytes left). Returns the header
// length, 0 when the IEs ran past the capture (the caller then claims the whole frame).
uint32_t mfr_control_ies(Ctx& ctx, const Cursor& c, size_t off, uint32_t tlen) {
    constexpr uint32_t kHdr = 3;
    while (tlen > 2) {
        if (!c.has(off, 2)) {
            ctx.print_trunc();
            return 0;
        }
        const uint8_t type = c.u8(off);
        uint32_t ie_len = c.u8(off + 1);
        ctx.out.put("\n\tIE ");
        put_tok(ctx, kMfrIes, type, "Unknown");
        ctx.out.f(" ({}), length {}: ", type, ie_len);
        if (type == 0 || ie_len <= 2) return kHdr;
        if (!c.has(off, ie_len)) {
            ctx.print_trunc();
            return 0;
        }
        off += 2;
        ie_len -= 2;
        tlen -= 2;
        switch (type) {
        case kIeMagic:
            if (ie_len != 4) {
                ctx.out.f("[IE data length {} != 4]", ie_len);
                ctx.print_invalid();
                break;
            }
            ctx.out.f("0x{:08x}", c.be32(off));
            break;
        case kIeBundleId:
        case kIeLinkId:
            for (uint32_t i = 0; i < ie_len && i < 50; ++i) {
                const uint8_t ch = c.u8(off + i);
                if (ch == 0 || ctx.truncated) break;
                put_char_escaped(ctx.out, ch);
            }
            break;
        case kIeTimestamp:
            if (ie_len == 16) {
                put_timeval(ctx, c, off);
                break;
            }
            [[fallthrough]];
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, off, "\n\t  ", ie_len);
            break;
        }
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, off, "\n\t  ", ie_len);
        tlen -= ie_len;
        off += ie_len;
    }
    return kHdr;
}

}  // namespace

uint32_t fr_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "fr";
    Q922 q;
    const int ret = parse_q922(c, length, q);
    if (ret < 0) {
        ctx.print_trunc();
        return 0;
    }
    if (ret == 0) {
        ctx.out.put("Q.922, invalid address");
        return 0;
    }
    const uint32_t al = q.addr_len;
    if (!c.has(al, 1) || length < al + 1) {
        ctx.print_trunc();
        return 0;
    }
    if (c.u8(al) != 0x03 && q.dlci != 0) {
        // Cisco-style: an EtherType right after the address.
        if (!c.has(al, 2) || length < al + 2) {
            ctx.out.f("UI {:02x}! ", c.u8(al));
        } else {
            const uint16_t type = c.be16(al);
            if (ctx.opt.eflag) hdr_print(ctx, length, al, q, type);
            if (ethertype_print(ctx, type, c.skip(al + 2), length - al - 2, LinkAddrs{}))
                return al + 2;
            ctx.out.f("UI {:02x}! ", c.u8(al));
        }
    }
    if (!c.has(al + 1, 1) || length < al + 2) {
        ctx.print_trunc();
        return 0;
    }
    uint32_t hdr_len;
    if (c.u8(al + 1) == 0) {
        if (al != 3) ctx.out.put("Pad! ");
        hdr_len = al + 3;
    } else {
        if (al == 3) ctx.out.put("No pad! ");
        hdr_len = al + 2;
    }
    if (!c.has(hdr_len - 1, 1) || length < hdr_len) {
        ctx.print_trunc();
        return 0;
    }
    const uint8_t nlpid = c.u8(hdr_len - 1);
    if (ctx.opt.eflag) hdr_print(ctx, length, al, q, nlpid);
    const Cursor p = c.skip(hdr_len);
    length -= hdr_len;
    switch (nlpid) {
    case 0xcc: ip_print(ctx, p, length); break;
    case 0x8e: ip6_print(ctx, p, length); break;
    case 0x81:
    case 0x82:
    case 0x83: isoclns_print(ctx, c.skip(hdr_len - 1), length + 1); break;
    case 0x80:
        if (!snap_print(ctx, p, length, LinkAddrs{}, 0)) {
            if (!ctx.opt.eflag) hdr_print(ctx, length + hdr_len, hdr_len, q, nlpid);
            if (!ctx.opt.xflag && !ctx.opt.Xflag && !ctx.opt.qflag) raw_dump(ctx, c, length + hdr_len);
        }
        break;
    case 0x08: q933_print(ctx, p, length); break;
    case 0xb1: frf15_print(ctx, p, length); break;
    case 0xcf: ppp_print(ctx, p, length); break;
    default:
        if (!ctx.opt.eflag) hdr_print(ctx, length + hdr_len, al, q, nlpid);
        if (!ctx.opt.xflag) raw_dump(ctx, p, length);
        break;
    }
    return hdr_len;
}

uint32_t fr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "fr";
    if (c.size() < 4) {
        ctx.print_trunc();
        return static_cast<uint32_t>(c.size());
    }
    return fr_print(ctx, c, wirelen);
}

uint32_t mfr_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "mfr";
    if (length < 4) {
        ctx.out.f("[length {} < 4]", length);
        ctx.print_invalid();
        return length;
    }
    if (!c.has(0, 4)) {
        ctx.print_trunc();
        return length;
    }
    const uint8_t b0 = c.u8(0);
    if ((b0 & kBec) == kBec && c.u8(1) == 0) {
        ctx.out.put("FRF.16 Control, Flags [");
        put_bits(ctx, kFrfFlags, b0 & kBec, ", ");
        ctx.out.put("], ");
        put_tok(ctx, kMfrMessages, c.u8(2), "Unknown Message (0x{:02x})");
        ctx.out.f(", length {}", length);
        if (!ctx.opt.vflag) return 3;
        const uint32_t hdr = mfr_control_ies(ctx, c, 3, length - 3);
        return hdr ? hdr : length;
    }
    const uint32_t seq = uint32_t(b0 & 0x1e) << 7 | c.u8(1);
    ctx.out.f("FRF.16 Frag, seq {}, Flags [", seq);
    put_bits(ctx, kFrfFlags, b0 & kBec, ", ");
    ctx.out.put(']');
    if ((b0 & kBec) == (kB | kE) || (b0 & kBec) == kB) {
        // A whole frame or the first fragment: the Q.922 frame follows.
        ctx.out.put(", ");
        fr_print(ctx, c.skip(2), length - 2);
        return 2;
    }
    print_unknown_data(ctx, c, 0, "\n\t", length);
    return 0;
}

uint32_t mfr_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "mfr";
    if (c.size() < 2) {
        ctx.print_trunc();
        return static_cast<uint32_t>(c.size());
    }
    return mfr_print(ctx, c, wirelen);
}

}  // namespace rd
