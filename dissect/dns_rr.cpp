// DNS questions and resource records: type and class names, TTLs, and the record data
// tcpdump decodes (addresses, names, SOA, MX, TXT, SRV, A6, URI, OPT, TSIG, ...).
#include <array>

#include "dns.hpp"
#include "relts.hpp"

namespace rd::dns {

namespace {

enum : uint16_t {
    kA = 1, kNS = 2, kCNAME = 5, kSOA = 6, kPTR = 12, kMX = 15, kTXT = 16, kAAAA = 28,
    kSRV = 33, kA6 = 38, kDNAME = 39, kOPT = 41, kUNSPECA = 104, kTSIG = 250, kURI = 256,
};
constexpr uint16_t kClassIN = 1;
constexpr uint16_t kMdnsClassBit = 0x8000;  // QU in questions, cache-flush in records

// The IANA names tcpdump knows; others print as "Type<n>".
constexpr Tok kTypes[] = {
    {1, "A"},          {2, "NS"},        {3, "MD"},         {4, "MF"},       {5, "CNAME"},
    {6, "SOA"},        {7, "MB"},        {8, "MG"},         {9, "MR"},       {10, "NULL"},
    {11, "WKS"},       {12, "PTR"},      {13, "HINFO"},     {14, "MINFO"},   {15, "MX"},
    {16, "TXT"},       {17, "RP"},       {18, "AFSDB"},     {19, "X25"},     {20, "ISDN"},
    {21, "RT"},        {22, "NSAP"},     {23, "NSAP_PTR"},  {24, "SIG"},     {25, "KEY"},
    {26, "PX"},        {27, "GPOS"},     {28, "AAAA"},      {29, "LOC"},     {30, "NXT"},
    {31, "EID"},       {32, "NIMLOC"},   {33, "SRV"},       {34, "ATMA"},    {35, "NAPTR"},
    {36, "KX"},        {37, "CERT"},     {38, "A6"},        {39, "DNAME"},   {40, "SINK"},
    {41, "OPT"},       {42, "APL"},      {43, "DS"},        {44, "SSHFP"},   {45, "IPSECKEY"},
    {46, "RRSIG"},     {47, "NSEC"},     {48, "DNSKEY"},    {99, "SPF"},     {100, "UINFO"},
    {101, "UID"},      {102, "GID"},     {103, "UNSPEC"},   {104, "UNSPECA"}, {249, "TKEY"},
    {250, "TSIG"},     {251, "IXFR"},    {252, "AXFR"},     {253, "MAILB"},  {254, "MAILA"},
    {255, "ANY"},      {256, "URI"},
};

constexpr Tok kClasses[] = {{1, "IN"}, {3, "CHAOS"}, {4, "HS"}, {255, "ANY"}};

void put_type(Ctx& ctx, uint16_t type) {
    ctx.out.put(' ');
    put_tok(ctx, kTypes, type, "Type{}");
}

void put_class(Ctx& ctx, uint16_t cls) {
    ctx.out.put(' ');
    put_tok(ctx, kClasses, cls, "(Class {})");
}

// Record data of the types tcpdump decodes, at off; rdata_end is where the record ends
// (already known to be captured). false = end the message with the truncation marker.
bool print_rdata(Ctx& ctx, const Cursor& m, uint16_t type, uint16_t cls, uint16_t opt_flags,
                 size_t off, size_t rdata_end, uint16_t rdlen) {
    OutBuf& out = ctx.out;
    switch (type) {
    case kA:
        if (!m.has(off, 4)) return false;
        out.put(' ');
        put_ipv4(out, m.be32(off));  // always numeric, even without -n
        return true;
    case kNS:
    case kCNAME:
    case kPTR:
    case kDNAME:
        out.put(' ');
        return print_name(ctx, m, off, 0) != kNone;
    case kSOA:
        if (!ctx.opt.vflag) return true;
        out.put(' ');
        if ((off = print_name(ctx, m, off, 0)) == kNone) return false;
        out.put(' ');
        if ((off = print_name(ctx, m, off, 0)) == kNone) return false;
        if (!m.has(off, 20)) return false;
        for (int i = 0; i < 5; ++i) {  // serial, refresh, retry, expire, minimum
            out.put(' ');
            out.dec(m.be32(off + 4 * static_cast<size_t>(i)));
        }
        return true;
    case kMX:
        out.put(' ');
        if (!m.has(off, 2)) return false;
        if (print_name(ctx, m, off + 2, 0) == kNone) return false;
        out.put(' ');
        out.dec(m.be16(off));
        return true;
    case kTXT:
        while (off < rdata_end) {
            out.put(" \"");
            if (!m.has(off)) return false;
            const uint8_t n = m.u8(off);
            if (!print_text(ctx, m, off + 1, n)) return false;
            off += 1 + size_t{n};
            out.put('"');
        }
        return true;
    case kSRV:
        out.put(' ');
        if (!m.has(off, 6)) return false;
        if (print_name(ctx, m, off + 6, 0) == kNone) return false;
        out.f(":{} {} {}", m.be16(off + 4), m.be16(off), m.be16(off + 2));  // port prio weight
        return true;
    case kAAAA: {
        if (!m.has(off, 16)) return false;
        const auto a = m.bytes(off, 16);
        out.put(' ');
        put_ipv6(out, a.first<16>());
        return true;
    }
    case kA6: {
        if (!m.has(off)) return false;
        const unsigned prefix = m.u8(off);
        const size_t skip = (prefix & ~7u) / 8;  // prefix bytes left out of the suffix
        if (prefix > 128) {
            out.f(" {}(bad plen)", prefix);
            return true;
        }
        if (prefix < 128) {
            std::array<uint8_t, 16> a{};
            const auto suffix = m.bytes(off + 1, 16 - skip);
            if (suffix.empty()) return false;  // unchecked copy in tcpdump: packet truncated
            for (size_t i = 0; i < suffix.size(); ++i) a[skip + i] = suffix[i];
            out.f(" {} ", prefix);
            put_ipv6(out, a);
        }
        if (prefix > 0) {
            out.put(' ');
            if (print_name(ctx, m, off + 1 + 16 - skip, 0) == kNone) return false;
        }
        return true;
    }
    case kURI: {
        if (!m.has(off, rdlen)) return false;
        const uint16_t prio = m.be16(off), weight = m.be16(off + 2);
        if (ctx.truncated) return false;
        out.f(" {} {} ", prio, weight);
        // A record shorter than 4 bytes makes tcpdump's length wrap: it prints to the end.
        return print_text(ctx, m, off + 4, static_cast<uint32_t>(rdlen - 4));
    }
    case kOPT:
        out.put(" UDPsize=");
        out.dec(cls);
        if (opt_flags & 0x8000) out.put(" DO");
        if (off < rdata_end) {
            out.put(" [");
            while (off < rdata_end) {
                if ((off = print_edns_option(ctx, m, off)) == kNone) return false;
                if (off < rdata_end) out.put(',');
            }
            out.put(']');
        }
        return true;
    case kUNSPECA:
        if (!m.has(off, rdlen)) return false;
        return print_text(ctx, m, off, rdlen);
    case kTSIG: {
        if (!ctx.opt.vflag) return true;
        out.put(' ');
        if ((off = print_name(ctx, m, off, 0)) == kNone) return false;
        off += 6;  // time signed
        if (!m.has(off, 2)) return false;
        out.put(" fudge=");
        out.dec(m.be16(off));
        off += 2;
        if (!m.has(off, 2)) return false;
        const uint16_t maclen = m.be16(off);
        out.put(" maclen=");
        out.dec(maclen);
        off += 2 + size_t{maclen};
        static constexpr const char* kFields[] = {" origid=", " error=", " otherlen="};
        for (const char* field : kFields) {
            if (!m.has(off, 2)) return false;
            out.put(field);
            out.dec(m.be16(off));
            off += 2;
        }
        return true;
    }
    default:
        return true;
    }
}

}  // namespace

size_t print_question(Ctx& ctx, const Cursor& m, size_t off, bool mdns) {
    const size_t name_at = off;
    off = skip_name(m, off);
    if (off == kNone || !m.has(off, 4)) return kNone;
    put_type(ctx, m.be16(off));
    const uint16_t raw = m.be16(off + 2);
    const uint16_t cls = mdns ? raw & ~kMdnsClassBit : raw;
    if (cls != kClassIN) put_class(ctx, cls);
    if (mdns) ctx.out.put(raw & kMdnsClassBit ? " (QU)" : " (QM)");
    ctx.out.put("? ");
    const size_t end = print_name(ctx, m, name_at, 0);
    return end == kNone ? kNone : end + 4;
}

size_t print_record(Ctx& ctx, const Cursor& m, size_t off, bool mdns) {
    if (ctx.opt.vflag) {
        ctx.out.put(' ');
        if ((off = print_name(ctx, m, off, 0)) == kNone) return kNone;
    } else {
        off = skip_name(m, off);
    }
    if (off == kNone || !m.has(off, 10)) return m.size();

    const uint16_t type = m.be16(off);
    const uint16_t raw = m.be16(off + 2);
    const uint16_t cls = mdns ? raw & ~kMdnsClassBit : raw;
    if (cls != kClassIN && type != kOPT) put_class(ctx, cls);
    if (mdns && (raw & kMdnsClassBit)) ctx.out.put(" (Cache flush)");
    uint16_t opt_flags = 0;
    if (type == kOPT) {
        opt_flags = m.be16(off + 6);  // the TTL field holds extended rcode, version, flags
    } else if (ctx.opt.vflag > 2) {
        ctx.out.put(" [");
        put_relts(ctx, m.be32(off + 4));
        ctx.out.put(']');
    }
    const uint16_t rdlen = m.be16(off + 8);
    off += 10;
    const size_t end = off + rdlen;
    put_type(ctx, type);
    if (end > m.size()) return kNone;
    if (!print_rdata(ctx, m, type, cls, opt_flags, off, end, rdlen)) return kNone;
    return end;
}

}  // namespace rd::dns
