// IKEv2 payloads (RFC 7296) as tcpdump 4.99.3 prints them: SA/proposal/transform, KE,
// ID, CERT/CERTREQ, AUTH, nonce, notify, delete, vendor ID, TS, encrypted, CP, EAP.
#include "isakmp_int.hpp"

namespace rd::ike {

namespace {

constexpr const char* kProtoIds[] = {nullptr, "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp"};
constexpr const char* kTypes[] = {nullptr, "encr", "prf", "integ", "dh", "esn"};
constexpr const char* kEspIds[] = {nullptr, "1des-iv64", "1des", "3des", "rc5", "idea", "cast",
                                   "blowfish", "3idea", "1des-iv32", "rc4", "null", "aes"};
constexpr const char* kPrfIds[] = {nullptr, "hmac-md5", "hmac-sha", "hmac-tiger", "aes128_xcbc"};
constexpr const char* kIntegIds[] = {nullptr, "hmac-md5", "hmac-sha", "dec-mac", "kpdk-md5", "aes-xcbc"};
constexpr const char* kEsnIds[] = {"no-esn", "esn"};
constexpr const char* kDhIds[] = {
    nullptr, "modp768", "modp1024", "EC2N 2^155", "EC2N 2^185", "modp1536", "iana-grp06",
    "iana-grp07", "iana-grp08", "iana-grp09", "iana-grp10", "iana-grp11", "iana-grp12",
    "iana-grp13", "modp2048", "modp3072", "modp4096", "modp6144", "modp8192",
};
constexpr const char* kAuthMethods[] = {"invalid", "rsasig", "shared-secret", "dsssig"};

// Keylen is the only ENCR attribute with a name.
constexpr AttrMap kEncrMap[15] = {
    {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}},
    {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}},
    {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}},
    {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}},
    {nullptr, 0, {nullptr}}, {nullptr, 0, {nullptr}}, {"keylen", 14, {nullptr}},
};

struct NotifyName {
    uint16_t type;
    const char* name;
    bool showspi;
};
constexpr NotifyName kNotify[] = {
    {1, "unsupported_critical_payload", false},
    {4, "invalid_ike_spi", true},
    {5, "invalid_major_version", false},
    {7, "invalid_syntax", true},
    {9, "invalid_message_id", true},
    {11, "invalid_spi", true},
    {14, "no_protocol_chosen", true},
    {17, "invalid_ke_payload", true},
    {24, "authentication_failed", true},
    {34, "single_pair_required", true},
    {35, "no_additional_sas", false},
    {36, "internal_address_failure", false},
    {37, "failed:cp_required", false},
    {39, "invalid_selectors", false},
    {16384, "initial_contact", false},
    {16385, "set_window_size", false},
    {16386, "additional_ts_possible", false},
    {16387, "ipcomp_supported", false},
    {16388, "nat_detection_source_ip", true},
    {16389, "nat_detection_destination_ip", true},
    {16390, "cookie", true},
    {16391, "use_transport_mode", false},
    {16392, "http_cert_lookup_supported", false},
    {16393, "rekey_sa", true},
    {16394, "tfc_padding_not_supported", false},
    {16395, "non_first_fragment_also", false},
};

void trunc_mark(Ctx& ctx, unsigned np) {
    ctx.out.put(" [|");
    put_np(ctx, np);
    ctx.out.put(']');
}

void pay_name(Ctx& ctx, const char* name, uint8_t critical) {
    ctx.out.put(name);
    if (critical & 0x80) ctx.out.put("[C]");
    ctx.out.put(':');
}

void pay_np(Ctx& ctx, unsigned np, uint8_t critical) {
    put_np(ctx, np);
    if (critical & 0x80) ctx.out.put("[C]");
    ctx.out.put(':');
}

int64_t gen_print(const Msg& m, unsigned tpay, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    if (!m.c.has(ext, 4)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    pay_np(ctx, tpay, m.c.u8(ext + 1));
    ctx.out.f(" len={}", item_len - 4);
    if (ctx.opt.vflag > 2 && item_len > 4) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 4, item_len - 4)) {
            trunc_mark(ctx, tpay);
            return kStop;
        }
    }
    return ext + item_len;
}

