// Cisco Discovery Protocol (SNAP 00000c/2000): header and TLVs. Without -v only the
// Device-ID is shown.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 4;
constexpr uint32_t kTlvHeaderLen = 4;

// Known TLVs: name, value length bounds (0 = none). Types up to 0x17 have an entry
// (some unnamed); tcpdump dumps the others, and every TLV without -v but the Device-ID.
struct TlvInfo {
    const char* name;
    uint16_t min_len, max_len;
    bool has_printer;
};
constexpr uint16_t kMaxType = 0x17;
constexpr TlvInfo kTlvs[kMaxType + 1] = {
    {nullptr, 0, 0, false},
    {"Device-ID", 0, 0, true},
    {"Address", 0, 0, true},
    {"Port-ID", 0, 0, true},
    {"Capability", 4, 4, true},
    {"Version String", 0, 0, true},
    {"Platform", 0, 0, true},
    {"Prefixes", 0, 0, true},
    {"Protocol-Hello option", 0, 0, false},
    {"VTP Management Domain", 0, 0, true},
    {"Native VLAN ID", 2, 2, true},
    {"Duplex", 1, 1, true},
    {nullptr, 0, 0, false},
    {nullptr, 0, 0, false},
    {"ATA-186 VoIP VLAN assignment", 3, 3, true},
    {"ATA-186 VoIP VLAN request", 2, 3, true},
    {"power consumption", 1, 3, true},
    {"MTU", 4, 4, true},
    {"AVVID trust bitmap", 1, 1, true},
    {"AVVID untrusted ports CoS", 1, 1, true},
    {"System Name", 0, 0, true},
    {"System Object ID (not decoded)", 0, 0, false},
    {"Management Addresses", 4, 0, true},
    {"Physical Location", 1, 0, true},
};

constexpr Tok kCapabilities[] = {
    {0x01, "Router"},      {0x02, "Transparent Bridge"}, {0x04, "Source Route Bridge"},
    {0x08, "L2 Switch"},   {0x10, "L3 capable"},         {0x20, "IGMP snooping"},
    {0x40, "L1 capable"},
};

const char* plural(uint32_t n) { return n == 1 ? "" : "s"; }

void quoted(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    ctx.out.put('\'');
    put_string_n(ctx, c, off, len);
    if (!ctx.truncated) ctx.out.put('\'');
}

// Addresses: a count, then (protocol type, protocol length, protocol, address length,
// address) records.
void print_addresses(Ctx& ctx, const Cursor& c, size_t off, uint32_t l) {
    static constexpr uint8_t kIpv6Snap[] = {0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00, 0x86, 0xdd};
    auto invalid = [&] { c.need(off, l); };
    if (l < 4) {
        ctx.out.put(" (not enough space for num)");
        return invalid();
    }
    uint32_t num = c.be32(off);
    off += 4;
    l -= 4;
    while (num && !ctx.truncated) {
        if (l < 2) {
            ctx.out.put(" (not enough space for PT+PL)");
            return invalid();
        }
        const uint8_t pt = c.u8(off), pl = c.u8(off + 1);
        off += 2;
        l -= 2;
        if (l < pl + 2u) {
            ctx.out.put(" (not enough space for P+AL)");
            return invalid();
        }
        uint32_t al = c.be16(off + pl);
        if (ctx.truncated) return;
        bool ipv6 = pt == 2 && pl == 8 && al == 16;
        for (size_t i = 0; ipv6 && i < 8; ++i) ipv6 = c.u8(off + i) == kIpv6Snap[i];
        if (pt == 1 && pl == 1 && c.u8(off) == 0xcc && al == 4) {
            off += pl + 2u;
            l -= pl + 2u;
            if (l < al) {
                ctx.out.put(" (not enough space for A)");
                return invalid();
            }
            if (!c.need(off, 4)) return;
            ctx.out.f("IPv4 ({}) ", num);
            put_ip4_at(ctx, c, off);
            off += al;
            l -= al;
        } else if (ipv6) {
            off += pl + 2u;
            l -= pl + 2u;
            if (l < al) {
                ctx.out.put(" (not enough space for A)");
                return invalid();
            }
            if (!c.need(off, 16)) return;
            ctx.out.f("IPv6 ({}) ", num);
            put_ip6_at(ctx, c, off);
            off += al;
            l -= al;
        } else {
            ctx.out.f("pt=0x{:02x}, pl={}, pb=", pt, pl);
            for (uint32_t i = 0; i < pl; ++i) {
                const uint8_t b = c.u8(off);
                if (ctx.truncated) return;
                ctx.out.f(" {:02x}", b);
                ++off;
                --l;
            }
            ctx.out.f(", al={}, a=", al);
            off += 2;
            l -= 2;
            if (l < al) {
                ctx.out.put(" (not enough space for A)");
                return invalid();
            }
            for (; al != 0; --al) {
                const uint8_t b = c.u8(off);
                if (ctx.truncated) return;
                ctx.out.f(" {:02x}", b);
                ++off;
                --l;
            }
        }
        --num;
        if (num) ctx.out.put(' ');
    }
    if (ctx.truncated) return;
    if (l) ctx.out.f(" ({} bytes of stray data)", l);
}

void print_prefixes(Ctx& ctx, const Cursor& c, size_t off, uint32_t l) {
    if (l % 5) {
        ctx.out.f(" [length {} is not a multiple of 5]", l);
        c.need(off, l);
        return;
    }
    ctx.out.f(" IPv4 Prefixes ({}):", l / 5);
    for (; l > 0; l -= 5, off += 5) {
        const auto p = c.bytes(off, 5);
        if (ctx.truncated) return;
        ctx.out.f(" {}.{}.{}.{}/{}", p[0], p[1], p[2], p[3], p[4]);
    }
}

