// RADIUS (RFC 2865/2866, tunnel RFC 2867/2868, extensions RFC 2869, IPv6 RFC 3162,
// VLAN/priority RFC 4675, dynamic authorization RFC 5176, location RFC 5580, MIP6, EAP
// messages RFC 3748, in radius_eap.cpp) on UDP 1645/1646/1812/1813/1700/3799.
#include <ctime>

#include "radius.hpp"
#include "radius_int.hpp"
#include "ringdump/format/hexdump.hpp"

namespace rd {

namespace {

constexpr Tok kCodes[] = {
    {1, "Access-Request"},      {2, "Access-Accept"},     {3, "Access-Reject"},
    {4, "Accounting-Request"},  {5, "Accounting-Response"}, {11, "Access-Challenge"},
    {12, "Status-Server"},      {13, "Status-Client"},    {40, "Disconnect-Request"},
    {41, "Disconnect-ACK"},     {42, "Disconnect-NAK"},   {43, "CoA-Request"},
    {44, "CoA-ACK"},            {45, "CoA-NAK"},          {255, "Reserved"},
};

constexpr const char* kServType[] = {
    nullptr, "Login", "Framed", "Callback Login", "Callback Framed", "Outbound",
    "Administrative", "NAS Prompt", "Authenticate Only", "Callback NAS Prompt", "Call Check",
    "Callback Administrative", "Voice", "Fax", "Modem Relay", "IAPP-Register",
    "IAPP-AP-Check", "Authorize Only", "Framed-Management", "Additional-Authorization",
};
constexpr const char* kFrmProto[] = {nullptr, "PPP", "SLIP", "ARAP", "Gandalf proprietary",
                                     "Xylogics IPX/SLIP", "X.75 Synchronous", "GPRS PDP Context"};
constexpr const char* kFrmRouting[] = {"None", "Send", "Listen", "Send&Listen"};
constexpr const char* kFrmComp[] = {"None", "VJ TCP/IP", "IPX", "Stac-LZS"};
constexpr const char* kLoginServ[] = {"Telnet", "Rlogin", "TCP Clear", "PortMaster(proprietary)", "LAT",
                                      "X.25-PAD", "X.25-T3POS", "Unassigned", "TCP Clear Quiet"};
constexpr const char* kTermAction[] = {"Default", "RADIUS-Request"};
constexpr const char* kIngressFilters[] = {nullptr, "Enabled", "Disabled"};
constexpr const char* kNasPortType[] = {
    "Async", "Sync", "ISDN Sync", "ISDN Async V.120", "ISDN Async V.110", "Virtual", "PIAFS",
    "HDLC Clear Channel", "X.25", "X.75", "G.3 Fax", "SDSL", "ADSL-CAP", "ADSL-DMT", "ISDN-DSL",
    "Ethernet", "xDSL", "Cable", "Wireless - Other", "Wireless - IEEE 802.11", "Token-Ring",
    "FDDI", "Wireless - CDMA200", "Wireless - UMTS", "Wireless - 1X-EV", "IAPP", "FTTP",
    "Wireless - IEEE 802.16", "Wireless - IEEE 802.20", "Wireless - IEEE 802.22", "PPPoA",
    "PPPoEoA", "PPPoEoE", "PPPoEoVLAN", "PPPoEoQinQ", "xPON", "Wireless - XGP",
    "WiMAX Pre-Release 8 IWK Function", "WIMAX-WIFI-IWK", "WIMAX-SFF", "WIMAX-HA-LMA",
    "WIMAX-DHCP", "WIMAX-LBS", "WIMAX-WVS",
};
constexpr const char* kAcctStatus[] = {
    nullptr, "Start", "Stop", "Interim-Update", "Unassigned", "Unassigned", "Unassigned",
    "Accounting-On", "Accounting-Off", "Tunnel-Start", "Tunnel-Stop", "Tunnel-Reject",
    "Tunnel-Link-Start", "Tunnel-Link-Stop", "Tunnel-Link-Reject", "Failed",
};
constexpr const char* kAcctAuth[] = {nullptr, "RADIUS", "Local", "Remote", "Diameter"};
constexpr const char* kAcctTerm[] = {
    nullptr, "User Request", "Lost Carrier", "Lost Service", "Idle Timeout", "Session Timeout",
    "Admin Reset", "Admin Reboot", "Port Error", "NAS Error", "NAS Request", "NAS Reboot",
    "Port Unneeded", "Port Preempted", "Port Suspended", "Service Unavailable", "Callback",
    "User Error", "Host Request", "Supplicant Restart", "Reauthentication Failure",
    "Port Reinitialized", "Port Administratively Disabled", "Lost Power",
};
constexpr const char* kTunnelTypes[] = {nullptr, "PPTP", "L2F", "L2TP", "ATMP", "VTP", "AH", "IP-IP",
                                       "MIN-IP-IP", "ESP", "GRE", "DVS", "IP-in-IP Tunneling", "VLAN"};
constexpr const char* kTunnelMediums[] = {
    nullptr, "IPv4", "IPv6", "NSAP", "HDLC", "BBN 1822", "802", "E.163", "E.164", "F.69",
    "X.121", "IPX", "Appletalk", "Decnet IV", "Banyan Vines", "E.164 with NSAP subaddress",
};
constexpr const char* kArapZone[] = {nullptr, "Only access to dfl zone", "Use zone filter inc.",
                                     "Not used", "Use zone filter exc."};
constexpr const char* kPrompt[] = {"No Echo", "Echo"};

constexpr Tok kErrorCauses[] = {
    {201, "Residual Session Context Removed"}, {202, "Invalid EAP Packet (Ignored)"},
    {401, "Unsupported Attribute"},            {402, "Missing Attribute"},
    {403, "NAS Identification Mismatch"},      {404, "Invalid Request"},
    {405, "Unsupported Service"},              {406, "Unsupported Extension"},
    {407, "Invalid Attribute Value"},          {501, "Administratively Prohibited"},
    {502, "Request Not Routable (Proxy)"},     {503, "Session Context Not Found"},
    {504, "Session Context Not Removable"},    {505, "Other Proxy Processing Error"},
    {506, "Resources Unavailable"},            {507, "Request Initiated"},
    {508, "Multiple Session Selection Unsupported"}, {509, "Location Info Required"},
};

constexpr Tok kTagged[] = {{0x31, "Tagged"}, {0x32, "Untagged"}};
constexpr Tok kOperatorNs[] = {{0x30, "TADIG"}, {0x31, "REALM"}, {0x32, "E212"}, {0x33, "ICC"}};
constexpr Tok kLocCode[] = {{0, "Civic"}, {1, "Geospatial"}};
constexpr Tok kLocEntity[] = {{0, "User"}, {1, "RADIUS"}};
constexpr Tok kBlprFlags[] = {
    {0x0001, "MBZ-15"}, {0x0002, "MBZ-14"}, {0x0004, "MBZ-13"}, {0x0008, "MBZ-12"},
    {0x0010, "MBZ-11"}, {0x0020, "MBZ-10"}, {0x0040, "MBZ-9"},  {0x0080, "MBZ-8"},
    {0x0100, "MBZ-7"},  {0x0200, "MBZ-6"},  {0x0400, "MBZ-5"},  {0x0800, "MBZ-4"},
    {0x1000, "MBZ-3"},  {0x2000, "MBZ-2"},  {0x4000, "MBZ-1"},  {0x8000, "Retransmission Allowed"},
};
struct Mip6Bit {
    uint64_t bit;
    const char* name;
};
constexpr Mip6Bit kMip6Features[] = {
    {0x0000000000000001, "MIP6_INTEGRATED"},
    {0x0000000000000002, "LOCAL_HOME_AGENT_ASSIGNMENT"},
    {0x0000010000000000, "PMIP6_SUPPORTED"},
    {0x0000020000000000, "IP4_HOA_SUPPORTED"},
    {0x0000040000000000, "LOCAL_MAG_ROUTING_SUPPORTED"},
    {0x0000080000000000, "ASSIGN_LOCAL_IP"},
    {0x0000100000000000, "MIP4_SUPPORTED"},
    {0x0000200000000000, "OPTIMIZED_IDLE_MODE_MOBILITY"},
    {0x0000400000000000, "GTPv2_SUPPORTED"},
    {0x0000800000000000, "IP4_TRANSPORT_SUPPORTED"},
    {0x0001000000000000, "IP4_HOA_ONLY_SUPPORTED"},
    {0x0002000000000000, "INTER_MAG_ROUTING_SUPPORTED"},
};

// SMI enterprise numbers tcpdump names (its smi_values).
constexpr Tok kVendors[] = {
    {0, "IETF (reserved)"}, {5, "ACC"}, {9, "Cisco"}, {11, "Hewlett Packard"},
    {42, "Sun Microsystems"}, {61, "Merit"}, {74, "AT&T"}, {161, "Motorola"}, {166, "Shiva"},
    {193, "Ericsson AB"}, {255, "Cisco VPN 5000"}, {307, "Livingston"}, {311, "Microsoft"},
    {429, "3Com"}, {529, "Ascend"}, {1584, "Bay Networks"}, {1991, "Foundry"},
    {2180, "Versanet"}, {2352, "Redback"}, {2636, "Juniper Networks"}, {2637, "Aptis"},
    {2937, "Deutsche Telekom AG"}, {3054, "Ixia Communications"}, {3076, "Cisco VPN 3000"},
    {3085, "CoSine Communications"}, {3199, "Shasta"}, {3224, "Netscreen"}, {3309, "Nomadix"},
    {3414, "T-Mobile"}, {3561, "The Broadband Forum"}, {3902, "ZTE"}, {4329, "Siemens"},
    {4491, "CableLabs"}, {4874, "Unisphere Networks"}, {5263, "Cisco BBSM"},
    {5535, "3rd Generation Partnership Project 2 (3GPP2)"}, {5806, "SK Telecom"},
    {5925, "ipUnplugged"}, {5948, "Issanni Communications"}, {5951, "Netscaler"},
    {6490, "T-Mobile"}, {6618, "Quintum"}, {6728, "Interlink"}, {7951, "CNCTC"},
    {8164, "Starent Networks"}, {8744, "Colubris"}, {10415, "3GPP"}, {10529, "Gemtek-Systems"},
    {10704, "Barracuda Networks"}, {10923, "Ericsson AB - Packet Core Networks"},
    {11665, "dacom"}, {11862, "Columbia University"}, {12356, "Fortinet"},
    {12951, "Verizon Wireless"}, {13745, "Plixer"}, {14122, "Wi-Fi Alliance"},
    {16787, "T-Systems Nova"}, {20942, "China Telecom - Guangzhou Research Institute"},
    {26866, "Gigamon Systems"}, {32622, "CACE Technologies"}, {35632, "ntop"},
    {46098, "Ericsson Canada"},
};

enum class Kind : uint8_t { None, String, Num, Addr, Addr6, Prefix6, Vendor, Time, Strange,
                            Vector64, Mip6Prefix, OperatorName, LocInfo, LocData, Blpr };

struct AttrDef {
    const char* name;
    Kind kind;
    std::span<const char* const> values;  // named values (Num)
    uint8_t first;                         // first named value: 0 or 1
};

#define V(tab, first) std::span<const char* const>(tab), first
constexpr AttrDef kAttrs[] = {
    {nullptr, Kind::None, {}, 0},
    {"User-Name", Kind::String, {}, 0},
    {"User-Password", Kind::None, {}, 0},
    {"CHAP-Password", Kind::None, {}, 0},
    {"NAS-IP-Address", Kind::Addr, {}, 0},
    {"NAS-Port", Kind::Num, {}, 0},
    {"Service-Type", Kind::Num, V(kServType, 1)},
    {"Framed-Protocol", Kind::Num, V(kFrmProto, 1)},
    {"Framed-IP-Address", Kind::Addr, {}, 0},
    {"Framed-IP-Netmask", Kind::Addr, {}, 0},
    {"Framed-Routing", Kind::Num, V(kFrmRouting, 0)},
    {"Filter-Id", Kind::String, {}, 0},
    {"Framed-MTU", Kind::Num, {}, 0},
    {"Framed-Compression", Kind::Num, V(kFrmComp, 0)},
    {"Login-IP-Host", Kind::Addr, {}, 0},
    {"Login-Service", Kind::Num, V(kLoginServ, 0)},
    {"Login-TCP-Port", Kind::Num, {}, 0},
    {"Unassigned", Kind::None, {}, 0},
    {"Reply-Message", Kind::String, {}, 0},
    {"Callback-Number", Kind::String, {}, 0},
    {"Callback-Id", Kind::String, {}, 0},
    {"Unassigned", Kind::None, {}, 0},
    {"Framed-Route", Kind::String, {}, 0},
    {"Framed-IPX-Network", Kind::Num, {}, 0},
    {"State", Kind::String, {}, 0},
    {"Class", Kind::String, {}, 0},
    {"Vendor-Specific", Kind::Vendor, {}, 0},
    {"Session-Timeout", Kind::Num, {}, 0},
    {"Idle-Timeout", Kind::Num, {}, 0},
    {"Termination-Action", Kind::Num, V(kTermAction, 0)},
    {"Called-Station-Id", Kind::String, {}, 0},
    {"Calling-Station-Id", Kind::String, {}, 0},
    {"NAS-Identifier", Kind::String, {}, 0},
    {"Proxy-State", Kind::String, {}, 0},
    {"Login-LAT-Service", Kind::String, {}, 0},
    {"Login-LAT-Node", Kind::String, {}, 0},
    {"Login-LAT-Group", Kind::String, {}, 0},
    {"Framed-AppleTalk-Link", Kind::Num, {}, 0},
    {"Framed-AppleTalk-Network", Kind::Num, {}, 0},
    {"Framed-AppleTalk-Zone", Kind::String, {}, 0},
    {"Acct-Status-Type", Kind::Num, V(kAcctStatus, 1)},
    {"Acct-Delay-Time", Kind::Num, {}, 0},
    {"Acct-Input-Octets", Kind::Num, {}, 0},
    {"Acct-Output-Octets", Kind::Num, {}, 0},
    {"Acct-Session-Id", Kind::String, {}, 0},
    {"Acct-Authentic", Kind::Num, V(kAcctAuth, 1)},
    {"Acct-Session-Time", Kind::Num, {}, 0},
    {"Acct-Input-Packets", Kind::Num, {}, 0},
    {"Acct-Output-Packets", Kind::Num, {}, 0},
    {"Acct-Terminate-Cause", Kind::Num, V(kAcctTerm, 1)},
    {"Acct-Multi-Session-Id", Kind::String, {}, 0},
    {"Acct-Link-Count", Kind::Num, {}, 0},
    {"Acct-Input-Gigawords", Kind::Num, {}, 0},
    {"Acct-Output-Gigawords", Kind::Num, {}, 0},
    {"Unassigned", Kind::None, {}, 0},
    {"Event-Timestamp", Kind::Time, {}, 0},
    {"Egress-VLANID", Kind::Num, {}, 0},
    {"Ingress-Filters", Kind::Num, V(kIngressFilters, 1)},
    {"Egress-VLAN-Name", Kind::String, {}, 0},
    {"User-Priority-Table", Kind::None, {}, 0},
    {"CHAP-Challenge", Kind::String, {}, 0},
    {"NAS-Port-Type", Kind::Num, V(kNasPortType, 0)},
    {"Port-Limit", Kind::Num, {}, 0},
    {"Login-LAT-Port", Kind::String, {}, 0},
    {"Tunnel-Type", Kind::Num, V(kTunnelTypes, 1)},
    {"Tunnel-Medium-Type", Kind::Num, V(kTunnelMediums, 1)},
    {"Tunnel-Client-Endpoint", Kind::String, {}, 0},
    {"Tunnel-Server-Endpoint", Kind::String, {}, 0},
    {"Acct-Tunnel-Connection", Kind::String, {}, 0},
    {"Tunnel-Password", Kind::String, {}, 0},
    {"ARAP-Password", Kind::Strange, {}, 0},
    {"ARAP-Features", Kind::Strange, {}, 0},
    {"ARAP-Zone-Access", Kind::Num, V(kArapZone, 1)},
    {"ARAP-Security", Kind::String, {}, 0},
    {"ARAP-Security-Data", Kind::String, {}, 0},
    {"Password-Retry", Kind::Num, {}, 0},
    {"Prompt", Kind::Num, V(kPrompt, 0)},
    {"Connect-Info", Kind::String, {}, 0},
    {"Configuration-Token", Kind::String, {}, 0},
    {"EAP-Message", Kind::String, {}, 0},
    {"Message-Authenticator", Kind::String, {}, 0},
    {"Tunnel-Private-Group-ID", Kind::String, {}, 0},
    {"Tunnel-Assignment-ID", Kind::String, {}, 0},
    {"Tunnel-Preference", Kind::Num, {}, 0},
    {"ARAP-Challenge-Response", Kind::Strange, {}, 0},
    {"Acct-Interim-Interval", Kind::Num, {}, 0},
    {"Acct-Tunnel-Packets-Lost", Kind::Num, {}, 0},
    {"NAS-Port-Id", Kind::String, {}, 0},
    {"Framed-Pool", Kind::String, {}, 0},
    {"CUI", Kind::String, {}, 0},
    {"Tunnel-Client-Auth-ID", Kind::String, {}, 0},
    {"Tunnel-Server-Auth-ID", Kind::String, {}, 0},
    {"NAS-Filter-Rule", Kind::String, {}, 0},
    {"Unassigned", Kind::None, {}, 0},
    {"Originating-Line-Info", Kind::None, {}, 0},
    {"NAS-IPv6-Address", Kind::Addr6, {}, 0},
    {"Framed-Interface-ID", Kind::None, {}, 0},
    {"Framed-IPv6-Prefix", Kind::Prefix6, {}, 0},
    {"Login-IPv6-Host", Kind::Addr6, {}, 0},
    {"Framed-IPv6-Route", Kind::String, {}, 0},
    {"Framed-IPv6-Pool", Kind::String, {}, 0},
    {"Error-Cause", Kind::Strange, {}, 0},
    {"EAP-Key-Name", Kind::None, {}, 0},
    {"Digest-Response", Kind::String, {}, 0},
    {"Digest-Realm", Kind::String, {}, 0},
    {"Digest-Nonce", Kind::String, {}, 0},
    {"Digest-Response-Auth", Kind::String, {}, 0},
    {"Digest-Nextnonce", Kind::String, {}, 0},
    {"Digest-Method", Kind::String, {}, 0},
    {"Digest-URI", Kind::String, {}, 0},
    {"Digest-Qop", Kind::String, {}, 0},
    {"Digest-Algorithm", Kind::String, {}, 0},
    {"Digest-Entity-Body-Hash", Kind::String, {}, 0},
    {"Digest-CNonce", Kind::String, {}, 0},
    {"Digest-Nonce-Count", Kind::String, {}, 0},
    {"Digest-Username", Kind::String, {}, 0},
    {"Digest-Opaque", Kind::String, {}, 0},
    {"Digest-Auth-Param", Kind::String, {}, 0},
    {"Digest-AKA-Auts", Kind::String, {}, 0},
    {"Digest-Domain", Kind::String, {}, 0},
    {"Digest-Stale", Kind::String, {}, 0},
    {"Digest-HA1", Kind::String, {}, 0},
    {"SIP-AOR", Kind::String, {}, 0},
    {"Delegated-IPv6-Prefix", Kind::Prefix6, {}, 0},
    {"MIP6-Feature-Vector", Kind::Vector64, {}, 0},
    {"MIP6-Home-Link-Prefix", Kind::Mip6Prefix, {}, 0},
    {"Operator-Name", Kind::OperatorName, {}, 0},
    {"Location-Information", Kind::LocInfo, {}, 0},
    {"Location-Data", Kind::LocData, {}, 0},
    {"Basic-Location-Policy-Rules", Kind::Blpr, {}, 0},
};
#undef V

enum : uint8_t {
    kFrmIpAddr = 8, kLogIpHost = 14, kFrmIpx = 23, kSessionTimeout = 27, kIdleTimeout = 28,
    kAtalkLink = 37, kAtalkNetwork = 38, kAcctDelay = 41, kAcctSessionTime = 46,
    kEgressVlanId = 56, kEgressVlanName = 58, kTunnelType = 64, kTunnelMedium = 65,
    kTunnelClientEnd = 66, kTunnelServerEnd = 67, kTunnelPass = 69, kArapPass = 70,
    kArapFeatures = 71, kEapMessage = 79, kTunnelPrivGroup = 81, kTunnelAssignId = 82,
    kTunnelPreference = 83, kArapChallenge = 84, kAcctInterim = 85, kTunnelClientAuth = 90,
    kTunnelServerAuth = 91, kErrorCause = 101,
};

// tcpdump's hex_and_ascii_print: the captured bytes, then its marker if some are missing.
void hex_and_ascii_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, const char* indent) {
    auto d = c.rest(off);
    const bool cut = d.size() < len;
    if (d.size() > len) d = d.first(len);
    hex_ascii_dump_prefixed(ctx.out, indent, d);
    if (cut) ctx.print_trunc();
}

void put_printable(Ctx& ctx, uint8_t ch) { ctx.out.put(ch >= 0x20 && ch < 0x7f ? static_cast<char>(ch) : '.'); }

void string_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length, uint8_t code) {
    OutBuf& out = ctx.out;
    if (!c.has(p, length)) {
        ctx.print_trunc();
        return;
    }
    switch (code) {
    case kTunnelPass: {
        if (length < 3) {
            ctx.print_trunc();
            return;
        }
        const uint8_t tag = c.u8(p);
        if (tag && tag <= 0x1f)
            out.f("Tag[{}] ", tag);
        else
            out.put("Tag[Unused] ");
        out.f("Salt {} ", c.be16(p + 1));
        p += 3;
        length -= 3;
        break;
    }
    case kTunnelClientEnd:
    case kTunnelServerEnd:
    case kTunnelPrivGroup:
    case kTunnelAssignId:
    case kTunnelClientAuth:
    case kTunnelServerAuth: {
        const uint8_t tag = c.u8(p);
        if (ctx.truncated) return;
        if (tag <= 0x1f) {
            if (tag)
                out.f("Tag[{}] ", tag);
            else
                out.put("Tag[Unused] ");
            ++p;
            --length;
        }
        break;
    }
    case kEgressVlanName: {
        const uint8_t tag = c.u8(p);
        if (ctx.truncated) return;
        put_tok(ctx, kTagged, tag, "Unknown tag");
        out.f(" (0x{:02x}) ", tag);
        ++p;
        --length;
        break;
    }
    case kEapMessage:
        radius_eap_print(ctx, c, p, length);
        return;
    default: break;
    }
    for (uint32_t i = 0; i < length; ++i) {
        const uint8_t ch = c.u8(p + i);
        if (ctx.truncated || ch == 0) break;
        put_printable(ctx, ch);
    }
}

