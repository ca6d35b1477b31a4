// AppleTalk: DDP with its NBP and ATP payloads, and AARP (Inside AppleTalk).
#include "atalk.hpp"

namespace rd {

namespace {

constexpr size_t kDdpLen = 13;  // long DDP header
constexpr uint16_t kEtherTypeAtalk = 0x809b;

constexpr Tok kDdpTypes[] = {{1, "rtmp"}, {5, "rtmpReq"}, {4, "echo"}, {22, "IP"}, {23, "ARP"}, {0x4b, "KLAP"}};
constexpr Tok kSockets[] = {{1, "rtmp"}, {2, "nis"}, {4, "echo"}, {6, "zip"}};

// net.node, or just the net for node 255 (tcpdump never reads /etc/atalk.names).
void put_ataddr(Ctx& ctx, uint16_t net, uint8_t node) {
    if (node != 255) ctx.out.f("{}.{}", net, node);
    else ctx.out.f("{}", net);
}

void put_socket(Ctx& ctx, uint8_t skt) {
    if (ctx.opt.nflag) ctx.out.f("{}", skt);
    else put_tok(ctx, kSockets, skt, "{}");
}

void atp_bitmap(Ctx& ctx, uint8_t bm) {
    if ((bm + 1) & bm) {
        char sep = '<';
        for (unsigned i = 0; bm; ++i, bm >>= 1) {
            if (bm & 1) {
                ctx.out.f("{}{}", sep, i);
                sep = ',';
            }
        }
        ctx.out.put('>');
        return;
    }
    unsigned i = 0;
    for (; bm; ++i) bm >>= 1;
    if (i > 1) ctx.out.f("<0-{}>", i - 1);
    else ctx.out.put("<0>");
}

void atp_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (!c.has(0, 8)) {
        ctx.print_trunc();
        return;
    }
    if (length < 8) {
        out.f(" [|atp {}]", length);
        return;
    }
    length -= 8;
    const uint8_t control = c.u8(0);
    const uint16_t tid = c.be16(2);
    switch (control & 0xc0) {
    case 0x40:
        out.f(" atp-req{} {}", (control & 0x20) ? " " : "*", tid);
        atp_bitmap(ctx, c.u8(1));
        if (length != 0) out.f(" [len={}]", length);
        switch (control & 0x18) {
        case 0x10: out.put(" [EOM]"); break;
        case 0x08: out.put(" [STS]"); break;
        case 0x18: out.put(" [EOM,STS]"); break;
        default: break;
        }
        break;
    case 0x80:
        out.f(" atp-resp{}{}:{} ({})", (control & 0x10) ? "*" : " ", tid, c.u8(1), length);
        switch (control & 0x28) {
        case 0x20: out.put(" [XO]"); break;
        case 0x08: out.put(" [STS]"); break;
        case 0x28: out.put(" [XO,STS]"); break;
        default: break;
        }
        break;
    case 0xc0:
        out.f(" atp-rel  {}", tid);
        atp_bitmap(ctx, c.u8(1));
        if (length) out.f(" [len={}]", length);
        if (control & 0x38) {
            char sep = '[';
            if (control & 0x20) {
                out.f("{}XO", sep);
                sep = ',';
            }
            if (control & 0x10) {
                out.f("{}EOM", sep);
                sep = ',';
            }
            if (control & 0x08) out.f("{}STS", sep);
            out.put(']');
        }
        break;
    default: out.f(" atp-0x{:x}  {} ({})", control, tid, length); break;
    }
    const uint32_t data = c.be32(4);
    if (data != 0) out.f(" 0x{:x}", data);
}

// A counted string at off; returns the offset after it, or 0 when it stopped.
size_t cstring(Ctx& ctx, const Cursor& c, size_t off) {
    if (!c.has(off, 1)) {
        ctx.print_trunc();
        return 0;
    }
    const uint8_t len = c.u8(off);
    off++;
    if (len > 32) {
        ctx.out.f("[len={}]", len);
        return 0;
    }
    for (uint8_t i = 0; i < len; ++i, ++off) {
        if (!c.has(off, 1)) {
            ctx.print_trunc();
            return 0;
        }
        put_char_escaped(ctx.out, c.u8(off));
    }
    return off;
}

// The name of the NBP tuple at off: " "object:type@zone"". Returns the offset after it.
size_t nbp_name(Ctx& ctx, const Cursor& c, size_t off) {
    ctx.out.put(" \"");
    size_t p = cstring(ctx, c, off + 5);
    if (!p) return 0;
    ctx.out.put(':');
    if (!(p = cstring(ctx, c, p))) return 0;
    ctx.out.put('@');
    if (!(p = cstring(ctx, c, p))) return 0;
    ctx.out.put('"');
    return p;
}

void nbp_print(Ctx& ctx, const Cursor& c, uint32_t length, uint16_t snet, uint8_t snode, uint8_t skt) {
    OutBuf& out = ctx.out;
    if (length < 2) {
        out.f(" truncated-nbp {}", length);
        return;
    }
    length -= 2;
    if (length < 8) {
        out.f(" truncated-nbp {}", length + 2);
        return;
    }
    if (c.size() < 2) {
        ctx.print_trunc();
        return;
    }
    const uint8_t control = c.u8(0);
    const uint8_t id = c.u8(1);
    const unsigned kind = control & 0xf0;
    switch (kind) {
    case 0x10:
    case 0x20: {
        out.f(" {} {}:", kind == 0x20 ? "nbp-lkup" : "nbp-brRq", id);
        if (!c.has(2, 5)) {
            ctx.print_trunc();
            return;
        }
        nbp_name(ctx, c, 2);
        if ((control & 0xf) != 1) out.f(" [ntup={}]", control & 0xf);
        if (c.u8(6)) out.f(" [enum={}]", c.u8(6));
        const uint16_t net = c.be16(2);
        const uint8_t node = c.u8(4), tskt = c.u8(5);
        if (net != snet || node != snode || tskt != skt) {
            out.put(" [addr=");
            put_ataddr(ctx, net, node);
            out.f(".{}]", tskt);
        }
        break;
    }
    case 0x30: {
        out.f(" nbp-reply {}:", id);
        size_t tp = 2;
        for (unsigned i = control & 0xf; i != 0 && tp && !ctx.truncated; i--) {
            if (!c.has(tp, 5)) {
                ctx.print_trunc();
                break;
            }
            const size_t next = nbp_name(ctx, c, tp);
            const uint8_t en = c.u8(tp + 4);
            if (en != 1) out.f("({})", en);
            if (c.u8(tp + 3) != skt) out.f(" {}", c.u8(tp + 3));
            const uint16_t net = c.be16(tp);
            const uint8_t node = c.u8(tp + 2);
            if (net != snet || node != snode) {
                out.put(" [addr=");
                put_ataddr(ctx, net, node);
                out.put(']');
            }
            tp = next;
        }
        break;
    }
    default: out.f(" nbp-0x{:x}  {} ({})", control, id, length); break;
    }
}

void ddp_print(Ctx& ctx, const Cursor& c, uint32_t length, uint8_t type, uint16_t snet, uint8_t snode,
               uint8_t skt) {
    switch (type) {
    case 2: nbp_print(ctx, c, length, snet, snode, skt); break;
    case 3: atp_print(ctx, c, length); break;
    case 88: {
        IpInfo ip{.version = 4, .hdr = c, .src = {}, .dst = {}, .ttl_hlim = 0, .fragmented = false, .ip_payload_len = 0, .cksum_dst = {}};
        eigrp_print(ctx, c, length, ip);
        break;
    }
    default:
        ctx.out.put(" at-");
        put_tok(ctx, kDdpTypes, type, "#{}");
        ctx.out.f(" {}", length);
        break;
    }
}

}  // namespace

