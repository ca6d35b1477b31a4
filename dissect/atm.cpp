// ATM as tcpdump 4.99.3 prints it: RFC 1483/2684 LLC-encapsulated PDUs (LINKTYPE
// ATM_RFC1483, also behind a Fore 802.6 header), SunATM's pseudo-header (LINKTYPE
// SUNATM) with the VPI/VCI, UNI 3.1 signalling (Q.2931 / SSCOP), OAM F4/F5 cells with
// their CRC-10, ILMI (SNMP), LAN emulation (LANE control and 802.3 data frames), and
// Linux Classical IP over ATM (LINKTYPE ATM_CLIP: LLC/SNAP or bare IPv4).
#include "atm.hpp"

#include <algorithm>

#include "snmp.hpp"

namespace rd {

namespace {

enum class Traffic { Unknown, Lane, Llc };

// Well-known VCIs on VPI 0.
constexpr unsigned kVciMeta = 1, kVciBroadcastSig = 2, kVciOamF4Segment = 3, kVciOamF4End = 4,
                   kVciSignalling = 5, kVciIlmi = 16;
constexpr uint8_t kQ2931 = 0x09;
constexpr uint32_t kCellHeaderLen = 4;  // without the HEC
constexpr uint32_t kOamPayloadLen = 48, kOamFunctionLen = 45;
constexpr uint32_t kSunAtmHeaderLen = 4;
constexpr uint32_t kForeHeaderLen = 20;  // 802.6 MAC header some Fore drivers put first

constexpr Tok kMsgTypes[] = {
    {0x02, "Call_proceeding"}, {0x07, "Connect"},      {0x0f, "Connect_ack"},
    {0x05, "Setup"},           {0x4d, "Release"},      {0x5a, "Release_complete"},
    {0x46, "Restart"},         {0x4e, "Restart_ack"},  {0x7d, "Status"},
    {0x75, "Status_enquiry"},  {0x80, "Add_party"},    {0x81, "Add_party_ack"},
    {0x82, "Add_party_reject"}, {0x83, "Drop_party"},  {0x84, "Drop_party_ack"},
};
constexpr Tok kOamFlows[] = {{3, "OAM F4 (segment)"}, {4, "OAM F4 (end)"}};
constexpr Tok kPayloadTypes[] = {
    {0, "user data, uncongested, SDU 0"}, {1, "user data, uncongested, SDU 1"},
    {2, "user data, congested, SDU 0"},   {3, "user data, congested, SDU 1"},
    {4, "VCC OAM F5 flow segment"},       {5, "VCC OAM F5 flow end-to-end"},
    {6, "Traffic Control and resource Mgmt"},
};
constexpr unsigned kCellFault = 1, kCellPerformance = 2, kCellActivate = 8;
constexpr Tok kCellTypes[] = {{1, "Fault Management"}, {2, "Performance Management"},
                              {8, "activate/deactivate"}, {15, "System Management"}};
constexpr Tok kFaultFuncs[] = {{0, "AIS"}, {1, "RDI"}, {4, "Continuity Check"}, {8, "Loopback"}};
constexpr Tok kPerfFuncs[] = {{0, "Forward Monitoring"}, {1, "Backward Reporting"},
                              {2, "Monitoring and Reporting"}};
constexpr Tok kActivateFuncs[] = {{0, "Performance Monitoring"}, {1, "Continuity Check"}};
constexpr unsigned kFuncAis = 0, kFuncRdi = 1, kFuncLoopback = 8;
constexpr Tok kLoopbackIndicators[] = {{0, "Reply"}, {1, "Request"}};
constexpr Tok kLaneOps[] = {
    {0x0001, "configure request"},  {0x0101, "configure response"},
    {0x0002, "join request"},       {0x0102, "join response"},
    {0x0003, "ready query"},        {0x0103, "ready indication"},
    {0x0004, "register request"},   {0x0104, "register response"},
    {0x0005, "unregister request"}, {0x0105, "unregister response"},
    {0x0006, "ARP request"},        {0x0106, "ARP response"},
    {0x0007, "flush request"},      {0x0107, "flush response"},
    {0x0008, "NARP request"},       {0x0009, "topology request"},
};

// CRC-10 (x^10 + x^9 + x^5 + x^4 + x + 1) of the OAM payload, its stored CRC included:
// zero when the cell is intact.
unsigned crc10_remainder(std::span<const uint8_t> d) {
    unsigned rem = 0;
    for (uint8_t b : d) {
        for (int i = 7; i >= 0; --i) {
            rem = rem << 1 | ((b >> i) & 1);
            if (rem & 0x400) rem ^= 0x633;
        }
    }
    return rem;
}

// "%04x " of the 16-bit words at each odd offset of an n-byte field (tcpdump's stride).
void odd_words(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    for (size_t i = 1; i < n && !ctx.truncated; i += 2) {
        const uint16_t w = c.be16(off + i);
        if (!ctx.truncated) ctx.out.f("{:04x} ", w);
    }
}

// An RFC 1483 LLC-encapsulated PDU; returns the LLC header length.
uint32_t atm_llc_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    return llc_or_dump(ctx, c, length, LinkAddrs{});
}

// UNI 3.1 signalling on VCI 5.
void sig_print(Ctx& ctx, const Cursor& c) {
    const uint8_t proto = c.u8(0);
    if (ctx.truncated) return;
    if (proto != kQ2931) {
        ctx.out.f("SSCOP, proto {} ", proto);  // SSCOP with something unknown on top
        return;
    }
    ctx.out.put("Q.2931");
    const uint8_t type = c.u8(5);
    if (ctx.truncated) return;
    ctx.out.put(':');
    put_tok(ctx, kMsgTypes, type, "msgtype#{}");
    ctx.out.put(' ');
    const uint32_t call_ref = c.be24(2);
    if (!ctx.truncated) ctx.out.f("CALL_REF:0x{:06x}", call_ref);
}

// LAN emulation: an LE control frame, or an LE client ID and an 802.3 frame.
void lane_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    ctx.proto = "lane";
    const uint16_t header = c.be16(0);
    if (ctx.truncated) return;
    if (header == 0xff00) {
        const uint8_t proto = c.u8(2), vers = c.u8(3);
        const uint16_t op = c.be16(4);
        if (ctx.truncated) return;
        ctx.out.f("lec: proto {:x} vers {:x} ", proto, vers);
        put_tok(ctx, kLaneOps, op, "opcode-#{}");
        return;
    }
    const Cursor frame = c.skip(2);
    length -= 2;
    // The client ID shows once the Ethernet printer has accepted the frame's size.
    if (length >= frame.size() && frame.size() >= 14) ctx.out.f("lecid:{:x} ", header);
    ether_print(ctx, frame, length);
}

