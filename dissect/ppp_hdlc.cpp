// PPP in HDLC-like framing (RFC 1662): the PPP_HDLC link type, and frames whose
// protocol field is an escape (0x7e..) so the bytes are still octet-stuffed.
#include <vector>

#include "ppp.hpp"

namespace rd {

namespace ppp {

void hdlc_unescape_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    const auto in = c.rest();
    if (in.empty() || length == 0) return;
    // A rare path (an escape where a protocol should be): a private buffer is fine.
    std::vector<uint8_t> buf;
    buf.reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
        uint8_t b = in[i];
        if (b == 0x7d) {
            if (i + 1 >= in.size()) break;
            b = in[++i] ^ 0x20;
        }
        buf.push_back(b);
    }
    const Cursor u(ctx, buf);
    const auto len = static_cast<uint32_t>(buf.size());
    if (len < 1) {
        ctx.print_trunc();
        return;
    }
    const uint8_t one = u.u8(0);
    if (one == 0x21) {
        ip_print(ctx, u.skip(1), len - 1);
        return;
    }
    if (one == 0x57) {
        ip6_print(ctx, u.skip(1), len - 1);
        return;
    }
    if (len < 2) {
        ctx.print_trunc();
        return;
    }
    uint16_t proto = u.be16(0);
    size_t at = 2;
    if (proto == 0xff03) {
        if (len < 4) {
            ctx.print_trunc();
            return;
        }
        proto = u.be16(2);
        at = 4;
    }
    if ((proto & 0xff00) == 0x7e00)
        ctx.out.f("(protocol 0x{:04x} invalid)", proto);
    else
        ppp_protocol_print(ctx, proto, u, at, len - static_cast<uint32_t>(at));
}

}  // namespace ppp

uint32_t ppp_hdlc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "ppp_hdlc";
    const size_t caplen = c.size();
    if (caplen < 2) {
        ctx.print_trunc();
        return static_cast<uint32_t>(caplen);
    }
    const uint8_t addr = c.u8(0);
    if (addr == 0x0f || addr == 0x8f) return chdlc_if_print(ctx, c, wirelen);
    if (caplen < 4) {
        ctx.print_trunc();
        return static_cast<uint32_t>(caplen);
    }
    if (ctx.opt.eflag) ctx.out.f("{:02x} {:02x} {} ", addr, c.u8(1), wirelen);
    if (addr != 0xff) {
        ctx.out.f("unknown addr {:02x}; ctrl {:02x}", c.u8(2), c.u8(3));
        return 2;
    }
    const uint16_t proto = c.be16(2);
    const char* name = ppp::type_name(proto);
    if (name)
        ctx.out.f("{}: ", name);
    else
        ctx.out.f("unknown PPP protocol (0x{:04x}): ", proto);
    ppp_protocol_print(ctx, proto, c, 4, wirelen - 4);
    return 4;
}

}  // namespace rd