int64_t t_print(const Msg& m, unsigned tcount, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    if (!c.has(ext, 8)) {
        trunc_mark(ctx, 3);
        return kStop;
    }
    pay_name(ctx, "t", c.u8(ext + 1));
    const uint16_t tid = c.be16(ext + 6);
    const uint8_t ttype = c.u8(ext + 4);
    std::span<const char* const> ids;
    const AttrMap* map = nullptr;
    size_t nmap = 0;
    switch (ttype) {
    case 1: ids = kEspIds; map = kEncrMap; nmap = std::size(kEncrMap); break;
    case 2: ids = kPrfIds; break;
    case 3: ids = kIntegIds; break;
    case 4: ids = kDhIds; break;
    case 5: ids = kEsnIds; break;
    default: break;
    }
    ctx.out.f(" #{} type=", tcount);
    put_str_or_id(ctx, kTypes, ttype);
    ctx.out.put(" id=");
    if (ttype >= 1 && ttype <= 5)
        put_str_or_id(ctx, ids, tid);
    else
        ctx.out.dec(tid);
    ctx.out.put(' ');
    int64_t cp = ext + 8;
    const int64_t ep2 = ext + item_len;
    while (cp < m.ep && cp < ep2) {
        cp = attr_print(m, cp, ep2, map, nmap);
        if (cp == kStop) {
            trunc_mark(ctx, 3);
            return kStop;
        }
    }
    if (m.ep < ep2) ctx.out.put("...");
    return cp;
}

// The items of an SA (proposals) or of a proposal (transforms).
int64_t items_print(const Msg& m, unsigned want, int64_t cp, int64_t room, int depth, unsigned mark) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    unsigned count = 0;
    unsigned np = want;
    while (np != 0) {
        ++count;
        const int64_t ext = cp;
        if (room < 4) {
            cp += room;
            trunc_mark(ctx, mark);
            return cp;
        }
        if (!c.has(ext, 4)) {
            trunc_mark(ctx, mark);
            return kStop;
        }
        const uint32_t item_len = c.be16(ext + 2);
        if (item_len <= 4) {
            trunc_mark(ctx, mark);
            return kStop;
        }
        if (room < item_len) {
            cp += room;
            trunc_mark(ctx, mark);
            return cp;
        }
        if (!c.has(cp, item_len)) {
            trunc_mark(ctx, mark);
            return kStop;
        }
        put_indent(ctx, depth + 1);
        ctx.out.put('(');
        if (np == want) {
            int64_t r;
            if (want == 3)
                r = t_print(m, count, ext, item_len);
            else {
                // A proposal.
                r = kStop;
                if (!c.has(ext, 8)) {
                    trunc_mark(ctx, 2);
                    return kStop;
                }
                pay_name(ctx, "p", c.u8(ext + 1));
                int64_t prop = static_cast<int64_t>(item_len) - 4;
                ctx.out.f(" #{} protoid=", c.u8(ext + 4));
                put_str_or_id(ctx, kProtoIds, c.u8(ext + 5));
                ctx.out.f(" transform={} len={}", c.u8(ext + 7), item_len);
                int64_t pcp = ext + 8;
                const uint8_t spi_size = c.u8(ext + 6);
                if (spi_size) {
                    if (prop < spi_size) {
                        r = pcp + prop;
                        trunc_mark(ctx, 2);
                    } else {
                        ctx.out.put(" spi=");
                        if (!rawprint(m, pcp, spi_size)) {
                            trunc_mark(ctx, 2);
                            return kStop;
                        }
                        pcp += spi_size;
                        prop -= spi_size;
                    }
                }
                if (r == kStop) r = items_print(m, 3, pcp, prop, depth + 1, 2);
            }
            if (r == kStop) return kStop;
            cp = r;
        } else {
            put_np(ctx, np);
            cp += item_len;
        }
        ctx.out.put(')');
        room -= item_len;
        np = c.u8(ext);
        if (ctx.truncated) return kStop;
    }
    return cp;
}

