// DHCPv6 (RFC 8415) and the options of RFCs 3319, 3633, 3646, 3898, 4075, 4242, 4280,
// 5007, 5908, 6334, 8520, 8572. UDP ports 546/547.
#include "protos.hpp"

namespace rd {

namespace {

enum : uint8_t { kRenew = 5, kInformReq = 11, kRelayForw = 12, kRelayReply = 13 };

constexpr Tok kMsgTypes[] = {
    {1, "solicit"},  {2, "advertise"},   {3, "request"},     {4, "confirm"},
    {5, "renew"},    {6, "rebind"},      {7, "reply"},       {8, "release"},
    {9, "decline"},  {10, "reconfigure"}, {11, "inf-req"},   {12, "relay-fwd"},
    {13, "relay-reply"}, {14, "leasequery"}, {15, "leasequery-reply"},
};

enum : uint16_t {
    kClientId = 1, kServerId = 2, kIaNa = 3, kIaTa = 4, kIaAddr = 5, kOro = 6,
    kPreference = 7, kElapsed = 8, kRelayMsg = 9, kAuth = 11, kStatus = 13,
    kRapidCommit = 14, kInterfaceId = 18, kReconfMsg = 19,
    kReconfAccept = 20, kSipServerD = 21, kSipServerA = 22, kDnsServers = 23,
    kDomainList = 24, kIaPd = 25, kIaPdPrefix = 26, kNisServers = 27, kNispServers = 28,
    kSntpServers = 31, kLifetime = 32, kBcmcsServerA = 34, kRemoteId = 37,
    kSubscriberId = 38, kPanaAgent = 40, kPosixTz = 41, kTzdbTz = 42, kEro = 43,
    kLqQuery = 44, kClientData = 45, kCltTime = 46, kLqRelayData = 47,
    kLqClientLink = 48, kNtpServer = 56, kAftrName = 64, kMudUrl = 112,
};

constexpr Tok kOptions[] = {
    {1, "client-ID"},        {2, "server-ID"},           {3, "IA_NA"},
    {4, "IA_TA"},            {5, "IA_ADDR"},             {6, "option-request"},
    {7, "preference"},       {8, "elapsed-time"},        {9, "relay-message"},
    {11, "authentication"},  {12, "server-unicast"},     {13, "status-code"},
    {14, "rapid-commit"},    {15, "user-class"},         {16, "vendor-class"},
    {17, "vendor-specific-info"}, {18, "interface-ID"},  {19, "reconfigure-message"},
    {20, "reconfigure-accept"}, {21, "SIP-servers-domain"}, {22, "SIP-servers-address"},
    {23, "DNS-server"},      {24, "DNS-search-list"},    {25, "IA_PD"},
    {26, "IA_PD-prefix"},    {31, "SNTP-servers"},       {32, "lifetime"},
    {27, "NIS-server"},      {28, "NIS+-server"},        {29, "NIS-domain-name"},
    {30, "NIS+-domain-name"}, {33, "BCMCS-domain-name"}, {34, "BCMCS-server"},
    {36, "Geoconf-Civic"},   {37, "Remote-ID"},          {38, "Subscriber-ID"},
    {39, "Client-FQDN"},     {40, "PANA-agent"},         {41, "POSIX-timezone"},
    {42, "POSIX-tz-database"}, {43, "Echo-request-option"}, {44, "Lease-query"},
    {45, "LQ-client-data"},  {46, "Clt-time"},           {47, "LQ-relay-data"},
    {48, "LQ-client-link"},  {56, "NTP-server"},
    {64, "AFTR-Name"},       {112, "MUD-URL"},
};

constexpr Tok kStatusCodes[] = {
    {0, "Success"},       {1, "UnspecFail"},       {2, "NoAddrsAvail"},
    {3, "NoBinding"},     {4, "NotOnLink"},        {5, "UseMulticast"},
    {6, "NoPrefixAvail"}, {7, "UnknownQueryType"}, {8, "MalformedQuery"},
    {9, "NotConfigured"}, {10, "NotAllowed"},
};

void put_hex_bytes(Ctx& ctx, const Cursor& c, size_t from, size_t to) {
    for (size_t i = from; i < to && !ctx.truncated; ++i) ctx.out.hex(c.u8(i), 2);
}

void put_duid(Ctx& ctx, const Cursor& c, size_t tp, size_t optlen) {
    OutBuf& out = ctx.out;
    if (optlen < 2) {
        out.put(" ?)");
        return;
    }
    const uint16_t type = c.be16(tp);
    switch (type) {
    case 1:
        if (optlen < 8) break;
        out.f(" hwaddr/time type {} time {} ", c.be16(tp + 2), c.be32(tp + 4));
        put_hex_bytes(ctx, c, tp + 8, tp + optlen);
        out.put(')');
        return;
    case 2:
        if (optlen < 10) break;
        out.put(" vid ");
        put_hex_bytes(ctx, c, tp + 2, tp + 10);
        out.put(')');
        return;
    case 3:
        if (optlen < 4) break;
        out.f(" hwaddr type {} ", c.be16(tp + 2));
        put_hex_bytes(ctx, c, tp + 4, tp + optlen);
        out.put(')');
        return;
    default:
        if (ctx.truncated) return;
        out.f(" type {})", type);
        return;
    }
    out.put(" ?)");
}

void put_auth(Ctx& ctx, const Cursor& c, size_t tp, size_t optlen) {
    OutBuf& out = ctx.out;
    if (optlen < 11) {
        out.put(" ?)");
        return;
    }
    const uint8_t proto = c.u8(tp);
    if (proto == 2) out.put(" proto: delayed");
    else if (proto == 3) out.put(" proto: reconfigure");
    else out.f(" proto: {}", proto);
    const uint8_t alg = c.u8(tp + 1);
    if (alg == 1) out.put(", alg: HMAC-MD5");
    else out.f(", alg: {}", alg);
    const uint8_t rdm = c.u8(tp + 2);
    if (rdm == 0) out.put(", RDM: mono");
    else out.f(", RDM: {}", rdm);
    out.put(", RD:");
    size_t p = tp + 3;
    for (int i = 0; i < 4; ++i, p += 2) out.f(" {:04x}", c.be16(p));
    const size_t info = optlen - 11;
    switch (proto) {
    case 2: {
        if (info == 0) break;
        if (info < 20) {
            out.put(" ??");
            break;
        }
        const size_t realm = info - 20;
        if (realm > 0) out.put(", realm: ");
        put_hex_bytes(ctx, c, p, p + realm);
        p += realm;
        out.f(", key ID: {:08x}", c.be32(p));
        p += 4;
        out.put(", HMAC-MD5:");
        for (int i = 0; i < 4; ++i, p += 4) out.f(" {:08x}", c.be32(p));
        break;
    }
    case 3: {
        if (info != 17) {
            out.put(" ??");
            break;
        }
        const uint8_t type = c.u8(p);
        if (type == 1) out.put(" reconfig-key");
        else if (type == 2) out.put(" type: HMAC-MD5");
        else out.put(" type: ??");
        ++p;
        out.put(" value:");
        for (int i = 0; i < 4; ++i, p += 4) out.f(" {:08x}", c.be32(p));
        break;
    }
    default: out.put(" ??"); break;
    }
    out.put(')');
}

void dhcp6_opts(Ctx& ctx, const Cursor& c, size_t cp, size_t ep, int depth);
void dhcp6_body(Ctx& ctx, const Cursor& c, uint32_t length, int depth);

// One option's value after " (name"; prints the closing parenthesis. false: truncated
// (tcpdump's goto trunc), stop the option list.
bool put_option(Ctx& ctx, const Cursor& c, uint16_t type, size_t tp, size_t optlen, int depth) {
    OutBuf& out = ctx.out;
    const size_t end = tp + optlen;
    auto bad = [&] { out.put(" ?)"); };
    switch (type) {
    case kClientId:
    case kServerId: put_duid(ctx, c, tp, optlen); break;
    case kIaAddr:
        if (optlen < 24) return bad(), true;
        out.put(' ');
        put_ip6_at(ctx, c, tp);
        out.f(" pltime:{} vltime:{}", c.be32(tp + 16), c.be32(tp + 20));
        if (optlen > 24) dhcp6_opts(ctx, c, tp + 24, end, depth);
        out.put(')');
        break;
    case kOro:
    case kEro:
        if (optlen % 2) return bad(), true;
        for (size_t i = 0; i < optlen && !ctx.truncated; i += 2) {
            out.put(' ');
            put_tok(ctx, kOptions, c.be16(tp + i), "opt_{}");
        }
        out.put(')');
        break;
    case kPreference:
        if (optlen != 1) return bad(), true;
        out.f(" {})", c.u8(tp));
        break;
    case kElapsed:
        if (optlen != 2) return bad(), true;
        out.f(" {})", c.be16(tp));
        break;
    case kRelayMsg: {
        out.put(" (");
        const Cursor inner = c.skip(tp).limit(optlen);
        dhcp6_body(ctx, inner, static_cast<uint32_t>(optlen), depth + 1);
        out.put(')');
        break;
    }
    case kAuth: put_auth(ctx, c, tp, optlen); break;
    case kRapidCommit:
    case kReconfAccept: out.put(')'); break;
    case kInterfaceId:
    case kSubscriberId:
        out.put(' ');
        put_hex_bytes(ctx, c, tp, tp + (optlen < 10 ? optlen : 10));
        out.put("...)");
        break;
    case kReconfMsg: {
        if (optlen != 1) return bad(), true;
        const uint8_t t = c.u8(tp);
        if (t == kRenew) out.put(" for renew)");
        else if (t == kInformReq) out.put(" for inf-req)");
        else out.f(" for ?\?\?({:02x}))", t);
        break;
    }
    case kSipServerA:
    case kDnsServers:
    case kSntpServers:
    case kNisServers:
    case kNispServers:
    case kBcmcsServerA:
    case kPanaAgent:
    case kLqClientLink:
        if (optlen % 16) return bad(), true;
        for (size_t i = 0; i < optlen && !ctx.truncated; i += 16) {
            out.put(' ');
            put_ip6_at(ctx, c, tp + i);
        }
        out.put(')');
        break;
    case kSipServerD:
    case kDomainList: {
        size_t p = tp;
        while (p < end && !ctx.truncated) {
            out.put(' ');
            p = fqdn_print(ctx, c, p, end);
            if (p == SIZE_MAX) return false;
        }
        out.put(')');
        break;
    }
    case kStatus: {
        if (optlen < 2) return bad(), true;
        const uint16_t code = c.be16(tp);
        out.put(' ');
        if (code > 255) out.put("INVALID code");
        else put_tok(ctx, kStatusCodes, code, "code{}");
        out.put(')');
        break;
    }
    case kIaNa:
    case kIaPd:
        if (optlen < 12) return bad(), true;
        out.f(" IAID:{} T1:{} T2:{}", c.be32(tp), c.be32(tp + 4), c.be32(tp + 8));
        if (optlen > 12) dhcp6_opts(ctx, c, tp + 12, end, depth);
        out.put(')');
        break;
    case kIaTa:
        if (optlen < 4) return bad(), true;
        out.f(" IAID:{}", c.be32(tp));
        if (optlen > 4) dhcp6_opts(ctx, c, tp + 4, end, depth);
        out.put(')');
        break;
    case kIaPdPrefix:
        if (optlen < 25) return bad(), true;
        out.put(' ');
        put_ip6_at(ctx, c, tp + 9);
        out.f("/{}", c.u8(tp + 8));
        out.f(" pltime:{} vltime:{}", c.be32(tp), c.be32(tp + 4));
        if (optlen > 25) dhcp6_opts(ctx, c, tp + 25, end, depth);
        out.put(')');
        break;
    case kLifetime:
    case kCltTime:
        if (optlen != 4) return bad(), true;
        out.f(" {})", c.be32(tp));
        break;
    case kRemoteId:
        if (optlen < 4) return bad(), true;
        out.f(" {} ", c.be32(tp));
        put_hex_bytes(ctx, c, tp + 4, tp + (optlen < 14 ? optlen : 14));
        out.put("...)");
        break;
    case kLqQuery: {
        if (optlen < 17) return bad(), true;
        const uint8_t q = c.u8(tp);
        if (q == 1) out.put(" by-address");
        else if (q == 2) out.put(" by-clientID");
        else out.f(" type_{}", q);
        out.put(' ');
        put_ip6_at(ctx, c, tp + 1);
        if (optlen > 17) dhcp6_opts(ctx, c, tp + 17, end, depth);
        out.put(')');
        break;
    }
    case kClientData:
        if (optlen > 0) dhcp6_opts(ctx, c, tp, end, depth);
        out.put(')');
        break;
    case kLqRelayData:
        if (optlen < 16) return bad(), true;
        out.put(' ');
        put_ip6_at(ctx, c, tp);
        out.put(' ');
        put_hex_bytes(ctx, c, tp + 16, tp + (optlen < 26 ? optlen : 26));
        out.put("...)");
        break;
    case kNtpServer: {
        if (optlen < 4) return bad(), true;
        size_t p = tp;
        while (p < end - 4 && !ctx.truncated) {
            const uint16_t code = c.be16(p);
            const uint16_t len = c.be16(p + 2);
            p += 4;
            if (p + len > end) return false;
            out.f(" subopt:{}", code);
            switch (code) {
            case 1:
            case 2:
                if (len != 16) {
                    out.put(" ?");
                    break;
                }
                out.put(' ');
                put_ip6_at(ctx, c, p);
                break;
            case 3:
                out.put(' ');
                if (fqdn_print(ctx, c, p, p + len) == SIZE_MAX) return false;
                break;
            default: out.put(" ?"); break;
            }
            p += len;
        }
        out.put(')');
        break;
    }
    case kAftrName: {
        if (optlen < 3) return bad(), true;
        size_t p = tp;
        size_t remain = optlen;
        out.put(' ');
        while (remain && !ctx.truncated && c.u8(p)) {
            const size_t label = c.u8(p);
            ++p;
            if (label < remain - 1) {
                put_string_nul_padded(ctx, c, p, label);
                p += label;
                remain -= label + 1;
                if (c.u8(p)) out.put('.');
            } else {
                out.put(" ?");
                break;
            }
        }
        out.put(')');
        break;
    }
    case kPosixTz:
    case kTzdbTz:
    case kMudUrl:
        if (optlen < 5) return bad(), true;
        out.put(' ');
        put_string_nul_padded(ctx, c, tp, optlen);
        out.put(')');
        break;
    default: out.put(')'); break;
    }
    return true;
}

// Options in [cp, ep) (offsets in c); ep never past the capture.
void dhcp6_opts(Ctx& ctx, const Cursor& c, size_t cp, size_t ep, int depth) {
    while (cp < ep && !ctx.truncated) {
        if (ep < cp + 4) return ctx.print_trunc();
        const uint16_t optlen = c.be16(cp + 2);
        if (ep < cp + 4 + optlen) return ctx.print_trunc();
        const uint16_t type = c.be16(cp);
        ctx.out.put(" (");
        put_tok(ctx, kOptions, type, "opt_{}");
        if (!put_option(ctx, c, type, cp + 4, optlen, depth)) return ctx.print_trunc();
        cp += 4 + static_cast<size_t>(optlen);
    }
}

void dhcp6_body(Ctx& ctx, const Cursor& c, uint32_t length, int depth) {
    OutBuf& out = ctx.out;
    out.put("dhcp6");
    const size_t ep = c.size() < length ? c.size() : length;
    if (!c.has(0, 4)) return ctx.print_trunc();
    const uint8_t type = c.u8(0);
    if (!ctx.opt.vflag) {
        out.put(' ');
        put_tok(ctx, kMsgTypes, type, "msgtype-{}");
        return;
    }
    out.put(' ');
    put_tok(ctx, kMsgTypes, type, "msgtype-{}");
    out.put(" (");
    // Relay messages nest; the packet bounds the depth, this keeps the stack small.
    if (depth > 64) return ctx.print_trunc();
    if (type != kRelayForw && type != kRelayReply) {
        out.f("xid={:x}", c.be32(0) & 0x00ffffff);
        dhcp6_opts(ctx, c, 4, ep, depth);
    } else {
        c.need(2, 16);
        if (ctx.truncated) return;
        out.put("linkaddr=");
        put_ip6_at(ctx, c, 2);
        c.need(18, 16);
        if (ctx.truncated) return;
        out.put(" peeraddr=");
        put_ip6_at(ctx, c, 18);
        dhcp6_opts(ctx, c, 34, ep, depth);
    }
    out.put(')');
}

}  // namespace

void dhcp6_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "dhcp6";
    dhcp6_body(ctx, c, length, 0);
}

}  // namespace rd
