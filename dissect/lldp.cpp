// IEEE 802.1AB Link Layer Discovery Protocol: the TLV walk and the basic TLVs. The
// organisation-specific TLVs (802.1, 802.3, TIA-MED, DCBX, IANA) are in lldp_org.cpp.
#include "lldp.hpp"

namespace rd {

namespace {

enum : uint8_t {
    kEnd = 0,
    kChassisId = 1,
    kPortId = 2,
    kTtl = 3,
    kPortDescr = 4,
    kSystemName = 5,
    kSystemDescr = 6,
    kSystemCap = 7,
    kMgmtAddr = 8,
    kPrivate = 127,
};

constexpr Tok kTlvTypes[] = {
    {kEnd, "End"},
    {kChassisId, "Chassis ID"},
    {kPortId, "Port ID"},
    {kTtl, "Time to Live"},
    {kPortDescr, "Port Description"},
    {kSystemName, "System Name"},
    {kSystemDescr, "System Description"},
    {kSystemCap, "System Capabilities"},
    {kMgmtAddr, "Management Address"},
    {kPrivate, "Organization specific"},
};

constexpr Tok kChassisSubtypes[] = {
    {1, "Chassis component"}, {2, "Interface alias"}, {3, "Port component"}, {4, "MAC address"},
    {5, "Network address"},   {6, "Interface name"},  {7, "Local"},
};

constexpr Tok kPortSubtypes[] = {
    {1, "Interface alias"}, {2, "Port component"}, {3, "MAC address"}, {4, "Network Address"},
    {5, "Interface Name"},  {6, "Agent circuit ID"}, {7, "Local"},
};

constexpr Tok kCapabilities[] = {
    {0x01, "Other"},  {0x02, "Repeater"},  {0x04, "Bridge"}, {0x08, "WLAN AP"},
    {0x10, "Router"}, {0x20, "Telephone"}, {0x40, "Docsis"}, {0x80, "Station Only"},
};

// Address family numbers (RFC 1700) as tcpdump names them.
constexpr Tok kAddressFamilies[] = {
    {0, "Reserved"},     {1, "IPv4"},         {2, "IPv6"},        {3, "NSAP"},
    {4, "HDLC"},         {5, "BBN 1822"},     {6, "802"},         {7, "E.163"},
    {8, "E.164"},        {9, "F.69"},         {10, "X.121"},      {11, "Novell IPX"},
    {12, "Appletalk"},   {13, "Decnet IV"},   {14, "Banyan Vines"},
    {15, "E.164 with NSAP subaddress"},       {196, "Layer-2 VPN"}, {25, "VPLS"},
};

constexpr Tok kIntfNumbering[] = {{2, "Interface Index"}, {3, "System Port Number"}};

constexpr uint32_t kIntfNumLen = 5;

// "AFI IPv4 (1): 10.0.0.1"; the caller has checked it with network_addr_ok.
void network_addr(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    (void)len;
    const uint8_t af = c.u8(off);
    const uint32_t need = af == 1 ? 4 : af == 2 ? 16 : af == 6 ? 6 : 0;
    if (need && !c.need(off + 1, need)) return;
    ctx.out.put("AFI ");
    put_tok(ctx, kAddressFamilies, af, "Unknown");
    if (!need) {
        ctx.out.f(" ({}), no AF printer !", af);
        return;
    }
    ctx.out.f(" ({}): ", af);
    if (af == 1)
        put_ip4_at(ctx, c, off + 1);
    else if (af == 2)
        put_ip6_at(ctx, c, off + 1);
    else
        put_mac_at(ctx, c, off + 1);
}

// Chassis ID and Port ID share their layout; only the subtype numbers differ.
bool id_tlv(Ctx& ctx, const Cursor& c, uint32_t len, bool chassis, bool& hexdump) {
    if (len < 2) return false;
    const uint8_t subtype = c.u8(0);
    ctx.out.put("\n\t  Subtype ");
    put_tok(ctx, chassis ? std::span<const Tok>(kChassisSubtypes) : std::span<const Tok>(kPortSubtypes),
            subtype, "Unknown");
    ctx.out.f(" ({}): ", subtype);
    const uint8_t mac = chassis ? 4 : 3, net = chassis ? 5 : 4;
    if (subtype == mac) {
        if (len < 1 + 6) return false;
        put_mac_at(ctx, c, 1);
    } else if (subtype == net) {
        if (!network_addr_ok(c, 1, len - 1)) return false;
        network_addr(ctx, c, 1, len - 1);
    } else if (subtype >= 1 && subtype <= 7) {
        put_string_nul_padded(ctx, c, 1, len - 1);
    } else {
        hexdump = true;
    }
    return true;
}

bool mgmt_addr_tlv(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 1) return false;
    const uint8_t addr_len = c.u8(0);
    size_t off = 1;
    uint32_t left = len - 1;
    if (left < addr_len) return false;
    if (!network_addr_ok(c, off, addr_len)) return false;
    ctx.out.f("\n\t  Management Address length {}, ", addr_len);
    network_addr(ctx, c, off, addr_len);
    off += addr_len;
    left -= addr_len;
    if (left < kIntfNumLen) return false;
    const uint8_t numbering = c.u8(off);
    const uint32_t number = c.be32(off + 1);
    ctx.out.put("\n\t  ");
    put_tok(ctx, kIntfNumbering, numbering, "Unknown");
    ctx.out.f(" Interface Numbering ({}): {}", numbering, number);
    off += kIntfNumLen;
    left -= kIntfNumLen;
    if (left) {  // the OID is optional
        const uint8_t oid_len = c.u8(off);
        if (left < 1u + oid_len) return false;
        if (oid_len) {
            ctx.out.f("\n\t  OID length {}", oid_len);
            put_string_nul_padded(ctx, c, off + 1, oid_len);
        }
    }
    return true;
}

}  // namespace