void vendor_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < 4) {
        ctx.print_trunc();
        return;
    }
    const uint32_t vendor = c.be32(p);
    if (ctx.truncated) return;
    p += 4;
    length -= 4;
    out.put("Vendor: ");
    put_tok(ctx, kVendors, vendor, "Unknown");
    out.f(" ({})", vendor);
    while (length >= 2 && !ctx.truncated) {
        const uint8_t vtype = c.u8(p);
        uint32_t vlen = c.u8(p + 1);
        if (ctx.truncated) return;
        if (vlen < 2) {
            out.f("\n\t    Vendor Attribute: {}, Length: {} (bogus, must be >= 2)", vtype, vlen);
            return;
        }
        if (vlen > length) {
            out.f("\n\t    Vendor Attribute: {}, Length: {} (bogus, goes past end of vendor-specific attribute)",
                  vtype, vlen);
            return;
        }
        p += 2;
        vlen -= 2;
        length -= 2;
        if (!c.has(p, vlen)) {
            ctx.print_trunc();
            return;
        }
        out.f("\n\t    Vendor Attribute: {}, Length: {}, Value: ", vtype, vlen);
        for (uint32_t i = 0; i < vlen; ++i) put_printable(ctx, c.u8(p + i));
        p += vlen;
        length -= vlen;
    }
}