void atalk_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "atalk";
    OutBuf& out = ctx.out;
    if (!ctx.opt.eflag) out.put("AT ");
    if (length < kDdpLen) {
        out.f(" [|ddp {}]", length);
        return;
    }
    if (!c.has(0, kDdpLen)) {
        out.put(" [|ddp]");
        return;
    }
    const uint16_t snet = c.be16(6);
    const uint8_t snode = c.u8(9), sskt = c.u8(11);
    put_ataddr(ctx, snet, snode);
    out.put('.');
    put_socket(ctx, sskt);
    out.put(" > ");
    put_ataddr(ctx, c.be16(4), c.u8(8));
    out.put('.');
    put_socket(ctx, c.u8(10));
    out.put(": ");
    ddp_print(ctx, c.skip(kDdpLen), length - kDdpLen, c.u8(12), snet, snode, sskt);
}

void aarp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "aarp";
    OutBuf& out = ctx.out;
    out.put("aarp ");
    constexpr size_t kLen = 28;
    if (!c.has(0, kLen)) {
        ctx.print_trunc();
        return;
    }
    if (length < kLen) {
        out.f(" [|aarp {}]", length);
        return;
    }
    const uint16_t htype = c.be16(0), ptype = c.be16(2), op = c.be16(6);
    const uint8_t halen = c.u8(4), palen = c.u8(5);
    // Protocol addresses: a pad byte, then net (2) and node.
    auto at = [&](size_t off) { put_ataddr(ctx, c.be16(off + 1), c.u8(off + 3)); };
    if (htype == 1 && ptype == kEtherTypeAtalk && halen == 6 && palen == 4) {
        switch (op) {
        case 1:
            out.put("who-has ");
            at(24);
            out.put(" tell ");
            at(14);
            return;
        case 2:
            out.put("reply ");
            at(14);
            out.put(" is-at ");
            put_mac_at(ctx, c, 8);
            return;
        case 3:
            out.put("probe ");
            at(24);
            out.put(" tell ");
            at(14);
            return;
        default: break;
        }
    }
    out.f("len {} op {} htype {} ptype ", length, op, htype);
    if (ptype) out.f("{:#x}", ptype);
    else out.put('0');  // printf's %#x prints a zero without the 0x
    out.f(" halen {} palen {}", halen, palen);
}

