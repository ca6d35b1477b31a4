// OSI network layer by NLPID (ISO 8473 CLNP, ISO 9542 ES-IS, ISO 10589 IS-IS), and the
// helpers the OSI printers share (NSAPs, system IDs, Fletcher checksums).
#include <fmt/format.h>

#include "fr.hpp"
#include "isoclns.hpp"
#include "ringdump/format/hexdump.hpp"

namespace rd {

namespace osi {

const Tok kNlpids[15] = {
    {0x00, "NULL"},  {0x08, "Q.933"},  {0x09, "LMI"},       {0x80, "SNAP"}, {0x81, "CLNP"},
    {0x82, "ES-IS"}, {0x83, "IS-IS"},  {0x84, "CONS"},      {0x85, "IDRP"}, {0xc1, "ISIS_SPB"}, {0xb1, "FRF.15"},
    {0xcc, "IPv4"},  {0xcf, "PPP"},    {0x8a, "X25 ES-IS"}, {0x8e, "IPv6"},
};

namespace {
constexpr char kHex[] = "0123456789abcdef";
}

void put_nsap(Ctx& ctx, const Cursor& c, size_t off, size_t len) {
    if (!c.need(off, len)) return;
    if (len < 1 || len > 20) {
        ctx.out.put("isonsap_string: illegal length");
        return;
    }
    auto b = c.bytes(off, len);
    for (size_t i = 0; i < len; ++i) {
        ctx.out.put(kHex[b[i] >> 4]);
        ctx.out.put(kHex[b[i] & 0xf]);
        if ((i & 1) == 0 && i + 1 < len) ctx.out.put('.');
    }
}

void put_id(Ctx& ctx, const Cursor& c, size_t off, size_t len) {
    // Read every byte first: tcpdump builds the text before printing it.
    uint8_t b[kLspIdLen] = {};
    for (size_t i = 0; i < len && i < kLspIdLen; ++i) b[i] = c.u8(off + i);
    if (ctx.truncated) return;
    const size_t sys = len < kSysIdLen ? len : kSysIdLen;
    for (size_t i = 0; i < sys; ++i) {
        ctx.out.put(kHex[b[i] >> 4]);
        ctx.out.put(kHex[b[i] & 0xf]);
        if (i == 1 || i == 3) ctx.out.put('.');
    }
    if (len >= kNodeIdLen) ctx.out.f(".{:02x}", b[6]);
    if (len == kLspIdLen) ctx.out.f("-{:02x}", b[7]);
}

namespace {

// ISO 8473 Fletcher check bytes for the data with the checksum field taken as zero.
uint16_t osi_cksum(std::span<const uint8_t> d, size_t cksum_off) {
    uint32_t c0 = 0, c1 = 0;
    for (size_t i = 0; i < d.size(); ++i) {
        if (i != cksum_off && i != cksum_off + 1) c0 += d[i];
        c1 += c0;
    }
    c0 %= 255;
    c1 %= 255;
    const uint32_t mul = static_cast<uint32_t>(d.size() - cksum_off) * c0;
    int32_t x = static_cast<int32_t>(mul - c0 - c1);
    int32_t y = static_cast<int32_t>(c1 - mul - 1);
    if (y >= 0) ++y;
    if (x < 0) --x;
    x %= 255;
    y %= 255;
    if (x == 0) x = 255;
    if (y == 0) y = 255;
    return static_cast<uint16_t>((static_cast<uint32_t>(x) << 8) | (static_cast<uint32_t>(y) & 0xff));
}

}  // namespace

void put_cksum(Ctx& ctx, const Cursor& c, uint16_t cksum, size_t cksum_off, size_t len) {
    if (cksum == 0 || !c.has(cksum_off, 2) || cksum_off > len || !c.has(0, len)) {
        ctx.out.put(" (unverified)");
        return;
    }
    const uint16_t calc = osi_cksum(c.bytes(0, len), cksum_off);
    if (calc == cksum) ctx.out.put(" (correct)");
    else ctx.out.f(" (incorrect should be 0x{:04x})", calc);
}

void put_ip4_padded(Ctx& ctx, const uint8_t* a) {
    const uint32_t v = uint32_t{a[0]} << 24 | uint32_t{a[1]} << 16 | uint32_t{a[2]} << 8 | a[3];
    if (ctx.names.numeric()) {
        char buf[16];
        auto end = fmt::format_to(buf, "{}.{}.{}.{}", a[0], a[1], a[2], a[3]);
        ctx.out.f("{:>15}", std::string_view(buf, static_cast<size_t>(end - buf)));
        return;
    }
    static thread_local OutBuf tmp;
    tmp.clear();
    ctx.names.ipv4(tmp, v);
    for (size_t n = tmp.size(); n < 15; ++n) ctx.out.put(' ');
    ctx.out.put(tmp.view());
}

bool unknown_data(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t len) {
    if (ctx.truncated) return false;
    if (off > c.size()) {
        ctx.out.put(indent);
        ctx.out.put("Dissector error: print_unknown_data called with pointer past end of packet");
        return false;
    }
    print_unknown_data(ctx, c, off, indent, len);
    return true;
}

}  // namespace osi

namespace {

using namespace osi;

constexpr Tok kClnpPdus[] = {{1, "Error Report"}, {29, "MD"}, {28, "Data"}, {30, "Echo Request"},
                             {31, "Echo Response"}};
constexpr Tok kClnpFlags[] = {
    {0x80, "Segmentation permitted"}, {0x40, "more Segments"}, {0x20, "request Error Report"}};
constexpr Tok kClnpOptions[] = {{193, "Discard Reason"},  {205, "Priority"},
                                {195, "QoS Maintenance"}, {197, "Security"},
                                {200, "Source Routing"},  {203, "Route Recording"},
                                {204, "Padding"}};
constexpr Tok kRfdClass[] = {{0x0, "General"},  {0x8, "Address"},       {0x9, "Source Routeing"},
                             {0xa, "Lifetime"}, {0xb, "PDU Discarded"}, {0xc, "Reassembly"}};
constexpr Tok kRfdGeneral[] = {{0x0, "Reason not specified"},
                               {0x1, "Protocol procedure error"},
                               {0x2, "Incorrect checksum"},
                               {0x3, "PDU discarded due to congestion"},
                               {0x4, "Header syntax error (cannot be parsed)"},
                               {0x5, "Segmentation needed but not permitted"},
                               {0x6, "Incomplete PDU received"},
                               {0x7, "Duplicate option"}};
constexpr Tok kRfdAddress[] = {{0x0, "Destination address unreachable"},
                               {0x1, "Destination address unknown"}};
constexpr Tok kRfdSourceRoute[] = {{0x0, "Unspecified source routeing error"},
                                   {0x1, "Syntax error in source routeing field"},
                                   {0x2, "Unknown address in source routeing field"},
                                   {0x3, "Path not acceptable"}};
constexpr Tok kRfdLifetime[] = {{0x0, "Lifetime expired while data unit in transit"},
                                {0x1, "Lifetime expired during reassembly"}};
constexpr Tok kRfdDiscard[] = {{0x0, "Unsupported option not specified"},
                               {0x1, "Unsupported protocol version"},
                               {0x2, "Unsupported security option"},
                               {0x3, "Unsupported source routeing option"},
                               {0x4, "Unsupported recording of route option"}};
constexpr Tok kRfdReassembly[] = {{0x0, "Reassembly interference"}};
constexpr Tok kScopes[] = {
    {0x40, "Source Address Specific"}, {0x80, "Destination Address Specific"}, {0xc0, "Globally unique"}};
constexpr Tok kSrRr[] = {{0x0, "partial"}, {0x1, "complete"}};
constexpr Tok kSrRrString[] = {{200, "source routing"}, {203, "recording of route in progress"}};
constexpr Tok kQosGlobal[] = {{0x20, "reserved"},       {0x10, "sequencing vs. delay"},
                              {0x08, "congested"},      {0x04, "delay vs. cost"},
                              {0x02, "error vs. delay"}, {0x01, "error vs. cost"}};

std::span<const Tok> rfd_table(uint8_t major) {
    switch (major) {
    case 0x0: return kRfdGeneral;
    case 0x8: return kRfdAddress;
    case 0x9: return kRfdSourceRoute;
    case 0xa: return kRfdLifetime;
    case 0xb: return kRfdDiscard;
    case 0xc: return kRfdReassembly;
    default: return {};
    }
}

constexpr size_t kClnpHdrLen = 9;

// "LI < min PDU size": every captured byte from the header on, as %02X.
void dump_upper(Ctx& ctx, const Cursor& c) {
    for (uint8_t b : c.rest(0)) ctx.out.f("{:02X}", b);
}

// One CLNP option body (op, opli bytes at off, all captured); false = stop the PDU.
bool clnp_option(Ctx& ctx, const Cursor& c, size_t off, uint8_t op, uint8_t opli) {
    OutBuf& out = ctx.out;
    switch (op) {
    case 203:
    case 200: {
        if (opli < 2) {
            out.put(", bad opt len");
            return false;
        }
        put_tok(ctx, kSrRr, c.u8(off), "Unknown");
        out.put(' ');
        put_tok(ctx, kSrRrString, op, "Unknown Option {}");
        uint32_t nsap_off = c.u8(off + 1);
        if (nsap_off == 0) {
            out.put(" Bad NSAP offset (0)");
            break;
        }
        nsap_off -= 1;
        if (nsap_off > opli) {
            out.put(" Bad NSAP offset (past end of option)");
            break;
        }
        const size_t p = off + nsap_off;
        uint32_t tlen = opli - nsap_off;
        while (tlen > 0 && !ctx.truncated) {
            const uint32_t alen = c.u8(p);
            if (tlen < alen + 1) {
                out.put("\n\t    NSAP address goes past end of option");
                break;
            }
            if (alen > 0) {
                if (!c.need(p + 1, alen)) return false;
                out.f("\n\t    NSAP address (length {}): ", alen);
                put_nsap(ctx, c, p + 1, alen);
            }
            tlen -= alen + 1;  // tcpdump re-reads the same address: p stays put
        }
        break;
    }
    case 205:
        if (opli < 1) {
            out.put(", bad opt len");
            return false;
        }
        out.f("0x{:x}", c.u8(off) & 0x0f);
        break;
    case 195: {
        if (opli < 1) {
            out.put(", bad opt len");
            return false;
        }
        const uint8_t v = c.u8(off);
        out.put("\n\t    Format Code: ");
        put_tok(ctx, kScopes, v & 0xc0, "Reserved");
        if ((v & 0xc0) == 0xc0) {
            out.put("\n\t    QoS Flags [");
            put_bits(ctx, kQosGlobal, v & 0x3f, ", ");
            out.put(']');
        }
        break;
    }
    case 197:
        if (opli < 2) {
            out.put(", bad opt len");
            return false;
        }
        out.put("\n\t    Format Code: ");
        put_tok(ctx, kScopes, c.u8(off) & 0xc0, "Reserved");
        out.f(", Security-Level {}", c.u8(off + 1));
        break;
    case 193: {
        if (opli < 1) {
            out.put(", bad opt len");
            return false;
        }
        const uint8_t e = c.u8(off);
        const uint8_t major = e >> 4, minor = e & 0x0f;
        out.put("\n\t    Class: ");
        put_tok(ctx, kRfdClass, major, "Unknown");
        out.f(" Error (0x{:x}), ", major);
        put_tok(ctx, rfd_table(major), minor, "Unknown");
        out.f(" (0x{:x})", minor);
        break;
    }
    case 204: out.put("padding data"); break;
    default: print_unknown_data(ctx, c, off, "\n\t  ", opli); break;
    }
    return true;
}

// One CLNP header and what follows it. An error report quoting a CLNP header sets
// *inner to it and *nested, and returns true: tcpdump prints the quoted PDU after a marker (and
// ignores how that goes), which the caller does in a loop instead of recursing.
bool clnp_one(Ctx& ctx, Cursor c, uint32_t length, Cursor* inner, uint32_t* inner_len, bool* nested) {
    ctx.proto = "clnp";
    OutBuf& out = ctx.out;
    if (!c.has(0, kClnpHdrLen)) {
        ctx.print_trunc();
        return true;
    }
    const uint8_t li = c.u8(1);
    if (!ctx.opt.eflag) out.put("CLNP");
    if (c.u8(2) != 1) {
        out.f("version {} packet not supported", c.u8(2));
        return false;
    }
    if (li > length) {
        out.f(" length indicator({}) > PDU size ({})!", li, length);
        return false;
    }
    if (li < kClnpHdrLen) {
        out.f(" length indicator {} < min PDU size:", li);
        dump_upper(ctx, c);
        return false;
    }
    const uint8_t type = c.u8(4);
    const uint8_t pdu_type = type & 0x1f, flags = type & 0xe0;
    size_t p = kClnpHdrLen;
    uint32_t left = li - kClnpHdrLen;
    const char* const li_msg = "li < size of fixed part of CLNP header and addresses";
    if (left < 1) {
        out.put(li_msg);
        return false;
    }
    const uint8_t dst_len = c.u8(p);
    const size_t dst = p + 1;
    p += 1;
    left -= 1;
    if (left < dst_len) {
        out.put(li_msg);
        return false;
    }
    if (!c.has(p, dst_len)) {
        ctx.print_trunc();
        return true;
    }
    p += dst_len;
    left -= dst_len;
    if (left < 1) {
        out.put(li_msg);
        return false;
    }
    const uint8_t src_len = c.u8(p);
    const size_t src = p + 1;
    p += 1;
    left -= 1;
    if (left < src_len) {
        out.put(li_msg);
        return false;
    }
    if (!c.has(p, src_len)) {
        ctx.print_trunc();
        return true;
    }
    p += src_len;
    left -= src_len;

    const char* sep = ctx.opt.eflag ? "" : ", ";
    if (ctx.opt.vflag < 1) {
        out.put(sep);
        put_nsap(ctx, c, src, src_len);
        out.put(" > ");
        put_nsap(ctx, c, dst, dst_len);
        out.put(", ");
        put_tok(ctx, kClnpPdus, pdu_type, "unknown ({})");
        out.f(", length {}", length);
        return true;
    }
    out.f("{}length {}", sep, length);
    out.put("\n\t");
    put_tok(ctx, kClnpPdus, pdu_type, "unknown ({})");
    const uint8_t lifetime = c.u8(3);
    out.f(" PDU, hlen: {}, v: {}, lifetime: {}.{}s, Segment PDU length: {}, checksum: 0x{:04x}", li,
          c.u8(2), lifetime / 2, (lifetime % 2) * 5, c.be16(5), c.be16(7));
    put_cksum(ctx, c, c.be16(7), 7, li);
    out.put("\n\tFlags [");
    put_bits(ctx, kClnpFlags, flags, ", ");
    out.f("]\n\tsource address (length {}): ", src_len);
    put_nsap(ctx, c, src, src_len);
    out.f("\n\tdest   address (length {}): ", dst_len);
    put_nsap(ctx, c, dst, dst_len);

    if (flags & 0x80) {
        if (left < 6) {
            out.put("li < size of fixed part of CLNP header, addresses, and segment part");
            return false;
        }
        if (!c.has(p, 6)) {
            ctx.print_trunc();
            return true;
        }
        out.f("\n\tData Unit ID: 0x{:04x}, Segment Offset: {}, Total PDU Length: {}", c.be16(p),
              c.be16(p + 2), c.be16(p + 4));
        p += 6;
        left -= 6;
    }

    while (left != 0 && !ctx.truncated) {
        if (left < 2) {
            out.put(", bad opts/li");
            return false;
        }
        const uint8_t op = c.u8(p), opli = c.u8(p + 1);
        p += 2;
        left -= 2;
        if (opli > left) {
            out.f(", opt ({}) too long", op);
            return false;
        }
        if (!c.has(p, opli)) {
            ctx.print_trunc();
            return true;
        }
        left -= opli;
        out.put("\n\t  ");
        put_tok(ctx, kClnpOptions, op, "Unknown");
        out.f(" Option #{}, length {}, value: ", op, opli);
        if (!clnp_option(ctx, c, p, op, opli)) return false;
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p, "\n\t  ", opli);
        p += opli;
    }
    if (ctx.truncated) return true;

