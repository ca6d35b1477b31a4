// Cisco HDLC (LINKTYPE_C_HDLC): address, control, EtherType-like protocol; SLARP
// keepalives and address requests.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kChdlcHdrLen = 4;
constexpr uint16_t kTypeSlarp = 0x8035;
constexpr uint16_t kTypeIso = 0xfefe;
constexpr Tok kChdlcCast[] = {{0x0f, "unicast"}, {0x8f, "bcast"}};

constexpr uint32_t kSlarpMinLen = 14;  // code, two sequence numbers, reliability
constexpr uint32_t kSlarpMaxLen = 18;  // ... and the optional uptime

void slarp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "chdlc_slarp";
    OutBuf& out = ctx.out;
    out.f("SLARP (length: {}), ", length);
    if (!c.has(0, kSlarpMinLen)) {
        ctx.print_trunc();
        return;
    }
    const uint32_t code = c.be32(0);
    // Where tcpdump's -vv dump starts: after the code, and after the keepalive fields it
    // has walked over.
    uint32_t dump_off = 4;
    switch (code) {
    case 0:
        out.put("request");
        break;
    case 1:
        out.put("reply ");
        put_ip4_at(ctx, c, 4);
        out.put('/');
        put_ip4_at(ctx, c, 8);
        break;
    case 2:
        out.f("keepalive: mineseen=0x{:08x}, yourseen=0x{:08x}, reliability=0x{:04x}", c.be32(4),
              c.be32(8), c.be16(12));
        if (length >= kSlarpMaxLen) {
            const uint32_t up = c.be32(14);
            if (ctx.truncated) return;
            const uint32_t sec = up / 1000;
            dump_off = 18;
            out.f(", link uptime={}d{}h{}m{}s", sec / 86400, (sec % 86400) / 3600,
                  (sec % 3600) / 60, sec % 60);
        }
        break;
    default:
        out.f("0x{:02x} unknown", code);
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, 4, "\n\t", length - 4);
        break;
    }
    if (ctx.truncated) return;
    if (length > kSlarpMaxLen && ctx.opt.vflag)
        out.f(", (trailing junk: {} bytes)", length - kSlarpMaxLen);
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, dump_off, "\n\t", length - 4);
}

}  // namespace

uint32_t chdlc_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "chdlc";
    OutBuf& out = ctx.out;
    if (length < kChdlcHdrLen) {  // by the length on the wire: a plain marker, no dump
        ctx.print_trunc();
        return length;
    }
    const uint16_t proto = c.be16(2);
    if (ctx.truncated) return c.size();
    if (ctx.opt.eflag) {
        put_tok(ctx, kChdlcCast, c.u8(0), "0x{:02x}");
        const char* name = ethertype_name(proto);
        out.f(", ethertype {} (0x{:04x}), length {}: ", name ? name : "Unknown", proto, length);
    }
    const Cursor p = c.skip(kChdlcHdrLen);
    const uint32_t len = length - kChdlcHdrLen;
    switch (proto) {
    case 0x0800: ip_print(ctx, p, len); break;
    case 0x86dd: ip6_print(ctx, p, len); break;
    case kTypeSlarp: slarp_print(ctx, p, len); break;
    case 0x8847:
    case 0x8848: mpls_print(ctx, p, len); break;
    case kTypeIso: {
        if (len < 2) {  // too short on the wire for the pad check: a plain marker, no dump
            ctx.print_trunc();
            return length;
        }
        // Some senders put a pad byte before the NLPID: skip it when an OSI NLPID follows.
        const uint8_t b1 = p.u8(1);
        if (ctx.truncated) break;
        if (b1 == 0x81 || b1 == 0x82 || b1 == 0x83)
            isoclns_print(ctx, p.skip(1), len - 1);
        else
            isoclns_print(ctx, p, len);
        break;
    }
    default:
        if (!ctx.opt.eflag) out.f("unknown CHDLC protocol (0x{:04x})", proto);
        break;
    }
    return kChdlcHdrLen;
}

uint32_t chdlc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "chdlc";
    // A short header on the wire is a plain marker; one cut short by the capture is a read
    // past the end (chdlc_print's reads), and the -x dump then starts at the frame.
    return chdlc_print(ctx, c, wirelen);
}

}  // namespace rd
