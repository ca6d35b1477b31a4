// PPP (RFC 1661): optional address/control, protocol field, and the payload by protocol:
// network protocols, control protocols (LCP, IPCP, ...), ML-PPP, CHAP and PAP.
#include "ppp.hpp"

namespace rd {

namespace {

constexpr Tok kPppTypes[] = {
    {0x0021, "IP"},       {0x0023, "OSI"},      {0x0025, "NS"},       {0x0027, "DECNET"},
    {0x0029, "APPLE"},    {0x002b, "IPX"},      {0x002d, "VJC IP"},   {0x002f, "VJNC IP"},
    {0x0031, "BRPDU"},    {0x0033, "STII"},     {0x0035, "VINES"},    {0x003d, "MLPPP"},
    {0x0057, "IP6"},      {0x00fd, "Compressed"},     {0x0201, "HELLO"},    {0x0231, "LUXCOM"},
    {0x0233, "SNS"},      {0x0281, "MPLS"},     {0x0283, "MPLS"},     {0x8021, "IPCP"},
    {0x8023, "OSICP"},    {0x8025, "NSCP"},     {0x8027, "DECNETCP"}, {0x8029, "APPLECP"},
    {0x802b, "IPXCP"},    {0x8033, "STIICP"},   {0x8035, "VINESCP"},  {0x8057, "IP6CP"},
    {0x8281, "MPLSCP"},   {0x80fd, "CCP"},      {0xc021, "LCP"},      {0xc023, "PAP"},
    {0xc025, "LQM"},      {0xc223, "CHAP"},     {0xc227, "EAP"},      {0xc027, "SPAP"},
    {0xc123, "Old-SPAP"}, {0xc02b, "BACP"},     {0xc02d, "BAP"},      {0x803d, "MLPPP-CP"},
};

constexpr Tok kCpCodes[] = {
    {0, "Vendor-Extension"}, {1, "Conf-Request"},  {2, "Conf-Ack"},      {3, "Conf-Nack"},
    {4, "Conf-Reject"},   {5, "Term-Request"},  {6, "Term-Ack"},      {7, "Code-Reject"},
    {8, "Prot-Reject"},   {9, "Echo-Request"},  {10, "Echo-Reply"},   {11, "Disc-Req"},
    {12, "Ident"},        {13, "Time-Rem"},  {14, "Reset-Req"}, {15, "Reset-Ack"},
};

constexpr const char* kLcpOpts[] = {
    "Vend-Ext",       "MRU",          "ACCM",           "Auth-Prot",
    "Qual-Prot",      "Magic-Num",    "deprecated(6)",  "PFC",
    "ACFC",           "FCS-Alt",      "SDP",            "Num-Mode",
    "deprecated(12)", "Call-Back",    "deprecated(14)", "deprecated(15)",
    "deprecated(16)", "MRRU",         "12-Bit seq #",   "End-Disc",
    "Proprietary",    "DCE-Id",       "MP+",            "Link-Disc",
    "LCP-Auth-Opt",   "COBS",         "Prefix-elision", "Multilink-header-Form",
    "I18N",           "SDL-over-SONET/SDH", "PPP-Muxing",
};
constexpr uint32_t kNumLcpOpts = sizeof(kLcpOpts) / sizeof(kLcpOpts[0]);

constexpr Tok kChapCodes[] = {{1, "Challenge"}, {2, "Response"}, {3, "Success"}, {4, "Fail"}};
constexpr Tok kPapCodes[] = {{1, "Auth-Req"}, {2, "Auth-ACK"}, {3, "Auth-NACK"}};
constexpr Tok kAuthAlgs[] = {{5, "MD5"}, {128, "MS-CHAPv1"}, {129, "MS-CHAPv2"}};
constexpr Tok kCallbackOps[] = {{0, "UserAuth"}, {1, "DialString"},    {2, "LocalID"},
                                {3, "E.164"},    {4, "X.500"},         {6, "CBCP"}};

void put_ppp_type(Ctx& ctx, uint16_t proto, const char* unknown_fmt) {
    put_tok(ctx, kPppTypes, proto, unknown_fmt);
}

// One LCP option at c (len bytes of options left); returns its length, 0 to stop.
uint32_t lcp_option_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < 2) return 0;
    if (!c.has(0, 2)) {
        out.put("[|lcp]");
        return 0;
    }
    const uint8_t opt = c.u8(0);
    const uint8_t len = c.u8(1);
    if (length < len) return 0;
    if (len < 2) {
        if (opt < kNumLcpOpts)
            out.f("\n\t  {} Option (0x{:02x}), length {} (length bogus, should be >= 2)",
                  kLcpOpts[opt], opt, len);
        else
            out.f("\n\tunknown LCP option 0x{:02x}", opt);
        return 0;
    }
    if (opt >= kNumLcpOpts) {
        out.f("\n\tunknown LCP option 0x{:02x}", opt);
        return len;
    }
    out.f("\n\t  {} Option (0x{:02x}), length {}", kLcpOpts[opt], opt, len);
    switch (opt) {
    case 0:
        if (len < 6) {
            out.put(" (length bogus, should be >= 6)");
            return len;
        }
        {
            const uint32_t oui = c.be24(2);
            if (ctx.truncated) return 0;
            out.f(": Vendor: {} ({})", oui == 0 ? "Ethernet" : "Unknown", oui);
        }
        break;
    case 1:
    case 17:
        if (len != 4) {
            out.put(" (length bogus, should be = 4)");
            return opt == 1 ? len : 0;
        }
        out.f(": {}", c.be16(2));
        break;
    case 2:
        if (len != 6) {
            out.put(" (length bogus, should be = 6)");
            return len;
        }
        out.f(": 0x{:08x}", c.be32(2));
        break;
    case 3: {
        if (len < 4) {
            out.put(" (length bogus, should be >= 4)");
            return len;
        }
        const uint16_t ap = c.be16(2);
        if (ctx.truncated) return 0;
        out.put(": ");
        put_ppp_type(ctx, ap, "Unknown Auth Proto (0x04x)");
        switch (ap) {
        case 0xc223:
            out.put(", ");
            put_tok(ctx, kAuthAlgs, c.u8(4), "Unknown Auth Alg {}");
            break;
        case 0xc023:
        case 0xc227:
        case 0xc027:
        case 0xc123: break;
        default: print_unknown_data(ctx, c, 0, "\n\t", len); break;
        }
        break;
    }
    case 4:
        if (len < 4) {
            out.put(" (length bogus, should be >= 4)");
            return 0;
        }
        out.put(c.be16(2) == 0xc025 ? ": LQR" : ": unknown");
        break;
    case 5:
        if (len != 6) {
            out.put(" (length bogus, should be = 6)");
            return 0;
        }
        out.f(": 0x{:08x}", c.be32(2));
        break;
    case 7:
    case 8: break;
    case 23:
        if (len != 4) {
            out.put(" (length bogus, should be = 4)");
            return 0;
        }
        out.f(": 0x{:04x}", c.be16(2));
        break;
    case 13: {
        if (len < 3) {
            out.put(" (length bogus, should be >= 3)");
            return 0;
        }
        const uint8_t op = c.u8(2);
        if (ctx.truncated) return 0;
        out.put(": : Callback Operation ");
        put_tok(ctx, kCallbackOps, op, "Unknown");
        out.f(" ({})", op);
        break;
    }
    case 19: {
        if (len < 3) {
            out.put(" (length bogus, should be >= 3)");
            return 0;
        }
        const uint8_t cls = c.u8(2);
        if (ctx.truncated) return 0;
        switch (cls) {
        case 0: out.put(": Null"); break;
        case 1: out.put(": Local"); break;
        case 2:
            if (len != 7) {
                out.put(" (length bogus, should be = 7)");
                return 0;
            }
            if (!c.need(3, 4)) return 0;
            out.put(": IPv4 ");
            put_ip4_at(ctx, c, 3);
            break;
        case 3:
            if (len != 9) {
                out.put(" (length bogus, should be = 9)");
                return 0;
            }
            if (!c.need(3, 6)) return 0;
            out.put(": MAC ");
            put_mac_at(ctx, c, 3);
            break;
        case 4: out.put(": Magic-Num-Block"); break;
        case 5: out.put(": PSNDN"); break;
        default: out.f(": Unknown class {}", cls); break;
        }
        break;
    }
    default:
        if (ctx.opt.vflag < 2) print_unknown_data(ctx, c, 2, "\n\t    ", len - 2u);
        break;
    }
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, 2, "\n\t    ", len - 2u);
    return ctx.truncated ? 0 : len;
}

