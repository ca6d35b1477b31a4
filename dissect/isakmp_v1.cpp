// IKEv1 payloads (RFC 2408 section 3, IPsec DOI RFC 2407) as tcpdump 4.99.3 prints them:
// SA/proposal/transform, KE, ID, CERT/CR, hash/sig/vid, nonce, notify, delete, and the
// Oakley and IPsec attribute tables. Headers and payload chains are in isakmp.cpp.
#include "isakmp_int.hpp"

namespace rd::ike {

namespace {

constexpr const char* kProtoIds[] = {nullptr, "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp"};

// Transform IDs by protocol.
constexpr const char* kIkeIds[] = {nullptr, "ike"};
constexpr const char* kAhIds[] = {nullptr, "(reserved)", "md5", "sha", "1des", "sha2-256", "sha2-384", "sha2-512"};
constexpr const char* kEspIds[] = {nullptr, "1des-iv64", "1des", "3des", "rc5", "idea", "cast",
                                   "blowfish", "3idea", "1des-iv32", "rc4", "null", "aes"};
constexpr const char* kIpcompIds[] = {nullptr, "oui", "deflate", "lzs"};

#define IKE_GROUPS                                                                            \
    nullptr, "modp768", "modp1024", "EC2N 2^155", "EC2N 2^185", "modp1536", "iana-grp06",     \
        "iana-grp07", "iana-grp08", "iana-grp09", "iana-grp10", "iana-grp11", "iana-grp12", \
        "iana-grp13", "modp2048", "modp3072", "modp4096", "modp6144", "modp8192"

constexpr AttrMap kIpsecMap[] = {
    {nullptr, 0, {nullptr}},
    {"lifetype", 3, {nullptr, "sec", "kb"}},
    {"life", 0, {nullptr}},
    {"group desc", 18, {IKE_GROUPS}},
    {"enc mode", 3, {nullptr, "tunnel", "transport"}},
    {"auth", 5, {nullptr, "hmac-md5", "hmac-sha1", "1des-mac", "keyed"}},
    {"keylen", 0, {nullptr}},
    {"rounds", 0, {nullptr}},
    {"dictsize", 0, {nullptr}},
    {"privalg", 0, {nullptr}},
};

constexpr const char* kIpsecIdTypes[] = {
    nullptr, "IPv4", "FQDN", "user FQDN", "IPv4net", "IPv6", "IPv6net",
    "IPv4range", "IPv6range", "ASN1 DN", "ASN1 GN", "keyid",
};

constexpr const char* kCertTypes[] = {"none", "pkcs7", "pgp", "dns", "x509sign", "x509ke",
                                      "kerberos", "crl", "arl", "spki", "x509attr"};

constexpr const char* kNotifyErrors[] = {
    nullptr, "INVALID-PAYLOAD-TYPE", "DOI-NOT-SUPPORTED", "SITUATION-NOT-SUPPORTED",
    "INVALID-COOKIE", "INVALID-MAJOR-VERSION", "INVALID-MINOR-VERSION", "INVALID-EXCHANGE-TYPE",
    "INVALID-FLAGS", "INVALID-MESSAGE-ID", "INVALID-PROTOCOL-ID", "INVALID-SPI",
    "INVALID-TRANSFORM-ID", "ATTRIBUTES-NOT-SUPPORTED", "NO-PROPOSAL-CHOSEN",
    "BAD-PROPOSAL-SYNTAX", "PAYLOAD-MALFORMED", "INVALID-KEY-INFORMATION",
    "INVALID-ID-INFORMATION", "INVALID-CERT-ENCODING", "INVALID-CERTIFICATE",
    "CERT-TYPE-UNSUPPORTED", "INVALID-CERT-AUTHORITY", "INVALID-HASH-INFORMATION",
    "AUTHENTICATION-FAILED", "INVALID-SIGNATURE", "ADDRESS-NOTIFICATION", "NOTIFY-SA-LIFETIME",
    "CERTIFICATE-UNAVAILABLE", "UNSUPPORTED-EXCHANGE-TYPE", "UNEQUAL-PAYLOAD-LENGTHS",
};
constexpr const char* kIpsecNotifyErrors[] = {"RESERVED"};
constexpr const char* kNotifyStatus[] = {"CONNECTED"};
constexpr const char* kIpsecNotifyStatus[] = {"RESPONDER-LIFETIME", "REPLAY-STATUS", "INITIAL-CONTACT"};

// ---- IKEv1 payloads --------------------------------------------------------------------

// Generic "name: len=N [hex]" payloads (hash, sig, vid).
int64_t v1_opaque(const Msg& m, unsigned np, const char* label, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    put_np(ctx, np);
    ctx.out.put(':');
    if (!m.c.has(ext, 4)) goto trunc;
    ctx.out.f(" {}{}", label, item_len - 4);
    if (ctx.opt.vflag > 2 && item_len > 4) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 4, item_len - 4)) goto trunc;
    }
    return ext + item_len;
