// LDP (RFC 5036) over UDP and TCP port 646: PDUs, messages and their TLVs, including
// the FEC elements of RFC 4447 (pseudowires).
#include <fmt/format.h>

#include "protos.hpp"

namespace rd {

namespace {

constexpr Tok kMessages[] = {
    {0x0001, "Notification"},  {0x0100, "Hello"},         {0x0200, "Initialization"},
    {0x0201, "Keepalive"},     {0x0300, "Address"},       {0x0301, "Address Withdraw"},
    {0x0400, "Label Mapping"}, {0x0401, "Label Request"}, {0x0402, "Label Withdraw"},
    {0x0403, "Label Release"}, {0x0404, "Label Abort Request"},
};

constexpr Tok kTlvs[] = {
    {0x0100, "FEC"},
    {0x0101, "Address List"},
    {0x0103, "Hop Count"},
    {0x0104, "Path Vector"},
    {0x0200, "Generic Label"},
    {0x0201, "ATM Label"},
    {0x0202, "Frame-Relay Label"},
    {0x0300, "Status"},
    {0x0301, "Extended Status"},
    {0x0302, "Returned PDU"},
    {0x0303, "Returned Message"},
    {0x0400, "Common Hello Parameters"},
    {0x0401, "IPv4 Transport Address"},
    {0x0402, "Configuration Sequence Number"},
    {0x0403, "IPv6 Transport Address"},
    {0x0500, "Common Session Parameters"},
    {0x0501, "ATM Session Parameters"},
    {0x0502, "Frame-Relay Session Parameters"},
    {0x0503, "Fault-Tolerant Session Parameters"},
    {0x0600, "Label Request Message ID"},
    {0x0601, "MTU"},
};

constexpr Tok kFecTypes[] = {{0x01, "Wildcard"}, {0x02, "Prefix"}, {0x03, "Host address"}, {0x80, "Martini VC"}};

constexpr Tok kIfParams[] = {{0x01, "MTU"}, {0x03, "Description"}, {0x0c, "VCCV"}};
constexpr Tok kVccvCc[] = {{0x01, "PWE3 control word"}, {0x02, "MPLS Router Alert Label"},
                           {0x04, "MPLS inner label TTL = 1"}};
constexpr Tok kVccvCv[] = {{0x01, "ICMP Ping"}, {0x02, "LSP Ping"}, {0x04, "BFD"}};

// IANA address family numbers.
constexpr Tok kAfNumbers[] = {
    {0, "Reserved"},      {1, "IPv4"},        {2, "IPv6"},       {3, "NSAP"},
    {4, "HDLC"},          {5, "BBN 1822"},    {6, "802"},        {7, "E.163"},
    {8, "E.164"},         {9, "F.69"},        {10, "X.121"},     {11, "Novell IPX"},
    {12, "Appletalk"},    {13, "Decnet IV"},  {14, "Banyan Vines"}, {15, "E.164 with NSAP subaddress"},
    {25, "Layer-2 VPN"},  {196, "Layer-2 VPN (old)"},
};

// RFC 4446 pseudowire types.
constexpr Tok kPwTypes[] = {
    {0x0000, "Reserved"},
    {0x0001, "Frame Relay DLCI (Martini Mode)"},
    {0x0002, "ATM AAL5 SDU VCC transport"},
    {0x0003, "ATM transparent cell transport"},
    {0x0004, "Ethernet VLAN"},
    {0x0005, "Ethernet"},
    {0x0006, "Cisco-HDLC"},
    {0x0007, "PPP"},
    {0x0008, "SONET/SDH Circuit Emulation Service over MPLS"},
    {0x0009, "ATM n-to-one VCC cell transport"},
    {0x000a, "ATM n-to-one VPC cell transport"},
    {0x000b, "IP Layer2 Transport"},
    {0x000c, "ATM one-to-one VCC Cell Mode"},
    {0x000d, "ATM one-to-one VPC Cell Mode"},
    {0x000e, "ATM AAL5 PDU VCC transport"},
    {0x000f, "Frame-Relay Port mode"},
    {0x0010, "SONET/SDH Circuit Emulation over Packet"},
    {0x0011, "Structure-agnostic E1 over Packet"},
    {0x0012, "Structure-agnostic T1 (DS1) over Packet"},
    {0x0013, "Structure-agnostic E3 over Packet"},
    {0x0014, "Structure-agnostic T3 (DS3) over Packet"},
    {0x0015, "CESoPSN basic mode"},
    {0x0016, "TDMoIP basic mode"},
    {0x0017, "CESoPSN TDM with CAS"},
    {0x0018, "TDMoIP TDM with CAS"},
    {0x0019, "Frame Relay DLCI"},
    {0x0040, "IP-interworking"},
};

constexpr uint32_t kPduHeaderLen = 10;
constexpr uint32_t kMsgHeaderLen = 8;

// A prefix (length byte then the significant bytes) of at most `room` bytes at off.
// Returns -1 for a bad length, -3 when it runs past room; prints nothing itself.
int prefix_at(Ctx& ctx, const Cursor& c, size_t off, uint32_t room, bool v6) {
    const unsigned max_bits = v6 ? 128 : 32;
    const unsigned bits = c.u8(off);
    if (ctx.truncated) return -2;
    if (bits > max_bits) return -1;
    const unsigned nbytes = (bits + 7) / 8;
    // The bytes are fetched from the capture before their fit in the TLV is checked.
    if (!c.has(off + 1, nbytes)) return -2;
    if (room < 1 || room - 1 < nbytes) return -3;
    return static_cast<int>(bits);
}

void put_prefix(Ctx& ctx, const Cursor& c, size_t off, unsigned bits, bool v6) {
    uint8_t addr[16] = {};
    const unsigned nbytes = (bits + 7) / 8;
    for (unsigned i = 0; i < nbytes; ++i) addr[i] = c.u8(off + 1 + i);
    if (bits % 8 != 0) addr[nbytes - 1] &= static_cast<uint8_t>(0xff00 >> (bits % 8));
    put_addr(ctx, std::span<const uint8_t>(addr, v6 ? 16 : 4));
    ctx.out.f("/{}", bits);
}

void fec_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t tlen, bool& invalid) {
    auto tcheck = [&](uint32_t need) {
        if (tlen >= need) return true;
        ctx.out.f(" [tlv length {} < {}]", tlen, need);
        ctx.print_invalid();
        invalid = true;
        return false;
    };
    if (!tcheck(1)) return;
    const uint8_t fec = c.u8(p);
    ctx.out.put("\n\t      ");
    put_tok(ctx, kFecTypes, fec, "Unknown");
    ctx.out.f(" FEC (0x{:02x})", fec);
    p += 1;
    tlen -= 1;
    if (fec == 0x02) {
        if (!tcheck(2)) return;
        const uint16_t af = c.be16(p);
        p += 2;
        tlen -= 2;
        if (af == 1 || af == 2) {
            const bool v6 = af == 2;
            const int r = prefix_at(ctx, c, p, tlen, v6);
            if (r == -2) {
                (void)c.need(c.size(), 1);  // a cut prefix ends the packet
                return;
            }
            if (r == -3) ctx.out.put(": IPv4 prefix (goes past end of TLV)");
            else if (r == -1) ctx.out.put(v6 ? ": IPv6 prefix (invalid length)" : ": IPv4 prefix (invalid length)");
            else {
                ctx.out.put(v6 ? ": IPv6 prefix " : ": IPv4 prefix ");
                put_prefix(ctx, c, p, static_cast<unsigned>(r), v6);
            }
        } else {
            ctx.out.f(": Address family {} prefix", af);
        }
    } else if (fec == 0x80) {
        if (!tcheck(7)) return;
        uint32_t info_len = c.u8(p + 2);
        const uint16_t pw = c.be16(p);
        ctx.out.put(": ");
        put_tok(ctx, kPwTypes, pw & 0x7fff, "Unknown");
        ctx.out.f(", {}control word, group-ID {}", (pw & 0x8000) ? "" : "no ", c.be32(p + 3));
        if (info_len == 0) {
            ctx.out.f(", VC-info-length: {}", info_len);
            return;
        }
        if (!tcheck(11)) return;
        ctx.out.f(", VC-ID {}, VC-info-length: {}", c.be32(p + 7), info_len);
        if (info_len < 4) {
            ctx.out.put(" (invalid, < 4");
            return;
        }
        info_len -= 4;
        p += 11;
        tlen -= 11;
        if (!tcheck(info_len)) return;
        while (info_len > 2 && !ctx.truncated) {
            const uint8_t ptype = c.u8(p);
            const uint8_t plen = c.u8(p + 1);
            if (plen < 2 || info_len < plen) break;
            ctx.out.put("\n\t\tInterface Parameter: ");
            put_tok(ctx, kIfParams, ptype, "Unknown");
            ctx.out.f(" (0x{:02x}), len {}", ptype, plen);
            switch (ptype) {
            case 0x01: ctx.out.f(": {}", c.be16(p + 2)); break;
            case 0x03:
                ctx.out.put(": ");
                for (unsigned i = 2; i < plen && !ctx.truncated; ++i) put_char_escaped(ctx.out, c.u8(p + i));
                break;
            case 0x0c: {
                const uint8_t cc = c.u8(p + 2);
                ctx.out.f("\n\t\t  Control Channels (0x{:02x}) = [", cc);
                put_bits(ctx, kVccvCc, cc, ", ");
                const uint8_t cv = c.u8(p + 3);
                ctx.out.f("]\n\t\t  CV Types (0x{:02x}) = [", cv);
                put_bits(ctx, kVccvCv, cv, ", ");
                ctx.out.put(']');
                break;
            }
            default: print_unknown_data(ctx, c, p + 2, "\n\t\t  ", plen - 2u); break;
            }
            info_len -= plen;
            p += plen;
        }
    }
}

// One TLV at p with msg_tlen bytes left in the message; returns its size or 0 to stop.
uint32_t tlv_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t msg_tlen) {
    const uint16_t raw_type = c.be16(p);
    const uint16_t tlv_len = c.be16(p + 2);
    if (ctx.truncated) return 0;
    if (tlv_len + 4u > msg_tlen) {
        ctx.out.put("\n\t\t TLV contents go past end of message");
        return 0;
    }
    const uint16_t type = raw_type & 0x3fff;
    ctx.out.put("\n\t    ");
    put_tok(ctx, kTlvs, type, "Unknown");
    ctx.out.f(" TLV (0x{:04x}), length: {}, Flags: [{} and {} forward if unknown]", type, tlv_len,
              (raw_type & 0x8000) ? "continue processing" : "ignore", (raw_type & 0x4000) ? "do" : "don't");
    p += 4;
    uint32_t tlen = tlv_len;
    bool invalid = false;
    auto tcheck = [&](uint32_t need) {
        if (tlen >= need) return true;
        ctx.out.f(" [tlv length {} < {}]", tlen, need);
        ctx.print_invalid();
        return false;
    };
    switch (type) {
    case 0x0400:
        if (!tcheck(4)) break;
        ctx.out.f("\n\t      Hold Time: {}s, Flags: [{} Hello{}]", c.be16(p),
                  (c.be16(p + 2) & 0x8000) ? "Targeted" : "Link",
                  (c.be16(p + 2) & 0x4000) ? ", Request for targeted Hellos" : "");
        break;
    case 0x0401:
        if (!tcheck(4)) break;
        ctx.out.put("\n\t      IPv4 Transport Address: ");
        put_ip4_at(ctx, c, p);
        break;
    case 0x0403:
        if (!tcheck(16)) break;
        ctx.out.put("\n\t      IPv6 Transport Address: ");
        put_ip6_at(ctx, c, p);
        break;
    case 0x0402:
        if (!tcheck(4)) break;
        ctx.out.f("\n\t      Sequence Number: {}", c.be32(p));
        break;
    case 0x0101: {
        if (!tcheck(2)) break;
        const uint16_t af = c.be16(p);
        p += 2;
        tlen -= 2;
        ctx.out.put("\n\t      Address Family: ");
        put_tok(ctx, kAfNumbers, af, "Unknown ({})");
        ctx.out.put(", addresses");
        const uint32_t alen = af == 1 ? 4 : af == 2 ? 16 : 0;
        while (alen != 0 && tlen >= alen && !ctx.truncated) {
            ctx.out.put(' ');
            if (alen == 4) put_ip4_at(ctx, c, p); else put_ip6_at(ctx, c, p);
            tlen -= alen;
            p += alen;
        }
        break;
    }
    case 0x0500:
        if (!tcheck(8)) break;
        ctx.out.f("\n\t      Version: {}, Keepalive: {}s, Flags: [Downstream {}, Loop Detection {}]", c.be16(p),
                  c.be16(p + 2), (c.be16(p + 6) & 0x8000) ? "On Demand" : "Unsolicited",
                  (c.be16(p + 6) & 0x4000) ? "Enabled" : "Disabled");
        break;
    case 0x0100:
        fec_print(ctx, c, p, tlen, invalid);
        break;
    case 0x0200:
        if (!tcheck(4)) break;
        ctx.out.f("\n\t      Label: {}", c.be32(p) & 0xfffff);
        break;
    case 0x0300: {
        if (!tcheck(8)) break;
        const uint32_t st = c.be32(p);
        ctx.out.f("\n\t      Status: 0x{:02x}, Flags: [{} and {} forward]", st & 0x3fffffff,
                  (st & 0x80000000) ? "Fatal error" : "Advisory Notification", (st & 0x40000000) ? "do" : "don't");
        const uint32_t id = c.be32(p + 4);
        if (id) ctx.out.f(", causing Message ID: 0x{:08x}", id);
        break;
    }
    case 0x0503: {
        if (!tcheck(12)) break;
        const uint16_t ft = c.be16(p);
        ctx.out.f("\n\t      Flags: [{}Reconnect, {}Save State, {}All-Label Protection, {} Checkpoint, {}Re-Learn State]",
                  (ft & 0x8000) ? "" : "No ", (ft & 0x8) ? "" : "Don't ", (ft & 0x4) ? "" : "No ",
                  (ft & 0x2) ? "Sequence Numbered Label" : "All Labels", (ft & 0x1) ? "" : "Don't ");
        const uint32_t reconnect = c.be32(p + 4);
        if (reconnect) ctx.out.f(", Reconnect Timeout: {}ms", reconnect);
        const uint32_t recovery = c.be32(p + 8);
        if (recovery) ctx.out.f(", Recovery Time: {}ms", recovery);
        break;
    }
    case 0x0601:
        if (!tcheck(2)) break;
        ctx.out.f("\n\t      MTU: {}", c.be16(p));
        break;
    default:
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t      ", tlen);
        break;
    }
    return tlv_len + 4u;
}

