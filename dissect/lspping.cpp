// MPLS LSP ping (RFC 4379 / RFC 8029) over UDP port 3503: echo request and reply with
// their TLVs (target FEC stack sub-TLVs, downstream mapping, BFD discriminator, vendor).
#include <fmt/format.h>

#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 32;
constexpr int64_t kSecondsFrom1900To1970 = 2208988800;

constexpr Tok kMsgTypes[] = {{1, "MPLS Echo Request"}, {2, "MPLS Echo Reply"}};

constexpr Tok kReplyModes[] = {
    {1, "Do not reply"},
    {2, "Reply via an IPv4/IPv6 UDP packet"},
    {3, "Reply via an IPv4/IPv6 UDP packet with Router Alert"},
    {4, "Reply via application level control channel"},
};

constexpr Tok kReturnCodes[] = {
    {0, "No return code or return code contained in the Error Code TLV"},
    {1, "Malformed echo request received"},
    {2, "One or more of the TLVs was not understood"},
    {3, "Replying router is an egress for the FEC at stack depth"},
    {4, "Replying router has no mapping for the FEC at stack depth"},
    {5, "Reserved"},
    {6, "Reserved"},
    {7, "Reserved"},
    {8, "Label switched at stack-depth"},
    {9, "Label switched but no MPLS forwarding at stack-depth"},
    {10, "Mapping for this FEC is not the given label at stack depth"},
    {11, "No label entry at stack-depth"},
    {12, "Protocol not associated with interface at FEC stack depth"},
    {13, "Premature termination of ping due to label stack shrinking to a single label"},
};

enum : uint16_t {
    kTlvTargetFec = 1,
    kTlvDownstreamMap = 2,
    kTlvVendorEnterprise = 5,
    kTlvBfdDiscriminator = 15,
};

constexpr Tok kTlvTypes[] = {
    {1, "Target FEC Stack"},  {2, "Downstream Mapping"},     {3, "Pad"},
    {9, "Error Code"},        {5, "Vendor Enterprise Code"}, {7, "Interface Label Stack"},
    {10, "Reply TOS Byte"},   {15, "BFD Discriminator"},     {0xfc00, "Vendor Private Code"},
};

constexpr Tok kFecSubTlvs[] = {
    {1, "LDP IPv4 prefix"},
    {2, "LDP IPv6 prefix"},
    {3, "RSVP IPv4 Session Query"},
    {4, "RSVP IPv6 Session Query"},
    {5, "Reserved"},
    {6, "VPN IPv4 prefix"},
    {7, "VPN IPv6 prefix"},
    {8, "L2 VPN endpoint"},
    {9, "FEC 128 pseudowire (old)"},
    {10, "FEC 128 pseudowire"},
    {12, "BGP labeled IPv4 prefix"},
    {13, "BGP labeled IPv6 prefix"},
};

