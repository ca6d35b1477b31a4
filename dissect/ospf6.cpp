// OSPFv3 (RFC 5340, IPv6 next header 89): packet header, Hello, Database Description,
// LS Request/Update/Ack with the LSAs, LLS block and authentication trailer (RFC 6506).
#include "ospf.hpp"

namespace rd {

namespace {

constexpr size_t kHdrLen = 16;
constexpr size_t kLsaHdrLen = 20;
constexpr uint32_t kOptLls = 0x0200;
constexpr uint32_t kLlsHdrLen = 4;
constexpr uint32_t kAtHdrLen = 16;
constexpr uint32_t kAsFwdAddr = 0x02000000, kAsRouteTag = 0x01000000;

constexpr Tok kTypes[] = {{1, "Hello"}, {2, "Database Description"}, {3, "LS-Request"},
                          {4, "LS-Update"}, {5, "LS-Ack"}};
constexpr Tok kOptions[] = {{0x01, "V6"},     {0x02, "External"},       {0x04, "Deprecated"},
                            {0x08, "NSSA"},   {0x10, "Router"},         {0x20, "Demand Circuit"},
                            {0x100, "AFs Support"}, {0x200, "LLS"}, {0x400, "Authentication Trailer"}};
constexpr Tok kRlaFlags[] = {{0x01, "ABR"}, {0x02, "External"}, {0x04, "Virtual-Link Endpoint"},
                             {0x08, "Deprecated"}, {0x10, "NSSA Translator"}};
constexpr Tok kAsFlags[] = {{0x80000000, "External Type 2"}, {kAsFwdAddr, "Forwarding"}, {kAsRouteTag, "Tag"}};
constexpr Tok kLsaTypes[] = {{1, "Router"},  {2, "Network"}, {3, "Inter-Area Prefix"}, {4, "Inter-Area Router"},
                             {5, "External"}, {6, "Deprecated"}, {7, "NSSA"}, {8, "Link"},
                             {9, "Intra-Area Prefix"}, {10, "Intra-Area TE"}, {11, "Grace"},
                             {12, "Router Information"}, {13, "Inter-AS-TE"}, {14, "Layer 1 VPN"}};
constexpr Tok kScopes[] = {{0x0000, "Link Local"}, {0x2000, "Area Local"}, {0x4000, "Domain Wide"}};
constexpr Tok kDdFlags[] = {{0x04, "Init"}, {0x02, "More"}, {0x01, "Master"}, {0x10, "IPv6 MTU"}};
constexpr Tok kPrefixOptions[] = {{0x01, "No Unicast"}, {0x02, "Local address"}, {0x04, "Deprecated"},
                                  {0x08, "Propagate"},  {0x10, "Down"},          {0x20, "N-bit"}};

const char* name_or(std::span<const Tok> t, uint32_t v, const char* dflt) {
    const char* n = tok_lookup(t, v);
    return n ? n : dflt;
}

void options(Ctx& ctx, const char* lead, uint32_t v) {
    ctx.out.put(lead);
    put_bits(ctx, kOptions, v, ", ", "none");
    ctx.out.put(']');
}

// "<type> LSA (n), <scope> Scope, LSA-ID a.b.c.d" with the LSA ID at id_off.
void ls_type_line(Ctx& ctx, const Cursor& c, uint16_t ls_type, size_t id_off) {
    if (!c.need(id_off, 4)) return;
    ctx.out.f("\n\t    {} LSA ({}), {} Scope{}, LSA-ID ", name_or(kLsaTypes, ls_type & 0x1fff, "Unknown"),
              ls_type & 0x1fff, name_or(kScopes, ls_type & 0x6000, "Unknown"),
              (ls_type & 0x8000) ? ", transitive" : "");
    put_ip4_at(ctx, c, id_off);
}

// An LSA header at off; true when it does not fit before dataend (tcpdump's "trunc").
bool lsa_header(Ctx& ctx, const Cursor& c, size_t off, size_t dataend) {
    if (off + kLsaHdrLen > dataend) return true;
    if (!c.need(off, kLsaHdrLen)) return true;
    const uint64_t body = uint64_t{c.be16(off + 18)} - kLsaHdrLen;  // size_t arithmetic: wraps
    ctx.out.put("\n\t  Advertising Router ");
    put_ip4_at(ctx, c, off + 8);
    ctx.out.f(", seq 0x{:08x}, age {}s, length {}", c.be32(off + 12), c.be16(off), body);
    ls_type_line(ctx, c, c.be16(off + 2), off + 4);
    return false;
}

// One address prefix at off with at most `left` bytes for it: its length, or -1 (stop).
long lsa_prefix(Ctx& ctx, const Cursor& c, size_t off, uint32_t left) {
    if (left < 4) return -1;
    left -= 4;
    if (!c.has(off, 4)) return -1;
    const uint8_t plen = c.u8(off);
    const uint32_t wordlen = (plen + 31u) / 32u;
    if (wordlen * 4 > 16) {
        ctx.out.f(" bogus prefixlen /{}", plen);
        return -1;
    }
    if (left < wordlen * 4) return -1;
    uint8_t prefix[16] = {};
    const auto bytes = c.bytes(off + 4, wordlen * 4);
    if (ctx.truncated) return -1;
    for (size_t i = 0; i < bytes.size(); ++i) prefix[i] = bytes[i];
    ctx.out.put("\n\t\t");
    put_addr(ctx, prefix);
    ctx.out.f("/{}", plen);
    if (const uint8_t opt = c.u8(off + 1)) {
        ctx.out.put(", Options [");
        put_bits(ctx, kPrefixOptions, opt, ", ", "none");
        ctx.out.put(']');
    }
    ctx.out.f(", metric {}", c.be16(off + 2));
    return 4 + static_cast<long>(wordlen) * 4;
}

// Prefixes from p on while bytes are left; false on a stop.
bool prefix_list(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    while (left != 0 && !ctx.truncated) {
        const long n = lsa_prefix(ctx, c, p, left);
        if (n < 0) return false;
        left -= static_cast<uint32_t>(n);
        p += static_cast<size_t>(n);
    }
    return true;
}

// `count` prefixes from p on; false on a stop.
bool prefix_count(Ctx& ctx, const Cursor& c, size_t p, uint32_t left, uint32_t count) {
    for (; count > 0 && !ctx.truncated; --count) {
        const long n = lsa_prefix(ctx, c, p, left);
        if (n < 0) return false;
        left -= static_cast<uint32_t>(n);
        p += static_cast<size_t>(n);
    }
    return true;
}

bool router_lsa(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    OutBuf& out = ctx.out;
    if (left < 4) return false;
    left -= 4;
    const uint32_t opts = c.be32(p);
    if (ctx.truncated) return false;
    options(ctx, "\n\t      Options [", opts);
    out.put(", RLA-Flags [");
    put_bits(ctx, kRlaFlags, opts >> 24, ", ", "none");
    out.put(']');
    p += 4;
    while (left != 0) {
        if (left < 16) return false;
        left -= 16;
        if (!c.has(p, 16)) return false;
        const uint8_t type = c.u8(p);
        switch (type) {
        case 4: out.put("\n\t      Virtual Link: Neighbor Router-ID "); break;
        case 1: out.put("\n\t      Neighbor Router-ID "); break;
        case 2: out.put("\n\t      Neighbor Network-ID "); break;
        default: out.f("\n\t      Unknown Router Links Type 0x{:02x}", type); return true;
        }
        put_ip4_at(ctx, c, p + 12);
        out.put("\n\t      Neighbor Interface-ID ");
        put_ip4_at(ctx, c, p + 8);
        out.put(", Interface ");
        put_ip4_at(ctx, c, p + 4);
        out.f(", metric {}", c.be16(p + 2));
        p += 16;
    }
    return true;
}

bool network_lsa(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    if (left < 4) return false;
    left -= 4;
    const uint32_t opts = c.be32(p);
    if (ctx.truncated) return false;
    options(ctx, "\n\t      Options [", opts);
    ctx.out.put("\n\t      Connected Routers:");
    p += 4;
    while (left != 0) {
        if (left < 4) return false;
        left -= 4;
        if (!c.need(p, 4)) return false;  // tcpdump 4.99.3: a GET, not a check
        ctx.out.put("\n\t\t");
        put_ip4_at(ctx, c, p);
        p += 4;
    }
    return true;
}

bool external_lsa(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    OutBuf& out = ctx.out;
    if (left < 4) return false;
    left -= 4;
    const uint32_t flags = c.be32(p);
    if (ctx.truncated) return false;
    out.put("\n\t     Flags [");
    put_bits(ctx, kAsFlags, flags, ", ", "none");
    out.f("] metric {}", flags & 0x00ffffff);
    const size_t prefix = p + 4;
    const long n = lsa_prefix(ctx, c, prefix, left);
    if (n < 0) return false;
    left -= static_cast<uint32_t>(n);
    p = prefix + static_cast<size_t>(n);
    if (flags & kAsFwdAddr) {
        if (left < 16) return false;
        left -= 16;
        if (!c.need(p, 16)) return false;
        out.put(" forward ");
        put_ip6_at(ctx, c, p);
        p += 16;
    }
    if (flags & kAsRouteTag) {
        if (left < 4) return false;
        left -= 4;
        if (!c.need(p, 4)) return false;
        out.put(" tag ");
        put_ip4_at(ctx, c, p);
        p += 4;
    }
    // A referenced LS type (its high byte, where tcpdump looks) brings a referenced ID.
    if (c.u8(prefix + 2)) {
        if (left < 4) return false;
        if (!c.need(p, 4)) return false;
        out.put(" RefLSID: ");
        put_ip4_at(ctx, c, p);
    }
    return true;
}

bool link_lsa(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    if (left < 4) return false;
    left -= 4;
    if (!c.has(p, 4)) return false;
    options(ctx, "\n\t      Options [", c.be32(p));
    if (left < 20) return false;
    left -= 20;
    const uint32_t prefixes = c.be32(p + 20);
    if (!c.need(p + 4, 16)) return false;
    ctx.out.f("\n\t      Priority {}, Link-local address ", c.u8(p));
    put_ip6_at(ctx, c, p + 4);
    ctx.out.f(", Prefixes {}:", prefixes);
    return prefix_count(ctx, c, p + 24, left, prefixes);
}

bool intra_prefix_lsa(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    // tcpdump counts only the router ID and the prefix count out of the 12-byte head.
    if (left < 4) return false;
    left -= 4;
    if (!c.has(p + 8, 4)) return false;
    ls_type_line(ctx, c, c.be16(p + 2), p + 4);
    if (left < 2) return false;
    left -= 2;
    const uint16_t prefixes = c.be16(p);
    if (ctx.truncated) return false;
    ctx.out.f("\n\t      Prefixes {}:", prefixes);
    return prefix_count(ctx, c, p + 12, left, prefixes);
}

// One LSA at off; true when the walk must stop with the truncation marker.
bool lsa(Ctx& ctx, const Cursor& c, size_t off, size_t dataend) {
    if (lsa_header(ctx, c, off, dataend)) return true;
    const uint32_t length = c.be16(off + 18);
    if (length < kLsaHdrLen || off + length > dataend) return true;
    const uint32_t left = length - static_cast<uint32_t>(kLsaHdrLen);
    const size_t p = off + kLsaHdrLen;
    switch (c.be16(off + 2)) {
    case 0x2001: return !router_lsa(ctx, c, p, left);
    case 0x2002: return !network_lsa(ctx, c, p, left);
    case 0x2003: {
        if (left < 4) return true;
        const uint32_t metric = c.be32(p);
        if (ctx.truncated) return true;
        ctx.out.f(", metric {}", metric & 0x00ffffff);
        return !prefix_list(ctx, c, p + 4, left - 4);
    }
    case 0x4005: return !external_lsa(ctx, c, p, left);
    case 0x0008: return !link_lsa(ctx, c, p, left);
    case 0x2009: return !intra_prefix_lsa(ctx, c, p, left);
    case 0x000b: return !ospf_grace_tlvs(ctx, c, p, left);
    case 0x000a: return !ospf_te_tlvs(ctx, c, p, left);
    default:
        // Past the captured bytes, tcpdump's dump says so and the walk stops.
        print_unknown_data(ctx, c, p, "\n\t      ", left);
        return p > c.size();
    }
}

// The packet body by type; true when it ended in a truncation.
bool decode_v3(Ctx& ctx, const Cursor& c, size_t dataend) {
    OutBuf& out = ctx.out;
    const bool vv = ctx.opt.vflag > 1;
    switch (c.u8(1)) {
    case 1: {  // Hello
        const size_t h = kHdrLen;
        const uint32_t opts = c.be32(h + 4);
        if (ctx.truncated) return false;
        options(ctx, "\n\tOptions [", opts);
        if (!c.need(h, 12)) return false;
        out.f("\n\t  Hello Timer {}s, Dead Timer {}s, Interface-ID ", c.be16(h + 8), c.be16(h + 10));
        put_ip4_at(ctx, c, h);
        out.f(", Priority {}", c.u8(h + 4));
        if (c.be32(h + 12) != 0) {
            out.put("\n\t  Designated Router ");
            put_ip4_at(ctx, c, h + 12);
        }
        if (c.be32(h + 16) != 0) {
            out.put(", Backup Designated Router ");
            put_ip4_at(ctx, c, h + 16);
        }
        if (ctx.truncated || !vv) return false;
        out.put("\n\t  Neighbor List:");
        for (size_t ap = h + 20; ap < dataend; ap += 4) {
            if (!c.need(ap, 4)) return false;  // tcpdump 4.99.3: a GET, not a check
            out.put("\n\t    ");
            put_ip4_at(ctx, c, ap);
        }
        return false;
    }
    case 2: {  // Database Description
        const size_t d = kHdrLen;
        const uint32_t opts = c.be32(d);
        if (ctx.truncated) return false;
        options(ctx, "\n\tOptions [", opts);
        const uint8_t flags = c.u8(d + 7);
        if (ctx.truncated) return false;
        out.put(", DD Flags [");
        put_bits(ctx, kDdFlags, flags, ", ", "none");
        out.put(']');
        if (!c.need(d + 4, 2) || !c.need(d + 8, 4)) return false;
        out.f(", MTU {}, DD-Sequence 0x{:08x}", c.be16(d + 4), c.be32(d + 8));
        if (!vv) return false;
        for (size_t p = d + 12; p < dataend && !ctx.truncated; p += kLsaHdrLen)
            if (lsa_header(ctx, c, p, dataend)) return true;
        return false;
    }
    case 3:  // LS Request
        if (!vv) return false;
        for (size_t p = kHdrLen; p < dataend && !ctx.truncated; p += 12) {
            if (!c.has(p, 12)) return true;
            out.put("\n\t  Advertising Router ");
            put_ip4_at(ctx, c, p + 8);
            ls_type_line(ctx, c, c.be16(p + 2), p + 4);
        }
        return false;
    case 4: {  // LS Update
        if (!vv) return false;
        uint32_t count = c.be32(kHdrLen);
        size_t p = kHdrLen + 4;
        while (p < dataend && count-- != 0 && !ctx.truncated) {
            if (lsa(ctx, c, p, dataend)) return true;
            p += c.be16(p + 18);
        }
        return false;
    }
    case 5:  // LS Ack
        if (!vv) return false;
        for (size_t p = kHdrLen; p < dataend && !ctx.truncated; p += kLsaHdrLen)
            if (lsa_header(ctx, c, p, dataend)) return true;
        return false;
    default:
        return false;
    }
}

// Link-local signalling block (RFC 5613) without its TLVs: its length, or -1 (stop).
long lls_block(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (len == 0) return 0;
    if (len < kLlsHdrLen) return -1;
    const uint16_t cksum = c.be16(p);
    if (ctx.truncated) return -1;
    ctx.out.f("\n\tLLS Checksum 0x{:04x}", cksum);
    const uint16_t datalen = c.be16(p + 2);
    if (ctx.truncated) return -1;
    ctx.out.f(", Data Length {}", datalen);
    if (datalen < kLlsHdrLen || datalen > len) return -1;
    if (!c.has(p + 4, datalen - kLlsHdrLen)) return -1;
    return datalen;
}

// Authentication trailer (RFC 6506); false when it stopped early.
bool auth_trailer(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len == 0) return true;
    if (len < kAtHdrLen) return false;
    const uint16_t type = c.be16(p);
    if (ctx.truncated) return false;
    out.put("\n\tAuthentication Type ");
    if (type == 1) out.put("HMAC");
    else out.f("unknown (0x{:04x})", type);
    const uint16_t atlen = c.be16(p + 2);
    if (ctx.truncated) return false;
    out.f(", Length {}", atlen);
    if (atlen < kAtHdrLen || atlen > len) return false;
    const uint16_t said = c.be16(p + 6);
    if (ctx.truncated) return false;
    out.f(", SAID {}", said);
    const uint32_t hi = c.be32(p + 8);
    if (ctx.truncated) return false;
    out.f(", CSN 0x{:08x}", hi);
    const uint32_t lo = c.be32(p + 12);
    if (ctx.truncated) return false;
    out.f(":{:08x}", lo);
    if (!c.has(p + kAtHdrLen, atlen - kAtHdrLen)) return false;
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p + kAtHdrLen, "\n\tAuthentication Data ", atlen - kAtHdrLen);
    return true;
}

