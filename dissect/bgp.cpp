// BGP-4 (RFC 4271) over TCP port 179: message framing (several messages per segment),
// OPEN with its capabilities, UPDATE, NOTIFICATION, KEEPALIVE, ROUTE-REFRESH.
#include <cstring>

#include "bgp.hpp"

namespace rd {

namespace {

using bgp::tok_or;

constexpr uint32_t kHeaderLen = 19;
constexpr uint32_t kOpenLen = 29;
constexpr uint32_t kNotificationLen = 21;
constexpr uint32_t kRouteRefreshLen = 23;

constexpr Tok kMessages[] = {
    {1, "Open"}, {2, "Update"}, {3, "Notification"}, {4, "Keepalive"}, {5, "Route Refresh"},
};

constexpr Tok kOptions[] = {{1, "Authentication Information"}, {2, "Capabilities Advertisement"}};

constexpr Tok kCapabilities[] = {
    {1, "Multiprotocol Extensions"},
    {2, "Route Refresh"},
    {3, "Cooperative Route Filtering"},
    {4, "Multiple Routes to a Destination"},
    {5, "Extended Next Hop Encoding"},
    {8, "Multiple Labels"},
    {64, "Graceful Restart"},
    {65, "32-Bit AS Number"},
    {67, "Dynamic Capability"},
    {68, "Multisession BGP"},
    {69, "Multiple Paths"},
    {70, "Enhanced Route Refresh"},
    {71, "Long-lived Graceful Restart"},
    {128, "Route Refresh (Cisco)"},
};

constexpr Tok kNotifyMajor[] = {
    {1, "Message Header Error"}, {2, "OPEN Message Error"},        {3, "UPDATE Message Error"},
    {4, "Hold Timer Expired"},   {5, "Finite State Machine Error"}, {6, "Cease"},
    {7, "Capability Message Error"},
};
constexpr Tok kMinorCease[] = {
    {1, "Maximum Number of Prefixes Reached"}, {2, "Administrative Shutdown"},
    {3, "Peer Unconfigured"},                  {4, "Administrative Reset"},
    {5, "Connection Rejected"},                {6, "Other Configuration Change"},
    {7, "Connection Collision Resolution"},
};
constexpr Tok kMinorMsg[] = {
    {1, "Connection Not Synchronized"}, {2, "Bad Message Length"}, {3, "Bad Message Type"}};
constexpr Tok kMinorOpen[] = {
    {1, "Unsupported Version Number"},     {2, "Bad Peer AS"},
    {3, "Bad BGP Identifier"},             {4, "Unsupported Optional Parameter"},
    {5, "Authentication Failure"},         {6, "Unacceptable Hold Time"},
    {7, "Capability Message Error"},
};
constexpr Tok kMinorUpdate[] = {
    {1, "Malformed Attribute List"},  {2, "Unrecognized Well-known Attribute"},
    {3, "Missing Well-known Attribute"}, {4, "Attribute Flags Error"},
    {5, "Attribute Length Error"},    {6, "Invalid ORIGIN Attribute"},
    {7, "AS Routing Loop"},           {8, "Invalid NEXT_HOP Attribute"},
    {9, "Optional Attribute Error"},  {10, "Invalid Network Field"},
    {11, "Malformed AS_PATH"},
};
constexpr Tok kMinorFsm[] = {
    {0, "Unspecified Error"}, {1, "In OpenSent State"}, {2, "In OpenConfirm State"},
    {3, "In Established State"}};
constexpr Tok kMinorCap[] = {
    {1, "Invalid Action Value"}, {2, "Invalid Capability Length"},
    {3, "Malformed Capability Value"}, {4, "Unsupported Capability Code"}};

constexpr Tok kGrFlags[] = {{0x8, "R"}};
constexpr Tok kAddPathDir[] = {{1, "Receive"}, {2, "Send"}, {3, "Both"}};

void put_afi_safi(Ctx& ctx, const Cursor& c, size_t afi_off, size_t safi_off) {
    const uint16_t afi = c.be16(afi_off);
    const uint8_t safi = c.u8(safi_off);
    if (ctx.truncated) return;
    ctx.out.f("AFI {} ({}), SAFI {} ({})", tok_or(bgp::af_names(), afi, "Unknown"), afi,
              tok_or(bgp::safi_names(), safi, "Unknown"), safi);
}

// Capabilities (RFC 5492) in caps_len bytes at off.
void capabilities_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t caps_len) {
    OutBuf& out = ctx.out;
    uint32_t i = 0;
    while (i < caps_len && !ctx.truncated) {
        if (!c.has(off + i, 2)) {
            ctx.print_trunc();
            return;
        }
        const uint8_t type = c.u8(off + i);
        const uint8_t len = c.u8(off + i + 1);
        out.f("\n\t      {} ({}), length: {}", tok_or(kCapabilities, type, "Unknown"), type, len);
        if (!c.has(off + i + 2, len)) {
            ctx.print_trunc();
            return;
        }
        const size_t v = off + i + 2;
        switch (type) {
        case 1:
            if (len < 4) {
                out.put(" (too short, < 4)");
                return;
            }
            out.put("\n\t\t");
            put_afi_safi(ctx, c, v, v + 3);
            break;
        case 8:
            for (uint32_t t = len, o = 0; t >= 4; t -= 4, o += 4) {
                out.put("\n\t\t");
                put_afi_safi(ctx, c, v + o, v + o + 2);
                out.f(", Count: {}", c.u8(v + o + 3));
            }
            break;
        case 64: {
            if (len < 2) {
                out.put(" (too short, < 2)");
                return;
            }
            out.put("\n\t\tRestart Flags: [");
            put_bits(ctx, kGrFlags, c.u8(v) >> 4, ", ");
            out.f("], Restart Time {}s", c.be16(v) & 0xfff);
            for (uint32_t t = len - 2u, o = 2; t >= 4; t -= 4, o += 4) {
                out.put("\n\t\t  ");
                put_afi_safi(ctx, c, v + o, v + o + 2);
                out.f(", Forwarding state preserved: {}", (c.u8(v + o + 3) & 0x80) ? "yes" : "no");
            }
            break;
        }
        case 2:
        case 71:
        case 128:
            break;
        case 65:
            if (len < 4) {
                out.put(" (too short, < 4)");
                return;
            }
            out.put("\n\t\t 4 Byte AS ");
            bgp::put_as(ctx, c.be32(v));
            break;
        case 69:
            if (len == 0) {
                out.put(" (bogus)");
                break;
            }
            for (uint32_t t = len, o = 0; t != 0; t -= 4, o += 4) {
                if (t < 4) {
                    ctx.print_invalid();
                    break;
                }
                out.put("\n\t\t");
                put_afi_safi(ctx, c, v + o, v + o + 2);
                const uint8_t dir = c.u8(v + o + 3);
                out.put(", Send/Receive: ");
                const char* n = tok_lookup(kAddPathDir, dir);
                if (n) out.put(n);
                else out.f("Bogus (0x{:02x})", dir);
            }
            break;
        default:
            out.f("\n\t\tno decoder for Capability {}", type);
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, v, "\n\t\t", len);
            break;
        }
        if (ctx.opt.vflag > 1 && len != 0) print_unknown_data(ctx, c, v, "\n\t\t", len);
        i += 2u + len;
    }
}

