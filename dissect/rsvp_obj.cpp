// RSVP objects (RFC 2205, 2215, 2747, 2961, 3209, 3473, 3477, 4090, 4124, 4875, 5063 and
// the OIF UNI): one decoder per class, a hex dump for the rest.
#include <bit>

#include "rsvp.hpp"
#include "rsvp_tables.hpp"

namespace rd {

namespace {

using namespace rsvp_tables;

enum class Obj { Next, TooShort, SubTooShort, Invalid, Stop, Trunc };

// An IEEE float (bits at off) as tcpdump shows it with %.10g.
float float_at(const Cursor& c, size_t off) { return std::bit_cast<float>(c.be32(off)); }

void put_g(Ctx& ctx, double v) { ctx.out.f("{:.10g}", v); }

// printf's %#x: no prefix for zero.
void put_alt_hex(Ctx& ctx, unsigned v) {
    if (v == 0) ctx.out.put('0');
    else ctx.out.f("{:#x}", v);
}

// One IntServ parameter at p with tlen bytes left; returns its size, 0 on error.
uint32_t intserv_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t tlen) {
    if (tlen < 4) return 0;
    const uint8_t id = c.u8(p);
    const uint32_t plen = static_cast<uint32_t>(c.be16(p + 2)) << 2;
    ctx.out.put("\n\t      Parameter ID: ");
    put_tok(ctx, kIntservParams, id, "unknown");
    ctx.out.f(" ({}), length: {}, Flags: [0x{:02x}]", id, plen, c.u8(p + 1));
    if (tlen < plen + 4) return 0;
    switch (id) {
    case 4:
        if (plen == 4) ctx.out.f("\n\t\tIS hop count: {}", c.be32(p + 4));
        break;
    case 6:
        if (plen == 4) {
            ctx.out.put("\n\t\tPath b/w estimate: ");
            put_g(ctx, float_at(c, p + 4) / 125000);
            ctx.out.put(" Mbps");
        }
        break;
    case 8:
        if (plen == 4) {
            ctx.out.put("\n\t\tMinimum path latency: ");
            if (c.be32(p + 4) == 0xffffffff) ctx.out.put("don't care");
            else ctx.out.dec(c.be32(p + 4));
        }
        break;
    case 10:
        if (plen == 4) ctx.out.f("\n\t\tComposed MTU: {} bytes", c.be32(p + 4));
        break;
    case 127:
        if (plen == 20) {
            ctx.out.put("\n\t\tToken Bucket Rate: ");
            put_g(ctx, float_at(c, p + 4) / 125000);
            ctx.out.put(" Mbps\n\t\tToken Bucket Size: ");
            put_g(ctx, float_at(c, p + 8));
            ctx.out.put(" bytes\n\t\tPeak Data Rate: ");
            put_g(ctx, float_at(c, p + 12) / 125000);
            ctx.out.f(" Mbps\n\t\tMinimum Policed Unit: {} bytes", c.be32(p + 16));
            ctx.out.f("\n\t\tMaximum Packet Size: {} bytes", c.be32(p + 20));
        }
        break;
    case 130:
        if (plen == 8) {
            ctx.out.put("\n\t\tRate: ");
            put_g(ctx, float_at(c, p + 4) / 125000);
            ctx.out.f(" Mbps\n\t\tSlack Term: {}", c.be32(p + 8));
        }
        break;
    case 133: case 134: case 135: case 136:
        if (plen == 4) ctx.out.f("\n\t\tValue: {}", c.be32(p + 4));
        break;
    default:
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p + 4, "\n\t\t", plen);
        break;
    }
    return plen + 4;
}

struct ObjCtx {
    Ctx& ctx;
    const Cursor& c;
    const char* in;  // indent
    size_t p;        // value position
    uint32_t tlen;   // value bytes left
    bool hexdump = false;
    void ip4(size_t off) { put_ip4_at(ctx, c, p + off); }
    void ip6(size_t off) { put_ip6_at(ctx, c, p + off); }
    void eat(uint32_t n) {
        p += n;
        tlen -= n;
    }
};

