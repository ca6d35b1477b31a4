// ICMP for IPv4 (RFC 792, 950, 1256, 1191, 4884/4950): the message text, -v checksum,
// the quoted datagram of error messages, and multi-part extensions (MPLS labels).
#include "checksum.hpp"
#include "protos.hpp"
#include "ringdump/format/hexdump.hpp"

namespace rd {

namespace {

constexpr uint8_t kEchoReply = 0, kUnreach = 3, kSourceQuench = 4, kRedirect = 5, kEcho = 8,
                  kRouterAdvert = 9, kTimeExceeded = 11, kParamProb = 12, kTstamp = 13,
                  kTstampReply = 14, kMaskReply = 18;

constexpr Tok kTypeNames[] = {
    {kEchoReply, "echo reply"},         {kSourceQuench, "source quench"},
    {kEcho, "echo request"},            {10, "router solicitation"},
    {kTstamp, "time stamp request"},    {kTstampReply, "time stamp reply"},
    {15, "information request"},        {16, "information reply"},
    {17, "address mask request"},
};

// Unreachable codes whose text is "<prefix><dst><suffix>".
struct UnreachText {
    uint8_t code;
    const char* prefix;
    const char* suffix;
};
constexpr UnreachText kUnreachTexts[] = {
    {0, "net ", " unreachable"},
    {1, "host ", " unreachable"},
    {5, "", " unreachable - source route failed"},
    {6, "net ", " unreachable - unknown"},
    {7, "host ", " unreachable - unknown"},
    {8, "", " unreachable - source host isolated"},
    {9, "net ", " unreachable - admin prohibited"},
    {10, "host ", " unreachable - admin prohibited"},
    {11, "net ", " unreachable - tos prohibited"},
    {12, "host ", " unreachable - tos prohibited"},
    {13, "host ", " unreachable - admin prohibited filter"},
    {14, "host ", " unreachable - host precedence violation"},
    {15, "host ", " unreachable - precedence cutoff"},
};

constexpr Tok kExtObjectClasses[] = {{1, "MPLS Stack Entry"}, {2, "Interface Identification"}};

// Milliseconds since midnight UT as hh:mm:ss.mmm.
void put_ms_of_day(OutBuf& out, uint32_t t) {
    const uint32_t ms = t % 1000;
    uint32_t sec = t / 1000;
    uint32_t min = sec / 60;
    sec -= min * 60;
    const uint32_t hrs = min / 60;
    min -= hrs * 60;
    out.f("{:02}:{:02}:{:02}.{:03}", hrs, min, sec, ms);
}

// Router lifetime in seconds as s, m:ss or h:mm:ss.
void put_lifetime(OutBuf& out, uint32_t t) {
    if (t < 60)
        out.dec(t);
    else if (t < 3600)
        out.f("{}:{:02}", t / 60, t % 60);
    else
        out.f("{}:{:02}:{:02}", t / 3600, (t % 3600) / 60, t % 60);
}

enum class Text { Ok, Trunc };

// The message text after "ICMP " (tcpdump builds it in a buffer before printing it, so a
// failed read shows none of it). Trunc: an explicit length check failed.
Text message_text(Ctx& ctx, const Cursor& c, uint8_t type, uint8_t code) {
    OutBuf& out = ctx.out;
    switch (type) {
    case kEcho:
    case kEchoReply:
        out.f("echo {}, id {}, seq {}", type == kEcho ? "request" : "reply", c.be16(4), c.be16(6));
        return Text::Ok;
    case kUnreach:
        for (const auto& u : kUnreachTexts) {
            if (u.code != code) continue;
            out.put(u.prefix);
            put_ip4_at(ctx, c, 24);
            out.put(u.suffix);
            return Text::Ok;
        }
        if (code == 2) {
            put_ip4_at(ctx, c, 24);
            out.f(" protocol {} unreachable", c.u8(17));
        } else if (code == 3) {
            if (!c.has(17, 1)) return Text::Trunc;
            const uint32_t hlen = (c.u8(8) & 0xf) * 4u;
            const uint16_t port = c.be16(8 + hlen + 2);
            const uint8_t proto = c.u8(17);
            put_ip4_at(ctx, c, 24);
            if (proto == 6) {
                out.put(" tcp port ");
                ctx.names.tcp_port(out, port);
                out.put(" unreachable");
            } else if (proto == 17) {
                out.put(" udp port ");
                ctx.names.udp_port(out, port);
                out.put(" unreachable");
            } else {
                out.f(" protocol {} port {} unreachable", proto, port);
            }
        } else if (code == 4) {
            const uint16_t mtu = c.be16(6);
            put_ip4_at(ctx, c, 24);
            out.put(" unreachable - need to frag");
            if (mtu) out.f(" (mtu {})", mtu);
        } else {
            put_ip4_at(ctx, c, 24);
            out.f(" unreachable - #{}", code);
        }
        return Text::Ok;
    case kRedirect:
        switch (code) {
        case 0: out.put("redirect "); break;
        case 1: out.put("redirect "); break;
        case 2: out.put("redirect-tos "); break;
        case 3: out.put("redirect-tos "); break;
        default: out.f("redirect-#{} ", code); break;
        }
        put_ip4_at(ctx, c, 24);
        out.put(code == 0 || code == 2 ? " to net " : code == 1 || code == 3 ? " to host " : " to ");
        put_ip4_at(ctx, c, 4);
        return Text::Ok;
    case kRouterAdvert: {
        out.put("router advertisement");
        if (!c.has(4, 4)) return Text::Trunc;
        out.put(" lifetime ");
        put_lifetime(out, c.be16(6));
        uint32_t num = c.u8(4);
        out.f(" {}:", num);
        const uint8_t size = c.u8(5);
        if (size != 2) {
            out.f(" [size {}]", size);
            return Text::Ok;
        }
        for (size_t off = 8; num > 0; --num, off += 8) {
            if (!c.has(off, 8)) return Text::Trunc;
            out.put(" {");
            put_ip4_at(ctx, c, off);
            out.f(" {}}}", c.be32(off + 4));
        }
        return Text::Ok;
    }
    case kTimeExceeded:
        if (!c.has(24, 4)) return Text::Trunc;
        if (code == 0)
            out.put("time exceeded in-transit");
        else if (code == 1)
            out.put("ip reassembly time exceeded");
        else
            out.f("time exceeded-#{}", code);
        return Text::Ok;
    case kParamProb:
        if (code)
            out.f("parameter problem - code {}", code);
        else
            out.f("parameter problem - octet {}", c.u8(4));
        return Text::Ok;
    case kMaskReply:
        out.f("address mask is 0x{:08x}", c.be32(8));
        return Text::Ok;
    case kTstamp:
        out.f("time stamp query id {} seq {}", c.be16(4), c.be16(6));
        return Text::Ok;
    case kTstampReply:
        if (!c.has(16, 4)) return Text::Trunc;
        out.f("time stamp reply id {} seq {}: org ", c.be16(4), c.be16(6));
        put_ms_of_day(out, c.be32(8));
        out.put(", recv ");
        put_ms_of_day(out, c.be32(12));
        out.put(", xmit ");
        put_ms_of_day(out, c.be32(16));
        return Text::Ok;
    default:
        put_tok(ctx, kTypeNames, type, "type-#{}");
        return Text::Ok;
    }
}

// tcpdump's print_unknown_data: a hex dump of what is captured of len bytes at off.
void unknown_data(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, const char* ident) {
    if (off > c.size()) {
        ctx.out.put(ident);
        ctx.out.put("Dissector error: print_unknown_data called with pointer past end of packet");
        return;
    }
    auto data = c.rest(off);
    if (data.size() > len) data = data.first(len);
    hex_dump_prefixed(ctx.out, ident, data);
}

// RFC 4884 multi-part extension after the 128-byte original datagram field.
void print_extensions(Ctx& ctx, const Cursor& c, uint32_t plen) {
    OutBuf& out = ctx.out;
    constexpr uint32_t kExtStart = 8 + 128;  // version/reserved byte of the extension header
    if (!c.has(0, kExtStart + 5)) {
        ctx.print_trunc();
        return;
    }
    // Without a length field the extension is recognised by its checksum only.
    if (c.u8(5) == 0 && c.has(kExtStart, plen - kExtStart)) {
        if (in_cksum(c.bytes(kExtStart, plen - kExtStart)) != 0) return;
    }
    const uint8_t version = c.u8(kExtStart) >> 4;
    out.f("\n\tICMP Multi-Part extension v{}", version);
    if (version != 2) {
        out.put(" packet not supported");
        return;
    }
    uint32_t hlen = plen - kExtStart;
    if (c.has(kExtStart, hlen)) {
        out.f(", checksum 0x{:04x} ({}correct), length {}", c.be16(kExtStart + 2),
              in_cksum(c.bytes(kExtStart, hlen)) ? "in" : "", hlen);
    }
    hlen -= 4;
    size_t off = kExtStart + 4;
    while (hlen > 4) {
        if (!c.has(off, 4)) {
            ctx.print_trunc();
            return;
        }
        uint32_t obj_len = c.be16(off);
        const uint8_t cls = c.u8(off + 2);
        const uint8_t ctype = c.u8(off + 3);
        off += 4;
        out.put("\n\t  ");
        put_tok(ctx, kExtObjectClasses, cls, "unknown");
        out.f(" Object ({}), Class-Type: {}, length {}", cls, ctype, obj_len);
        hlen -= 4;
        if (cls == 0 || obj_len < 4) return;  // would loop forever
        obj_len -= 4;
        if (cls == 1 && ctype == 1) {
            const uint32_t raw = c.be32(off);
            out.f("\n\t    label {}, tc {}", raw >> 12, (raw >> 9) & 7);
            if ((raw >> 8) & 1) out.put(", [S]");
            out.f(", ttl {}", raw & 0xff);
        } else {
            unknown_data(ctx, c, off, obj_len, "\n\t    ");
        }
        if (hlen < obj_len) break;
        hlen -= obj_len;
        off += obj_len;
    }
}

bool is_error_type(uint8_t t) {
    return t == kUnreach || t == kSourceQuench || t == kRedirect || t == kTimeExceeded || t == kParamProb;
}

}  // namespace

void icmp_print(Ctx& ctx, Cursor c, uint32_t plen, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "icmp";
    const uint8_t type = c.u8(0);
    const uint8_t code = c.u8(1);
    if (ctx.truncated) return;

    const size_t mark = out.size();
    out.put("ICMP ");
    const Text t = message_text(ctx, c, type, code);
    if (ctx.truncated || t == Text::Trunc) {
        out.truncate_to(mark);
        if (!ctx.truncated) ctx.print_trunc();
        return;
    }
    out.f(", length {}", plen);

    if (ctx.opt.vflag && !ip.fragmented && c.has(0, plen)) {
        const uint16_t sum = in_cksum(c.bytes(0, plen));
        if (sum != 0) {
            const uint16_t field = c.be16(2);
            out.f(" (wrong icmp cksum {:x} (->{:x})!)", field, cksum_shouldbe(field, sum));
        }
    }

    if (ctx.opt.vflag && is_error_type(type)) {
        // The quoted datagram ends where its own header says (extensions may follow).
        out.put("\n\t");
        const Cursor inner = c.skip(8);
        const uint16_t inner_len = inner.be16(2);
        if (ctx.truncated) return;
        // tcpdump reads the length field again after cutting the capture to that length,
        // so a length under 4 ends the packet here.
        if (inner_len < 4) {
            ctx.mark_truncated();
            return;
        }
        ip_print(ctx, inner.limit(inner_len), inner_len);
        if (ctx.truncated) return;
    }
    ctx.proto = "icmp";

    if (ctx.opt.vflag && plen > 136 && (type == kUnreach || type == kTimeExceeded || type == kParamProb))
        print_extensions(ctx, c, plen);
}

}  // namespace rd
