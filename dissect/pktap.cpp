// Apple PKTAP (LINKTYPE_PKTAP 258, and DLT 149 as Darwin numbers it): a little-endian
// header of at least 108 bytes (its length, record type, DLT, interface and process
// names ...) and, for packet records, the frame printed by the printer of that DLT.
#include "ppi.hpp"

namespace rd {

namespace {

constexpr uint32_t kMinHdrLen = 108;
enum : uint32_t { kRecNone = 0, kRecPacket = 1 };

void header(Ctx& ctx, const Cursor& c, uint32_t length) {
    const uint32_t dlt = c.le32(8);
    const char* name = dlt_name(dlt);
    if (!name) name = "UNKNOWN";
    if (ctx.opt.qflag) ctx.out.put(name);
    else ctx.out.f("DLT {} ({}) len {}", name, dlt, c.le32(0));
    ctx.out.f(", length {}: ", length);
}

}  // namespace

uint32_t pktap_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "pktap";
    OutBuf& out = ctx.out;
    // The invalid cases count no link header: the -x dump shows the whole record.
    if (wirelen < kMinHdrLen) {
        out.f(" (packet too short, {} < {})", wirelen, kMinHdrLen);
        ctx.print_invalid();
        return 0;
    }
    // tcpdump reads the DLT and the header length before it checks either against the
    // capture: only a record cut before them is a read past the end.
    const uint32_t dlt = c.le32(8);
    const uint32_t hdrlen = c.le32(0);
    if (ctx.truncated) return 0;
    if (hdrlen < kMinHdrLen) {
        out.f(" (pkt_len too small, {} < {})", hdrlen, kMinHdrLen);
        ctx.print_invalid();
        return 0;
    }
    if (hdrlen > wirelen) {
        out.f(" (pkt_len too big, {} > {})", hdrlen, wirelen);
        ctx.print_invalid();
        return 0;
    }
    if (!c.need(0, hdrlen)) return 0;
    if (ctx.opt.eflag) header(ctx, c, wirelen);
    switch (c.le32(4)) {
    case kRecNone: out.put("no data"); break;
    case kRecPacket:
        if (LinkPrinter p = dlt_printer(dlt)) {
            // As for PPI, tcpdump counts the inner link header twice for the -x dump.
            const uint32_t inner = p(ctx, c.skip(hdrlen), wirelen - hdrlen);
            return hdrlen + 2 * inner;
        }
        if (!ctx.opt.eflag) header(ctx, c, wirelen);
        default_print(ctx, c.rest(hdrlen));
        break;
    default: break;
    }
    return hdrlen;
}

}  // namespace rd
