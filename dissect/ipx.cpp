// Novell IPX: the datagram header and the SAP and RIP services.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kIpxLen = 30;

// net.node as tcpdump's ipxaddr_string: "0000abcd.00:11:22:33:44:55" (read first).
bool put_ipxaddr(Ctx& ctx, const Cursor& c, size_t net_off, size_t node_off) {
    const uint32_t net = c.be32(net_off);
    auto node = c.bytes(node_off, 6);
    if (ctx.truncated) return false;
    ctx.out.f("{:08x}.{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", net, node[0], node[1], node[2], node[3],
              node[4], node[5]);
    return true;
}

void ipx_sap_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    const uint16_t cmd = c.be16(0);
    if (ctx.truncated) return;
    if (length < 2) {
        out.f(" [length {} < 2]", length);
        return ctx.print_invalid();
    }
    size_t p = 2;
    length -= 2;
    switch (cmd) {
    case 1:
    case 3:
        out.put(cmd == 1 ? "ipx-sap-req" : "ipx-sap-nearest-req");
        out.f(" {:04x}", c.be16(p));
        break;
    case 2:
    case 4:
        out.put(cmd == 2 ? "ipx-sap-resp" : "ipx-sap-nearest-resp");
        for (int i = 0; i < 8 && length != 0 && !ctx.truncated; ++i) {
            if (!c.has(p, 2)) return ctx.print_trunc();
            if (length < 2) return ctx.print_invalid();
            out.f(" {:04x} '", c.be16(p));
            p += 2;
            length -= 2;
            if (length < 48) {
                out.put('\'');
                return ctx.print_invalid();
            }
            put_string_nul_padded(ctx, c, p, 48);
            out.put('\'');
            p += 48;
            length -= 48;
            if (!c.has(p, 10)) return ctx.print_trunc();
            if (length < 10) return ctx.print_invalid();
            out.put(" addr ");
            put_ipxaddr(ctx, c, p, p + 4);
            p += 10;
            length -= 10;
            if (!c.has(p, 4)) return ctx.print_trunc();
            if (length < 4) return ctx.print_invalid();
            p += 4;
            length -= 4;
        }
        break;
    default: out.f("ipx-sap-?{:x}", cmd); break;
    }
}

void ipx_rip_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    const uint16_t cmd = c.be16(0);
    if (ctx.truncated) return;
    if (length < 2) {
        out.f(" [length {} < 2]", length);
        return ctx.print_invalid();
    }
    size_t p = 2;
    length -= 2;
    switch (cmd) {
    case 1:
        out.put("ipx-rip-req");
        if (length != 0) {
            if (length < 8) return ctx.print_invalid();
            out.f(" {:08x}/{}.{}", c.be32(p), c.be16(p + 4), c.be16(p + 6));
        }
        break;
    case 2:
        out.put("ipx-rip-resp");
        for (int i = 0; i < 50 && length != 0 && !ctx.truncated; ++i) {
            if (length < 8) return ctx.print_invalid();
            out.f(" {:08x}/{}.{}", c.be32(p), c.be16(p + 4), c.be16(p + 6));
            p += 8;
            length -= 8;
        }
        break;
    default: out.f("ipx-rip-?{:x}", cmd); break;
    }
}

}  // namespace

void ipx_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ipx";
    OutBuf& out = ctx.out;
    if (!ctx.opt.eflag) out.put("IPX ");
    const uint16_t sskt = c.be16(28);
    if (ctx.truncated || !put_ipxaddr(ctx, c, 18, 22)) return;
    out.f(".{:04x} > ", sskt);
    const uint16_t dskt = c.be16(16);
    if (ctx.truncated || !put_ipxaddr(ctx, c, 6, 10)) return;
    out.f(".{:04x}: ", dskt);
    length = c.be16(2);
    if (ctx.truncated) return;
    if (length < kIpxLen) {
        out.f("[length {} < {}]", length, kIpxLen);
        ctx.print_invalid();
        return;
    }
    length -= kIpxLen;
    const Cursor d = c.skip(kIpxLen);
    switch (dskt) {
    case 0x0451: out.f("ipx-ncp {}", length); break;
    case 0x0452: ipx_sap_print(ctx, d, length); break;
    case 0x0453: ipx_rip_print(ctx, d, length); break;
    case 0x0455: out.f("ipx-netbios {}", length); break;
    case 0x0456: out.f("ipx-diags {}", length); break;
    case 0x0553: out.f("ipx-nwlink-dgm {}", length); break;
    case 0x85be: {
        IpInfo ip{.version = 4, .hdr = d, .src = {}, .dst = {}, .ttl_hlim = 0, .fragmented = false, .ip_payload_len = 0, .cksum_dst = {}};
        eigrp_print(ctx, d, length, ip);
        break;
    }
    default: out.f("ipx-#{:x} {}", dskt, length); break;
    }
}

}  // namespace rd
