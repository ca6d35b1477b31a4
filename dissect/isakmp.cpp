// ISAKMP / IKE (RFC 2408, 2409, 7296) on UDP 500 (and 4500 with the RFC 3948 non-ESP
// marker): the header, the payload chain walkers shared by IKEv1 and IKEv2, and the data
// attributes. IKEv1 payloads are in isakmp_v1.cpp, IKEv2 payloads in isakmp_v2.cpp.
#include <cstring>

#include "isakmp.hpp"
#include "isakmp_int.hpp"
#include "state.hpp"

namespace rd {

namespace ike {

namespace {

constexpr const char* kNpNames[] = {
    "none",  "sa",    "p",     "t",     "ke",     "id",    "cert",  "cr",    "hash",
    "sig",   "nonce", "n",     "d",     "vid",    "pay14", "pay15", "pay16", "pay17",
    "pay18", "pay19", "pay20", "pay21", "pay22",  "pay23", "pay24", "pay25", "pay26",
    "pay27", "pay28", "pay29", "pay30", "pay31",  "pay32", "v2sa",  "v2ke",  "v2IDi",
    "v2IDr", "v2cert", "v2cr", "v2auth", "v2nonce", "v2n", "v2d",   "v2vid", "v2TSi",
    "v2TSr", "v2e",   "v2cp",  "v2eap",
};

constexpr const char* kExchTypes[] = {
    "none", "base", "ident", "auth", "agg", "inf", nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr,
    "oakley-quick", "oakley-newgroup", "ikev2_init", "ikev2_auth", "child_sa", "inf2",
};

void trunc_mark(Ctx& ctx, unsigned np) {
    ctx.out.put(" [|");
    put_np(ctx, np);
    ctx.out.put(']');
}

}  // namespace

void put_np(Ctx& ctx, unsigned np) { put_str_or_id(ctx, kNpNames, np); }

void put_str_or_id(Ctx& ctx, std::span<const char* const> tab, unsigned x) {
    if (x < tab.size() && tab[x] != nullptr)
        ctx.out.put(tab[x]);
    else
        ctx.out.f("#{}", x);
}

void put_indent(Ctx& ctx, int depth) {
    ctx.out.put('\n');
    for (int i = 0; i < depth; ++i) ctx.out.put("    ");
}

bool rawprint(const Msg& m, int64_t off, int64_t len) {
    if (off < 0 || len < 0 || !m.c.has(static_cast<size_t>(off), static_cast<size_t>(len))) return false;
    for (int64_t i = 0; i < len; ++i) m.ctx.out.hex(m.c.u8(static_cast<size_t>(off + i)), 2);
    return true;
}

bool show_somedata(const Msg& m, int64_t cp, int64_t end) {
    int64_t tail = end - 20;
    int64_t elen = 20;
    int64_t len = end - cp;
    if (len > 10) len = 10;
    if (tail < cp + len) {
        tail = cp + len;
        elen = end - tail;
    }
    m.ctx.out.put(" data=(");
    if (!rawprint(m, cp, len)) return false;
    m.ctx.out.put("...");
    if (elen && !rawprint(m, tail, elen)) return false;
    m.ctx.out.put(')');
    return true;
}

int64_t attr_print(const Msg& m, int64_t p, int64_t ep2, const AttrMap* map, size_t nmap) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    const uint8_t first = c.u8(p);
    if (ctx.truncated) return kStop;
    int64_t totlen = 4;
    if (!(first & 0x80)) {
        totlen = 4 + c.be16(p + 2);
        if (ctx.truncated) return kStop;
    }
    if (ep2 < p + totlen) {
        ctx.out.put("[|attr]");
        return ep2 + 1;
    }
    ctx.out.put('(');
    const unsigned t = c.be16(p) & 0x7fff;
    if (map && t < nmap && map[t].type)
        ctx.out.f("type={} ", map[t].type);
    else
        ctx.out.f("type=#{} ", t);
    if (first & 0x80) {
        ctx.out.put("value=");
        const unsigned v = c.be16(p + 2);
        if (map && t < nmap && v < map[t].nvalue && map[t].value[v]) {
            ctx.out.put(map[t].value[v]);
        } else if (!rawprint(m, p + 2, 2)) {
            ctx.out.put(')');
            return kStop;
        }
    } else {
        ctx.out.f("len={} value=", totlen - 4);
        if (!rawprint(m, p + 4, totlen - 4)) {
            ctx.out.put(')');
            return kStop;
        }
    }
    ctx.out.put(')');
    return p + totlen;
}

// One payload of a chain (tcpdump's ike_sub0_print / ikev2_sub0_print).
static int64_t sub0_print(const Msg& m, unsigned np, int64_t ext, uint32_t phase, uint32_t doi,
                          uint32_t proto, int depth, bool v2) {
    Ctx& ctx = m.ctx;
    if (!m.c.has(ext, 4)) {
        ctx.print_trunc();
        return kStop;
    }
    const uint32_t item_len = m.c.be16(ext + 2);
    if (item_len <= 4) return kStop;
    int64_t result = kStop;
    if (v2 && np == 46) return v2_encrypted_print(m, ext, item_len);
    if (v1_payload(m, np, ext, item_len, phase, doi, proto, depth, result)) return result;
    if (v2_payload(m, np, ext, item_len, depth, result)) return result;
    put_np(ctx, np);
    return ext + item_len;
}

int64_t sub_print(const Msg& m, unsigned np, int64_t ext, uint32_t phase, uint32_t doi,
                  uint32_t proto, int depth, bool v2) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    int64_t cp = ext;
    while (np) {
        if (ctx.truncated) return kStop;
        if (ext < 0 || !c.has(ext, 4) || !c.has(ext, c.be16(ext + 2))) {
            trunc_mark(ctx, np);
            return kStop;
        }
        put_indent(ctx, depth + 1);
        ctx.out.put('(');
        cp = sub0_print(m, np, ext, phase, doi, proto, depth + 1, v2);
        ctx.out.put(')');
        if (cp == kStop) return kStop;
        np = c.u8(ext);
        ext = cp;
    }
    return cp;
}

}  // namespace ike