void open_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (!c.has(0, kOpenLen) || length < kOpenLen) {
        ctx.print_trunc();
        return;
    }
    out.f("\n\t  Version {}, ", c.u8(19));
    out.put("my AS ");
    bgp::put_as(ctx, c.be16(20));
    out.f(", Holdtime {}s, ", c.be16(22));
    out.put("ID ");
    put_ip4_at(ctx, c, 24);
    const uint32_t optslen = c.u8(28);
    out.f("\n\t  Optional parameters, length: {}", optslen);
    const size_t opt = kOpenLen;
    length -= kOpenLen;
    uint32_t i = 0;
    while (i < optslen && !ctx.truncated) {
        if (!c.has(opt + i, 2) || length < 2 + i) {
            ctx.print_trunc();
            return;
        }
        const uint8_t type = c.u8(opt + i);
        const uint8_t len = c.u8(opt + i + 1);
        if (2 + i + len > optslen) {
            out.f("\n\t     Option {}, length: {}, goes past the end of the options", type, len);
            break;
        }
        out.f("\n\t    Option {} ({}), length: {}", tok_or(kOptions, type, "Unknown"), type, len);
        if (type == 2) capabilities_print(ctx, c, opt + i + 2, len);
        else out.f("\n\t      no decoder for option {}", type);
        i += 2u + len;
    }
}

