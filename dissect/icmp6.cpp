// ICMPv6 (RFC 4443): the message types and error messages; neighbour discovery, MLD,
// node information, router renumbering and RPL live in the other icmp6_*.cpp files.
#include "checksum.hpp"
#include "icmp6.hpp"

namespace rd {

namespace {

constexpr uint8_t kDstUnreach = 1, kPacketTooBig = 2, kTimeExceeded = 3, kParamProb = 4,
                  kEchoRequest = 128, kEchoReply = 129, kMldQuery = 130, kMldReport = 131,
                  kMldDone = 132, kRouterSolicit = 133, kRouterAdvert = 134,
                  kNeighborSolicit = 135, kNeighborAdvert = 136, kRedirect = 137,
                  kRouterRenumbering = 138, kNiQuery = 139, kNiReply = 140, kIndSolicit = 141,
                  kIndAdvert = 142, kMldv2Report = 143, kHaDiscovRequest = 144,
                  kHaDiscovReply = 145, kMobilePrefixSolicit = 146, kMobilePrefixAdvert = 147,
                  kRpl = 155;

constexpr Tok kTypes[] = {
    {kDstUnreach, "destination unreachable"},
    {kPacketTooBig, "packet too big"},
    {kTimeExceeded, "time exceeded in-transit"},
    {kParamProb, "parameter problem"},
    {kEchoRequest, "echo request"},
    {kEchoReply, "echo reply"},
    {kMldQuery, "multicast listener query"},
    {kMldReport, "multicast listener report"},
    {kMldDone, "multicast listener done"},
    {kRouterSolicit, "router solicitation"},
    {kRouterAdvert, "router advertisement"},
    {kNeighborSolicit, "neighbor solicitation"},
    {kNeighborAdvert, "neighbor advertisement"},
    {kRedirect, "redirect"},
    {kRouterRenumbering, "router renumbering"},
    {kIndSolicit, "inverse neighbor solicitation"},
    {kIndAdvert, "inverse neighbor advertisement"},
    {kMldv2Report, "multicast listener report v2"},
    {kHaDiscovRequest, "ha discovery request"},
    {kHaDiscovReply, "ha discovery reply"},
    {kMobilePrefixSolicit, "mobile router solicitation"},
    {kMobilePrefixAdvert, "mobile router advertisement"},
    {kNiQuery, "who-are-you request"},
    {kNiReply, "who-are-you reply"},
    {200, "mtrace response"},
    {201, "mtrace message"},
    {kRpl, "RPL"},
};

constexpr Tok kUnreachCodes[] = {
    {0, "unreachable route"},   {1, " unreachable prohibited"}, {2, "beyond scope"},
    {3, "unreachable address"}, {4, "unreachable port"},
};

// Offsets of the quoted IPv6 header's addresses in an error message.
constexpr size_t kInnerSrc = 8 + 8, kInnerDst = 8 + 24;

// tcpdump's get_upperlayer: walk the quoted packet's extension headers to its TCP or UDP
// header. Returns the offset of that header (in c), or 0 when there is none to show.
size_t quoted_transport(const Cursor& c, uint8_t& proto) {
    constexpr size_t kIp = 8;
    if (!c.has(kIp + 6, 1)) return 0;
    uint8_t nh = c.u8(kIp + 6);
    size_t off = kIp, hlen = 40;
    while (off < c.size()) {
        off += hlen;
        switch (nh) {
        case 6:
        case 17:
            if (!c.has(off + 2, 2)) return 0;
            proto = nh;
            return off;
        case 0:
        case 60:
        case 43:
            if (!c.has(off + 1, 1)) return 0;
            nh = c.u8(off);
            hlen = (size_t{c.u8(off + 1)} + 1) << 3;
            break;
        case 44:
            if (!c.has(off + 2, 2)) return 0;
            if ((c.be16(off + 2) & 0xfff8) != 0) return 0;
            nh = c.u8(off);
            hlen = 8;
            break;
        case 51:
            if (!c.has(off + 1, 1)) return 0;
            nh = c.u8(off);
            hlen = (size_t{c.u8(off + 1)} + 2) << 2;
            break;
        default:
            proto = nh;
            return 0;
        }
    }
    return 0;
}

// Destination unreachable; false when the text ends here (tcpdump returns early).
bool unreach_print(Ctx& ctx, const Cursor& c, uint8_t code, uint32_t length) {
    OutBuf& out = ctx.out;
    out.put(", ");
    put_tok(ctx, kUnreachCodes, code, "unknown unreach code ({})");
    switch (code) {
    case 0:
    case 1:
    case 3: {
        const auto dst = c.bytes(kInnerDst, 16);
        if (dst.empty()) break;
        out.put(' ');
        put_addr(ctx, dst);
        break;
    }
    case 2: {
        const auto dst = c.bytes(kInnerDst, 16);
        const auto src = c.bytes(kInnerSrc, 16);
        if (dst.empty() || src.empty()) break;
        out.put(' ');
        put_addr(ctx, dst);
        out.put(", source address ");
        put_addr(ctx, src);
        break;
    }
    case 4: {
        uint8_t proto = 0;
        const size_t th = quoted_transport(c, proto);
        if (th == 0) {
            ctx.print_trunc();
            return false;
        }
        const uint16_t dport = c.be16(th + 2);
        const auto dst = c.bytes(kInnerDst, 16);
        if (dst.empty()) break;
        out.put(", ");
        put_addr(ctx, dst);
        if (proto == 6) {
            out.put(" tcp port ");
            ctx.names.tcp_port(out, dport);
        } else {
            out.put(" udp port ");
            ctx.names.udp_port(out, dport);
        }
        break;
    }
    default:
        if (ctx.opt.vflag <= 1) {
            icmp6::unknown_data(ctx, c, 0, "\n\t", length);
            return false;
        }
        break;
    }
    return true;
}

void time_exceeded_print(Ctx& ctx, const Cursor& c, uint8_t code) {
    switch (code) {
    case 0: {
        const auto dst = c.bytes(kInnerDst, 16);
        if (dst.empty()) return;
        ctx.out.put(" for ");
        put_addr(ctx, dst);
        break;
    }
    case 1:
        ctx.out.put(" (reassembly)");
        break;
    default:
        ctx.out.f(", unknown code ({})", code);
        break;
    }
}

// Parameter problem; false when the quoted header is cut short.
bool param_prob_print(Ctx& ctx, const Cursor& c, uint8_t code) {
    if (!c.has(kInnerDst, 16)) {
        ctx.print_trunc();
        return false;
    }
    const uint32_t ptr = c.be32(4);
    switch (code) {
    case 0:
        ctx.out.f(", erroneous - octet {}", ptr);
        break;
    case 1:
        ctx.out.f(", next header - octet {}", ptr);
        break;
    case 2:
        ctx.out.f(", option - octet {}", ptr);
        break;
    case 3:
        ctx.out.f(", incomplete header chain - octet {}", ptr);
        break;
    default:
        ctx.out.f(", code-#{}", code);
        break;
    }
    return true;
}

}  // namespace

void icmp6_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "icmp6";
    if (length == 0) {
        out.put("ICMP6, length 0");
        ctx.print_invalid();
        return;
    }
    if (ctx.opt.vflag && !ip.fragmented && c.has(0, length)) {
        const uint16_t field = c.be16(2);
        const uint16_t sum = ip_pseudo_cksum(ip, 58, length, c.bytes(0, length));
        if (ctx.truncated) return;
        if (sum != 0)
            out.f("[bad icmp6 cksum 0x{:04x} -> 0x{:04x}!] ", field, cksum_shouldbe(field, sum));
        else
            out.put("[icmp6 sum ok] ");
    }

