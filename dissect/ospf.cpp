// OSPF version 2 (RFC 2328), IP protocol 89: header, authentication, the five packet
// types, LSA headers and bodies (router, network, summary, external/NSSA, group, opaque
// router-information and grace), and link-local signalling (RFC 4813).
#include "ospf.hpp"

namespace rd {

namespace {

constexpr Tok kOptions[] = {{0x01, "MultiTopology"}, {0x02, "External"}, {0x04, "Multicast"},
                            {0x08, "NSSA"},          {0x10, "LLS"},      {0x20, "Demand Circuit"},
                            {0x40, "Opaque"},        {0x80, "Up/Down"}};
constexpr Tok kAuthTypes[] = {{0, "none"}, {1, "simple"}, {2, "MD5"}};
constexpr Tok kRouterFlags[] = {{0x01, "ABR"}, {0x02, "ASBR"}, {0x04, "Virtual"}, {0x08, "Wildcard"}};
constexpr Tok kTypes[] = {
    {1, "Hello"}, {2, "Database Description"}, {3, "LS-Request"}, {4, "LS-Update"}, {5, "LS-Ack"}};
constexpr Tok kLsaTypes[] = {{1, "Router"},           {2, "Network"},           {3, "Summary"},
                             {4, "ASBR Summary"},     {5, "External"},          {6, "Multicast Group"},
                             {7, "NSSA"},             {9, "Link Local Opaque"}, {10, "Area Local Opaque"},
                             {11, "Domain Wide Opaque"}};
constexpr Tok kDdFlags[] = {{0x04, "Init"}, {0x02, "More"}, {0x01, "Master"}, {0x08, "OOBResync"}};
constexpr Tok kOpaqueTypes[] = {{1, "Traffic Engineering"}, {3, "Graceful restart"}, {4, "Router Information"}};
constexpr Tok kGraceTlvs[] = {{1, "Grace Period"}, {2, "Graceful restart Reason"}, {3, "IPv4 interface address"}};
constexpr Tok kGraceReasons[] = {
    {0, "Unknown"}, {1, "Software Restart"}, {2, "Software Reload/Upgrade"}, {3, "Control Processor Switch"}};
constexpr Tok kRiTlvs[] = {{1, "Router Capabilities"}};
constexpr Tok kRiCaps[] = {{1, "Reserved"},
                           {2, "Reserved"},
                           {4, "Reserved"},
                           {8, "Reserved"},
                           {16, "graceful restart capable"},
                           {32, "graceful restart helper"},
                           {64, "Stub router support"},
                           {128, "Traffic engineering"},
                           {256, "p2p over LAN"},
                           {512, "path computation server"}};
constexpr Tok kLlsTlvs[] = {{1, "Extended Options"}, {2, "MD5 Authentication"}};
constexpr Tok kLlsEoOptions[] = {{0x01, "LSDB resync"}, {0x02, "Restart"}};
constexpr Tok kTopologies[] = {{0, "default"}, {1, "multicast"}, {2, "management"}};

constexpr uint32_t kHdrLen = 24;
constexpr uint32_t kLsaHdrLen = 20;
constexpr uint32_t kMd5Len = 16;

const char* name_or(std::span<const Tok> t, uint32_t v, const char* dflt) {
    const char* n = tok_lookup(t, v);
    return n ? n : dflt;
}

// The 20-byte LSA header at off; its length field, or -1 when below the header size.
long lsa_header(Ctx& ctx, const Cursor& c, size_t off) {
    OutBuf& out = ctx.out;
    const uint16_t len = c.be16(off + 18);
    if (ctx.truncated) return -1;
    if (len < kLsaHdrLen) {
        out.f("\n\t    Bogus length {} < header ({})", len, kLsaHdrLen);
        return -1;
    }
    const uint32_t seq = c.be32(off + 12);
    const uint16_t age = c.be16(off);
    if (!c.has(off + 8, 4)) {
        (void)c.be32(off + 8);
        return -1;
    }
    out.put("\n\t  Advertising Router ");
    put_ip4_at(ctx, c, off + 8);
    out.f(", seq 0x{:08x}, age {}s, length {}", seq, age, len - kLsaHdrLen);
    const uint8_t type = c.u8(off + 3);
    if (ctx.truncated) return -1;
    if (type == 9 || type == 10 || type == 11) {
        const uint8_t otype = c.u8(off + 4);
        const uint32_t oid = c.be24(off + 5);
        if (ctx.truncated) return -1;
        out.f("\n\t    {} LSA ({}), Opaque-Type {} LSA ({}), Opaque-ID {}", name_or(kLsaTypes, type, "unknown"),
              type, name_or(kOpaqueTypes, otype, "unknown"), otype, oid);
    } else {
        if (!c.has(off + 4, 4)) {
            (void)c.be32(off + 4);
            return -1;
        }
        out.f("\n\t    {} LSA ({}), LSA-ID: ", name_or(kLsaTypes, type, "unknown"), type);
        put_ip4_at(ctx, c, off + 4);
    }
    const uint8_t opts = c.u8(off + 2);
    if (ctx.truncated) return -1;
    out.put("\n\t    Options: [");
    put_bits(ctx, kOptions, opts, ", ");
    out.put(']');
    return len;
}

void ip_line(Ctx& ctx, const Cursor& c, size_t off, const char* lead) {
    if (!c.has(off, 4)) {
        (void)c.be32(off);
        return;
    }
    ctx.out.put(lead);
    put_ip4_at(ctx, c, off);
}

// Opaque grace LSA TLVs (RFC 3623); false when the walk stopped early.
bool grace_tlvs(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    OutBuf& out = ctx.out;
    while (left > 0 && !ctx.truncated) {
        if (!c.has(p, 4)) return false;
        if (left < 4) {
            out.f("\n\t    Remaining LS length {} < 4", left);
            return false;
        }
        const uint16_t type = c.be16(p);
        uint32_t tlen = c.be16(p + 2);
        p += 4;
        left -= 4;
        out.f("\n\t    {} TLV ({}), length {}, value: ", name_or(kGraceTlvs, type, "unknown"), type, tlen);
        if (tlen > left) {
            out.f("\n\t    Bogus length {} > {}", tlen, left);
            return false;
        }
        if (type == 0 || tlen == 0) return false;
        if (!c.has(p, tlen)) return false;
        switch (type) {
        case 1:
            if (tlen != 4) {
                out.f("\n\t    Bogus length {} != 4", tlen);
                return false;
            }
            out.f("{}s", c.be32(p));
            break;
        case 2:
            if (tlen != 1) {
                out.f("\n\t    Bogus length {} != 1", tlen);
                return false;
            }
            out.f("{} ({})", name_or(kGraceReasons, c.u8(p), "Unknown"), c.u8(p));
            break;
        case 3:
            if (tlen != 4) {
                out.f("\n\t    Bogus length {} != 4", tlen);
                return false;
            }
            put_ip4_at(ctx, c, p);
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t      ", tlen);
            break;
        }
        if (tlen % 4 != 0) tlen += 4 - tlen % 4;
        left -= tlen;  // as tcpdump: may wrap and end the walk by truncation
        p += tlen;
    }
    return true;
}

bool ri_tlvs(Ctx& ctx, const Cursor& c, size_t p, uint32_t left) {
    OutBuf& out = ctx.out;
    while (left != 0 && !ctx.truncated) {
        if (!c.has(p, 4)) {
            (void)c.be32(p);
            return false;
        }
        if (left < 4) {
            out.f("\n\t    Remaining LS length {} < 4", left);
            return false;
        }
        const uint16_t type = c.be16(p);
        const uint32_t tlen = c.be16(p + 2);
        p += 4;
        left -= 4;
        out.f("\n\t    {} TLV ({}), length: {}, value: ", name_or(kRiTlvs, type, "unknown"), type, tlen);
        if (tlen > left) {
            out.f("\n\t    Bogus length {} > remaining LS length {}", tlen, left);
            return false;
        }
        if (tlen && !c.has(p, tlen)) {
            (void)c.u8(p + tlen - 1);
            return false;
        }
        if (type == 1) {
            if (tlen != 4) {
                out.f("\n\t    Bogus length {} != 4", tlen);
                return false;
            }
            out.put("Capabilities: ");
            put_bits(ctx, kRiCaps, c.be32(p), ", ", "Unknown");
        } else if (ctx.opt.vflag <= 1) {
            print_unknown_data(ctx, c, p, "\n\t      ", tlen);
        }
        p += tlen;
        left -= tlen;
    }
    return !ctx.truncated;
}

void topology_metric(Ctx& ctx, uint32_t ul) {
    const uint32_t topo = (ul & 0x7f000000) >> 24;
    ctx.out.f("\n\t\ttopology {} ({}) metric {}", name_or(kTopologies, topo, "Unknown"), topo, ul & 0x00ffffff);
}

// One LSA at off; the offset after it, or 0 to stop (truncated or bogus header).
size_t lsa(Ctx& ctx, const Cursor& c, size_t off) {
    OutBuf& out = ctx.out;
    const long hl = lsa_header(ctx, c, off);
    if (hl < 0) return 0;
    const size_t end = off + static_cast<size_t>(hl);
    const uint32_t blen = static_cast<uint32_t>(hl) - kLsaHdrLen;
    const size_t b = off + kLsaHdrLen;
    const uint8_t type = c.u8(off + 3);
    switch (type) {
    case 1: {
        const uint8_t flags = c.u8(b);
        if (ctx.truncated) return 0;
        out.put("\n\t    Router LSA Options: [");
        put_bits(ctx, kRouterFlags, flags, ", ");
        out.put(']');
        uint32_t count = c.be16(b + 2);
        if (ctx.truncated) return 0;
        size_t p = b + 4;
        if (!c.has(p, 12)) return 0;
        for (; count != 0 && !ctx.truncated; --count) {
            if (!c.has(p, 12)) return 0;
            const uint8_t lt = c.u8(p + 8);
            const char* lead = nullptr;
            const char* mid = ", Interface Address: ";
            switch (lt) {
            case 4: lead = "\n\t      Virtual Link: Neighbor Router-ID: "; break;
            case 1: lead = "\n\t      Neighbor Router-ID: "; break;
            case 2: lead = "\n\t      Neighbor Network-ID: "; break;
            case 3:
                lead = "\n\t      Stub Network: ";
                mid = ", Mask: ";
                break;
            default: out.f("\n\t      Unknown Router Link Type ({})", lt); return end;
            }
            out.put(lead);
            put_ip4_at(ctx, c, p);
            out.put(mid);
            put_ip4_at(ctx, c, p + 4);
            const uint32_t ntos = c.u8(p + 9);
            for (uint32_t i = 0; i <= ntos && !ctx.truncated; ++i) {
                const size_t m = p + 8 + 4 * i;
                const uint8_t tos = i ? c.u8(m) : 0;
                const uint16_t metric = c.be16(m + 2);
                if (ctx.truncated) return 0;
                out.f("\n\t\ttopology {} ({}), metric {}", name_or(kTopologies, tos, "Unknown"), tos, metric);
            }
            p += 12 + 4 * static_cast<size_t>(ntos);
        }
        break;
    }
    case 2: {
        if (!c.has(b, 4)) {
            (void)c.be32(b);
            return 0;
        }
        out.put("\n\t    Mask ");
        put_ip4_at(ctx, c, b);
        out.put("\n\t    Connected Routers:");
        for (size_t p = b + 4; p < end && !ctx.truncated; p += 4) {
            if (!c.has(p, 4)) return 0;
            out.put("\n\t      ");
            put_ip4_at(ctx, c, p);
        }
        break;
    }
    case 3:
    case 4: {
        if (type == 3) {
            if (!c.has(b, 4)) return 0;
            out.put("\n\t    Mask ");
            put_ip4_at(ctx, c, b);
        }
        if (!c.has(b + 4, 4)) return 0;
        for (size_t p = b + 4; p < end && !ctx.truncated; p += 4) {
            const uint32_t ul = c.be32(p);
            if (ctx.truncated) return 0;
            topology_metric(ctx, ul);
        }
        break;
    }
    case 5:
    case 7: {
        if (!c.has(b, 4)) return 0;
        out.put("\n\t    Mask ");
        put_ip4_at(ctx, c, b);
        if (!c.has(b + 4, 4)) return 0;
        for (size_t p = b + 4; p < end && !ctx.truncated; p += 12) {
            const uint32_t ul = c.be32(p);
            if (ctx.truncated) return 0;
            const uint32_t topo = (ul & 0x7f000000) >> 24;
            out.f("\n\t\ttopology {} ({}), type {}, metric", name_or(kTopologies, topo, "Unknown"), topo,
                  (ul & 0x80000000u) ? 2 : 1);
            if ((ul & 0x00ffffff) == 0xffffff) out.put(" infinite");
            else out.f(" {}", ul & 0x00ffffff);
            const uint32_t fwd = c.be32(p + 4);
            if (ctx.truncated) return 0;
            if (fwd != 0) {
                out.put(", forward ");
                put_ip4_at(ctx, c, p + 4);
            }
            const uint32_t tag = c.be32(p + 8);
            if (ctx.truncated) return 0;
            if (tag != 0) {
                out.put(", tag ");
                put_ip4_at(ctx, c, p + 8);
            }
        }
        break;
    }
    case 6:
        for (size_t p = b; p < end && !ctx.truncated; p += 8) {
            const uint32_t vt = c.be32(p);
            if (ctx.truncated) return 0;
            if (vt == 1) ip_line(ctx, c, p + 4, "\n\t    Router Router-ID ");
            else if (vt == 2) ip_line(ctx, c, p + 4, "\n\t    Network Designated Router ");
            else out.f("\n\t    unknown VertexType ({})", vt);
        }
        break;
    case 9:
    case 10:
    case 11:
        {
            bool whole = true;
            switch (c.u8(off + 4)) {
            case 4: whole = ri_tlvs(ctx, c, b, blen); break;
            case 3: whole = grace_tlvs(ctx, c, b, blen); break;
            case 1: whole = ospf_te_tlvs(ctx, c, b, blen); break;
            default:
                if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, b, "\n\t    ", blen);
                break;
            }
            if (ctx.truncated) return 0;
            if (!whole) return end;  // tcpdump skips the -vv hex dump then
        }
        break;
    default: break;
    }
    if (ctx.truncated) return 0;
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, b, "\n\t    ", blen);
    if (ctx.truncated) return 0;
    return end;
}

