// OLSR (RFC 3626, UDP port 698) over IPv4 and IPv6: hello (with the olsr.org link
// quality extension), TC, MID, HNA (with smart gateway announcements) and name service.
#include "routing.hpp"

namespace rd {

namespace {

constexpr Tok kMsgTypes[] = {
    {1, "Hello"}, {2, "TC"}, {3, "MID"}, {4, "HNA"}, {128, "Powerinfo"}, {130, "Nameservice"},
    {201, "Hello-LQ"}, {202, "TC-LQ"},
};
constexpr Tok kLinkTypes[] = {{0, "Unspecified"}, {1, "Asymmetric"}, {2, "Symmetric"}, {3, "Lost"}};
constexpr Tok kNeighborTypes[] = {{0, "Not-Neighbor"}, {1, "Symmetric"}, {2, "Symmetric-MPR"}};

// 4-bit mantissa / 4-bit exponent time in seconds.
double me_to_double(uint8_t me) { return 0.0625 * (1 + static_cast<double>(me >> 4) / 16) * static_cast<double>(1 << (me & 0x0f)); }

// Smart gateway link speed (5-bit mantissa, 3-bit exponent) in kbit/s.
uint32_t gw_speed(uint8_t v) {
    if (v == 0) return 0;
    if (v == 0xff) return 320000000;
    uint32_t speed = (v >> 3) + 1u;
    for (unsigned e = v & 7; e != 0; --e) speed *= 10;
    return speed;
}

// Prefix length of a contiguous mask, or -1 (shown as an unsigned number).
uint32_t mask_plen(const uint8_t* m, size_t n) {
    uint32_t bits = 0;
    size_t i = 0;
    for (; i < n && m[i] == 0xff; ++i) bits += 8;
    if (i < n) {
        uint8_t b = m[i];
        unsigned k = 0;
        while (b & 0x80) {
            b = static_cast<uint8_t>(b << 1);
            ++k;
        }
        if (b != 0) return UINT32_MAX;
        bits += k;
        for (++i; i < n; ++i)
            if (m[i] != 0) return UINT32_MAX;
    }
    return bits;
}

// tcpdump's IPv6 variant: the ones up to the first byte that is not 0xff, plus that
// byte's bits when it is a left-aligned mask; nothing is validated.
unsigned mask6_plen(const uint8_t* m) {
    unsigned len = 0;
    for (size_t i = 0; i < 16; ++i) {
        for (unsigned bits = 0; bits <= 8; ++bits) {
            if (m[i] == static_cast<uint8_t>(0xff00 >> bits)) {
                len += bits;
                break;
            }
        }
        if (m[i] != 0xff) break;
    }
    return len;
}

// tcpdump's own capture checks in this printer end the packet with the marker without
// treating it as cut short (the -x dump starts after the link header).
bool tcheck(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    if (c.has(off, n)) return true;
    ctx.print_trunc();
    return false;
}

void put_addr_at(Ctx& ctx, const Cursor& c, size_t off, bool v6) {
    if (v6) put_ip6_at(ctx, c, off); else put_ip4_at(ctx, c, off);
}

bool lq_neighbors(Ctx& ctx, const Cursor& c, size_t p, uint32_t len, bool v6) {
    const uint32_t size = v6 ? 20 : 8;
    const uint32_t alen = v6 ? 16 : 4;
    while (len >= size && !ctx.truncated) {
        if (!tcheck(ctx, c, p, size)) return false;
        ctx.out.put("\n\t      neighbor ");
        put_addr_at(ctx, c, p, v6);
        ctx.out.f(", link-quality {:.2f}%, neighbor-link-quality {:.2f}%", c.u8(p + alen) / 2.55,
                  c.u8(p + alen + 1) / 2.55);
        p += size;
        len -= size;
    }
    return true;
}

void neighbors(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    ctx.out.put("\n\t      neighbor\n\t\t");
    // (tcpdump never advances its counter: every address is followed by a space)
    while (len >= 4 && !ctx.truncated) {
        put_ip4_at(ctx, c, p);
        ctx.out.put(' ');
        p += 4;
        len -= 4;
    }
}

// printf's %#06x.
void put_hex6(Ctx& ctx, unsigned v) {
    if (v == 0) ctx.out.put("000000");
    else ctx.out.f("{:#06x}", v);
}

bool hna_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t tlen, bool v6) {
    const uint32_t size = v6 ? 32 : 8;
    ctx.out.f("\n\t  Advertised networks (total {})", tlen / size);
    unsigned col = 0;
    while (tlen >= size && !ctx.truncated) {
        if (!tcheck(ctx, c, p, size)) return false;
        const auto b = c.bytes(p, size);
        if (v6) {
            ctx.out.put("\n\t    #0: ");  // (the entry number never changes in tcpdump)
            put_ip6_at(ctx, c, p);
            ctx.out.f("/{}", mask6_plen(b.data() + 16));
        } else {
            ctx.out.put(col == 0 ? "\n\t    " : ", ");
            const uint8_t* m = b.data() + 4;
            if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 && m[0] == 0 && m[1] != 0) {
                const uint8_t fl = m[1];
                const bool speed = fl & 1;
                ctx.out.f("Smart-Gateway:{}{}{}{}{} {}/{}", speed ? " LINKSPEED" : "", (fl & 2) ? " IPV4" : "",
                          (fl & 4) ? " IPV4-NAT" : "", (fl & 8) ? " IPV6" : "", (fl & 16) ? " IPv6-PREFIX" : "",
                          speed ? gw_speed(m[2]) : 0, speed ? gw_speed(m[3]) : 0);
            } else {
                put_ip4_at(ctx, c, p);
                ctx.out.f("/{}", mask_plen(m, 4));
            }
            col = (col + 1) % 4;
        }
        p += size;
        tlen -= size;
    }
    return true;
}

