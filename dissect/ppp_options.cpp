// Configuration options of the PPP network and compression control protocols: IPCP
// (RFC 1332/1877/3544), IP6CP (RFC 5072), CCP (RFC 1962 and the compressor RFCs) and
// BACP (RFC 2125). LCP options are in ppp.cpp.
#include "ppp.hpp"

namespace rd::ppp {

namespace {

constexpr uint16_t kIpcp = 0x8021, kIp6cp = 0x8057, kCcp = 0x80fd, kBacp = 0xc02b;

constexpr Tok kIpcpOpts[] = {
    {1, "IP-Addrs"}, {2, "IP-Comp"},   {3, "IP-Addr"},  {4, "Home-Addr"},
    {129, "Pri-DNS"}, {130, "Pri-NBNS"}, {131, "Sec-DNS"}, {132, "Sec-NBNS"},
};
constexpr Tok kCompProtos[] = {{0x002d, "VJ-Comp"}, {0x61, "IP Header Compression"}};
constexpr Tok kCompSubopts[] = {{1, "RTP-Compression"}, {2, "Enhanced RTP-Compression"}};
constexpr Tok kIp6cpOpts[] = {{1, "Interface-ID"}};
constexpr Tok kCcpOpts[] = {
    {0, "OUI"},        {1, "Pred-1"},    {2, "Pred-2"},    {3, "Puddle"},     {16, "HP-PPC"},
    {17, "Stac-LZS"},  {18, "MPPC"},     {19, "Gand-FZA"}, {20, "V.42bis"},   {21, "BSD-Comp"},
    {23, "LZS-DCP"},   {24, "MVRCA"},    {25, "DEC"},      {26, "Deflate"},   {255, "Reserved"},
};
constexpr Tok kBacpOpts[] = {{1, "Favored-Peer"}};
constexpr uint32_t kIpCompMinLen = 14;

void put_header(Ctx& ctx, std::span<const Tok> names, const char* unknown, uint8_t opt, uint32_t len) {
    ctx.out.put("\n\t  ");
    put_tok(ctx, names, opt, unknown);
    ctx.out.f(" Option (0x{:02x}), length {}", opt, len);
}

// The dump of an option with no decoder (only when -vv does not dump them all).
void unknown_body(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (ctx.opt.vflag < 2) print_unknown_data(ctx, c, 2, "\n\t    ", len - 2);
}

// IP-Comp with IP header compression parameters and suboptions; p is moved past the
// suboptions (the -vv dump starts from there, as in tcpdump). False: stop the walk.
bool ip_hdr_comp(Ctx& ctx, const Cursor& c, size_t& p, uint32_t len) {
    if (len < kIpCompMinLen) {
        ctx.out.f(" (length bogus, should be >= {})", kIpCompMinLen);
        return false;
    }
    if (!c.has(p + 2, kIpCompMinLen)) {
        ctx.out.put("[|ipcp]");
        return false;
    }
    ctx.out.f("\n\t    TCP Space {}, non-TCP Space {}, maxPeriod {}, maxTime {}, maxHdr {}",
              c.be16(p + 4), c.be16(p + 6), c.be16(p + 8), c.be16(p + 10), c.be16(p + 12));
    if (len <= kIpCompMinLen) return true;
    uint32_t total = len - kIpCompMinLen;
    p += kIpCompMinLen;
    ctx.out.f("\n\t      Suboptions, length {}", total);
    while (total >= 2) {
        if (!c.has(p, 2)) {
            ctx.out.put("[|ipcp]");
            return false;
        }
        const uint8_t sub = c.u8(p);
        const uint8_t sublen = c.u8(p + 1);
        if (sub == 0 || sublen == 0) break;
        ctx.out.put("\n\t\t");
        put_tok(ctx, kCompSubopts, sub, "Unknown");
        ctx.out.f(" Suboption #{}, length {}", sub, sublen);
        if (total < sublen) {
            ctx.out.f(" [remaining suboptions length {} < {}]", total, sublen);
            ctx.print_invalid();
            break;
        }
        total -= sublen;
        p += sublen;
    }
    return true;
}

uint32_t ipcp_option(Ctx& ctx, const Cursor& c, uint8_t opt, uint32_t len) {
    OutBuf& out = ctx.out;
    size_t p = 0;  // moves for the IP-Comp suboptions
    switch (opt) {
    case 1:
        if (len != 10) {
            out.put(" (length bogus, should be = 10)");
            return len;
        }
        if (!c.need(2, 8)) return 0;  // both addresses are read before anything is shown
        out.put(": src ");
        put_ip4_at(ctx, c, 2);
        out.put(", dst ");
        put_ip4_at(ctx, c, 6);
        break;
    case 2: {
        if (len < 4) {
            out.put(" (length bogus, should be >= 4)");
            return 0;
        }
        const uint16_t proto = c.be16(2);
        out.put(": ");
        put_tok(ctx, kCompProtos, proto, "Unknown");
        out.f(" (0x{:02x}):", proto);
        if (proto == 0x61 && !ip_hdr_comp(ctx, c, p, len)) return 0;
        break;
    }
    case 3:
    case 4:
    case 129:
    case 130:
    case 131:
    case 132:
        if (len != 6) {
            out.put(" (length bogus, should be = 6)");
            return 0;
        }
        if (!c.need(2, 4)) return 0;
        out.put(": ");
        put_ip4_at(ctx, c, 2);
        break;
    default: unknown_body(ctx, c, len); break;
    }
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p + 2, "\n\t    ", len - 2);
    return len;
}

uint32_t ip6cp_option(Ctx& ctx, const Cursor& c, uint8_t opt, uint32_t len) {
    if (opt == 1) {
        if (len != 10) {
            ctx.out.put(" (length bogus, should be = 10)");
            return len;
        }
        if (!c.has(2, 8)) {
            ctx.out.put("[|ip6cp]");
            return 0;
        }
        ctx.out.f(": {:04x}:{:04x}:{:04x}:{:04x}", c.be16(2), c.be16(4), c.be16(6), c.be16(8));
    } else {
        unknown_body(ctx, c, len);
    }
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, 2, "\n\t    ", len - 2);
    return len;
}

