// PIM version 2 (RFC 7761, 5015 bidir, 5059 bootstrap), carried directly in IP
// protocol 103. Version 1 rides in IGMP and lives in pimv1.cpp.
#include "checksum.hpp"
#include "protos.hpp"
#include "relts.hpp"

namespace rd {

namespace {

constexpr Tok kTypes[] = {
    {0, "Hello"},         {1, "Register"},  {2, "Register Stop"},
    {3, "Join / Prune"},  {4, "Bootstrap"}, {5, "Assert"},
    {6, "Graft"},         {7, "Graft Acknowledgement"},
    {8, "Candidate RP Advertisement"},      {9, "Prune Refresh"},
    {10, "DF Election"},  {11, "ECMP Redirect"},
};

constexpr Tok kHelloOptions[] = {
    {1, "Hold Time"},
    {2, "LAN Prune Delay"},
    {18, "DR Priority (Old)"},
    {19, "DR Priority"},
    {20, "Generation ID"},
    {21, "State Refresh Capability"},
    {22, "Bi-Directional Capability"},
    {24, "Address List"},
    {65001, "Address List (Old)"},
};

constexpr Tok kRegisterFlags[] = {{0x80000000u, "Border"}, {0x40000000u, "Null"}};

constexpr Tok kDfSubtypes[] = {{1, "Offer"}, {2, "Winner"}, {3, "Backoff"}, {4, "Pass"}};

enum class AddrKind { unicast, group, source };

// An encoded address (RFC 7761 4.9) at off, at most len bytes long. addr_len != 0 is the
// RFC 2117 header-given length (no family/encoding bytes). Returns the bytes used, or -1
// when it cannot be shown (unknown family, cut short): the caller then stops.
int enc_addr(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, AddrKind kind, unsigned addr_len) {
    bool v6;
    uint32_t hdr = 0;
    if (addr_len == 0) {
        if (len < 2) return -1;
        const uint8_t family = c.u8(off);
        if (family == 1) {
            v6 = false;
            addr_len = 4;
        } else if (family == 2) {
            v6 = true;
            addr_len = 16;
        } else {
            return -1;
        }
        if (c.u8(off + 1) != 0) return -1;
        hdr = 2;
    } else if (addr_len == 4 || addr_len == 16) {
        v6 = addr_len == 16;
    } else {
        return -1;
    }
    off += hdr;
    len -= hdr;
    if (kind == AddrKind::unicast) {
        if (len < addr_len || !c.has(off, addr_len)) return -1;
        if (v6) put_ip6_at(ctx, c, off); else put_ip4_at(ctx, c, off);
        return static_cast<int>(hdr + addr_len);
    }
    if (len < addr_len + 2 || !c.has(off, addr_len + 2)) return -1;
    const uint8_t flags = c.u8(off);
    const uint8_t mlen = c.u8(off + 1);
    if (v6) put_ip6_at(ctx, c, off + 2); else put_ip4_at(ctx, c, off + 2);
    if (mlen != (v6 ? 128 : 32)) ctx.out.f("/{}", mlen);
    if (flags != 0) {
        if (kind == AddrKind::group) {
            ctx.out.f("(0x{:02x})", flags);
        } else {
            ctx.out.f("({}{}{}", (flags & 4) ? "S" : "", (flags & 2) ? "W" : "", (flags & 1) ? "R" : "");
            if (flags & 0xf8) ctx.out.f("+0x{:02x}", flags & 0xf8);
            ctx.out.put(')');
        }
    }
    return static_cast<int>(hdr + 2 + addr_len);
}

// The message as a cursor walk: pos/len advance together over the body.
struct Walk {
    Ctx& ctx;
    const Cursor& c;
    size_t pos;
    uint32_t len;
    unsigned addr_len;

