// LLDP organisation-specific TLVs: IEEE 802.1 (VLANs, DCB), IEEE 802.3 (MAC/PHY, power,
// aggregation, MTU), ANSI/TIA LLDP-MED, the pre-standard DCBX and IANA (MUD URL).
#include "lldp.hpp"

namespace rd {

namespace {

constexpr uint32_t kOui8021 = 0x0080c2, kOui8023 = 0x00120f, kOuiIana = 0x00005e,
                   kOuiTia = 0x0012bb, kOuiDcbx = 0x001b21;

constexpr Tok k8021Subtypes[] = {
    {1, "Port VLAN Id"},
    {2, "Port and Protocol VLAN ID"},
    {3, "VLAN name"},
    {4, "Protocol Identity"},
    {7, "Link aggregation"},
    {8, "Congestion Notification"},
    {9, "ETS Configuration"},
    {10, "ETS Recommendation"},
    {11, "Priority Flow Control Configuration"},
    {12, "Application Priority"},
    {13, "EVB"},
    {14, "CDCP"},
};

constexpr Tok kAggregation[] = {{0x01, "supported"}, {0x02, "enabled"}};

constexpr Tok kPortProtocolFlags[] = {{0x02, "supported"}, {0x04, "enabled"}};

constexpr Tok k8023Subtypes[] = {
    {1, "MAC/PHY configuration/status"}, {2, "Power via MDI"}, {3, "Link aggregation"},
    {4, "Max frame size"},
};

constexpr Tok kTiaSubtypes[] = {
    {1, "LLDP-MED Capabilities"},
    {2, "Network policy"},
    {3, "Location identification"},
    {4, "Extended power-via-MDI"},
    {5, "Inventory - hardware revision"},
    {6, "Inventory - firmware revision"},
    {7, "Inventory - software revision"},
    {8, "Inventory - serial number"},
    {9, "Inventory - manufacturer name"},
    {10, "Inventory - model name"},
    {11, "Inventory - asset ID"},
};

constexpr Tok kAltitudeTypes[] = {{1, "meters"}, {2, "floors"}};

constexpr Tok kCaTypes[] = {
    {1, "national subdivisions (state,canton,region,province,prefecture)"},
    {2, "county, parish, gun, district"},
    {3, "city, township, shi"},
    {4, "city division, borough, city district, ward chou"},
    {5, "neighborhood, block"},
    {6, "street"},
};

constexpr Tok kLciWhat[] = {
    {0, "location of DHCP server"},
    {1, "location of the network element believed to be closest to the client"},
    {2, "location of the client"},
};

constexpr Tok kMauTypes[] = {
    {0, "Unknown"},
    {1, "AUI"},
    {2, "10BASE_5"},
    {3, "FOIRL"},
    {4, "10BASE2"},
    {5, "10BASET duplex mode unknown"},
    {6, "10BASEFP"},
    {7, "10BASEFB"},
    {8, "10BASEFL duplex mode unknown"},
    {9, "10BROAD36"},
    {10, "10BASET hdx"},
    {11, "10BASET fdx"},
    {12, "10BASEFL hdx"},
    {13, "10BASEFL fdx"},
    {14, "100BASET4"},
    {15, "100BASETX hdx"},
    {16, "100BASETX fdx"},
    {17, "100BASEFX hdx"},
    {18, "100BASEFX fdx"},
    {19, "100BASET2 hdx"},
    {20, "100BASET2 fdx"},
    {21, "1000BASEX hdx"},
    {22, "1000BASEX fdx"},
    {23, "1000BASELX hdx"},
    {24, "1000BASELX fdx"},
    {25, "1000BASESX hdx"},
    {26, "1000BASESX fdx"},
    {27, "1000BASECX hdx"},
    {28, "1000BASECX fdx"},
    {29, "1000BASET hdx"},
    {30, "1000BASET fdx"},
    {31, "10GBASEX"},
    {32, "10GBASELX4"},
    {33, "10GBASER"},
    {34, "10GBASEER"},
    {35, "10GBASELR"},
    {36, "10GBASESR"},
    {37, "10GBASEW"},
    {38, "10GBASEEW"},
    {39, "10GBASELW"},
    {40, "10GBASESW"},
};

constexpr Tok kAutonegotiation[] = {{0x01, "supported"}, {0x02, "enabled"}};

constexpr Tok kTiaCapabilities[] = {
    {0x01, "LLDP-MED capabilities"},    {0x02, "network policy"},
    {0x04, "location identification"},  {0x08, "extended power via MDI-PSE"},
    {0x10, "extended power via MDI-PD"}, {0x20, "Inventory"},
};

constexpr Tok kTiaDeviceTypes[] = {
    {1, "endpoint class 1"}, {2, "endpoint class 2"}, {3, "endpoint class 3"},
    {4, "network connectivity"},
};

constexpr Tok kTiaApplications[] = {
    {1, "voice"},           {2, "voice signaling"},    {3, "guest voice"},
    {4, "guest voice signaling"}, {5, "softphone voice"}, {6, "video conferencing"},
    {7, "streaming video"}, {8, "video signaling"},
};

constexpr Tok kNetworkPolicyBits[] = {{0x80, "Unknown"}, {0x40, "Tagged"}, {0x20, "reserved"}};

constexpr Tok kLocationFormats[] = {
    {1, "coordinate-based LCI"}, {2, "civic address LCI"}, {3, "ECS ELIN"},
};

constexpr Tok kDatums[] = {
    {1, "World Geodesic System 1984"},
    {2, "North American Datum 1983 (NAVD88)"},
    {3, "North American Datum 1983 (MLLW)"},
};

constexpr Tok kPowerSources[] = {
    {1, "PSE - primary power source"}, {2, "local - backup power source"}, {3, "PSE+local - reserved"},
};

constexpr Tok kPowerPriorities[] = {{1, "critical"}, {2, "high"}, {3, "low"}};

constexpr Tok kInventory[] = {
    {5, "Hardware revision"}, {6, "Firmware revision"}, {7, "Software revision"},
    {8, "Serial number"},     {9, "Manufacturer name"}, {10, "Model name"},
    {11, "Asset ID"},
};

constexpr Tok kPmdCapabilities[] = {
    {1u << 14, "10BASE-T hdx"},
    {1u << 13, "10BASE-T fdx"},
    {1u << 12, "100BASE-T4"},
    {1u << 11, "100BASE-TX hdx"},
    {1u << 10, "100BASE-TX fdx"},
    {1u << 9, "100BASE-T2 hdx"},
    {1u << 8, "100BASE-T2 fdx"},
    {1u << 7, "Pause for fdx links"},
    {1u << 6, "Asym PAUSE for fdx"},
    {1u << 5, "Sym PAUSE for fdx"},
    {1u << 4, "Asym and Sym PAUSE for fdx"},
    {1u << 3, "1000BASE-{X LX SX CX} hdx"},
    {1u << 2, "1000BASE-{X LX SX CX} fdx"},
    {1u << 1, "1000BASE-T hdx"},
    {1u << 0, "1000BASE-T fdx"},
};

constexpr Tok kMdi[] = {
    {0x01, "PSE"}, {0x02, "supported"}, {0x04, "enabled"}, {0x08, "can be controlled"},
};

constexpr Tok kMdiPowerPairs[] = {{1, "signal"}, {2, "spare"}};

constexpr Tok kMdiPowerClasses[] = {
    {1, "class0"}, {2, "class1"}, {3, "class2"}, {4, "class3"}, {5, "class4"},
};


constexpr Tok kDcbxSubtypes[] = {
    {1, "DCB Capability Exchange Protocol Rev 1"},
    {2, "DCB Capability Exchange Protocol Rev 1.01"},
};

constexpr Tok kEvbModes[] = {
    {0, "Not Supported"}, {1, "EVB Bridge"}, {2, "EVB Station"},
    {3, "Reserved for future Standardization"},
};

constexpr Tok kIanaSubtypes[] = {{1, "MUD-URL"}};

void subtype_line(Ctx& ctx, std::span<const Tok> names, uint8_t subtype) {
    ctx.out.put("\n\t  ");
    put_tok(ctx, names, subtype, "unknown");
    ctx.out.f(" Subtype ({})", subtype);
}

void bracket_bits(Ctx& ctx, std::span<const Tok> t, uint32_t v, const char* none) {
    ctx.out.put('[');
    put_bits(ctx, t, v, ", ", none);
    ctx.out.put(']');
}

// Eight one-bit values, lowest bit first ("%-2d " each).
void bit_row(Ctx& ctx, uint8_t v) {
    for (int i = 0; i < 8; ++i) ctx.out.f("{:<2} ", (v >> i) & 1);
}

void eight_values(Ctx& ctx, const Cursor& c, size_t off, bool nibbles) {
    for (int i = 0; i < 8; ++i) {
        const uint8_t b = c.u8(off + (nibbles ? i / 2 : i));
        const unsigned v = nibbles ? (i % 2 ? b & 0x0f : b >> 4) : b;
        ctx.out.f("{:<3}", v);
        if (i != 7) ctx.out.put(' ');
    }
}

void ets_tables(Ctx& ctx, const Cursor& c) {
    ctx.out.put("\n\t    Priority Assignment Table");
    ctx.out.put("\n\t     Priority : 0   1   2   3   4   5   6   7");
    ctx.out.put("\n\t     Value    : ");
    eight_values(ctx, c, 5, true);
    ctx.out.put("\n\t    TC Bandwidth Table");
    ctx.out.put("\n\t     TC%   : 0   1   2   3   4   5   6   7");
    ctx.out.put("\n\t     Value : ");
    eight_values(ctx, c, 9, false);
    ctx.out.put("\n\t    TSA Assignment Table");
    ctx.out.put("\n\t     Traffic Class: 0   1   2   3   4   5   6   7");
    ctx.out.put("\n\t     Value        : ");
    eight_values(ctx, c, 17, false);
}

bool ieee8021(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 4) return false;
    const uint8_t subtype = c.u8(3);
    subtype_line(ctx, k8021Subtypes, subtype);
    switch (subtype) {
    case 1:
        if (len < 6) return false;
        ctx.out.f("\n\t    port vlan id (PVID): {}", c.be16(4));
        break;
    case 2: {
        if (len < 7) return false;
        const uint8_t flags = c.u8(4);
        ctx.out.f("\n\t    port and protocol vlan id (PPVID): {}, flags ", c.be16(5));
        bracket_bits(ctx, kPortProtocolFlags, flags, "none");
        ctx.out.f(" (0x{:02x})", flags);
        break;
    }
    case 3: {
        if (len < 6) return false;
        ctx.out.f("\n\t    vlan id (VID): {}", c.be16(4));
        if (len < 7) return false;
        const uint8_t sublen = c.u8(6);
        if (len < 7u + sublen) return false;
        ctx.out.put("\n\t    vlan name: ");
        put_string_nul_padded(ctx, c, 7, sublen);
        break;
    }
    case 4: {
        if (len < 5) return false;
        const uint8_t sublen = c.u8(4);
        if (len < 5u + sublen) return false;
        ctx.out.put("\n\t    protocol identity: ");
        put_string_nul_padded(ctx, c, 5, sublen);
        break;
    }
    case 7:
        if (len < 9) return false;
        ctx.out.put("\n\t    aggregation status ");
        bracket_bits(ctx, kAggregation, c.u8(4), "none");
        ctx.out.f(", aggregation port ID {}", c.be32(5));
        break;
    case 8:
        if (len < 6) return false;
        ctx.out.put("\n\t    Pre-Priority CNPV Indicator");
        ctx.out.put("\n\t     Priority : 0  1  2  3  4  5  6  7");
        ctx.out.put("\n\t     Value    : ");
        bit_row(ctx, c.u8(4));
        ctx.out.put("\n\t    Pre-Priority Ready Indicator");
        ctx.out.put("\n\t     Priority : 0  1  2  3  4  5  6  7");
        ctx.out.put("\n\t     Value    : ");
        bit_row(ctx, c.u8(5));
        break;
    case 9: {
        if (len < 25) return false;
        const uint8_t v = c.u8(4);
        ctx.out.f("\n\t    Willing:{}, CBS:{}, RES:{}, Max TCs:{}", v >> 7, (v >> 6) & 0x02, (v >> 3) & 0x07,
                  v & 0x07);
        ets_tables(ctx, c);
        break;
    }
    case 10:
        if (len < 25) return false;
        ctx.out.f("\n\t    RES: {}", c.u8(4));
        ets_tables(ctx, c);
        break;
    case 11: {
        if (len < 6) return false;
        const uint8_t v = c.u8(4);
        ctx.out.f("\n\t    Willing: {}, MBC: {}, RES: {}, PFC cap:{} ", v >> 7, (v >> 6) & 0x01, (v >> 4) & 0x03,
                  v & 0x0f);
        ctx.out.put("\n\t    PFC Enable");
        ctx.out.put("\n\t     Priority : 0  1  2  3  4  5  6  7");
        ctx.out.put("\n\t     Value    : ");
        bit_row(ctx, c.u8(5));
        break;
    }
    case 12: {
        if (len < 5) return false;
        ctx.out.f("\n\t    RES: {}", c.u8(4));
        if (len <= 5) return false;
        const uint32_t sublen = len - 5;
        if (sublen % 3 != 0) return false;
        ctx.out.put("\n\t    Application Priority Table");
        for (uint32_t i = 0; i < sublen && !ctx.truncated; i += 3) {
            const uint8_t v = c.u8(5 + i);
            const uint16_t proto = c.be16(5 + i + 1);
            if (ctx.truncated) break;
            ctx.out.f("\n\t      Priority: {}, RES: {}, Sel: {}, Protocol ID: {}", v >> 5, (v >> 3) & 0x03,
                      v & 0x07, proto);
        }
        break;
    }
    case 13: {
        if (len < 9) return false;
        ctx.out.put("\n\t    EVB Bridge Status");
        uint8_t v = c.u8(4);
        ctx.out.f("\n\t      RES: {}, BGID: {}, RRCAP: {}, RRCTR: {}", v >> 3, (v >> 2) & 0x01, (v >> 1) & 0x01,
                  v & 0x01);
        ctx.out.put("\n\t    EVB Station Status");
        v = c.u8(5);
        ctx.out.f("\n\t      RES: {}, SGID: {}, RRREQ: {},RRSTAT: {}", v >> 4, (v >> 3) & 0x01, (v >> 2) & 0x01,
                  v & 0x03);
        v = c.u8(6);
        ctx.out.f("\n\t    R: {}, RTE: {}, ", v >> 5, v & 0x1f);
        v = c.u8(7);
        ctx.out.put("EVB Mode: ");
        put_tok(ctx, kEvbModes, v >> 6, "unknown");
        ctx.out.f(" [{}]", v >> 6);
        ctx.out.f("\n\t    ROL: {}, RWD: {}, ", (v >> 5) & 0x01, v & 0x1f);
        v = c.u8(8);
        ctx.out.f("RES: {}, ROL: {}, RKA: {}", v >> 6, (v >> 5) & 0x01, v & 0x1f);
        break;
    }
    case 14: {
        if (len < 8) return false;
        const uint8_t v = c.u8(4);
        ctx.out.f("\n\t    Role: {}, RES: {}, Scomp: {} ", v >> 7, (v >> 4) & 0x07, (v >> 3) & 0x01);
        ctx.out.f("ChnCap: {}", c.be16(6) & 0x0fff);
        const uint32_t sublen = len - 8;
        if (sublen % 3 != 0) return false;
        for (uint32_t i = 0; i < sublen && !ctx.truncated; i += 3) {
            const uint32_t w = c.be24(8 + i);
            if (ctx.truncated) break;
            ctx.out.f("\n\t    SCID: {}, SVID: {}", w >> 12, w & 0x000fff);
        }
        break;
    }
    default:
        return true;
    }
    return false;
}

bool ieee8023(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 4) return false;
    const uint8_t subtype = c.u8(3);
    subtype_line(ctx, k8023Subtypes, subtype);
    switch (subtype) {
    case 1: {
        if (len < 9) return false;
        const uint8_t an = c.u8(4);
        const uint16_t pmd = c.be16(5), mau = c.be16(7);
        ctx.out.put("\n\t    autonegotiation ");
        bracket_bits(ctx, kAutonegotiation, an, "none");
        ctx.out.f(" (0x{:02x})", an);
        ctx.out.put("\n\t    PMD autoneg capability ");
        bracket_bits(ctx, kPmdCapabilities, pmd, "unknown");
        ctx.out.f(" (0x{:04x})", pmd);
        ctx.out.put("\n\t    MAU type ");
        put_tok(ctx, kMauTypes, mau, "unknown");
        ctx.out.f(" (0x{:04x})", mau);
        break;
    }
    case 2:
        if (len < 7) return false;
        ctx.out.put("\n\t    MDI power support ");
        bracket_bits(ctx, kMdi, c.u8(4), "none");
        ctx.out.put(", power pair ");
        put_tok(ctx, kMdiPowerPairs, c.u8(5), "unknown");
        ctx.out.put(", power class ");
        put_tok(ctx, kMdiPowerClasses, c.u8(6), "unknown");
        break;
    case 3:
        if (len < 9) return false;
        ctx.out.put("\n\t    aggregation status ");
        bracket_bits(ctx, kAggregation, c.u8(4), "none");
        ctx.out.f(", aggregation port ID {}", c.be32(5));
        break;
    case 4:
        if (len < 6) return false;
        ctx.out.f("\n\t    MTU size {}", c.be16(4));
        break;
    default:
        return true;
    }
    return false;
}