// One PDU at pos; returns its size, 0 to stop.
uint32_t pdu_print(Ctx& ctx, const Cursor& c, size_t pos) {
    const char* lead = ctx.opt.vflag < 1 ? "" : "\n\t";
    if (!c.need(pos, kPduHeaderLen)) return 0;
    const uint16_t version = c.be16(pos);
    if (version != 1) {
        ctx.out.f("{}LDP version {} packet not supported", lead, version);
        return 0;
    }
    const uint16_t pdu_len = c.be16(pos + 2);
    if (pdu_len < kPduHeaderLen - 4) {
        ctx.out.f("{}LDP, pdu-length: {} (too short, < {})", lead, pdu_len, kPduHeaderLen - 4);
        return 0;
    }
    ctx.out.f("{}LDP, Label-Space-ID: ", lead);
    put_ip4_at(ctx, c, pos + 4);
    ctx.out.f(":{}, pdu-length: {}", c.be16(pos + 8), pdu_len);
    if (ctx.opt.vflag < 1) return 0;

    size_t p = pos + kPduHeaderLen;
    uint16_t tlen = static_cast<uint16_t>(pdu_len - (kPduHeaderLen - 4));
    while (tlen > 0 && !ctx.truncated) {
        if (!c.need(p, kMsgHeaderLen)) return 0;
        const uint16_t raw_type = c.be16(p);
        const uint16_t msg_len = c.be16(p + 2);
        const uint16_t type = raw_type & 0x7fff;
        if (msg_len < kMsgHeaderLen - 4) {
            ctx.out.put("\n\t  ");
            put_tok(ctx, kMessages, type, "Unknown");
            ctx.out.f(" Message (0x{:04x}), length: {} (too short, < {})", type, msg_len, kMsgHeaderLen - 4);
            return 0;
        }
        ctx.out.put("\n\t  ");
        put_tok(ctx, kMessages, type, "Unknown");
        ctx.out.f(" Message (0x{:04x}), length: {}, Message ID: 0x{:08x}, Flags: [{} if unknown]", type, msg_len,
                  c.be32(p + 4), (raw_type & 0x8000) ? "continue processing" : "ignore");
        if (!c.need(p, msg_len)) return 0;
        size_t mp = p + kMsgHeaderLen;
        uint32_t mtlen = msg_len - (kMsgHeaderLen - 4u);
        switch (type) {
        case 0x0001: case 0x0100: case 0x0200: case 0x0201:
        case 0x0300: case 0x0400: case 0x0301: case 0x0402:
            while (mtlen >= 4 && !ctx.truncated) {
                const uint32_t n = tlv_print(ctx, c, mp, mtlen);
                if (n == 0) break;
                mtlen -= n;
                mp += n;
            }
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, mp, "\n\t  ", mtlen);
            break;
        }
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p + kMsgHeaderLen, "\n\t  ", msg_len);
        p += msg_len + 4u;
        tlen = static_cast<uint16_t>(tlen - (msg_len + 4u));
    }
    return pdu_len + 4u;
}

}  // namespace

void ldp_print(Ctx& ctx, Cursor c, uint32_t len) {
    ctx.proto = "ldp";
    size_t pos = 0;
    while (len > kPduHeaderLen + kMsgHeaderLen && !ctx.truncated) {
        const uint32_t n = pdu_print(ctx, c, pos);
        if (n == 0) return;
        if (len < n) {
            ctx.out.f(" [remaining length {} < {}]", len, n);
            ctx.print_invalid();
            break;
        }
        len -= n;
        pos += n;
    }
}

}  // namespace rd
