// AHCP, the Ad-Hoc Configuration Protocol (draft-chroboczek-ahcp, ahcpd), UDP port
// 5359: version 1 header, message body and its options (-vv). Every read past the
// captured bytes ends the packet with " [|ahcp]".
#include <ctime>

#include "babel.hpp"

namespace rd {

namespace {

constexpr uint8_t kMagic = 43;
constexpr uint32_t kHeaderLen = 24;  // magic, version and the fixed fields
constexpr uint32_t kBodyMinLen = 4;

constexpr Tok kMessages[] = {{0, "Discover"}, {1, "Offer"}, {2, "Request"},
                             {3, "Ack"},      {4, "Nack"},  {5, "Release"}};

enum Option : uint8_t {
    kPad = 0, kMandatory = 1, kOriginTime = 2, kExpires = 3, kMyIpv6Address = 4,
    kMyIpv4Address = 5, kIpv6Prefix = 6, kIpv4Prefix = 7, kIpv6Address = 8, kIpv4Address = 9,
    kIpv6PrefixDelegation = 10, kIpv4PrefixDelegation = 11, kNameServer = 12, kNtpServer = 13,
};

constexpr Tok kOptions[] = {
    {kPad, "Pad"},
    {kMandatory, "Mandatory"},
    {kOriginTime, "Origin Time"},
    {kExpires, "Expires"},
    {kMyIpv6Address, "My-IPv6-Address"},
    {kMyIpv4Address, "My-IPv4-Address"},
    {kIpv6Prefix, "IPv6 Prefix"},
    {kIpv4Prefix, "IPv4 Prefix"},
    {kIpv6Address, "IPv6 Address"},
    {kIpv4Address, "IPv4 Address"},
    {kIpv6PrefixDelegation, "IPv6 Prefix Delegation"},
    {kIpv4PrefixDelegation, "IPv4 Prefix Delegation"},
    {kNameServer, "Name Server"},
    {kNtpServer, "NTP Server"},
};

// tcpdump's "invalid" exit: the marker, then the rest must still be captured.
void invalid(Ctx& ctx, const Cursor& c, size_t off, size_t len) {
    ctx.print_invalid();
    (void)c.need(off, len);
}

void put_id(Ctx& ctx, const Cursor& c, size_t off) {
    for (size_t k = 0; k < 8; ++k) {
        if (k) ctx.out.put(':');
        ctx.out.hex(c.u8(off + k), 2);
    }
}

void time_print(Ctx& ctx, const Cursor& c, size_t off, uint8_t len) {
    if (len != 4) return invalid(ctx, c, off, len);
    const uint32_t v = c.be32(off);
    if (ctx.truncated) return;
    const time_t t = static_cast<time_t>(v);
    struct tm tm {};
    char buf[64];
    if (gmtime_r(&t, &tm) == nullptr || strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm) == 0)
        ctx.out.put(": [Time could not be converted]");
    else
        ctx.out.f(": {}", buf);
}

// A list of items of `item` bytes each: 16 = IPv6 address, 4 = IPv4 address, 17 and 5 =
// the same with a prefix length byte.
void list_print(Ctx& ctx, const Cursor& c, size_t off, uint8_t len, unsigned item) {
    const char* sep = ": ";
    while (len) {
        if (len < item) return invalid(ctx, c, off, len);
        const bool v6 = item >= 16;
        const unsigned alen = v6 ? 16 : 4;
        if (!c.need(off, item)) return;
        ctx.out.put(sep);
        if (v6)
            put_ip6_at(ctx, c, off);
        else
            put_ip4_at(ctx, c, off);
        if (item != alen) ctx.out.f("/{}", c.u8(off + alen));
        off += item;
        len = static_cast<uint8_t>(len - item);
        sep = ", ";
    }
}

void options_print(Ctx& ctx, const Cursor& c, size_t off, uint16_t len) {
    while (len && !ctx.truncated) {
        const uint8_t opt = c.u8(off);
        if (ctx.truncated) return;
        off += 1;
        len -= 1;
        ctx.out.put("\n\t ");
        put_tok(ctx, kOptions, opt, "Unknown-{}");
        if (opt == kPad || opt == kMandatory) continue;
        if (!len) return invalid(ctx, c, off, len);
        const uint8_t olen = c.u8(off);
        off += 1;
        len -= 1;
        if (olen > len) return invalid(ctx, c, off, len);
        switch (opt) {
        case kOriginTime: time_print(ctx, c, off, olen); break;
        case kExpires:
            if (olen != 4) {
                invalid(ctx, c, off, olen);
            } else {
                const uint32_t s = c.be32(off);
                if (!ctx.truncated) ctx.out.f(": {}s", s);
            }
            break;
        case kMyIpv6Address:
        case kIpv6Address:
        case kNameServer:
        case kNtpServer: list_print(ctx, c, off, olen, 16); break;
        case kMyIpv4Address:
        case kIpv4Address: list_print(ctx, c, off, olen, 4); break;
        case kIpv6Prefix:
        case kIpv6PrefixDelegation: list_print(ctx, c, off, olen, 17); break;
        case kIpv4PrefixDelegation: list_print(ctx, c, off, olen, 5); break;
        default:
            ctx.out.f(" (Length {})", olen);
            (void)c.need(off, olen);
            break;
        }
        off += olen;
        len = static_cast<uint16_t>(len - olen);
    }
}

void body_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    if (len < kBodyMinLen) return invalid(ctx, c, off, len);
    const uint8_t type = c.u8(off), mbz = c.u8(off + 1);
    const uint16_t body_len = c.be16(off + 2);
    if (ctx.truncated) return;
    off += 4;
    len -= 4;
    if (ctx.opt.vflag) {
        ctx.out.put("\n\t");
        put_tok(ctx, kMessages, type, "Unknown-{}");
        if (mbz != 0) ctx.out.f(", MBZ {}", mbz);
        ctx.out.f(", Length {}", body_len);
    }
    if (body_len > len) return invalid(ctx, c, off, len);
    if (ctx.opt.vflag >= 2)
        options_print(ctx, c, off, body_len);
    else
        (void)c.need(off, body_len);
}

}  // namespace

