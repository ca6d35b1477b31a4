// RPKI-Router protocol (RFC 6810), TCP port 323: PDUs (shown with -v), including one
// level of PDU encapsulated in an Error Report.
#include "rpki_rtr.hpp"

namespace rd {

namespace {

constexpr Tok kPduTypes[] = {
    {0, "Serial Notify"}, {1, "Serial Query"}, {2, "Reset Query"},  {3, "Cache Response"},
    {4, "IPV4 Prefix"},   {6, "IPV6 Prefix"},  {7, "End of Data"},  {8, "Cache Reset"},
    {10, "Error Report"},
};
constexpr Tok kErrorCodes[] = {
    {0, "Corrupt Data"},       {1, "Internal Error"},       {2, "No Data Available"},
    {3, "Invalid Request"},    {4, "Unsupported Protocol Version"},
    {5, "Unsupported PDU Type"}, {6, "Withdrawal of Unknown Record"},
    {7, "Duplicate Announcement Received"},
};
constexpr uint32_t kHdr = 8;

// "\n" then a tab per 8 columns and spaces for the rest.
void put_indent(OutBuf& out, unsigned indent) {
    out.put('\n');
    for (; indent >= 8; indent -= 8) out.put('\t');
    for (; indent; --indent) out.put(' ');
}

// One PDU at off of at most len bytes; returns the bytes it used.
uint32_t pdu_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, bool recurse, unsigned indent) {
    OutBuf& out = ctx.out;
    bool hexdump = false;
    uint32_t pdu_len = 0;
    auto invalid = [&]() -> uint32_t {
        ctx.print_invalid();
        (void)c.need(off, len);
        return len;
    };
    const uint8_t ver = c.u8(off);
    if (ctx.truncated) return len;
    if (ver != 0) {
        put_indent(out, 8);
        out.f("RPKI-RTRv{} (unknown)", ver);
        return len;
    }
    if (len < kHdr) {
        out.f("({} bytes is too few to decode)", len);
        return invalid();
    }
    const uint8_t type = c.u8(off + 1);
    pdu_len = c.be32(off + 4);
    if (ctx.truncated) return len;
    put_indent(out, 8);
    out.f("RPKI-RTRv{}, ", ver);
    put_tok(ctx, kPduTypes, type, "Unknown");
    out.f(" PDU ({}), length: {}", type, pdu_len);
    if (pdu_len < kHdr || pdu_len > len) return invalid();
    switch (type) {
    case 0: case 1: case 7: {
        if (pdu_len != kHdr + 4) return invalid();
        const uint16_t sid = c.be16(off + 2);
        const uint32_t serial = c.be32(off + 8);
        if (ctx.truncated) return len;
        put_indent(out, indent + 2);
        out.f("Session ID: 0x{:04x}, Serial: {}", sid, serial);
        break;
    }
    case 2: case 8:
        if (pdu_len != kHdr) return invalid();
        break;
    case 3: {
        if (pdu_len != kHdr) return invalid();
        const uint16_t sid = c.be16(off + 2);
        if (ctx.truncated) return len;
        put_indent(out, indent + 2);
        out.f("Session ID: 0x{:04x}", sid);
        break;
    }
    case 4: case 6: {
        const bool v6 = type == 6;
        if (pdu_len != (v6 ? 32u : 20u)) return invalid();
        const size_t alen = v6 ? 16 : 4;
        if (!c.need(off + 8, 4 + alen + 4)) return len;
        put_indent(out, indent + 2);
        out.put(v6 ? "IPv6 Prefix " : "IPv4 Prefix ");
        if (v6) put_ip6_at(ctx, c, off + 12);
        else put_ip4_at(ctx, c, off + 12);
        out.f("/{}-{}, origin-as {}, flags 0x{:02x}", c.u8(off + 9), c.u8(off + 10), c.be32(off + 12 + alen),
              c.u8(off + 8));
        break;
    }
    case 10: {
        uint32_t tlen = kHdr;
        if (pdu_len < tlen + 4) return invalid();
        const uint32_t encap = c.be32(off + 8);
        tlen += 4;
        const uint16_t code = c.be16(off + 2);
        if (ctx.truncated) return len;
        put_indent(out, indent + 2);
        out.put("Error code: ");
        put_tok(ctx, kErrorCodes, code, "Unknown");
        out.f(" ({}), Encapsulated PDU length: {}", code, encap);
        if (encap) {
            if (pdu_len < uint64_t{tlen} + encap) return invalid();
            if (!recurse) {
                if (!c.need(off, uint64_t{tlen} + encap)) return len;
            } else {
                put_indent(out, indent + 4);
                out.put("-----encapsulated PDU-----");
                pdu_print(ctx, c, off + tlen, encap, false, indent + 2);
            }
            tlen += encap;
        }
        if (pdu_len < uint64_t{tlen} + 4) return invalid();
        const uint32_t text_len = c.be32(off + tlen);
        if (ctx.truncated) return len;
        tlen += 4;
        if (text_len) {
            if (pdu_len < uint64_t{tlen} + text_len) return invalid();
            put_indent(out, indent + 2);
            out.put("Error text: ");
            put_string_n(ctx, c, off + tlen, text_len);
        }
        break;
    }
    default:
        if (!c.need(off, pdu_len)) return len;
        hexdump = true;
        break;
    }
    if (ctx.opt.vflag > 1 || (ctx.opt.vflag && hexdump)) print_unknown_data(ctx, c, off, "\n\t  ", pdu_len);
    return pdu_len;
}

}  // namespace

void rpki_rtr_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "rpki_rtr";
    if (!ctx.opt.vflag) {
        ctx.out.put(", RPKI-RTR");
        return;
    }
    size_t off = 0;
    while (length && !ctx.truncated) {
        const uint32_t used = pdu_print(ctx, c, off, length, true, 8);
        length -= used;
        off += used;
    }
}

}  // namespace rd