Obj session_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    switch (ctype) {
    case 1:
        if (o.tlen < 8) return Obj::TooShort;
        ctx.out.f("{}  IPv4 DestAddress: ", o.in);
        o.ip4(0);
        ctx.out.f(", Protocol ID: 0x{:02x}{}  Flags: [0x{:02x}], DestPort {}", c.u8(o.p + 4), o.in, c.u8(o.p + 5),
                  c.be16(o.p + 6));
        o.eat(8);
        break;
    case 2:
        if (o.tlen < 20) return Obj::TooShort;
        ctx.out.f("{}  IPv6 DestAddress: ", o.in);
        o.ip6(0);
        ctx.out.f(", Protocol ID: 0x{:02x}{}  Flags: [0x{:02x}], DestPort {}", c.u8(o.p + 16), o.in,
                  c.u8(o.p + 17), c.be16(o.p + 18));
        o.eat(20);
        break;
    case 8:
        if (o.tlen < 36) return Obj::TooShort;
        ctx.out.f("{}  IPv6 Tunnel EndPoint: ", o.in);
        o.ip6(0);
        ctx.out.f(", Tunnel ID: 0x{:04x}, Extended Tunnel ID: ", c.be16(o.p + 18));
        o.ip6(20);
        o.eat(36);
        break;
    case 14:
        if (o.tlen < 26) return Obj::TooShort;
        ctx.out.f("{}  IPv6 P2MP LSP ID: 0x{:08x}, Tunnel ID: 0x{:04x}, Extended Tunnel ID: ", o.in, c.be32(o.p),
                  c.be16(o.p + 6));
        o.ip6(8);
        o.eat(26);
        break;
    case 13:
    case 7:
    case 11:
        if (o.tlen < 12) return Obj::TooShort;
        ctx.out.f("{}  {}: ", o.in, ctype == 13 ? "IPv4 P2MP LSP ID" : "IPv4 Tunnel EndPoint");
        o.ip4(0);
        ctx.out.f(", Tunnel ID: 0x{:04x}, Extended Tunnel ID: ", c.be16(o.p + 6));
        o.ip4(8);
        o.eat(12);
        break;
    default: o.hexdump = true; break;
    }
    return Obj::Next;
}

// Sender template and filter spec share most c-types.
Obj sender_print(ObjCtx& o, uint8_t ctype, bool filter) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    switch (ctype) {
    case 1:
        if (o.tlen < 8) return Obj::TooShort;
        ctx.out.f("{}  Source Address: ", o.in);
        o.ip4(0);
        ctx.out.f(", Source Port: {}", c.be16(o.p + 6));
        o.eat(8);
        break;
    case 2:
        if (o.tlen < 20) return Obj::TooShort;
        ctx.out.f("{}  Source Address: ", o.in);
        o.ip6(0);
        ctx.out.f(", Source Port: {}", c.be16(o.p + 18));
        o.eat(20);
        break;
    case 3:
        if (!filter) {
            o.hexdump = true;
            break;
        }
        if (o.tlen < 20) return Obj::TooShort;
        ctx.out.f("{}  Source Address: ", o.in);
        o.ip6(0);
        ctx.out.f(", Flow Label: {}", c.be24(o.p + 17));
        o.eat(20);
        break;
    case 8:
        if (!filter) {
            o.hexdump = true;
            break;
        }
        if (o.tlen < 20) return Obj::TooShort;
        ctx.out.f("{}  Source Address: ", o.in);
        o.ip4(0);  // (tcpdump shows an IPv4 address here)
        ctx.out.f(", LSP-ID: 0x{:04x}", c.be16(o.p + 18));
        o.eat(20);
        break;
    case 13:
        if (o.tlen < 40) return Obj::TooShort;
        ctx.out.f("{}  IPv6 Tunnel Sender Address: ", o.in);
        o.ip6(0);
        ctx.out.f(", LSP ID: 0x{:04x}{}  Sub-Group Originator ID: ", c.be16(o.p + 18), o.in);
        o.ip6(20);
        ctx.out.f(", Sub-Group ID: 0x{:04x}", c.be16(o.p + 38));
        o.eat(40);
        break;
    case 7:
        if (o.tlen < 8) return Obj::TooShort;
        ctx.out.put(o.in);
        ctx.out.put(filter ? "  Source Address: " : "  IPv4 Tunnel Sender Address: ");
        o.ip4(0);
        ctx.out.f(", LSP-ID: 0x{:04x}", c.be16(o.p + 6));
        o.eat(8);
        break;
    case 12:
        if (o.tlen < 16) return Obj::TooShort;
        ctx.out.f("{}  IPv4 Tunnel Sender Address: ", o.in);
        o.ip4(0);
        ctx.out.f(", LSP ID: 0x{:04x}{}  Sub-Group Originator ID: ", c.be16(o.p + 6), o.in);
        o.ip4(8);
        ctx.out.f(", Sub-Group ID: 0x{:04x}", c.be16(o.p + 12));
        o.eat(16);
        break;
    default: o.hexdump = true; break;
    }
    return Obj::Next;
}

