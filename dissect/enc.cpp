// OpenBSD enc(4) link type (LINKTYPE_ENC 109): a 12-byte header (address family and
// flags in the capturing host's byte order, SPI big-endian) before the IPsec-processed
// IPv4 or IPv6 packet.
#include "link_wrap.hpp"

#include <utility>

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 12;
constexpr uint32_t kAuth = 0x0800, kConf = 0x0400;  // OpenBSD mbuf flags M_AUTH, M_CONF
// BSD address family numbers: AF_INET, and AF_INET6 on OpenBSD/NetBSD, FreeBSD, Darwin.
constexpr uint32_t kAfInet = 2, kAfInet6Bsd = 24, kAfInet6FreeBsd = 28, kAfInet6Darwin = 30;

uint32_t swap32(uint32_t v) { return __builtin_bswap32(v); }

}  // namespace

uint32_t enc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "enc";
    // A short header is a read past the capture: marker, whole -x dump.
    if (!c.need(0, kHdrLen)) return 0;
    uint32_t af = c.le32(0), flags = c.le32(8);
    // Written on a host of the other byte order: the family's high half is set.
    if (af & 0xffff0000) {
        af = swap32(af);
        flags = swap32(flags);
    }
    OutBuf& out = ctx.out;
    if (flags == 0) out.put("(unprotected): ");
    else out.put('(');
    // Each known flag, then "): " when it was the last bit set, else ",".
    for (const auto& [bit, name] : {std::pair{kAuth, "authentic"}, std::pair{kConf, "confidential"}}) {
        if (!(flags & bit)) continue;
        out.put(name);
        out.put(flags == bit ? "): " : ",");
        flags &= ~bit;
    }
    out.f("SPI 0x{:08x}: ", c.be32(4));
    const Cursor p = c.skip(kHdrLen);
    const uint32_t length = wirelen - kHdrLen;
    switch (af) {
    case kAfInet: ip_print(ctx, p, length); break;
    case kAfInet6Bsd:
    case kAfInet6FreeBsd:
    case kAfInet6Darwin: ip6_print(ctx, p, length); break;
    default: break;
    }
    return kHdrLen;
}

}  // namespace rd