    if (pdu_type == 1 || pdu_type == 31) {
        if (c.u8(p) == kNlpidClnp) {
            out.put("\n\t-----original packet-----\n\t");
            *inner = c.skip(p);
            *inner_len = length - li;
            *nested = true;
            return true;
        }
    }
    if (length > p) {
        out.f("\n\t  undecoded non-header data, length {}", length - li);
        print_unknown_data(ctx, c, p, "\n\t  ", length - p);
    }
    return true;
}

bool clnp_print(Ctx& ctx, Cursor c, uint32_t length) {
    bool nested = false;
    const bool ok = clnp_one(ctx, c, length, &c, &length, &nested);
    // Quoted PDUs nest as deep as the packet allows; their results do not matter.
    while (nested) {
        nested = false;
        clnp_one(ctx, c, length, &c, &length, &nested);
    }
    return ok;
}

constexpr Tok kEsisPdus[] = {{6, "redirect"}, {2, "ESH"}, {4, "ISH"}};
constexpr Tok kEsisOptions[] = {{129, "Protocols supported"}, {195, "QoS Maintenance"},
                                {197, "Security"},            {198, "ES Configuration Time"},
                                {205, "Priority"},            {225, "Addressk Mask"},
                                {226, "SNPA Mask"}};
constexpr size_t kEsisHdrLen = 9;

void put_snpa(Ctx& ctx, const Cursor& c, size_t off, uint8_t len) {
    if (len == 6) {
        put_mac_at(ctx, c, off);
        return;
    }
    if (!c.need(off, len)) return;
    if (len == 0) {
        ctx.out.put("<empty>");
        return;
    }
    for (size_t i = 0; i < len; ++i) {
        if (i) ctx.out.put(':');
        ctx.out.f("{:02x}", c.u8(off + i));
    }
}

void esis_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "esis";
    OutBuf& out = ctx.out;
    if (!ctx.opt.eflag) out.put("ES-IS");
    if (length <= 2) {
        out.put(ctx.opt.qflag ? "bad pkt!" : "no header at all!");
        return;
    }
    if (!c.has(0, kEsisHdrLen)) {
        ctx.print_trunc();
        return;
    }
    uint32_t li = c.u8(1);
    if (c.u8(0) != kNlpidEsis) {
        out.f(" nlpid 0x{:02x} packet not supported", c.u8(0));
        return;
    }
    const uint8_t version = c.u8(2);
    if (version != 1) {
        out.f(" version {} packet not supported", version);
        return;
    }
    if (li > length) {
        out.f(" length indicator({}) > PDU size ({})!", li, length);
        return;
    }
    if (li < kEsisHdrLen + 2) {
        out.f(" length indicator {} < min PDU size:", li);
        dump_upper(ctx, c);
        return;
    }
    const uint8_t pdu_type = c.u8(4) & 0x1f;
    const char* sep = ctx.opt.eflag ? "" : ", ";
    if (ctx.opt.vflag < 1) {
        out.put(sep);
        put_tok(ctx, kEsisPdus, pdu_type, "unknown type ({})");
        out.f(", length {}", length);
        return;
    }
    out.f("{}length {}\n\t", sep, length);
    put_tok(ctx, kEsisPdus, pdu_type, "unknown type: {}");
    out.f(" ({}), v: {}", pdu_type, version);
    out.f(", checksum: 0x{:04x}", c.be16(7));
    put_cksum(ctx, c, c.be16(7), 7, li);
    out.f(", holding time: {}s, length indicator: {}", c.be16(5), li);
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, 0, "\n\t", kEsisHdrLen);
    size_t p = kEsisHdrLen;
    li -= kEsisHdrLen;

    switch (pdu_type) {
    case 6: {
        const char* bad = ", bad redirect/li";
        if (!c.has(p, 1)) return ctx.print_trunc();
        if (li < 1) return out.put(bad);
        const uint8_t dstl = c.u8(p);
        p++;
        li--;
        if (!c.has(p, dstl)) return ctx.print_trunc();
        if (li < dstl) return out.put(bad);
        const size_t dst = p;
        p += dstl;
        li -= dstl;
        out.put("\n\t  ");
        put_nsap(ctx, c, dst, dstl);
        if (!c.has(p, 1)) return ctx.print_trunc();
        if (li < 1) return out.put(bad);
        const uint8_t snpal = c.u8(p);
        p++;
        li--;
        if (!c.has(p, snpal)) return ctx.print_trunc();
        if (li < snpal) return out.put(bad);
        const size_t snpa = p;
        p += snpal;
        li -= snpal;
        if (!c.has(p, 1)) return ctx.print_trunc();
        if (li < 1) return out.put(bad);
        const uint8_t netal = c.u8(p);
        p++;
        if (!c.has(p, netal)) return ctx.print_trunc();
        if (li < netal) return out.put(bad);
        const size_t neta = p;
        p += netal;
        li -= netal;
        out.f("\n\t  SNPA (length: {}): ", snpal);
        put_snpa(ctx, c, snpa, snpal);
        if (netal != 0) {
            out.f("\n\t  NET (length: {}) ", netal);
            put_nsap(ctx, c, neta, netal);
        }
        break;
    }
    case 2: {
        const char* bad = ", bad esh/li";
        if (!c.has(p, 1)) return ctx.print_trunc();
        if (li < 1) return out.put(bad);
        uint32_t n = c.u8(p);
        p++;
        li--;
        out.f("\n\t  Number of Source Addresses: {}", n);
        while (n > 0 && !ctx.truncated) {
            if (!c.has(p, 1)) return ctx.print_trunc();
            if (li < 1) return out.put(bad);
            const uint8_t alen = c.u8(p);
            p++;
            li--;
            if (!c.has(p, alen)) return ctx.print_trunc();
            if (li < alen) return out.put(bad);
            out.f("\n\t  NET (length: {}): ", alen);
            put_nsap(ctx, c, p, alen);
            p += alen;
            li -= alen;
            n--;
        }
        break;
    }
    case 4: {
        const char* bad = ", bad ish/li";
        if (!c.has(p, 1)) return ctx.print_trunc();
        if (li < 1) return out.put(bad);
        const uint8_t alen = c.u8(p);
        p++;
        li--;
        if (!c.has(p, alen)) return ctx.print_trunc();
        if (li < alen) return out.put(bad);
        out.f("\n\t  NET (length: {}): ", alen);
        put_nsap(ctx, c, p, alen);
        p += alen;
        li -= alen;
        break;
    }
    default:
        if (ctx.opt.vflag <= 1 && c.has(p, 1)) print_unknown_data(ctx, c, p, "\n\t  ", c.size() - p);
        return;
    }

    while (li != 0 && !ctx.truncated) {
        if (li < 2) return out.put(", bad opts/li");
        const uint8_t op = c.u8(p);
        uint32_t opli = c.u8(p + 1);
        p += 2;
        li -= 2;
        if (opli > li) {
            out.f(", opt ({}) too long", op);
            return;
        }
        li -= opli;
        size_t t = p;
        out.put("\n\t  ");
        put_tok(ctx, kEsisOptions, op, "Unknown");
        out.f(" Option #{}, length {}, value: ", op, opli);
        switch (op) {
        case 198:
            if (opli == 2) {
                if (!c.has(p, 2)) return ctx.print_trunc();
                out.f("{}s", c.be16(t));
            } else {
                out.put("(bad length)");
            }
            break;
        case 129:
            while (opli > 0 && !ctx.truncated) {
                const uint8_t id = c.u8(t);
                if (ctx.truncated) break;
                put_tok(ctx, kNlpids, id, "unknown");
                out.f(" (0x{:02x})", id);
                if (opli > 1) out.put(", ");
                t++;
                opli--;  // tcpdump's -vv dump and advance below then use 0
            }
            break;
        default: print_unknown_data(ctx, c, t, "\n\t  ", opli); break;
        }
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p, "\n\t  ", opli);
        p += opli;
    }
}

}  // namespace