void atm_print(Ctx& ctx, unsigned vpi, unsigned vci, Traffic traffic, const Cursor& c, uint32_t length) {
    ctx.proto = "atm";
    if (ctx.opt.eflag) ctx.out.f("VPI:{} VCI:{} ", vpi, vci);
    if (vpi == 0) {
        switch (vci) {
        case kVciSignalling:
            sig_print(ctx, c);
            return;
        case kVciBroadcastSig:
            ctx.out.put("broadcast sig: ");
            return;
        case kVciOamF4Segment:
        case kVciOamF4End:
            oam_print(ctx, c, length, 1);
            return;
        case kVciMeta:
            ctx.out.put("meta: ");
            return;
        case kVciIlmi:
            ctx.out.put("ilmi: ");
            snmp_print(ctx, c, length);
            return;
        default: break;
        }
    }
    if (traffic == Traffic::Lane) lane_print(ctx, c, length);
    else atm_llc_print(ctx, c, length);  // unknown traffic is taken for LLC
}

}  // namespace

void oam_print(Ctx& ctx, const Cursor& c, uint32_t length, unsigned hec) {
    OutBuf& out = ctx.out;
    ctx.proto = "oam";
    const uint32_t cell = c.be32(hec);
    const uint8_t types = c.u8(kCellHeaderLen + hec);
    if (ctx.truncated) return;
    const unsigned cell_type = types >> 4, func_type = types & 0x0f;
    const unsigned vpi = (cell >> 20) & 0xff, vci = (cell >> 4) & 0xffff;
    put_tok(ctx, kOamFlows, vci, "OAM F5");
    out.f(", vpi {}, vci {}, payload [ ", vpi, vci);
    put_tok(ctx, kPayloadTypes, (cell >> 1) & 0x7, "Unknown");
    out.f(" ], clp {}, length {}", cell & 1, length);
    if (!ctx.opt.vflag) return;

    out.put("\n\tcell-type ");
    put_tok(ctx, kCellTypes, cell_type, "unknown");
    out.f(" ({})", cell_type);
    std::span<const Tok> funcs;
    if (cell_type == kCellFault) funcs = kFaultFuncs;
    else if (cell_type == kCellPerformance) funcs = kPerfFuncs;
    else if (cell_type == kCellActivate) funcs = kActivateFuncs;
    if (funcs.empty()) {
        out.f(", func-type unknown ({})", func_type);
    } else {
        out.put(", func-type ");
        put_tok(ctx, funcs, func_type, "none");
        out.f(" ({})", func_type);
    }

    const size_t p = kCellHeaderLen + hec;  // the cell/function type byte
    if (cell_type == kCellFault && func_type == kFuncLoopback) {
        if (!c.need(p + 1, kOamFunctionLen)) return;
        const uint8_t indicator = c.u8(p + 1);
        out.put("\n\tLoopback-Indicator ");
        put_tok(ctx, kLoopbackIndicators, indicator & 1, "Unknown");
        out.f(", Correlation-Tag 0x{:08x}", c.be32(p + 2));
        out.put("\n\tLocation-ID ");
        odd_words(ctx, c, p + 6, 12);
        out.put("\n\tSource-ID   ");
        odd_words(ctx, c, p + 18, 12);
    } else if (cell_type == kCellFault && (func_type == kFuncAis || func_type == kFuncRdi)) {
        if (!c.need(p + 1, kOamFunctionLen)) return;
        out.f("\n\tFailure-type 0x{:02x}", c.u8(p + 1));
        out.put("\n\tLocation-ID ");
        odd_words(ctx, c, p + 2, 16);
    }
    const uint16_t cksum = c.be16(p + 1 + kOamFunctionLen) & 0x3ff;
    if (ctx.truncated) return;
    const bool ok = crc10_remainder(c.bytes(p, kOamPayloadLen)) == 0;
    out.f("\n\tcksum 0x{:03x} ({}correct)", cksum, ok ? "" : "in");
}