// Generic control protocol packet (LCP, IPCP, CCP, ...).
// frame/at: where the packet starts (the -vv dump begins 2 bytes before it).
void ctrl_proto_print(Ctx& ctx, uint16_t proto, const Cursor& frame, size_t at, uint32_t length) {
    OutBuf& out = ctx.out;
    const Cursor c = frame.skip(at);
    put_ppp_type(ctx, proto, "unknown ctrl-proto (0x{:04x})");
    out.put(", ");
    const char* typestr = tok_lookup(kPppTypes, proto);
    auto trunc = [&] {
        out.put("[|");
        if (typestr)
            out.put(typestr);
        else
            out.f("unknown ctrl-proto (0x{:04x})", proto);
        out.put(']');
    };
    if (length < 4 || !c.has(0, 2)) {
        trunc();
        return;
    }
    const uint8_t code = c.u8(0);
    out.put(tok_lookup(kCpCodes, code) ? tok_lookup(kCpCodes, code) : "Unknown Opcode");
    out.f(" (0x{:02x}), id {}, length {}", code, c.u8(1), length + 2);
    if (!ctx.opt.vflag) return;
    const uint16_t len = c.be16(2);
    if (ctx.truncated) return;
    if (len < 4) {
        out.f("\n\tencoded length {} (< 4))", len);
        return;
    }
    if (len > length) {
        out.f("\n\tencoded length {} (> packet length {}))", len, length);
        return;
    }
    out.f("\n\tencoded length {} (=Option(s) length {})", len, len - 4);
    if (len == 4) return;
    if (ctx.opt.vflag > 1 && at >= 2) print_unknown_data(ctx, frame, at - 2, "\n\t", 6);
    const Cursor t = c.skip(4);
    switch (code) {
    case 0:
        if (len < 11) break;
        out.f("\n\t  Magic-Num 0x{:08x}", t.be32(0));
        {
            const uint32_t oui = t.be24(4);
            if (ctx.truncated) return;
            out.f(" Vendor: {} ({})", oui == 0 ? "Ethernet" : "Unknown", oui);
        }
        break;
    case 1:
    case 2:
    case 3:
    case 4: {
        if (proto != 0xc021 && !ppp::has_option_printer(proto)) break;
        uint32_t tlen = len - 4u;
        uint32_t off = 0;
        while (tlen != 0 && !ctx.truncated) {
            const uint32_t adv = proto == 0xc021 ? lcp_option_print(ctx, t.skip(off), len)
                                                 : ppp::option_print(ctx, proto, t.skip(off), len);
            if (adv == 0) break;
            if (tlen < adv) {
                out.f(" [remaining options length {} < {}]", tlen, adv);
                ctx.print_invalid();
                break;
            }
            tlen -= adv;
            off += adv;
        }
        break;
    }
    case 5:
    case 6:
    case 7: break;
    case 8: {
        if (len < 6) break;
        const uint16_t rp = t.be16(0);
        if (ctx.truncated) return;
        out.put("\n\t  Rejected ");
        put_ppp_type(ctx, rp, "unknown");
        out.f(" Protocol (0x{:04x})", rp);
        if (len > 6) {
            out.put("\n\t  Rejected Packet");
            print_unknown_data(ctx, t, 2, "\n\t    ", len - 2u);
        }
        break;
    }
    case 9:
    case 10:
    case 11: {
        if (len < 8) break;
        const uint32_t magic = t.be32(0);
        if (ctx.truncated) return;
        out.f("\n\t  Magic-Num 0x{:08x}", magic);
        if (len > 8) {
            out.put("\n\t  -----trailing data-----");
            if (!t.has(4, len - 8u)) {
                trunc();
                return;
            }
            print_unknown_data(ctx, t, 4, "\n\t  ", len - 8u);
        }
        break;
    }
    case 12: {
        if (len < 8) break;
        const uint32_t magic = t.be32(0);
        if (ctx.truncated) return;
        out.f("\n\t  Magic-Num 0x{:08x}", magic);
        if (len > 8) {
            out.put("\n\t  Message\n\t    ");
            if (put_string_n_checked(ctx, t, 4, len - 4u)) trunc();
        }
        break;
    }
    case 13: {
        if (len < 12) break;
        const uint32_t magic = t.be32(0);
        if (ctx.truncated) return;
        out.f("\n\t  Magic-Num 0x{:08x}", magic);
        const uint32_t secs = t.be32(4);
        if (ctx.truncated) return;
        out.f(", Seconds-Remaining {}s", secs);
        break;
    }
    default:
        // tcpdump dumps from the protocol field on, 2 bytes before the packet.
        if (ctx.opt.vflag <= 1 && at >= 2) print_unknown_data(ctx, frame, at - 2, "\n\t  ", len + 2u);
        break;
    }
}