    const uint8_t type = c.u8(0);
    if (ctx.truncated) return;
    out.put("ICMP6, ");
    put_tok(ctx, kTypes, type, "unknown icmp6 type ({})");
    if (ctx.opt.vflag &&
        (type == kRouterSolicit || type == kRouterAdvert || type == kNeighborAdvert ||
         type == kNeighborSolicit || type == kRedirect || type == kHaDiscovReply ||
         type == kMobilePrefixAdvert))
        out.f(", length {}", length);
    const uint8_t code = c.u8(1);
    if (ctx.truncated) return;

    switch (type) {
    case kDstUnreach:
        if (!unreach_print(ctx, c, code, length)) return;
        break;
    case kPacketTooBig: {
        const uint32_t mtu = c.be32(4);
        if (ctx.truncated) return;
        out.f(", mtu {}", mtu);
        break;
    }
    case kTimeExceeded:
        time_exceeded_print(ctx, c, code);
        break;
    case kParamProb:
        if (!param_prob_print(ctx, c, code)) return;
        break;
    case kEchoRequest:
    case kEchoReply: {
        const uint16_t id = c.be16(4), seq = c.be16(6);
        if (ctx.truncated) return;
        out.f(", id {}, seq {}", id, seq);
        break;
    }
    case kMldQuery:
        if (length == 24) {
            icmp6::mld_print(ctx, c);
        } else if (length >= 28) {
            out.put(" v2");
            icmp6::mldv2_query_print(ctx, c, length);
        } else {
            out.f(" unknown-version (len {}) ", length);
        }
        break;
    case kMldReport:
    case kMldDone:
        icmp6::mld_print(ctx, c);
        break;
    case kRouterSolicit:
    case kRouterAdvert:
    case kNeighborSolicit:
    case kNeighborAdvert:
    case kRedirect:
    case kHaDiscovRequest:
    case kHaDiscovReply:
    case kMobilePrefixSolicit:
    case kMobilePrefixAdvert:
        if (!icmp6::nd_print(ctx, c, type, length)) {
            ctx.print_trunc();
            return;
        }
        break;
    case kRouterRenumbering:
        icmp6::rrenum_print(ctx, c);
        break;
    case kNiQuery:
    case kNiReply:
        icmp6::nodeinfo_print(ctx, c, length);
        break;
    case kIndSolicit:
    case kIndAdvert:
        break;
    case kMldv2Report:
        icmp6::mldv2_report_print(ctx, c, length);
        break;
    case kRpl:
        icmp6::rpl_print(ctx, c.skip(4), code, length - 4);
        break;
    default:
        out.f(", length {}", length);
        if (ctx.opt.vflag <= 1) icmp6::unknown_data(ctx, c, 0, "\n\t", length);
        return;
    }
    if (!ctx.opt.vflag) out.f(", length {}", length);
}

}  // namespace rd
