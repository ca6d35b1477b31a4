// PPP over Ethernet (RFC 2516): discovery packets with their tags, session packets
// carrying PPP.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kPppoeHdrLen = 6;
constexpr size_t kMaxTagText = 79;  // tag values longer than this show cut

constexpr Tok kPppoeCodes[] = {{0x09, "PADI"}, {0x07, "PADO"}, {0x19, "PADR"},
                               {0x65, "PADS"}, {0xa7, "PADT"}, {0x00, ""}};
constexpr Tok kPppoeTags[] = {
    {0x0000, "EOL"},          {0x0101, "Service-Name"},       {0x0102, "AC-Name"},
    {0x0103, "Host-Uniq"},    {0x0104, "AC-Cookie"},          {0x0105, "Vendor-Specific"},
    {0x0110, "Relay-Session-ID"}, {0x0120, "PPP-Max-Payload"}, {0x0201, "Service-Name-Error"},
    {0x0202, "AC-System-Error"},  {0x0203, "Generic-Error"},
};

bool printable(uint8_t b) { return b >= 0x20 && b < 0x7f; }

void put_tag_name(Ctx& ctx, uint16_t type) { put_tok(ctx, kPppoeTags, type, "TAG-0x{:x}"); }

// Discovery tags in [0, end) of c; stops after an EOL tag.
void tags_print(Ctx& ctx, const Cursor& c, uint32_t end) {
    OutBuf& out = ctx.out;
    uint32_t off = 0;
    uint16_t type = 0xffff;
    while (type != 0 && off < end) {
        type = c.be16(off);
        const uint16_t len = c.be16(off + 2);
        if (ctx.truncated) return;
        off += 4;
        if (len == 0) {
            out.put(" [");
            put_tag_name(ctx, type);
            out.put(']');
            continue;
        }
        if (!c.need(off, len)) return;
        const auto v = c.bytes(off, len);
        const size_t shown = len < kMaxTagText ? len : kMaxTagText;
        size_t text = 0;
        for (size_t i = 0; i < shown; ++i) text += printable(v[i]);
        out.put(" [");
        put_tag_name(ctx, type);
        if (text > shown - text) {
            out.put(" \"");
            for (size_t i = 0; i < shown; ++i) out.put(printable(v[i]) ? static_cast<char>(v[i]) : '.');
            out.put("\"]");
        } else {
            out.put(" 0x");
            for (uint8_t b : v) out.f("{:02X}", b);
            out.put(']');
        }
        off += len;
    }
}

}  // namespace

uint32_t pppoe_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "pppoe";
    OutBuf& out = ctx.out;
    if (length < kPppoeHdrLen) {
        out.f(" (length {} < {})", length, kPppoeHdrLen);
        ctx.print_invalid();
        return length;
    }
    length -= kPppoeHdrLen;
    if (!c.need(0, kPppoeHdrLen)) return 0;
    const uint8_t vt = c.u8(0);
    const uint8_t code = c.u8(1);
    const uint16_t session = c.be16(2);
    uint32_t plen = c.be16(4);
    if ((vt >> 4) != 1) out.f(" [ver {}]", vt >> 4);
    if ((vt & 0x0f) != 1) out.f(" [type {}]", vt & 0x0f);
    out.put("PPPoE ");
    put_tok(ctx, kPppoeCodes, code, "PAD-{:x}");
    if (code == 0x09 && plen > 1484 - kPppoeHdrLen) out.f(" [len {}!]", plen);
    if (plen > length) {
        out.f(" [len {} > {}!]", plen, length);
        plen = length;
    }
    if (session) out.f(" [ses 0x{:x}]", session);
    if (code) {
        tags_print(ctx, c.skip(kPppoeHdrLen), plen);
        return kPppoeHdrLen;
    }
    out.put(' ');
    return kPppoeHdrLen + ppp_print(ctx, c.skip(kPppoeHdrLen), plen);
}

}  // namespace rd