void put_l3pid(Ctx& ctx, uint16_t type) {
    const char* name = ethertype_name(type);
    if (name) ctx.out.put(name);
    else ctx.out.f("Unknown Protocol (0x{:04x})", type);
}

Obj label_request_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    switch (ctype) {
    case 1:
        while (o.tlen >= 4 && !ctx.truncated) {
            ctx.out.f("{}  L3 Protocol ID: ", o.in);
            put_l3pid(ctx, c.be16(o.p + 2));
            o.eat(4);
        }
        break;
    case 2:
        if (o.tlen < 12) return Obj::TooShort;
        ctx.out.f("{}  L3 Protocol ID: ", o.in);
        put_l3pid(ctx, c.be16(o.p + 2));
        ctx.out.f(",{} merge capability", (c.u8(o.p + 4) & 0x80) ? "no" : "");
        ctx.out.f("{}  Minimum VPI/VCI: {}/{}", o.in, c.be16(o.p + 4) & 0xfff, c.be16(o.p + 6) & 0xfff);
        ctx.out.f("{}  Maximum VPI/VCI: {}/{}", o.in, c.be16(o.p + 8) & 0xfff, c.be16(o.p + 10) & 0xfff);
        o.eat(12);
        break;
    case 3: {
        if (o.tlen < 12) return Obj::TooShort;
        ctx.out.f("{}  L3 Protocol ID: ", o.in);
        put_l3pid(ctx, c.be16(o.p + 2));
        const unsigned dl = (c.be16(o.p + 4) >> 7) & 3;
        ctx.out.f("{}  Minimum/Maximum DLCI: {}/{}, {}{} bit DLCI", o.in, c.be32(o.p + 4) & 0x7fffff,
                  c.be32(o.p + 8) & 0x7fffff, dl == 0 ? "10" : "", dl == 2 ? "23" : "");
        o.eat(12);
        break;
    }
    case 4: {
        if (o.tlen < 4) return Obj::TooShort;
        const uint8_t enc = c.u8(o.p);
        ctx.out.f("{}  LSP Encoding Type: ", o.in);
        put_tok(ctx, kGmplsEncoding, enc, "Unknown");
        ctx.out.f(" ({})", enc);
        const uint8_t sw = c.u8(o.p + 1);
        const uint16_t pl = c.be16(o.p + 2);
        ctx.out.f("{}  Switching Type: ", o.in);
        put_tok(ctx, kGmplsSwitchCap, sw, "Unknown");
        ctx.out.f(" ({}), Payload ID: ", sw);
        put_tok(ctx, kGmplsPayload, pl, "Unknown");
        ctx.out.f(" (0x{:04x})", pl);
        o.eat(4);
        break;
    }
    default: o.hexdump = true; break;
    }
    return Obj::Next;
}