void mlppp_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (!ctx.opt.eflag) ctx.out.put("MLPPP, ");
    if (length < 2 || !c.has(0, 2)) {
        ctx.out.put("[|mlppp]");
        return;
    }
    const uint16_t w = c.be16(0);
    ctx.out.f("seq 0x{:03x}, Flags [", w & 0x0fff);
    const uint8_t fl = w >> 8 & 0xc0;
    if (fl == 0)
        ctx.out.put("none");
    else if (fl == 0xc0)
        ctx.out.put("begin, end");
    else
        ctx.out.put(fl == 0x80 ? "begin" : "end");
    ctx.out.f("], length {}", length);
}

void put_chars(Ctx& ctx, const Cursor& c, uint32_t off, uint32_t n) {
    for (uint32_t i = 0; i < n && !ctx.truncated; ++i) {
        const uint8_t b = c.u8(off + i);
        if (ctx.truncated) return;
        put_char_escaped(ctx.out, b);
    }
}

void chap_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < 1) {
        out.put("[|chap]");
        return;
    }
    if (length < 4) {
        const uint8_t b = c.u8(0);
        if (ctx.truncated) return;
        out.f("[|chap 0x{:02x}]", b);
        return;
    }
    const uint8_t code = c.u8(0);
    if (ctx.truncated) return;
    out.put("CHAP, ");
    put_tok(ctx, kChapCodes, code, "unknown");
    out.f(" (0x{:02x})", code);
    const uint8_t id = c.u8(1);
    if (ctx.truncated) return;
    out.f(", id {}", id);
    const uint16_t len = c.be16(2);
    if (ctx.truncated) return;
    uint32_t off = 4;
    switch (code) {
    case 1:
    case 2: {
        if (length - off < 1) return;
        const uint8_t vs = c.u8(off);
        if (ctx.truncated) return;
        ++off;
        if (length - off < vs) return;
        out.put(", Value ");
        for (uint32_t i = 0; i < vs; ++i) {
            const uint8_t b = c.u8(off++);
            if (ctx.truncated) return;
            out.f("{:02x}", b);
        }
        out.put(", Name ");
        put_chars(ctx, c, off, static_cast<uint32_t>(len - off));
        break;
    }
    case 3:
    case 4:
        out.put(", Msg ");
        put_chars(ctx, c, off, static_cast<uint32_t>(len - off));
        break;
    default: break;
    }
}