trunc:
    ctx.out.put(" [|");
    put_np(ctx, np);
    ctx.out.put(']');
    return kStop;
}

void trunc_mark(Ctx& ctx, unsigned np) {
    ctx.out.put(" [|");
    put_np(ctx, np);
    ctx.out.put(']');
}

int64_t v1_sa(const Msg& m, int64_t ext, uint32_t phase, uint32_t proto0, int depth) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    ctx.out.put("sa:");
    if (!c.has(ext, 12)) {
        trunc_mark(ctx, 1);
        return kStop;
    }
    const uint32_t doi = c.be32(ext + 4);
    const uint32_t sit = c.be32(ext + 8);
    if (doi != 1) {
        ctx.out.f(" doi={} situation={}", doi, sit);
        return ext + 12;
    }
    ctx.out.put(" doi=ipsec situation=");
    int t = 0;
    if (sit & 1) {
        ctx.out.put("identity");
        ++t;
    }
    if (sit & 2) {
        ctx.out.f("{}secrecy", t ? "+" : "");
        ++t;
    }
    if (sit & 4) ctx.out.f("{}integrity", t ? "+" : "");
    int64_t np = ext + 12;
    if (sit != 1) {
        // tcpdump reads the word after the generic header here (the DOI again).
        const uint32_t ident = c.be32(ext + 4);
        if (ctx.truncated) return kStop;
        ctx.out.f(" ident={}", ident);
        np += 4;
    }
    if (!c.has(np, 4)) {
        trunc_mark(ctx, 1);
        return kStop;
    }
    return sub_print(m, 2, np, phase, doi, proto0, depth, false);
}

int64_t v1_p(const Msg& m, int64_t ext, uint32_t phase, uint32_t doi0, int depth) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    ctx.out.put("p:");
    if (!c.has(ext, 8)) {
        trunc_mark(ctx, 2);
        return kStop;
    }
    const uint8_t prot = c.u8(ext + 5);
    ctx.out.f(" #{} protoid=", c.u8(ext + 4));
    put_str_or_id(ctx, kProtoIds, prot);
    ctx.out.f(" transform={}", c.u8(ext + 7));
    const uint8_t spi_size = c.u8(ext + 6);
    if (spi_size) {
        ctx.out.put(" spi=");
        if (!rawprint(m, ext + 8, spi_size)) {
            trunc_mark(ctx, 2);
            return kStop;
        }
    }
    const int64_t next = ext + 8 + spi_size;
    if (!c.has(next, 4)) {
        trunc_mark(ctx, 2);
        return kStop;
    }
    return sub_print(m, 3, next, phase, doi0, prot, depth, false);
}

int64_t v1_t(const Msg& m, int64_t ext, uint32_t item_len, uint32_t proto) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    ctx.out.put("t:");
    if (!c.has(ext, 8)) {
        trunc_mark(ctx, 3);
        return kStop;
    }
    std::span<const char* const> ids;
    const AttrMap* map = nullptr;
    size_t nmap = 0;
    switch (proto) {
    case 1: ids = kIkeIds; map = kOakleyMap; nmap = std::size(kOakleyMap); break;
    case 2: ids = kAhIds; map = kIpsecMap; nmap = std::size(kIpsecMap); break;
    case 3: ids = kEspIds; map = kIpsecMap; nmap = std::size(kIpsecMap); break;
    case 4: ids = kIpcompIds; map = kIpsecMap; nmap = std::size(kIpsecMap); break;
    default: break;
    }
    const uint8_t tid = c.u8(ext + 5);
    ctx.out.f(" #{} id=", c.u8(ext + 4));
    if (proto >= 1 && proto <= 4)
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

