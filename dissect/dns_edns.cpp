// EDNS0 options inside an OPT record (RFC 6891 and the option RFCs): client subnet,
// cookies, keepalive, padding, algorithm lists, CHAIN, key tags, and hex for the rest.
#include <array>

#include "dns.hpp"

namespace rd::dns {

namespace {

enum : uint16_t {
    kNsid = 3, kDau = 5, kDhu = 6, kN3u = 7, kEcs = 8, kExpire = 9, kCookie = 10,
    kKeepalive = 11, kPadding = 12, kChain = 13, kKeyTag = 14,
};

constexpr Tok kOptions[] = {
    {1, "LLQ"},        {2, "UL"},          {3, "NSID"},     {5, "DAU"},     {6, "DHU"},
    {7, "N3U"},        {8, "ECS"},         {9, "EXPIRE"},   {10, "COOKIE"}, {11, "KEEPALIVE"},
    {12, "PADDING"},   {13, "CHAIN"},      {14, "KEY-TAG"}, {16, "CLIENT-TAG"},
    {17, "SERVER-TAG"},
};

// DNSSEC algorithm numbers (DAU), DS digest types (DHU), NSEC3 hashes (N3U).
constexpr Tok kSigningAlgs[] = {
    {0, "DELETE"},          {1, "RSAMD5"},           {2, "DH"},
    {3, "DS"},              {5, "RSASHA1"},          {6, "DSA-NSEC3-SHA1"},
    {7, "RSASHA1-NSEC3-SHA1"}, {8, "RSASHA256"},     {10, "RSASHA512"},
    {12, "ECC-GOST"},       {13, "ECDSAP256SHA256"}, {14, "ECDSAP384SHA384"},
    {15, "ED25519"},        {16, "ED448"},           {252, "INDIRECT"},
    {253, "PRIVATEDNS"},    {254, "PRIVATEOID"},
};
constexpr Tok kDigestAlgs[] = {{1, "SHA-1"}, {2, "SHA-256"}, {3, "GOST_R_34.11-94"}, {4, "SHA-384"}};
constexpr Tok kNsec3Algs[] = {{1, "SHA-1"}};

// "family/source/scope" with the address bytes padded to a full address.
void print_client_subnet(Ctx& ctx, const Cursor& m, size_t off, uint16_t len) {
    if (len < 4) {
        ctx.print_invalid();
        return;
    }
    const uint16_t family = m.be16(off);
    const unsigned source = m.u8(off + 2), scope = m.u8(off + 3);
    unsigned bits;
    if (family == 1) {
        bits = 32;
    } else if (family == 2) {
        bits = 128;
    } else {
        ctx.print_invalid();
        return;
    }
    const size_t addr_len = len - 4u;
    if (addr_len > bits / 8 || source > bits || scope > bits || (source + 7) / 8 != addr_len) {
        ctx.print_invalid();
        return;
    }
    std::array<uint8_t, 16> a{};
    const auto given = m.bytes(off + 4, addr_len);
    for (size_t i = 0; i < given.size(); ++i) a[i] = given[i];
    if (family == 1)
        put_ipv4(ctx.out, uint32_t{a[0]} << 24 | uint32_t{a[1]} << 16 | uint32_t{a[2]} << 8 | a[3]);
    else
        put_ipv6(ctx.out, a);
    ctx.out.f("/{}/{}", source, scope);
}

void print_alg_list(Ctx& ctx, const Cursor& m, size_t off, uint16_t len, std::span<const Tok> names) {
    for (size_t i = 0; i < len; ++i) {
        if (i > 0) ctx.out.put(' ');
        put_tok(ctx, names, m.u8(off + i), "Alg_{}");
    }
}

void print_hex(Ctx& ctx, const Cursor& m, size_t off, size_t len) {
    for (size_t i = 0; i < len; ++i) ctx.out.hex(m.u8(off + i), 2);
}

void print_option_data(Ctx& ctx, const Cursor& m, uint16_t code, size_t off, uint16_t len) {
    OutBuf& out = ctx.out;
    switch (code) {
    case kEcs:
        print_client_subnet(ctx, m, off, len);
        break;
    case kCookie:  // client cookie (8 bytes), then an optional server cookie (8..32)
        if (len < 8 || (len > 8 && len < 16) || len > 40) {
            ctx.print_invalid();
        } else {
            print_hex(ctx, m, off, 8);
            if (len > 8) {
                out.put(' ');
                print_hex(ctx, m, off + 8, len - 8u);
            }
        }
        break;
    case kKeepalive:  // units of 100 ms
        if (len != 2)
            ctx.print_invalid();
        else
            out.f("{:.1f} sec", m.be16(off) / 10.0);
        break;
    case kExpire:
        if (len != 4)
            ctx.print_invalid();
        else
            out.f("{} sec", m.be32(off));
        break;
    case kPadding:
        out.f("({})", len);
        break;
    case kKeyTag:
        if (len % 2 != 0) {
            ctx.print_invalid();
        } else {
            for (size_t i = 0; i < len; i += 2) {
                if (i > 0) out.put(' ');
                out.dec(m.be16(off + i));
            }
        }
        break;
    case kDau:
        print_alg_list(ctx, m, off, len, kSigningAlgs);
        break;
    case kDhu:
        print_alg_list(ctx, m, off, len, kDigestAlgs);
        break;
    case kN3u:
        print_alg_list(ctx, m, off, len, kNsec3Algs);
        break;
    case kChain:
        // tcpdump counts this name's compression pointers from the end of the option
        // data, and ignores how the name ends.
        print_name(ctx, m, off, off + len);
        break;
    case kNsid:
    default:
        print_hex(ctx, m, off, len);
        break;
    }
}

}  // namespace

size_t print_edns_option(Ctx& ctx, const Cursor& m, size_t off) {
    if (!m.has(off, 2)) return kNone;
    const uint16_t code = m.be16(off);
    put_tok(ctx, kOptions, code, "Opt{}");
    if (!m.has(off + 2, 2)) return kNone;
    const uint16_t len = m.be16(off + 2);
    off += 4;
    if (!m.has(off, len)) return kNone;
    if (len > 0) {
        ctx.out.put(' ');
        print_option_data(ctx, m, code, off, len);
    }
    return off + len;
}

}  // namespace rd::dns
