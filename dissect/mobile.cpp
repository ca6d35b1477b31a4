// Minimal IP encapsulation for Mobile IP (RFC 2004, IP protocol 55): the original
// destination, the original source when present, and the header checksum.
#include "checksum.hpp"
#include "ip_misc.hpp"
#include "protos.hpp"

namespace rd {

void mobile_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    OutBuf& out = ctx.out;
    ctx.proto = "mobile";
    constexpr uint32_t kMinLen = 8;       // protocol, flags, checksum, original destination
    constexpr size_t kStructLen = 12;     // tcpdump needs the whole header struct captured
    constexpr uint16_t kSourcePresent = 0x0080;
    if (length < kMinLen || !c.has(0, kStructLen)) {
        ctx.print_trunc();
        return;
    }
    out.put("mobile: ");
    const uint16_t proto = c.be16(0);
    const uint16_t crc = c.be16(2);
    const bool osp = (proto & kSourcePresent) != 0;
    if (osp) {
        out.put("[S] ");
        if (ctx.opt.vflag) {
            put_ip4_at(ctx, c, 8);
            out.put(' ');
        }
    } else {
        out.put("[] ");
    }
    if (ctx.opt.vflag) {
        out.put("> ");
        put_ip4_at(ctx, c, 4);
        out.f(" (oproto={})", proto >> 8);
    }
    if (in_cksum(c.bytes(0, osp ? 12 : 8)) != 0) out.f(" (bad checksum {})", crc);
}

}  // namespace rd