int64_t sa_print(const Msg& m, unsigned tpay, int64_t ext, int depth) {
    Ctx& ctx = m.ctx;
    if (!m.c.has(ext, 4)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    pay_name(ctx, "sa", m.c.u8(ext + 1));
    const uint32_t osa = m.c.be16(ext + 2);
    ctx.out.f(" len={}", osa - 4);
    return items_print(m, 2, ext + 4, static_cast<int64_t>(osa) - 4, depth, tpay);
}

int64_t ke_print(const Msg& m, unsigned tpay, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    if (!m.c.has(ext, 8)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    pay_np(ctx, tpay, m.c.u8(ext + 1));
    if (item_len < 8) {
        ctx.out.f(" len={} < 8", item_len);
        return ext + item_len;
    }
    ctx.out.f(" len={} group=", item_len - 8);
    put_str_or_id(ctx, kDhIds, m.c.be16(ext + 4));
    if (ctx.opt.vflag > 2 && item_len > 8) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 8, item_len - 8)) {
            trunc_mark(ctx, tpay);
            return kStop;
        }
    }
    return ext + item_len;
}

int64_t id_print(const Msg& m, unsigned tpay, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    if (!c.has(ext, 8)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    pay_np(ctx, tpay, c.u8(ext + 1));
    ctx.out.f(" len={}", item_len - 4);
    if (ctx.opt.vflag > 2 && item_len > 4) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 4, item_len - 4)) {
            trunc_mark(ctx, tpay);
            return kStop;
        }
    }
    // An unsigned difference in tcpdump: a short payload makes it huge (and truncated).
    const int64_t idlen = static_cast<uint32_t>(item_len - 8);
    const int64_t data = ext + 8;
    bool ascii = false, hex = false;
    switch (c.u8(ext + 4)) {
    case 1: ctx.out.put(" ipv4:"); hex = true; break;
    case 2: ctx.out.put(" fqdn:"); ascii = true; break;
    case 3: ctx.out.put(" rfc822:"); ascii = true; break;
    case 5: ctx.out.put(" ipv6:"); hex = true; break;
    case 9: ctx.out.put(" dn:"); hex = true; break;
    case 10: ctx.out.put(" gn:"); hex = true; break;
    case 11: ctx.out.put(" keyid:"); hex = true; break;
    default: break;
    }
    if (ascii) {
        if (!c.has(data, idlen)) {
            trunc_mark(ctx, tpay);
            return kStop;
        }
        for (int64_t i = 0; i < idlen; ++i) {
            const uint8_t ch = c.u8(data + i);
            ctx.out.put(ch >= 0x20 && ch < 0x7f ? static_cast<char>(ch) : '.');
        }
    }
    if (hex && !rawprint(m, data, idlen)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    return ext + item_len;
}

