// ASN.1 BER (X.690) elements for the SNMP printer, decoded and shown the way tcpdump
// 4.99.3 does: 8-bit tag numbers, 32-bit INTEGER/Counter arithmetic that wraps, OIDs as
// dotted numbers, and its bracketed complaints for tags outside the Internet SMI.
#include "ber.hpp"

#include <iterator>

namespace rd {

namespace {

// Tag names by class, as tcpdump's tables have them (they appear in complaints and in
// the PDU names). Its class names all print as "x" (a macro that stringizes nothing).
constexpr const char* kUniversal[] = {"U-0",  "Boolean", "Integer",  "Bitstring", "String",
                                      "Null", "ObjID",   "ObjectDes", "U-8",      "U-9",
                                      "U-10", "U-11",    "U-12",     "U-13",      "U-14",
                                      "U-15", "Sequence", "Set"};
constexpr const char* kApplication[] = {"IpAddress", "Counter", "Gauge",    "TimeTicks",
                                        "Opaque",    "C-5",     "Counter64"};
constexpr const char* kContext[] = {"GetRequest", "GetNextRequest", "GetResponse",
                                    "SetRequest", "Trap",           "GetBulk",
                                    "Inform",     "V2Trap",         "Report"};
constexpr const char* kPrivate[] = {"P-0"};
constexpr const char* kExceptions[] = {"noSuchObject", "noSuchInstance", "endOfMibView"};

enum : uint8_t { kUniversalClass = 0, kApplicationClass = 1, kContextClass = 2, kPrivateClass = 3 };

struct ClassNames {
    const char* const* names;
    size_t count;
};
constexpr ClassNames kClasses[] = {
    {kUniversal, std::size(kUniversal)},
    {kApplication, std::size(kApplication)},
    {kContext, std::size(kContext)},
    {kPrivate, std::size(kPrivate)},
};

// Universal tags with their own meaning.
enum : uint8_t { kTagInteger = 2, kTagString = 4, kTagNull = 5, kTagOid = 6, kTagSequence = 16 };
// Application tags (RFC 1155/2578).
enum : uint8_t { kTagIpAddress = 0, kTagCounter = 1, kTagGauge = 2, kTagTimeTicks = 3, kTagCounter64 = 6 };

// Contents of a primitive element.
void decode_primitive(Ctx& ctx, const Cursor& c, uint8_t cls, BerElem& e) {
    OutBuf& out = ctx.out;
    const uint8_t id = e.id;
    switch (cls) {
    case kUniversalClass:
        switch (id) {
        case kTagString: e.type = BerType::Str; return;
        case kTagInteger: {
            e.type = BerType::Int;
            // Sign-extended from the first byte; more than 4 bytes keep the low 32 bits.
            uint32_t v = (c.u8(e.data) & 0x80) ? 0xffffffffu : 0u;
            for (uint32_t i = 0; i < e.asnlen; ++i) v = v << 8 | c.u8(e.data + i);
            e.integer = static_cast<int32_t>(v);
            return;
        }
        case kTagOid: e.type = BerType::Oid; return;
        case kTagNull: e.type = BerType::Null; return;
        default:
            e.type = BerType::Octets;
            out.f("[P/U/{}]", kUniversal[id]);
            return;
        }
    case kApplicationClass:
        switch (id) {
        case kTagIpAddress: e.type = BerType::InetAddr; return;
        case kTagCounter:
        case kTagGauge:
        case kTagTimeTicks: {
            e.type = BerType::Uns;
            uint32_t v = 0;
            for (uint32_t i = 0; i < e.asnlen; ++i) v = v << 8 | c.u8(e.data + i);
            e.uns = v;
            return;
        }
        case kTagCounter64: {
            e.type = BerType::Uns64;
            uint64_t v = 0;
            for (uint32_t i = 0; i < e.asnlen; ++i) v = v << 8 | c.u8(e.data + i);
            e.uns64 = v;
            return;
        }
        default:
            e.type = BerType::Octets;
            out.f("[P/A/{}]", kApplication[id]);
            return;
        }
    case kContextClass:
        // Only the SNMPv2 exceptions; other primitive context tags stay undecoded.
        if (id == 0) e.type = BerType::NoSuchObject;
        if (id == 1) e.type = BerType::NoSuchInstance;
        if (id == 2) e.type = BerType::EndOfMibView;
        return;
    default:
        out.f("[P/x/{}]", kPrivate[id]);
        e.type = BerType::Octets;
        return;
    }
}

void decode_constructed(Ctx& ctx, uint8_t cls, BerElem& e) {
    switch (cls) {
    case kUniversalClass:
        if (e.id == kTagSequence) {
            e.type = BerType::Seq;
        } else {
            e.type = BerType::Octets;
            ctx.out.f("C/U/{}", kUniversal[e.id]);
        }
        return;
    case kContextClass: e.type = BerType::Pdu; return;
    default:
        e.type = BerType::Octets;
        ctx.out.f("C/x/{}", kClasses[cls].names[e.id]);
        return;
    }
}

}  // namespace

int64_t ber_parse(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, BerElem& e) {
    OutBuf& out = ctx.out;
    e = BerElem{};
    if (len < 1) {
        out.put("[nothing to parse]");
        return -1;
    }
    const uint8_t tag = c.u8(off);
    if (ctx.truncated) return -1;
    const bool constructed = (tag & 0x20) != 0;
    const uint8_t cls = tag >> 6;
    uint8_t id = tag & 0x1f;
    size_t p = off + 1;
    uint32_t hdr = 1;
    --len;
    if (id == 0x1f) {
        // High tag number: 7 bits per byte until one without the top bit.
        id = 0;
        for (;;) {
            const uint8_t b = c.u8(p);
            if (ctx.truncated) return -1;
            if (len < 1) {
                out.put("[Xtagfield?]");
                return -1;
            }
            id = static_cast<uint8_t>(id << 7 | (b & 0x7f));
            --len;
            ++hdr;
            ++p;
            if (!(b & 0x80)) break;
        }
    }
    e.id = id;
    if (len < 1) {
        out.put("[no asnlen]");
        return -1;
    }
    uint32_t asnlen = c.u8(p);
    if (ctx.truncated) return -1;
    ++p;
    --len;
    ++hdr;
    if (asnlen & 0x80) {
        // Long form: the low 7 bits count the length bytes (more than 4 wrap).
        uint32_t noct = asnlen & 0x7f;
        asnlen = 0;
        if (len < noct) {
            out.f("[asnlen? {}<{}]", static_cast<int32_t>(len), noct);
            return -1;
        }
        if (!c.has(p, noct)) {
            ctx.print_trunc();
            return -1;
        }
        for (; noct != 0; --noct, --len, ++hdr) asnlen = asnlen << 8 | c.u8(p++);
    }
    if (len < asnlen) {
        out.f("[len{}<asnlen{}]", static_cast<int32_t>(len), asnlen);
        return -1;
    }
    if (id >= kClasses[cls].count) {
        out.f("[id?{}/x/{}]", constructed ? 'C' : 'P', id);
        return -1;
    }
    if (!c.has(p, asnlen)) {
        ctx.print_trunc();
        return -1;
    }
    e.asnlen = asnlen;
    e.data = p;
    if (!constructed) {
        if (cls == kUniversalClass && id == kTagInteger && asnlen == 0) {
            out.put("[asnlen=0]");
            return -1;
        }
        decode_primitive(ctx, c, cls, e);
    } else {
        decode_constructed(ctx, cls, e);
    }
    return int64_t{asnlen} + hdr;
}

bool ber_print_octets(Ctx& ctx, const Cursor& c, const BerElem& e) {
    if (!c.has(e.data, e.asnlen)) {
        ctx.print_trunc();
        return false;
    }
    for (uint32_t i = 0; i < e.asnlen; ++i) {
        ctx.out.put('_');
        ctx.out.hex(c.u8(e.data + i), 2);
    }
    return true;
}

bool ber_print_string(Ctx& ctx, const Cursor& c, const BerElem& e) {
    if (!c.has(e.data, e.asnlen)) {
        ctx.print_trunc();
        return false;
    }
    const auto s = c.bytes(e.data, e.asnlen);
    bool printable = true;
    for (uint8_t ch : s) printable = printable && ch >= 0x20 && ch <= 0x7e;
    OutBuf& out = ctx.out;
    if (printable) {
        out.put('"');
        for (uint8_t ch : s) out.put(static_cast<char>(ch));
        out.put('"');
        return true;
    }
    for (size_t i = 0; i < s.size(); ++i) {
        if (i) out.put('_');
        out.hex(s[i], 2);
    }
    return true;
}

bool ber_print(Ctx& ctx, const Cursor& c, const BerElem& e) {
    OutBuf& out = ctx.out;
    switch (e.type) {
    case BerType::Octets: return ber_print_octets(ctx, c, e);
    case BerType::Null: return true;
    case BerType::Oid: {
        // Sub-identifiers of 7-bit groups; the first holds two (X.690 8.19.4). tcpdump
        // keeps them in an int, so long ones wrap and a negative first one divides
        // toward zero.
        uint32_t o = 0;
        bool first = true;
        for (uint32_t i = 0; i < e.asnlen; ++i) {
            const uint8_t b = c.u8(e.data + i);
            o = (o << 7) + (b & 0x7f);
            if (b & 0x80) continue;
            if (first) {
                first = false;
                const int32_t so = static_cast<int32_t>(o);
                int32_t s = so / 40;
                if (s > 2) s = 2;
                out.f(".{}", static_cast<uint32_t>(s));
                o = static_cast<uint32_t>(so - s * 40);
            }
            out.f(".{}", o);
            o = 0;
        }
        return !ctx.truncated;
    }
    case BerType::Int: out.f("{}", e.integer); return true;
    case BerType::Uns: out.dec(e.uns); return true;
    case BerType::Uns64: out.f("{}", e.uns64); return true;
    case BerType::Str: return ber_print_string(ctx, c, e);
    case BerType::Seq: out.f("Seq({})", e.asnlen); return true;
    case BerType::InetAddr:
        if (e.asnlen != 4) out.put("[inetaddr len!=4]");
        if (!c.has(e.data, e.asnlen)) {
            ctx.print_trunc();
            return false;
        }
        for (uint32_t i = 0; i < e.asnlen; ++i) {
            if (i) out.put('.');
            out.dec(c.u8(e.data + i));
        }
        return true;
    case BerType::NoSuchObject:
    case BerType::NoSuchInstance:
    case BerType::EndOfMibView: out.f("[{}]", kExceptions[e.id]); return true;
    case BerType::Pdu: out.f("{}({})", kContext[e.id], e.asnlen); return true;
    case BerType::Any: out.put("[BE_ANY!?]"); return true;
    }
    return true;
}

}  // namespace rd
