// HNCP (RFC 7788) over DNCP (RFC 7787), UDP port 8231: nested TLVs, shown one per line,
// or folded into a one-line list of names ("Node endpoint, Node state (x2)") at the
// depths the verbosity does not open.
#include <cstring>
#include <vector>

#include "babel.hpp"

namespace rd {

namespace {

enum Type : uint16_t {
    kRequestNetworkState = 1, kRequestNodeState = 2, kNodeEndpoint = 3, kNetworkState = 4,
    kNodeState = 5, kPeer = 8, kKeepAliveInterval = 9, kTrustVerdict = 10,
    kHncpVersion = 32, kExternalConnection = 33, kDelegatedPrefix = 34, kAssignedPrefix = 35,
    kNodeAddress = 36, kDhcpv4Data = 37, kDhcpv6Data = 38, kDnsDelegatedZone = 39,
    kDomainName = 40, kNodeName = 41, kManagedPsk = 42, kPrefixPolicy = 43,
};
// Classes of types without a name of their own (values above any 16-bit type).
constexpr uint32_t kRangeReserved = 0x10000, kRangeUnassigned = 0x10001,
                   kRangePrivateUse = 0x10002, kRangeFutureUse = 0x10003;

constexpr Tok kTypeNames[] = {
    {kRequestNetworkState, "Request network state"},
    {kRequestNodeState, "Request node state"},
    {kNodeEndpoint, "Node endpoint"},
    {kNetworkState, "Network state"},
    {kNodeState, "Node state"},
    {kPeer, "Peer"},
    {kKeepAliveInterval, "Keep-alive interval"},
    {kTrustVerdict, "Trust-Verdict"},
    {kHncpVersion, "HNCP-Version"},
    {kExternalConnection, "External-Connection"},
    {kDelegatedPrefix, "Delegated-Prefix"},
    {kPrefixPolicy, "Prefix-Policy"},
    {kDhcpv4Data, "DHCPv4-Data"},
    {kDhcpv6Data, "DHCPv6-Data"},
    {kAssignedPrefix, "Assigned-Prefix"},
    {kNodeAddress, "Node-Address"},
    {kDnsDelegatedZone, "DNS-Delegated-Zone"},
    {kDomainName, "Domain-Name"},
    {kNodeName, "Node-Name"},
    {kManagedPsk, "Managed-PSK"},
    {kRangeReserved, "Reserved"},
    {kRangeUnassigned, "Unassigned"},
    {kRangePrivateUse, "Private use"},
    {kRangeFutureUse, "Future use"},
};

constexpr Tok kDhcp4Options[] = {{6, "DNS-server"}, {42, "NTP-server"}, {119, "DNS-search"}};
constexpr Tok kDhcp6Options[] = {{23, "DNS-server"}, {24, "DNS-search-list"}, {31, "SNTP-servers"}};

constexpr uint8_t kV4Mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

bool v4_mapped_at(const Cursor& c, size_t off) {
    for (size_t k = 0; k < 12; ++k)
        if (c.u8(off + k) != kV4Mapped[k]) return false;
    return true;
}

void put_indent(Ctx& ctx, int indent) {
    ctx.out.put('\n');
    for (int t = indent; t > 0; --t) ctx.out.put('\t');
}

void put_nid(Ctx& ctx, const Cursor& c, size_t off) {
    ctx.out.f("{:02x}:{:02x}:{:02x}:{:02x}", c.u8(off), c.u8(off + 1), c.u8(off + 2), c.u8(off + 3));
}

void put_256(Ctx& ctx, const Cursor& c, size_t off) {
    for (size_t k = 0; k < 32; ++k) ctx.out.hex(c.u8(off + k), 2);
}

// Milliseconds.
void put_interval(Ctx& ctx, uint32_t n) { ctx.out.f("{}.{:03}s", n / 1000, n % 1000); }

// A 16-byte address, shown as IPv4 when it is IPv4-mapped.
void put_ip6addr(Ctx& ctx, const Cursor& c, size_t off) {
    if (v4_mapped_at(c, off))
        put_ip4_at(ctx, c, off + 12);
    else
        put_ip6_at(ctx, c, off);
}

// A prefix (length byte, then the significant bytes) at off in max_length bytes. Returns
// the bytes used, -1 for a length too long for the family, -2/-3 when it does not fit.
int print_prefix(Ctx& ctx, const Cursor& c, size_t off, unsigned max_length) {
    const unsigned first = c.u8(off);
    if (first >= 96 && max_length >= 13 && v4_mapped_at(c, off + 1)) {
        const unsigned plen = first - 96;
        if (plen > 32) return -1;
        const unsigned bytes = (plen + 7) / 8;
        if (max_length - 1 < bytes + 12) return -3;
        uint8_t a[4] = {};
        for (unsigned k = 0; k < bytes; ++k) a[k] = c.u8(off + 13 + k);
        if (plen % 8) a[bytes - 1] &= static_cast<uint8_t>(0xff00 >> (plen % 8));
        put_addr(ctx, std::span<const uint8_t>(a, 4));
        ctx.out.f("/{}", plen);
        return static_cast<int>(bytes + 13);
    }
    if (max_length < 1) return -2;
    const unsigned plen = first;
    if (plen > 128) return -1;
    const unsigned bytes = (plen + 7) / 8;
    if (max_length - 1 < bytes) return -2;
    uint8_t a[16] = {};
    for (unsigned k = 0; k < bytes; ++k) a[k] = c.u8(off + 1 + k);
    if (plen % 8) a[bytes - 1] &= static_cast<uint8_t>(0xff00 >> (plen % 8));
    put_addr(ctx, std::span<const uint8_t>(a, 16));
    ctx.out.f("/{}", plen);
    return static_cast<int>(bytes + 1);
}

// Labels (length byte + text, no compression) in max_length bytes at off; returns the
// bytes used, or -1 (after "[|DNS]") when the name does not end inside.
int print_dns_label(Ctx& ctx, const Cursor& c, size_t off, unsigned max_length) {
    unsigned length = 0;
    while (length < max_length) {
        const unsigned lab = c.u8(off + length);
        length++;
        if (lab == 0) return static_cast<int>(length);
        if (length > 1) ctx.out.put('.');
        if (length + lab > max_length) {
            put_string_nul_padded(ctx, c, off + length, max_length - length);
            break;
        }
        put_string_nul_padded(ctx, c, off + length, lab);
        length += lab;
    }
    ctx.out.put("[|DNS]");
    return -1;
}

// Domain names of a DHCP option (compression pointers count from the option's end, as
// tcpdump has it); false when one could not be printed.
bool names_print(Ctx& ctx, const Cursor& c, size_t off, size_t end) {
    size_t p = off;
    while (p < end) {
        ctx.out.put(' ');
        p = fqdn_print(ctx, c, p, end);
        if (p == SIZE_MAX) return false;
    }
    return true;
}

// DHCPv4 options in length bytes at off; false when malformed.
bool dhcpv4_print(Ctx& ctx, const Cursor& c, size_t off, unsigned length, int indent) {
    unsigned i = 0;
    while (i < length) {
        if (i + 2 > length) return false;
        const uint8_t type = c.u8(off + i), optlen = c.u8(off + i + 1);
        const size_t value = off + i + 2;
        put_indent(ctx, indent);
        put_tok(ctx, kDhcp4Options, type, "Unknown");
        ctx.out.f(" ({})", optlen + 2);
        if (i + 2 + optlen > length) return false;
        switch (type) {
        case 6:
        case 42:
            if (optlen < 4 || optlen % 4 != 0) return false;
            for (unsigned t = 0; t < optlen; t += 4) {
                ctx.out.put(' ');
                put_ip4_at(ctx, c, value + t);
            }
            break;
        case 119:
            if (!names_print(ctx, c, value, value + optlen)) return false;
            break;
        default: break;
        }
        i += 2 + optlen;
    }
    return true;
}

// DHCPv6 options in length bytes at off; false when malformed.
bool dhcpv6_print(Ctx& ctx, const Cursor& c, size_t off, unsigned length, int indent) {
    unsigned i = 0;
    while (i < length) {
        if (i + 4 > length) return false;
        const uint16_t type = c.be16(off + i), optlen = c.be16(off + i + 2);
        const size_t value = off + i + 4;
        put_indent(ctx, indent);
        put_tok(ctx, kDhcp6Options, type, "Unknown");
        ctx.out.f(" ({})", optlen + 4);
        if (i + 4 + optlen > length) return false;
        switch (type) {
        case 23:
        case 31:
            if (optlen % 16 != 0) {
                ctx.print_invalid();
                return false;
            }
            for (unsigned t = 0; t < optlen; t += 16) {
                ctx.out.put(' ');
                put_ip6_at(ctx, c, value + t);
            }
            break;
        case 24:
            if (!names_print(ctx, c, value, value + optlen)) return false;
            break;
        default: break;
        }
        i += 4 + optlen;
    }
    return true;
}

uint32_t type_class(uint16_t type) {
    if (tok_lookup(kTypeNames, type) != nullptr) return type;
    if (type == 0) return kRangeReserved;
    if (type >= 44 && type <= 511) return kRangeUnassigned;
    if (type >= 768 && type <= 1023) return kRangePrivateUse;
    return kRangeFutureUse;
}

unsigned round4(unsigned n) { return (n + 3) & ~3u; }

// TLVs nested in a TLV, printed after it one level deeper.
struct Nested {
    size_t off = 0;
    unsigned len = 0;
    bool present = false;
};

// The body of one TLV of class `cls` (bodylen bytes at value, captured), shown in full.
// Returns the nested TLVs that follow it, if any.
Nested tlv_body_print(Ctx& ctx, const Cursor& c, uint32_t cls, size_t value, unsigned bodylen,
                      int indent) {
    OutBuf& out = ctx.out;
    switch (cls) {
    case kRequestNetworkState:
        if (bodylen != 0) ctx.print_invalid();
        break;
    case kRequestNodeState:
        if (bodylen != 4) {
            ctx.print_invalid();
            break;
        }
        out.put(" NID: ");
        put_nid(ctx, c, value);
        break;
    case kNodeEndpoint:
        if (bodylen != 8) {
            ctx.print_invalid();
            break;
        }
        out.put(" NID: ");
        put_nid(ctx, c, value);
        out.f(" EPID: {:08x}", c.be32(value + 4));
        break;
    case kNetworkState:
        if (bodylen != 8) {
            ctx.print_invalid();
            break;
        }
        out.f(" hash: {:016x}", c.be64(value));
        break;
    case kNodeState:
        if (bodylen < 20) {
            ctx.print_invalid();
            break;
        }
        out.put(" NID: ");
        put_nid(ctx, c, value);
        out.f(" seqno: {} ", c.be32(value + 4));
        put_interval(ctx, c.be32(value + 8));
        out.f(" hash: {:016x}", c.be64(value + 12));
        return {value + 20, bodylen - 20, true};
    case kPeer:
        if (bodylen != 12) {
            ctx.print_invalid();
            break;
        }
        out.put(" Peer-NID: ");
        put_nid(ctx, c, value);
        out.f(" Peer-EPID: {:08x} Local-EPID: {:08x}", c.be32(value + 4), c.be32(value + 8));
        break;
    case kKeepAliveInterval:
        if (bodylen < 8) {
            ctx.print_invalid();
            break;
        }
        out.f(" EPID: {:08x} Interval: ", c.be32(value));
        put_interval(ctx, c.be32(value + 4));
        break;
    case kTrustVerdict:
        if (bodylen <= 36) {
            ctx.print_invalid();
            break;
        }
        out.f(" Verdict: {} Fingerprint: ", c.u8(value));
        put_256(ctx, c, value + 4);
        out.put(" Common Name: ");
        put_string_nul_padded(ctx, c, value + 36, bodylen - 36);
        break;
    case kHncpVersion: {
        if (bodylen < 5) {
            ctx.print_invalid();
            break;
        }
        const uint16_t caps = c.be16(value + 2);
        out.f(" M: {} P: {} H: {} L: {} User-agent: ", caps >> 12 & 0xf, caps >> 8 & 0xf,
              caps >> 4 & 0xf, caps & 0xf);
        put_string_nul_padded(ctx, c, value + 4, bodylen - 4);
        break;
    }
    case kExternalConnection: return {value, bodylen, true};
    case kDelegatedPrefix: {
        if (bodylen < 9 || bodylen < 9 + (c.u8(value + 8) + 7u) / 8) {
            ctx.print_invalid();
            break;
        }
        out.put(" VLSO: ");
        put_interval(ctx, c.be32(value));
        out.put(" PLSO: ");
        put_interval(ctx, c.be32(value + 4));
        out.put(" Prefix: ");
        int l = print_prefix(ctx, c, value + 8, bodylen - 8);
        if (l == -1) {
            out.put("(length is invalid)");
            break;
        }
        if (l < 0) {
            ctx.print_invalid();
            break;
        }
        l += 8 + (-l & 3);
        if (bodylen >= static_cast<unsigned>(l))
            return {value + l, bodylen - static_cast<unsigned>(l), true};
        break;
    }
    case kPrefixPolicy: {
        if (bodylen < 1) {
            ctx.print_invalid();
            break;
        }
        const uint8_t policy = c.u8(value);
        out.put(" type: ");
        if (policy == 0) {
            if (bodylen != 1) {
                ctx.print_invalid();
                break;
            }
            out.put("Internet connectivity");
        } else if (policy <= 128) {
            out.put("Dest-Prefix: ");
            const int l = print_prefix(ctx, c, value, bodylen);
            if (l == -1)
                out.put("(length is invalid)");
            else if (l < 0)
                ctx.print_invalid();
        } else if (policy == 129) {
            out.put("DNS domain: ");
            print_dns_label(ctx, c, value + 1, bodylen - 1);
        } else if (policy == 130) {
            out.put("Opaque UTF-8: ");
            put_string_nul_padded(ctx, c, value + 1, bodylen - 1);
        } else if (policy == 131) {
            if (bodylen != 1) {
                ctx.print_invalid();
                break;
            }
            out.put("Restrictive assignment");
        } else {
            out.f("Unknown ({})", policy);
        }
        break;
    }
    case kDhcpv6Data:
        if (bodylen == 0 || !dhcpv6_print(ctx, c, value, bodylen, indent + 1)) ctx.print_invalid();
        break;
    case kAssignedPrefix: {
        if (bodylen < 6 || bodylen < 6 + (c.u8(value + 5) + 7u) / 8) {
            ctx.print_invalid();
            break;
        }
        out.f(" EPID: {:08x} Prty: {}", c.be32(value), c.u8(value + 4) & 0xf);
        out.put(" Prefix: ");
        int l = print_prefix(ctx, c, value + 5, bodylen - 5);
        if (l < 0) {
            ctx.print_invalid();
            break;
        }
        l += 5;
        l += -l & 3;
        if (bodylen >= static_cast<unsigned>(l))
            return {value + l, bodylen - static_cast<unsigned>(l), true};
        break;
    }
    case kNodeAddress:
        if (bodylen < 20) {
            ctx.print_invalid();
            break;
        }
        out.f(" EPID: {:08x} IP Address: ", c.be32(value));
        put_ip6addr(ctx, c, value + 4);
        return {value + 20, bodylen - 20, true};
    case kDnsDelegatedZone: {
        if (bodylen < 17) {
            ctx.print_invalid();
            break;
        }
        out.put(" IP-Address: ");
        put_ip6addr(ctx, c, value);
        const uint8_t flags = c.u8(value + 16);
        out.put(' ');
        out.put(flags & 4 ? 'l' : '-');
        out.put(flags & 2 ? 'b' : '-');
        out.put(flags & 1 ? 's' : '-');
        out.put(' ');
        int len = print_dns_label(ctx, c, value + 17, bodylen - 17);
        if (len < 0) {
            ctx.print_invalid();
            break;
        }
        len += 17;
        len += -len & 3;
        if (bodylen >= static_cast<unsigned>(len))
            return {value + len, bodylen - static_cast<unsigned>(len), true};
        break;
    }
    case kDomainName:
        if (bodylen == 0) {
            ctx.print_invalid();
            break;
        }
        out.put(" Domain: ");
        print_dns_label(ctx, c, value, bodylen);
        break;
    case kNodeName: {
        if (bodylen < 17) {
            ctx.print_invalid();
            break;
        }
        unsigned l = c.u8(value + 16);
        if (bodylen < 17 + l) {
            ctx.print_invalid();
            break;
        }
        out.put(" IP-Address: ");
        put_ip6addr(ctx, c, value);
        out.put(" Name: ");
        if (l < 64) {
            out.put('"');
            put_string_nul_padded(ctx, c, value + 17, l);
            out.put('"');
        } else {
            ctx.print_invalid();
        }
        l = round4(l + 17);
        if (bodylen >= l) return {value + l, bodylen - l, true};
        break;
    }
    case kManagedPsk:
        if (bodylen < 32) {
            ctx.print_invalid();
            break;
        }
        out.put(" PSK: ");
        put_256(ctx, c, value);
        return {value + 32, bodylen - 32, true};
    default: break;  // the ranges: name and type only
    }
    return {};
}

// Folded form: runs of TLVs of one class as "Name (xN)", joined by ", ".
struct InlineList {
    uint32_t last = 0xffffffffu;
    int count = -1;
    bool first = true;

