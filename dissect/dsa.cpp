// Switch tags between the Ethernet addresses and the type: Marvell DSA (4 bytes) and
// EDSA (8 bytes: an EtherType, two reserved bytes, then a DSA tag), Broadcom (4 bytes,
// also prepended before the whole frame).
#include "protos.hpp"

namespace rd {

namespace {

enum : uint8_t { kToCpu = 0, kFromCpu = 1, kToSniffer = 2, kForward = 3 };

constexpr Tok kModes[] = {
    {kToCpu, "To CPU"}, {kFromCpu, "From CPU"}, {kToSniffer, "To Sniffer"}, {kForward, "Forward"},
};

constexpr Tok kCodes[] = {
    {0x0, "BPDU (MGMT) Trap"}, {0x1, "Frame2Reg"},   {0x2, "IGMP/MLD Trap"},
    {0x3, "Policy Trap"},      {0x4, "ARP Mirror"},  {0x5, "Policy Mirror"},
};

struct DsaTag {
    uint8_t mode, dev, port, pri, code;
    bool tagged, trunk, cfi;
    uint16_t vid;
};

DsaTag read_dsa(const Cursor& t) {
    const uint8_t b0 = t.u8(0), b1 = t.u8(1), b2 = t.u8(2), b3 = t.u8(3);
    DsaTag d{};
    d.mode = b0 >> 6;
    d.tagged = b0 & 0x20;
    d.dev = b0 & 0x1f;
    d.port = b1 >> 3;
    d.trunk = b1 & 0x04;  // also To_Sniffer's Rx_Sniff
    d.cfi = b1 & 0x01;
    d.pri = b2 >> 5;
    d.vid = static_cast<uint16_t>((b2 & 0x0f) << 8 | b3);
    d.code = static_cast<uint8_t>(((b1 & 0x06) >> 1) << 1 | (b2 & 0x10) >> 4);
    return d;
}

void tag_common(Ctx& ctx, const Cursor& t) {
    const DsaTag d = read_dsa(t);
    if (ctx.truncated) return;
    if (ctx.opt.eflag) {
        ctx.out.put("mode ");
        put_tok(ctx, kModes, d.mode, "unknown");
        ctx.out.put(", ");
        switch (d.mode) {
        case kForward:
            ctx.out.f("dev {}, {} {}, ", d.dev, d.trunk ? "trunk" : "port", d.port);
            break;
        case kFromCpu:
            ctx.out.f("target dev {}, port {}, ", d.dev, d.port);
            break;
        case kToCpu:
            ctx.out.f("source dev {}, port {}, ", d.dev, d.port);
            ctx.out.put("code ");
            put_tok(ctx, kCodes, d.code, "reserved");
            ctx.out.put(", ");
            break;
        case kToSniffer:
            ctx.out.f("source dev {}, port {}, ", d.dev, d.port);
            ctx.out.f("{} sniff, ", d.trunk ? "ingress" : "egress");
            break;
        default:
            break;
        }
        ctx.out.f("{}, ", d.tagged ? "tagged" : "untagged");
        if (d.cfi) ctx.out.put("CFI, ");
        ctx.out.f("VID {}, ", d.vid);
        ctx.out.f("FPri {}, ", d.pri);
    } else {
        switch (d.mode) {
        case kForward:
            ctx.out.f("Forward {} {}.{}, ", d.trunk ? "trunk" : "port", d.dev, d.port);
            break;
        case kFromCpu:
            ctx.out.f("CPU > port {}.{}, ", d.dev, d.port);
            break;
        case kToCpu:
            ctx.out.f("port {}.{} > CPU, ", d.dev, d.port);
            break;
        case kToSniffer:
            ctx.out.f("port {}.{} > {} Sniffer, ", d.dev, d.port, d.trunk ? "Rx" : "Tx");
            break;
        default:
            break;
        }
        ctx.out.f("VLAN {}{}, ", d.vid, d.tagged ? 't' : 'u');
    }
}

void dsa_tag_print(Ctx& ctx, const Cursor& t) {
    ctx.out.put(ctx.opt.eflag ? "Marvell DSA " : "DSA ");
    tag_common(ctx, t);
}

void edsa_tag_print(Ctx& ctx, const Cursor& t) {
    const uint16_t etype = t.be16(0);
    if (ctx.truncated) return;
    if (ctx.opt.eflag) {
        const char* n = ethertype_name(etype);
        ctx.out.f("Marvell EDSA ethertype 0x{:04x} ({}), ", etype, n ? n : "Unknown");
        const uint8_t r0 = t.u8(2), r1 = t.u8(3);
        if (ctx.truncated) return;
        ctx.out.f("rsvd {} {}, ", r0, r1);
    } else {
        ctx.out.f("EDSA 0x{:04x}, ", etype);
    }
    tag_common(ctx, t.skip(4));
}

constexpr Tok kTeValues[] = {{0, "None"}, {1, "Untag"}, {2, "Header"}, {3, "Reserved"}};
constexpr Tok kRcValues[] = {
    {1, "mirror"}, {2, "MAC learning"}, {4, "switching"}, {8, "prot term"}, {16, "prot snoop"},
    {32, "exception"},
};

void brcm_tag_print(Ctx& ctx, const Cursor& t) {
    const auto tag = t.bytes(0, 4);
    if (ctx.truncated) return;
    ctx.out.f("BRCM tag OP: {}", tag[0] ? "IG" : "EG");
    if (tag[0] & 0x20) {
        // Ingress tag.
        ctx.out.f(", TC: {}", (tag[1] >> 2) & 0x7);
        ctx.out.put(", TE: ");
        put_tok(ctx, kTeValues, tag[1] & 0x3, "unknown");
        ctx.out.f(", TS: {}", tag[1] >> 7);
        ctx.out.f(", DST map: 0x{:04x}", (tag[2] << 8 | tag[3]) & 0x1ff);
    } else {
        // Egress tag.
        ctx.out.f(", CID: {}", tag[1]);
        ctx.out.put(", RC: ");
        put_tok(ctx, kRcValues, tag[2], "reserved");
        ctx.out.f(", TC: {}", (tag[3] >> 5) & 0x7);
        ctx.out.f(", port: {}", tag[3] & 0x1f);
    }
    ctx.out.put(", ");
}

}  // namespace

uint32_t dsa_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "dsa";
    return ether_switch_tag_print(ctx, c, wirelen, dsa_tag_print, 4);
}

uint32_t edsa_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "edsa";
    return ether_switch_tag_print(ctx, c, wirelen, edsa_tag_print, 8);
}

uint32_t brcm_tag_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "brcm-tag";
    return ether_switch_tag_print(ctx, c, wirelen, brcm_tag_print, 4);
}

uint32_t brcm_tag_prepend_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "brcm-tag-prepend";
    if (c.size() < 4) {
        ctx.print_trunc();
        return static_cast<uint32_t>(c.size());
    }
    if (ctx.opt.eflag) brcm_tag_print(ctx, c);
    return 4 + ether_print(ctx, c.skip(4), wirelen - 4);
}

}  // namespace rd