void pap_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < 1) {
        out.put("[|pap]");
        return;
    }
    if (length < 4) {
        const uint8_t b = c.u8(0);
        if (ctx.truncated) return;
        out.f("[|pap 0x{:02x}]", b);
        return;
    }
    const uint8_t code = c.u8(0);
    if (ctx.truncated) return;
    out.put("PAP, ");
    put_tok(ctx, kPapCodes, code, "unknown");
    out.f(" (0x{:02x})", code);
    const uint8_t id = c.u8(1);
    if (ctx.truncated) return;
    out.f(", id {}", id);
    const uint16_t len = c.be16(2);
    if (ctx.truncated) return;
    if (len > length) {
        out.f(", length {} > packet size", len);
        return;
    }
    length = len;
    if (length < 4) {
        out.f(", length {} < PAP header length", length);
        return;
    }
    uint32_t off = 4;
    auto counted = [&](const char* label) -> bool {
        if (length - off < 1) return false;
        const uint8_t n = c.u8(off);
        if (ctx.truncated) return false;
        ++off;
        if (length - off < n) return false;
        out.put(label);
        put_chars(ctx, c, off, n);
        off += n;
        return !ctx.truncated;
    };
    switch (code) {
    case 1:
        if (len < 6) {
            out.put("[|pap]");
            return;
        }
        if (counted(", Peer ")) counted(", Name ");
        break;
    case 2:
    case 3:
        if (len < 5) {
            out.put("[|pap]");
            return;
        }
        counted(", Msg ");
        break;
    default: break;
    }
}

}  // namespace