constexpr Tok kDownstreamAddrTypes[] = {
    {1, "IPv4"}, {2, "Unnumbered IPv4"}, {3, "IPv6"}, {4, "IPv6"},
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

// SMI network management private enterprise codes tcpdump names.
constexpr Tok kSmiCodes[] = {
    {0, "IETF (reserved)"},
    {5, "ACC"},
    {9, "Cisco"},
    {11, "Hewlett Packard"},
    {42, "Sun Microsystems"},
    {61, "Merit"},
    {74, "AT&T"},
    {161, "Motorola"},
    {166, "Shiva"},
    {193, "Ericsson AB"},
    {255, "Cisco VPN 5000"},
    {307, "Livingston"},
    {311, "Microsoft"},
    {429, "3Com"},
    {529, "Ascend"},
    {1584, "Bay Networks"},
    {1991, "Foundry"},
    {2180, "Versanet"},
    {2352, "Redback"},
    {2636, "Juniper Networks"},
    {2637, "Aptis"},
    {2937, "Deutsche Telekom AG"},
    {3054, "Ixia Communications"},
    {3076, "Cisco VPN 3000"},
    {3085, "CoSine Communications"},
    {3199, "Shasta"},
    {3224, "Netscreen"},
    {3309, "Nomadix"},
    {3414, "T-Mobile"},
    {3561, "The Broadband Forum"},
    {3902, "ZTE"},
    {4329, "Siemens"},
    {4491, "CableLabs"},
    {4874, "Unisphere Networks"},
    {5263, "Cisco BBSM"},
    {5535, "3rd Generation Partnership Project 2 (3GPP2)"},
    {5806, "SK Telecom"},
    {5925, "ipUnplugged"},
    {5948, "Issanni Communications"},
    {5951, "Netscaler"},
    {6490, "T-Mobile"},
    {6618, "Quintum"},
    {6728, "Interlink"},
    {7951, "CNCTC"},
    {8164, "Starent Networks"},
    {8744, "Colubris"},
    {10415, "3GPP"},
    {10529, "Gemtek-Systems"},
    {10704, "Barracuda Networks"},
    {10923, "Ericsson AB - Packet Core Networks"},
    {11665, "dacom"},
    {11862, "Columbia University"},
    {12356, "Fortinet"},
    {12951, "Verizon Wireless"},
    {13745, "Plixer"},
    {14122, "Wi-Fi Alliance"},
    {16787, "T-Systems Nova"},
    {20942, "China Telecom - Guangzhou Research Institute"},
    {26866, "Gigamon Systems"},
    {32622, "CACE Technologies"},
    {35632, "ntop"},
    {46098, "Ericsson Canada"},
};

// A 64-bit NTP timestamp at off: seconds.nanoseconds, then the UTC date unless zero.
void put_ntp_stamp(Ctx& ctx, const Cursor& c, size_t off) {
    const uint32_t secs = c.be32(off);
    const uint32_t frac = c.be32(off + 4);
    const auto nanos = static_cast<uint32_t>(static_cast<double>(frac) / 4294967296.0 * 1000000000.0);
    ctx.out.f("{}.{:09}", secs, nanos);
    if (secs == 0) return;
    const int64_t unix_secs = static_cast<int64_t>(secs) - kSecondsFrom1900To1970;
    int64_t days = unix_secs / 86400;
    int64_t rem = unix_secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    // Civil date from days since 1970-01-01.
    int64_t z = days + 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    ctx.out.f(" ({:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z)", y, m, d, rem / 3600, rem / 60 % 60, rem % 60);
}

// An RFC 4364 route distinguisher (8 bytes at off).
void put_rd(Ctx& ctx, const Cursor& c, size_t off) {
    const uint16_t type = c.be16(off);
    switch (type) {
    case 0:
        ctx.out.f("{}:{} (= {}.{}.{}.{})", c.be16(off + 2), c.be32(off + 4), c.u8(off + 4), c.u8(off + 5),
                  c.u8(off + 6), c.u8(off + 7));
        break;
    case 1:
        ctx.out.f("{}.{}.{}.{}:{}", c.u8(off + 2), c.u8(off + 3), c.u8(off + 4), c.u8(off + 5), c.be16(off + 6));
        break;
    case 2:
        ctx.out.f("{}:{} ({}.{}.{}.{}:{})", c.be32(off + 2), c.be16(off + 6), c.u8(off + 2), c.u8(off + 3),
                  c.u8(off + 4), c.u8(off + 5), c.be16(off + 6));
        break;
    default: ctx.out.put("unknown RD format"); break;
    }
}

void put_pw_type(Ctx& ctx, uint16_t type) {
    put_tok(ctx, kPwTypes, type, "unknown");
    ctx.out.f(" ({})", type);
}

// One target FEC sub-TLV's value at p (len bytes, all captured). Returns true when
// tcpdump adds a hex dump because the value was not decoded.
bool fec_subtlv_print(Ctx& ctx, const Cursor& c, size_t p, uint16_t type, uint16_t len) {
    auto bad_len = [&](unsigned want) {
        if (len == want) return false;
        ctx.out.f("\n\t      invalid subTLV length, should be {}", want);
        return true;
    };
    switch (type) {
    case 1:
    case 12:
        if (bad_len(5)) return true;
        ctx.out.put("\n\t      ");
        put_ip4_at(ctx, c, p);
        ctx.out.f("/{}", c.u8(p + 4));
        return false;
    case 2:
    case 13:
        if (bad_len(17)) return true;
        ctx.out.put("\n\t      ");
        put_ip6_at(ctx, c, p);
        ctx.out.f("/{}", c.u8(p + 16));
        return false;
    case 3:
        if (bad_len(20)) return true;
        ctx.out.put("\n\t      tunnel end-point ");
        put_ip4_at(ctx, c, p);
        ctx.out.put(", tunnel sender ");
        put_ip4_at(ctx, c, p + 12);
        ctx.out.f(", lsp-id 0x{:04x}\n\t      tunnel-id 0x{:04x}, extended tunnel-id ", c.be16(p + 18),
                  c.be16(p + 6));
        put_ip4_at(ctx, c, p + 8);
        return false;
    case 4:
        if (bad_len(56)) return true;
        ctx.out.put("\n\t      tunnel end-point ");
        put_ip6_at(ctx, c, p);
        ctx.out.put(", tunnel sender ");
        put_ip6_at(ctx, c, p + 36);
        ctx.out.f(", lsp-id 0x{:04x}\n\t      tunnel-id 0x{:04x}, extended tunnel-id ", c.be16(p + 54),
                  c.be16(p + 18));
        put_ip6_at(ctx, c, p + 20);
        return false;
    case 6:
        if (bad_len(13)) return true;
        ctx.out.put("\n\t      RD: ");
        put_rd(ctx, c, p);
        ctx.out.put(", ");
        put_ip4_at(ctx, c, p + 8);
        ctx.out.f("/{}", c.u8(p + 12));
        return false;
    case 7:
        if (bad_len(25)) return true;
        ctx.out.put("\n\t      RD: ");
        put_rd(ctx, c, p);
        ctx.out.put(", ");
        put_ip6_at(ctx, c, p + 8);
        ctx.out.f("/{}", c.u8(p + 24));
        return false;
    case 8:
        if (bad_len(14)) return true;
        ctx.out.put("\n\t      RD: ");
        put_rd(ctx, c, p);
        ctx.out.f(", Sender VE ID: {}, Receiver VE ID: {}\n\t      Encapsulation Type: ", c.be16(p + 8),
                  c.be16(p + 10));
        put_pw_type(ctx, c.be16(p + 12));
        return false;
    case 9:
        if (bad_len(10)) return true;
        ctx.out.put("\n\t      Remote PE: ");
        put_ip4_at(ctx, c, p);
        ctx.out.f("\n\t      PW ID: 0x{:08x}, PW Type: ", c.be32(p + 4));
        put_pw_type(ctx, c.be16(p + 8));
        return false;
    case 10:
        if (bad_len(14)) return true;
        ctx.out.put("\n\t      Sender PE: ");
        put_ip4_at(ctx, c, p);
        ctx.out.put(", Remote PE: ");
        put_ip4_at(ctx, c, p + 4);
        ctx.out.f("\n\t      PW ID: 0x{:08x}, PW Type: ", c.be32(p + 8));
        put_pw_type(ctx, c.be16(p + 12));
        return false;
    default: return true;
    }
}

enum class TlvEnd { Next, TooShort, Stop };

// The target FEC stack TLV's sub-TLVs in [p, p + tlen).
TlvEnd fec_stack_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t tlen, bool& hexdump) {
    while (tlen != 0 && !ctx.truncated) {
        if (tlen < 4) {
            ctx.out.put("\n\t      TLV is too short");
            hexdump = true;
            return TlvEnd::TooShort;
        }
        const uint16_t type = c.be16(p);
        uint32_t len = c.be16(p + 2);
        if (tlen < len + 4u) {
            ctx.out.put("\n\t      TLV is too short");
            hexdump = true;
            return TlvEnd::TooShort;
        }
        if (!c.need(p + 4, len)) return TlvEnd::Stop;
        ctx.out.put("\n\t    ");
        put_tok(ctx, kFecSubTlvs, type, "Unknown");
        ctx.out.f(" subTLV ({}), length: {}", type, len);
        const bool dump = fec_subtlv_print(ctx, c, p + 4, type, static_cast<uint16_t>(len));
        if (ctx.opt.vflag > 1 || dump) print_unknown_data(ctx, c, p + 4, "\n\t      ", len);
        if (len % 4) {
            len += 4 - len % 4;
            if (tlen < len + 4u) {
                ctx.out.put("\n\t\t TLV is too short");
                return TlvEnd::Stop;
            }
        }
        p += len;  // (tcpdump steps over the value only: the next header is read 4 bytes early)
        tlen -= len + 4u;
    }
    return TlvEnd::Next;
}

