// Thin link-type printers: bare PPPoE frames (PPP_ETHER), Hilscher netANALYZER
// captures, whose 4-byte pseudo-header (plus preamble and SFD in the transparent
// variant) precedes an Ethernet frame, and BSD/OS SLIP and PPP.
#include "link_wrap.hpp"

namespace rd {

namespace {

constexpr uint32_t kPppoeHdrLen = 6;
constexpr uint32_t kSlipBsdosHdrLen = 16;  // BSD/OS SLIP: direction, compressed header
constexpr uint32_t kNetAnalyzerHdr = 4, kNetAnalyzerTransparentHdr = 12;  // + preamble, SFD

uint32_t netanalyzer_common(Ctx& ctx, const Cursor& c, uint32_t wirelen, uint32_t hdrlen) {
    // A short pseudo-header is a read past the capture: marker, whole -x dump.
    if (!c.need(0, hdrlen)) return 0;
    return hdrlen + ether_print(ctx, c.skip(hdrlen), wirelen - hdrlen);
}

}  // namespace

uint32_t pppoe_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    const uint32_t hdrlen = pppoe_print(ctx, c, wirelen);
    // A frame too short for the PPPoE header counts no link header: the -x dump shows it all.
    return wirelen < kPppoeHdrLen ? 0 : hdrlen;
}

uint32_t sl_bsdos_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "slip_bsdos";
    // A short header is a read past the capture: marker, whole -x dump.
    if (!c.need(0, kSlipBsdosHdrLen)) return 0;
    ip_print(ctx, c.skip(kSlipBsdosHdrLen), wirelen - kSlipBsdosHdrLen);
    return kSlipBsdosHdrLen;
}

// tcpdump decodes BSD/OS PPP only when built on BSD/OS: elsewhere it prints nothing and
// the -x dump shows the whole frame.
uint32_t ppp_bsdos_if_print(Ctx&, Cursor, uint32_t) { return 0; }

uint32_t netanalyzer_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "netanalyzer";
    return netanalyzer_common(ctx, c, wirelen, kNetAnalyzerHdr);
}

uint32_t netanalyzer_transparent_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "netanalyzer_transparent";
    return netanalyzer_common(ctx, c, wirelen, kNetAnalyzerTransparentHdr);
}

}  // namespace rd
