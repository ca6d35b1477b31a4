// Ethernet II / 802.3 frames (also with a switch tag after the addresses), MACsec,
// 802.1Q / 802.1ad / QinQ tags, Arista timestamps, and EtherType dispatch.
#include "decnet.hpp"
#include "eap.hpp"
#include "ethertypes_link.hpp"
#include "ip_misc.hpp"
#include "mpcp.hpp"
#include "protos.hpp"
#include "realtek.hpp"
#include "slow.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 14;
constexpr uint16_t kMaxLengthValue = 1500;  // type/length fields up to this are lengths
constexpr uint16_t kTypeVlan = 0x8100, kTypeQinQ = 0x88a8, kTypeVlan9100 = 0x9100,
                   kTypeVlan9200 = 0x9200, kTypeJumbo = 0x8870, kTypeMacsec = 0x88e5,
                   kTypeArista = 0xd28b;

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

// tcpdump's ND_DEFAULTPRINT(p, caplen): caplen may be less than what the cursor still
// holds (MACsec's short length).
void dump_payload(Ctx& ctx, const Cursor& p, uint32_t caplen) {
    auto d = p.rest();
    if (d.size() > caplen) d = d.first(caplen);
    default_print(ctx, d);
}

// An LLC frame after an 802.3 length or a Jumbo type; returns the LLC header length.
uint32_t llc_payload(Ctx& ctx, const Cursor& p, uint32_t length, uint32_t caplen, const LinkAddrs& addrs) {
    int n = llc_print(ctx, p, length, addrs);
    if (n < 0) {
        dump_payload(ctx, p, caplen);
        n = -n;
    }
    return static_cast<uint32_t>(n);
}

uint32_t ether_common_print(Ctx& ctx, Cursor c, uint32_t length, SwitchTagPrinter print_tag,
                            uint32_t tag_len) {
    uint32_t caplen = static_cast<uint32_t>(c.size());
    if (length < caplen) {
        ctx.out.f("[length {} < caplen {}]", length, caplen);
        ctx.print_invalid();
        return length;
    }
    if (caplen < kHeaderLen + tag_len) {
        ctx.print_trunc();
        return caplen;
    }
    const uint32_t orig_length = length;
    const LinkAddrs addrs{c.bytes(6, 6), c.bytes(0, 6)};
    length -= 12;
    caplen -= 12;
    uint32_t hdrlen = 12;
    if (ctx.opt.eflag) addresses_text(ctx, addrs);
    if (print_tag) print_tag(ctx, c.skip(12));
    length -= tag_len;
    caplen -= tag_len;
    hdrlen += tag_len;

    for (;;) {  // tcpdump's "recurse": after an Arista header, the next type follows
        uint16_t type = c.be16(hdrlen);
        length -= 2;
        caplen -= 2;
        hdrlen += 2;
        if (ctx.truncated) return hdrlen;

        bool printed_length = false;
        if (type == kTypeMacsec) {
            if (ctx.opt.eflag) {
                ether_type_text(ctx, type);
                ctx.out.f(", length {}: ", orig_length);
                printed_length = true;
            }
            EtherPos pos{c, hdrlen, length, caplen};
            const int ret = macsec_print(ctx, pos, addrs);
            c = pos.frame;  // MACsec may have cut the ICV off the end
            hdrlen = pos.hdrlen;
            length = pos.length;
            caplen = pos.caplen;
            if (ret == 0) {
                // Encrypted: show the payload as raw data.
                dump_payload(ctx, c.skip(hdrlen), caplen);
                return hdrlen;
            }
            if (ret > 0) return static_cast<uint32_t>(ret);
            type = c.be16(hdrlen);
            if (!ctx.truncated && caplen < 2) {
                // The short length left less than the type field: tcpdump says so and
                // dumps (-x) from the type on.
                ctx.out.f(" [caplen {} < 2]", caplen);
                return hdrlen;
            }
            length -= 2;
            caplen -= 2;
            hdrlen += 2;
            if (ctx.truncated) return hdrlen;
        }

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
            length -= 4;
            caplen -= 4;
            hdrlen += 4;
            if (ctx.truncated) return hdrlen;
        }

        Cursor payload = c.skip(hdrlen);
        if (type <= kMaxLengthValue) {
            // 802.3: the field is the payload length, used when it is not past the frame.
            if (type < length) {
                length = type;
                if (caplen > length) caplen = length;
            }
            payload = payload.limit(length);
            if (ctx.opt.eflag) {
                ctx.out.put("802.3");
                if (!printed_length) ctx.out.f(", length {}: ", length);
            }
            return hdrlen + llc_payload(ctx, payload, length, caplen, addrs);
        }
        if (type == kTypeJumbo) return hdrlen + llc_payload(ctx, payload, length, caplen, addrs);
        if (type == kTypeArista) {
            if (caplen < 2 || length < 2) {
                ctx.out.put("[|arista]");
                return hdrlen + (caplen < 2 ? caplen : length);
            }
            ether_type_text(ctx, type);
            ctx.out.f(", length {}: ", orig_length);
            const int consumed = arista_ethertype_print(ctx, payload, length);
            if (ctx.truncated) return hdrlen;
            if (consumed > 0) {
                length -= static_cast<uint32_t>(consumed);
                caplen -= static_cast<uint32_t>(consumed);
                hdrlen += static_cast<uint32_t>(consumed);
                continue;
            }
            // Unknown subtype or version: the raw payload.
            if (!ctx.opt.eflag) {
                addresses_text(ctx, addrs);
                ether_type_text(ctx, type);
                ctx.out.f(", length {}: ", orig_length);
            }
            dump_payload(ctx, payload, caplen);
            return hdrlen;
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
                // Only the addresses and the final type, as -e was not given.
                addresses_text(ctx, addrs);
                ether_type_text(ctx, type);
                ctx.out.f(", length {}: ", orig_length);
            }
            dump_payload(ctx, payload, caplen);
        }
        return hdrlen;
    }
}

}  // namespace