bool iana(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 8) return false;
    const uint8_t subtype = c.u8(3);
    subtype_line(ctx, kIanaSubtypes, subtype);
    if (subtype != 1) return true;
    ctx.out.put("\n\t  MUD-URL=");
    put_string_n_checked(ctx, c, 4, len - 4);
    return false;
}

// 34 bits of a latitude or longitude: 2 bits at the bottom of the first byte, then 32.
uint64_t latlon(const Cursor& c, size_t off) {
    return (uint64_t{c.u8(off)} & 0x3) << 32 | c.be32(off + 1);
}

bool tia_location(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 5) return false;
    const uint8_t format = c.u8(4);
    ctx.out.put("\n\t    Location data format ");
    put_tok(ctx, kLocationFormats, format, "unknown");
    ctx.out.f(" (0x{:02x})", format);
    switch (format) {
    case 1:
        if (len < 21) return false;
        ctx.out.f("\n\t    Latitude resolution {}, latitude value {}", c.u8(5) >> 2, latlon(c, 5));
        ctx.out.f("\n\t    Longitude resolution {}, longitude value {}", c.u8(10) >> 2, latlon(c, 10));
        ctx.out.put("\n\t    Altitude type ");
        put_tok(ctx, kAltitudeTypes, c.u8(15) >> 4, "unknown");
        ctx.out.f(" ({})", c.u8(15) >> 4);
        ctx.out.f("\n\t    Altitude resolution {}, altitude value 0x{:x}", (c.be16(15) >> 6) & 0x3f,
                  c.be32(16) & 0x3fffffff);
        ctx.out.put("\n\t    Datum ");
        put_tok(ctx, kDatums, c.u8(20), "unknown");
        ctx.out.f(" (0x{:02x})", c.u8(20));
        break;
    case 2: {
        if (len < 6) return false;
        uint32_t lci_len = c.u8(5);
        if (lci_len < 3) return false;
        if (len < 7 + lci_len) return false;
        const uint8_t what = c.u8(6);
        ctx.out.f("\n\t    LCI length {}, LCI what ", lci_len);
        put_tok(ctx, kLciWhat, what, "unknown");
        ctx.out.f(" (0x{:02x}), Country-code ", what);
        put_string_nul_padded(ctx, c, 7, 2);
        lci_len -= 3;
        size_t off = 9;
        while (lci_len > 0 && !ctx.truncated) {
            if (lci_len < 2) return false;
            const uint8_t ca_type = c.u8(off), ca_len = c.u8(off + 1);
            off += 2;
            lci_len -= 2;
            ctx.out.put("\n\t      CA type '");
            put_tok(ctx, kCaTypes, ca_type, "unknown");
            ctx.out.f("' ({}), length {}: ", ca_type, ca_len);
            if (ca_type == 0 || ca_len == 0) return false;
            if (lci_len < ca_len) return false;
            put_string_nul_padded(ctx, c, off, ca_len);
            off += ca_len;
            lci_len -= ca_len;
        }
        break;
    }
    case 3:
        ctx.out.put("\n\t    ECS ELIN id ");
        put_string_nul_padded(ctx, c, 5, len - 5);
        break;
    default:
        ctx.out.put("\n\t    Location ID ");
        print_unknown_data(ctx, c, 5, "\n\t      ", len - 5);
        break;
    }
    return false;
}

