// Geneve (RFC 8926): base header, variable-length options, then a payload by EtherType.
#include "protos.hpp"

namespace rd {

namespace {

constexpr Tok kGeneveFlags[] = {
    {0x80, "O"},  {0x40, "C"},  {0x20, "R1"}, {0x10, "R2"},
    {0x08, "R3"}, {0x04, "R4"}, {0x02, "R5"}, {0x01, "R6"},
};

const char* option_class_name(uint16_t cls) {
    switch (cls) {
    case 0x0100: return "Linux";
    case 0x0101: return "Open vSwitch";
    case 0x0102: return "Open Virtual Networking (OVN)";
    case 0x0103: return "In-band Network Telemetry (INT)";
    case 0x0104: return "VMware";
    default: break;
    }
    if (cls <= 0x00ff) return "Standard";
    if (cls >= 0xfff0) return "Experimental";
    return "Unknown";
}

// The options area c of len bytes (already known to be captured).
void options_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    uint32_t off = 0;
    const char* sep = "";
    while (off < len && !ctx.truncated) {
        ctx.out.put(sep);
        sep = ", ";
        const uint16_t cls = c.be16(off);
        const uint8_t type = c.u8(off + 2);
        const uint32_t opt_len = 4 + (c.u8(off + 3) & 0x1f) * 4u;
        ctx.out.f("class {} (0x{:x}) type 0x{:x}{} len {}", option_class_name(cls), cls, type,
                  (type & 0x80) ? "(C)" : "", opt_len);
        if (opt_len > len - off) {
            ctx.out.put(" [bad length]");
            return;
        }
        if (ctx.opt.vflag > 1 && opt_len > 4) {
            ctx.out.put(" data");
            for (uint32_t i = 4; i < opt_len; i += 4) ctx.out.f(" {:08x}", c.be32(off + i));
        }
        off += opt_len;
    }
}

}  // namespace

void geneve_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "geneve";
    OutBuf& out = ctx.out;
    out.put("Geneve");
    if (length < 8) {
        out.f(" [length {} < 8]", length);
        ctx.print_invalid();
        return;
    }
    if (!c.has(0, 8)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t ver_opt = c.u8(0);
    if ((ver_opt >> 6) != 0) {
        out.f(" ERROR: unknown-version {}", ver_opt >> 6);
        return;
    }
    const uint8_t flags = c.u8(1);
    const uint16_t proto = c.be16(2);
    const uint32_t vni = c.be24(4);
    const uint8_t reserved = c.u8(7);
    // The wire length left after the base header, as tcpdump's unsigned arithmetic has it.
    const uint32_t len = length - 8;
    out.put(", Flags [");
    put_bits(ctx, kGeneveFlags, flags, "");
    out.f("], vni 0x{:x}", vni);
    if (reserved) out.f(", rsvd 0x{:x}", reserved);
    if (ctx.opt.eflag) {
        const char* name = ethertype_name(proto);
        out.f(", proto {} (0x{:04x})", name ? name : "unknown", proto);
    }
    const uint32_t opts_len = (ver_opt & 0x3f) * 4u;
    if (len < opts_len) {
        out.f(" truncated-geneve - {} bytes missing", opts_len - len);
        return;
    }
    if (!c.has(8, opts_len)) {
        ctx.print_trunc();
        return;
    }
    if (opts_len > 0) {
        out.put(", options [");
        if (ctx.opt.vflag)
            options_print(ctx, c.skip(8), opts_len);
        else
            out.f("{} bytes", opts_len);
        out.put(']');
    }
    out.put(ctx.opt.vflag < 1 ? ": " : "\n\t");
    const Cursor payload = c.skip(8 + opts_len);
    const uint32_t plen = len - opts_len;
    if (!ethertype_print(ctx, proto, payload, plen, LinkAddrs{})) {
        if (proto == 0x6558)
            ether_print(ctx, payload, plen);
        else
            out.f("geneve-proto-0x{:x}", proto);
    }
}

}  // namespace rd