void ether_type_text(Ctx& ctx, uint16_t type) {
    const char* n = ethertype_name(type);
    if (!ctx.opt.qflag)
        ctx.out.f("ethertype {} (0x{:04x})", n ? n : "Unknown", type);
    else if (n)
        ctx.out.put(n);
    else
        ctx.out.f("Unknown Ethertype (0x{:04x})", type);
}

void addresses_text(Ctx& ctx, const LinkAddrs& a) {
    ctx.names.mac(ctx.out, a.src.first<6>());
    ctx.out.put(" > ");
    ctx.names.mac(ctx.out, a.dst.first<6>());
    ctx.out.put(", ");
}

const char* ethertype_name(uint16_t type) { return tok_lookup(kEtherTypes, type); }

uint32_t ether_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ether";
    return ether_common_print(ctx, c, length, nullptr, 0);
}

uint32_t ether_switch_tag_print(Ctx& ctx, Cursor c, uint32_t length, SwitchTagPrinter print_tag,
                                uint32_t tag_len) {
    return ether_common_print(ctx, c, length, print_tag, tag_len);
}

uint32_t ether_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) { return ether_print(ctx, c, wirelen); }

bool ethertype_print(Ctx& ctx, uint16_t type, Cursor c, uint32_t length, const LinkAddrs& addrs) {
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
    case 0x8808:
        mpcp_print(ctx, c, length);
        return true;
    case 0x8899:
        realtek_print(ctx, c, length, addrs);
        return true;
    case 0x886f:
        msnlb_print(ctx, c, length);
        return true;
    case 0x894f:
        nsh_print(ctx, c, length);
        return true;
    case 0x88ca:
        tipc_print(ctx, c, length);
        return true;
    case 0x8863:
    case 0x8864:
    case 0x3c12:  // 3Com's pre-standard PPPoE discovery and session types
    case 0x3c13:
        pppoe_print(ctx, c, length);
        return true;
    case 0x8847:
    case 0x8848:
        mpls_print(ctx, c, length);
        return true;
    case 0x88f7:
        ptp_print(ctx, c, length);
        return true;
    case 0x880b:  // PPP straight over Ethernet
        if (length) {
            ctx.out.put(": ");
            ppp_print(ctx, c, length);
        }
        return true;
    case 0x8947:
    case 0x0707:
        geonet_print(ctx, c, length, addrs);
        return true;
    case 0x1111:
        calm_fast_print(ctx, c, length, addrs);
        return true;
    case 0x8902:
    case 0xabcd:
        cfm_print(ctx, c, length);
        return true;
    case 0x8809:
        slow_print(ctx, c, length);
        return true;
    case 0x88a2:
        aoe_print(ctx, c, length);
        return true;
    case 0x888e:
        eapol_print(ctx, c, length);
        return true;
    case 0x6003:
        decnet_print(ctx, c, length);
        return true;
    case 0x809b:
        if (ctx.opt.vflag) ctx.out.put("et1 ");
        atalk_print(ctx, c, length);
        return true;
    case 0x80f3:
        aarp_print(ctx, c, length);
        return true;
    case 0x8137:
        ctx.out.put("(NOV-ETHII) ");
        ipx_print(ctx, c, length);
        return true;
    case 0xfefe:  // OSI: one pad byte before the NLPID
        if (length == 0 || c.empty()) {
            ctx.proto = "isoclns";
            ctx.print_trunc();
            return true;
        }
        isoclns_print(ctx, c.skip(1), length - 1);
        return true;
    default:
        return false;
    }
}

}  // namespace rd
