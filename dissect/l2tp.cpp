// L2TPv2 (RFC 2661) on UDP port 1701: the header flags, tunnel/session IDs, sequence
// numbers, then the control message AVPs or the PPP frame of a data message. Version 1
// on the same port is L2F, of which tcpdump only names the version.
#include "protos.hpp"
#include "udp_tunnels.hpp"

namespace rd {

namespace {

constexpr uint16_t kFlagType = 0x8000, kFlagLength = 0x4000, kFlagSeq = 0x0800,
                   kFlagOffset = 0x0200, kFlagPriority = 0x0100;
constexpr uint16_t kAvpMandatory = 0x8000, kAvpHidden = 0x4000, kAvpLenMask = 0x03ff;
constexpr uint32_t kAvpHdrLen = 6;

constexpr Tok kMsgTypes[] = {
    {1, "SCCRQ"}, {2, "SCCRP"}, {3, "SCCCN"}, {4, "StopCCN"}, {6, "HELLO"},
    {7, "OCRQ"},  {8, "OCRP"},  {9, "OCCN"},  {10, "ICRQ"},   {11, "ICRP"},
    {12, "ICCN"}, {14, "CDN"},  {15, "WEN"},  {16, "SLI"},
};

enum Avp : uint16_t {
    kMsgType = 0, kResultCode = 1, kProtoVer = 2, kFramingCap = 3, kBearerCap = 4,
    kTieBreaker = 5, kFirmVer = 6, kHostName = 7, kVendorName = 8, kTunnelId = 9,
    kRecvWin = 10, kChallenge = 11, kQ931Cause = 12, kChallengeResp = 13, kSessionId = 14,
    kCallSerial = 15, kMinBps = 16, kMaxBps = 17, kBearerType = 18, kFramingType = 19,
    kProcDelay = 20, kCalledNumber = 21, kCallingNumber = 22, kSubAddress = 23,
    kTxSpeed = 24, kPhyChannel = 25, kInitRecvLcp = 26, kLastSentLcp = 27,
    kLastRecvLcp = 28, kProxyAuthType = 29, kProxyAuthName = 30, kProxyAuthChal = 31,
    kProxyAuthId = 32, kProxyAuthResp = 33, kCallErrors = 34, kAccm = 35,
    kRandomVector = 36, kPrivateGroup = 37, kRxSpeed = 38, kSeqRequired = 39,
    kPppDisconnect = 46,
};

constexpr Tok kAvpNames[] = {
    {kMsgType, "MSGTYPE"},          {kResultCode, "RESULT_CODE"},
    {kProtoVer, "PROTO_VER"},       {kFramingCap, "FRAMING_CAP"},
    {kBearerCap, "BEARER_CAP"},     {kTieBreaker, "TIE_BREAKER"},
    {kFirmVer, "FIRM_VER"},         {kHostName, "HOST_NAME"},
    {kVendorName, "VENDOR_NAME"},   {kTunnelId, "ASSND_TUN_ID"},
    {kRecvWin, "RECV_WIN_SIZE"},    {kChallenge, "CHALLENGE"},
    {kQ931Cause, "Q931_CC"},        {kChallengeResp, "CHALLENGE_RESP"},
    {kSessionId, "ASSND_SESS_ID"},  {kCallSerial, "CALL_SER_NUM"},
    {kMinBps, "MINIMUM_BPS"},       {kMaxBps, "MAXIMUM_BPS"},
    {kBearerType, "BEARER_TYPE"},   {kFramingType, "FRAMING_TYPE"},
    {kProcDelay, "PACKET_PROC_DELAY"}, {kCalledNumber, "CALLED_NUMBER"},
    {kCallingNumber, "CALLING_NUMBER"}, {kSubAddress, "SUB_ADDRESS"},
    {kTxSpeed, "TX_CONN_SPEED"},    {kPhyChannel, "PHY_CHANNEL_ID"},
    {kInitRecvLcp, "INI_RECV_LCP"}, {kLastSentLcp, "LAST_SENT_LCP"},
    {kLastRecvLcp, "LAST_RECV_LCP"}, {kProxyAuthType, "PROXY_AUTH_TYPE"},
    {kProxyAuthName, "PROXY_AUTH_NAME"}, {kProxyAuthChal, "PROXY_AUTH_CHAL"},
    {kProxyAuthId, "PROXY_AUTH_ID"}, {kProxyAuthResp, "PROXY_AUTH_RESP"},
    {kCallErrors, "CALL_ERRORS"},   {kAccm, "ACCM"},
    {kRandomVector, "RANDOM_VECTOR"}, {kPrivateGroup, "PRIVATE_GRP_ID"},
    {kRxSpeed, "RX_CONN_SPEED"},    {kSeqRequired, "SEQ_REQUIRED"},
    {kPppDisconnect, "PPP_DISCON_CC"},
};

constexpr Tok kAuthTypes[] = {
    {0, "Reserved"}, {1, "Textual"}, {2, "CHAP"}, {3, "PAP"}, {4, "No Auth"}, {5, "MS-CHAPv1"},
};

constexpr Tok kDisconnectDirections[] = {
    {0, "global error"}, {1, "at peer"}, {2, "at local"},
};

void put_text(Ctx& ctx, const Cursor& v, size_t off, size_t n) {
    for (size_t i = 0; i < n; ++i) put_char_escaped(ctx.out, v.u8(off + i));
}

void put_octets(Ctx& ctx, const Cursor& v, size_t off, size_t n) {
    for (size_t i = 0; i < n; ++i) ctx.out.hex(v.u8(off + i), 2);
}

void too_short(Ctx& ctx) { ctx.out.put("AVP too short"); }

// Two capability/type bits as letters: `hi` for 0x2, `lo` for 0x1 (tcpdump's order).
void put_two_bits(Ctx& ctx, const Cursor& v, uint32_t n, char hi, char lo) {
    if (n < 4) return too_short(ctx);
    const uint32_t bits = v.be32(0);
    if (bits & 0x2) ctx.out.put(hi);
    if (bits & 0x1) ctx.out.put(lo);
}

// A reserved 16-bit word, then named 32-bit counters ("name=value "), each checked
// against what is left of the AVP.
void put_counters(Ctx& ctx, const Cursor& v, uint32_t n, std::span<const char* const> names, bool hex) {
    if (n < 2) return too_short(ctx);
    size_t off = 2;
    n -= 2;
    for (const char* name : names) {
        if (n < 4) return too_short(ctx);
        if (hex)
            ctx.out.f("{}={:08x} ", name, v.be32(off));
        else
            ctx.out.f("{}={} ", name, v.be32(off));
        off += 4;
        n -= 4;
    }
}

void avp_value_print(Ctx& ctx, uint16_t type, const Cursor& v, uint32_t n) {
    OutBuf& out = ctx.out;
    switch (type) {
    case kMsgType:
        if (n < 2) return too_short(ctx);
        put_tok(ctx, kMsgTypes, v.be16(0), "MSGTYPE-#{}");
        return;
    case kResultCode:
        if (n < 2) return too_short(ctx);
        out.dec(v.be16(0));
        n -= 2;
        if (n == 0) return;
        if (n < 2) {
            out.put(' ');
            return too_short(ctx);
        }
        out.f("/{}", v.be16(2));
        n -= 2;
        if (n == 0) return;
        out.put(' ');
        put_text(ctx, v, 4, n);
        return;
    case kProtoVer:
        if (n < 2) return too_short(ctx);
        out.f("{}.{}", v.u8(0), v.u8(1));
        return;
    case kFramingCap:
    case kFramingType:
        return put_two_bits(ctx, v, n, 'A', 'S');
    case kBearerCap:
    case kBearerType:
        return put_two_bits(ctx, v, n, 'A', 'D');
    case kTieBreaker:
        if (n < 8) return too_short(ctx);
        return put_octets(ctx, v, 0, 8);
    case kFirmVer:
    case kTunnelId:
    case kRecvWin:
    case kSessionId:
        if (n < 2) return too_short(ctx);
        out.dec(v.be16(0));
        return;
    case kHostName:
    case kVendorName:
    case kCallingNumber:
    case kCalledNumber:
    case kSubAddress:
    case kProxyAuthName:
    case kPrivateGroup:
        return put_text(ctx, v, 0, n);
    case kChallenge:
    case kInitRecvLcp:
    case kLastSentLcp:
    case kLastRecvLcp:
    case kProxyAuthChal:
    case kProxyAuthResp:
    case kRandomVector:
        return put_octets(ctx, v, 0, n);
    case kQ931Cause:
        if (n < 3) return too_short(ctx);
        out.f("{}, {:02x}", v.be16(0), v.u8(2));
        if (n > 3) {
            out.put(' ');
            put_text(ctx, v, 3, n - 3);
        }
        return;
    case kChallengeResp:
        if (n < 16) return too_short(ctx);
        return put_octets(ctx, v, 0, 16);
    case kCallSerial:
    case kMinBps:
    case kMaxBps:
    case kTxSpeed:
    case kPhyChannel:
    case kRxSpeed:
        if (n < 4) return too_short(ctx);
        out.dec(v.be32(0));
        return;
    case kProcDelay:
        out.put("obsolete");
        return;
    case kProxyAuthType:
        if (n < 2) return too_short(ctx);
        put_tok(ctx, kAuthTypes, v.be16(0), "AuthType-#{}");
        return;
    case kProxyAuthId:
        if (n < 2) return too_short(ctx);
        out.dec(v.be16(0) & 0xff);
        return;
    case kCallErrors: {
        static constexpr const char* kNames[] = {"CRCErr", "FrameErr", "HardOver",
                                                 "BufOver", "Timeout", "AlignErr"};
        return put_counters(ctx, v, n, kNames, false);
    }
    case kAccm: {
        static constexpr const char* kNames[] = {"send", "recv"};
        return put_counters(ctx, v, n, kNames, true);
    }
    case kPppDisconnect:
        if (n < 5) return too_short(ctx);
        out.f("{:04x}, {:04x} ", v.be16(0), v.be16(2));
        put_tok(ctx, kDisconnectDirections, v.u8(4), "Direction-#{}");
        if (n > 5) {
            out.put(' ');
            put_text(ctx, v, 5, n - 5);
        }
        return;
    default:  // includes Sequencing Required, which has no value
        return;
    }
}

void avps_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    while (length > 0 && !ctx.truncated) {
        out.put(' ');
        const uint16_t word = c.be16(0);
        if (ctx.truncated) return;
        const uint32_t len = word & kAvpLenMask;
        // An AVP shorter than its header, longer than the message or than the capture
        // ends the list.
        if (len < kAvpHdrLen || len > length || !c.has(0, len)) {
            ctx.print_trunc();
            return;
        }
        if (word & kAvpMandatory) out.put('*');
        const bool hidden = (word & kAvpHidden) != 0;
        if (hidden) out.put('?');
        const uint16_t vendor = c.be16(2);
        const uint16_t type = c.be16(4);
        const Cursor value = c.skip(kAvpHdrLen).limit(len - kAvpHdrLen);
        if (vendor != 0) {
            out.f("VENDOR{:04x}:ATTR{:04x}(", vendor, type);
            put_octets(ctx, value, 0, len - kAvpHdrLen);
            out.put(')');
        } else {
            put_tok(ctx, kAvpNames, type, "AVP-#{}");
            out.put('(');
            if (hidden)
                out.put("???");
            else
                avp_value_print(ctx, type, value, len - kAvpHdrLen);
            out.put(')');
        }
        c = c.skip(len);
        length -= len;
    }
}

}  // namespace

