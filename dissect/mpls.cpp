// MPLS label stack (RFC 3032), then a guess at the payload: IPv4/IPv6 from the explicit
// or implicit NULL labels or the first payload byte, OSI from its NLPID.
#include <iterator>

#include "protos.hpp"

namespace rd {

namespace {

constexpr const char* kReservedLabels[] = {
    "IPv4 explicit NULL", "router alert", "IPv6 explicit NULL", "implicit NULL", "rsvd",
    "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd", "rsvd",
};

enum class Payload { Unknown, Ipv4, Ipv6, Osi };

}  // namespace

void mpls_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "mpls";
    ctx.out.put("MPLS");
    size_t off = 0;
    uint32_t entry = 0;
    unsigned depth = 0;
    do {
        if (length < 4) {
            ctx.print_invalid();
            c.need(off, length);
            return;
        }
        entry = c.be32(off);
        if (ctx.truncated) return;
        const uint32_t label = entry >> 12;
        ctx.out.f("{}(label {}", (depth && ctx.opt.vflag) ? "\n\t" : " ", label);
        ++depth;
        if (ctx.opt.vflag && label < std::size(kReservedLabels)) ctx.out.f(" ({})", kReservedLabels[label]);
        ctx.out.f(", tc {}", (entry >> 9) & 0x7);
        if (entry & 0x100) ctx.out.put(", [S]");
        ctx.out.f(", ttl {})", entry & 0xff);
        off += 4;
        length -= 4;
    } while (!(entry & 0x100));

    Payload pt = Payload::Unknown;
    switch (entry >> 12) {
    case 0:  // IPv4 explicit NULL
    case 3:  // implicit NULL
        pt = Payload::Ipv4;
        break;
    case 2:  // IPv6 explicit NULL
        pt = Payload::Ipv6;
        break;
    default: {
        // No protocol field: guess from the first byte (as Cisco's control traffic allows).
        if (length < 1) return;
        const uint8_t first = c.u8(off);
        if (ctx.truncated) return;
        if (first >= 0x45 && first <= 0x4f)
            pt = Payload::Ipv4;
        else if (first >= 0x60 && first <= 0x6f)
            pt = Payload::Ipv6;
        else if (first >= 0x81 && first <= 0x83)
            pt = Payload::Osi;
        break;
    }
    }
    const Cursor p = c.skip(off);
    if (pt == Payload::Unknown) {
        default_print_len(ctx, p, length);
        return;
    }
    ctx.out.put(ctx.opt.vflag ? "\n\t" : " ");
    switch (pt) {
    case Payload::Ipv4:
        ip_print(ctx, p, length);
        break;
    case Payload::Ipv6:
        ip6_print(ctx, p, length);
        break;
    case Payload::Osi:
        isoclns_print(ctx, p, length);
        break;
    default:
        break;
    }
}

}  // namespace rd
