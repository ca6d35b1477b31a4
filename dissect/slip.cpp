// SLIP (LINKTYPE_SLIP): a 16-byte pseudo-header (direction, then the CSLIP header as
// received) before the IP packet. With -e the CSLIP header is decoded (RFC 1144).
#include "protos.hpp"
#include "state.hpp"

namespace rd {

namespace {

constexpr uint32_t kSlipHdrLen = 16;
constexpr size_t kChdr = 1;  // the CSLIP header starts after the direction byte

constexpr uint8_t kTypeIp = 0x40;
constexpr uint8_t kTypeUncompressedTcp = 0x70;
constexpr uint8_t kTypeCompressedTcp = 0x80;
constexpr uint8_t kNewC = 0x40, kNewI = 0x20, kNewS = 0x08, kNewA = 0x04, kNewW = 0x02,
                  kNewU = 0x01;
constexpr uint8_t kSpecialsMask = kNewS | kNewA | kNewW | kNewU;
constexpr uint8_t kSpecialI = kNewS | kNewW | kNewU;
constexpr uint8_t kSpecialD = kNewS | kNewA | kNewW | kNewU;

// A CSLIP delta: one byte, or a zero byte then two. Returns the value, advancing off.
uint32_t delta(const Cursor& c, size_t& off) {
    uint32_t v = c.u8(off);
    if (v == 0) {
        v = c.be16(off + 1);
        off += 3;
    } else {
        off += 1;
    }
    return v;
}

// Data length of the packet whose IP header is at ip: length minus the IP and TCP
// headers. The headers must be captured (else the packet is truncated).
bool data_length(const Cursor& ip, uint32_t length, uint32_t& out) {
    if (!ip.need(0, 20)) return false;
    const uint32_t ihl = ip.u8(0) & 0x0f;
    if (!ip.need(ihl * 4, 20)) return false;
    const uint32_t words = ihl + (ip.u8(ihl * 4 + 12) >> 4);
    out = length - (words << 2);
    return true;
}

void compressed_print(Ctx& ctx, const Cursor& c, const Cursor& ip, uint32_t length, int dir) {
    OutBuf& out = ctx.out;
    auto& st = ctx.state();
    size_t off = kChdr;
    const uint8_t flags = c.u8(off++);
    if (flags & kNewC) {
        st.slip_lastconn = c.u8(off++);
        if (ctx.truncated) return;
        out.f("ctcp {}", st.slip_lastconn);
    } else {
        out.put("ctcp *");
    }
    off += 2;  // the TCP checksum
    auto change = [&](const char* label) {
        const uint32_t v = delta(c, off);
        if (!ctx.truncated) out.f(" {}{}", label, v);
    };
    switch (flags & kSpecialsMask) {
    case kSpecialI: out.f(" *SA+{}", st.slip_lastlen[dir][st.slip_lastconn]); break;
    case kSpecialD: out.f(" *S+{}", st.slip_lastlen[dir][st.slip_lastconn]); break;
    default:
        if (flags & kNewU) change("U=");
        if (flags & kNewW) {
            const auto w = static_cast<int16_t>(delta(c, off));
            if (ctx.truncated) return;
            if (w >= 0)
                out.f(" W+{}", w);
            else
                out.f(" W{}", w);
        }
        if (flags & kNewA) change("A+");
        if (flags & kNewS) change("S+");
        break;
    }
    if (flags & kNewI) change("I+");
    if (ctx.truncated) return;
    uint32_t dlen = 0;
    if (!data_length(ip, length, dlen)) return;
    st.slip_lastlen[dir][st.slip_lastconn] = dlen;
    out.f(" {} ({})", dlen, off - kChdr);
}

void sliplink_print(Ctx& ctx, const Cursor& c, const Cursor& ip, uint32_t length) {
    OutBuf& out = ctx.out;
    int dir = c.u8(0);
    switch (dir) {
    case 0: out.put("I "); break;
    case 1: out.put("O "); break;
    default:
        out.f("Invalid direction {} ", dir);
        dir = -1;
        break;
    }
    const uint8_t type = c.u8(kChdr);
    switch (type & 0xf0) {
    case kTypeIp: out.f("ip {}: ", length + kSlipHdrLen); break;
    case kTypeUncompressedTcp: {
        // The connection number sits where the IP protocol field was.
        auto& st = ctx.state();
        st.slip_lastconn = c.u8(kChdr + 9);
        out.f("utcp {}: ", st.slip_lastconn);
        if (dir == -1) return;
        uint32_t dlen = 0;
        if (!data_length(ip, length, dlen)) return;
        st.slip_lastlen[dir][st.slip_lastconn] = dlen;
        break;
    }
    default:
        if (dir == -1) return;
        if (type & kTypeCompressedTcp) {
            compressed_print(ctx, c, ip, length, dir);
            if (!ctx.truncated) out.put(": ");
        } else {
            out.f("slip-{}!: ", type);
        }
        break;
    }
}

}  // namespace

uint32_t sl_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "slip";
    if (!c.need(0, kSlipHdrLen)) return 0;
    const uint32_t length = wirelen - kSlipHdrLen;
    const Cursor ip = c.skip(kSlipHdrLen);
    if (ctx.opt.eflag) sliplink_print(ctx, c, ip, length);
    if (ctx.truncated) return kSlipHdrLen;
    const uint8_t v = ip.u8(0) >> 4;
    if (ctx.truncated) return kSlipHdrLen;
    switch (v) {
    case 4: ip_print(ctx, ip, length); break;
    case 6: ip6_print(ctx, ip, length); break;
    default: ctx.out.f("ip v{}", v); break;
    }
    return kSlipHdrLen;
}

}  // namespace rd
