// BGP prefixes: IPv4/IPv6 (plain, labeled, VPN), route-target constraint, multicast VPN,
// MDT, L2VPN/VPLS, NSAP; the MP_REACH next hops and the AFI/SAFI header.
#include <cstring>

#include "bgp.hpp"

namespace rd::bgp {

namespace {

constexpr Tok kAfNames[] = {
    {0, "Reserved"},       {1, "IPv4"},         {2, "IPv6"},        {3, "NSAP"},
    {4, "HDLC"},           {5, "BBN 1822"},     {6, "802"},         {7, "E.163"},
    {8, "E.164"},          {9, "F.69"},         {10, "X.121"},      {11, "Novell IPX"},
    {12, "Appletalk"},     {13, "Decnet IV"},   {14, "Banyan Vines"}, {15, "E.164 with NSAP subaddress"},
    {196, "Layer-2 VPN"},  {25, "VPLS"},
};

constexpr Tok kSafiNames[] = {
    {0, "Reserved"},
    {1, "Unicast"},
    {2, "Multicast"},
    {3, "Unicast+Multicast"},
    {4, "labeled Unicast"},
    {64, "Tunnel"},
    {65, "VPLS"},
    {66, "MDT"},
    {70, "EVPN"},
    {128, "labeled VPN Unicast"},
    {129, "labeled VPN Multicast"},
    {130, "labeled VPN Unicast+Multicast"},
    {132, "Route Target Routing Information"},
    {5, "Multicast VPN"},
};

constexpr Tok kMvpnRouteTypes[] = {
    {1, "Intra-AS I-PMSI"},       {2, "Inter-AS I-PMSI"},  {3, "S-PMSI"},
    {4, "Intra-AS Segment-Leaf"}, {5, "Source-Active"},    {6, "Shared Tree Join"},
    {7, "Source Tree Join"},
};

enum : uint16_t { kAfIp = 1, kAfIp6 = 2, kAfNsap = 3, kAfVpls = 25, kAfL2vpn = 196 };
enum : uint8_t {
    kSafiUni = 1, kSafiMulti = 2, kSafiUniMulti = 3, kSafiLabUni = 4, kSafiMvpn = 5,
    kSafiVpls = 65, kSafiMdt = 66, kSafiVpnUni = 128, kSafiVpnMulti = 129,
    kSafiVpnUniMulti = 130, kSafiRtInfo = 132,
};

constexpr uint32_t key(uint16_t af, uint8_t safi) { return uint32_t{af} << 8 | safi; }

constexpr char kHex[] = "0123456789abcdef";

// The significant bytes of a prefix of `bits` bits at off, zero padded, with the bits
// past the prefix length cleared. The caller has checked the bits fit in `out`.
void copy_prefix(const Cursor& c, size_t off, unsigned bits, uint8_t* out, size_t out_size) {
    std::memset(out, 0, out_size);
    const unsigned n = (bits + 7) / 8;
    const auto b = c.bytes(off, n);
    if (b.size() != n) return;
    std::memcpy(out, b.data(), n);
    if (bits % 8) out[n - 1] &= static_cast<uint8_t>(0xff00 >> (bits % 8));
}

void label_text(TextBuf& b, const Cursor& c, size_t off) {
    const uint32_t label = c.be24(off) >> 4;
    const bool bottom = c.u8(off + 2) & 1;
    b.f(", label:{} {}", label, bottom ? "(bottom)" : "(BOGUS: Bottom of Stack NOT set!)");
}

// An address whose length is given in bits (tcpdump's bgp_vpn_ip_print).
void vpn_ip_text(TextBuf& b, const Cursor& c, size_t off, uint32_t bits) {
    if (bits == 32) {
        if (c.need(off, 4)) ip4_text(b, c, off);
    } else if (bits == 128) {
        if (c.need(off, 16)) ip6_text(b, c, off);
    } else {
        b.f("bogus address length {}", bits);
    }
}

// Multicast source and group (length in bits + address each); bytes read.
uint32_t sg_text(const Cursor& c, size_t off, TextBuf& b) {
    uint32_t total = 0;
    uint8_t alen = c.u8(off);
    ++off;
    if (!c.has(off, alen >> 3)) return total;
    total += (alen >> 3) + 1;
    if (alen) {
        b.put(", Source ");
        vpn_ip_text(b, c, off, alen);
        off += alen >> 3;
    }
    alen = c.u8(off);
    ++off;
    if (!c.has(off, alen >> 3)) return total;
    total += (alen >> 3) + 1;
    if (alen) {
        b.put(", Group ");
        vpn_ip_text(b, c, off, alen);
    }
    return total;
}

int decode_labeled_prefix(const Cursor& c, size_t off, uint32_t itemlen, TextBuf& b, bool v6) {
    if (!c.has(off, 4)) return -2;
    if (itemlen < 4) return -3;
    unsigned plen = c.u8(off);
    if (plen < 24) return -1;
    plen -= 24;
    if (plen > (v6 ? 128u : 32u)) return -1;
    itemlen -= 4;
    const unsigned n = (plen + 7) / 8;
    if (!v6 && itemlen < n) return -3;
    uint8_t addr[16];
    copy_prefix(c, off + 4, plen, addr, sizeof addr);
    if (v6) ip6_text(b, addr); else ip4_text(b, addr);
    b.f("/{}", plen);
    label_text(b, c, off + 1);
    return static_cast<int>(4 + n);
}

int decode_prefix6(const Cursor& c, size_t off, uint32_t itemlen, TextBuf& b) {
    if (itemlen < 1) return -2;
    const unsigned plen = c.u8(off);
    if (plen > 128) return -1;
    itemlen -= 1;
    const unsigned n = (plen + 7) / 8;
    if (itemlen < n) return -2;
    uint8_t addr[16];
    copy_prefix(c, off + 1, plen, addr, sizeof addr);
    ip6_text(b, addr);
    b.f("/{}", plen);
    return static_cast<int>(1 + n);
}

// VPN prefix: length, label (3), RD (8), prefix. max_bits: 32, 128 or 152 (NSAP).
int decode_labeled_vpn(Ctx& ctx, const Cursor& c, size_t off, TextBuf& b, unsigned max_bits) {
    unsigned plen = c.u8(off);
    if (plen < 88) return -1;
    plen -= 88;
    if (plen > max_bits) return -1;
    uint8_t addr[19];
    copy_prefix(c, off + 12, plen, addr, sizeof addr);
    TextBuf rd(64);
    rd_text(ctx, rd, c, off + 4);
    const unsigned n = (plen + 7) / 8;
    b.put("RD: ");
    b.put(rd.view());
    b.put(", ");
    if (max_bits == 32) ip4_text(b, addr);
    else if (max_bits == 128) ip6_text(b, addr);
    else nsap_text(b, addr, n);
    b.f("/{}", plen);
    label_text(b, c, off + 1);
    return static_cast<int>(12 + n);
}

int decode_clnp_prefix(const Cursor& c, size_t off, TextBuf& b) {
    const unsigned plen = c.u8(off);
    if (plen > 152) return -1;
    uint8_t addr[19];
    // tcpdump copies the prefix from 4 bytes in (not 1): shown as it does.
    copy_prefix(c, off + 4, plen, addr, sizeof addr);
    const unsigned n = (plen + 7) / 8;
    nsap_text(b, addr, n);
    b.f("/{}", plen);
    return static_cast<int>(1 + n);
}

// RFC 4684 route-target membership prefix; prints itself.
int decode_rt_routing_info(Ctx& ctx, const Cursor& c, size_t off) {
    unsigned plen = c.u8(off);
    if (ctx.truncated) return -2;
    if (plen == 0) {
        ctx.out.put("\n\t      default route target");
        return 1;
    }
    if (plen < 32) {
        ctx.out.put("\n\t      (illegal prefix length)");
        return -1;
    }
    const uint32_t origin_as = c.be32(off + 1);
    if (ctx.truncated) return -2;
    plen -= 32;
    if (plen > 64) {
        ctx.out.put("\n\t      (illegal prefix length)");
        return -1;
    }
    uint8_t rt[8];
    const unsigned n = (plen + 7) / 8;
    copy_prefix(c, off + 5, plen, rt, sizeof rt);
    if (ctx.truncated) return -2;
    TextBuf out(61);
    if (plen == 0) {
        out.put("route-target: 0:0/0");
    } else {
        TextBuf hex(20);
        for (unsigned i = 0; i < n; ++i) {
            hex.put(kHex[rt[i] >> 4]);
            hex.put(kHex[rt[i] & 0xf]);
            if (i % 2 == 1 && i < n - 1) hex.put(' ');
        }
        const uint16_t type = static_cast<uint16_t>(rt[0] << 8 | rt[1]);
        const uint32_t w32 = uint32_t{rt[2]} << 24 | uint32_t{rt[3]} << 16 | uint32_t{rt[4]} << 8 | rt[5];
        const uint32_t lo32 = uint32_t{rt[4]} << 24 | uint32_t{rt[5]} << 16 | uint32_t{rt[6]} << 8 | rt[7];
        const unsigned lo16 = unsigned{rt[6]} << 8 | rt[7];
        if (plen < 16) {
            out.f("route-target: partial-type: ({}/{})", hex.view(), plen);
        } else if (type == 0x0002) {
            out.f("route-target: {}:{}/{} ({})", unsigned{rt[2]} << 8 | rt[3], lo32, plen, hex.view());
        } else if (type == 0x0102) {
            out.f("route-target: {}.{}.{}.{}:{}/{} ({})", rt[2], rt[3], rt[4], rt[5], lo16, plen, hex.view());
        } else if (type == 0x0202) {
            out.put("route-target: ");
            put_as(ctx, out, w32);
            out.f(":{}/{} ({})", lo16, plen, hex.view());
        } else {
            out.f("route target: unknown-type({:04x}) ({}/{})", type, hex.view(), plen);
        }
    }
    ctx.out.put("\n\t      origin AS: ");
    TextBuf as;
    put_as(ctx, as, origin_as);
    ctx.out.put(as.view());
    ctx.out.put(", ");
    ctx.out.put(out.view());
    return static_cast<int>(5 + n);
}

int decode_multicast_vpn(Ctx& ctx, const Cursor& c, size_t off, TextBuf& b) {
    const uint8_t type = c.u8(off);
    const uint8_t rlen = c.u8(off + 1);
    const size_t p = off + 2;
    b.f("Route-Type: {} ({}), length: {}", tok_or(kMvpnRouteTypes, type, "Unknown"), type, rlen);
    switch (type) {
    case 1:
        if (!c.has(p, 8)) return -2;
        b.put(", RD: ");
        rd_text(ctx, b, c, p);
        b.put(", Originator ");
        vpn_ip_text(b, c, p + 8, static_cast<uint32_t>(int{rlen} - 8) << 3);
        break;
    case 2:
    case 6:
    case 7:
        if (!c.has(p, 12)) return -2;
        b.put(", RD: ");
        rd_text(ctx, b, c, p);
        b.put(", Source-AS ");
        put_as(ctx, b, c.be32(p + 8));
        if (type != 2) sg_text(c, p + 12, b);
        break;
    case 3: {
        if (!c.has(p, 8)) return -2;
        b.put(", RD: ");
        rd_text(ctx, b, c, p);
        const uint32_t sg = sg_text(c, p + 8, b);
        const uint32_t alen = rlen - sg;
        // tcpdump looks for the originator where the source/group start.
        if (!c.has(p + 8, alen)) return -2;
        b.put(", Originator ");
        vpn_ip_text(b, c, p + 8, alen << 3);
        break;
    }
    case 5:
        if (!c.has(p, 8)) return -2;
        b.put(", RD: ");
        rd_text(ctx, b, c, p);
        sg_text(c, p + 8, b);
        break;
    default:
        break;
    }
    return rlen + 2;
}

int decode_mdt_vpn(Ctx& ctx, const Cursor& c, size_t off, TextBuf& b) {
    if (c.u8(off) != 16 * 8) return -1;
    if (!c.has(off + 1, 8)) return -2;
    TextBuf rd(64);
    rd_text(ctx, rd, c, off + 1);
    if (!c.need(off + 9, 8)) return -2;
    b.put("RD: ");
    b.put(rd.view());
    b.put(", VPN IP Address: ");
    ip4_text(b, c, off + 9);
    b.put(", MC Group Address: ");
    ip4_text(b, c, off + 13);
    return 17;
}

// L2VPN / VPLS NLRI (RFC 4761 and the older Kompella format).
int decode_labeled_vpn_l2(Ctx& ctx, const Cursor& c, size_t off, TextBuf& b) {
    const uint32_t plen = c.be16(off);
    uint32_t tlen = plen;
    size_t p = off + 2;
    if (plen == 12) {
        if (!c.has(p, 12)) return -2;
        b.put("RD: ");
        rd_text(ctx, b, c, p);
        b.put(", BGPNH: ");
        ip4_text(b, c, p + 8);
        return static_cast<int>(plen + 2);
    }
    if (plen <= 17) return -2;
    if (!c.has(p, 15)) return -2;
    b.put("RD: ");
    rd_text(ctx, b, c, p);
    b.f(", CE-ID: {}, Label-Block Offset: {}, Label Base {}", c.be16(p + 8), c.be16(p + 10),
        c.be24(p + 12) >> 4);
    p += 15;
    tlen -= 15;
    // Once the text buffer has filled up, tcpdump stops adding to it (and, in the
    // circuit status vector, stops moving through the bytes). The TLV header is not
    // counted in tlen, but the position always moves past it, so the loop ends.
    auto full = [&] { return b.size() + 1 >= TextBuf::kDefaultCap; };
    while (tlen != 0) {
        if (tlen < 3) {
            if (!full()) b.put("\n\t\tran past the end");
            return static_cast<int>(plen + 2);
        }
        const uint8_t type = c.u8(p);
        const uint16_t bits = c.be16(p + 1);
        if (ctx.truncated) return -2;
        uint32_t bytes = (bits + 7u) / 8;
        p += 3;
        if (type == 1) {
            if (!full()) b.f("\n\t\tcircuit status vector ({}) length: {}: 0x", type, bits);
            while (bytes != 0) {
                if (tlen < 1) {
                    if (!full()) b.put(" (ran past the end)");
                    return static_cast<int>(plen + 2);
                }
                if (!c.has(p, 1)) return -2;
                if (!full()) {
                    b.f("{:02x}", c.u8(p));
                    ++p;
                }
                --bytes;
                --tlen;
            }
        } else {
            if (!full()) b.f("\n\t\tunknown TLV #{}, length: {}", type, bits);
            if (tlen < bytes) {
                if (!full()) b.put(" (ran past the end)");
                return static_cast<int>(plen + 2);
            }
            tlen -= bytes;
        }
    }
    return static_cast<int>(plen + 2);
}

}  // namespace

std::span<const Tok> af_names() { return kAfNames; }
std::span<const Tok> safi_names() { return kSafiNames; }

const char* tok_or(std::span<const Tok> t, uint32_t v, const char* dflt) {
    const char* s = tok_lookup(t, v);
    return s ? s : dflt;
}

void put_as(Ctx& ctx, TextBuf& b, uint32_t as) {
    if (!ctx.opt.bflag || as <= 0xffff) b.dec(as);
    else b.f("{}.{}", as >> 16, as & 0xffff);
}

void put_as(Ctx& ctx, uint32_t as) {
    TextBuf b(32);
    put_as(ctx, b, as);
    ctx.out.put(b.view());
}

void TextBuf::dec(uint64_t v) { f("{}", v); }

void ip4_text(TextBuf& b, const uint8_t* a) { b.f("{}.{}.{}.{}", a[0], a[1], a[2], a[3]); }

void ip4_text(TextBuf& b, const Cursor& c, size_t off) {
    const auto s = c.bytes(off, 4);
    if (s.size() == 4) ip4_text(b, s.data());
}

void ip6_text(TextBuf& b, const uint8_t* a) {
    // RFC 5952 text, as inet_ntop writes it (with IPv4-mapped/compatible forms).
    uint16_t w[8];
    for (int i = 0; i < 8; ++i) w[i] = static_cast<uint16_t>(a[2 * i] << 8 | a[2 * i + 1]);
    int best = -1, best_len = 0;
    for (int i = 0; i < 8;) {
        if (w[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && w[j] == 0) ++j;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j;
    }
    if (best_len < 2) best = -1;
    for (int i = 0; i < 8; ++i) {
        if (best >= 0 && i >= best && i < best + best_len) {
            if (i == best) b.put(':');
            continue;
        }
        if (i != 0) b.put(':');
        if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
            b.f("{}.{}.{}.{}", a[12], a[13], a[14], a[15]);
            break;
        }
        b.f("{:x}", w[i]);
    }
    if (best >= 0 && best + best_len == 8) b.put(':');
}

void ip6_text(TextBuf& b, const Cursor& c, size_t off) {
    const auto s = c.bytes(off, 16);
    if (s.size() == 16) ip6_text(b, s.data());
}

void nsap_text(TextBuf& b, const uint8_t* a, size_t len) {
    if (len < 1 || len > 20) {
        b.put("isonsap_string: illegal length");
        return;
    }
    for (size_t i = 0; i < len; ++i) {
        b.put(kHex[a[i] >> 4]);
        b.put(kHex[a[i] & 0xf]);
        if ((i & 1) == 0 && i + 1 < len) b.put('.');
    }
}

void rd_text(Ctx& ctx, TextBuf& b, const Cursor& c, size_t off) {
    const uint16_t type = c.be16(off);
    if (type > 2) {
        b.put("unknown RD format");
        return;
    }
    const auto s = c.bytes(off, 8);
    if (s.size() != 8) return;
    const uint8_t* r = s.data();
    const unsigned w2 = unsigned{r[2]} << 8 | r[3];
    const unsigned lo16 = unsigned{r[6]} << 8 | r[7];
    const uint32_t lo32 = uint32_t{r[4]} << 24 | uint32_t{r[5]} << 16 | uint32_t{r[6]} << 8 | r[7];
    const uint32_t mid32 = uint32_t{r[2]} << 24 | uint32_t{r[3]} << 16 | uint32_t{r[4]} << 8 | r[5];
    if (type == 0) {
        b.f("{}:{} (= {}.{}.{}.{})", w2, lo32, r[4], r[5], r[6], r[7]);
    } else if (type == 1) {
        b.f("{}.{}.{}.{}:{}", r[2], r[3], r[4], r[5], lo16);
    } else {
        TextBuf as(32);
        put_as(ctx, as, mid32);
        b.f("{}:{} ({}.{}.{}.{}:{})", as.view(), lo16, r[2], r[3], r[4], r[5], lo16);
    }
}

bool check_add_path(const Cursor& c, size_t off, uint32_t length, unsigned max_bits) {
    if (length < 5) return false;
    uint32_t o = 0;
    while (o < length) {
        o += 4;
        if (!c.has(off + o, 1)) break;
        const unsigned plen = c.rest(off + o)[0];
        if (plen > max_bits) return false;
        o += 1 + (plen + 7) / 8;
    }
    if (o > length) return false;
    for (o = 0; o < length;) {
        if (!c.has(off + o, 1)) break;
        const unsigned plen = c.rest(off + o)[0];
        if (plen < 1 || plen > max_bits) return true;
        o += 1 + (plen + 7) / 8;
    }
    return o > length;
}

int decode_prefix4(const Cursor& c, size_t off, uint32_t itemlen, TextBuf& b) {
    if (itemlen < 1) return -2;
    const unsigned plen = c.u8(off);
    if (plen > 32) return -1;
    itemlen -= 1;
    const unsigned n = (plen + 7) / 8;
    if (itemlen < n) return -2;
    uint8_t addr[4];
    copy_prefix(c, off + 1, plen, addr, sizeof addr);
    ip4_text(b, addr);
    b.f("/{}", plen);
    return static_cast<int>(1 + n);
}

namespace {
bool af_supported(uint16_t af, uint8_t safi) {
    switch (key(af, safi)) {
    case key(kAfIp, kSafiUni): case key(kAfIp, kSafiMulti): case key(kAfIp, kSafiUniMulti):
    case key(kAfIp, kSafiLabUni): case key(kAfIp, kSafiRtInfo): case key(kAfIp, kSafiVpnUni):
    case key(kAfIp, kSafiVpnMulti): case key(kAfIp, kSafiVpnUniMulti): case key(kAfIp, kSafiMvpn):
    case key(kAfIp, kSafiMdt):
    case key(kAfIp6, kSafiUni): case key(kAfIp6, kSafiMulti): case key(kAfIp6, kSafiUniMulti):
    case key(kAfIp6, kSafiLabUni): case key(kAfIp6, kSafiVpnUni): case key(kAfIp6, kSafiVpnMulti):
    case key(kAfIp6, kSafiVpnUniMulti):
    case key(kAfNsap, kSafiUni): case key(kAfNsap, kSafiMulti): case key(kAfNsap, kSafiUniMulti):
    case key(kAfNsap, kSafiVpnUni): case key(kAfNsap, kSafiVpnMulti): case key(kAfNsap, kSafiVpnUniMulti):
    case key(kAfL2vpn, kSafiVpnUni): case key(kAfL2vpn, kSafiVpnMulti): case key(kAfL2vpn, kSafiVpnUniMulti):
    case key(kAfVpls, kSafiVpls):
        return true;
    default:
        return false;
    }
}
}  // namespace

int mp_af_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t tlen, uint16_t& af, uint8_t& safi) {
    af = c.be16(off);
    safi = c.u8(off + 2);
    ctx.out.f("\n\t    AFI: {} ({}), {}SAFI: {} ({})", tok_or(kAfNames, af, "Unknown AFI"), af,
              safi > 128 ? "vendor specific " : "", tok_or(kSafiNames, safi, "Unknown SAFI"), safi);
    if (af_supported(af, safi)) return 0;
    if (!c.has(off, tlen)) return -2;
    ctx.out.f("\n\t    no AFI {} / SAFI {} decoder", af, safi);
    if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, off, "\n\t    ", tlen);
    return -1;
}