int64_t auth_print(const Msg& m, unsigned tpay, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    if (!m.c.has(ext, 8)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    pay_np(ctx, tpay, m.c.u8(ext + 1));
    ctx.out.f(" len={} method=", item_len - 4);
    put_str_or_id(ctx, kAuthMethods, m.c.u8(ext + 4));
    if (item_len > 4) {
        if (ctx.opt.vflag > 1) {
            ctx.out.put(" authdata=(");
            if (!rawprint(m, ext + 8, static_cast<int64_t>(item_len) - 8)) {
                trunc_mark(ctx, tpay);
                return kStop;
            }
            ctx.out.put(") ");
        } else if (ctx.opt.vflag && !show_somedata(m, ext + 8, m.ep)) {
            trunc_mark(ctx, tpay);
            return kStop;
        }
    }
    return ext + item_len;
}

int64_t nonce_print(const Msg& m, unsigned tpay, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    if (!m.c.has(ext, 4)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    pay_name(ctx, "nonce", m.c.u8(ext + 1));
    ctx.out.f(" len={}", item_len - 4);
    if (ctx.opt.vflag > 1 && item_len > 4) {
        ctx.out.put(" nonce=(");
        if (!rawprint(m, ext + 4, item_len - 4)) {
            trunc_mark(ctx, tpay);
            return kStop;
        }
        ctx.out.put(") ");
    } else if (ctx.opt.vflag && item_len > 4 && !show_somedata(m, ext + 4, m.ep)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    return ext + item_len;
}

int64_t n_print(const Msg& m, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    if (!c.has(ext, 8)) {
        trunc_mark(ctx, 11);
        return kStop;
    }
    pay_name(ctx, "n", c.u8(ext + 1));
    ctx.out.put(" prot_id=");
    put_str_or_id(ctx, kProtoIds, c.u8(ext + 4));
    const uint16_t type = c.be16(ext + 6);
    const char* name = nullptr;
    bool showspi = true;
    for (const auto& n : kNotify) {
        if (n.type == type) {
            name = n.name;
            showspi = n.showspi;
        }
    }
    const bool somedata = type == 16390;
    if (name == nullptr)
        name = type < 8192 ? "error" : type < 16384 ? "private-error" : type < 40960 ? "status" : "private-status";
    ctx.out.f(" type={}({})", type, name);
    const uint8_t spi_size = c.u8(ext + 5);
    if (showspi && spi_size) {
        ctx.out.put(" spi=");
        if (!rawprint(m, ext + 8, spi_size)) {
            trunc_mark(ctx, 11);
            return kStop;
        }
    }
    const int64_t cp = ext + 8 + spi_size;
    if (cp < m.ep) {
        if (ctx.opt.vflag > 3 || (somedata && m.ep - cp < 30)) {
            ctx.out.put(" data=(");
            if (!rawprint(m, cp, m.ep - cp)) {
                trunc_mark(ctx, 11);
                return kStop;
            }
            ctx.out.put(')');
        } else if (somedata && !show_somedata(m, cp, m.ep)) {
            trunc_mark(ctx, 11);
            return kStop;
        }
    }
    return ext + item_len;
}

int64_t vid_print(const Msg& m, unsigned tpay, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    if (!c.has(ext, 4)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    pay_np(ctx, tpay, c.u8(ext + 1));
    const uint32_t len = item_len - 4;
    ctx.out.f(" len={} vid=", len);
    if (!c.has(ext + 4, len)) {
        trunc_mark(ctx, tpay);
        return kStop;
    }
    for (uint32_t i = 0; i < len; ++i) {
        const uint8_t ch = c.u8(ext + 4 + i);
        ctx.out.put(ch >= 0x20 && ch < 0x7f ? static_cast<char>(ch) : '.');
    }
    if (ctx.opt.vflag > 2 && len > 4) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 4, len)) {
            trunc_mark(ctx, tpay);
            return kStop;
        }
    }
    return ext + item_len;
}

}  // namespace

int64_t v2_encrypted_print(const Msg& m, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    if (!m.c.has(ext, 4)) {
        trunc_mark(ctx, 46);
        return kStop;
    }
    pay_np(ctx, 46, m.c.u8(ext + 1));
    const uint32_t dlen = item_len - 4;
    ctx.out.f(" len={}", dlen);
    if (ctx.opt.vflag > 2 && dlen > 4) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 4, dlen)) {
            trunc_mark(ctx, 46);
            return kStop;
        }
    }
    if (!m.c.has(ext + 4, dlen)) trunc_mark(ctx, 46);
    // The encrypted payload is always the last one: its next type describes what is inside.
    return kStop;
}

bool v2_payload(const Msg& m, unsigned np, int64_t ext, uint32_t item_len, int depth, int64_t& result) {
    switch (np) {
    case 33: result = sa_print(m, np, ext, depth); return true;
    case 34: result = ke_print(m, np, ext, item_len); return true;
    case 35:
    case 36: result = id_print(m, np, ext, item_len); return true;
    case 39: result = auth_print(m, np, ext, item_len); return true;
    case 40: result = nonce_print(m, np, ext, item_len); return true;
    case 41: result = n_print(m, ext, item_len); return true;
    case 43: result = vid_print(m, np, ext, item_len); return true;
    case 37:
    case 38:
    case 42:
    case 44:
    case 45:
    case 47:
    case 48: result = gen_print(m, np, ext, item_len); return true;
    default: return false;
    }
}

}  // namespace rd::ike