int64_t v1_ke(const Msg& m, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    ctx.out.put("ke:");
    if (!m.c.has(ext, 4)) {
        trunc_mark(ctx, 4);
        return kStop;
    }
    ctx.out.f(" key len={}", item_len - 4);
    if (ctx.opt.vflag > 2 && item_len > 4) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 4, item_len - 4)) {
            trunc_mark(ctx, 4);
            return kStop;
        }
    }
    return ext + item_len;
}

int64_t v1_id(const Msg& m, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    OutBuf& out = ctx.out;
    out.put("id:");
    if (!c.has(ext, 8)) {
        trunc_mark(ctx, 5);
        return kStop;
    }
    const bool have_data = item_len > 8;
    const int64_t data = ext + 8;
    uint32_t len = have_data ? item_len - 8 : 0;
    const uint8_t type = c.u8(ext + 4);
    out.put(" idtype=");
    put_str_or_id(ctx, kIpsecIdTypes, type);
    const uint8_t proto_id = c.u8(ext + 5);
    const char* pname = (!ctx.opt.nflag && proto_id) ? netdb_protoname(proto_id) : nullptr;
    if (pname)
        out.f(" protoid={}", pname);
    else
        out.f(" protoid={}", proto_id);
    out.f(" port={}", c.be16(ext + 6));
    if (len) {
        if (!c.has(data, len)) {
            trunc_mark(ctx, 5);
            return kStop;
        }
        switch (type) {
        case 1:
            if (len < 4)
                out.f(" len={} [bad: < 4]", len);
            else {
                out.f(" len={} ", len);
                put_ip4_at(ctx, c, data);
            }
            len = 0;
            break;
        case 2:
        case 3:
            out.f(" len={} ", len);
            for (uint32_t i = 0; i < len; ++i) put_char_escaped(out, c.u8(data + i));
            len = 0;
            break;
        case 4:
            if (len < 8)
                out.f(" len={} [bad: < 8]", len);
            else {
                out.f(" len={} ", len);
                put_ip4_at(ctx, c, data);
                out.f("/{}.{}.{}.{}", c.u8(data + 4), c.u8(data + 5), c.u8(data + 6), c.u8(data + 7));
            }
            len = 0;
            break;
        case 5:
            if (len < 16)
                out.f(" len={} [bad: < 16]", len);
            else {
                out.f(" len={} ", len);
                put_ip6_at(ctx, c, data);
            }
            len = 0;
            break;
        case 6:
            if (len < 32)
                out.f(" len={} [bad: < 32]", len);
            else {
                out.f(" len={} ", len);
                put_ip6_at(ctx, c, data);
                out.put("/0x");
                for (int i = 0; i < 16; ++i) out.hex(c.u8(data + 16 + i), 2);
            }
            len = 0;
            break;
        case 7:
            if (len < 8)
                out.f(" len={} [bad: < 8]", len);
            else {
                out.f(" len={} ", len);
                put_ip4_at(ctx, c, data);
                out.put('-');
                put_ip4_at(ctx, c, data + 4);
            }
            len = 0;
            break;
        case 8:
            if (len < 32)
                out.f(" len={} [bad: < 32]", len);
            else {
                out.f(" len={} ", len);
                put_ip6_at(ctx, c, data);
                out.put('-');
                put_ip6_at(ctx, c, data + 16);
            }
            len = 0;
            break;
        default: break;
        }
    }
    if (have_data && len) {
        out.f(" len={}", len);
        if (ctx.opt.vflag > 2) {
            out.put(' ');
            if (!rawprint(m, data, len)) {
                trunc_mark(ctx, 5);
                return kStop;
            }
        }
    }
    return ext + item_len;
}

