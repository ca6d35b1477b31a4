// RTP (RFC 3550, and the older v1 draft header) and RTCP, as tcpdump prints them when the
// UDP payload type is forced with -T rtp / -T rtcp.
#include "rtp.hpp"

namespace rd {

namespace {

constexpr uint8_t kRtcpSr = 200;
constexpr uint8_t kRtcpRr = 201;
constexpr uint8_t kRtcpSdes = 202;
constexpr uint8_t kRtcpBye = 203;

constexpr uint32_t kRtcpHdrLen = 8;   // flags, length, SSRC
constexpr uint32_t kRtcpSrLen = 20;   // NTP time, RTP time, packets, octets
constexpr uint32_t kRtcpRrLen = 24;   // one report block

// One RTCP packet at c; returns the offset of the next one (c.size() when done).
size_t rtcp_one(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const size_t end = c.size();
    if (!c.has(0, kRtcpHdrLen)) {
        ctx.print_trunc();
        return end;
    }
    const uint32_t len = (static_cast<uint32_t>(c.be16(2)) + 1) * 4;
    const uint16_t flags = c.be16(0);
    uint32_t cnt = (flags >> 8) & 0x1f;
    size_t rr = kRtcpHdrLen;
    const bool v = ctx.opt.vflag > 0;
    switch (flags & 0xff) {
    case kRtcpSr:
        out.put(" sr");
        if (len != cnt * kRtcpRrLen + kRtcpSrLen + kRtcpHdrLen) out.f(" [{}]", len);
        if (v) out.f(" {}", c.be32(4));
        if (!c.has(kRtcpHdrLen, kRtcpSrLen)) {
            ctx.print_trunc();
            return end;
        }
        {
            const double ts = static_cast<double>(c.be32(8)) + static_cast<double>(c.be32(12)) / 4294967296.0;
            out.f(" @{:.2f} {} {}p {}b", ts, c.be32(16), c.be32(20), c.be32(24));
        }
        rr = kRtcpHdrLen + kRtcpSrLen;
        break;
    case kRtcpRr:
        out.put(" rr");
        if (len != cnt * kRtcpRrLen + kRtcpHdrLen) out.f(" [{}]", len);
        if (v) out.f(" {}", c.be32(4));
        break;
    case kRtcpSdes:
        out.f(" sdes {}", len);
        if (v) out.f(" {}", c.be32(4));
        cnt = 0;
        break;
    case kRtcpBye:
        out.f(" bye {}", len);
        if (v) out.f(" {}", c.be32(4));
        cnt = 0;
        break;
    default:
        out.f(" type-0x{:x} {}", flags & 0xff, len);
        cnt = 0;
        break;
    }
    if (cnt > 1) out.f(" c{}", cnt);
    // tcpdump prints the first report block cnt times (its pointer never advances).
    for (; cnt != 0 && !ctx.truncated; --cnt) {
        if (!c.has(rr, kRtcpRrLen)) {
            ctx.print_trunc();
            return end;
        }
        if (v) out.f(" {}", c.be32(rr));
        const double lsr = static_cast<double>(c.be32(rr + 16)) / 65536.0;
        const double dlsr = static_cast<double>(c.be32(rr + 20)) / 65536.0;
        out.f(" {}l {}s {}j @{:.2f}+{:.2f}", c.be32(rr + 4) & 0x00ffffff, c.be32(rr + 8), c.be32(rr + 12), lsr,
              dlsr);
    }
    return len;
}

}  // namespace

void rtp_print(Ctx& ctx, Cursor c, uint32_t len) {
    ctx.proto = "rtp";
    OutBuf& out = ctx.out;
    if (len < 8) {
        out.f("udp/rtp, length {} < 8", len);
        return;
    }
    const uint32_t i0 = c.be32(0);
    const uint32_t i1 = c.be32(4);
    if (ctx.truncated) return;
    uint32_t dlen = len - 8;
    uint32_t words = (len >> 2) - 2;  // 32-bit words left after the first two
    size_t pos = 8;
    bool hasopt = false;
    bool hasext = false;
    uint32_t contype;
    bool marker;
    const char* ptype;
    if ((i0 >> 30) == 1) {
        // Version 1 (draft-ietf-avt-rtp-04).
        hasopt = (i0 & 0x800000) != 0;
        contype = (i0 >> 16) & 0x3f;
        marker = (i0 & 0x400000) != 0;
        ptype = "rtpv1";
    } else {
        if (dlen < 4) {
            out.f("udp/rtp, length {} < 12", dlen + 8);
            return;
        }
        hasext = (i0 & 0x10000000) != 0;
        contype = (i0 >> 16) & 0x7f;
        marker = (i0 & 0x800000) != 0;
        dlen -= 4;
        ptype = "rtp";
        pos += 4;
        words -= 1;
    }
    out.f("udp/{} {} c{} {}{} {} {}", ptype, dlen, contype, (hasopt || hasext) ? "+" : "", marker ? "*" : "",
          i0 & 0xffff, i1);
    if (ctx.opt.vflag == 0) return;
    const uint32_t third = c.be32(8);
    if (ctx.truncated) return;
    out.f(" {}", third);
    if (hasopt) {
        uint32_t i2;
        do {
            i2 = c.be32(pos);
            if (ctx.truncated) return;
            const uint32_t optlen = (i2 >> 16) & 0xff;
            if (optlen == 0 || optlen > words) {
                out.put(" !opt");
                return;
            }
            pos += static_cast<size_t>(optlen) * 4;
            words -= optlen;
        } while ((i2 & 0x80000000u) == 0);
    }
    if (hasext) {
        const uint32_t i2 = c.be32(pos);
        if (ctx.truncated) return;
        const uint32_t extlen = (i2 & 0xffff) + 1;
        if (extlen > words) {
            out.put(" !ext");
            return;
        }
        pos += static_cast<size_t>(extlen) * 4;
    }
    if (contype == 0x1f) {
        const uint32_t w = c.be32(pos);
        if (ctx.truncated) return;
        out.f(" 0x{:04x}", w >> 16);
    }
}

void rtcp_print(Ctx& ctx, Cursor c) {
    ctx.proto = "rtcp";
    size_t pos = 0;
    while (pos < c.size() && !ctx.truncated) {
        const Cursor one = c.skip(pos);
        pos += rtcp_one(ctx, one);
    }
}

}  // namespace rd