void num_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length, uint8_t code) {
    OutBuf& out = ctx.out;
    if (length != 4) {
        out.f("ERROR: length {} != 4", length);
        return;
    }
    const AttrDef& def = kAttrs[code];
    if (!def.values.empty()) {
        uint32_t v;
        if (code == kTunnelType || code == kTunnelMedium) {
            const uint8_t tag = c.u8(p);
            if (ctx.truncated) return;
            if (tag)
                out.f("Tag[{}] ", tag);
            else
                out.put("Tag[Unused] ");
            v = c.be24(p + 1);
        } else {
            v = c.be32(p);
        }
        if (ctx.truncated) return;
        const size_t count = def.values.size() - def.first;
        if (v >= def.first && v <= count - 1 + def.first && def.values[v])
            out.put(def.values[v]);
        else
            out.f("#{}", v);
        return;
    }
    // Tagged values read their tag first, the others the whole word.
    const uint32_t v = (code == kTunnelPreference || code == kEgressVlanId) ? 0 : c.be32(p);
    if (ctx.truncated) return;
    switch (code) {
    case kFrmIpx:
        if (v == 0xfffffffe)
            out.put("NAS Select");
        else
            out.dec(v);
        break;
    case kSessionTimeout:
    case kIdleTimeout:
    case kAcctDelay:
    case kAcctSessionTime:
    case kAcctInterim:
        // tcpdump prints these with %02d (a signed conversion).
        if (v < 60)
            out.f("{:02} secs", static_cast<int32_t>(v));
        else if (v < 3600)
            out.f("{:02}:{:02} min", v / 60, v % 60);
        else
            out.f("{:02}:{:02}:{:02} hours", static_cast<int32_t>(v / 3600), (v % 3600) / 60, v % 60);
        break;
    case kAtalkLink:
        if (v)
            out.dec(v);
        else
            out.put("Unnumbered");
        break;
    case kAtalkNetwork:
        if (v)
            out.dec(v);
        else
            out.put("NAS assigned");
        break;
    case kTunnelPreference: {
        const uint8_t tag = c.u8(p);
        if (tag)
            out.f("Tag[{}] ", tag);
        else
            out.put("Tag[Unused] ");
        out.dec(c.be24(p + 1));
        break;
    }
    case kEgressVlanId: {
        const uint8_t tag = c.u8(p);
        put_tok(ctx, kTagged, tag, "Unknown tag");
        out.f(" (0x{:02x}) ", tag);
        out.dec(c.be24(p + 1));
        break;
    }
    default: out.dec(v); break;
    }
}