void l2tp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "l2tp";
    const uint16_t flags = c.be16(0);
    if (ctx.truncated) return;
    switch (flags & 0x000f) {
    case 2:
        out.put(" l2tp:");
        break;
    case 1:
        out.put(" l2f:");
        return;
    default:
        out.put(" Unknown Version, neither L2F(1) nor L2TP(2)");
        return;
    }
    out.put('[');
    if (flags & kFlagType) out.put('T');
    if (flags & kFlagLength) out.put('L');
    if (flags & kFlagSeq) out.put('S');
    if (flags & kFlagOffset) out.put('O');
    if (flags & kFlagPriority) out.put('P');
    out.put(']');

    uint32_t cnt = 2;
    uint32_t l2tp_len = 0;
    if (flags & kFlagLength) {
        l2tp_len = c.be16(cnt);
        cnt += 2;
    }
    const uint16_t tunnel = c.be16(cnt);
    if (ctx.truncated) return;
    out.f("({}/", tunnel);
    const uint16_t session = c.be16(cnt + 2);
    if (ctx.truncated) return;
    out.f("{})", session);
    cnt += 4;
    if (flags & kFlagSeq) {
        const uint16_t ns = c.be16(cnt);
        if (ctx.truncated) return;
        out.f("Ns={},", ns);
        const uint16_t nr = c.be16(cnt + 2);
        if (ctx.truncated) return;
        out.f("Nr={}", nr);
        cnt += 4;
    }
    if (flags & kFlagOffset) {
        const uint16_t pad = c.be16(cnt);
        if (ctx.truncated) return;
        cnt += 2;
        // The padding must be captured (an explicit check: the caller goes on).
        if (!c.has(cnt, pad)) {
            ctx.print_trunc();
            return;
        }
        cnt += pad;
    }
    if (flags & kFlagLength) {
        if (length < l2tp_len) {
            out.f(" Length {} larger than packet", l2tp_len);
            return;
        }
        length = l2tp_len;
    }
    if (length < cnt) {
        out.f(" Length {} smaller than header length", length);
        return;
    }
    if (flags & kFlagType) {
        if (!(flags & kFlagLength)) {
            out.put(" No length");
            return;
        }
        if (length == cnt)
            out.put(" ZLB");
        else
            avps_print(ctx, c.skip(cnt), length - cnt);
        return;
    }
    out.put(" {");
    ppp_print(ctx, c.skip(cnt), length - cnt);
    out.put('}');
}

}  // namespace rd