uint32_t sunatm_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "sunatm";
    const uint8_t dir = c.u8(0);
    if (ctx.truncated) return 0;
    if (ctx.opt.eflag) ctx.out.put(dir & 0x80 ? "Tx: " : "Rx: ");
    const Traffic traffic = (dir & 0x0f) == 1 ? Traffic::Lane : (dir & 0x0f) == 2 ? Traffic::Llc : Traffic::Unknown;
    const uint16_t vci = c.be16(2);
    const uint8_t vpi = c.u8(1);
    if (ctx.truncated) return 0;
    atm_print(ctx, vpi, vci, traffic, c.skip(kSunAtmHeaderLen), wirelen - kSunAtmHeaderLen);
    return kSunAtmHeaderLen;
}

uint32_t atm_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "atm";
    const uint8_t first = c.u8(0);
    if (ctx.truncated) return 0;
    if (first == 0x03) {  // Cisco-style NLPID
        if (ctx.opt.eflag) ctx.out.put("CNLPID ");
        isoclns_print(ctx, c.skip(1), wirelen - 1);
        return 1;
    }
    const uint32_t llc = c.be24(0);
    if (ctx.truncated) return 0;
    uint32_t hdrlen = 0;
    if (llc != 0xaaaa03 && llc != 0xfefe03 && llc != 0x060603) {
        if (ctx.opt.eflag) {
            const uint32_t a = c.be32(0), b = c.be32(4), d = c.be32(8), e = c.be32(12);
            if (ctx.truncated) return 0;
            ctx.out.f("{:08x}{:08x} {:08x}{:08x} ", a, b, d, e);
        }
        if (!c.need(0, kForeHeaderLen)) return 0;
        c = c.skip(kForeHeaderLen);
        wirelen -= kForeHeaderLen;
        hdrlen = kForeHeaderLen;
    }
    return hdrlen + atm_llc_print(ctx, c, wirelen);
}

uint32_t cip_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    static constexpr uint8_t kLlcSnapRouted[] = {0xaa, 0xaa, 0x03, 0x00, 0x00, 0x00};
    ctx.proto = "cip";
    if (ctx.opt.eflag) ctx.out.f("{}: ", wirelen);
    const auto head = c.bytes(0, sizeof kLlcSnapRouted);
    if (head.empty()) return 0;
    if (std::equal(head.begin(), head.end(), std::begin(kLlcSnapRouted)))
        return atm_llc_print(ctx, c, wirelen);
    ip_print(ctx, c, wirelen);  // no LLC header: bare IP
    return 0;
}

}  // namespace rd
