// CARP advertisements: version and type, then for version 2 the virtual host id, the
// advertisement base and skew, the authentication length and the 64-bit counter.
#include "carp.hpp"

#include "checksum.hpp"

namespace rd {

void carp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "carp";
    const uint8_t first = c.u8(0);
    if (ctx.truncated) return;
    const unsigned version = first >> 4;
    const unsigned type = first & 0x0f;
    out.f("CARPv{}-{} {}: ", version, type == 1 ? "advertise" : "unknown", length);
    if (ip.ttl_hlim != 255) out.f("[ttl={}!] ", ip.ttl_hlim);  // advertisements go out with 255
    if (version != 2 || type != 1) return;
    // One fetch for the four fields: tcpdump shows them all or none.
    const uint8_t vhid = c.u8(1);
    const uint8_t skew = c.u8(2);
    const uint8_t authlen = c.u8(3);
    const uint8_t base = c.u8(5);
    if (ctx.truncated) return;
    out.f("vhid={} advbase={} advskew={} authlen={} ", vhid, base, skew, authlen);
    if (ctx.opt.vflag && c.has(0, length) && in_cksum(c.bytes(0, length)) != 0)
        out.f(" (bad carp cksum {:x}!)", c.be16(6));
    const uint64_t counter = c.be64(8);
    if (ctx.truncated) return;
    out.f("counter={}", counter);
}

}  // namespace rd
