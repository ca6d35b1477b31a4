// ARP and RARP (RFC 826/903, inverse ARP RFC 2390) for any hardware type, and ATM ARP
// (RFC 2225) with its type-and-length coded address fields.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint16_t kHrdFrameRelay = 15, kHrdAtm = 19;
constexpr uint16_t kProIp = 0x0800, kProTrail = 0x1000;

enum : uint16_t {
    kOpRequest = 1,
    kOpReply = 2,
    kOpRevRequest = 3,
    kOpRevReply = 4,
    kOpInvRequest = 8,
    kOpInvReply = 9,
    kOpNak = 10,
};

constexpr Tok kOps[] = {
    {kOpRequest, "Request"},           {kOpReply, "Reply"},
    {kOpRevRequest, "Reverse Request"}, {kOpRevReply, "Reverse Reply"},
    {kOpInvRequest, "Inverse Request"}, {kOpInvReply, "Inverse Reply"},
    {kOpNak, "NACK Reply"},
};

constexpr Tok kHardware[] = {
    {1, "Ethernet"},  {6, "TokenRing"},  {7, "ArcNet"},     {15, "FrameRelay"},
    {23, "Strip"},    {24, "IEEE 1394"}, {19, "ATM"},
};

// How a hardware address is shown: Ethernet style (names for 6-byte ones), a Frame
// Relay Q.922 address (its DLCI) or plain colon-separated hex.
enum class AddrKind { Ether, FrameRelay, Atm };

void put_hex_colon(Ctx& ctx, std::span<const uint8_t> a) {
    for (size_t i = 0; i < a.size(); ++i) {
        if (i) ctx.out.put(':');
        ctx.out.hex(a[i], 2);
    }
}

// The DLCI of a 2-, 3- or 4-byte Q.922 address; 0 = malformed, -1 = too short.
int parse_q922(std::span<const uint8_t> a, uint32_t& dlci) {
    if (a.size() < 1) return -1;
    if (a[0] & 0x01) return 0;
    if (a.size() < 2) return -1;
    dlci = static_cast<uint32_t>((a[0] & 0xfc) << 2 | (a[1] & 0xf0) >> 4);
    if (a[1] & 0x01) return 1;
    size_t i = 2;
    if (a.size() <= i) return -1;
    if ((a[i] & 0x01) == 0) {
        dlci = dlci << 7 | a[i] >> 1;
        ++i;
        if (a.size() <= i) return -1;
    }
    if ((a[i] & 0x01) == 0) return 0;  // more than 4 bytes of address
    dlci = dlci << 6 | a[i] >> 2;
    return 1;
}

// tcpdump's linkaddr_string for an address of len bytes at off.
void put_linkaddr(Ctx& ctx, const Cursor& c, size_t off, size_t len, AddrKind kind) {
    const auto a = c.bytes(off, len);
    if (ctx.truncated) return;
    if (len == 0) {
        ctx.out.put("<empty>");
    } else if (kind == AddrKind::Ether && len == 6) {
        ctx.names.mac(ctx.out, a.first<6>());
    } else if (kind == AddrKind::FrameRelay) {
        uint32_t dlci = 0;
        const int r = parse_q922(a, dlci);
        if (r == 1)
            ctx.out.f("DLCI {}", dlci);
        else
            ctx.out.put(r == 0 ? "<Invalid DLCI>" : "<Truncated>");
    } else {
        put_hex_colon(ctx, a);
    }
}

bool is_nonzero(const Cursor& c, size_t off, size_t len) {
    for (size_t i = 0; i < len; ++i)
        if (c.u8(off + i) != 0) return true;
    return false;
}

// A protocol address: IPv4 when the protocol and length say so. `wrong_len` is the
// text for a length other than 4 (ATM ARP names the field).
void put_proto_addr(Ctx& ctx, const Cursor& c, size_t off, uint16_t pro, uint32_t plen,
                    const char* wrong_len = "<wrong len>") {
    if (pro != kProIp && pro != kProTrail)
        ctx.out.put("<wrong proto type>");
    else if (plen != 4)
        ctx.out.put(wrong_len);
    else
        put_ip4_at(ctx, c, off);
}

void put_hardware(Ctx& ctx, uint16_t hrd) { put_tok(ctx, kHardware, hrd, "Unknown Hardware ({})"); }

void put_protocol(Ctx& ctx, uint16_t pro) {
    if (const char* n = ethertype_name(pro))
        ctx.out.put(n);
    else
        ctx.out.f("Unknown Protocol (0x{:04x})", pro);
}

void put_op(Ctx& ctx, uint16_t op) {
    ctx.out.put(ctx.opt.vflag ? ", " : "");
    put_tok(ctx, kOps, op, "Unknown ({})");
    ctx.out.put(' ');
}

// ---- ATM ARP (RFC 2225) ----------------------------------------------------------------
// Fixed part: hrd(2) pro(2) shtl(1) sstl(1) op(2) spln(1) thtl(1) tstl(1) tpln(1), then
// source ATM number, subaddress, protocol address, and the same for the target.
constexpr uint8_t kAtmLenMask = 0x3f;

struct AtmArp {
    uint16_t hrd, pro, op;
    uint32_t shl, ssl, spl, thl, tsl, tpl;
    size_t sha, ssa, spa, tha, tsa, tpa;
};

void put_atm_addr(Ctx& ctx, const Cursor& c, size_t ha, uint32_t ha_len, size_t sa, uint32_t sa_len) {
    if (ha_len == 0) {
        ctx.out.put("<No address>");
        return;
    }
    put_linkaddr(ctx, c, ha, ha_len, AddrKind::Atm);
    if (sa_len != 0) {
        ctx.out.put(',');
        put_linkaddr(ctx, c, sa, sa_len, AddrKind::Atm);
    }
}

