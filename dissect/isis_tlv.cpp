// IS-IS TLV bodies (ISO 10589, RFC 1195, 5305, 5308, 5120, 6232, 7981, ...). The
// reachability TLVs with sub-TLVs are in isis_subtlv.cpp.
#include "isoclns.hpp"

namespace rd::osi {

namespace {

constexpr Tok kAuthTypes[] = {{1, "simple text password"},
                              {3, "Generic Crypto key-id"},
                              {54, "HMAC-MD5 password"},
                              {255, "Routing Domain private password"}};
constexpr Tok kIdrpTypes[] = {{0, "Reserved"}, {1, "Routing-Domain Specific"}, {2, "AS Number Tag"}};
constexpr Tok kVirtual[] = {{0, "IsNotVirtual"}, {1, "IsVirtual"}};
constexpr Tok kRestartFlags[] = {
    {0x1, "Restart Request"}, {0x2, "Restart Acknowledgement"}, {0x4, "Suppress adjacency advertisement"}};
constexpr Tok kPtpAdjStates[] = {{0, "Up"}, {1, "Initializing"}, {2, "Down"}};
constexpr Tok kRouterCapFlags[] = {{0x01, "S bit"}, {0x02, "D bit"}};

constexpr const char* kIndent = "\n\t      ";

// A loop of entries each decoded by fn(offset, remaining) returning bytes used (0 = stop
// with the truncation marker); the common shape of TLVs 22, 24, 222, 135, 235, 236, 237.
template <class Fn>
TlvEnd entries(Ctx& ctx, size_t t, uint8_t tlen, Fn fn) {
    while (tlen != 0 && !ctx.truncated) {
        const size_t n = fn(t, tlen);
        if (n == 0) return TlvEnd::Trunc;
        if (tlen < n) {
            ctx.out.f(" [remaining tlv length {} < {}]", tlen, n);
            ctx.print_invalid();
            break;
        }
        tlen = static_cast<uint8_t>(tlen - static_cast<uint8_t>(n));
        t += static_cast<uint8_t>(n);
    }
    return TlvEnd::Next;
}

TlvEnd auth(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    if (tlen < 1) return TlvEnd::Next;
    const uint8_t type = c.u8(t);
    if (ctx.truncated) return TlvEnd::Next;
    t++;
    tlen--;
    out.put(kIndent);
    put_tok(ctx, kAuthTypes, type, "unknown Authentication type 0x{:02x}");
    out.put(": ");
    switch (type) {
    case 1: put_string_nul_padded(ctx, c, t, tlen); break;
    case 54:
        for (size_t i = 0; i < tlen && !ctx.truncated; ++i) {
            const uint8_t b = c.u8(t + i);
            if (!ctx.truncated) out.f("{:02x}", b);
        }
        if (tlen != 16) out.put(", (invalid subTLV) ");
        out.put(" (unchecked)");  // no secret to check the HMAC with (tcpdump -M)
        break;
    case 3:
        if (tlen < 2) return TlvEnd::Next;
        out.f("{}, password: ", c.be16(t));
        for (size_t i = 2; i < tlen && !ctx.truncated; ++i) {
            const uint8_t b = c.u8(t + i);
            if (!ctx.truncated) out.f("{:02x}", b);
        }
        break;
    default:
        if (!unknown_data(ctx, c, t, "\n\t\t  ", tlen)) return TlvEnd::Fail;
        break;
    }
    return TlvEnd::Next;
}

TlvEnd ptp_adj(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    if (tlen >= 1) {
        const uint8_t st = c.u8(t);
        if (ctx.truncated) return TlvEnd::Next;
        out.put("\n\t      Adjacency State: ");
        put_tok(ctx, kPtpAdjStates, st, "unknown");
        out.f(" ({})", st);
        tlen--;
    }
    if (tlen > 4) {
        out.f("\n\t      Extended Local circuit-ID: 0x{:08x}", c.be32(t + 1));
        tlen -= 4;
    }
    if (tlen >= kSysIdLen) {
        if (!c.has(t + 5, kSysIdLen)) return TlvEnd::Trunc;
        out.put("\n\t      Neighbor System-ID: ");
        put_id(ctx, c, t + 5, kSysIdLen);
        tlen -= kSysIdLen;
    }
    if (tlen >= 4) out.f("\n\t      Neighbor Extended Local circuit-ID: 0x{:08x}", c.be32(t + 11));
    return TlvEnd::Next;
}

TlvEnd srlg(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    if (tlen < kNodeIdLen) return TlvEnd::Next;
    if (!c.has(t, kNodeIdLen)) return TlvEnd::Trunc;
    out.put("\n\t      IS Neighbor: ");
    put_id(ctx, c, t, kNodeIdLen);
    t += kNodeIdLen;
    tlen -= kNodeIdLen;
    if (tlen < 1) return TlvEnd::Next;
    const uint8_t fl = c.u8(t);
    if (ctx.truncated) return TlvEnd::Next;
    out.put((fl & 1) ? ", Flags: [numbered]" : ", Flags: [unnumbered]");
    t++;
    tlen--;
    if (tlen < 4) return TlvEnd::Next;
    if (!c.need(t, 4)) return TlvEnd::Next;
    out.put("\n\t      IPv4 interface address: ");
    put_ip4_at(ctx, c, t);
    t += 4;
    tlen -= 4;
    if (tlen < 4) return TlvEnd::Next;
    if (!c.need(t, 4)) return TlvEnd::Next;
    out.put("\n\t      IPv4 neighbor address: ");
    put_ip4_at(ctx, c, t);
    t += 4;
    tlen -= 4;
    while (tlen != 0 && !ctx.truncated) {
        if (tlen < 4) return TlvEnd::Next;
        out.f("\n\t      Link-ID: 0x{:08x}", c.be32(t));
        t += 4;
        tlen -= 4;
    }
    return TlvEnd::Next;
}

TlvEnd poi(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    if (tlen < 1) return TlvEnd::Next;
    const uint8_t n = c.u8(t);
    t++;
    tlen--;
    if (n == 0) {
        out.put(" No system IDs supplied");
        return TlvEnd::Next;
    }
    if (tlen < kSysIdLen) return TlvEnd::Next;
    if (!c.has(t, kSysIdLen)) return TlvEnd::Trunc;
    out.put("\n\t      Purge Originator System-ID: ");
    put_id(ctx, c, t, kSysIdLen);
    t += kSysIdLen;
    tlen -= kSysIdLen;
    if (n > 1) {
        if (tlen < kSysIdLen) return TlvEnd::Next;
        if (!c.has(t, 2 * kSysIdLen + 1)) return TlvEnd::Trunc;
        out.put("\n\t      Received from System-ID: ");
        put_id(ctx, c, t, kSysIdLen);
    }
    return TlvEnd::Next;
}

TlvEnd restart(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    if (tlen < 1) return TlvEnd::Next;
    if (!c.has(t, 1)) return TlvEnd::Trunc;
    out.put("\n\t      Flags [");
    put_bits(ctx, kRestartFlags, c.u8(t), ", ");
    out.put(']');
    t++;
    tlen--;
    if (tlen < 2) return TlvEnd::Next;
    if (!c.has(t, 2)) return TlvEnd::Trunc;
    out.f(", Remaining holding time {}s", c.be16(t));
    t += 2;
    tlen -= 2;
    if (tlen == kSysIdLen) {
        if (!c.has(t, kSysIdLen)) return TlvEnd::Trunc;
        out.put(", for ");
        put_id(ctx, c, t, kSysIdLen);
    }
    return TlvEnd::Next;
}

TlvEnd prefix_neigh(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    if (tlen < 4) return TlvEnd::Next;
    if (!c.has(t, 4)) return TlvEnd::Trunc;
    out.put("\n\t      Metric Block");
    metric_block(ctx, c, t);
    t += 4;
    tlen -= 4;
    while (tlen != 0 && !ctx.truncated) {
        const uint8_t plen = c.u8(t);
        t++;
        tlen--;
        if (plen < 2) {
            out.f("\n\t\tAddress: prefix length {} < 2", plen);
            break;
        }
        if (tlen < plen / 2) break;
        if (!c.need(t, plen / 2)) break;
        out.put("\n\t\tAddress: ");
        put_nsap(ctx, c, t, plen / 2);
        out.f("/{}", plen * 4);
        t += plen / 2;
        tlen = static_cast<uint8_t>(tlen - plen / 2);
    }
    return TlvEnd::Next;
}

TlvEnd lsp_entries(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    while (tlen != 0 && !ctx.truncated) {
        if (tlen < 16) return TlvEnd::Next;
        if (!c.has(t + 9, 1)) return TlvEnd::Trunc;
        out.put("\n\t      lsp-id: ");
        put_id(ctx, c, t + 2, kLspIdLen);
        out.f(", seq: 0x{:08x}", c.be32(t + 10));
        out.f(", lifetime: {:5}s", c.be16(t));
        out.f(", chksum: 0x{:04x}", c.be16(t + 14));
        tlen -= 16;
        t += 16;
    }
    return TlvEnd::Next;
}

}  // namespace

TlvEnd isis_tlv(Ctx& ctx, const Cursor& c, size_t t, uint8_t type, uint8_t tlen, uint32_t pdu_len) {
    OutBuf& out = ctx.out;
    const size_t start = t;
    const uint8_t len = tlen;
    switch (type) {
    case 1:
        while (tlen != 0 && !ctx.truncated) {
            const uint8_t alen = c.u8(t);
            t++;
            tlen--;
            if (tlen < alen) break;
            if (!c.need(t, alen)) break;
            out.f("\n\t      Area address (length: {}): ", alen);
            put_nsap(ctx, c, t, alen);
            t += alen;
            tlen = static_cast<uint8_t>(tlen - alen);
        }
        break;
    case 6:
        while (tlen != 0 && !ctx.truncated) {
            if (tlen < 6) break;
            if (!c.has(t, 6)) return TlvEnd::Trunc;
            out.put("\n\t      SNPA: ");
            put_id(ctx, c, t, 6);
            tlen -= 6;
            t += 6;
        }
        break;
    case 7: {
        if (tlen < 4) break;
        const uint32_t n = (tlen - 2u) / 2u;
        out.f("\n\t      Instance ID: {}, ITIDs({}){} ", c.be16(t), n, n ? ":" : "");
        t += 2;
        for (uint32_t i = 0; i < n && !ctx.truncated; ++i) {
            const uint16_t v = c.be16(t);
            if (ctx.truncated) break;
            out.f("{}", v);
            if (i < n - 1) out.put(", ");
            t += 2;
        }
        break;
    }
    case 8: break;
    case 222: {
        const size_t m = mtid(ctx, c, t, kIndent, tlen);
        if (m == 0) return TlvEnd::Trunc;
        return entries(ctx, t + m, static_cast<uint8_t>(tlen - m), [&](size_t o, uint8_t left) {
            return ext_is_reach(ctx, c, o, kIndent, type, left);
        });
    }
    case 24:
    case 22:
        return entries(ctx, t, tlen, [&](size_t o, uint8_t left) {
            return ext_is_reach(ctx, c, o, kIndent, type, left);
        });
    case 2: {
        if (tlen < 1) break;
        const uint8_t virt = c.u8(t);
        if (ctx.truncated) break;
        out.put(kIndent);
        put_tok(ctx, kVirtual, virt, "bogus virtual flag 0x{:02x}");
        t++;
        tlen--;
        while (tlen != 0 && !ctx.truncated) {
            if (tlen < 11) break;
            if (!c.has(t, 11)) return TlvEnd::Trunc;
            out.put("\n\t      IS Neighbor: ");
            put_id(ctx, c, t + 4, kNodeIdLen);
            metric_block(ctx, c, t);
            tlen -= 11;
            t += 11;
        }
        break;
    }
    case 3:
        while (tlen != 0 && !ctx.truncated) {
            if (tlen < 10) break;
            if (!c.has(t, 10)) return TlvEnd::Trunc;
            out.put("\n\t      ES Neighbor: ");
            put_id(ctx, c, t + 4, kSysIdLen);
            metric_block(ctx, c, t);
            tlen -= 10;
            t += 10;
        }
        break;
    case 128:
    case 130:
        if (!ip_reach(ctx, c, t, kIndent, len)) return TlvEnd::Done;
        break;
    case 135:
    case 236:
        return entries(ctx, t, tlen,
                       [&](size_t o, uint8_t) { return extd_ip_reach(ctx, c, o, kIndent, type == 236); });
    case 235:
    case 237: {
        const size_t m = mtid(ctx, c, t, kIndent, tlen);
        if (m == 0) return TlvEnd::Trunc;
        return entries(ctx, t + m, static_cast<uint8_t>(tlen - m),
                       [&](size_t o, uint8_t) { return extd_ip_reach(ctx, c, o, kIndent, type == 237); });
    }
    case 232:
        while (tlen != 0 && !ctx.truncated) {
            if (tlen < 16) break;
            if (!c.need(t, 16)) break;
            out.put("\n\t      IPv6 interface address: ");
            put_ip6_at(ctx, c, t);
            t += 16;
            tlen -= 16;
        }
        break;
    case 10: return auth(ctx, c, t, tlen);
    case 240: return ptp_adj(ctx, c, t, tlen);
    case 129:
        out.put("\n\t      NLPID(s): ");
        while (tlen != 0 && !ctx.truncated) {
            const uint8_t id = c.u8(t);
            if (ctx.truncated) break;
            put_tok(ctx, kNlpids, id, "unknown");
            out.f(" (0x{:02x})", id);
            if (tlen > 1) out.put(", ");
            t++;
            tlen--;
        }
        break;
    case 143: {
        if (tlen < 2) break;
        const uint16_t v = c.be16(t);
        out.f("\n\t       RES: {}, MTID(s): {}", v >> 12, v & 0x0fff);
        if (tlen > 2) mt_port_cap_subtlvs(ctx, c, t + 2, tlen - 2u);
        break;
    }
    case 144: {
        if (tlen < 2) break;
        const uint16_t v = c.be16(t);
        out.f("\n\t      O: {}, RES: {}, MTID(s): {}", (v >> 15) & 1, (v >> 12) & 7, v & 0x0fff);
        if (tlen > 2) mt_capability_subtlvs(ctx, c, t + 2, tlen - 2u);
        break;
    }
    case 134:
        if (tlen < 4) break;
        if (!c.need(t, 4)) break;
        out.put("\n\t      Traffic Engineering Router ID: ");
        put_ip4_at(ctx, c, t);
        break;
    case 132:
        while (tlen != 0 && !ctx.truncated) {
            if (tlen < 4) break;
            if (!c.need(t, 4)) break;
            out.put("\n\t      IPv4 interface address: ");
            put_ip4_at(ctx, c, t);
            t += 4;
            tlen -= 4;
        }
        break;
    case 137:
        out.put("\n\t      Hostname: ");
        put_string_nul_padded(ctx, c, t, tlen);
        break;
    case 138: return srlg(ctx, c, t, tlen);
    case 9: return lsp_entries(ctx, c, t, tlen);
    case 12:
        if (tlen < 2) break;
        if (!c.has(t, 2)) return TlvEnd::Trunc;
        out.f("\n\t      checksum: 0x{:04x} ", c.be16(t));
        put_cksum(ctx, c, c.be16(t), t, pdu_len);
        break;
    case 13: return poi(ctx, c, t, tlen);
    case 229:
        while (tlen != 0 && !ctx.truncated) {
            if (tlen == 1) {
                out.put("\n\t      invalid MT-ID");
                break;
            }
            const size_t m = mtid(ctx, c, t, kIndent, tlen);
            if (m == 0) return TlvEnd::Trunc;
            t += m;
            tlen = static_cast<uint8_t>(tlen - m);
        }
        break;
    case 211: return restart(ctx, c, t, tlen);
    case 131: {
        if (tlen < 1) break;
        const uint8_t idrp = c.u8(t);
        if (ctx.truncated) break;
        out.put("\n\t      Inter-Domain Information Type: ");
        put_tok(ctx, kIdrpTypes, idrp, "Unknown (0x{:02x})");
        t++;
        tlen--;
        if (idrp == 2) {
            if (tlen < 2) break;
            out.f("AS Number: {}", c.be16(t));
        } else if (!unknown_data(ctx, c, t, kIndent, tlen)) {
            return TlvEnd::Fail;
        }
        break;
    }
    case 14:
        if (tlen < 2) break;
        out.f("\n\t      LSP Buffersize: {}", c.be16(t));
        break;
    case 4:
        while (tlen != 0 && !ctx.truncated) {
            if (tlen < kSysIdLen) break;
            if (!c.has(t, kSysIdLen)) return TlvEnd::Trunc;
            out.put(kIndent);
            put_id(ctx, c, t, kSysIdLen);
            t += kSysIdLen;
            tlen = static_cast<uint8_t>(tlen - kSysIdLen);
        }
        break;
    case 5: return prefix_neigh(ctx, c, t, tlen);
    case 241:
        if (tlen < 4) break;
        out.f("\n\t      Sequence number: {}", c.be32(t));
        break;
    case 242: {
        if (tlen < 5) {
            out.f(" [object length {} < 5]", tlen);
            ctx.print_invalid();
            break;
        }
        if (!c.need(t, 4)) break;
        out.put("\n\t      Router-ID ");
        put_ip4_at(ctx, c, t);
        const uint8_t fl = c.u8(t + 4);
        if (ctx.truncated) break;
        out.put(", Flags [");
        put_bits(ctx, kRouterCapFlags, fl, ", ");
        out.put(']');
        if (tlen > 5) router_cap_subtlvs(ctx, c, t + 5, static_cast<uint8_t>(tlen - 5));
        break;
    }
    case 250: {
        if (tlen < 3) break;
        const uint32_t vendor = c.be24(t);
        const char* name = oui_name(vendor);
        out.f("\n\t      Vendor: {} ({})", name ? name : "Unknown", vendor);
        t += 3;
        tlen -= 3;
        if (tlen != 0 && !unknown_data(ctx, c, t, "\n\t\t", tlen)) return TlvEnd::Fail;
        break;
    }
    default:
        if (ctx.opt.vflag <= 1 && !unknown_data(ctx, c, start, "\n\t\t", len)) return TlvEnd::Fail;
        break;
    }
    return TlvEnd::Next;
}

}  // namespace rd::osi