bool tia(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 4) return false;
    const uint8_t subtype = c.u8(3);
    subtype_line(ctx, kTiaSubtypes, subtype);
    switch (subtype) {
    case 1: {
        if (len < 7) return false;
        const uint16_t caps = c.be16(4);
        ctx.out.put("\n\t    Media capabilities ");
        bracket_bits(ctx, kTiaCapabilities, caps, "none");
        ctx.out.f(" (0x{:04x})", caps);
        ctx.out.put("\n\t    Device type [");
        put_tok(ctx, kTiaDeviceTypes, c.u8(6), "unknown");
        ctx.out.f("] (0x{:02x})", c.u8(6));
        break;
    }
    case 2: {
        if (len < 8) return false;
        const uint8_t app = c.u8(4);
        ctx.out.put("\n\t    Application type [");
        put_tok(ctx, kTiaApplications, app, "none");
        ctx.out.f("] (0x{:02x})", app);
        ctx.out.put(", Flags ");
        bracket_bits(ctx, kNetworkPolicyBits, c.u8(5), "none");
        ctx.out.f("\n\t    Vlan id {}", (c.be16(5) & 0x1ffe) >> 1);
        ctx.out.f(", L2 priority {}", (c.be16(6) & 0x01ff) >> 6);
        ctx.out.f(", DSCP value {}", c.be16(6) & 0x003f);
        break;
    }
    case 3:
        return tia_location(ctx, c, len);
    case 4: {
        if (len < 7) return false;
        const uint8_t v = c.u8(4);
        // tcpdump tests the low two bits here (its mask and shift bind that way).
        ctx.out.f("\n\t    Power type [{}]", (v & 0x03) ? "PD device" : "PSE device");
        ctx.out.put(", Power source [");
        put_tok(ctx, kPowerSources, (v & 0x30) >> 4, "none");
        ctx.out.put("]\n\t    Power priority [");
        put_tok(ctx, kPowerPriorities, v & 0x0f, "none");
        ctx.out.f("] (0x{:02x})", v & 0x0f);
        const uint16_t power = c.be16(5);
        if (power < 1024)
            ctx.out.f(", Power {:.1f} Watts", static_cast<double>(static_cast<float>(power) / 10));
        else
            ctx.out.f(", Power {} (Reserved)", power);
        break;
    }
    case 5:
    case 6:
    case 7:
    case 8:
    case 9:
    case 10:
    case 11:
        ctx.out.put("\n\t  ");
        put_tok(ctx, kInventory, subtype, "unknown");
        ctx.out.put(' ');
        put_string_nul_padded(ctx, c, 4, len - 4);
        break;
    default:
        return true;
    }
    return false;
}