namespace {

using ike::Msg;

bool ip_src_is(const IpInfo& ip, const uint8_t* addr, uint8_t version) {
    if (version != ip.version) return false;
    return std::memcmp(ip.src.data(), addr, ip.src.size()) == 0;
}

// I or R from the cookies of earlier packets (tcpdump's cookie cache).
void put_side(Ctx& ctx, const Cursor& c, const IpInfo* ip) {
    IsakmpCookieCache& cache = ctx.state().isakmp_cookies;
    const auto ick = c.bytes(0, 8);
    const auto rck = c.bytes(8, 8);
    int found = -1;
    for (size_t i = 0; i < cache.entries.size(); ++i) {
        if (std::memcmp(cache.entries[i].initiator, ick.data(), 8) == 0) {
            found = static_cast<int>(i);
            break;
        }
    }
    if (found < 0) {
        bool zero = true;
        for (uint8_t b : rck) zero = zero && b == 0;
        if (!zero) {
            ctx.out.put(" ?");
            return;
        }
        ctx.out.put(" I");
        if (ip == nullptr || (ip->version != 4 && ip->version != 6)) return;
        IsakmpCookieEntry& e = cache.entries[cache.next];
        e.version = static_cast<uint8_t>(ip->version);
        std::memcpy(e.iaddr, ip->src.data(), ip->src.size());
        std::memcpy(e.raddr, ip->dst.data(), ip->dst.size());
        std::memcpy(e.initiator, ick.data(), 8);
        cache.next = (cache.next + 1) % cache.entries.size();
        return;
    }
    const IsakmpCookieEntry& e = cache.entries[static_cast<size_t>(found)];
    if (ip && ip_src_is(*ip, e.iaddr, e.version))
        ctx.out.put(" I");
    else if (ip && ip_src_is(*ip, e.raddr, e.version))
        ctx.out.put(" R");
    else
        ctx.out.put(" ?");
}

void len_mismatch(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (!ctx.opt.vflag) return;
    const uint32_t len = c.be32(24);
    if (len != length) ctx.out.f(" (len mismatch: isakmp {}/ip {})", len, length);
}

void v1_print(Ctx& ctx, const Cursor& c, uint32_t length, const IpInfo* ip) {
    const Msg m{ctx, c, static_cast<int64_t>(c.size()), ip};
    const uint32_t phase = c.be32(20) == 0 ? 1 : 2;
    ctx.out.put(phase == 1 ? " phase 1" : " phase 2/others");
    put_side(ctx, c, ip);
    ctx.out.put(' ');
    ike::put_str_or_id(ctx, ike::kExchTypes, c.u8(18));
    const uint8_t flags = c.u8(19);
    if (flags) ctx.out.f("[{}{}]", (flags & 1) ? "E" : "", (flags & 2) ? "C" : "");
    if (ctx.opt.vflag) {
        ctx.out.put(':');
        const uint8_t np = c.u8(16);
        if (flags & 1) {
            ctx.out.put(" [encrypted ");
            ike::put_np(ctx, np);
            ctx.out.put(']');
        } else {
            ike::sub_print(m, np, 28, phase, 0, 0, 0, false);
        }
    }
    if (!ctx.truncated) len_mismatch(ctx, c, length);
}

void v2_print(Ctx& ctx, const Cursor& c, uint32_t length, const IpInfo* ip) {
    const Msg m{ctx, c, static_cast<int64_t>(c.size()), ip};
    const uint32_t phase = c.be32(20) == 0 ? 1 : 2;
    ctx.out.put(phase == 1 ? " parent_sa" : " child_sa ");
    ctx.out.put(' ');
    ike::put_str_or_id(ctx, ike::kExchTypes, c.u8(18));
    const uint8_t flags = c.u8(19);
    if (flags)
        ctx.out.f("[{}{}{}]", (flags & 0x08) ? "I" : "", (flags & 0x10) ? "V" : "", (flags & 0x20) ? "R" : "");
    if (ctx.opt.vflag) {
        ctx.out.put(':');
        const uint8_t np = c.u8(16);
        if (flags & 1) {
            ctx.out.put(" [encrypted ");
            ike::put_np(ctx, np);
            ctx.out.put(']');
        } else {
            ike::sub_print(m, np, 28, phase, 0, 0, 0, true);
        }
    }
    if (!ctx.truncated) len_mismatch(ctx, c, length);
}

}  // namespace

