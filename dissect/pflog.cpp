// OpenBSD/FreeBSD/Darwin pf log frames: the pfloghdr (rule, reason, action, direction,
// interface) and then the logged IPv4 or IPv6 packet.
#include "pflog.hpp"

namespace rd {

namespace {

// pfloghdr layout (the common part every BSD shares).
constexpr size_t kOffLength = 0, kOffAf = 1, kOffAction = 2, kOffReason = 3, kOffIfname = 4,
                 kOffRuleset = 20, kOffRulenr = 36, kOffSubrulenr = 40, kOffDir = 60;
constexpr size_t kNameSize = 16;
constexpr uint32_t kStructSize = 64;  // the whole header as tcpdump's Linux build knows it
constexpr uint32_t kMinHdrLen = 45;

// tcpdump's Linux build knows only the reasons and actions every BSD has.
constexpr Tok kReasons[] = {
    {0, "0(match)"},        {1, "1(bad-offset)"},   {2, "2(fragment)"},         {4, "3(short)"},
    {5, "5(memory)"},       {6, "6(bad-timestamp)"}, {7, "7(congestion)"},      {8, "8(ip-option)"},
    {9, "9(proto-cksum)"},  {10, "10(state-mismatch)"}, {11, "11(state-insert)"}, {12, "12(state-limit)"},
    {13, "13(src-limit)"},  {14, "14(synproxy)"},
};
constexpr Tok kActions[] = {
    {0, "pass"},   {1, "block"},   {2, "scrub"}, {4, "nat"},   {5, "nonat"},         {6, "binat"},
    {7, "nobinat"}, {8, "rdr"},    {9, "nordr"}, {10, "synproxy-drop"},
};
constexpr Tok kDirections[] = {{0, "in/out"}, {1, "in"}, {2, "out"}};

// Address families: 4.2BSD's AF_INET, and AF_INET6 as OpenBSD/NetBSD, FreeBSD and Darwin
// number it.
constexpr uint8_t kAfInet = 2, kAfInet6Bsd = 24, kAfInet6FreeBsd = 28, kAfInet6Darwin = 30;

void header_print(Ctx& ctx, const Cursor& c) {
    ctx.proto = "pflog";
    OutBuf& out = ctx.out;
    const uint32_t rulenr = c.be32(kOffRulenr);
    const uint32_t subrulenr = c.be32(kOffSubrulenr);
    if (subrulenr == 0xffffffffu) {
        out.f("rule {}/", rulenr);
    } else {
        out.f("rule {}.", rulenr);
        put_string_nul_padded(ctx, c, kOffRuleset, kNameSize);
        out.f(".{}/", subrulenr);
    }
    put_tok(ctx, kReasons, c.u8(kOffReason), "unkn({})");
    out.put(": ");
    put_tok(ctx, kActions, c.u8(kOffAction), "unkn({})");
    out.put(' ');
    put_tok(ctx, kDirections, c.u8(kOffDir), "unkn({})");
    out.put(" on ");
    put_string_nul_padded(ctx, c, kOffIfname, kNameSize);
    out.put(": ");
}

}  // namespace

uint32_t pflog_if_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "pflog";
    uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < 1) {
        ctx.print_trunc();
        return caplen;
    }
    const uint8_t hlen = c.u8(kOffLength);
    if (hlen < kMinHdrLen) {
        ctx.out.put("[pflog: invalid header length!]");
        return hlen;  // tcpdump's -x dump starts there, whatever the header really is
    }
    const uint32_t hdrlen = (hlen + 3u) & ~3u;
    if (caplen < hdrlen || caplen < kStructSize) {
        ctx.print_trunc();
        return hdrlen;
    }
    if (ctx.opt.eflag) header_print(ctx, c);

    const uint8_t af = c.u8(kOffAf);
    length -= hdrlen;  // wraps like tcpdump's unsigned arithmetic for a short wire length
    caplen -= hdrlen;
    const Cursor p = c.skip(hdrlen);
    switch (af) {
    case kAfInet: ip_print(ctx, p, length); break;
    case kAfInet6Bsd:
    case kAfInet6FreeBsd:
    case kAfInet6Darwin: ip6_print(ctx, p, length); break;
    default:
        if (!ctx.opt.eflag) header_print(ctx, c);
        default_print(ctx, p.rest());
        break;
    }
    return hdrlen;
}

}  // namespace rd
