// RIP versions 1 and 2 (RFC 1058, 2453, 4822 authentication), UDP port 520.
#include <algorithm>

#include <fmt/format.h>

#include "protos.hpp"

namespace rd {

namespace {

constexpr Tok kCommands[] = {
    {1, "Request"}, {2, "Response"}, {3, "Trace on"}, {4, "Trace off"}, {5, "Poll"}, {6, "Poll Entry"},
};

// BSD address family numbers as RIP uses them.
constexpr Tok kFamilies[] = {
    {2, "IPv4"}, {6, "NS"}, {7, "ISO"}, {16, "Appletalk"}, {23, "IPX"}, {24, "IPv6"}, {28, "IPv6"}, {30, "IPv6"},
};

constexpr uint32_t kHeaderLen = 4;
constexpr uint32_t kRouteLen = 20;
constexpr uint32_t kEntryHeaderLen = 4;
constexpr uint32_t kAuthLen = 16;
constexpr uint32_t kCryptoLen = 16;

// Prefix length of a contiguous netmask, -1 when it is not contiguous.
int mask_bits(uint32_t mask) {
    for (int bits = 32; bits >= 0; --bits) {
        const uint32_t m = bits == 0 ? 0 : 0xffffffffu << (32 - bits);
        if (m == mask) return bits;
    }
    return -1;
}

// An IPv4 address right-aligned in 15 columns (tcpdump's "%15s").
void put_ip4_padded(Ctx& ctx, const Cursor& c, size_t off) {
    const auto a = c.bytes(off, 4);
    if (a.empty()) return;
    char buf[16];
    auto end = fmt::format_to(buf, "{}.{}.{}.{}", a[0], a[1], a[2], a[3]);
    ctx.out.f("{:>15}", std::string_view(buf, static_cast<size_t>(end - buf)));
}

// Entry printers return the entry size, 0 when it could not be printed.
uint32_t entry_v1(Ctx& ctx, const Cursor& c, size_t p, uint32_t remaining) {
    if (remaining < kRouteLen) return 0;
    if (!c.has(p, kRouteLen)) return 0;
    const uint16_t family = c.be16(p);
    if (family != 2 && family != 0) {
        ctx.out.put("\n\t AFI ");
        put_tok(ctx, kFamilies, family, "Unknown ({})");
        ctx.out.put(", ");
        print_unknown_data(ctx, c, p + kEntryHeaderLen, "\n\t  ", kRouteLen - kEntryHeaderLen);
        return kRouteLen;
    }
    if (c.be16(p + 2) != 0 || c.be32(p + 8) != 0 || c.be32(p + 12) != 0) {
        print_unknown_data(ctx, c, p, "\n\t  ", kRouteLen);
        return kRouteLen;
    }
    ctx.out.put(family == 0 ? "\n\t  AFI 0, " : "\n\t  ");
    put_ip4_at(ctx, c, p + 4);
    ctx.out.f(", metric: {}", c.be32(p + 16));
    return kRouteLen;
}

uint32_t entry_v2(Ctx& ctx, const Cursor& c, size_t p, uint32_t remaining) {
    if (remaining < kEntryHeaderLen) return 0;
    if (!c.has(p, kEntryHeaderLen)) return 0;
    const uint16_t family = c.be16(p);
    if (family == 0xffff) {
        const uint16_t auth_type = c.be16(p + 2);
        p += kEntryHeaderLen;
        remaining -= kEntryHeaderLen;
        if (auth_type == 2) {
            ctx.out.put("\n\t  Simple Text Authentication data: ");
            put_string_nul_padded(ctx, c, p, kAuthLen);
        } else if (auth_type == 3) {
            if (!c.has(p, kCryptoLen)) return 0;
            if (remaining < kCryptoLen) return 0;
            ctx.out.f("\n\t  Auth header: Packet Len {}, Key-ID {}, Auth Data Len {}, SeqNo {}, MBZ {}, MBZ {}",
                      c.be16(p), c.u8(p + 2), c.u8(p + 3), c.be32(p + 4), c.be32(p + 8), c.be32(p + 12));
        } else if (auth_type == 1) {
            ctx.out.put("\n\t  Auth trailer:");
            print_unknown_data(ctx, c, p, "\n\t  ", remaining);
            return kEntryHeaderLen + remaining;  // the trailer runs to the end of the packet
        } else {
            ctx.out.f("\n\t  Unknown ({}) Authentication data:", auth_type);
            print_unknown_data(ctx, c, p, "\n\t  ", remaining);
            return kEntryHeaderLen + remaining;
        }
    } else if (family != 2 && family != 0) {
        ctx.out.put("\n\t  AFI ");
        put_tok(ctx, kFamilies, family, "Unknown ({})");
        print_unknown_data(ctx, c, p + kEntryHeaderLen, "\n\t  ", kRouteLen - kEntryHeaderLen);
    } else {
        if (!c.has(p, kRouteLen)) return 0;
        if (remaining < kRouteLen) return 0;
        ctx.out.put("\n\t  AFI ");
        put_tok(ctx, kFamilies, family, "{}");
        ctx.out.put(", ");
        put_ip4_padded(ctx, c, p + 4);
        ctx.out.f("/{:<2}, tag 0x{:04x}, metric: {}, next-hop: ", mask_bits(c.be32(p + 8)), c.be16(p + 2),
                  c.be32(p + 16));
        if (c.be32(p + 12) != 0) put_ip4_at(ctx, c, p + 12);
        else ctx.out.put("self");
    }
    return kRouteLen;
}

}  // namespace

void rip_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "rip";
    uint32_t len = static_cast<uint32_t>(std::min<size_t>(c.size(), length));
    if (len < kHeaderLen) {
        ctx.print_trunc();
        return;
    }
    len -= kHeaderLen;
    const uint8_t vers = c.u8(1);
    const uint8_t cmd = c.u8(0);
    ctx.out.f("{}RIPv{}", ctx.opt.vflag >= 1 ? "\n\t" : "", vers);
    if (vers == 0) {
        // RFC 1058: version 0 is to be ignored; tcpdump shows it in hex.
        print_unknown_data(ctx, c, 0, "\n\t", length);
        return;
    }
    ctx.out.put(", ");
    put_tok(ctx, kCommands, cmd, "unknown command ({})");
    ctx.out.f(", length: {}", length);
    if (ctx.opt.vflag < 1) return;

    switch (cmd) {
    case 1:
    case 2:
        if (vers == 1 || vers == 2) {
            ctx.out.f(", routes: {}", length / kRouteLen);
            if (vers == 2) ctx.out.put(" or less");
            size_t p = kHeaderLen;
            while (len != 0 && !ctx.truncated) {
                const uint32_t n = vers == 1 ? entry_v1(ctx, c, p, len) : entry_v2(ctx, c, p, len);
                if (n == 0) {
                    ctx.print_trunc();
                    break;
                }
                if (len < n) {
                    ctx.out.f(" [remaining entries length {} < {}]", len, n);
                    ctx.print_invalid();
                    break;
                }
                p += n;
                len -= n;
            }
        } else {
            ctx.out.put(", unknown version");
        }
        break;
    case 5:
    case 6:
        break;
    default:
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, 0, "\n\t", length);
        break;
    }
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, 0, "\n\t", length);
}

}  // namespace rd