void isakmp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo* ip) {
    ctx.proto = "isakmp";
    if (c.size() < 28) {
        ctx.print_trunc();
        return;
    }
    ctx.out.put("isakmp");
    const uint8_t vers = c.u8(17);
    const unsigned major = vers >> 4, minor = vers & 0x0f;
    if (ctx.opt.vflag) ctx.out.f(" {}.{} msgid {:08x}", major, minor, c.be32(20));
    if (ctx.opt.vflag > 1) ctx.out.f(" cookie {:016x}->{:016x}", c.be64(0), c.be64(8));
    ctx.out.put(':');
    if (major == 1)
        v1_print(ctx, c, length, ip);
    else if (major == 2)
        v2_print(ctx, c, length, ip);
}

void isakmp_rfc3948_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    ctx.proto = "isakmp_rfc3948";
    if (length == 1 && c.u8(0) == 0xff) {
        ctx.out.put("isakmp-nat-keep-alive");
        return;
    }
    if (ctx.truncated) return;
    if (length < 4) {
        ctx.print_trunc();
        return;
    }
    const uint32_t marker = c.be32(0);
    if (ctx.truncated) return;
    if (marker == 0) {
        ctx.out.put("NONESP-encap: ");
        isakmp_print(ctx, c.skip(4), length - 4, &ip);
        return;
    }
    ctx.out.put("UDP-encap: ");
    esp_print(ctx, c, length, ip);
}

}  // namespace rd