Obj xro_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    if (ctype != 1) {
        o.hexdump = true;
        return Obj::Next;
    }
    while (o.tlen >= 4 && !ctx.truncated) {
        if (!c.has(o.p, 4)) return Obj::Trunc;
        const uint8_t t = c.u8(o.p);
        const uint8_t len = c.u8(o.p + 1);
        ctx.out.f("{}  Subobject Type: ", o.in);
        put_tok(ctx, kXroTypes, t & 0x7f, "Unknown {}");
        ctx.out.f(", length {}", len);
        if (o.tlen < len) {
            ctx.out.f("{}  ERROR: ERO subobject length > object length", o.in);
            break;
        }
        if (len == 0) {
            ctx.out.f("{}  ERROR: zero length ERO subtype", o.in);
            break;
        }
        switch (t & 0x7f) {
        case 1: {
            if (len != 8) {
                ctx.out.put(" ERROR: length != 8");
                return Obj::Invalid;
            }
            if (!c.has(o.p, 8)) return Obj::Trunc;
            const uint8_t plen = c.u8(o.p + 6);
            if (plen != 32) {
                ctx.out.f(" ERROR: Prefix length {} != 32", plen);
                return Obj::Invalid;
            }
            ctx.out.f(", {}, ", (t & 0x80) ? "Loose" : "Strict");
            o.ip4(2);
            ctx.out.f("/{}, Flags: [", plen);
            put_bits(ctx, kRroFlags, c.u8(o.p + 7), ", ");
            ctx.out.put(']');
            break;
        }
        case 3: {
            if (len != 8) {
                ctx.out.put(" ERROR: length != 8");
                return Obj::Invalid;
            }
            const uint8_t fl = c.u8(o.p + 2);
            ctx.out.put(", Flags: [");
            put_bits(ctx, kRroLabelFlags, fl, ", ");
            ctx.out.put("] (");
            put_alt_hex(ctx, fl);
            ctx.out.put("), Class-Type: ");
            const uint8_t lct = c.u8(o.p + 3);
            put_tok(ctx, kCtypes, lct + 256u * 21, "Unknown");
            ctx.out.f(" ({}), {}", lct, c.be32(o.p + 4));
            break;
        }
        default: break;
        }
        o.eat(len);
    }
    return Obj::Next;
}

Obj uni_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    if (ctype != 1) {
        o.hexdump = true;
        return Obj::Next;
    }
    if (o.tlen < 4) return Obj::TooShort;
    uint32_t total = o.tlen;
    uint32_t tlen = o.tlen;  // grows with each sub-object, as tcpdump's does
    size_t p = o.p;
    while (total > 0 && !ctx.truncated) {
        if (total < 4) return Obj::Invalid;
        const uint16_t slen = c.be16(p);
        const uint16_t tw = c.be16(p + 2);
        const unsigned stype = tw >> 8, af = tw & 0xff;
        ctx.out.f("{}  Subobject Type: ", o.in);
        put_tok(ctx, kUniSubobjects, stype, "Unknown");
        ctx.out.f(" ({}), AF: ", stype);
        put_tok(ctx, kAfNumbers, af, "Unknown");
        ctx.out.f(" ({}), length: {}", af, slen);
        if (slen < 4 || slen > total || tlen < slen) return Obj::Invalid;
        switch (stype) {
        case 1:
        case 2:
            if (af == 1) {
                if (slen < 8) return Obj::SubTooShort;
                ctx.out.f("{}    UNI IPv4 TNA address: ", o.in);
                put_ip4_at(ctx, c, p + 4);
            } else if (af == 2) {
                if (slen < 20) return Obj::SubTooShort;
                ctx.out.f("{}    UNI IPv6 TNA address: ", o.in);
                put_ip6_at(ctx, c, p + 4);
            } else if (af == 3) {
                o.hexdump = true;
            }
            break;
        case 3:
            if (slen > 4) o.hexdump = true;
            break;
        case 4: {
            if (slen < 16) return Obj::SubTooShort;
            const uint32_t w = c.be32(p + 4);
            ctx.out.f("{}    U-bit: {:x}, Label type: {}, Logical port id: {}, Label: {}", o.in, w >> 31, w & 0xff,
                      c.be32(p + 8), c.be32(p + 12));
            break;
        }
        case 5:
            if (slen < 8) return Obj::SubTooShort;
            ctx.out.f("{}    Service level: {}", o.in, c.be32(p + 4) >> 24);
            break;
        default: o.hexdump = true; break;
        }
        total -= slen;
        p += slen;
        tlen += slen;
    }
    return Obj::Next;
}