bool mp_nexthop_print(Ctx& ctx, const Cursor& c, size_t& off, uint32_t& tlen, uint8_t nhlen,
                      uint16_t af, uint8_t safi) {
    OutBuf& out = ctx.out;
    unsigned left = nhlen;
    unsigned count = 0;
    out.put("\n\t    nexthop: ");
    auto skip_all = [&] {
        off += left;
        tlen -= left;
        left = 0;
    };
    auto take = [&](unsigned n) {
        off += n;
        tlen -= n;
        left -= n;
    };
    while (left != 0 && !ctx.truncated) {
        if (count++ > 0) out.put(", ");
        TextBuf b;
        switch (key(af, safi)) {
        case key(kAfIp, kSafiUni): case key(kAfIp, kSafiMulti): case key(kAfIp, kSafiUniMulti):
        case key(kAfIp, kSafiLabUni): case key(kAfIp, kSafiRtInfo): case key(kAfIp, kSafiMvpn):
        case key(kAfIp, kSafiMdt):
        case key(kAfVpls, kSafiVpls): case key(kAfL2vpn, kSafiVpnUni): case key(kAfL2vpn, kSafiVpnMulti):
        case key(kAfL2vpn, kSafiVpnUniMulti):
            if (left < 4) {
                out.put("invalid len");
                skip_all();
            } else {
                ip4_text(b, c, off);
                out.put(b.view());
                take(4);
            }
            break;
        case key(kAfIp, kSafiVpnUni): case key(kAfIp, kSafiVpnMulti): case key(kAfIp, kSafiVpnUniMulti):
            if (left < 12) {
                out.put("invalid len");
                skip_all();
            } else {
                b.put("RD: ");
                rd_text(ctx, b, c, off);
                b.put(", ");
                ip4_text(b, c, off + 8);
                out.put(b.view());
                take(12);
            }
            break;
        case key(kAfIp6, kSafiUni): case key(kAfIp6, kSafiMulti): case key(kAfIp6, kSafiUniMulti):
        case key(kAfIp6, kSafiLabUni):
            if (left < 16) {
                out.put("invalid len");
                skip_all();
            } else {
                ip6_text(b, c, off);
                out.put(b.view());
                take(16);
            }
            break;
        case key(kAfIp6, kSafiVpnUni): case key(kAfIp6, kSafiVpnMulti): case key(kAfIp6, kSafiVpnUniMulti):
            if (left < 24) {
                out.put("invalid len");
                skip_all();
            } else {
                b.put("RD: ");
                rd_text(ctx, b, c, off);
                b.put(", ");
                ip6_text(b, c, off + 8);
                out.put(b.view());
                take(24);
            }
            break;
        case key(kAfNsap, kSafiUni): case key(kAfNsap, kSafiMulti): case key(kAfNsap, kSafiUniMulti): {
            const auto s = c.bytes(off, left);
            if (s.size() == left) nsap_text(b, s.data(), left);
            out.put(b.view());
            skip_all();
            break;
        }
        case key(kAfNsap, kSafiVpnUni): case key(kAfNsap, kSafiVpnMulti): case key(kAfNsap, kSafiVpnUniMulti):
            if (left < 9) {
                out.put("invalid len");
                skip_all();
            } else {
                if (!c.has(off, left)) return false;
                b.put("RD: ");
                rd_text(ctx, b, c, off);
                b.put(", ");
                const auto s = c.bytes(off + 8, left - 8);
                nsap_text(b, s.data(), left - 8);
                const uint32_t w = c.be32(off + 8);
                if (w == 0x47000601) {
                    b.put(" = ");
                    ip4_text(b, c, off + 12);
                } else if ((w >> 8) == 0x350000) {
                    b.put(" = ");
                    ip6_text(b, c, off + 11);
                }
                out.put(b.view());
                skip_all();
            }
            break;
        default:
            out.f("ERROR: no AFI {}/SAFI {} nexthop decoder", af, safi);
            skip_all();
            break;
        }
    }
    return true;
}