void lls(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    const uint8_t type = c.u8(1);
    uint8_t opts = 0;
    if (type == 1) opts = c.u8(kHdrLen + 6);
    else if (type == 2) opts = c.u8(kHdrLen + 2);
    else return;
    if (ctx.truncated || !(opts & 0x10)) return;
    uint32_t len2 = c.be16(2);
    size_t p = len2;
    if (c.be16(14) == 2) {
        p += c.u8(19);
        len2 += c.u8(19);
    }
    if (ctx.truncated) return;
    if (len2 >= length) {
        out.put("\n\t[LLS truncated]");
        return;
    }
    const uint16_t sum = c.be16(p);
    if (ctx.truncated) return;
    out.f("\n\t  LLS: checksum: 0x{:04x}", sum);
    const uint16_t l = c.be16(p + 2);
    if (ctx.truncated) return;
    out.f(", length: {}", l);
    p += 4;
    while (p < length && !ctx.truncated) {
        const uint16_t t = c.be16(p);
        if (ctx.truncated) return;
        out.f("\n\t    {} ({})", name_or(kLlsTlvs, t, "Unknown TLV"), t);
        uint32_t tl = c.be16(p + 2);
        if (ctx.truncated) return;
        out.f(", length: {}", tl);
        p += 4;
        if (t == 1) {
            if (tl != 4) {
                out.put(" [should be 4]");
                tl = 4;
            }
            const uint32_t f = c.be32(p);
            if (ctx.truncated) return;
            out.f("\n\t      Options: 0x{:08x} [", f);
            put_bits(ctx, kLlsEoOptions, f, ", ", "?");
            out.put(']');
        } else if (t == 2) {
            if (tl != 20) {
                out.put(" [should be 20]");
                tl = 20;
            }
            const uint32_t s = c.be32(p);
            if (ctx.truncated) return;
            out.f("\n\t      Sequence number: 0x{:08x}", s);
        }
        p += tl;
    }
}

