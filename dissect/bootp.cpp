// BOOTP (RFC 951) and DHCPv4 (RFC 2131/2132) on UDP ports 67/68: the fixed header, the
// RFC 1048 vendor options (with relay agent info, classless routes, client FQDN, user
// class, MUD URL, RFC 5859 TFTP servers) and the old CMU vendor area.
#include "bootp.hpp"

namespace rd {

namespace {

constexpr size_t kOffChaddr = 28;
constexpr size_t kOffSname = 44;
constexpr size_t kOffFile = 108;
constexpr size_t kOffVend = 236;

// How an option's value is shown (tcpdump's format letters): the name comes after.
enum class Fmt : uint8_t {
    Ip,       // IPv4 addresses
    IpPair,   // address pairs "(a:b)"
    U32,      // unsigned 32-bit words
    S32,      // signed 32-bit words
    U16,      // 16-bit words
    Bytes,    // dotted decimal bytes
    Bool,     // Y/N
    Str,      // quoted string
    Special,  // its own code
};

struct OptDef {
    uint8_t tag;
    Fmt fmt;
    const char* name;
};

constexpr OptDef kOptions[] = {
    {0, Fmt::Bytes, "PAD"},
    {1, Fmt::Ip, "Subnet-Mask"},
    {2, Fmt::S32, "Time-Zone"},
    {3, Fmt::Ip, "Default-Gateway"},
    {4, Fmt::Ip, "Time-Server"},
    {5, Fmt::Ip, "IEN-Name-Server"},
    {6, Fmt::Ip, "Domain-Name-Server"},
    {7, Fmt::Ip, "LOG"},
    {8, Fmt::Ip, "CS"},
    {9, Fmt::Ip, "LPR-Server"},
    {10, Fmt::Ip, "IM"},
    {11, Fmt::Ip, "RL"},
    {12, Fmt::Str, "Hostname"},
    {13, Fmt::U16, "BS"},
    {255, Fmt::Bytes, "END"},
    {14, Fmt::Str, "DP"},
    {15, Fmt::Str, "Domain-Name"},
    {16, Fmt::Ip, "SS"},
    {17, Fmt::Str, "RP"},
    {18, Fmt::Str, "EP"},
    {19, Fmt::Bool, "IPF"},
    {20, Fmt::Bool, "SRT"},
    {21, Fmt::IpPair, "PF"},
    {22, Fmt::U16, "RSZ"},
    {23, Fmt::Bytes, "TTL"},
    {24, Fmt::U32, "MTU-Timeout"},
    {25, Fmt::U16, "MTU-Table"},
    {26, Fmt::U16, "MTU"},
    {27, Fmt::Bool, "LSN"},
    {28, Fmt::Ip, "BR"},
    {29, Fmt::Bool, "MD"},
    {30, Fmt::Bool, "MS"},
    {31, Fmt::Bool, "Router-Discovery"},
    {32, Fmt::Ip, "RSA"},
    {33, Fmt::IpPair, "Static-Route"},
    {34, Fmt::Bool, "UT"},
    {35, Fmt::U32, "AT"},
    {36, Fmt::Bool, "IE"},
    {37, Fmt::Bytes, "TT"},
    {38, Fmt::U32, "KI"},
    {39, Fmt::Bool, "KG"},
    {40, Fmt::Str, "YD"},
    {41, Fmt::Ip, "YS"},
    {42, Fmt::Ip, "NTP"},
    {43, Fmt::Bytes, "Vendor-Option"},
    {44, Fmt::Ip, "Netbios-Name-Server"},
    {45, Fmt::Ip, "WDD"},
    {46, Fmt::Special, "Netbios-Node"},
    {47, Fmt::Str, "Netbios-Scope"},
    {48, Fmt::Ip, "XFS"},
    {49, Fmt::Ip, "XDM"},
    {64, Fmt::U16, "N+D"},
    {65, Fmt::Ip, "N+S"},
    {68, Fmt::Ip, "MH"},
    {69, Fmt::Ip, "SMTP"},
    {70, Fmt::Ip, "POP3"},
    {71, Fmt::Ip, "NNTP"},
    {72, Fmt::Ip, "WWW"},
    {73, Fmt::Ip, "FG"},
    {74, Fmt::Ip, "IRC"},
    {75, Fmt::Ip, "STS"},
    {76, Fmt::Ip, "STDA"},
    {50, Fmt::Ip, "Requested-IP"},
    {51, Fmt::U32, "Lease-Time"},
    {52, Fmt::Special, "OO"},
    {66, Fmt::Str, "TFTP"},
    {67, Fmt::Str, "BF"},
    {53, Fmt::Bytes, "DHCP-Message"},
    {54, Fmt::Ip, "Server-ID"},
    {55, Fmt::Bytes, "Parameter-Request"},
    {56, Fmt::Str, "MSG"},
    {57, Fmt::U16, "MSZ"},
    {58, Fmt::U32, "RN"},
    {59, Fmt::U32, "RB"},
    {60, Fmt::Str, "Vendor-Class"},
    {61, Fmt::Special, "Client-ID"},
    {98, Fmt::Str, "UAP"},
    {116, Fmt::Bool, "NOAUTO"},
    {78, Fmt::Bytes, "SLP-DA"},
    {79, Fmt::Bytes, "SLP-SCOPE"},
    {117, Fmt::U16, "NSSEARCH"},
    {77, Fmt::Special, "User-Class"},
    {118, Fmt::Ip, "SUBNET"},
    {121, Fmt::Special, "Classless-Static-Route"},
    {249, Fmt::Special, "Classless-Static-Route-Microsoft"},
    {150, Fmt::Ip, "TFTP-Server-Address"},
    {80, Fmt::Str, "SLP-NA"},
    {81, Fmt::Special, "FQDN"},
    {82, Fmt::Special, "Agent-Information"},
    {83, Fmt::Bytes, "ARMT"},
    {88, Fmt::Str, "TZSTR"},
    {89, Fmt::Bytes, "FQDNS"},
    {90, Fmt::Bytes, "AUTH"},
    {91, Fmt::S32, "Last-Transaction-Time"},
    {92, Fmt::Ip, "Associated-IP"},
    {93, Fmt::U16, "ARCH"},
    {94, Fmt::Bytes, "NDI"},
    {97, Fmt::Bytes, "GUID"},
    {95, Fmt::Str, "LDAP"},
    {100, Fmt::Str, "POSIX-TZ"},
    {101, Fmt::Str, "TZ-Name"},
    {112, Fmt::Ip, "NI"},
    {113, Fmt::Str, "NITAG"},
    {114, Fmt::Str, "URL"},
    {161, Fmt::Str, "MUD-URL"},
};

const OptDef* find_option(uint8_t tag) {
    for (const auto& d : kOptions)
        if (d.tag == tag) return &d;
    return nullptr;
}

constexpr Tok kOps[] = {{1, "Request"}, {2, "Reply"}};
constexpr Tok kFlags[] = {{0x8000, "Broadcast"}};
constexpr Tok kOverload[] = {{1, "file"}, {2, "sname"}, {3, "file+sname"}};
constexpr Tok kNetbiosNode[] = {{1, "b-node"}, {2, "p-node"}, {4, "m-node"}, {8, "h-node"}};
constexpr Tok kHwTypes[] = {{1, "ether"}, {6, "ieee802"}, {7, "arcnet"}, {15, "frelay"},
                            {23, "strip"}, {24, "ieee1394"}};
constexpr Tok kMsgTypes[] = {
    {1, "Discover"}, {2, "Offer"}, {3, "Request"}, {4, "Decline"}, {5, "ACK"}, {6, "NACK"},
    {7, "Release"}, {8, "Inform"}, {10, "LeaseQuery"}, {11, "LeaseUnassigned"},
    {12, "LeaseUnknown"}, {13, "LeaseActive"},
};
constexpr Tok kAgentSubopts[] = {{1, "Circuit-ID"}, {2, "Remote-ID"}, {6, "Subscriber-ID"}};
constexpr Tok kFqdnFlags[] = {{0x01, "S"}, {0x02, "O"}, {0x04, "E"}, {0x08, "N"}};

void put_quoted(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    ctx.out.put('"');
    put_string_n(ctx, c, off, n);
    ctx.out.put('"');
}

// The special options; p is the value, len its length. Returns the bytes left unused.
uint32_t special_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t len, uint8_t tag) {
    OutBuf& out = ctx.out;
    switch (tag) {
    case 46:
    case 52:
        if (len < 1) {
            out.put("[ERROR: length < 1 bytes]");
            return len;
        }
        {
            const uint8_t v = c.u8(p);
            const auto table = tag == 46 ? std::span<const Tok>(kNetbiosNode) : std::span<const Tok>(kOverload);
            put_tok(ctx, table, v, "#{}");
        }
        return len - 1;
    case 81: {
        if (len < 3) {
            out.put("[ERROR: length < 3 bytes]");
            return 0;
        }
        const uint8_t flags = c.u8(p);
        if (flags & 0xf0) out.f("[ERROR: MBZ nibble 0x{:x} != 0] ", (flags & 0xf0) >> 4);
        if (flags & 0x0f) {
            out.put('[');
            put_bits(ctx, kFqdnFlags, flags, "", "");
            out.put("] ");
        }
        const uint8_t r1 = c.u8(p + 1), r2 = c.u8(p + 2);
        if (r1 || r2) out.f("{}/{} ", r1, r2);
        put_quoted(ctx, c, p + 3, len - 3);
        return 0;
    }
    case 61: {
        if (len < 1) {
            out.put("[ERROR: length < 1 bytes]");
            return len;
        }
        const uint8_t type = c.u8(p);
        ++p;
        --len;
        if (type == 0) {
            put_quoted(ctx, c, p, len);
            return 0;
        }
        if (const char* n = tok_lookup(kHwTypes, type))
            out.f("{} ", n);
        else
            out.f("hardware-type {}, ", type);
        for (uint32_t i = 0; i < len && !ctx.truncated; ++i) {
            if (i) out.put(':');
            out.hex(c.u8(p + i), 2);
        }
        return 0;
    }
    case 82:
        while (len >= 2 && !ctx.truncated) {
            const uint8_t sub = c.u8(p);
            const uint8_t sublen = c.u8(p + 1);
            p += 2;
            len -= 2;
            const char* name = tok_lookup(kAgentSubopts, sub);
            out.f("\n\t      {} SubOption {}, length {}: ", name ? name : "Unknown", sub, sublen);
            if (sublen > len) {
                out.put("length goes past end of option");
                return 0;
            }
            if (name != nullptr)
                put_string_n(ctx, c, p, sublen);
            else
                print_unknown_data(ctx, c, p, "\n\t\t", sublen);
            len -= sublen;
            p += sublen;
        }
        return len;
    case 121:
    case 249: {
        if (len < 5) {
            out.put("[ERROR: length < 5 bytes]");
            return 0;
        }
        bool first = true;
        while (len > 0 && !ctx.truncated) {
            if (!first) out.put(',');
            first = false;
            const unsigned width = c.u8(p);
            ++p;
            --len;
            if (width > 32) {
                out.f("[ERROR: Mask width ({}) > 32]", width);
                return 0;
            }
            const unsigned sig = (width + 7) / 8;
            if (len < sig + 4) {
                out.f("[ERROR: Remaining length ({}) < {} bytes]", len, sig + 4);
                return 0;
            }
            out.put('(');
            if (width == 0) {
                out.put("default");
            } else {
                for (unsigned i = 0; i < sig; ++i) {
                    if (i) out.put('.');
                    out.dec(c.u8(p + i));
                }
                for (unsigned i = sig; i < 4; ++i) out.put(".0");
                out.f("/{}", width);
            }
            p += sig;
            out.put(':');
            put_ip4_at(ctx, c, p);
            out.put(')');
            p += 4;
            len -= sig + 4;
        }
        return 0;
    }
    case 77: {
        if (len < 2) {
            out.put("[ERROR: length < 2 bytes]");
            return 0;
        }
        unsigned n = 1;
        while (len > 0 && !ctx.truncated) {
            const uint8_t sublen = c.u8(p);
            ++p;
            --len;
            out.f("\n\t      instance#{}: ", n);
            if (sublen == 0) {
                out.put("[ERROR: suboption length must be non-zero]");
                return 0;
            }
            if (len < sublen) {
                out.put("[ERROR: invalid option]");
                return 0;
            }
            put_quoted(ctx, c, p, sublen);
            out.f(", length {}", sublen);
            ++n;
            len -= sublen;
            p += sublen;
        }
        return 0;
    }
    default:
        out.f("[unknown special tag {}, size {}]", tag, len);
        return 0;
    }
}

void rfc1048_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    out.put("\n\t  Vendor-rfc1048 Extensions");
    out.f("\n\t    Magic Cookie 0x{:08x}", c.be32(0));
    size_t p = 4;
    while (c.has(p, 1)) {
        const uint8_t tag = c.u8(p);
        ++p;
        if (tag == 0 && ctx.opt.vflag < 3) continue;
        if (tag == 255 && ctx.opt.vflag < 3) return;
        const OptDef* def = find_option(tag);
        uint32_t len = 0;
        if (tag != 0 && tag != 255) {
            len = c.u8(p);
            ++p;
        }
        if (ctx.truncated) return;
        out.f("\n\t    {} ({}), length {}{}", def ? def->name : "Unknown", tag, len, len > 0 ? ": " : "");
        if (tag == 0 && ctx.opt.vflag > 2) {
            unsigned n = 1;
            while (c.has(p, 1) && c.u8(p) == 0) {
                ++p;
                ++n;
            }
            if (n > 1) out.f(", occurs {}", n);
        }
        if (!c.has(p, len)) {
            ctx.print_trunc();
            return;
        }
        const size_t value = p;
        const uint32_t len0 = len;
        if (tag == 53 && len == 1) {
            put_tok(ctx, kMsgTypes, c.u8(p), "Unknown ({})");
            ++p;
            continue;
        }
        if (tag == 55) {
            for (uint32_t i = 0; i < len; ++i) {
                const uint8_t inner = c.u8(p + i);
                out.put(i % 4 == 0 ? "\n\t      " : ", ");
                const OptDef* d = find_option(inner);
                out.f("{} ({})", d ? d->name : "Unknown", inner);
            }
            p += len;
            continue;
        }
        Fmt fmt;
        if (def != nullptr)
            fmt = def->fmt;
        else
            fmt = (len & 1) ? Fmt::Bytes : (len & 2) ? Fmt::U16 : Fmt::U32;
        bool first = true;
        switch (fmt) {
        case Fmt::Str:
            put_quoted(ctx, c, p, len);
            p += len;
            len = 0;
            break;
        case Fmt::Ip:
        case Fmt::U32:
        case Fmt::S32:
            while (len >= 4) {
                if (!first) out.put(',');
                first = false;
                if (fmt == Fmt::Ip)
                    put_ip4_at(ctx, c, p);
                else if (fmt == Fmt::S32)
                    out.f("{}", static_cast<int32_t>(c.be32(p)));
                else
                    out.dec(c.be32(p));
                p += 4;
                len -= 4;
            }
            break;
        case Fmt::IpPair:
            while (len >= 8) {
                if (!first) out.put(',');
                first = false;
                out.put('(');
                put_ip4_at(ctx, c, p);
                out.put(':');
                put_ip4_at(ctx, c, p + 4);
                out.put(')');
                p += 8;
                len -= 8;
            }
            break;
        case Fmt::U16:
            while (len >= 2) {
                if (!first) out.put(',');
                first = false;
                out.dec(c.be16(p));
                p += 2;
                len -= 2;
            }
            break;
        case Fmt::Bool:
            while (len > 0) {
                if (!first) out.put(',');
                first = false;
                const uint8_t v = c.u8(p);
                if (v == 0)
                    out.put('N');
                else if (v == 1)
                    out.put('Y');
                else
                    out.f("{}?", v);
                ++p;
                --len;
            }
            break;
        case Fmt::Bytes:
            while (len > 0) {
                if (!first) out.put('.');
                first = false;
                out.dec(c.u8(p));
                ++p;
                --len;
            }
            break;
        case Fmt::Special: {
            len = special_print(ctx, c, p, len, tag);
            break;
        }
        }
        if (ctx.truncated) return;
        if (len) out.f("\n\t  trailing data length {}", len);
        p = value + len0;
    }
}