void atmarp_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (!c.need(0, 12)) return;
    AtmArp a{};
    a.hrd = c.be16(0);
    a.pro = c.be16(2);
    a.shl = c.u8(4) & kAtmLenMask;
    a.ssl = c.u8(5) & kAtmLenMask;
    a.op = c.be16(6);
    a.spl = c.u8(8);
    a.thl = c.u8(9) & kAtmLenMask;
    a.tsl = c.u8(10) & kAtmLenMask;
    a.tpl = c.u8(11);
    a.sha = 12;
    a.ssa = a.sha + a.shl;
    a.spa = a.ssa + a.ssl;
    a.tha = a.spa + a.spl;
    a.tsa = a.tha + a.thl;
    a.tpa = a.tsa + a.tsl;
    if (!c.need(a.tpa, a.tpl)) return;

    if (!ctx.opt.eflag) ctx.out.put("ARP, ");
    if ((a.pro != kProIp && a.pro != kProTrail) || a.spl != 4 || a.tpl != 4 || ctx.opt.vflag) {
        put_hardware(ctx, a.hrd);
        ctx.out.put(", ");
        put_protocol(ctx, a.pro);
        ctx.out.f(" (len {}/{})", a.spl, a.tpl);
        if (!ctx.opt.vflag) {
            ctx.out.f(", length {}", length);
            return;
        }
    }
    put_op(ctx, a.op);
    switch (a.op) {
    case kOpRequest:
        ctx.out.put("who-has ");
        put_proto_addr(ctx, c, a.tpa, a.pro, a.tpl, "<wrong tplen>");
        if (a.thl != 0) {
            ctx.out.put(" (");
            put_atm_addr(ctx, c, a.tha, a.thl, a.tsa, a.tsl);
            ctx.out.put(')');
        }
        ctx.out.put(" tell ");
        put_proto_addr(ctx, c, a.spa, a.pro, a.spl, "<wrong splen>");
        break;
    case kOpReply:
        put_proto_addr(ctx, c, a.spa, a.pro, a.spl, "<wrong splen>");
        ctx.out.put(" is-at ");
        put_atm_addr(ctx, c, a.sha, a.shl, a.ssa, a.ssl);
        break;
    case kOpInvRequest:
        ctx.out.put("who-is ");
        put_atm_addr(ctx, c, a.tha, a.thl, a.tsa, a.tsl);
        ctx.out.put(" tell ");
        put_atm_addr(ctx, c, a.sha, a.shl, a.ssa, a.ssl);
        break;
    case kOpInvReply:
        put_atm_addr(ctx, c, a.sha, a.shl, a.ssa, a.ssl);
        ctx.out.put("at ");  // sic: no space before it
        put_proto_addr(ctx, c, a.spa, a.pro, a.spl, "<wrong splen>");
        break;
    case kOpNak:
        ctx.out.put("for ");
        put_proto_addr(ctx, c, a.spa, a.pro, a.spl, "<wrong splen>");
        break;
    default:
        default_print_unsuppressed(ctx, c.rest());
        return;
    }
    ctx.out.f(", length {}", length);
}

}  // namespace

void arp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "arp";
    if (!c.need(0, 8)) return;
    const uint16_t hrd = c.be16(0);
    const uint16_t pro = c.be16(2);
    const uint32_t hln = c.u8(4);
    const uint32_t pln = c.u8(5);
    const uint16_t op = c.be16(6);
    if (hrd == kHrdAtm) return atmarp_print(ctx, c, length);
    const AddrKind kind = hrd == kHrdFrameRelay ? AddrKind::FrameRelay : AddrKind::Ether;

    const size_t sha = 8, spa = sha + hln, tha = spa + pln, tpa = tha + hln;
    if (!c.need(tpa, pln)) return;

    if (!ctx.opt.eflag) ctx.out.put("ARP, ");
    if ((pro != kProIp && pro != kProTrail) || pln != 4 || hln == 0 || ctx.opt.vflag) {
        put_hardware(ctx, hrd);
        ctx.out.f(" (len {}), ", hln);
        put_protocol(ctx, pro);
        ctx.out.f(" (len {})", pln);
        if (!ctx.opt.vflag) {
            ctx.out.f(", length {}", length);
            return;
        }
    }
    put_op(ctx, op);
    switch (op) {
    case kOpRequest:
        ctx.out.put("who-has ");
        put_proto_addr(ctx, c, tpa, pro, pln);
        if (is_nonzero(c, tha, hln)) {
            ctx.out.put(" (");
            put_linkaddr(ctx, c, tha, hln, kind);
            ctx.out.put(')');
        }
        ctx.out.put(" tell ");
        put_proto_addr(ctx, c, spa, pro, pln);
        break;
    case kOpReply:
        put_proto_addr(ctx, c, spa, pro, pln);
        ctx.out.put(" is-at ");
        put_linkaddr(ctx, c, sha, hln, kind);
        break;
    case kOpRevRequest:
    case kOpInvRequest:
        ctx.out.put("who-is ");
        put_linkaddr(ctx, c, tha, hln, kind);
        ctx.out.put(" tell ");
        put_linkaddr(ctx, c, sha, hln, kind);
        break;
    case kOpRevReply:
        put_linkaddr(ctx, c, tha, hln, kind);
        ctx.out.put(" at ");
        put_proto_addr(ctx, c, tpa, pro, pln);
        break;
    case kOpInvReply:
        put_linkaddr(ctx, c, sha, hln, kind);
        ctx.out.put(" at ");
        put_proto_addr(ctx, c, spa, pro, pln);
        break;
    default:
        default_print_unsuppressed(ctx, c.rest());
        return;
    }
    ctx.out.f(", length {}", length);
}

}  // namespace rd
