// LWAPP (RFC 5412): the transport header on the data port (UDP 12222) and, on the
// control port (UDP 12223), the control message headers that follow (the AP's MAC
// address comes first in messages sent to the controller).
#include "protos.hpp"
#include "udp_tunnels.hpp"

namespace rd {

namespace {

constexpr uint32_t kTransportLen = 6;  // version/flags, frag id, length, status
constexpr uint32_t kControlLen = 8;    // type, seq, length, session id
constexpr uint32_t kApIdentLen = 6;

constexpr Tok kHeaderBits[] = {
    {0x01, "Last Fragment Bit"}, {0x02, "Fragment Bit"}, {0x04, "Control Bit"},
};

constexpr Tok kMsgTypes[] = {
    {1, "Discovery req"},        {2, "Discovery resp"},
    {3, "Join req"},             {4, "Join resp"},
    {5, "Join ack"},             {6, "Join confirm"},
    {10, "Configure req"},       {11, "Configure resp"},
    {12, "Update req"},          {13, "Update resp"},
    {14, "WTP event req"},       {15, "WTP event resp"},
    {16, "Change state event req"}, {17, "Change state event resp"},
    {22, "Echo req"},            {23, "Echo resp"},
    {24, "Image data req"},      {25, "Image data resp"},
    {26, "Channel status req"},  {27, "Channel status resp"},
    {30, "Key update req"},      {31, "Key update resp"},
    {32, "Primary discovery req"}, {33, "Primary discovery resp"},
    {34, "Data transfer req"},   {35, "Data transfer resp"},
    {36, "Clear config ind"},    {37, "Wlan config req"},
    {38, "Wlan config resp"},    {39, "Mobile config req"},
    {40, "Mobile config resp"},
};

unsigned version_of(uint8_t b) { return (b & 0xc0) >> 6; }
unsigned radio_of(uint8_t b) { return (b & 0x38) >> 3; }
const char* kind_of(uint8_t b) { return (b & 0x04) ? "Control" : "Data"; }

// The first byte of the transport header: false (after printing why) unless version 0.
bool version_ok(Ctx& ctx, uint8_t b) {
    if (version_of(b) == 0) return true;
    ctx.out.f("LWAPP version {} packet not supported", version_of(b));
    return false;
}

void put_terse(Ctx& ctx, uint8_t b, uint32_t length) {
    ctx.out.f("LWAPPv{}, {} frame, Flags [", version_of(b), kind_of(b));
    put_bits(ctx, kHeaderBits, b & 0x07, ", ");
    ctx.out.f("], length {}", length);
}

}  // namespace

void lwapp_control_print(Ctx& ctx, Cursor c, uint32_t length, bool has_ap_ident) {
    OutBuf& out = ctx.out;
    ctx.proto = "lwapp_control";
    const size_t th = has_ap_ident ? kApIdentLen : 0;
    if (!c.has(0, th + kTransportLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t b = c.u8(th);
    if (!version_ok(ctx, b)) return;
    if (ctx.opt.vflag < 1) return put_terse(ctx, b, length);

    uint32_t tlen = c.be16(th + 2);
    out.f("LWAPPv{}, {} frame, Radio-id {}, Flags [", version_of(b), kind_of(b), radio_of(b));
    put_bits(ctx, kHeaderBits, b & 0x07, ", ");
    out.f("], Frag-id {}, length {}", c.u8(th + 1), tlen);
    if (has_ap_ident) {
        out.put("\n\tAP identity: ");
        put_mac_at(ctx, c, 0);
    }
    size_t off = th + kTransportLen;
    while (tlen != 0) {
        if (!c.has(off, kControlLen)) {
            ctx.print_trunc();
            return;
        }
        if (tlen < kControlLen) {
            out.put("\n\t  Msg goes past end of PDU");
            return;
        }
        const uint32_t msg_len = c.be16(off + 2);
        if (tlen < kControlLen + msg_len) {
            out.put("\n\t  Msg goes past end of PDU");
            return;
        }
        const uint8_t type = c.u8(off);
        out.put("\n\t  Msg type: ");
        put_tok(ctx, kMsgTypes, type, "Unknown");
        out.f(" ({}), Seqnum: {}, Msg len: {}, Session: 0x{:08x}", type, c.u8(off + 1), msg_len,
              c.be32(off + 4));
        // tcpdump checks the message length from the start of the message header.
        if (!c.has(off, msg_len)) {
            ctx.print_trunc();
            return;
        }
        off += kControlLen + msg_len;
        tlen -= kControlLen + msg_len;
    }
}

void lwapp_data_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "lwapp_data";
    if (!c.has(0, kTransportLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t b = c.u8(0);
    if (!version_ok(ctx, b)) return;
    if (ctx.opt.vflag < 1) return put_terse(ctx, b, length);

    const uint32_t tlen = c.be16(2);
    out.f("LWAPPv{}, {} frame, Radio-id  {}, Flags [", version_of(b), kind_of(b), radio_of(b));
    put_bits(ctx, kHeaderBits, b & 0x07, ", ");
    if (tlen < kTransportLen) {
        out.f("], length {} < transport header length", tlen);
        return;
    }
    out.f("], Frag-id  {}, length {}", c.u8(1), tlen);
    // An 802.11 frame follows; tcpdump shows it in hex.
    print_unknown_data(ctx, c, kTransportLen, "\n\t", tlen - kTransportLen);
}

}  // namespace rd