bool network_addr_ok(const Cursor& c, size_t off, uint32_t len) {
    if (len < 1) return false;
    const uint8_t af = c.u8(off);
    --len;
    return !((af == 1 && len < 4) || (af == 2 && len < 16) || (af == 6 && len < 6));
}

void lldp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "lldp";
    ctx.out.f("LLDP, length {}", length);
    size_t off = 0;
    uint32_t left = length;
    while (left >= 2 && !ctx.truncated) {
        if (!c.has(off, 2)) return ctx.print_trunc();
        const uint16_t tlv = c.be16(off);
        const uint8_t type = static_cast<uint8_t>(tlv >> 9);
        const uint32_t len = tlv & 0x01ff;
        left -= 2;
        off += 2;
        if (ctx.opt.vflag) {
            ctx.out.put("\n\t");
            put_tok(ctx, kTlvTypes, type, "Unknown");
            ctx.out.f(" TLV ({}), length {}", type, len);
        }
        if (!type || !len) break;  // the End TLV (or a loop)
        if (!c.has(off, len) || left < len) return ctx.print_trunc();

        const Cursor v = c.skip(off);
        bool hexdump = false;
        bool ok = true;
        switch (type) {
        case kChassisId:
        case kPortId:
            if (ctx.opt.vflag) ok = id_tlv(ctx, v, len, type == kChassisId, hexdump);
            break;
        case kTtl:
            if (ctx.opt.vflag) {
                if (len < 2) {
                    ok = false;
                    break;
                }
                ctx.out.f(": TTL {}s", v.be16(0));
            }
            break;
        case kPortDescr:
            if (ctx.opt.vflag) {
                ctx.out.put(": ");
                put_string_nul_padded(ctx, v, 0, len);
            }
            break;
        case kSystemName:
            // Shown without -v too, like CDP's Device-ID.
            ctx.out.put(": ");
            put_string_nul_padded(ctx, v, 0, len);
            break;
        case kSystemDescr:
            if (ctx.opt.vflag) {
                ctx.out.put("\n\t  ");
                put_string_nul_padded(ctx, v, 0, len);
            }
            break;
        case kSystemCap:
            if (ctx.opt.vflag) {
                if (len < 4) {
                    ok = false;
                    break;
                }
                const uint16_t cap = v.be16(0), enabled = v.be16(2);
                ctx.out.put("\n\t  System  Capabilities [");
                put_bits(ctx, kCapabilities, cap, ", ");
                ctx.out.f("] (0x{:04x})", cap);
                ctx.out.put("\n\t  Enabled Capabilities [");
                put_bits(ctx, kCapabilities, enabled, ", ");
                ctx.out.f("] (0x{:04x})", enabled);
            }
            break;
        case kMgmtAddr:
            if (ctx.opt.vflag) ok = mgmt_addr_tlv(ctx, v, len);
            break;
        case kPrivate:
            if (ctx.opt.vflag) {
                if (len < 3) {
                    ok = false;
                    break;
                }
                const uint32_t oui = v.be24(0);
                const char* name = oui_name(oui);
                ctx.out.f(": OUI {} (0x{:06x})", name ? name : "Unknown", oui);
                hexdump = lldp_org_print(ctx, v, oui, len);
            }
            break;
        default:
            hexdump = true;
            break;
        }
        if (!ok) return ctx.print_trunc();
        if (ctx.truncated) return;
        if (ctx.opt.vflag > 1 || (ctx.opt.vflag && hexdump)) print_unknown_data(ctx, v, 0, "\n\t  ", len);
        left -= len;
        off += len;
    }
}

}  // namespace rd
