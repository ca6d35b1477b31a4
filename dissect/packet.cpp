// The top of the printer pipeline: one packet's line (tcpdump's pretty_print_packet).
#include "protos.hpp"
#include "ringdump/dissect/print.hpp"
#include "ringdump/format/hexdump.hpp"
#include "state.hpp"

namespace rd {

namespace {
// tcpdump refuses to print a record whose header makes no sense.
bool print_invalid_header(Ctx& ctx, const PacketRef& pkt) {
    OutBuf& out = ctx.out;
    if (pkt.caplen == 0 && pkt.wirelen == 0) {
        out.put("[Invalid header: caplen==0, len==0]\n");
    } else if (pkt.caplen == 0) {
        out.put("[Invalid header: caplen==0]\n");
    } else if (pkt.wirelen == 0) {
        out.put("[Invalid header: len==0]\n");
    } else if (pkt.wirelen < pkt.caplen) {
        out.f("[Invalid header: len({}) < caplen({})]\n", pkt.wirelen, pkt.caplen);
    } else {
        return false;
    }
    return true;
}
}  // namespace

bool have_link_printer(uint32_t linktype) { return find_link_printer(linktype) != nullptr; }

void print_packet(Ctx& ctx, const PacketRef& pkt, uint64_t number) {
    OutBuf& out = ctx.out;
    out.unmute();
    if (ctx.opt.number) out.f("{:5}  ", number);
    if (print_invalid_header(ctx, pkt)) return;

    ctx.pkt_ts_sec = pkt.ts_sec;
    ctx.pkt_ts_nsec = pkt.ts_nsec;
    ctx.state().ts.print(out, pkt.ts_sec, pkt.ts_nsec);

    ctx.proto = "";
    ctx.truncated = false;
    Cursor c(ctx, pkt.bytes());
    uint32_t hdrlen = 0;
    if (LinkPrinter lp = find_link_printer(pkt.linktype)) {
        hdrlen = lp(ctx, c, pkt.wirelen);
    } else {
        // tcpdump shows frames of a link type it cannot decode as a dump.
        out.put("UNSUPPORTED");
        hex_ascii_dump(out, pkt.bytes());
        hdrlen = 0;  // no link header counted: -x/-X/-A dump the whole frame again
    }
    if (ctx.truncated) {
        // A printer ran off the captured bytes: marker, and the dumps show the whole
        // packet, link-layer header included (tcpdump does the same).
        out.unmute();
        ctx.print_trunc();
        ctx.truncated = false;
        hdrlen = 0;
    }

    const auto all = pkt.bytes();
    const auto payload = hdrlen < pkt.caplen ? all.subspan(hdrlen) : std::span<const uint8_t>{};
    if (ctx.opt.Xflag) {
        hex_ascii_dump(out, ctx.opt.Xflag > 1 ? all : payload);
    } else if (ctx.opt.xflag) {
        hex_dump(out, ctx.opt.xflag > 1 ? all : payload);
    } else if (ctx.opt.Aflag) {
        // Nothing at all (not even the newline) when there is nothing to show.
        const auto shown = ctx.opt.Aflag > 1 ? all : payload;
        if (!shown.empty()) ascii_dump(out, shown);
    }
    out.put('\n');
}

}  // namespace rd
