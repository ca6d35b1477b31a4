// ARCnet frames (RFC 1201 and the Linux header with its offset field) and the
// protocols they carry by ARCnet system code.
#include "arcnet.hpp"

namespace rd {

namespace {

constexpr uint8_t kIpOld = 240, kArpOld = 241, kIp = 212, kInet6 = 0xc4, kArp = 213, kRevArp = 214,
                  kAtalk = 221, kIpx = 250, kDiagnose = 0x80;

constexpr Tok kArcTypes[] = {{kIpOld, "oldip"}, {kArpOld, "oldarp"}, {kIp, "ip"},       {kArp, "arp"},
                             {kRevArp, "rarp"}, {kAtalk, "atalk"},   {247, "banyan"},   {kIpx, "ipx"},
                             {kInet6, "ipv6"},  {kDiagnose, "diag"}};

constexpr uint32_t kHdrLen = 3, kHdrNewLen = 6, kHdrNewLenExc = 10;
constexpr uint32_t kLinuxHdrLen = 5, kLinuxHdrNewLen = 8;

// The -e (and -q) header line; always read as the BSD header, as tcpdump does.
void header(Ctx& ctx, const Cursor& c, uint32_t length, bool phds, uint8_t flag, uint16_t seqid) {
    OutBuf& out = ctx.out;
    const uint8_t src = c.u8(0), dst = c.u8(1);
    if (ctx.opt.qflag) {
        out.f("{:02x} {:02x} {}: ", src, dst, length);
        return;
    }
    const uint8_t type = c.u8(2);
    if (ctx.truncated) return;
    out.f("{:02x} {:02x} ", src, dst);
    put_tok(ctx, kArcTypes, type, "{:02x}");
    if (!phds) {
        out.f(" {}: ", length);
        return;
    }
    if (flag == 0) out.f(" seqid {:04x} {}: ", seqid, length);
    else if (flag & 1) out.f(" seqid {:04x} (first of {} fragments) {}: ", seqid, (flag + 3) / 2, length);
    else out.f(" seqid {:04x} (fragment {}) {}: ", seqid, flag / 2 + 1, length);
}

bool encap(Ctx& ctx, uint8_t type, const Cursor& c, uint32_t length) {
    switch (type) {
    case kIpOld:
    case kIp: ip_print(ctx, c, length); return true;
    case kInet6: ip6_print(ctx, c, length); return true;
    case kArpOld:
    case kArp:
    case kRevArp: arp_print(ctx, c, length); return true;
    case kAtalk:
        if (ctx.opt.vflag) ctx.out.put("et1 ");
        atalk_print(ctx, c, length);
        return true;
    case kIpx: ipx_print(ctx, c, length); return true;
    default: return false;
    }
}

}  // namespace

uint32_t arcnet_if_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "arcnet";
    uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < kHdrLen) {
        ctx.print_trunc();
        return 0;  // the -x dump then shows the whole frame, as tcpdump's does
    }
    const uint8_t type = c.u8(2);
    bool phds = true;
    uint32_t hdrlen = 0;
    uint8_t flag = 0;
    uint16_t seqid = 0;
    if (type == kIpOld || type == kArpOld || type == kDiagnose) {
        phds = false;
        hdrlen = kHdrLen;
    }
    if (phds) {
        if (caplen < kHdrNewLen) {
            header(ctx, c, length, false, 0, 0);
            ctx.out.put(" phds");
            ctx.print_trunc();
            return 0;
        }
        flag = c.u8(3);
        if (flag == 0xff) {
            if (caplen < kHdrNewLenExc) {
                header(ctx, c, length, false, 0, 0);
                ctx.out.put(" phds extended");
                ctx.print_trunc();
                return 0;
            }
            flag = c.u8(7);
            seqid = c.be16(8);
            hdrlen = kHdrNewLenExc;
        } else {
            seqid = c.be16(4);
            hdrlen = kHdrNewLen;
        }
    }
    if (ctx.opt.eflag) header(ctx, c, length, phds, flag, seqid);
    length -= hdrlen;
    caplen -= hdrlen;
    if (phds && flag && (flag & 1) == 0) return hdrlen;  // a middle fragment
    const Cursor p = c.skip(hdrlen);
    if (!encap(ctx, type, p, length)) default_print_unsuppressed(ctx, p.rest());
    return hdrlen;
}

uint32_t arcnet_linux_if_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "arcnet_linux";
    const uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < kLinuxHdrLen) {
        ctx.print_trunc();
        return 0;
    }
    const uint8_t type = c.u8(4);
    uint32_t hdrlen = kLinuxHdrNewLen;
    if (type == kIpOld || type == kArpOld || type == kDiagnose) {
        hdrlen = kLinuxHdrLen;
    } else if (caplen < kLinuxHdrNewLen) {
        ctx.print_trunc();
        return 0;
    }
    if (ctx.opt.eflag) header(ctx, c, length, false, 0, 0);
    length -= hdrlen;
    const Cursor p = c.skip(hdrlen);
    if (!encap(ctx, type, p, length)) default_print_unsuppressed(ctx, p.rest());
    return hdrlen;
}

}  // namespace rd
