// PPTP control connection (RFC 2637) on TCP port 1723: header and each control
// message's fields, described by per-message field lists.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kMagicCookie = 0x1a2b3c4d;

constexpr const char* kMsgTypes[] = {"NOT_DEFINED", "SCCRQ", "SCCRP", "StopCCRQ", "StopCCRP",
                                     "ECHORQ",      "ECHORP", "OCRQ",  "OCRP",     "ICRQ",
                                     "ICRP",        "ICCN",   "CCRQ",  "CDN",      "WEN",
                                     "SLI"};

constexpr Tok kErrCodes[] = {{0, "None"},        {1, "Not-Connected"}, {2, "Bad-Format"},
                             {3, "Bad-Value"},   {4, "No-Resource"},   {5, "Bad-Call-ID"},
                             {6, "PAC-Error"}};
constexpr Tok kSccrpResults[] = {
    {1, "Successful channel establishment"},
    {2, "General error"},
    {3, "Command channel already exists"},
    {4, "Requester is not authorized to establish a command channel"},
    {5, "The protocol version of the requester is not supported"}};
constexpr Tok kEchoResults[] = {{1, "OK"}, {2, "General Error"}};
constexpr Tok kOcrpResults[] = {{1, "Connected"},    {2, "General Error"}, {3, "No Carrier"},
                                {4, "Busy"},         {5, "No Dial Tone"},  {6, "Time-out"},
                                {7, "Do Not Accept"}};
constexpr Tok kIcrpResults[] = {{1, "Connect"}, {2, "General Error"}, {3, "Do Not Accept"}};
constexpr Tok kCdnResults[] = {{1, "Lost Carrier"}, {2, "General Error"}, {3, "Admin Shutdown"},
                               {4, "Request"}};
constexpr Tok kBearerTypes[] = {{1, "A"}, {2, "D"}, {3, "Any"}};
constexpr Tok kFramingTypes[] = {{1, "A"}, {2, "S"}, {3, "E"}};

// Field kinds; each prints one field and advances by its size.
enum class F : uint8_t {
    ProtoVer, Res8, Res16, FrameCap, BearerCap, MaxChan, FirmRev, Host, Vendor, Result, Err,
    Reason, Id, CallId, CallSer, MinBps, MaxBps, BearerType, FrameType, RecvWin, ProcDelay,
    PhoneNoLen, PhoneNo, SubAddr, PeerCallId, Cause, ConnSpeed, PhyChan, DialedLen, DialingLen,
    DialedNo, DialingNo, CallStats, CrcErr, FramingErr, HwOverrun, BufOverrun, TimeoutErr,
    AlignErr, SendAccm, RecvAccm, End
};

constexpr F kSccrq[] = {F::ProtoVer, F::Res16,   F::FrameCap, F::BearerCap,
                        F::MaxChan,  F::FirmRev, F::Host,     F::Vendor, F::End};
constexpr F kSccrp[] = {F::ProtoVer, F::Result,  F::Err,  F::FrameCap, F::BearerCap,
                        F::MaxChan,  F::FirmRev, F::Host, F::Vendor,   F::End};
constexpr F kStopccrq[] = {F::Reason, F::Res8, F::Res16, F::End};
constexpr F kStopccrp[] = {F::Result, F::Err, F::Res16, F::End};
constexpr F kEchorq[] = {F::Id, F::End};
constexpr F kEchorp[] = {F::Id, F::Result, F::Err, F::Res16, F::End};
constexpr F kOcrq[] = {F::CallId,  F::CallSer,   F::MinBps,     F::MaxBps, F::BearerType,
                       F::FrameType, F::RecvWin, F::ProcDelay, F::PhoneNoLen, F::Res16,
                       F::PhoneNo, F::SubAddr,   F::End};
constexpr F kOcrp[] = {F::CallId,    F::PeerCallId, F::Result,    F::Err,     F::Cause,
                       F::ConnSpeed, F::RecvWin,    F::ProcDelay, F::PhyChan, F::End};
constexpr F kIcrq[] = {F::CallId,     F::CallSer,  F::BearerType, F::PhyChan, F::DialedLen,
                       F::DialingLen, F::DialedNo, F::DialingNo,  F::SubAddr, F::End};
constexpr F kIcrp[] = {F::CallId,  F::PeerCallId, F::Result, F::Err,
                       F::RecvWin, F::ProcDelay,  F::Res16,  F::End};
constexpr F kIccn[] = {F::PeerCallId, F::Res16,     F::ConnSpeed, F::RecvWin,
                       F::ProcDelay,  F::FrameType, F::End};