const char* ppp::type_name(uint16_t proto) { return tok_lookup(kPppTypes, proto); }

void ppp_protocol_print(Ctx& ctx, uint16_t proto, Cursor frame, size_t at, uint32_t length) {
    const Cursor c = frame.skip(at);
    if ((proto & 0xff00) == 0x7e00) {  // an HDLC escape: the frame is still octet-stuffed
        ppp::hdlc_unescape_print(ctx, frame.skip(at - 1), length);
        return;
    }
    switch (proto) {
    case 0xc021:
    case 0x8021:
    case 0x8023:
    case 0x8281:
    case 0x8057:
    case 0x80fd:
    case 0xc02b: ctrl_proto_print(ctx, proto, frame, at, length); break;
    case 0x003d: mlppp_print(ctx, c, length); break;
    case 0xc223: chap_print(ctx, c, length); break;
    case 0xc023: pap_print(ctx, c, length); break;
    case 0xc02d: break;  // BAP: nothing shown
    case 0x0800:
    case 0x002f:
    case 0x0021: ip_print(ctx, c, length); break;
    case 0x86dd:
    case 0x0057: ip6_print(ctx, c, length); break;
    case 0x8137:
    case 0x002b: ipx_print(ctx, c, length); break;
    case 0x0023: isoclns_print(ctx, c, length); break;
    case 0x0281:
    case 0x0283: mpls_print(ctx, c, length); break;
    case 0x00fd: ctx.out.put("compressed PPP data"); break;
    default:
        put_ppp_type(ctx, proto, "unknown PPP protocol (0x{:04x})");
        ctx.out.put(' ');
        print_unknown_data(ctx, c, 0, "\n\t", length);
        break;
    }
}

uint32_t ppp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ppp";
    OutBuf& out = ctx.out;
    const uint32_t olen = length;
    uint32_t hdr = 0;
    if (length < 2) {
        ctx.print_trunc();
        return 0;
    }
    const uint16_t w = c.be16(0);
    if (ctx.truncated) return 0;
    if (w == 0x0003 || w == 0x0103 || w == 0xff03) {
        if (ctx.opt.eflag && w != 0xff03) out.put(w == 0x0003 ? "In  " : "Out ");
        hdr = 2;
        length -= 2;
    }
    if (length < 2) {
        ctx.print_trunc();
        return 0;
    }
    uint16_t proto;
    const uint8_t first = c.u8(hdr);
    if (ctx.truncated) return 0;
    if (first & 1) {
        proto = first;
        hdr += 1;
        length -= 1;
    } else {
        proto = c.be16(hdr);
        if (ctx.truncated) return 0;
        hdr += 2;
        length -= 2;
    }
    if (ctx.opt.eflag) {
        put_ppp_type(ctx, proto, "unknown");
        out.f(" (0x{:04x}), length {}", proto, olen);
        if (!tok_lookup(kPppTypes, proto)) return hdr;  // an unknown type ends the line
        out.put(": ");
    }
    ppp_protocol_print(ctx, proto, c, hdr, length);
    return hdr;
}

uint32_t ppp_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    if (c.size() < 4) {  // shorter than a full PPP header
        ctx.proto = "ppp";
        ctx.print_trunc();
        return static_cast<uint32_t>(c.size());
    }
    ppp_print(ctx, c, wirelen);
    return 4;  // tcpdump's -x dump always skips a 4-byte PPP header here
}

}  // namespace rd