void addr_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length, uint8_t code) {
    if (length != 4) {
        ctx.out.f("ERROR: length {} != 4", length);
        return;
    }
    const uint32_t v = c.be32(p);
    if (ctx.truncated) return;
    if ((code == kFrmIpAddr || code == kLogIpHost) && v == 0xffffffff)
        ctx.out.put("User Selected");
    else if ((code == kFrmIpAddr || code == kLogIpHost) && v == 0xfffffffe)
        ctx.out.put("NAS Select");
    else
        put_ip4_at(ctx, c, p);
}

void prefix6_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length) {
    if (length < 2 || length > 18) {
        ctx.out.f("ERROR: length {} not in range (2..18)", length);
        return;
    }
    if (!c.has(p, length)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t bits = c.u8(p + 1);
    if (bits > 128) {
        ctx.out.f("ERROR: netmask {} not in range (0..128)", bits);
        return;
    }
    uint8_t a[16] = {};
    for (uint32_t i = 2; i < length; ++i) a[i - 2] = c.u8(p + i);
    put_addr(ctx, std::span<const uint8_t>(a, 16));
    ctx.out.f("/{}", bits);
    if (bits > 8 * (length - 2)) ctx.out.put(" (inconsistent prefix length)");
}

// NTP timestamp as tcpdump's p_ntp_time prints it (UTC date unless zero seconds).
void ntp_time_print(Ctx& ctx, const Cursor& c, size_t p) {
    const uint32_t secs = c.be32(p);
    const uint32_t frac = c.be32(p + 4);
    if (ctx.truncated) return;
    const auto nanos = static_cast<uint32_t>(static_cast<double>(frac) / 4294967296.0 * 1000000000.0);
    ctx.out.f("{}.{:09}", secs, nanos);
    if (secs == 0) return;
    const time_t t = static_cast<time_t>(static_cast<int64_t>(secs) - 2208988800LL);
    struct tm tm {};
    if (gmtime_r(&t, &tm) == nullptr) return;
    char buf[64];
    if (std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) return;
    ctx.out.f(" ({})", buf);
}

void special_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length, Kind kind, uint8_t code) {
    OutBuf& out = ctx.out;
    switch (kind) {
    case Kind::Addr6:
        if (length != 16) {
            out.f("ERROR: length {} != 16", length);
            return;
        }
        put_ip6_at(ctx, c, p);
        return;
    case Kind::Time: {
        if (length != 4) {
            out.f("ERROR: length {} != 4", length);
            return;
        }
        const time_t t = c.be32(p);
        if (ctx.truncated) return;
        struct tm tm {};
        char buf[64];
        if (localtime_r(&t, &tm) != nullptr && std::strftime(buf, sizeof buf, "%a %b %e %H:%M:%S %Y", &tm))
            out.put(buf);
        return;
    }
    case Kind::Vector64: {
        if (length != 8) {
            out.f("ERROR: length {} != 8", length);
            return;
        }
        out.put('[');
        const uint64_t v = c.be64(p);
        const char* sep = "";
        for (const auto& b : kMip6Features) {
            if (v & b.bit) {
                out.f("{}{}", sep, b.name);
                sep = ", ";
            }
        }
        out.put(']');
        return;
    }
    case Kind::Mip6Prefix: {
        if (length != 17) {
            out.f("ERROR: length {} != 17", length);
            return;
        }
        if (!c.has(p, length)) {
            ctx.print_trunc();
            return;
        }
        const uint8_t bits = c.u8(p);
        if (bits > 128) {
            out.f("ERROR: netmask {} not in range (0..128)", bits);
            return;
        }
        put_ip6_at(ctx, c, p + 1);
        out.f("/{}", bits);
        return;
    }
    case Kind::OperatorName:
        if (!c.has(p, length)) {
            ctx.print_trunc();
            return;
        }
        if (length < 2) {
            out.f("ERROR: length {} < 2", length);
            return;
        }
        out.put('[');
        put_tok(ctx, kOperatorNs, c.u8(p), "unknown namespace {}");
        out.put("] ");
        put_string_n_checked(ctx, c, p + 1, length - 1);
        return;
    case Kind::LocInfo:
        if (!c.has(p, length)) {
            ctx.print_trunc();
            return;
        }
        if (length < 21) {
            out.f("ERROR: length {} < 21", length);
            return;
        }
        out.f("index {}, code ", c.be16(p));
        put_tok(ctx, kLocCode, c.u8(p + 2), "Unknown ({})");
        out.put(", entity ");
        put_tok(ctx, kLocEntity, c.u8(p + 3), "Unknown ({})");
        out.put(", sighting time ");
        ntp_time_print(ctx, c, p + 4);
        out.put(", time to live ");
        ntp_time_print(ctx, c, p + 12);
        out.put(", method \"");
        put_string_n_checked(ctx, c, p + 20, length - 20);
        out.put('"');
        return;
    case Kind::LocData:
        if (!c.has(p, length)) {
            ctx.print_trunc();
            return;
        }
        if (length < 3) {
            out.f("ERROR: length {} < 3", length);
            return;
        }
        out.f("index {}, location", c.be16(p));
        hex_and_ascii_print(ctx, c, p + 2, length - 2, "\n\t    ");
        return;
    case Kind::Blpr:
        if (!c.has(p, length)) {
            ctx.print_trunc();
            return;
        }
        if (length < 10) {
            out.f("ERROR: length {} < 10", length);
            return;
        }
        out.put("flags [");
        put_bits(ctx, kBlprFlags, c.be16(p), ", ");
        out.put("], retention expires ");
        ntp_time_print(ctx, c, p + 2);
        if (length > 10) {
            out.put(", note well \"");
            put_string_n_checked(ctx, c, p + 10, length - 10);
            out.put('"');
        }
        return;
    case Kind::Strange:
        switch (code) {
        case kArapPass:
            if (length != 16) {
                out.f("ERROR: length {} != 16", length);
                return;
            }
            out.put("User_challenge (");
            for (int i = 0; i < 8; ++i) out.f("{:02X}", c.u8(p + i));
            out.put(") User_resp(");
            for (int i = 8; i < 16; ++i) out.f("{:02X}", c.u8(p + i));
            out.put(')');
            return;
        case kArapFeatures:
            if (length != 14) {
                out.f("ERROR: length {} != 14", length);
                return;
            }
            out.put(c.u8(p) ? "User can change password" : "User cannot change password");
            out.f(", Min password length: {}, created at: ", c.u8(p + 1));
            for (int i = 2; i < 6; ++i) out.f("{:02X}", c.u8(p + i));
            out.put(", expires in: ");
            for (int i = 6; i < 10; ++i) out.f("{:02X}", c.u8(p + i));
            out.put(", Current Time: ");
            for (int i = 10; i < 14; ++i) out.f("{:02X}", c.u8(p + i));
            return;
        case kArapChallenge:
            if (length < 8) {
                out.f("ERROR: length {} != 8", length);
                return;
            }
            for (int i = 0; i < 8; ++i) out.f("{:02X}", c.u8(p + i));
            return;
        case kErrorCause: {
            if (length != 4) {
                out.f("Error: length {} != 4", length);
                return;
            }
            const uint32_t v = c.be32(p);
            if (ctx.truncated) return;
            out.f("Error cause {}: ", v);
            if (const char* n = tok_lookup(kErrorCauses, v))
                out.put(n);
            else
                out.f("Error-Cause {} not known", v);
            return;
        }
        default: return;
        }
    default: return;
    }
}

