// IEEE 802.1ag Connectivity Fault Management (EtherType 0x8902 and the old 0xabcd):
// the common header, the CCM / LTM / LTR message bodies and the TLV list.
#include "ethertypes_link.hpp"
#include "ringdump/format/hexdump.hpp"
#include "ringdump/format/names.hpp"

namespace rd {

namespace {

enum : uint8_t { kCcm = 1, kLbr = 2, kLbm = 3, kLtr = 4, kLtm = 5 };
constexpr Tok kOpcodes[] = {
    {kCcm, "Continuity Check Message"}, {kLbr, "Loopback Reply"}, {kLbm, "Loopback Message"},
    {kLtr, "Linktrace Reply"},           {kLtm, "Linktrace Message"},
};

constexpr Tok kMdFormats[] = {
    {0, "IEEE 802.1"}, {1, "No MD Name present"}, {2, "DNS string"},
    {3, "MAC + 16Bit Integer"}, {4, "Character string"},
};
constexpr Tok kMaFormats[] = {
    {0, "IEEE 802.1"}, {1, "Primary VID"}, {2, "Character string"},
    {3, "16Bit Integer"}, {4, "RFC2685 VPN-ID"},
};
constexpr Tok kLtmFlags[] = {{0x80, "Use Forwarding-DB only"}};
constexpr Tok kLtrFlags[] = {{0x80, "UseFDB Only"}, {0x40, "FwdYes"}, {0x20, "Terminal MEP"}};
constexpr Tok kReplyActions[] = {{1, "Exact Match"}, {2, "Filtering DB"}, {3, "MIP CCM DB"}};

enum : uint8_t {
    kTlvEnd = 0, kTlvSenderId = 1, kTlvPortStatus = 2, kTlvIfStatus = 3, kTlvData = 4,
    kTlvReplyIngress = 5, kTlvReplyEgress = 6, kTlvPrivate = 31,
};
constexpr Tok kTlvTypes[] = {
    {kTlvEnd, "End"},         {kTlvSenderId, "Sender ID"},
    {kTlvPortStatus, "Port status"}, {kTlvIfStatus, "Interface status"},
    {kTlvData, "Data"},       {kTlvReplyIngress, "Reply Ingress"},
    {kTlvReplyEgress, "Reply Egress"}, {kTlvPrivate, "Organization Specific"},
};
constexpr Tok kPortStatus[] = {{1, "Blocked"}, {2, "Up"}};
constexpr Tok kIfStatus[] = {{1, "Up"},      {2, "Down"},        {3, "Testing"},
                             {5, "Dormant"}, {6, "not present"}, {7, "lower Layer down"}};
constexpr Tok kChassisTypes[] = {
    {0, "Reserved"},        {1, "Chassis component"}, {2, "Interface alias"},
    {3, "Port component"},  {4, "MAC address"},       {5, "Network address"},
    {6, "Interface name"},  {7, "Locally assigned"},
};
constexpr Tok kAddressFamilies[] = {
    {0, "Reserved"},     {1, "IPv4"},         {2, "IPv6"},        {3, "NSAP"},
    {4, "HDLC"},         {5, "BBN 1822"},     {6, "802"},         {7, "E.163"},
    {8, "E.164"},        {9, "F.69"},         {10, "X.121"},      {11, "Novell IPX"},
    {12, "Appletalk"},   {13, "Decnet IV"},   {14, "Banyan Vines"},
    {15, "E.164 with NSAP subaddress"},       {196, "Layer-2 VPN"}, {25, "VPLS"},
};

// CCM interval bases in seconds, as single-precision values (the printed lifetimes
// are computed from them).
constexpr float kIntervalBase[8] = {0, 0.003333f, 0.01f, 0.1f, 1, 10, 60, 600};

constexpr size_t kCcmBodyLen = 70, kLtmBodyLen = 17, kLtrBodyLen = 6;

void too_short(Ctx& ctx) { ctx.out.put("\n\t\t packet is too short"); }

// Network address chassis ID (family byte, address); true when a hex dump follows.
bool network_addr(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    const uint8_t af = c.u8(off);
    ctx.out.put("\n\t  Network Address Type ");
    put_tok(ctx, kAddressFamilies, af, "Unknown");
    ctx.out.f(" ({})", af);
    if (af == 1) {
        if (len != 5) {
            ctx.out.f("(invalid IPv4 address length {})", len - 1);
            return true;
        }
        ctx.out.put(", ");
        put_ip4_at(ctx, c, off + 1);
        return false;
    }
    if (af == 2) {
        if (len != 17) {
            ctx.out.f("(invalid IPv6 address length {})", len - 1);
            return true;
        }
        ctx.out.put(", ");
        put_ip6_at(ctx, c, off + 1);
        return false;
    }
    return true;
}

// A hex dump of n bytes at off behind a label on each line (tcpdump's hex_print).
void hex_labelled(Ctx& ctx, const Cursor& c, size_t off, size_t n, const char* label) {
    const auto b = c.bytes(off, n);
    if (ctx.truncated) return;
    hex_dump_prefixed(ctx.out, label, b);
}

enum class TlvEnd { next, hexdump_next, stop };

// The Sender ID TLV. p/tlen follow the packet position and the bytes left; tlv_len is
// what is left of the TLV. The walk goes on from p + tlv_len, as tcpdump's does (which
// is one byte short after a chassis ID type it does not step over).
TlvEnd sender_id(Ctx& ctx, const Cursor& c, size_t& p, uint32_t& tlen, uint32_t& tlv_len,
                 bool& hexdump) {
    if (tlv_len < 1) {
        ctx.out.put(" (too short, must be >= 1)");
        return TlvEnd::next;
    }
    const uint32_t chassis_len = c.u8(p);
    ++p;
    --tlen;
    --tlv_len;
    if (chassis_len) {
        if (tlv_len < 1) {
            ctx.out.put("\n\t  (TLV too short)");
            return TlvEnd::next;
        }
        const uint8_t type = c.u8(p);
        --tlv_len;
        ctx.out.put("\n\t  Chassis-ID Type ");
        put_tok(ctx, kChassisTypes, type, "Unknown");
        ctx.out.f(" ({}), Chassis-ID length {}", type, chassis_len);
        if (tlv_len < chassis_len) {
            ctx.out.put("\n\t  (TLV too short)");
            return TlvEnd::next;
        }
        switch (type) {
        case 4:
            if (chassis_len != 6) {
                ctx.out.put(" (invalid MAC address length)");
                hexdump = true;
                break;
            }
            ctx.out.put("\n\t  MAC ");
            put_mac_at(ctx, c, p + 1);
            break;
        case 5:
            hexdump |= network_addr(ctx, c, p + 1, chassis_len);
            break;
        case 1:
        case 2:
        case 3:
        case 6:
        case 7:
            put_string_nul_padded(ctx, c, p + 1, chassis_len);
            break;
        default:
            hexdump = true;
            break;
        }
        tlv_len -= chassis_len;
        p += 1 + chassis_len;
        tlen -= 1 + chassis_len;
    }
    if (tlv_len == 0) return TlvEnd::hexdump_next;
    uint32_t n = c.u8(p);
    ++p;
    --tlen;
    --tlv_len;
    ctx.out.f("\n\t  Management Address Domain Length {}", n);
    if (n) {
        if (tlv_len < n) {
            ctx.out.put("\n\t  (TLV too short)");
            return TlvEnd::next;
        }
        tlv_len -= n;
        hex_labelled(ctx, c, p, n, "\n\t  Management Address Domain: ");
        p += n;
        tlen -= n;
        if (tlv_len < 1) {
            ctx.out.put(" (Management Address Length is missing)");
            hexdump = true;
            return TlvEnd::hexdump_next;
        }
        n = c.u8(p);
        ++p;
        --tlen;
        --tlv_len;
        ctx.out.f("\n\t  Management Address Length {}", n);
        if (n) {
            if (tlv_len < n) {
                ctx.out.put("\n\t  (TLV too short)");
                return TlvEnd::stop;
            }
            tlv_len -= n;
            hex_labelled(ctx, c, p, n, "\n\t  Management Address: ");
            p += n;
            tlen -= n;
        }
    }
    return TlvEnd::hexdump_next;
}

// The CCM body: flags, interval, sequence, MEP ID, MD and MA names. False: stop.
bool ccm_body(Ctx& ctx, const Cursor& c, uint8_t flags) {
    const uint8_t interval = flags & 7;
    ctx.out.f(", Flags [CCM Interval {}{}]", interval, (flags & 0x80) ? ", RDI" : "");
    if (interval) {
        const double base = kIntervalBase[interval];
        ctx.out.f("\n\t  CCM Interval {:.3f}s, min CCM Lifetime {:.3f}s, max CCM Lifetime {:.3f}s",
                  base, base * 3.25, base * 3.5);
    }
    ctx.out.f("\n\t  Sequence Number 0x{:08x}, MA-End-Point-ID 0x{:04x}", c.be32(0), c.be16(4));
    size_t p = 6;
    uint32_t left = 48;
    const uint8_t md_format = c.u8(p);
    ++p;
    --left;
    if (md_format != 1) {
        const uint8_t md_len = c.u8(p);
        ++p;
        --left;
        ctx.out.put("\n\t  MD Name Format ");
        put_tok(ctx, kMdFormats, md_format, "Unknown");
        ctx.out.f(" ({}), MD Name length {}", md_format, md_len);
        if (md_len > left - 3) {
            ctx.out.f(" (too large, must be <= {})", left - 2);
            return false;
        }
        ctx.out.put("\n\t  MD Name: ");
        switch (md_format) {
        case 2:
        case 4:
            put_string_nul_padded(ctx, c, p, md_len);
            break;
        case 3:
            if (md_len == 6) {
                ctx.out.put("\n\t  MAC ");
                put_mac_at(ctx, c, p);
            } else {
                ctx.out.put("\n\t  MAC (length invalid)");
            }
            break;
        default:
            print_unknown_data(ctx, c, p, "\n\t    ", md_len);
        }
        p += md_len;
        left -= md_len;
    } else {
        ctx.out.put("\n\t  MD Name Format ");
        put_tok(ctx, kMdFormats, md_format, "Unknown");
        ctx.out.f(" ({})", md_format);
    }
    const uint8_t ma_format = c.u8(p);
    const uint8_t ma_len = c.u8(p + 1);
    p += 2;
    left -= 2;
    ctx.out.put("\n\t  MA Name-Format ");
    put_tok(ctx, kMaFormats, ma_format, "Unknown");
    ctx.out.f(" ({}), MA name length {}", ma_format, ma_len);
    if (ma_len > left) {
        ctx.out.f(" (too large, must be <= {})", left);
        return false;
    }
    ctx.out.put("\n\t  MA Name: ");
    if (ma_format == 2)
        put_string_nul_padded(ctx, c, p, ma_len);
    else
        print_unknown_data(ctx, c, p, "\n\t    ", ma_len);
    return true;
}

}  // namespace

void cfm_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "cfm";
    if (length < 4) {
        too_short(ctx);
        return;
    }
    if (!c.has(0, 4)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t mdlevel_version = c.u8(0);
    if ((mdlevel_version & 0x1f) != 0) {
        ctx.out.f("CFMv{} not supported, length {}", mdlevel_version & 0x1f, length);
        return;
    }
    const uint8_t opcode = c.u8(1);
    ctx.out.f("CFMv{} ", mdlevel_version & 0x1f);
    put_tok(ctx, kOpcodes, opcode, "unknown ({})");
    ctx.out.f(", MD Level {}, length {}", mdlevel_version >> 5, length);
    if (ctx.opt.vflag < 1) return;

    const uint8_t flags = c.u8(2);
    const uint8_t first_tlv = c.u8(3);
    ctx.out.f("\n\tFirst TLV offset {}", first_tlv);
    const Cursor body = c.skip(4);
    uint32_t tlen = length - 4;
    if (first_tlv > tlen) {
        ctx.out.f(" (too large, must be <= {})", tlen);
        return;
    }

    // A message body of n bytes must fit both the TLV offset and the length, and be
    // captured.
    auto body_ok = [&](size_t n, int which) {
        if (first_tlv < n) {
            ctx.out.f(" (too small {}, must be >= {})", which, n);
            return false;
        }
        if (tlen < n) {
            too_short(ctx);
            return false;
        }
        if (!body.has(0, n)) {
            ctx.print_trunc();
            return false;
        }
        return true;
    };

    switch (opcode) {
    case kCcm:
        if (!body_ok(kCcmBodyLen, 1)) return;
        if (!ccm_body(ctx, body, flags)) return;
        break;
    case kLtm:
        if (!body_ok(kLtmBodyLen, 4)) return;
        ctx.out.put(", Flags [");
        put_bits(ctx, kLtmFlags, flags, ", ");
        ctx.out.f("]\n\t  Transaction-ID 0x{:08x}, ttl {}", body.be32(0), body.u8(4));
        ctx.out.put("\n\t  Original-MAC ");
        put_mac_at(ctx, body, 5);
        ctx.out.put(", Target-MAC ");
        put_mac_at(ctx, body, 11);
        break;
    case kLtr: {
        if (!body_ok(kLtrBodyLen, 5)) return;
        ctx.out.put(", Flags [");
        put_bits(ctx, kLtrFlags, flags, ", ");
        ctx.out.f("]\n\t  Transaction-ID 0x{:08x}, ttl {}", body.be32(0), body.u8(4));
        const uint8_t action = body.u8(5);
        ctx.out.put("\n\t  Replay-Action ");
        put_tok(ctx, kReplyActions, action, "Unknown");
        ctx.out.f(" ({})", action);
        break;
    }
    default:
        print_unknown_data(ctx, body, 0, "\n\t  ", tlen - first_tlv);
        break;
    }

    size_t p = first_tlv;
    tlen -= first_tlv;
    while (tlen > 0) {
        const uint8_t type = body.u8(p);
        if (ctx.truncated) return;
        ctx.out.put("\n\t");
        put_tok(ctx, kTlvTypes, type, "Unknown");
        ctx.out.f(" TLV (0x{:02x})", type);
        if (type == kTlvEnd) return;
        if (tlen < 3) {
            too_short(ctx);
            return;
        }
        if (!body.has(p, 3)) {
            ctx.print_trunc();
            return;
        }
        uint32_t tlv_len = body.be16(p + 1);
        ctx.out.f(", length {}", tlv_len);
        p += 3;
        tlen -= 3;
        const size_t value = p;
        if (tlen < tlv_len) {
            too_short(ctx);
            return;
        }
        if (!body.has(p, tlv_len)) {
            ctx.print_trunc();
            return;
        }
        bool hexdump = false;
        switch (type) {
        case kTlvPortStatus:
        case kTlvIfStatus: {
            if (tlv_len < 1) {
                ctx.out.put(" (too short, must be >= 1)");
                return;
            }
            const uint8_t st = body.u8(p);
            ctx.out.put(", Status: ");
            put_tok(ctx, type == kTlvPortStatus ? std::span<const Tok>(kPortStatus)
                                                : std::span<const Tok>(kIfStatus),
                    st, "Unknown");
            ctx.out.f(" ({})", st);
            break;
        }
        case kTlvPrivate: {
            if (tlv_len < 4) {
                ctx.out.put(" (too short, must be >= 4)");
                return;
            }
            const uint32_t oui = body.be24(p);
            const char* name = oui_name(oui);
            ctx.out.f(", Vendor: {} ({}), Sub-Type {}", name ? name : "Unknown", oui, body.u8(p + 3));
            hexdump = true;
            break;
        }
        case kTlvSenderId: {
            const TlvEnd end = sender_id(ctx, body, p, tlen, tlv_len, hexdump);
            if (end == TlvEnd::stop || ctx.truncated) return;
            if (end == TlvEnd::next) {
                p += tlv_len;
                tlen -= tlv_len;
                continue;
            }
            // The hex dump below shows only what the sender ID left of the TLV.
            break;
        }
        default:
            hexdump = true;
            break;
        }
        if (hexdump || ctx.opt.vflag > 1) print_unknown_data(ctx, body, value, "\n\t  ", tlv_len);
        p += tlv_len;
        tlen -= tlv_len;
    }
}

}  // namespace rd