// One known TLV's value (its length already checked against the table's bounds).
void print_value(Ctx& ctx, const Cursor& c, uint16_t type, size_t off, uint32_t len) {
    switch (type) {
    case 0x01:
    case 0x03:
    case 0x06:
    case 0x09:
    case 0x14:
        quoted(ctx, c, off, len);
        break;
    case 0x02:
    case 0x16:
        print_addresses(ctx, c, off, len);
        break;
    case 0x04: {
        const uint32_t caps = c.be32(off);
        if (ctx.truncated) return;
        ctx.out.f("(0x{:08x}): ", caps);
        put_bits(ctx, kCapabilities, caps, ", ");
        break;
    }
    case 0x05:
        // Each line of the version string on its own indented line.
        ctx.out.put("\n\t  ");
        for (uint32_t i = 0; i < len; ++i) {
            const uint8_t ch = c.u8(off + i);
            if (ctx.truncated) return;
            if (ch == '\n')
                ctx.out.put("\n\t  ");
            else
                put_char_escaped(ctx.out, ch);
        }
        break;
    case 0x07:
        print_prefixes(ctx, c, off, len);
        break;
    case 0x0a: {
        const uint16_t v = c.be16(off);
        if (ctx.truncated) return;
        ctx.out.f("{}", v);
        break;
    }
    case 0x0b: {
        const uint8_t v = c.u8(off);
        if (ctx.truncated) return;
        ctx.out.put(v ? "full" : "half");
        break;
    }
    case 0x0e:
    case 0x0f:
        if (len == 2) {
            const uint16_t v = c.be16(off);
            if (ctx.truncated) return;
            ctx.out.f("unknown 0x{:04x}", v);
        } else {
            const uint8_t app = c.u8(off);
            const uint16_t vlan = c.be16(off + 1);
            if (ctx.truncated) return;
            ctx.out.f("app {}, vlan {}", app, vlan);
        }
        break;
    case 0x10: {
        const uint32_t v = static_cast<uint32_t>(c.be_n(off, len));
        if (ctx.truncated) return;
        ctx.out.f("{:1.2f}W", v / 1000.0);
        break;
    }
    case 0x11: {
        const uint32_t v = c.be32(off);
        if (ctx.truncated) return;
        ctx.out.f("{} bytes", v);
        break;
    }
    case 0x12:
    case 0x13: {
        const uint8_t v = c.u8(off);
        if (ctx.truncated) return;
        ctx.out.f("0x{:02x}", v);
        break;
    }
    case 0x17: {
        const uint8_t v = c.u8(off);
        if (ctx.truncated) return;
        ctx.out.f("0x{:02x}", v);
        if (len > 1) {
            ctx.out.put('/');
            put_string_n(ctx, c, off + 1, len - 1);
        }
        break;
    }
    default:
        break;
    }
}

}  // namespace

void cdp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "cdp";
    const uint32_t orig_length = length;
    size_t off = 0;
    auto invalid = [&] {
        ctx.print_invalid();
        c.need(off, length);
    };
    if (length < kHeaderLen) {
        ctx.out.f(" (packet length {} < {})", length, kHeaderLen);
        return invalid();
    }
    const uint8_t version = c.u8(0), ttl = c.u8(1);
    if (ctx.truncated) return;
    ctx.out.f("CDPv{}, ttl: {}s", version, ttl);
    const uint16_t cksum = c.be16(2);
    if (ctx.truncated) return;
    if (ctx.opt.vflag) ctx.out.f(", checksum: 0x{:04x} (unverified), length {}", cksum, orig_length);
    off = kHeaderLen;
    length -= kHeaderLen;

    while (length && !ctx.truncated) {
        if (length < kTlvHeaderLen) {
            ctx.out.f(" (remaining packet length {} < {})", length, kTlvHeaderLen);
            return invalid();
        }
        const uint16_t type = c.be16(off);
        uint32_t len = c.be16(off + 2);  // includes the TLV header
        if (ctx.truncated) return;
        const TlvInfo* info = type <= kMaxType ? &kTlvs[type] : nullptr;
        const char* name = info && info->name ? info->name : "unknown field type";
        if (len < kTlvHeaderLen) {
            if (ctx.opt.vflag)
                ctx.out.f("\n\t{} (0x{:02x}), TLV length: {} byte{} (too short)", name, type, len, plural(len));
            else
                ctx.out.f(", {} TLV length {} too short", name, len);
            return invalid();
        }
        if (len > length) {
            ctx.out.f(" (TLV length {} > {})", len, length);
            return invalid();
        }
        off += kTlvHeaderLen;
        length -= kTlvHeaderLen;
        len -= kTlvHeaderLen;

        if (!ctx.opt.vflag && type == 0x01)
            ctx.out.put(", Device-ID ");
        else if (ctx.opt.vflag)
            ctx.out.f("\n\t{} (0x{:02x}), value length: {} byte{}: ", name, type, len, plural(len));

        bool covered = false;
        if (info) {
            if ((info->min_len > 0 && len < info->min_len) || (info->max_len > 0 && len > info->max_len)) {
                ctx.out.put(" (malformed TLV)");
            } else if (ctx.opt.vflag || type == 0x01) {
                if (info->has_printer)
                    print_value(ctx, c, type, off, len);
                else
                    c.need(off, len);
                covered = true;  // a known type without a printer shows no dump
            }
        }
        if (!covered) {
            if (!c.need(off, len)) return;
            print_unknown_data(ctx, c, off, "\n\t  ", len);
        }
        off += len;
        length -= len;
    }
    if (ctx.truncated) return;
    if (ctx.opt.vflag < 1) ctx.out.f(", length {}", orig_length);
}

}  // namespace rd