void cmu_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    out.put(" vend-cmu");
    (void)c.need(4, 4);
    const uint8_t flags = c.u8(4);
    if (ctx.truncated) return;
    if (flags & ~1u) out.f(" F:0x{:x}", flags);
    struct Field {
        size_t off;
        const char* name;
    };
    const Field fields[] = {
        {12, "DG"}, {8, (flags & 1) ? "SM" : "SM*"}, {16, "NS1"}, {20, "NS2"},
        {24, "IEN1"}, {28, "IEN2"}, {32, "TS1"}, {36, "TS2"},
    };
    for (const auto& f : fields) {
        if (!c.has(f.off, 4)) {
            ctx.print_trunc();
            return;
        }
        if (c.be32(f.off) != 0) {
            out.f(" {}:", f.name);
            put_ip4_at(ctx, c, f.off);
        }
    }
}

// A NUL-terminated name in a fixed field of n bytes (sname, file). False when the field
// has no NUL or the capture ends first (tcpdump 4.99.3 then ends with its marker).
bool put_field_name(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    for (size_t i = 0; i < n; ++i) {
        if (!c.has(off + i, 1)) return false;
        const uint8_t ch = c.u8(off + i);
        if (ch == 0) return true;
        put_char_escaped(ctx.out, ch);
    }
    return false;
}

}  // namespace