void attrs_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length) {
    OutBuf& out = ctx.out;
    while (length > 0) {
        if (length < 2 || !c.has(p, 2)) {
            ctx.print_trunc();
            return;
        }
        const uint8_t type = c.u8(p);
        const uint8_t len = c.u8(p + 1);
        const char* name = (type != 0 && type < std::size(kAttrs)) ? kAttrs[type].name : "Unknown";
        out.f("\n\t  {} Attribute ({}), length: {}", name, type, len);
        if (len < 2) {
            out.put(" (bogus, must be >= 2)");
            return;
        }
        if (len > length) {
            out.put(" (bogus, goes past end of packet)");
            return;
        }
        out.put(", Value: ");
        if (type < std::size(kAttrs) && len > 2) {
            const Kind kind = kAttrs[type].kind;
            const size_t v = p + 2;
            const uint32_t vlen = len - 2u;
            switch (kind) {
            case Kind::None: break;
            case Kind::String: string_print(ctx, c, v, vlen, type); break;
            case Kind::Num: num_print(ctx, c, v, vlen, type); break;
            case Kind::Addr: addr_print(ctx, c, v, vlen, type); break;
            case Kind::Prefix6: prefix6_print(ctx, c, v, vlen); break;
            case Kind::Vendor: vendor_print(ctx, c, v, vlen); break;
            default: special_print(ctx, c, v, vlen, kind, type); break;
            }
        }
        if (ctx.truncated) return;
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p + 2, "\n\t    ", len - 2u);
        length -= len;
        p += len;
    }
}

}  // namespace

void radius_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "radius";
    if (!c.has(0, 20)) {
        ctx.print_trunc();
        return;
    }
    uint32_t len = c.be16(2);
    if (len < 20) {
        ctx.print_trunc();
        return;
    }
    if (len > length) len = length;
    const uint8_t code = c.u8(0);
    if (ctx.opt.vflag < 1) {
        out.put("RADIUS, ");
        put_tok(ctx, kCodes, code, "Unknown Command");
        out.f(" ({}), id: 0x{:02x} length: {}", code, c.u8(1), len);
        return;
    }
    out.f("RADIUS, length: {}\n\t", len);
    put_tok(ctx, kCodes, code, "Unknown Command");
    out.f(" ({}), id: 0x{:02x}, Authenticator: ", code, c.u8(1));
    for (size_t i = 4; i < 20; ++i) out.hex(c.u8(i), 2);
    if (len > 20) attrs_print(ctx, c, 20, len - 20);
}

}  // namespace rd