int nlri_print(Ctx& ctx, uint16_t af, uint8_t safi, const Cursor& c, size_t off, uint32_t len,
               bool add_path4, bool add_path6) {
    OutBuf& out = ctx.out;
    TextBuf b;
    int adv = 0;
    auto show = [&] {
        out.put("\n\t      ");
        out.put(b.view());
    };
    switch (key(af, safi)) {
    case key(kAfIp, kSafiUni): case key(kAfIp, kSafiMulti): case key(kAfIp, kSafiUniMulti):
    case key(kAfIp6, kSafiUni): case key(kAfIp6, kSafiMulti): case key(kAfIp6, kSafiUniMulti): {
        const bool v6 = af == kAfIp6;
        const bool ap = v6 ? add_path6 : add_path4;
        uint32_t path_id = 0;
        if (ap) {
            path_id = c.be32(off);
            off += 4;
        }
        adv = v6 ? decode_prefix6(c, off, len, b) : decode_prefix4(c, off, len, b);
        if (ctx.truncated) return -2;
        if (adv == -1) out.put("\n\t    (illegal prefix length)");
        else if (adv == -2) break;
        else show();
        if (ap) {
            out.f("   Path Id: {}", path_id);
            adv += 4;
        }
        break;
    }
    case key(kAfIp, kSafiLabUni):
    case key(kAfIp6, kSafiLabUni):
        adv = decode_labeled_prefix(c, off, len, b, af == kAfIp6);
        if (ctx.truncated) return -2;
        if (adv == -1) out.put("\n\t    (illegal prefix length)");
        else if (adv == -2) return -2;
        else if (adv == -3) break;
        else show();
        break;
    case key(kAfIp, kSafiVpnUni): case key(kAfIp, kSafiVpnMulti): case key(kAfIp, kSafiVpnUniMulti):
    case key(kAfIp6, kSafiVpnUni): case key(kAfIp6, kSafiVpnMulti): case key(kAfIp6, kSafiVpnUniMulti):
    case key(kAfNsap, kSafiVpnUni): case key(kAfNsap, kSafiVpnMulti): case key(kAfNsap, kSafiVpnUniMulti):
        adv = decode_labeled_vpn(ctx, c, off, b, af == kAfIp ? 32 : af == kAfIp6 ? 128 : 152);
        if (ctx.truncated) return -2;
        if (adv == -1) out.put("\n\t    (illegal prefix length)");
        else show();
        break;
    case key(kAfIp, kSafiRtInfo):
        adv = decode_rt_routing_info(ctx, c, off);
        break;
    case key(kAfIp, kSafiMvpn):
    case key(kAfIp6, kSafiMvpn):
        adv = decode_multicast_vpn(ctx, c, off, b);
        if (ctx.truncated) return -2;
        if (adv == -2) return -2;
        show();
        break;
    case key(kAfIp, kSafiMdt):
        adv = decode_mdt_vpn(ctx, c, off, b);
        if (ctx.truncated) return -2;
        if (adv == -1) out.put("\n\t    (illegal prefix length)");
        else if (adv == -2) return -2;
        else show();
        break;
    case key(kAfVpls, kSafiVpls):
    case key(kAfL2vpn, kSafiVpnUni): case key(kAfL2vpn, kSafiVpnMulti): case key(kAfL2vpn, kSafiVpnUniMulti):
        adv = decode_labeled_vpn_l2(ctx, c, off, b);
        if (ctx.truncated) return -2;
        if (adv == -2) return -2;
        show();
        break;
    case key(kAfNsap, kSafiUni): case key(kAfNsap, kSafiMulti): case key(kAfNsap, kSafiUniMulti):
        adv = decode_clnp_prefix(c, off, b);
        if (ctx.truncated) return -2;
        if (adv == -1) out.put("\n\t    (illegal prefix length)");
        else show();
        break;
    default:
        out.f("\n\t    ERROR: no AFI {} / SAFI {} decoder", af, safi);
        adv = -4;
        break;
    }
    return adv;
}

}  // namespace rd::bgp