namespace {

// LocalTalk LLAP frame: destination and source node, type, then DDP. Returns the
// header length, 0 when the capture ends inside it.
uint32_t llap_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    ctx.proto = "llap";
    OutBuf& out = ctx.out;
    if (length < 3) {
        out.f(" [|llap {}]", length);
        return length;
    }
    if (!c.has(0, 3)) {
        ctx.print_trunc();
        return 0;
    }
    const uint8_t dst = c.u8(0), src = c.u8(1), type = c.u8(2);
    length -= 3;
    const Cursor d = c.skip(3);
    switch (type) {
    case 1: {  // short DDP: length, destination and source sockets, type
        if (length < 5) {
            out.f(" [|sddp {}]", length);
            return length;
        }
        if (!d.has(0, 5)) {
            out.put(" [|sddp]");
            return 0;
        }
        const uint8_t sskt = d.u8(3);
        put_ataddr(ctx, 0, src);
        out.put('.');
        put_socket(ctx, sskt);
        out.put(" > ");
        put_ataddr(ctx, 0, dst);
        out.put('.');
        put_socket(ctx, d.u8(2));
        out.put(':');
        ddp_print(ctx, d.skip(5), length - 5, d.u8(4), 0, src, sskt);
        return 8;
    }
    case 2: {
        if (length < kDdpLen) {
            out.f(" [|ddp {}]", length);
            return length;
        }
        if (!d.has(0, kDdpLen)) {
            out.put(" [|ddp]");
            return 0;
        }
        const uint16_t snet = d.be16(6);
        const uint8_t snode = d.u8(9), sskt = d.u8(11);
        put_ataddr(ctx, snet, snode);
        out.put('.');
        put_socket(ctx, sskt);
        out.put(" > ");
        put_ataddr(ctx, d.be16(4), d.u8(8));
        out.put('.');
        put_socket(ctx, d.u8(10));
        out.put(':');
        ddp_print(ctx, d.skip(kDdpLen), length - kDdpLen, d.u8(12), snet, snode, sskt);
        return 3 + kDdpLen;
    }
    default: out.f("{} > {} at-lap#{} {}", src, dst, type, length); return 3;
    }
}

}  // namespace

uint32_t ltalk_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "ltalk_if";
    const uint32_t hdrlen = llap_print(ctx, c, wirelen);
    return hdrlen == 0 ? static_cast<uint32_t>(c.size()) : hdrlen;
}

}  // namespace rd