constexpr F kCcrq[] = {F::CallId, F::Res16, F::End};
constexpr F kCdn[] = {F::CallId, F::Result, F::Err, F::Cause, F::Res16, F::CallStats, F::End};
constexpr F kWen[] = {F::PeerCallId, F::Res16,      F::CrcErr,     F::FramingErr, F::HwOverrun,
                      F::BufOverrun, F::TimeoutErr, F::AlignErr,   F::End};
constexpr F kSli[] = {F::PeerCallId, F::Res16, F::SendAccm, F::RecvAccm, F::End};

constexpr const F* kMessages[] = {nullptr, kSccrq, kSccrp, kStopccrq, kStopccrp, kEchorq,
                                  kEchorp, kOcrq,  kOcrp,  kIcrq,     kIcrp,     kIccn,
                                  kCcrq,   kCdn,   kWen,   kSli};

// A fixed-size text field shown up to its first NUL ("%.Ns"); the whole field must be
// captured (else the marker, and the message ends).
bool text_field(Ctx& ctx, const Cursor& c, size_t off, size_t size, const char* label) {
    // tcpdump prints the text as far as it was captured (NUL-terminated, escaped).
    ctx.out.put(label);
    ctx.out.put('(');
    put_string_nul_padded(ctx, c, off, size);
    if (ctx.truncated) return false;
    ctx.out.put(')');
    return true;
}

const Tok* result_table(uint16_t type, size_t& n) {
    switch (type) {
    case 2: n = std::size(kSccrpResults); return kSccrpResults;
    case 4:
    case 6: n = std::size(kEchoResults); return kEchoResults;
    case 8: n = std::size(kOcrpResults); return kOcrpResults;
    case 10: n = std::size(kIcrpResults); return kIcrpResults;
    case 13: n = std::size(kCdnResults); return kCdnResults;
    default: n = 0; return nullptr;
    }
}

void reserved(Ctx& ctx, uint32_t v) {
    if (v) ctx.out.f(" [ERROR: reserved={} must be zero]", v);
}

void put_named(Ctx& ctx, std::span<const Tok> table, uint32_t v) {
    const char* name = tok_lookup(table, v);
    ctx.out.put(name ? name : "?");
}