void bootp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "bootp";
    // Most fields are fetched as they are printed (running off the capture ends the
    // packet); the secs field and the vendor area are checked first (marker, return).
    auto have = [&](size_t off, size_t n) { return c.need(off, n); };
    auto check = [&](size_t off, size_t n) {
        if (c.has(off, n)) return true;
        ctx.print_trunc();
        return false;
    };
    if (!have(0, 1)) return;
    const uint8_t op = c.u8(0);
    out.put("BOOTP/DHCP, ");
    put_tok(ctx, kOps, op, "unknown (0x{:02x})");
    if (!have(2, 1)) return;
    const uint8_t htype = c.u8(1);
    const uint8_t hlen = c.u8(2);
    if (htype == 1 && hlen == 6 && op == 1) {
        if (!have(kOffChaddr, 6)) return;
        out.put(" from ");
        put_mac_at(ctx, c, kOffChaddr);
    }
    out.f(", length {}", length);
    if (!ctx.opt.vflag) return;
    if (!check(8, 2)) return;
    if (htype != 1) out.f(", htype {}", htype);
    if (htype != 1 || hlen != 6) out.f(", hlen {}", hlen);
    if (const uint8_t hops = c.u8(3)) out.f(", hops {}", hops);
    if (const uint32_t xid = c.be32(4)) out.f(", xid 0x{:x}", xid);
    if (const uint16_t secs = c.be16(8)) out.f(", secs {}", secs);
    if (!have(10, 2)) return;
    const uint16_t flags = c.be16(10);
    out.put(", Flags [");
    put_bits(ctx, kFlags, flags, ", ");
    out.put(']');
    if (ctx.opt.vflag > 1) out.f(" (0x{:04x})", flags);

    constexpr struct {
        size_t off;
        const char* label;
    } kAddrs[] = {{12, "Client-IP"}, {16, "Your-IP"}, {20, "Server-IP"}, {24, "Gateway-IP"}};
    for (const auto& a : kAddrs) {
        if (!have(a.off, 4)) return;
        if (c.be32(a.off) != 0) {
            out.f("\n\t  {} ", a.label);
            put_ip4_at(ctx, c, a.off);
        }
    }
    if (htype == 1 && hlen == 6) {
        if (!have(kOffChaddr, 6)) return;
        out.put("\n\t  Client-Ethernet-Address ");
        put_mac_at(ctx, c, kOffChaddr);
    }
    if (!have(kOffSname, 1)) return;
    if (c.u8(kOffSname) != 0) {
        out.put("\n\t  sname \"");
        const bool ok = put_field_name(ctx, c, kOffSname, 64);
        out.put('"');
        if (!ok) {
            ctx.print_trunc();
            return;
        }
    }
    if (!have(kOffFile, 1)) return;
    if (c.u8(kOffFile) != 0) {
        out.put("\n\t  file \"");
        const bool ok = put_field_name(ctx, c, kOffFile, 128);
        out.put('"');
        if (!ok) {
            ctx.print_trunc();
            return;
        }
    }
    if (!check(kOffVend, 4)) return;
    const Cursor vend = c.skip(kOffVend);
    const uint32_t magic = vend.be32(0);
    if (magic == 0x63825363)
        rfc1048_print(ctx, vend);
    else if (magic == 0x434d5500)  // "CMU\0"
        cmu_print(ctx, vend);
    else if (magic != 0)
        out.f("\n\t  Vendor-#0x{:x}", magic);
}

}  // namespace rd