// Returns false when tcpdump gives up on the whole packet.
bool nameservice_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t tlen, bool v6) {
    if (tlen < 4) {
        ctx.print_trunc();
        return false;
    }
    const uint16_t entries = c.be16(p + 2);
    const uint32_t alen = v6 ? 16 : 4;
    const bool valid = entries > 0 && entries * (4 + alen) <= tlen;
    ctx.out.f("\n\t  Version {}, Entries {}{}", c.be16(p), entries, valid ? "" : " (invalid)");
    if (!valid) return true;
    p += 4;
    tlen -= 4;
    for (unsigned i = 0; i < entries && !ctx.truncated; ++i) {
        if (tlen < 4) break;
        const uint16_t type = c.be16(p);
        const uint16_t len = c.be16(p + 2);
        p += 4;
        tlen -= 4;
        const bool len_ok = len > 0 && alen + len <= tlen;
        ctx.out.f("\n\t    #{}: type ", i);
        put_hex6(ctx, type);
        ctx.out.f(", length {}{}", len, len_ok ? "" : " (invalid)");
        if (!len_ok) break;
        const uint32_t pad = len % 4 ? 4 - len % 4 : 0;
        if (tlen < alen + len + pad) {
            ctx.print_trunc();
            return false;
        }
        if (!tcheck(ctx, c, p, alen + len + pad)) return false;
        ctx.out.put(", address ");
        put_addr_at(ctx, c, p, v6);
        ctx.out.put(", name \"");
        put_string_n(ctx, c, p + alen, len);
        ctx.out.put('"');
        p += alen + len + pad;
        tlen -= alen + len + pad;
    }
    return true;
}

}  // namespace