void fields_print(Ctx& ctx, const Cursor& c, const F* f, uint16_t type) {
    OutBuf& out = ctx.out;
    const bool v = ctx.opt.vflag != 0;
    size_t off = 0;
    for (; *f != F::End; ++f) {
        if (ctx.truncated) return;
        switch (*f) {
        case F::ProtoVer: {
            const uint16_t x = c.be16(off);
            if (ctx.truncated) return;
            out.f(" PROTO_VER({}.{})", x >> 8, x & 0xff);
            off += 2;
            break;
        }
        case F::Res8: reserved(ctx, c.u8(off)); off += 1; break;
        case F::Res16: reserved(ctx, c.be16(off)); off += 2; break;
        case F::FrameCap: {
            const uint32_t x = c.be32(off);
            if (ctx.truncated) return;
            out.f(" FRAME_CAP({}{})", (x & 1) ? "A" : "", (x & 2) ? "S" : "");
            off += 4;
            break;
        }
        case F::BearerCap: {
            const uint32_t x = c.be32(off);
            if (ctx.truncated) return;
            out.f(" BEARER_CAP({}{})", (x & 2) ? "D" : "", (x & 1) ? "A" : "");
            off += 4;
            break;
        }
        case F::Result: {
            const uint8_t x = c.u8(off);
            if (ctx.truncated) return;
            out.f(" RESULT_CODE({}", x);
            size_t n = 0;
            const Tok* t = result_table(type, n);
            if (v && t) {
                out.put(':');
                put_named(ctx, std::span<const Tok>(t, n), x);
            }
            out.put(')');
            off += 1;
            break;
        }
        case F::Err: {
            const uint8_t x = c.u8(off);
            if (ctx.truncated) return;
            out.f(" ERR_CODE({}", x);
            if (v) {
                out.put(':');
                put_named(ctx, kErrCodes, x);
            }
            out.put(')');
            off += 1;
            break;
        }
        case F::Reason: {
            const uint8_t x = c.u8(off);
            if (ctx.truncated) return;
            out.f(" REASON({}", x);
            if (v) {
                static constexpr Tok kReasons[] = {
                    {1, "None"}, {2, "Stop-Protocol"}, {3, "Stop-Local-Shutdown"}};
                out.put(':');
                put_named(ctx, kReasons, x);
            }
            out.put(')');
            off += 1;
            break;
        }
        case F::BearerType:
        case F::FrameType: {
            const uint32_t x = c.be32(off);
            if (ctx.truncated) return;
            const bool bearer = *f == F::BearerType;
            out.put(bearer ? " BEARER_TYPE(" : " FRAME_TYPE(");
            put_named(ctx, bearer ? std::span<const Tok>(kBearerTypes)
                                  : std::span<const Tok>(kFramingTypes), x);
            out.put(')');
            off += 4;
            break;
        }
        case F::Host: if (!text_field(ctx, c, off, 64, " HOSTNAME")) return; off += 64; break;
        case F::Vendor: if (!text_field(ctx, c, off, 64, " VENDOR")) return; off += 64; break;
        case F::PhoneNo: if (!text_field(ctx, c, off, 64, " PHONE_NO")) return; off += 64; break;
        case F::SubAddr: if (!text_field(ctx, c, off, 64, " SUB_ADDR")) return; off += 64; break;
        case F::DialedNo: if (!text_field(ctx, c, off, 64, " DIALED_NO")) return; off += 64; break;
        case F::DialingNo: if (!text_field(ctx, c, off, 64, " DIALING_NO")) return; off += 64; break;
        case F::CallStats: if (!text_field(ctx, c, off, 128, " CALL_STATS")) return; off += 128; break;
        case F::SendAccm:
        case F::RecvAccm: {
            const uint32_t x = c.be32(off);
            if (ctx.truncated) return;
            out.f(" {}(0x{:08x})", *f == F::SendAccm ? "SEND_ACCM" : "RECV_ACCM", x);
            off += 4;
            break;
        }
        default: {
            // Plain decimal fields: label and size.
            const char* label = "";
            size_t size = 2;
            switch (*f) {
            case F::MaxChan: label = "MAX_CHAN"; break;
            case F::FirmRev: label = "FIRM_REV"; break;
            case F::Id: label = "ID"; size = 4; break;
            case F::CallId: label = "CALL_ID"; break;
            case F::CallSer: label = "CALL_SER_NUM"; break;
            case F::MinBps: label = "MIN_BPS"; size = 4; break;
            case F::MaxBps: label = "MAX_BPS"; size = 4; break;
            case F::RecvWin: label = "RECV_WIN"; break;
            case F::ProcDelay: label = "PROC_DELAY"; break;
            case F::PhoneNoLen: label = "PHONE_NO_LEN"; break;
            case F::PeerCallId: label = "PEER_CALL_ID"; break;
            case F::Cause: label = "CAUSE_CODE"; break;
            case F::ConnSpeed: label = "CONN_SPEED"; size = 4; break;
            case F::PhyChan: label = "PHY_CHAN_ID"; size = 4; break;
            case F::DialedLen: label = "DIALED_NO_LEN"; break;
            case F::DialingLen: label = "DIALING_NO_LEN"; break;
            case F::CrcErr: label = "CRC_ERR"; size = 4; break;
            case F::FramingErr: label = "FRAMING_ERR"; size = 4; break;
            case F::HwOverrun: label = "HARDWARE_OVERRUN"; size = 4; break;
            case F::BufOverrun: label = "BUFFER_OVERRUN"; size = 4; break;
            case F::TimeoutErr: label = "TIMEOUT_ERR"; size = 4; break;
            case F::AlignErr: label = "ALIGN_ERR"; size = 4; break;
            default: return;
            }
            const uint32_t x = size == 4 ? c.be32(off) : c.be16(off);
            if (ctx.truncated) return;
            out.f(" {}({})", label, x);
            off += size;
            break;
        }
        }
    }
}

}  // namespace

void pptp_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "pptp";
    OutBuf& out = ctx.out;
    out.put(": pptp");
    if (ctx.opt.vflag) {
        const uint16_t len = c.be16(0);
        if (ctx.truncated) return;
        out.f(" Length={}", len);
        const uint16_t mt = c.be16(2);
        if (ctx.truncated) return;
        out.put(mt == 1 ? " CTRL-MSG" : mt == 2 ? " MGMT-MSG" : " UNKNOWN-MSG-TYPE");
    }
    const uint32_t mc = c.be32(4);
    if (ctx.truncated) return;
    if (mc != kMagicCookie) out.f(" UNEXPECTED Magic-Cookie!!({:08x})", mc);
    if (ctx.opt.vflag || mc != kMagicCookie) out.f(" Magic-Cookie={:08x}", mc);
    const uint16_t type = c.be16(8);
    if (ctx.truncated) return;
    if (type < std::size(kMsgTypes))
        out.f(" CTRL_MSGTYPE={}", kMsgTypes[type]);
    else
        out.f(" UNKNOWN_CTRL_MSGTYPE({})", type);
    const uint16_t res = c.be16(10);
    if (ctx.truncated) return;
    reserved(ctx, res);
    if (type < std::size(kMessages) && kMessages[type])
        fields_print(ctx, c.skip(12), kMessages[type], type);
}

}  // namespace rd
