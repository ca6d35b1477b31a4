// VRRP (RFC 3768 version 2, RFC 5798 version 3), IP protocol 112.
#include "checksum.hpp"
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint8_t kAdvertisement = 1;
constexpr uint8_t kAuthSimple = 1;
constexpr Tok kTypes[] = {{1, "Advertisement"}};
constexpr Tok kAuthTypes[] = {{0, "none"}, {1, "simple"}, {2, "ah"}};

}  // namespace

void vrrp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "vrrp";
    out.put("VRRP");
    const uint8_t first = c.u8(0);
    if (ctx.truncated) return;
    const unsigned version = first >> 4;
    const unsigned type = first & 0x0f;
    out.f("v{}, ", version);
    put_tok(ctx, kTypes, type, "unknown type ({})");
    if (ip.ttl_hlim != 255) out.f(", (ttl {})", ip.ttl_hlim);
    if (version < 2 || version > 3 || type != kAdvertisement) return;
    // tcpdump shows the router id and priority together or not at all.
    const uint8_t vrid = c.u8(1);
    const uint8_t prio = c.u8(2);
    if (ctx.truncated) return;
    out.f(", vrid {}, prio {}", vrid, prio);
    const uint8_t naddrs = c.u8(3);
    if (ctx.truncated) return;
    uint8_t auth_type = 0;
    if (version == 2) {
        auth_type = c.u8(4);
        if (ctx.truncated) return;
        out.put(", authtype ");
        put_tok(ctx, kAuthTypes, auth_type, "#{}");
        const uint8_t intvl = c.u8(5);
        if (ctx.truncated) return;
        out.f(", intvl {}s, length {}", intvl, length);
    } else {
        const uint8_t hi = c.u8(4);
        const uint8_t lo = c.u8(5);
        if (ctx.truncated) return;
        out.f(", intvl {}cs, length {}", (hi & 0x0f) << 8 | lo, length);
    }
    if (!ctx.opt.vflag) return;
    if (c.has(0, length)) {
        bool bad = false;
        if (version == 2)
            bad = in_cksum(c.bytes(0, length)) != 0;
        else
            bad = ip_pseudo_cksum(ip, 112, length, c.bytes(0, length)) != 0;
        if (bad) out.f(", (bad vrrp cksum {:x})", c.be16(6));
    }
    out.put(", addrs");
    if (naddrs > 1) out.f("({})", naddrs);
    out.put(':');
    char sep = ' ';
    size_t off = 8;
    // Version 3 over IPv6 carries IPv6 addresses (RFC 5798 section 5.2.9).
    const size_t addr_len = ip.version == 6 ? 16 : 4;
    for (unsigned i = 0; i < naddrs; ++i) {
        if (!c.need(off, addr_len)) return;
        out.put(sep);
        if (addr_len == 16)
            put_ip6_at(ctx, c, off);
        else
            put_ip4_at(ctx, c, off);
        sep = ',';
        off += addr_len;
    }
    if (version == 2 && auth_type == kAuthSimple) {
        out.put(" auth \"");
        put_string_nul_padded(ctx, c, off, 8);
        if (ctx.truncated) return;
        out.put('"');
    }
}

}  // namespace rd