// The downstream mapping TLV in [p, p + tlen): always followed by a hex dump.
void downstream_map_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t tlen) {
    if (tlen < 4) {
        ctx.out.put("\n\t      TLV is too short");
        return;
    }
    const uint8_t atype = c.u8(p + 2);
    ctx.out.f("\n\t    MTU: {}, Address-Type: ", c.be16(p));
    put_tok(ctx, kDownstreamAddrTypes, atype, "unknown");
    ctx.out.f(" ({})", atype);
    uint32_t used = 0;
    switch (atype) {
    case 1:
    case 2:
        used = 12;
        break;
    case 3:
        used = 36;
        break;
    case 4:
        used = 24;
        break;
    default: break;
    }
    if (used != 0) {
        if (tlen < used) {
            ctx.out.put("\n\t      TLV is too short");
            return;
        }
        ctx.out.put("\n\t    Downstream IP: ");
        if (atype <= 2) put_ip4_at(ctx, c, p + 4); else put_ip6_at(ctx, c, p + 4);
        if (atype == 1) {
            ctx.out.put("\n\t    Downstream Interface IP: ");
            put_ip4_at(ctx, c, p + 8);
        } else if (atype == 3) {
            ctx.out.put("\n\t    Downstream Interface IP: ");
            put_ip6_at(ctx, c, p + 20);
        } else {
            ctx.out.f("\n\t    Downstream Interface Index: 0x{:08x}", c.be32(p + (atype == 2 ? 8 : 20)));
        }
        tlen -= used;
    }
    if (tlen < 4) ctx.out.put("\n\t      TLV is too short");
}

}  // namespace