// Withdrawn routes or NLRI of an UPDATE: IPv4 prefixes, maybe with path identifiers.
// Returns false when tcpdump gives up with its truncation marker.
void update_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < kHeaderLen) {
        ctx.print_trunc();
        return;
    }
    size_t p = kHeaderLen;
    length -= kHeaderLen;
    auto trunc = [&] { ctx.print_trunc(); };
    if (!c.has(p, 2) || length < 2) return trunc();
    uint32_t wlen = c.be16(p);
    p += 2;
    length -= 2;
    if (wlen > 1) {
        if (!c.has(p, wlen) || length < wlen) return trunc();
        out.put("\n\t  Withdrawn routes:");
        const bool ap = bgp::check_add_path(c, p, wlen, 32);
        uint32_t path_id = 0;
        while (wlen != 0 && !ctx.truncated) {
            if (ap) {
                if (wlen < 4) {
                    p += wlen;
                    length -= wlen;
                    break;
                }
                path_id = c.be32(p);
                p += 4;
                length -= 4;
                wlen -= 4;
            }
            bgp::TextBuf b;
            const int n = bgp::decode_prefix4(c, p, wlen, b);
            if (ctx.truncated) return;
            if (n == -1) {
                out.put("\n\t    (illegal prefix length)");
                break;
            }
            if (n == -2) return trunc();
            out.put("\n\t    ");
            out.put(b.view());
            if (ap) out.f("   Path Id: {}", path_id);
            p += static_cast<uint32_t>(n);
            length -= static_cast<uint32_t>(n);
            wlen -= static_cast<uint32_t>(n);
        }
    } else {
        if (!c.has(p, wlen) || length < wlen) return trunc();
        p += wlen;
        length -= wlen;
    }
    if (ctx.truncated) return;

    if (!c.has(p, 2) || length < 2) return trunc();
    uint32_t len = c.be16(p);
    p += 2;
    length -= 2;
    if (wlen == 0 && len == 0 && length == 0) {
        out.put("\n\t  End-of-Rib Marker (empty NLRI)");
        return;
    }
    if (len) {
        if (length < len) return trunc();
        while (len && !ctx.truncated) {
            if (!c.has(p, 2) || length < 2) return trunc();
            if (len < 2) {
                out.put("\n\t  [path attrs too short]");
                p += len;
                length -= len;
                break;
            }
            const uint8_t aflags = c.u8(p);
            const uint8_t atype = c.u8(p + 1);
            p += 2;
            len -= 2;
            length -= 2;
            const uint32_t alenlen = (aflags & 0x10) ? 2 : 1;
            if (!c.has(p, alenlen) || length < alenlen) return trunc();
            if (len < alenlen) {
                out.put("\n\t  [path attrs too short]");
                p += len;
                length -= len;
                break;
            }
            const uint32_t alen = alenlen == 2 ? c.be16(p) : c.u8(p);
            p += alenlen;
            len -= alenlen;
            length -= alenlen;
            out.f("\n\t  {} ({}), length: {}", tok_or(bgp::attr_names(), atype, "Unknown Attribute"),
                  atype, alen);
            if (aflags) {
                bgp::put_update_attr_flags(ctx, aflags);
                out.put(": ");
            }
            if (len < alen) {
                out.put(" [path attrs too short]");
                p += len;
                length -= len;
                break;
            }
            if (length < alen) return trunc();
            if (!bgp::attr_print(ctx, atype, c, p, alen, 0)) return trunc();
            p += alen;
            len -= alen;
            length -= alen;
        }
    }
    if (ctx.truncated) return;

    if (length) {
        const bool ap = bgp::check_add_path(c, p, length, 32);
        out.put("\n\t  Updated routes:");
        while (length != 0 && !ctx.truncated) {
            uint32_t path_id = 0;
            if (ap) {
                if (!c.has(p, 4) || length < 4) return trunc();
                path_id = c.be32(p);
                p += 4;
                length -= 4;
            }
            bgp::TextBuf b;
            const int n = bgp::decode_prefix4(c, p, length, b);
            if (ctx.truncated) return;
            if (n == -1) {
                out.put("\n\t    (illegal prefix length)");
                break;
            }
            if (n == -2) return trunc();
            out.put("\n\t    ");
            out.put(b.view());
            if (ap) out.f("   Path Id: {}", path_id);
            p += static_cast<uint32_t>(n);
            length -= static_cast<uint32_t>(n);
        }
    }
}

