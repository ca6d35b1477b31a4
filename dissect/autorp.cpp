// Cisco Auto-RP (PIM rendezvous point announcements, version 1+ of Cisco's spec), UDP
// port 496: type, hold time, then the RPs with their group ranges.
#include "babel.hpp"
#include "relts.hpp"

namespace rd {

void cisco_autorp_print(Ctx& ctx, Cursor c, uint32_t len) {
    OutBuf& out = ctx.out;
    ctx.proto = "cisco_autorp";
    if (len < 8) {
        ctx.print_trunc();
        return;
    }
    out.put(" auto-rp ");
    const uint8_t type = c.u8(0);
    if (ctx.truncated) return;
    if (type == 0x11)
        out.put("candidate-advert");
    else if (type == 0x12)
        out.put("mapping");
    else
        out.f("type-0x{:02x}", type);
    unsigned numrps = c.u8(1);
    if (ctx.truncated) return;
    out.put(" Hold ");
    const uint16_t hold = c.be16(2);
    if (ctx.truncated) return;
    if (hold)
        put_relts(ctx, hold);
    else
        out.put("FOREVER");
    size_t p = 8;  // 4 reserved bytes follow the hold time
    len -= 8;
    for (; numrps != 0; --numrps) {
        if (len < 4) {
            ctx.print_trunc();
            return;
        }
        if (!c.need(p, 4)) return;
        out.put(" RP ");
        put_ip4_at(ctx, c, p);
        p += 4;
        len -= 4;
        if (len < 1) {
            ctx.print_trunc();
            return;
        }
        const uint8_t ver = c.u8(p);
        if (ctx.truncated) return;
        static constexpr const char* kVersions[] = {" PIMv?", " PIMv1", " PIMv2", " PIMv1+2"};
        out.put(kVersions[ver & 3]);
        if (ver & 0xfc) out.f(" [rsvd=0x{:02x}]", ver & 0xfc);
        p += 1;
        len -= 1;
        if (len < 1) {
            ctx.print_trunc();
            return;
        }
        unsigned nentries = c.u8(p);
        if (ctx.truncated) return;
        p += 1;
        len -= 1;
        char sep = ' ';
        for (; nentries != 0; --nentries) {
            if (len < 6) {
                ctx.print_trunc();
                return;
            }
            const uint8_t flags = c.u8(p), mask = c.u8(p + 1);
            if (!c.need(p + 2, 4)) return;
            out.put(sep);
            if (flags & 1) out.put('!');
            put_ip4_at(ctx, c, p + 2);
            out.f("/{}", mask);
            if (flags & 0x02) out.put(" bidir");
            if (flags & 0xfc) out.f("[rsvd=0x{:02x}]", flags & 0xfc);
            sep = ',';
            p += 6;
            len -= 6;
        }
    }
}

}  // namespace rd