    void flush(Ctx& ctx, int indent) {
        if (count <= 0) return;
        if (first) {
            first = false;
            if (indent > 1)
                put_indent(ctx, indent);
            else
                ctx.out.put(' ');
        } else {
            ctx.out.put(", ");
        }
        put_tok(ctx, kTypeNames, last, "Easter Egg");
        if (count > 1) ctx.out.f(" (x{})", count);
    }
};

// One list of TLVs being printed: length bytes at off, i of them done, at nesting depth
// indent (1 = top).
struct Level {
    size_t off;
    unsigned length;
    unsigned i;
    int indent;
    bool in_line;
    InlineList list;
};

bool in_line_at(const Ctx& ctx, int indent) {
    const int v = ctx.opt.vflag;
    return indent - 1 >= v && v < 3;
}

// The TLVs in length bytes at off. Nesting is kept on an explicit stack (a TLV's children
// follow it before its next sibling): crafted packets nest thousands of levels deep.
void tlvs_print(Ctx& ctx, const Cursor& c, size_t off, unsigned length) {
    thread_local std::vector<Level> stack;  // keeps its capacity from packet to packet
    stack.clear();
    stack.push_back(Level{off, length, 0, 1, in_line_at(ctx, 1), {}});
    while (!stack.empty()) {
        Level& lv = stack.back();
        if (lv.i >= lv.length) {
            lv.list.flush(ctx, lv.indent);
            stack.pop_back();
            continue;
        }
        const size_t tlv = lv.off + lv.i;
        if (!lv.in_line) put_indent(ctx, lv.indent);
        // A cut or overlong TLV ends its own list; the enclosing lists go on.
        if (!c.has(tlv, 4)) {
            ctx.print_trunc();
            stack.pop_back();
            continue;
        }
        if (lv.i + 4 > lv.length) {
            ctx.print_invalid();
            stack.pop_back();
            continue;
        }
        const uint16_t type = c.be16(tlv);
        const unsigned bodylen = c.be16(tlv + 2);
        if (!c.has(tlv + 4, bodylen)) {
            ctx.print_trunc();
            stack.pop_back();
            continue;
        }
        if (lv.i + bodylen + 4 > lv.length) {
            ctx.print_invalid();
            stack.pop_back();
            continue;
        }
        const uint32_t cls = type_class(type);
        lv.i += 4 + round4(bodylen);
        if (lv.in_line) {
            if (lv.list.last == cls) {
                lv.list.count++;
            } else {
                lv.list.flush(ctx, lv.indent);
                lv.list.last = cls;
                lv.list.count = 1;
            }
            continue;
        }
        put_tok(ctx, kTypeNames, cls, "Easter Egg (42)");
        if (cls > 0xffff) ctx.out.f(": type={}", type);
        ctx.out.f(" ({})", bodylen + 4);
        const int indent = lv.indent;
        if (cls == kDhcpv4Data) {
            // A bad option ends this list of TLVs.
            if (bodylen == 0) {
                ctx.print_invalid();
            } else if (!dhcpv4_print(ctx, c, tlv + 4, bodylen, indent + 1)) {
                ctx.print_invalid();
                stack.pop_back();
            }
            continue;
        }
        const Nested n = tlv_body_print(ctx, c, cls, tlv + 4, bodylen, indent);
        if (n.present)
            stack.push_back(Level{n.off, n.len, 0, indent + 1, in_line_at(ctx, indent + 1), {}});
    }
}

}  // namespace

void hncp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "hncp";
    ctx.out.f("hncp ({})", length);
    tlvs_print(ctx, c, 0, length);
}

}  // namespace rd