void olsr_print(Ctx& ctx, Cursor c, uint32_t length, bool v6) {
    ctx.proto = "olsr";
    ctx.out.f("OLSRv{}", v6 ? 6 : 4);
    if (length < 4 || !tcheck(ctx, c, 0, 4)) {
        if (length < 4) ctx.print_trunc();
        return;
    }
    const uint16_t plen = c.be16(0);
    if (plen < length) length = plen;
    ctx.out.f(", seq 0x{:04x}, length {}", c.be16(2), length);
    if (ctx.opt.vflag < 1) return;
    const uint32_t hlen = v6 ? 24 : 12;
    const uint32_t alen = v6 ? 16 : 4;
    size_t p = 4;
    while (p < length && !ctx.truncated) {
        if (!tcheck(ctx, c, p, hlen)) return;
        const uint8_t type = c.u8(p);
        const uint16_t mlen = c.be16(p + 2);
        const bool valid = mlen >= hlen && mlen <= length;
        if (type == 0 || mlen == 0) return;
        ctx.out.put("\n\t");
        put_tok(ctx, kMsgTypes, type, "Unknown");
        ctx.out.f(" Message ({:#04x}), originator ", type);
        put_addr_at(ctx, c, p + 4, v6);
        ctx.out.f(", ttl {}, hop {}\n\t  vtime {:.3f}s, msg-seq 0x{:04x}, length {}{}", c.u8(p + 4 + alen),
                  c.u8(p + 5 + alen), me_to_double(c.u8(p + 1)), c.be16(p + 6 + alen), mlen, valid ? "" : " (invalid)");
        if (!valid) return;
        size_t d = p + hlen;
        uint32_t tlen = mlen - hlen;
        switch (type) {
        case 1:
        case 201: {
            if (tlen < 4) {
                ctx.print_trunc();
                return;
            }
            if (!tcheck(ctx, c, d, 4)) return;
            ctx.out.f("\n\t  hello-time {:.3f}s, MPR willingness {}", me_to_double(c.u8(d + 2)), c.u8(d + 3));
            d += 4;
            tlen -= 4;
            while (tlen >= 4 && !ctx.truncated) {
                if (!tcheck(ctx, c, d, 4)) return;
                uint32_t hl = c.be16(d + 2);
                const uint8_t code = c.u8(d);
                const bool hl_ok = hl <= tlen && hl >= 4;
                ctx.out.put("\n\t    link-type ");
                put_tok(ctx, kLinkTypes, code & 3, "Unknown");
                ctx.out.put(", neighbor-type ");
                put_tok(ctx, kNeighborTypes, code >> 2, "Unknown");
                ctx.out.f(", len {}{}", hl, hl_ok ? "" : " (invalid)");
                if (!hl_ok) break;
                d += 4;
                tlen -= 4;
                hl -= 4;
                if (!tcheck(ctx, c, d, hl)) return;
                if (type == 1) neighbors(ctx, c, d, hl);
                else if (!lq_neighbors(ctx, c, d, hl, v6)) return;
                d += hl;
                tlen -= hl;
            }
            break;
        }
        case 2:
        case 202:
            if (tlen < 4) {
                ctx.print_trunc();
                return;
            }
            if (!tcheck(ctx, c, d, 4)) return;
            ctx.out.f("\n\t    advertised neighbor seq 0x{:04x}", c.be16(d));
            d += 4;
            tlen -= 4;
            if (type == 2) neighbors(ctx, c, d, tlen);
            else if (!lq_neighbors(ctx, c, d, tlen, v6)) return;
            break;
        case 3:
            while (tlen >= alen && !ctx.truncated) {
                if (!tcheck(ctx, c, d, alen)) return;
                ctx.out.put("\n\t  interface address ");
                put_addr_at(ctx, c, d, v6);
                d += alen;
                tlen -= alen;
            }
            break;
        case 4:
            if (!hna_print(ctx, c, d, tlen, v6)) return;
            break;
        case 130:
            if (!nameservice_print(ctx, c, d, tlen, v6)) return;
            break;
        default: print_unknown_data(ctx, c, d, "\n\t    ", tlen); break;
        }
        p += mlen;
    }
}

}  // namespace rd