void dcbx_info_block(Ctx& ctx, const Cursor& t) {
    ctx.out.f("\n\t      Oper_Version: {}", t.u8(0));
    ctx.out.f("\n\t      Max_Version: {}", t.u8(1));
    const uint8_t v = t.u8(2);
    ctx.out.f("\n\t      Info block(0x{:02X}): ", v);
    ctx.out.f("Enable bit: {}, Willing bit: {}, Error Bit: {}", (v & 0x80) ? 1 : 0, (v & 0x40) ? 1 : 0,
              (v & 0x20) ? 1 : 0);
    ctx.out.f("\n\t      SubType: {}", t.u8(3));
}

bool dcbx(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (len < 4) return false;
    const uint8_t subtype = c.u8(3);
    subtype_line(ctx, kDcbxSubtypes, subtype);
    if (subtype == 1) return true;  // the old version is only dumped
    size_t off = 4;
    uint32_t left = len - 4;
    bool hexdump = false;
    while (left >= 2 && !ctx.truncated) {
        if (!c.has(off, 2)) break;
        const uint16_t tlv = c.be16(off);
        const uint8_t type = static_cast<uint8_t>(tlv >> 9);
        const uint32_t tlen = tlv & 0x01ff;
        hexdump = false;
        left -= 2;
        off += 2;
        if (!type || !tlen) break;
        if (!c.has(off, tlen) || left < tlen) break;
        const Cursor t = c.skip(off);
        switch (type) {
        case 1:
            if (tlen < 10) return hexdump;
            ctx.out.f("\n\t    Control - Protocol Control (type 0x{:x}, length {})", 1, tlen);
            ctx.out.f("\n\t      Oper_Version: {}", t.u8(0));
            ctx.out.f("\n\t      Max_Version: {}", t.u8(1));
            ctx.out.f("\n\t      Sequence Number: {}", t.be32(2));
            ctx.out.f("\n\t      Acknowledgement Number: {}", t.be32(6));
            break;
        case 2: {
            if (tlen < 17) return hexdump;
            ctx.out.f("\n\t    Feature - Priority Group (type 0x{:x}, length {})", 2, tlen);
            dcbx_info_block(ctx, t);
            ctx.out.put("\n\t      Priority Allocation");
            const uint32_t pg = t.be32(4);
            for (unsigned i = 0; i <= 7; ++i) ctx.out.f("\n\t          PgId_{}: {}", i, (pg >> (28 - 4 * i)) & 0xf);
            ctx.out.put("\n\t      Priority Group Allocation");
            for (unsigned i = 0; i <= 7; ++i) ctx.out.f("\n\t          Pg percentage[{}]: {}", i, t.u8(8 + i));
            ctx.out.f("\n\t      NumTCsSupported: {}", t.u8(16));
            break;
        }
        case 3: {
            if (tlen < 6) return hexdump;
            ctx.out.put("\n\t    Feature - Priority Flow Control");
            ctx.out.f(" (type 0x{:x}, length {})", 3, tlen);
            dcbx_info_block(ctx, t);
            const uint8_t v = t.u8(4);
            ctx.out.f("\n\t      PFC Config (0x{:02X})", v);
            for (unsigned i = 0; i <= 7; ++i)
                ctx.out.f("\n\t          Priority Bit {}: {}", i, (v & (1u << i)) ? "Enabled" : "Disabled");
            ctx.out.f("\n\t      NumTCPFCSupported: {}", t.u8(5));
            break;
        }
        case 4: {
            if (tlen < 4) return hexdump;
            ctx.out.f("\n\t    Feature - Application (type 0x{:x}, length {})", 4, tlen);
            dcbx_info_block(ctx, t);
            // An 8-bit count, as in tcpdump.
            uint8_t n = static_cast<uint8_t>(tlen - 4);
            size_t m = 4;
            while (n >= 6 && !ctx.truncated) {
                ctx.out.put("\n\t      Application Value");
                ctx.out.f("\n\t          Application Protocol ID: 0x{:04x}", t.be16(m));
                const uint32_t u = t.be24(m + 2);
                ctx.out.f("\n\t          SF (0x{:x}) Application Protocol ID is {}", u >> 22,
                          (u >> 22) ? "Socket Number" : "L2 EtherType");
                ctx.out.f("\n\t          OUI: 0x{:06x}", u & 0x3fffff);
                ctx.out.f("\n\t          User Priority Map: 0x{:02x}", t.u8(m + 5));
                n = static_cast<uint8_t>(n - 6);
                m += 6;
            }
            break;
        }
        default:
            hexdump = true;
            break;
        }
        if (ctx.opt.vflag > 1 || (ctx.opt.vflag && hexdump)) print_unknown_data(ctx, t, 0, "\n\t    ", tlen);
        left -= tlen;
        off += tlen;
    }
    return hexdump;
}

}  // namespace

bool lldp_org_print(Ctx& ctx, const Cursor& c, uint32_t oui, uint32_t len) {
    switch (oui) {
    case kOui8021:
        return ieee8021(ctx, c, len);
    case kOui8023:
        return ieee8023(ctx, c, len);
    case kOuiIana:
        return iana(ctx, c, len);
    case kOuiTia:
        return tia(ctx, c, len);
    case kOuiDcbx:
        return dcbx(ctx, c, len);
    default:
        return true;
    }
}

}  // namespace rd