// What follows the OSPF packet in the IPv6 payload: LLS data (Hello and DD with the L
// bit), then an authentication trailer. False when it stopped early.
bool trailer(Ctx& ctx, const Cursor& c, size_t dataend, uint32_t len) {
    const uint8_t type = c.u8(1);
    bool lls = false;
    if (type == 1) lls = (c.be32(kHdrLen + 4) & kOptLls) != 0;
    else if (type == 2) lls = (c.be32(kHdrLen) & kOptLls) != 0;
    if (ctx.truncated) return false;
    long lls_len = 0;
    if (lls) {
        lls_len = lls_block(ctx, c, dataend, len);
        if (lls_len < 0) return false;
    }
    return auth_trailer(ctx, c, dataend + static_cast<size_t>(lls_len), len - static_cast<uint32_t>(lls_len));
}

}  // namespace

void ospf6_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "ospf3";
    const uint8_t type = c.u8(1);
    const uint8_t version = c.u8(0);
    if (ctx.truncated) return;
    const char* tname = tok_lookup(kTypes, type);
    out.f("OSPFv{}, ", version);
    if (tname) out.put(tname);
    else out.f("unknown packet type ({})", type);
    out.f(", length {}", length);
    if (tname == nullptr || ctx.opt.vflag == 0) return;

    const uint16_t datalen = c.be16(2);
    if (ctx.truncated) return;
    if (datalen > length) {
        out.f(" [len {}]", datalen);
        return;
    }
    if (!c.need(4, 4)) return;
    out.put("\n\tRouter-ID ");
    put_ip4_at(ctx, c, 4);
    const uint32_t area = c.be32(8);
    if (ctx.truncated) return;
    if (area != 0) {
        out.put(", Area ");
        put_ip4_at(ctx, c, 8);
    } else {
        out.put(", Backbone Area");
    }
    if (const uint8_t inst = c.u8(14)) out.f(", Instance {}", inst);
    if (ctx.truncated || version != 3) return;
    if (decode_v3(ctx, c, datalen) || ctx.truncated || !trailer(ctx, c, datalen, length - datalen)) {
        if (!ctx.truncated) ctx.print_trunc();
    }
}

}  // namespace rd