    // Prints an address and advances; false means "stop, truncated".
    bool addr(AddrKind kind) {
        const int n = enc_addr(ctx, c, pos, len, kind, addr_len);
        if (n < 0) return false;
        pos += static_cast<size_t>(n);
        len -= static_cast<uint32_t>(n);
        return true;
    }
    void advance(uint32_t n) {
        pos += n;
        len -= n;
    }
};

enum class Cksum { correct, incorrect, unverified };

Cksum check_cksum(const Cursor& c, uint32_t len, const IpInfo& ip) {
    if (!c.has(0, len)) return Cksum::unverified;
    const auto data = c.bytes(0, len);
    uint16_t sum;
    if (ip.version == 4) sum = in_cksum(data);
    else if (ip.version == 6) sum = ip_pseudo_cksum(ip, 103, len, data);
    else return Cksum::unverified;
    return sum == 0 ? Cksum::correct : Cksum::incorrect;
}

// Returns false when the message was cut short (the caller prints the marker).
bool hello_print(Walk& w) {
    Ctx& ctx = w.ctx;
    const Cursor& c = w.c;
    while (w.len > 0) {
        if (w.len < 4) return false;
        const uint16_t otype = c.be16(w.pos);
        const uint16_t olen = c.be16(w.pos + 2);
        if (ctx.truncated) return true;
        ctx.out.put("\n\t  ");
        put_tok(ctx, kHelloOptions, otype, "Unknown");
        ctx.out.f(" Option ({}), length {}, Value: ", otype, olen);
        w.advance(4);
        if (w.len < olen || !c.has(w.pos, olen)) return false;
        const size_t p = w.pos;
        auto bad_len = [&](unsigned want) {
            ctx.out.f("[option length {} != {}]", olen, want);
            ctx.print_invalid();
        };
        switch (otype) {
        case 1:
            if (olen != 2) { bad_len(2); return true; }
            put_relts(ctx, c.be16(p));
            break;
        case 2:
            if (olen != 4) { bad_len(4); return true; }
            {
                const uint16_t delay = c.be16(p);
                ctx.out.f("\n\t    T-bit={}, LAN delay {}ms, Override interval {}ms", delay >> 15,
                          delay & 0x7fff, c.be16(p + 2));
            }
            break;
        case 18:
        case 19:
            if (olen == 0) ctx.out.put("Bi-Directional Capability (Old)");
            else if (olen == 4) ctx.out.dec(c.be32(p));
            else { bad_len(4); return true; }
            break;
        case 20:
            if (olen != 4) { bad_len(4); return true; }
            ctx.out.f("0x{:08x}", c.be32(p));
            break;
        case 21:
            if (olen != 4) { bad_len(4); return true; }
            ctx.out.f("v{}", c.u8(p));
            if (c.u8(p + 1) != 0) {
                ctx.out.put(", interval ");
                put_relts(ctx, c.u8(p + 1));
            }
            if (c.be16(p + 2) != 0) ctx.out.f(" ?0x{:04x}?", c.be16(p + 2));
            break;
        case 22:
            break;
        case 24:
        case 65001:
            if (ctx.opt.vflag > 1) {
                // Each address may run past the option: tcpdump bounds it by the message.
                size_t q = p;
                uint32_t qlen = w.len;
                while (q < p + olen) {
                    ctx.out.put("\n\t    ");
                    const int n = enc_addr(ctx, c, q, qlen, AddrKind::unicast, w.addr_len);
                    if (n < 0) return false;
                    q += static_cast<size_t>(n);
                    qlen -= static_cast<uint32_t>(n);
                }
            }
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t    ", olen);
            break;
        }
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p, "\n\t    ", olen);
        w.advance(olen);
    }
    return true;
}

bool register_print(Walk& w) {
    Ctx& ctx = w.ctx;
    const Cursor& c = w.c;
    if (w.len < 4 || !c.has(w.pos, 4)) return false;
    ctx.out.put(", Flags [ ");
    put_tok(ctx, kRegisterFlags, c.be32(w.pos), "none");
    ctx.out.put(" ]\n\t");
    w.advance(4);
    if (w.len == 0) return false;
    const uint8_t ver = c.u8(w.pos) >> 4;
    if (ctx.truncated) return true;
    switch (ver) {
    case 0:
        // Both addresses are fetched before anything is printed.
        if (!c.need(w.pos + 12, 8)) return true;
        ctx.out.put("IP-Null-header ");
        put_ip4_at(ctx, c, w.pos + 12);
        ctx.out.put(" > ");
        put_ip4_at(ctx, c, w.pos + 16);
        break;
    case 4:
        ip_print(ctx, c.skip(w.pos), w.len);
        break;
    case 6:
        ip6_print(ctx, c.skip(w.pos), w.len);
        break;
    default:
        ctx.out.f("IP ver {}", ver);
        break;
    }
    return true;
}

bool join_prune_print(Walk& w, uint8_t type) {
    Ctx& ctx = w.ctx;
    const Cursor& c = w.c;
    const bool graft_ack = type == 7;
    if (!graft_ack) {
        ctx.out.put(", upstream-neighbor: ");
        if (!w.addr(AddrKind::unicast)) return false;
    }
    if (w.len < 4 || !c.has(w.pos, 4)) return false;
    const uint8_t ngroup = c.u8(w.pos + 1);
    const uint16_t hold = c.be16(w.pos + 2);
    ctx.out.f("\n\t  {} group(s)", ngroup);
    if (!graft_ack) {
        ctx.out.put(", holdtime: ");
        if (hold == 0xffff) ctx.out.put("infinite");
        else put_relts(ctx, hold);
    }
    w.advance(4);
    for (unsigned i = 0; i < ngroup; ++i) {
        ctx.out.f("\n\t    group #{}: ", i + 1);
        if (!w.addr(AddrKind::group)) return false;
        if (w.len < 4 || !c.has(w.pos, 4)) return false;
        const uint16_t njoin = c.be16(w.pos);
        const uint16_t nprune = c.be16(w.pos + 2);
        ctx.out.f(", joined sources: {}, pruned sources: {}", njoin, nprune);
        w.advance(4);
        for (unsigned j = 0; j < njoin; ++j) {
            ctx.out.f("\n\t      joined source #{}: ", j + 1);
            if (!w.addr(AddrKind::source)) return false;
        }
        for (unsigned j = 0; j < nprune; ++j) {
            ctx.out.f("\n\t      pruned source #{}: ", j + 1);
            if (!w.addr(AddrKind::source)) return false;
        }
    }
    return true;
}

bool bootstrap_print(Walk& w) {
    Ctx& ctx = w.ctx;
    const Cursor& c = w.c;
    if (w.len < 2) return false;
    ctx.out.f(" tag={:x}", c.be16(w.pos));
    w.advance(2);
    if (w.len < 1) return false;
    ctx.out.f(" hashmlen={}", c.u8(w.pos));
    if (w.len < 2 || !c.has(w.pos + 2, 1)) return false;
    ctx.out.f(" BSRprio={}", c.u8(w.pos + 1));
    w.advance(2);
    ctx.out.put(" BSR=");
    if (!w.addr(AddrKind::unicast)) return false;
    for (unsigned i = 0; w.len > 0 && !ctx.truncated; ++i) {
        ctx.out.f(" (group{}: ", i);
        if (!w.addr(AddrKind::group)) return false;
        if (w.len < 1) return false;
        ctx.out.f(" RPcnt={}", c.u8(w.pos));
        if (w.len < 2) return false;
        const uint8_t frpcnt = c.u8(w.pos + 1);
        ctx.out.f(" FRPcnt={}", frpcnt);
        if (w.len < 4) return false;
        w.advance(4);
        for (unsigned j = 0; j < frpcnt && w.len > 0; ++j) {
            ctx.out.f(" RP{}=", j);
            if (!w.addr(AddrKind::unicast)) return false;
            if (w.len < 2) return false;
            ctx.out.put(",holdtime=");
            put_relts(ctx, c.be16(w.pos));
            if (w.len < 3) return false;
            ctx.out.f(",prio={}", c.u8(w.pos + 2));
            if (w.len < 4) return false;
            w.advance(4);
        }
        ctx.out.put(')');
    }
    return true;
}

bool assert_print(Walk& w) {
    Ctx& ctx = w.ctx;
    const Cursor& c = w.c;
    ctx.out.put(" group=");
    if (!w.addr(AddrKind::group)) return false;
    ctx.out.put(" src=");
    if (!w.addr(AddrKind::unicast)) return false;
    if (w.len < 8 || !c.has(w.pos, 8)) return false;
    if (c.u8(w.pos) & 0x80) ctx.out.put(" RPT");
    ctx.out.f(" pref={} metric={}", c.be32(w.pos) & 0x7fffffff, c.be32(w.pos + 4));
    return true;
}

bool candidate_rp_print(Walk& w) {
    Ctx& ctx = w.ctx;
    const Cursor& c = w.c;
    if (w.len < 1) return false;
    const uint8_t pfxcnt = c.u8(w.pos);
    ctx.out.f(" prefix-cnt={}", pfxcnt);
    if (w.len < 2) return false;
    ctx.out.f(" prio={}", c.u8(w.pos + 1));
    if (w.len < 4) return false;
    ctx.out.put(" holdtime=");
    put_relts(ctx, c.be16(w.pos + 2));
    w.advance(4);
    ctx.out.put(" RP=");
    if (!w.addr(AddrKind::unicast)) return false;
    for (unsigned i = 0; i < pfxcnt && w.len > 0; ++i) {
        ctx.out.f(" Group{}=", i);
        if (!w.addr(AddrKind::group)) return false;
    }
    return true;
}

bool prune_refresh_print(Walk& w) {
    Ctx& ctx = w.ctx;
    ctx.out.put(" src=");
    if (!w.addr(AddrKind::unicast)) return false;
    ctx.out.put(" grp=");
    if (!w.addr(AddrKind::group)) return false;
    ctx.out.put(" forwarder=");
    if (!w.addr(AddrKind::unicast)) return false;
    if (w.len < 2) return false;
    ctx.out.put(" TUNR ");
    put_relts(ctx, w.c.be16(w.pos));
    return true;
}

bool df_election_print(Walk& w, uint8_t subtype) {
    Ctx& ctx = w.ctx;
    const Cursor& c = w.c;
    ctx.out.put("\n\t  ");
    put_tok(ctx, kDfSubtypes, subtype, "Unknown");
    ctx.out.put(", rpa=");
    if (!w.addr(AddrKind::unicast)) return false;
    // The preference and metric are read without a length check (a cut packet is a
    // truncation of the whole capture).
    const uint32_t pref = c.be32(w.pos);
    ctx.out.f(" sender pref={}", pref);
    const uint32_t metric = c.be32(w.pos + 4);
    ctx.out.f(" sender metric={}", metric);
    w.pos += 8;
    w.len = w.len >= 8 ? w.len - 8 : 0;
    if (subtype == 3 || subtype == 4) {
        const char* who = subtype == 3 ? "offer" : "new winner";
        ctx.out.f("\n\t  {} addr=", who);
        if (!w.addr(AddrKind::unicast)) return false;
        const uint32_t p2 = c.be32(w.pos);
        ctx.out.f(" {} pref={}", who, p2);
        const uint32_t m2 = c.be32(w.pos + 4);
        ctx.out.f(" {} metric={}", who, m2);
        w.pos += 8;
        w.len = w.len >= 8 ? w.len - 8 : 0;
        if (subtype == 3) {
            const uint16_t interval = c.be16(w.pos);
            ctx.out.f(" interval {}ms", interval);
        }
    }
    return true;
}

void pimv2_body(Ctx& ctx, const Cursor& c, uint32_t len, const IpInfo& ip) {
    ctx.proto = "pimv2";
    if (len < 2) {
        ctx.out.f("[length {} < 2]", len);
        ctx.print_invalid();
        return;
    }
    const uint8_t type = c.u8(0) & 0x0f;
    const uint8_t rsv = c.u8(1);
    const unsigned addr_len = rsv & 0x0f;
    if (ctx.truncated) return;
    if (addr_len != 0) ctx.out.put(", RFC2117-encoding");
    if (len < 4) {
        ctx.out.f("[length {} < 4]", len);
        ctx.print_invalid();
        return;
    }
    const uint16_t cksum = c.be16(2);
    if (ctx.truncated) return;
    ctx.out.f(", cksum 0x{:04x} ", cksum);
    if (cksum == 0) {
        ctx.out.put("(unverified)");
    } else {
        Cksum st;
        if (type == 1) {
            // RFC 7761 covers only the Register header; accept a whole-message sum too.
            st = check_cksum(c, 8, ip);
            if (st == Cksum::incorrect) st = check_cksum(c, len, ip);
        } else {
            st = check_cksum(c, len, ip);
        }
        ctx.out.put(st == Cksum::correct ? "(correct)" : st == Cksum::incorrect ? "(incorrect)" : "(unverified)");
    }
    Walk w{ctx, c, 4, len - 4, addr_len};
    bool ok = true;
    switch (type) {
    case 0: ok = hello_print(w); break;
    case 1: ok = register_print(w); break;
    case 2:
        ctx.out.put(" group=");
        ok = w.addr(AddrKind::group);
        if (ok) {
            ctx.out.put(" source=");
            ok = w.addr(AddrKind::unicast);
        }
        break;
    case 3:
    case 6:
    case 7: ok = join_prune_print(w, type); break;
    case 4: ok = bootstrap_print(w); break;
    case 5: ok = assert_print(w); break;
    case 8: ok = candidate_rp_print(w); break;
    case 9: ok = prune_refresh_print(w); break;
    case 10: ok = df_election_print(w, rsv >> 4); break;
    default: ctx.out.f(" [type {}]", type); break;
    }
    if (!ok) ctx.print_trunc();
}

}  // namespace

void pim_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    ctx.proto = "pim";
    const uint8_t typever = c.u8(0);
    if (ctx.truncated) return;
    const unsigned ver = typever >> 4;
    if (ver != 2) {
        ctx.out.f("PIMv{}, length {}", ver, length);
        return;
    }
    const uint8_t type = typever & 0x0f;
    if (ctx.opt.vflag == 0) {
        ctx.out.put("PIMv2, ");
        put_tok(ctx, kTypes, type, "Unknown Type");
        ctx.out.f(", length {}", length);
        return;
    }
    ctx.out.f("PIMv2, length {}\n\t", length);
    put_tok(ctx, kTypes, type, "Unknown Type");
    pimv2_body(ctx, c, length, ip);
}

}  // namespace rd