void ahcp_print(Ctx& ctx, Cursor c, uint32_t len) {
    ctx.proto = "ahcp";
    ctx.out.put("AHCP");
    if (len < 2) return invalid(ctx, c, 0, len);
    if (c.u8(0) != kMagic) {
        if (!ctx.truncated) invalid(ctx, c, 0, len);
        return;
    }
    const uint8_t version = c.u8(1);
    if (ctx.truncated) return;
    len -= 2;
    if (version != 1) {
        ctx.out.f(" Version {} (unknown)", version);
        (void)c.need(2, len);
        return;
    }
    ctx.out.put(" Version 1");
    if (len < kHeaderLen - 2) return invalid(ctx, c, 2, len);
    if (!ctx.opt.vflag) {
        if (!c.need(2, kHeaderLen - 2)) return;
    } else {
        const uint8_t hops = c.u8(2);
        if (ctx.truncated) return;
        ctx.out.f("\n\tHopcount {}", hops);
        const uint8_t orig = c.u8(3);
        if (ctx.truncated) return;
        ctx.out.f(", Original Hopcount {}", orig);
        const uint32_t nonce = c.be32(4);
        if (ctx.truncated) return;
        ctx.out.f(", Nonce 0x{:08x}", nonce);
        if (!c.need(8, 8)) return;
        ctx.out.put(", Source Id ");
        put_id(ctx, c, 8);
        if (!c.need(16, 8)) return;
        ctx.out.put(", Destination Id ");
        put_id(ctx, c, 16);
    }
    body_print(ctx, c, kHeaderLen, len - (kHeaderLen - 2));
}

}  // namespace rd