void decode_v2(Ctx& ctx, const Cursor& c, size_t dataend) {
    OutBuf& out = ctx.out;
    switch (c.u8(1)) {
    case 1: {
        const uint8_t opts = c.u8(kHdrLen + 6);
        if (ctx.truncated) return;
        out.put("\n\tOptions [");
        put_bits(ctx, kOptions, opts, ", ");
        out.put(']');
        const uint16_t hi = c.be16(kHdrLen + 4);
        const uint32_t dead = c.be32(kHdrLen + 8);
        if (ctx.truncated || !c.has(kHdrLen, 4)) {
            (void)c.be32(kHdrLen);
            return;
        }
        out.f("\n\t  Hello Timer {}s, Dead Timer {}s, Mask ", hi, dead);
        put_ip4_at(ctx, c, kHdrLen);
        const uint8_t prio = c.u8(kHdrLen + 7);
        if (ctx.truncated) return;
        out.f(", Priority {}", prio);
        const uint32_t dr = c.be32(kHdrLen + 12);
        if (ctx.truncated) return;
        if (dr != 0) ip_line(ctx, c, kHdrLen + 12, "\n\t  Designated Router ");
        const uint32_t bdr = c.be32(kHdrLen + 16);
        if (ctx.truncated) return;
        if (bdr != 0) ip_line(ctx, c, kHdrLen + 16, ", Backup Designated Router ");
        size_t p = kHdrLen + 20;
        if (p < dataend) out.put("\n\t  Neighbor List:");
        for (; p < dataend && !ctx.truncated; p += 4) {
            if (!c.has(p, 4)) {
                (void)c.be32(p);
                return;
            }
            out.put("\n\t    ");
            put_ip4_at(ctx, c, p);
        }
        break;
    }
    case 2: {
        const uint8_t opts = c.u8(kHdrLen + 2);
        if (ctx.truncated) return;
        out.put("\n\tOptions [");
        put_bits(ctx, kOptions, opts, ", ");
        out.put(']');
        const uint8_t flags = c.u8(kHdrLen + 3);
        if (ctx.truncated) return;
        out.put(", DD Flags [");
        put_bits(ctx, kDdFlags, flags, ", ");
        out.put(']');
        const uint16_t mtu = c.be16(kHdrLen);
        if (ctx.truncated) return;
        if (mtu) out.f(", MTU: {}", mtu);
        const uint32_t seq = c.be32(kHdrLen + 4);
        if (ctx.truncated) return;
        out.f(", Sequence: 0x{:08x}", seq);
        for (size_t p = kHdrLen + 8; p < dataend && !ctx.truncated; p += kLsaHdrLen)
            if (lsa_header(ctx, c, p) < 0) break;
        break;
    }
    case 3:
        for (size_t p = kHdrLen; p < dataend && !ctx.truncated; p += 12) {
            if (!c.has(p, 12)) {
                (void)c.u8(p + 11);
                return;
            }
            const uint32_t type = c.be32(p);
            out.put("\n\t  Advertising Router: ");
            put_ip4_at(ctx, c, p + 8);
            out.f(", {} LSA ({})", name_or(kLsaTypes, type, "unknown"), type);
            if (type == 9 || type == 10 || type == 11) {
                const uint8_t otype = c.u8(p + 4);
                out.f(", Opaque-Type: {} LSA ({}), Opaque-ID: {}", name_or(kOpaqueTypes, otype, "unknown"),
                      otype, c.be24(p + 5));
            } else {
                out.put(", LSA-ID: ");
                put_ip4_at(ctx, c, p + 4);
            }
        }
        break;
    case 4: {
        const uint32_t count = c.be32(kHdrLen);
        if (ctx.truncated) return;
        out.f(", {} LSA{}", count, count == 1 ? "" : "s");
        size_t p = kHdrLen + 4;
        for (uint32_t i = 1; i <= count && !ctx.truncated; ++i) {
            out.f("\n\t  LSA #{}", i);
            p = lsa(ctx, c, p);
            if (p == 0) {
                // tcpdump longjmps here even after a bogus header.
                if (!ctx.truncated) (void)c.u8(c.size());
                return;
            }
        }
        break;
    }
    case 5:
        for (size_t p = kHdrLen; !ctx.truncated; p += kLsaHdrLen)
            if (lsa_header(ctx, c, p) < 0) break;
        break;
    default: break;
    }
}

}  // namespace