int64_t v1_cert(const Msg& m, unsigned np, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    put_np(ctx, np);
    ctx.out.put(':');
    if (!m.c.has(ext, 6)) {
        trunc_mark(ctx, np);
        return kStop;
    }
    ctx.out.f(" len={} type=", item_len - 4);
    put_str_or_id(ctx, kCertTypes, m.c.u8(ext + 4));
    if (ctx.opt.vflag > 2 && item_len > 4) {
        ctx.out.put(' ');
        if (!rawprint(m, ext + 4, item_len - 4)) {
            trunc_mark(ctx, np);
            return kStop;
        }
    }
    return ext + item_len;
}

int64_t v1_nonce(const Msg& m, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    ctx.out.put("nonce:");
    if (!m.c.has(ext, 4)) {
        trunc_mark(ctx, 10);
        return kStop;
    }
    ctx.out.f(" n len={}", item_len - 4);
    if (item_len > 4) {
        bool ok = true;
        if (ctx.opt.vflag > 2) {
            ctx.out.put(' ');
            ok = rawprint(m, ext + 4, item_len - 4);
        } else if (ctx.opt.vflag > 1) {
            ctx.out.put(' ');
            ok = show_somedata(m, ext + 4, m.ep);
        }
        if (!ok) {
            trunc_mark(ctx, 10);
            return kStop;
        }
    }
    return ext + item_len;
}

// A table lookup shifted by base, as tcpdump's notify string macros do (the number shown
// for a missing name is the shifted one).
void put_shifted(Ctx& ctx, std::span<const char* const> tab, unsigned type, unsigned base) {
    put_str_or_id(ctx, tab, type - base);
}

int64_t v1_n(const Msg& m, int64_t ext, uint32_t item_len) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    OutBuf& out = ctx.out;
    out.put("n:");
    if (!c.has(ext, 12)) {
        trunc_mark(ctx, 11);
        return kStop;
    }
    const uint32_t doi = c.be32(ext + 4);
    const uint8_t proto = c.u8(ext + 8);
    const uint16_t type = c.be16(ext + 10);
    const uint8_t spi_size = c.u8(ext + 9);
    if (doi != 1) {
        out.f(" doi={} proto={} type=", doi, proto);
        if (type < 8192)
            put_str_or_id(ctx, kNotifyErrors, type);
        else if (type >= 16384 && type < 24576)
            put_shifted(ctx, kNotifyStatus, type, 16384);
        else
            out.f("#{}", type);
        if (spi_size) {
            out.put(" spi=");
            if (!rawprint(m, ext + 12, spi_size)) {
                trunc_mark(ctx, 11);
                return kStop;
            }
        }
        return ext + 12 + spi_size;
    }
    out.put(" doi=ipsec proto=");
    put_str_or_id(ctx, kProtoIds, proto);
    out.put(" type=");
    if (type < 8192)
        put_str_or_id(ctx, kNotifyErrors, type);
    else if (type < 16384)
        put_shifted(ctx, kIpsecNotifyErrors, type, 8192);
    else if (type < 24576)
        put_shifted(ctx, kNotifyStatus, type, 16384);
    else if (type < 32768)
        put_shifted(ctx, kIpsecNotifyStatus, type, 24576);
    else
        out.f("#{}", type);
    if (spi_size) {
        out.put(" spi=");
        if (!rawprint(m, ext + 12, spi_size)) {
            trunc_mark(ctx, 11);
            return kStop;
        }
    }
    int64_t cp = ext + 12 + spi_size;
    const int64_t ep2 = ext + item_len;
    if (cp < m.ep) {
        switch (type) {
        case 24576:
            out.put(" attrs=(");
            while (cp < m.ep && cp < ep2) {
                cp = attr_print(m, cp, ep2, kOakleyMap, std::size(kOakleyMap));
                if (cp == kStop) {
                    out.put(')');
                    trunc_mark(ctx, 11);
                    return kStop;
                }
            }
            out.put(')');
            break;
        case 24577: {
            out.put(" status=(");
            const uint32_t v = c.be32(cp);
            if (ctx.truncated) return kStop;
            out.f("replay detection {}abled)", v ? "en" : "dis");
            break;
        }
        default:
            if (ctx.opt.vflag > 3) {
                out.put(" data=(");
                if (!rawprint(m, cp, m.ep - cp)) {
                    trunc_mark(ctx, 11);
                    return kStop;
                }
                out.put(')');
            } else if (!show_somedata(m, cp, m.ep)) {
                trunc_mark(ctx, 11);
                return kStop;
            }
            break;
        }
    }
    return ext + item_len;
}