uint32_t ccp_option(Ctx& ctx, const Cursor& c, uint8_t opt, uint32_t len) {
    OutBuf& out = ctx.out;
    switch (opt) {
    case 21:
        if (len < 3) {
            out.put(" (length bogus, should be >= 3)");
            return len;
        }
        out.f(": Version: {}, Dictionary Bits: {}", c.u8(2) >> 5, c.u8(2) & 0x1f);
        break;
    case 24: {
        if (len < 4) {
            out.put(" (length bogus, should be >= 4)");
            return len;
        }
        const uint8_t b = c.u8(2);
        out.f(": Features: {}, PxP: {}, History: {}, #CTX-ID: {}", (b & 0xc0) >> 6,
              (b & 0x20) ? "Enabled" : "Disabled", b & 0x1f, c.u8(3));
        break;
    }
    case 26: {
        if (len < 4) {
            out.put(" (length bogus, should be >= 4)");
            return len;
        }
        const uint8_t b = c.u8(2);
        out.f(": Window: {}K, Method: {} (0x{:x}), MBZ: {}, CHK: {}", (b & 0xf0) >> 4,
              (b & 0x0f) == 8 ? "zlib" : "unknown", b & 0x0f, (c.u8(3) & 0xfc) >> 2, c.u8(3) & 0x03);
        break;
    }
    default: unknown_body(ctx, c, len); break;
    }
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, 2, "\n\t    ", len - 2);
    return len;
}

uint32_t bacp_option(Ctx& ctx, const Cursor& c, uint8_t opt, uint32_t len) {
    if (opt == 1) {
        if (len != 6) {
            ctx.out.put(" (length bogus, should be = 6)");
            return len;
        }
        ctx.out.f(": Magic-Num 0x{:08x}", c.be32(2));
    } else {
        unknown_body(ctx, c, len);
    }
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, 2, "\n\t    ", len - 2);
    return len;
}

}  // namespace

bool has_option_printer(uint16_t proto) {
    return proto == kIpcp || proto == kIp6cp || proto == kCcp || proto == kBacp;
}

uint32_t option_print(Ctx& ctx, uint16_t proto, const Cursor& c, uint32_t length) {
    if (length < 2) return 0;
    if (!c.has(0, 2)) {
        ctx.out.put(proto == kIpcp ? "[|ipcp]" : proto == kIp6cp ? "[|ip6cp]" : proto == kCcp ? "[|ccp]" : "[|bacp]");
        return 0;
    }
    const uint8_t opt = c.u8(0);
    const uint8_t len = c.u8(1);
    if (length < len) return 0;
    std::span<const Tok> names = kIpcpOpts;
    const char* unknown = "unknown";
    if (proto == kIp6cp) {
        names = kIp6cpOpts;
    } else if (proto == kCcp) {
        names = kCcpOpts;
        unknown = "Unknown";
    } else if (proto == kBacp) {
        names = kBacpOpts;
        unknown = "Unknown";
    }
    put_header(ctx, names, unknown, opt, len);
    if (len < 2) {
        ctx.out.put(" (length bogus, should be >= 2)");
        return 0;
    }
    uint32_t adv = 0;
    switch (proto) {
    case kIpcp: adv = ipcp_option(ctx, c, opt, len); break;
    case kIp6cp: adv = ip6cp_option(ctx, c, opt, len); break;
    case kCcp: adv = ccp_option(ctx, c, opt, len); break;
    default: adv = bacp_option(ctx, c, opt, len); break;
    }
    return ctx.truncated ? 0 : adv;
}

}  // namespace rd::ppp