bool ospf_grace_tlvs(Ctx& ctx, const Cursor& c, size_t off, uint32_t left) { return grace_tlvs(ctx, c, off, left); }

void ospf_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    if (ip.version == 6) {
        ospf6_print(ctx, c, length);
        return;
    }
    ctx.proto = "ospf2";
    const uint16_t auth = c.be16(14);
    if (ctx.truncated) return;
    if (auth == 2) {
        length -= kMd5Len;
        c = c.limit(c.size() >= kMd5Len ? c.size() - kMd5Len : 0);
    }
    const uint8_t type = c.u8(1);
    const uint8_t version = c.u8(0);
    if (ctx.truncated) return;
    const char* tname = tok_lookup(kTypes, type);
    if (tname == nullptr) {
        out.f("OSPFv{}, unknown LS-type {}, length {}", version, type, length);
        return;
    }
    out.f("OSPFv{}, {}, length {}", version, tname, length);
    if (ctx.opt.vflag == 0) return;
    const uint16_t olen = c.be16(2);
    if (ctx.truncated) return;
    if (length != olen) out.f(" [len {}]", olen);
    const size_t dataend = length > olen ? olen : length;
    if (!c.has(4, 4)) {
        (void)c.be32(4);
        return;
    }
    out.put("\n\tRouter-ID ");
    put_ip4_at(ctx, c, 4);
    const uint32_t area = c.be32(8);
    if (ctx.truncated) return;
    if (area != 0) ip_line(ctx, c, 8, ", Area ");
    else out.put(", Backbone Area");
    if (!c.has(16, 8)) {
        (void)c.u8(23);
        return;
    }
    out.f(", Authentication Type: {} ({})", name_or(kAuthTypes, auth, "unknown"), auth);
    switch (auth) {
    case 0: break;
    case 1:
        out.put("\n\tSimple text password: ");
        put_string_nul_padded(ctx, c, 16, 8);
        break;
    case 2:
        out.f("\n\tKey-ID: {}, Auth-Length: {}, Crypto Sequence Number: 0x{:08x}", c.u8(18), c.u8(19), c.be32(20));
        break;
    default: return;
    }
    if (ctx.truncated) return;
    if (version == 2) {
        decode_v2(ctx, c, dataend);
        if (ctx.truncated) return;
        if (length > olen) lls(ctx, c, length);
    } else {
        out.f(" ospf [version {}]", version);
    }
}

}  // namespace rd
