// TCP options (RFC 9293 and friends) and MPTCP (RFC 6824 / 8684) option contents.
#include "tcp.hpp"

namespace rd {

namespace {

constexpr uint8_t kEol = 0, kNop = 1, kMss = 2, kWscale = 3, kSackOk = 4, kSack = 5, kEcho = 6,
                  kEchoReply = 7, kTimestamp = 8, kCc = 11, kCcNew = 12, kCcEcho = 13,
                  kSignature = 19, kScps = 20, kUto = 28, kTcpAo = 29, kMptcp = 30,
                  kFastOpen = 34, kExperiment2 = 254;
constexpr uint32_t kSigLen = 16;

constexpr Tok kOptionNames[] = {
    {kEol, "eol"},       {kNop, "nop"},         {kMss, "mss"},      {kWscale, "wscale"},
    {kSackOk, "sackOK"}, {kSack, "sack"},       {kEcho, "echo"},    {kEchoReply, "echoreply"},
    {kTimestamp, "TS"},  {kCc, "cc"},           {kCcNew, "ccnew"},  {kCcEcho, ""},
    {kSignature, "md5"}, {kScps, "scps"},       {kUto, "uto"},      {kTcpAo, "tcp-ao"},
    {kMptcp, "mptcp"},   {kFastOpen, "tfo"},    {kExperiment2, "exp"},
};

void put_hex_bytes(OutBuf& out, std::span<const uint8_t> b) {
    for (uint8_t v : b) out.hex(v, 2);
}

// TCP Fast Open cookie (RFC 7413), as option 34 or inside the experimental option.
void print_fastopen(Ctx& ctx, const Cursor& c, size_t off, uint32_t datalen, bool experimental) {
    if (experimental) ctx.out.put("tfo");
    if (datalen == 0) {
        ctx.out.put(" cookiereq");
    } else if (datalen % 2 != 0 || datalen < 4 || datalen > 16) {
        ctx.print_invalid();
    } else {
        ctx.out.put(" cookie ");
        put_hex_bytes(ctx.out, c.bytes(off, datalen));
    }
}

}  // namespace

bool tcp_print_options(Ctx& ctx, const TcpSegment& seg, uint32_t hlen) {
    OutBuf& out = ctx.out;
    const Cursor& t = seg.tcp;
    size_t off = 20;
    char sep = 0;
    out.put(", options [");
    // tcpdump's two ways out of the loop: a malformed option, or one not captured.
    auto bad = [&] {
        out.put("[bad opt]");
        if (sep) out.put(']');
        return false;
    };
    auto trunc = [&] {
        ctx.print_trunc();
        if (sep) out.put('>');
        return false;
    };
    while (hlen > 0) {
        if (sep) out.put(sep);
        const uint8_t opt = t.u8(off++);
        const bool zerolen = opt == kEol || opt == kNop;
        uint32_t len = 1;
        if (!zerolen) {
            len = t.u8(off++);
            if (ctx.truncated) return false;
            if (len < 2 || len > hlen) return bad();
            --hlen;
        }
        if (ctx.truncated) return false;
        --hlen;
        uint32_t datalen = 0;
        put_tok(ctx, kOptionNames, opt, "unknown-{}");
        // Bail out unless l bytes of option data are there (in the header and captured).
#define RD_LENCHECK(l)                            \
    do {                                          \
        if ((l) > hlen) return bad();             \
        if (!t.has(off, (l))) return trunc();     \
    } while (0)
        switch (opt) {
        case kMss:
            datalen = 2;
            RD_LENCHECK(datalen);
            out.put(' ');
            out.dec(t.be16(off));
            break;
        case kWscale:
            datalen = 1;
            RD_LENCHECK(datalen);
            out.put(' ');
            out.dec(t.u8(off));
            break;
        case kSack:
            datalen = len - 2;
            if (datalen % 8 != 0) {
                out.put(" invalid sack");
            } else {
                out.f(" {} ", datalen / 8);
                for (uint32_t i = 0; i < datalen; i += 8) {
                    RD_LENCHECK(i + 4);
                    uint32_t s = t.be32(off + i);
                    RD_LENCHECK(i + 8);
                    uint32_t e = t.be32(off + i + 4);
                    const uint32_t base = seg.rev ? seg.thseq : seg.thack;
                    s -= base;
                    e -= base;
                    out.f("{{{}:{}}}", s, e);
                }
            }
            break;
        case kCc:
        case kCcNew:
        case kCcEcho:
        case kEcho:
        case kEchoReply:
            datalen = 4;
            RD_LENCHECK(datalen);
            out.put(' ');
            out.dec(t.be32(off));
            break;
        case kTimestamp:
            datalen = 8;
            RD_LENCHECK(datalen);
            out.f(" val {} ecr {}", t.be32(off), t.be32(off + 4));
            break;
        case kSignature: {
            datalen = kSigLen;
            RD_LENCHECK(datalen);
            out.put(' ');
            // No -M secret: the signature cannot be verified, only shown.
            const uint32_t hdr_len = (t.u8(12) >> 4) * 4u;
            if (!t.has(hdr_len, seg.payload_len))
                out.put("snaplen too short, ");
            else
                out.put("shared secret not supplied with -M, ");
            out.put("can't check - ");
            put_hex_bytes(out, t.bytes(off, kSigLen));
            break;
        }
        case kScps:
            datalen = 2;
            RD_LENCHECK(datalen);
            out.put(" cap ");
            out.hex(t.u8(off), 2);
            out.f(" id {}", t.u8(off + 1));
            break;
        case kTcpAo:
            datalen = len - 2;
            // RFC 5925: the option is at least 4 bytes long.
            if (datalen < 2) {
                ctx.print_invalid();
            } else {
                RD_LENCHECK(1);
                out.f(" keyid {}", t.u8(off));
                RD_LENCHECK(2);
                out.f(" rnextkeyid {}", t.u8(off + 1));
                if (datalen > 2) {
                    out.put(" mac 0x");
                    for (uint32_t i = 2; i < datalen; ++i) {
                        RD_LENCHECK(i + 1);
                        out.hex(t.u8(off + i), 2);
                    }
                }
            }
            break;
        case kEol:
        case kNop:
        case kSackOk:
            break;
        case kUto: {
            datalen = 2;
            RD_LENCHECK(datalen);
            uint32_t v = t.be16(off);
            out.put(" 0x");
            out.hex(v);
            // Low bit set: the timeout is in minutes, else in seconds.
            v = (v & 1) ? (v >> 1) * 60 : v >> 1;
            out.put(' ');
            out.dec(v);
            break;
        }
        case kMptcp: {
            datalen = len - 2;
            RD_LENCHECK(datalen);
            // The MPTCP printer must not read past this option.
            const Cursor o = t.skip(off - 2).limit(len);
            if (!mptcp_print(ctx, o, len, seg.flags)) {
                if (ctx.truncated) return false;
                return bad();
            }
            break;
        }
        case kFastOpen:
            datalen = len - 2;
            RD_LENCHECK(datalen);
            out.put(' ');
            print_fastopen(ctx, t, off, datalen, false);
            break;
        case kExperiment2: {
            datalen = len - 2;
            RD_LENCHECK(datalen);
            if (datalen < 2) return bad();
            // RFC 6994 experiment identifier.
            const uint16_t magic = t.be16(off);
            out.put('-');
            if (magic == 0xf989)
                print_fastopen(ctx, t, off + 2, datalen - 2, true);
            else
                out.hex(magic, 4);
            break;
        }
        default:
            datalen = len - 2;
            if (datalen) out.put(" 0x");
            for (uint32_t i = 0; i < datalen; ++i) {
                RD_LENCHECK(i + 1);
                out.hex(t.u8(off + i), 2);
            }
            break;
        }
#undef RD_LENCHECK
        if (ctx.truncated) return false;
        off += datalen;
        hlen -= datalen;
        // The length the option claimed versus what its kind defines.
        uint32_t expect = datalen + 1 + (zerolen ? 0 : 1);
        if (expect != len) out.f("[len {}]", len);
        sep = ',';
        if (opt == kEol) break;
    }
    out.put(']');
    return true;
}

// ---- MPTCP -----------------------------------------------------------------------------

namespace {

using MptcpPrinter = bool (*)(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t flags);

bool mp_capable(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t flags) {
    if (!((len == 12 || len == 4) && (flags & kTcpSyn)) &&
        !((len == 20 || len == 22) && (flags & (kTcpSyn | kTcpAck)) == kTcpAck))
        return false;
    const uint8_t version = o.u8(2) & 0xf;
    if (version > 1) {
        ctx.out.f(" Unknown Version ({})", version);
        return true;
    }
    ctx.out.f(" v{}", version);
    if (o.u8(3) & 0x80) ctx.out.put(" csum");
    if (len == 12 || len >= 20) {
        const uint64_t sender = o.be64(4);
        ctx.out.f(" {{0x{:x}", sender);
        if (len >= 20) {
            const uint64_t receiver = o.be64(12);
            ctx.out.f(",0x{:x}", receiver);
        }
        ctx.out.put('}');
    }
    return true;
}

bool mp_join(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t flags) {
    if (!(len == 12 && (flags & kTcpSyn)) &&
        !(len == 16 && (flags & (kTcpSyn | kTcpAck)) == (kTcpSyn | kTcpAck)) &&
        !(len == 24 && (flags & kTcpAck)))
        return false;
    if (len != 24) {
        if (o.u8(2) & 1) ctx.out.put(" backup");
        ctx.out.f(" id {}", o.u8(3));
    }
    if (len == 12) {
        const uint32_t token = o.be32(4);
        const uint32_t nonce = o.be32(8);
        ctx.out.f(" token 0x{:x} nonce 0x{:x}", token, nonce);
    } else if (len == 16) {
        const uint64_t mac = o.be64(4);
        const uint32_t nonce = o.be32(12);
        ctx.out.f(" hmac 0x{:x} nonce 0x{:x}", mac, nonce);
    } else {
        ctx.out.put(" hmac 0x");
        put_hex_bytes(ctx.out, o.bytes(4, 20));
    }
    return true;
}

bool mp_dss(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t flags) {
    if (len < 4) return false;
    if (flags & kTcpSyn) return false;
    const uint8_t f = o.u8(3);
    if (f & 0x10) ctx.out.put(" fin");
    size_t off = 4;
    uint32_t rem = len - 4;
    if (f & 0x01) {  // data ACK present; 'a': 8 bytes long
        ctx.out.put(" ack ");
        const uint32_t n = (f & 0x02) ? 8 : 4;
        if (rem < n) return false;
        ctx.out.dec(o.be_n(off, n));
        off += n;
        rem -= n;
    }
    if (f & 0x04) {  // mapping present; 'm': 8-byte data sequence number
        ctx.out.put(" seq ");
        const uint32_t n = (f & 0x08) ? 8 : 4;
        if (rem < n) return false;
        ctx.out.dec(o.be_n(off, n));
        off += n;
        rem -= n;
        if (rem < 4) return false;
        ctx.out.f(" subseq {}", o.be32(off));
        off += 4;
        rem -= 4;
        if (rem < 2) return false;
        ctx.out.f(" len {}", o.be16(off));
        off += 2;
        rem -= 2;
        // The checksum is there only when negotiated.
        if (rem >= 2) {
            ctx.out.f(" csum 0x{:x}", o.be16(off));
            rem -= 2;
        }
    }
    return rem == 0;
}

constexpr Tok kAddAddrEcho[] = {{0x6, "v0-ip6"}, {0x4, "v0-ip4"}, {0x1, "v1-echo"}, {0x0, "v1"}};

bool mp_add_addr(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t) {
    if (!(len == 8 || len == 10 || len == 16 || len == 18 || len == 20 || len == 22 || len == 28 ||
          len == 30))
        return false;
    ctx.out.put(' ');
    put_tok(ctx, kAddAddrEcho, o.u8(2) & 0xf, "[bad version/echo]");
    ctx.out.f(" id {}", o.u8(3));
    if (len <= 18) {
        ctx.out.put(' ');
        put_ip4_at(ctx, o, 4);
        if (len == 10 || len == 18) ctx.out.f(":{}", o.be16(8));
        if (len == 16) ctx.out.f(" hmac 0x{:x}", o.be64(8));
        if (len == 18) ctx.out.f(" hmac 0x{:x}", o.be64(10));
    } else {
        ctx.out.put(' ');
        put_ip6_at(ctx, o, 4);
        if (len == 22 || len == 30) ctx.out.f(":{}", o.be16(20));
        if (len == 28) ctx.out.f(" hmac 0x{:x}", o.be64(20));
        if (len == 30) ctx.out.f(" hmac 0x{:x}", o.be64(22));
    }
    return true;
}

bool mp_remove_addr(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t) {
    if (len < 4) return false;
    ctx.out.put(" id");
    for (uint32_t i = 0; i < len - 3 && !ctx.truncated; ++i) ctx.out.f(" {}", o.u8(3 + i));
    return true;
}

bool mp_prio(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t) {
    if (len != 3 && len != 4) return false;
    ctx.out.put((o.u8(2) & 1) ? " backup" : " non-backup");
    if (len == 4) ctx.out.f(" id {}", o.u8(3));
    return true;
}

bool mp_fail(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t) {
    if (len != 12) return false;
    ctx.out.f(" seq {}", o.be64(4));
    return true;
}

bool mp_fast_close(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t) {
    if (len != 12) return false;
    ctx.out.f(" key 0x{:x}", o.be64(4));
    return true;
}

bool mp_unknown(Ctx&, const Cursor&, uint32_t, uint8_t) { return true; }

struct MptcpSubtype {
    const char* name;
    MptcpPrinter print;
};
constexpr MptcpSubtype kMptcpSubtypes[] = {
    {"capable", mp_capable}, {"join", mp_join},          {"dss", mp_dss},
    {"add-addr", mp_add_addr}, {"rem-addr", mp_remove_addr}, {"prio", mp_prio},
    {"fail", mp_fail},       {"fast-close", mp_fast_close}, {"unknown", mp_unknown},
};

}  // namespace

bool mptcp_print(Ctx& ctx, const Cursor& o, uint32_t len, uint8_t tcp_flags) {
    ctx.proto = "mptcp";
    if (len < 3) return false;
    uint32_t subtype = o.u8(2) >> 4;
    if (subtype > 8) subtype = 8;
    ctx.out.f(" {} {}", len, kMptcpSubtypes[subtype].name);
    return kMptcpSubtypes[subtype].print(ctx, o, len, tcp_flags);
}

}  // namespace rd
