// IPsec and IPComp headers as tcpdump prints them without keys: AH (RFC 4302), then the
// protocol after it; ESP (RFC 4303) and IPComp (RFC 3173), whose payloads stay opaque.
#include "protos.hpp"

namespace rd {

int ah_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    ctx.proto = "ah";
    out.put("AH");
    const uint8_t ah_len = c.u8(1);
    if (ctx.truncated) return -1;
    const uint32_t hdr_len = (ah_len + 2u) * 4;
    out.put('(');
    if (ctx.opt.vflag) out.f("length={}({}-bytes),", ah_len, hdr_len);
    const uint16_t reserved = c.be16(2);
    if (ctx.truncated) return -1;
    if (reserved) out.f("reserved=0x{:x}[MustBeZero],", reserved);
    const uint32_t spi = c.be32(4);
    if (ctx.truncated) return -1;
    out.f("spi=0x{:08x},", spi);
    const uint32_t seq = c.be32(8);
    if (ctx.truncated) return -1;
    out.f("seq=0x{:x},", seq);
    out.put("icv=0x");
    for (size_t p = 12; p < hdr_len; ++p) {
        const uint8_t b = c.u8(p);
        if (ctx.truncated) return -1;
        out.hex(b, 2);
    }
    out.put("): ");
    return static_cast<int>(hdr_len);
}

void ah_demux_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    // A chain of AH headers is walked here, not by recursion, so a packet full of them
    // cannot exhaust the stack.
    uint8_t nh = 51;
    while (nh == 51) {
        if (!c.has(0, 1)) {
            ctx.proto = "ah";
            ctx.print_trunc();
            return;
        }
        nh = c.u8(0);
        const int advance = ah_print(ctx, c);
        if (advance <= 0) return;
        c = c.skip(static_cast<size_t>(advance));
        length -= static_cast<uint32_t>(advance);
    }
    ip_demux_print(ctx, nh, c, length, ip);
}

void esp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    ctx.proto = "esp";
    // tcpdump wants at least one byte past the SPI and sequence number.
    if (!c.has(0, 9)) {
        ctx.print_trunc();
        return;
    }
    ctx.out.f("ESP(spi=0x{:08x},seq=0x{:x}), length {}", c.be32(0), c.be32(4), length);
}

void ipcomp_print(Ctx& ctx, Cursor c, uint32_t, const IpInfo&) {
    ctx.proto = "ipcomp";
    const uint16_t cpi = c.be16(2);
    if (ctx.truncated) return;
    ctx.out.f("IPComp(cpi=0x{:04x})", cpi);
}

}  // namespace rd