void lspping_print(Ctx& ctx, Cursor c, uint32_t len) {
    ctx.proto = "lspping";
    if (len < kHeaderLen) {
        ctx.out.put("\n\t\t packet is too short");
        return;
    }
    if (!c.need(0, kHeaderLen)) return;
    const uint16_t version = c.be16(0);
    if (version != 1) {
        ctx.out.f("LSP-PING version {} packet not supported", version);
        return;
    }
    const uint8_t msg_type = c.u8(4);
    if (ctx.opt.vflag < 1) {
        ctx.out.f("LSP-PINGv{}, ", version);
        put_tok(ctx, kMsgTypes, msg_type, "unknown ({})");
        ctx.out.f(", seq {}, length: {}", c.be32(12), len);
        return;
    }
    const uint8_t reply_mode = c.u8(5);
    ctx.out.f("\n\tLSP-PINGv{}, msg-type: ", version);
    put_tok(ctx, kMsgTypes, msg_type, "unknown");
    ctx.out.f(" ({}), length: {}\n\t  reply-mode: ", msg_type, len);
    put_tok(ctx, kReplyModes, reply_mode, "unknown");
    ctx.out.f(" ({})", reply_mode);

    const uint8_t rc = c.u8(6);
    const uint8_t rsc = c.u8(7);
    ctx.out.put("\n\t  Return Code: ");
    put_tok(ctx, kReturnCodes, rc, "unknown");
    // These codes carry the stack depth in the subcode.
    if (rc == 3 || rc == 4 || rc == 8 || rc == 10 || rc == 11 || rc == 12) ctx.out.f(" {}", rsc);
    ctx.out.f(" ({})\n\t  Return Subcode: ({})", rc, rsc);
    ctx.out.f("\n\t  Sender Handle: 0x{:08x}, Sequence: {}", c.be32(8), c.be32(12));
    ctx.out.put("\n\t  Sender Timestamp: ");
    put_ntp_stamp(ctx, c, 16);
    ctx.out.put(" Receiver Timestamp: ");
    if (c.be32(24) == 0 && c.be32(28) == 0)
        ctx.out.put("no timestamp");
    else
        put_ntp_stamp(ctx, c, 24);

    size_t p = kHeaderLen;
    uint32_t tlen = len - kHeaderLen;
    while (tlen != 0 && !ctx.truncated) {
        if (tlen < 4) {
            ctx.out.put("\n\t\t packet is too short");
            return;
        }
        const uint16_t type = c.be16(p);
        uint32_t tlv_len = c.be16(p + 2);
        if (ctx.truncated) return;
        ctx.out.put("\n\t  ");
        put_tok(ctx, kTlvTypes, type, "Unknown");
        ctx.out.f(" TLV ({}), length: {}", type, tlv_len);
        if (tlv_len == 0) {
            p += 4;
            tlen -= 4;
            continue;
        }
        if (tlen < tlv_len + 4u) {
            ctx.out.put("\n\t\t packet is too short");
            return;
        }
        if (!c.need(p + 4, tlv_len)) return;
        const size_t v = p + 4;
        bool hexdump = false;
        switch (type) {
        case kTlvTargetFec: {
            const TlvEnd e = fec_stack_print(ctx, c, v, tlv_len, hexdump);
            if (e == TlvEnd::Stop) return;
            break;
        }
        case kTlvDownstreamMap:
            downstream_map_print(ctx, c, v, tlv_len);
            hexdump = true;
            break;
        case kTlvBfdDiscriminator:
            if (tlv_len < 4) {
                ctx.out.put("\n\t      TLV is too short");
                hexdump = true;
            } else {
                ctx.out.f("\n\t    BFD Discriminator 0x{:08x}", c.be32(v));
            }
            break;
        case kTlvVendorEnterprise:
            if (tlv_len < 4) {
                ctx.out.put("\n\t      TLV is too short");
                hexdump = true;
            } else {
                const uint32_t vendor = c.be32(v);
                ctx.out.put("\n\t    Vendor: ");
                put_tok(ctx, kSmiCodes, vendor, "Unknown");
                ctx.out.f(" (0x{:04x})", vendor);
            }
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, v, "\n\t    ", tlv_len);
            break;
        }
        if (ctx.truncated) return;
        if (ctx.opt.vflag > 1 || hexdump) print_unknown_data(ctx, c, v, "\n\t    ", tlv_len);
        if (tlv_len % 4) {
            tlv_len += 4 - tlv_len % 4;
            if (tlen < tlv_len + 4u) {
                ctx.out.put("\n\t\t packet is too short");
                return;
            }
        }
        p += tlv_len + 4u;
        tlen -= tlv_len + 4u;
    }
}

}  // namespace rd