void notification_code_print(Ctx& ctx, const Cursor& c, size_t d, uint32_t length, uint8_t major,
                             uint8_t minor) {
    OutBuf& out = ctx.out;
    out.f(", {} ({})", tok_or(kNotifyMajor, major, "Unknown Error"), major);
    auto sub = [&](std::span<const Tok> t, const char* lead) {
        out.f("{}subcode {} ({})", lead, tok_or(t, minor, "Unknown"), minor);
    };
    switch (major) {
    case 1: sub(kMinorMsg, ", "); break;
    case 2: sub(kMinorOpen, ", "); break;
    case 3: sub(kMinorUpdate, ", "); break;
    case 5: sub(kMinorFsm, " "); break;
    case 7: sub(kMinorCap, " "); break;
    case 6:
        sub(kMinorCease, ", ");
        if (minor == 1 && length >= 7) {
            const uint16_t afi = c.be16(d);
            const uint8_t safi = c.u8(d + 2);
            const uint32_t maxp = c.be32(d + 3);
            if (ctx.truncated) return;
            out.f(", AFI {} ({}), SAFI {} ({}), Max Prefixes: {}", tok_or(bgp::af_names(), afi, "Unknown"),
                  afi, tok_or(bgp::safi_names(), safi, "Unknown"), safi, maxp);
        }
        if ((minor == 2 || minor == 4) && length >= 1) {
            const uint8_t clen = c.u8(d);
            uint32_t rem = 0;
            if (clen > length - 1) {
                out.put(", invalid Shutdown Communication length");
            } else if (clen == 0) {
                out.put(", empty Shutdown Communication");
                rem = 1;
            } else {
                out.f(", Shutdown Communication (length: {}): \"", clen);
                put_string_n(ctx, c, d + 1, clen);
                out.put('"');
                rem = clen + 1u;
            }
            if (length > rem && !ctx.truncated) {
                out.f(", Data: (length: {})", length - rem);
                if (c.need(d + rem, length - rem))
                    print_unknown_data(ctx, c, d + rem, "\n\t\t", length - rem);
            }
        }
        break;
    default:
        break;
    }
}

void route_refresh_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    if (!c.has(0, kRouteRefreshLen)) {
        ctx.print_trunc();
        return;
    }
    if (len < kRouteRefreshLen) return;
    ctx.out.put("\n\t  ");
    put_afi_safi(ctx, c, 19, 22);
    if (ctx.opt.vflag > 1) {
        if (!c.has(0, len)) {
            ctx.print_trunc();
            return;
        }
        print_unknown_data(ctx, c, 0, "\n\t  ", len);
    }
}

void pdu_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    const uint8_t type = c.u8(18);
    out.f("\n\t{} Message ({}), length: {}", tok_or(kMessages, type, "Unknown"), type, length);
    switch (type) {
    case 1:
        open_print(ctx, c, length);
        break;
    case 2:
        update_print(ctx, c, length);
        break;
    case 3:
        if (length < kNotificationLen) break;
        notification_code_print(ctx, c, kNotificationLen, length - kNotificationLen, c.u8(19), c.u8(20));
        break;
    case 4:
        break;
    case 5:
        route_refresh_print(ctx, c, length);
        break;
    default:
        out.f("\n\t  no Message {} decoder", type);
        print_unknown_data(ctx, c, 0, "\n\t  ", length);
        break;
    }
}

}  // namespace

void bgp_print(Ctx& ctx, Cursor c, uint32_t /*length*/) {
    ctx.proto = "bgp";
    OutBuf& out = ctx.out;
    out.put(": BGP");
    if (ctx.opt.vflag < 1) return;
    const auto data = c.rest(0);
    size_t p = 0, start = 0;
    while (p < data.size() && !ctx.truncated) {
        if (data[p] != 0xff) {
            ++p;
            continue;
        }
        if (data.size() - p < 16) break;
        static constexpr uint8_t kMarker[16] = {0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
                                                0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
        if (std::memcmp(data.data() + p, kMarker, 16) != 0) {
            ++p;
            continue;
        }
        if (data.size() - p < kHeaderLen) {
            ctx.print_trunc();
            return;
        }
        if (start != p) ctx.print_trunc();
        const uint32_t hlen = c.be16(p + 16);
        if (hlen < kHeaderLen) {
            out.f("\nmessage length {} < {}", hlen, kHeaderLen);
            ctx.print_invalid();
            break;
        }
        if (c.has(p, hlen)) {
            pdu_print(ctx, c.skip(p), hlen);
            p += hlen;
            start = p;
        } else {
            out.f("\n[|BGP {}]", tok_or(kMessages, c.u8(p + 18), "Unknown Message Type"));
            break;
        }
    }
}

}  // namespace rd