void isoclns_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "isoclns";
    const uint8_t nlpid = c.u8(0);
    if (ctx.truncated) return;
    OutBuf& out = ctx.out;
    if (ctx.opt.eflag) {
        out.put("OSI NLPID ");
        put_tok(ctx, osi::kNlpids, nlpid, "Unknown");
        out.f(" (0x{:02x}): ", nlpid);
    }
    const char* sep = ctx.opt.eflag ? "" : ", ";
    switch (nlpid) {
    case osi::kNlpidClnp:
        if (!clnp_print(ctx, c, length)) osi::unknown_data(ctx, c, 0, "\n\t", length);
        break;
    case osi::kNlpidEsis: esis_print(ctx, c, length); break;
    case osi::kNlpidIsis:
        if (!osi::isis_print(ctx, c, length)) osi::unknown_data(ctx, c, 0, "\n\t", length);
        break;
    case 0x00: out.f("{}length: {}", sep, length); break;
    case 0xcc: ip_print(ctx, c.skip(1), length - 1); break;
    case 0x8e: ip6_print(ctx, c.skip(1), length - 1); break;
    case 0xcf: ppp_print(ctx, c.skip(1), length - 1); break;
    case 0x08: q933_print(ctx, c.skip(1), length - 1); break;
    default:
        if (!ctx.opt.eflag) out.f("OSI NLPID 0x{:02x} unknown", nlpid);
        out.f("{}length: {}", sep, length);
        if (length > 1) osi::unknown_data(ctx, c, 0, "\n\t", length);
        break;
    }
}

}  // namespace rd
