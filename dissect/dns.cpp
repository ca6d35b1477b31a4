// DNS messages (RFC 1035 and successors) over UDP, TCP and multicast DNS, printed as
// tcpdump's domain printer prints them: one line with the header summary, questions,
// and at -vv every section.
#include "dns.hpp"

namespace rd {

namespace {

using dns::kNone;

constexpr size_t kHeaderLen = 12;
constexpr uint16_t kTypeOpt = 41;
constexpr unsigned kOpcodeIquery = 1;

constexpr const char* kOpcodes[16] = {
    "",         " inv_q",   " stat",     " op3",       " notify",  " update",
    " op6",     " op7",     " op8",      " updateA",   " updateD", " updateDA",
    " updateM", " updateMA", " zoneInit", " zoneRef",
};

// Response codes including the EDNS extended ones; two entries lack their leading space
// in tcpdump 4.99 and are kept that way.
constexpr const char* kRcodes[24] = {
    "",         " FormErr",  " ServFail", " NXDomain", " NotImp",    " Refused",
    " YXDomain", " YXRRSet", " NXRRSet",  " NotAuth",  " NotZone",   " Resp11",
    " Resp12",  " Resp13",   " Resp14",   " NoChange", " BadVers",   "Resp17",
    " Resp18",  " Resp19",   " Resp20",   "Resp21",    " Resp22",    " BadCookie",
};

struct Header {
    uint16_t id, flags;
    unsigned qd, an, ns, ar;
    unsigned opcode() const { return flags >> 11 & 0xf; }
    bool response() const { return flags & 0x8000; }
};

// The extended rcode lives in the first OPT record of the additional section: walk the
// records up to it, stopping quietly at anything not captured.
unsigned full_rcode(const Cursor& m, const Header& h) {
    unsigned rcode = h.flags & 0xf;
    const size_t end = m.size();
    size_t off = kHeaderLen;
    for (unsigned i = 0; i < h.qd; ++i) {
        if ((off = dns::skip_name(m, off)) == kNone) return rcode;
        off += 4;
        if (off >= end) return rcode;
    }
    for (unsigned i = 0; i < h.an + h.ns; ++i) {
        if ((off = dns::skip_name(m, off)) == kNone) return rcode;
        off += 8;
        if (off + 2 > end) return rcode;
        off += 2 + size_t{m.be16(off)};
        if (off >= end) return rcode;
    }
    for (unsigned i = 0; i < h.ar; ++i) {
        if ((off = dns::skip_name(m, off)) == kNone) return rcode;
        if (off + 2 > end) return rcode;
        const uint16_t type = m.be16(off);
        off += 4;
        if (off + 1 > end) return rcode;
        if (type == kTypeOpt) return rcode | unsigned{m.u8(off)} << 4;
        off += 4;
        if (off + 2 > end) return rcode;
        off += 2 + size_t{m.be16(off)};
        if (off >= end) return rcode;
    }
    return rcode;
}

void put_rcode(OutBuf& out, unsigned rcode) {
    if (rcode < std::size(kRcodes)) {
        out.put(kRcodes[rcode]);
    } else {
        out.put(" Resp");
        out.dec(rcode & 0xfff);
    }
}

// Records of one section, comma-separated after `label`, while captured bytes remain.
// `first_unchecked`: tcpdump does not look at the captured length before the first
// answer. Returns false (the caller ends with the truncation marker) when records the
// header announces could not all be printed.
bool print_section(Ctx& ctx, const Cursor& m, size_t& off, unsigned count, const char* label,
                   bool first_unchecked, bool mdns) {
    if (count && (first_unchecked || off < m.size())) {
        ctx.out.put(label);
        if ((off = dns::print_record(ctx, m, off, mdns)) == kNone) return false;
        --count;
        while (off < m.size() && count) {
            ctx.out.put(',');
            if ((off = dns::print_record(ctx, m, off, mdns)) == kNone) return false;
            --count;
        }
    }
    return count == 0;
}

bool print_response(Ctx& ctx, const Cursor& m, const Header& h, bool mdns) {
    OutBuf& out = ctx.out;
    out.dec(h.id);
    out.put(kOpcodes[h.opcode()]);
    put_rcode(out, full_rcode(m, h));
    if (h.flags & 0x0400) out.put('*');  // authoritative
    if (!(h.flags & 0x0080)) out.put('-');  // recursion not available
    if (h.flags & 0x0200) out.put('|');  // truncated
    if (h.flags & 0x0020) out.put('$');  // authentic data
    if (h.qd != 1) out.f(" [{}q]", h.qd);

    size_t off = kHeaderLen;
    for (unsigned i = 0; i < h.qd; ++i) {
        if (i != 0) out.put(',');
        if (ctx.opt.vflag > 1) {
            out.put(" q:");
            if ((off = dns::print_question(ctx, m, off, mdns)) == kNone) return false;
        } else {
            if ((off = dns::skip_name(m, off)) == kNone) return false;
            off += 4;
        }
    }
    out.f(" {}/{}/{}", h.an, h.ns, h.ar);
    if (!print_section(ctx, m, off, h.an, "", true, mdns)) return false;
    if (ctx.opt.vflag > 1) {
        if (!print_section(ctx, m, off, h.ns, " ns:", false, mdns)) return false;
        if (!print_section(ctx, m, off, h.ar, " ar:", false, mdns)) return false;
    }
    return true;
}

bool print_query(Ctx& ctx, const Cursor& m, const Header& h, bool mdns) {
    OutBuf& out = ctx.out;
    out.dec(h.id);
    out.put(kOpcodes[h.opcode()]);
    if (h.flags & 0x0100) out.put('+');  // recursion desired
    if (h.flags & 0x0010) out.put('%');  // checking disabled
    // Bits a query should not have set (AA, TC, RA, Z, rcode).
    if (h.flags & 0x6cf) out.f(" [b2&3=0x{:x}]", h.flags);
    if (h.opcode() == kOpcodeIquery) {
        if (h.qd) out.f(" [{}q]", h.qd);
        if (h.an != 1) out.f(" [{}a]", h.an);
    } else {
        if (h.an) out.f(" [{}a]", h.an);
        if (h.qd != 1) out.f(" [{}q]", h.qd);
    }
    if (h.ns) out.f(" [{}n]", h.ns);
    if (h.ar) out.f(" [{}au]", h.ar);

    size_t off = kHeaderLen;
    unsigned qd = h.qd;
    if (qd) {
        if ((off = dns::print_question(ctx, m, off, mdns)) == kNone) return false;
        --qd;
        while (off < m.size() && qd) {
            if ((off = dns::print_question(ctx, m, off, mdns)) == kNone) return false;
            --qd;
        }
    }
    if (qd) return false;
    if (ctx.opt.vflag > 1) {
        if (!print_section(ctx, m, off, h.an, "", true, mdns)) return false;
        if (!print_section(ctx, m, off, h.ns, " ns:", false, mdns)) return false;
        if (!print_section(ctx, m, off, h.ar, " ar:", false, mdns)) return false;
    }
    return true;
}

}  // namespace

void dns_print(Ctx& ctx, Cursor c, uint32_t length, bool over_tcp, bool mdns) {
    ctx.proto = "domain";
    if (over_tcp) {
        // RFC 1035 4.2.2: each message is preceded by its length.
        if (length < 2) {
            ctx.out.f(" [DNS over TCP: length {} < 2]", length);
            ctx.print_invalid();
            return;
        }
        length -= 2;
        const uint16_t prefix = c.be16(0);
        if (ctx.truncated) return;
        if (prefix != length) {
            ctx.out.f(" [prefix length({}) != length({})]", prefix, length);
            ctx.print_invalid();
            return;
        }
        c = c.skip(2);
        ctx.out.put(' ');
    }
    if (length < kHeaderLen) {
        ctx.out.f("domain [length {} < {}]", length, kHeaderLen);
        ctx.print_invalid();
        return;
    }
    if (!c.has(0, kHeaderLen)) {
        ctx.print_trunc();
        return;
    }
    const Header h{c.be16(0), c.be16(2), c.be16(4), c.be16(6), c.be16(8), c.be16(10)};
    const bool ok = h.response() ? print_response(ctx, c, h, mdns) : print_query(ctx, c, h, mdns);
    if (!ok) {
        ctx.print_trunc();
        return;
    }
    ctx.out.f(" ({})", length);
}

}  // namespace rd