int64_t v1_d(const Msg& m, int64_t ext) {
    Ctx& ctx = m.ctx;
    const Cursor& c = m.c;
    OutBuf& out = ctx.out;
    out.put("d:");
    if (!c.has(ext, 12)) {
        trunc_mark(ctx, 12);
        return kStop;
    }
    const uint32_t doi = c.be32(ext + 4);
    const uint8_t proto = c.u8(ext + 8);
    if (doi != 1) {
        out.f(" doi={} proto={}", doi, proto);
    } else {
        out.put(" doi=ipsec proto=");
        put_str_or_id(ctx, kProtoIds, proto);
    }
    const uint8_t spi_size = c.u8(ext + 9);
    const uint16_t num = c.be16(ext + 10);
    out.f(" spilen={} nspi={} spi=", spi_size, num);
    int64_t q = ext + 12;
    for (unsigned i = 0; i < num; ++i) {
        if (i) out.put(',');
        if (!rawprint(m, q, spi_size)) {
            trunc_mark(ctx, 12);
            return kStop;
        }
        q += spi_size;
    }
    return q;
}

}  // namespace

const AttrMap kOakleyMap[17] = {
    {nullptr, 0, {nullptr}},
    {"enc", 8, {nullptr, "1des", "idea", "blowfish", "rc5", "3des", "cast", "aes"}},
    {"hash", 7, {nullptr, "md5", "sha1", "tiger", "sha2-256", "sha2-384", "sha2-512"}},
    {"auth", 6, {nullptr, "preshared", "dss", "rsa sig", "rsa enc", "rsa enc revised"}},
    {"group desc", 18, {IKE_GROUPS}},
    {"group type", 4, {nullptr, "MODP", "ECP", "EC2N"}},
    {"group prime", 0, {nullptr}},
    {"group gen1", 0, {nullptr}},
    {"group gen2", 0, {nullptr}},
    {"group curve A", 0, {nullptr}},
    {"group curve B", 0, {nullptr}},
    {"lifetype", 3, {nullptr, "sec", "kb"}},
    {"lifeduration", 0, {nullptr}},
    {"prf", 0, {nullptr}},
    {"keylen", 0, {nullptr}},
    {"field", 0, {nullptr}},
    {"order", 0, {nullptr}},
};

bool v1_payload(const Msg& m, unsigned np, int64_t ext, uint32_t item_len, uint32_t phase,
                uint32_t doi, uint32_t proto, int depth, int64_t& result) {
    switch (np) {
    case 1: result = v1_sa(m, ext, phase, proto, depth); return true;
    case 2: result = v1_p(m, ext, phase, doi, depth); return true;
    case 3: result = v1_t(m, ext, item_len, proto); return true;
    case 4: result = v1_ke(m, ext, item_len); return true;
    case 5: result = v1_id(m, ext, item_len); return true;
    case 6:
    case 7: result = v1_cert(m, np, ext, item_len); return true;
    case 8: result = v1_opaque(m, np, "len=", ext, item_len); return true;
    case 9: result = v1_opaque(m, np, "len=", ext, item_len); return true;
    case 10: result = v1_nonce(m, ext, item_len); return true;
    case 11: result = v1_n(m, ext, item_len); return true;
    case 12: result = v1_d(m, ext); return true;
    case 13: result = v1_opaque(m, np, "len=", ext, item_len); return true;
    default: return false;
    }
}


}  // namespace rd::ike