Obj frr_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    if (ctype != 1 && ctype != 7) {
        o.hexdump = true;
        return Obj::Next;
    }
    if (o.tlen < (ctype == 1 ? 20u : 16u)) return Obj::TooShort;
    ctx.out.f("{}  Setup Priority: {}, Holding Priority: {}, Hop-limit: {}, Bandwidth: ", o.in, c.u8(o.p),
              c.u8(o.p + 1), c.u8(o.p + 2));
    put_g(ctx, float_at(c, o.p + 4) * 8 / 1000000);  // float arithmetic, as tcpdump's
    ctx.out.put(" Mbps");
    if (ctype == 1) {
        ctx.out.f("{}  Include-any: 0x{:08x}, Exclude-any: 0x{:08x}, Include-all: 0x{:08x}", o.in, c.be32(o.p + 8),
                  c.be32(o.p + 12), c.be32(o.p + 16));
        o.eat(20);
    } else {
        ctx.out.f("{}  Include Colors: 0x{:08x}, Exclude Colors: 0x{:08x}", o.in, c.be32(o.p + 8), c.be32(o.p + 12));
        o.eat(16);
    }
    return Obj::Next;
}

Obj error_spec_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    const bool v6 = ctype == 2 || ctype == 4;
    if (ctype < 1 || ctype > 4) {
        o.hexdump = true;
        return Obj::Next;
    }
    const uint32_t alen = v6 ? 16 : 4;
    if (o.tlen < alen + 4) return Obj::TooShort;
    const uint8_t code = c.u8(o.p + alen + 1);
    const uint16_t value = c.be16(o.p + alen + 2);
    ctx.out.f("{}  Error Node Address: ", o.in);
    if (v6) o.ip6(0); else o.ip4(0);
    ctx.out.f(", Flags: [0x{:02x}]{}  Error Code: ", c.u8(o.p + alen), o.in);
    put_tok(ctx, kErrorCodes, code, "unknown");
    ctx.out.f(" ({})", code);
    if (code == 24) {
        ctx.out.put(", Error Value: ");
        put_tok(ctx, kRoutingErrors, value, "unknown");
        ctx.out.f(" ({})", value);
    } else if (!v6 && (code == 28 || code == 125)) {
        ctx.out.put(", Error Value: ");
        put_tok(ctx, kDiffservTeErrors, value, "unknown");
        ctx.out.f(" ({})", value);
    } else if (!v6) {
        ctx.out.f(", Unknown Error Value ({})", value);
    }
    o.eat(alen + 4);
    return Obj::Next;
}

Obj intserv_obj_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    if (ctype != 2) {
        o.hexdump = true;
        return Obj::Next;
    }
    if (o.tlen < 4) return Obj::TooShort;
    ctx.out.f("{}  Msg-Version: {}, length: {}", o.in, (c.u8(o.p) & 0xf0) >> 4, c.be16(o.p + 2) << 2);
    o.eat(4);
    while (o.tlen >= 4 && !ctx.truncated) {
        uint32_t stlen = static_cast<uint32_t>(c.be16(o.p + 2)) << 2;
        const uint8_t st = c.u8(o.p);
        ctx.out.f("{}  Service Type: ", o.in);
        put_tok(ctx, kIntservServices, st, "unknown");
        ctx.out.f(" ({}), break bit {}set, Service length: {}", st, (c.u8(o.p + 1) & 0x80) ? "" : "not ", stlen);
        o.eat(4);
        while (stlen >= 4 && !ctx.truncated) {
            const uint32_t n = intserv_print(ctx, c, o.p, o.tlen);
            if (n == 0) break;
            o.tlen -= n;  // (may wrap like tcpdump's unsigned count)
            stlen -= n;
            o.p += n;
        }
    }
    return Obj::Next;
}

