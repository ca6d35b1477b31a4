// RSVP (RFC 2205, IP protocol 46) with the RSVP-TE / GMPLS extensions (RFC 3209, 3473,
// 4090, 4124, 4875, 5063, OIF UNI): the common header, bundles, and the object list;
// the objects themselves are in rsvp_obj.cpp.
#include "routing.hpp"
#include "rsvp.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 8;

constexpr Tok kMsgTypes[] = {
    {1, "Path"},      {2, "Resv"},     {3, "PathErr"},          {4, "ResvErr"},
    {5, "PathTear"},  {6, "ResvTear"}, {7, "ResvConf"},         {12, "Bundle"},
    {13, "Acknowledgement"}, {14, "Hello (Old)"}, {15, "Refresh"}, {20, "Hello"},
};

constexpr Tok kHeaderFlags[] = {{0x01, "Refresh reduction capable"}};

// The common header at off: false when the message stops there.
bool header_print(Ctx& ctx, const Cursor& c, size_t off, const char* lead, uint16_t& len) {
    const uint8_t vf = c.u8(off);
    const uint8_t type = c.u8(off + 1);
    len = c.be16(off + 6);
    ctx.out.f("{}RSVPv{} ", lead, vf >> 4);
    put_tok(ctx, kMsgTypes, type, "unknown, type: {}");
    ctx.out.f(" Message ({}), Flags: [", type);
    put_bits(ctx, kHeaderFlags, vf & 0x0f, ", ");
    ctx.out.f("], length: {}, ttl: {}, checksum: 0x{:04x}", len, c.u8(off + 4), c.be16(off + 2));
    if (len < kHeaderLen) {
        ctx.out.f("ERROR: common header too short {} < {}", len, kHeaderLen);
        return false;
    }
    return true;
}

}  // namespace

void rsvp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    ctx.proto = "rsvp";
    // Header checks are tcpdump's own: the marker, but not a cut-short packet.
    if (!c.has(0, kHeaderLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t vf = c.u8(0);
    if ((vf >> 4) != 1) {
        ctx.out.f("ERROR: RSVP version {} packet not supported", vf >> 4);
        return;
    }
    const uint8_t type = c.u8(1);
    if (ctx.opt.vflag < 1) {
        ctx.out.f("RSVPv{} ", vf >> 4);
        put_tok(ctx, kMsgTypes, type, "unknown ({})");
        ctx.out.f(" Message, length: {}", length);
        return;
    }
    uint16_t len = 0;
    if (!header_print(ctx, c, 0, "\n\t", len)) return;
    uint16_t tlen = static_cast<uint16_t>(len - kHeaderLen);
    switch (type) {
    case 12: {  // bundle: each submessage has its own header (no nested bundles)
        size_t p = kHeaderLen;
        while (tlen > 0 && !ctx.truncated) {
            if (!c.has(p, kHeaderLen)) {
                ctx.print_trunc();
                return;
            }
            const uint8_t svf = c.u8(p);
            if ((svf >> 4) != 1) {
                ctx.out.f("ERROR: RSVP version {} packet not supported", svf >> 4);
                return;
            }
            uint16_t sublen = 0;
            if (!header_print(ctx, c, p, "\n\t  ", sublen)) return;
            if (tlen < sublen) {
                ctx.out.f("ERROR: common header too large {} > {}", sublen, tlen);
                return;
            }
            if (rsvp_objects_print(ctx, c, p + kHeaderLen, "\n\t    ", sublen - kHeaderLen) < 0) return;
            p += sublen;
            tlen = static_cast<uint16_t>(tlen - sublen);
        }
        break;
    }
    case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 13: case 14: case 15: case 20:
        rsvp_objects_print(ctx, c, kHeaderLen, "\n\t  ", tlen);
        break;
    default: print_unknown_data(ctx, c, kHeaderLen, "\n\t    ", tlen); break;
    }
}

}  // namespace rd
