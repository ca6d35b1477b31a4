// Ethernet II / 802.3 frames, 802.1Q / 802.1ad / QinQ tags, and EtherType dispatch.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint16_t kMaxLengthValue = 1500;  // type/length fields up to this are lengths
constexpr uint16_t kTypeVlan = 0x8100, kTypeQinQ = 0x88a8, kTypeVlan9100 = 0x9100,
                   kTypeVlan9200 = 0x9200, kTypeJumbo = 0x8870;

constexpr Tok kEtherTypes[] = {
    {0x0800, "IPv4"},          {0x8847, "MPLS unicast"},
    {0x8848, "MPLS multicast"}, {0x86dd, "IPv6"},
    {0x8100, "802.1Q"},        {0x9100, "802.1Q-9100"},
    {0x88a8, "802.1Q-QinQ"},   {0x9200, "802.1Q-9200"},
    {0x88e5, "802.1AE MACsec"}, {0x9100, "VMAN"},
    {0x0200, "PUP"},           {0x0806, "ARP"},
    {0x8035, "Reverse ARP"},   {0x0600, "NS"},
    {0x0500, "Sprite"},        {0x1000, "Trail"},
    {0x6001, "MOP DL"},        {0x6002, "MOP RC"},
    {0x6003, "DN"},            {0x6004, "LAT"},
    {0x6007, "SCA"},           {0x6558, "TEB"},
    {0x8038, "Lanbridge"},     {0x803c, "DEC DNS"},
    {0x803e, "DEC DTS"},       {0x805b, "VEXP"},
    {0x805c, "VPROD"},         {0x809b, "Appletalk"},
    {0x80f3, "Appletalk ARP"}, {0x8137, "IPX"},
    {0x880b, "PPP"},           {0x8808, "MPCP"},
    {0x8809, "Slow Protocols"}, {0x8863, "PPPoE D"},
    {0x8864, "PPPoE S"},       {0x888e, "EAPOL"},
    {0x8899, "Realtek protocols"}, {0x886f, "MS NLB heartbeat"},
    {0x8870, "Jumbo"},         {0x894f, "NSH"},
    {0x9000, "Loopback"},      {0xfefe, "OSI"},
    {0x00fe, "GRE-OSI"},       {0xabcd, "CFM (old)"},
    {0x8902, "CFM"},           {0x893a, "IEEE1905.1"},
    {0x88cc, "LLDP"},          {0x88ca, "TIPC"},
    {0x0707, "GeoNet (old)"},  {0x8947, "GeoNet"},
    {0x1111, "CALM FAST"},     {0x88a2, "AoE"},
    {0x88f7, "PTP"},           {0xd28b, "Arista Vendor Specific Protocol"},
};

bool is_vlan_type(uint16_t t) {
    return t == kTypeVlan || t == kTypeQinQ || t == kTypeVlan9100 || t == kTypeVlan9200;
}

void ether_type_text(Ctx& ctx, uint16_t type) {
    if (!ctx.opt.qflag)
        ctx.out.f("ethertype {} (0x{:04x})", ethertype_name(type) ? ethertype_name(type) : "Unknown", type);
    else if (const char* n = ethertype_name(type))
        ctx.out.put(n);
    else
        ctx.out.f("Unknown Ethertype (0x{:04x})", type);
}

void addresses_text(Ctx& ctx, const Cursor& c) {
    put_mac_at(ctx, c, 6);
    ctx.out.put(" > ");
    put_mac_at(ctx, c, 0);
    ctx.out.put(", ");
}

}  // namespace

const char* ethertype_name(uint16_t type) { return tok_lookup(kEtherTypes, type); }

uint32_t ether_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ether";
    uint32_t caplen = static_cast<uint32_t>(c.size());
    if (length < caplen) {
        ctx.out.f("[length {} < caplen {}]", length, caplen);
        ctx.print_invalid();
        return length;
    }
    if (caplen < 14) {
        ctx.print_trunc();
        return caplen;
    }
    const uint32_t orig_length = length;
    LinkAddrs addrs{c.bytes(6, 6), c.bytes(0, 6)};
    if (ctx.opt.eflag) addresses_text(ctx, c);
    uint32_t hdrlen = 12;
    length -= 12;
    caplen -= 12;

    uint16_t type = c.be16(hdrlen);
    hdrlen += 2;
    length -= 2;
    caplen -= 2;
    bool printed_length = false;

    while (is_vlan_type(type)) {
        if (caplen < 4 || length < 4) {
            ctx.proto = "vlan";
            ctx.print_trunc();
            return hdrlen + (caplen < 4 ? caplen : length);
        }
        if (ctx.opt.eflag) {
            const uint16_t tci = c.be16(hdrlen);
            ether_type_text(ctx, type);
            if (!printed_length) {
                ctx.out.f(", length {}: ", orig_length);
                printed_length = true;
            } else {
                ctx.out.put(", ");
            }
            ctx.out.f("vlan {}, p {}{}, ", tci & 0xfff, tci >> 13, (tci & 0x1000) ? ", DEI" : "");
        }
        type = c.be16(hdrlen + 2);
        hdrlen += 4;
        length -= 4;
        caplen -= 4;
    }

    Cursor payload = c.skip(hdrlen);
    if (type <= kMaxLengthValue) {
        // 802.3: the field is the payload length, as long as it is not past the frame.
        if (type < length) length = type;
        payload = payload.limit(length);
        if (ctx.opt.eflag) {
            ctx.out.put("802.3");
            if (!printed_length) ctx.out.f(", length {}: ", length);
        }
        int llc_len = llc_print(ctx, payload, length, addrs);
        if (llc_len < 0) {
            default_print(ctx, payload.rest());
            llc_len = -llc_len;
        }
        return hdrlen + static_cast<uint32_t>(llc_len);
    }
    if (type == kTypeJumbo) {
        int llc_len = llc_print(ctx, payload, length, addrs);
        if (llc_len < 0) {
            default_print(ctx, payload.rest());
            llc_len = -llc_len;
        }
        return hdrlen + static_cast<uint32_t>(llc_len);
    }
    if (ctx.opt.eflag) {
        ether_type_text(ctx, type);
        if (!printed_length)
            ctx.out.f(", length {}: ", orig_length);
        else
            ctx.out.put(", ");
    }
    if (!ethertype_print(ctx, type, payload, length, addrs)) {
        if (!ctx.opt.eflag) {
            addresses_text(ctx, c);
            ether_type_text(ctx, type);
            ctx.out.f(", length {}: ", orig_length);
        }
        default_print(ctx, payload.rest());
    }
    return hdrlen;
}

uint32_t ether_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) { return ether_print(ctx, c, wirelen); }

bool ethertype_print(Ctx& ctx, uint16_t type, Cursor c, uint32_t length, const LinkAddrs& addrs) {
    (void)addrs;
    switch (type) {
    case 0x0800:
        ip_print(ctx, c, length);
        return true;
    case 0x86dd:
        ip6_print(ctx, c, length);
        return true;
    case 0x0806:
    case 0x8035:
        arp_print(ctx, c, length);
        return true;
    case 0x9000:
        loopback_print(ctx, c, length);
        return true;
    case 0x88cc:
        lldp_print(ctx, c, length);
        return true;
    default:
        return false;
    }
}

}  // namespace rd