Obj label_set_print(ObjCtx& o, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    if (ctype != 1) {
        o.hexdump = true;
        return Obj::Next;
    }
    if (o.tlen < 4) return Obj::TooShort;
    const unsigned action = c.be16(o.p) >> 8;
    ctx.out.f("{}  Action: ", o.in);
    put_tok(ctx, kLabelSetActions, action, "Unknown");
    ctx.out.f(" ({}), Label type: {}", action, c.be32(o.p) & 0x7f);
    if (action == 2 || action == 3) {
        if (o.tlen < 12) return Obj::TooShort;
        ctx.out.f("{}  Start range: {}, End range: {}", o.in, c.be32(o.p + 4), c.be32(o.p + 8));
        o.eat(12);
    } else {
        o.eat(4);
        for (unsigned sub = 1; o.tlen >= 4 && !ctx.truncated; ++sub) {
            ctx.out.f("{}  Subchannel #{}: {}", o.in, sub, c.be32(o.p));
            o.eat(4);
        }
    }
    return Obj::Next;
}

// The object value; its header has been shown and the whole object is captured.
Obj object_print(ObjCtx& o, uint8_t cls, uint8_t ctype) {
    Ctx& ctx = o.ctx;
    const Cursor& c = o.c;
    auto only = [&](std::initializer_list<uint8_t> types) {
        for (uint8_t t : types)
            if (t == ctype) return true;
        o.hexdump = true;
        return false;
    };
    switch (cls) {
    case 1: return session_print(o, ctype);
    case 15:
    case 195:
        if (ctype == 1 || ctype == 2) {
            const uint32_t alen = ctype == 1 ? 4 : 16;
            if (o.tlen < alen) return Obj::TooShort;
            ctx.out.f("{}  IPv{} {} Address: ", o.in, ctype == 1 ? 4 : 6, cls == 15 ? "Receiver" : "Notify Node");
            if (ctype == 1) o.ip4(0); else o.ip6(0);
            o.eat(alen);
        } else {
            o.hexdump = true;
        }
        return Obj::Next;
    case 129: case 35: case 34: case 16:
        if (ctype == 1) {
            while (o.tlen >= 4 && !ctx.truncated) {
                ctx.out.f("{}  Label: {}", o.in, c.be32(o.p));
                o.eat(4);
            }
        } else if (ctype == 2) {
            if (o.tlen < 4) return Obj::TooShort;
            ctx.out.f("{}  Generalized Label: {}", o.in, c.be32(o.p));
            o.eat(4);
        } else if (ctype == 3) {
            if (o.tlen < 12) return Obj::TooShort;
            ctx.out.f("{}  Waveband ID: {}{}  Start Label: {}, Stop Label: {}", o.in, c.be32(o.p), o.in,
                      c.be32(o.p + 4), c.be32(o.p + 8));
            o.eat(12);
        } else {
            o.hexdump = true;
        }
        return Obj::Next;
    case 8:
        if (!only({1})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        ctx.out.f("{}  Reservation Style: ", o.in);
        put_tok(ctx, kResvStyles, c.be24(o.p + 1), "Unknown");
        ctx.out.f(", Flags: [0x{:02x}]", c.u8(o.p));
        o.eat(4);
        return Obj::Next;
    case 11: return sender_print(o, ctype, false);
    case 10: return sender_print(o, ctype, true);
    case 19: return label_request_print(o, ctype);
    case 20: case 21: return xro_print(o, ctype);
    case 22:
        if (!only({1, 2})) return Obj::Next;
        if (o.tlen < 8) return Obj::TooShort;
        ctx.out.f("{}  Source Instance: 0x{:08x}, Destination Instance: 0x{:08x}", o.in, c.be32(o.p),
                  c.be32(o.p + 4));
        o.eat(8);
        return Obj::Next;
    case 131:
        if (!only({1})) return Obj::Next;
        if (o.tlen < 8) return Obj::TooShort;
        ctx.out.f("{}  Restart  Time: {}ms, Recovery Time: {}ms", o.in, c.be32(o.p), c.be32(o.p + 4));
        o.eat(8);
        return Obj::Next;
    case 134: {
        if (!only({1})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        const uint32_t w = c.be32(o.p);
        if (w & ~7u) ctx.out.f("{}  [reserved=0x{:08x} must be zero]", o.in, w & ~7u);
        ctx.out.f("{}  Flags: [", o.in);
        put_bits(ctx, kCapabilityFlags, w & 7u, ", ");
        ctx.out.put(']');
        o.eat(4);
        return Obj::Next;
    }
    case 207: {
        if (!only({7})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        const uint8_t namelen = c.u8(o.p + 3);
        if (o.tlen < 4u + namelen) return Obj::TooShort;
        ctx.out.f("{}  Session Name: ", o.in);
        for (unsigned i = 0; i < namelen && !ctx.truncated; ++i) put_char_escaped(ctx.out, c.u8(o.p + 4 + i));
        const uint8_t fl = c.u8(o.p + 2);
        ctx.out.f("{}  Setup Priority: {}, Holding Priority: {}, Flags: [", o.in, c.u8(o.p), c.u8(o.p + 1));
        put_bits(ctx, kSessionAttrFlags, fl, ", ");
        ctx.out.put("] (");
        put_alt_hex(ctx, fl);
        ctx.out.put(')');
        o.eat(4u + namelen);
        return Obj::Next;
    }
    case 229: return uni_print(o, ctype);
    case 3:
        if (ctype == 1 || ctype == 3) {
            if (o.tlen < 8) return Obj::TooShort;
            ctx.out.f("{}  Previous/Next Interface: ", o.in);
            o.ip4(0);
            ctx.out.f(", Logical Interface Handle: 0x{:08x}", c.be32(o.p + 4));
            o.eat(8);
            if (o.tlen) o.hexdump = true;
        } else if (ctype == 2 || ctype == 4) {
            if (o.tlen < 20) return Obj::TooShort;
            ctx.out.f("{}  Previous/Next Interface: ", o.in);
            o.ip6(0);
            ctx.out.f(", Logical Interface Handle: 0x{:08x}", c.be32(o.p + 16));
            o.eat(20);
            o.hexdump = true;
        } else {
            o.hexdump = true;
        }
        return Obj::Next;
    case 5:
        if (!only({1})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        ctx.out.f("{}  Refresh Period: {}ms", o.in, c.be32(o.p));
        o.eat(4);
        return Obj::Next;
    case 12: case 13: case 9: return intserv_obj_print(o, ctype);
    case 205: return frr_print(o, ctype);
    case 63:
        if (!only({7})) return Obj::Next;
        while (o.tlen >= 8 && !ctx.truncated) {
            ctx.out.f("{}  PLR-ID: ", o.in);
            o.ip4(0);
            ctx.out.put(", Avoid-Node-ID: ");
            o.ip4(4);
            o.eat(8);
        }
        return Obj::Next;
    case 66: case 125:
        if (!only({1})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        ctx.out.f("{}  CT: {}", o.in, c.be32(o.p) & 0x7);
        o.eat(4);
        return Obj::Next;
    case 6: return error_spec_print(o, ctype);
    case 204: {
        if (!only({1})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        const uint16_t pad = c.be16(o.p + 2);
        ctx.out.f("{}  TLV count: {}, padding bytes: {}", o.in, c.be16(o.p), pad);
        o.eat(4);
        while (o.tlen >= 2u + pad && !ctx.truncated) {
            const uint8_t t = c.u8(o.p);
            const uint8_t l = c.u8(o.p + 1);
            ctx.out.f("{}    ", o.in);
            put_tok(ctx, kPropTlvs, t, "unknown");
            ctx.out.f(" TLV (0x{:02x}), length: {}", t, l);
            if (o.tlen < l) return Obj::TooShort;
            if (l < 2) {
                ctx.out.f("{}ERROR: property TLV is too short", o.in);
                return Obj::Stop;
            }
            print_unknown_data(ctx, c, o.p + 2, "\n\t\t", l - 2u);
            o.eat(l);
        }
        return Obj::Next;
    }
    case 23: case 24: case 25:
        if (!only({1, 2})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        ctx.out.f("{}  Flags [0x{:02x}], epoch: {}", o.in, c.u8(o.p), c.be24(o.p + 1));
        o.eat(4);
        while (o.tlen >= 4 && !ctx.truncated) {
            const uint32_t id = c.be32(o.p);
            ctx.out.f("{}    Message-ID 0x{:08x} ({})", o.in, id, id);
            o.eat(4);
        }
        return Obj::Next;
    case 4:
        if (!only({1})) return Obj::Next;
        if (o.tlen < 32) return Obj::TooShort;
        ctx.out.f("{}  Key-ID 0x{:04x}{:08x}, Sequence 0x{:08x}{:08x}, Flags [", o.in, c.be16(o.p + 2),
                  c.be32(o.p + 4), c.be32(o.p + 8), c.be32(o.p + 12));
        put_bits(ctx, kIntegrityFlags, c.u8(o.p), ", ");
        ctx.out.f("]{}  MD5-sum 0x{:08x}{:08x}{:08x}{:08x}  (unchecked)", o.in, c.be32(o.p + 16), c.be32(o.p + 20),
                  c.be32(o.p + 24), c.be32(o.p + 28));
        o.tlen += 32;  // (tcpdump adds here instead of subtracting)
        o.p += 32;
        return Obj::Next;
    case 196:
        if (!only({1})) return Obj::Next;
        if (o.tlen < 4) return Obj::TooShort;
        ctx.out.f("{}  Flags [", o.in);
        put_bits(ctx, kAdminStatusFlags, c.be32(o.p), ", ");
        ctx.out.put(']');
        o.eat(4);
        return Obj::Next;
    case 36: return label_set_print(o, ctype);
    case 50:
        if (ctype == 1 || ctype == 2) {
            const uint32_t alen = ctype == 1 ? 4 : 16;
            if (o.tlen < alen) return Obj::TooShort;
            ctx.out.f("{}  Sub-LSP destination address: ", o.in);
            if (ctype == 1) o.ip4(0); else o.ip6(0);
            o.eat(alen);
        } else {
            o.hexdump = true;
        }
        return Obj::Next;
    default:
        if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, o.p, "\n\t    ", o.tlen);
        return Obj::Next;
    }
}

}  // namespace

int rsvp_objects_print(Ctx& ctx, const Cursor& c, size_t off, const char* indent, uint32_t tlen) {
    // tcpdump checks the captured length itself here: the packet ends with the marker
    // but is not treated as cut short (the -x dump starts after the link header).
    auto trunc = [&] {
        ctx.print_trunc();
        return -1;
    };
    while (tlen >= 4 && !ctx.truncated) {
        if (!c.has(off, 4)) return trunc();
        const uint16_t len = c.be16(off);
        const uint8_t ctype = c.u8(off + 3);
        if (len % 4) {
            ctx.out.f("{}ERROR: object header size {} not a multiple of 4", indent, len);
            return -1;
        }
        if (len < 4) {
            ctx.out.f("{}ERROR: object header too short {} < 4", indent, len);
            return -1;
        }
        const uint8_t cls = c.u8(off + 2);
        ctx.out.f("{}", indent);
        put_tok(ctx, kObjects, cls, "Unknown");
        ctx.out.f(" Object ({}) Flags: [{} if unknown], Class-Type: ", cls,
                  (cls & 0x80) ? ((cls & 0x40) ? "ignore and forward" : "ignore silently") : "reject");
        put_tok(ctx, kCtypes, cls * 256u + ctype, "Unknown");
        ctx.out.f(" ({}), length: {}", ctype, len);
        if (tlen < len) {
            ctx.out.f("{}ERROR: object goes past end of objects TLV", indent);
            return -1;
        }
        if (!c.has(off, len)) return trunc();
        ObjCtx o{ctx, c, indent, off + 4, len - 4u};
        switch (object_print(o, cls, ctype)) {
        case Obj::TooShort: ctx.out.f("{}ERROR: object is too short", indent); return -1;
        case Obj::SubTooShort: ctx.out.f("{}ERROR: sub-object is too short", indent); return -1;
        case Obj::Invalid: ctx.print_invalid(); return -1;
        case Obj::Stop: return -1;
        case Obj::Trunc: return trunc();
        case Obj::Next: break;
        }
        if (ctx.truncated) return -1;
        if (ctx.opt.vflag > 1 || o.hexdump) print_unknown_data(ctx, c, off + 4, "\n\t    ", len - 4u);
        off += len;
        tlen -= len;
    }
    return 0;
}

}  // namespace rd
