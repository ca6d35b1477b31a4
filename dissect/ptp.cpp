// PTP (IEEE 1588-2008) over UDP ports 319/320 and Ethernet type 0x88f7: the common
// header and the per-message body, all on one line.
#include "protos.hpp"

namespace rd {

namespace {

enum : uint8_t {
    kSync = 0x0, kDelayReq = 0x1, kPdelayReq = 0x2, kPdelayResp = 0x3, kFollowUp = 0x8,
    kDelayResp = 0x9, kPdelayRespFollowUp = 0xa, kAnnounce = 0xb, kSignaling = 0xc,
    kManagement = 0xd,
};

constexpr Tok kMsgTypes[] = {
    {kSync, "sync msg"},
    {kDelayReq, "delay req msg"},
    {kPdelayReq, "peer delay req msg"},
    {kPdelayResp, "peer delay resp msg"},
    {kFollowUp, "follow up msg"},
    {kDelayResp, "delay resp msg"},
    {kPdelayRespFollowUp, "pdelay resp fup msg"},
    {kAnnounce, "announce msg"},
    {kSignaling, "signalling msg"},
    {kManagement, "management msg"},
};
constexpr Tok kControl[] = {{0, "Sync"},       {1, "Delay_Req"},  {2, "Follow_Up"},
                            {3, "Delay_Resp"}, {4, "Management"}, {5, "Other"}};
constexpr Tok kFlags[] = {
    {0x0001, "l1 61"},
    {0x0002, "l1 59"},
    {0x0004, "utc reasonable"},
    {0x0008, "timescale"},
    {0x0010, "time tracable"},
    {0x0020, "frequency tracable"},
    {0x0100, "alternate master"},
    {0x0200, "two step"},
    {0x0400, "unicast"},
    {0x1000, "profile specific 1"},
    {0x2000, "profile specific 2"},
    {0x4000, "security mask"},
    {0x18c0, "unknown"},
};

constexpr size_t kBody = 34;  // the common header's length

// A 48-bit seconds + 32-bit nanoseconds timestamp; `comma` after the seconds.
void put_timestamp(Ctx& ctx, const Cursor& c, size_t off, const char* label, bool comma) {
    ctx.out.f(", {} :", label);
    const uint64_t secs = c.be_n(off, 6);
    if (ctx.truncated) return;
    ctx.out.f(" {} seconds{}", secs, comma ? "," : "");
    const uint32_t nsecs = c.be32(off + 6);
    if (ctx.truncated) return;
    ctx.out.f(" {} nanoseconds", nsecs);
}

void put_port_identity(Ctx& ctx, const Cursor& c, size_t off) {
    const uint64_t id = c.be64(off);
    if (ctx.truncated) return;
    ctx.out.f(", port identity : 0x{:x}", id);
    const uint16_t port = c.be16(off + 8);
    if (ctx.truncated) return;
    ctx.out.f(", port id : {}", port);
}

void put_timestamp_identity(Ctx& ctx, const Cursor& c, const char* label) {
    put_timestamp(ctx, c, kBody, label, true);
    if (ctx.truncated) return;
    put_port_identity(ctx, c, kBody + 10);
}

void put_announce(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    put_timestamp(ctx, c, kBody, "originTimeStamp", false);
    size_t off = kBody + 10;
    const uint16_t utc = c.be16(off);
    if (ctx.truncated) return;
    out.f(", origin cur utc :{}", utc);
    struct Field {
        const char* label;
        size_t size;
        bool hex;
    };
    static constexpr Field kFields[] = {
        {"rsvd", 1, false},           {"gm priority_1", 1, false},
        {"gm clock class", 1, false}, {"gm clock accuracy", 1, false},
        {"gm clock variance", 2, false}, {"gm priority_2", 1, false},
        {"gm clock id", 8, true},     {"steps removed", 2, false},
        {"time source", 1, true},
    };
    off += 2;
    for (const Field& f : kFields) {
        const uint64_t v = c.be_n(off, f.size);
        if (ctx.truncated) return;
        if (f.hex)
            out.f(", {} : 0x{:x}", f.label, v);
        else
            out.f(", {} : {}", f.label, v);
        off += f.size;
    }
}

// Management: tcpdump reads every trailing one-byte field from the start of the body.
void put_management(Ctx& ctx, const Cursor& c) {
    put_port_identity(ctx, c, kBody);
    struct Field {
        const char* label;
        bool hex;
    };
    static constexpr Field kFields[] = {{"start boundary hops", false},
                                        {"boundary hops", false},
                                        {"flags", true},
                                        {"reserved", true}};
    for (const Field& f : kFields) {
        if (ctx.truncated) return;
        const uint8_t v = c.u8(kBody);
        if (ctx.truncated) return;
        if (f.hex)
            ctx.out.f(", , {}  0x{:x}", f.label, v);
        else
            ctx.out.f(", , {}  {}", f.label, v);
    }
}

void ptp_v2_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const uint8_t first = c.u8(0);
    if (ctx.truncated) return;
    out.f(", v1 compat : {}", (first & 0x10) ? "yes" : "no");
    const uint8_t type = first & 0x0f;
    out.put(", msg type : ");
    put_tok(ctx, kMsgTypes, type, "Reserved");
    const uint16_t msg_len = c.be16(2);
    if (ctx.truncated) return;
    out.f(", length : {}", msg_len);
    const uint8_t domain = c.u8(4);
    const uint8_t rsvd1 = c.u8(5);
    if (ctx.truncated) return;
    out.f(", domain : {}, reserved1 : {}", domain, rsvd1);
    const uint16_t flags = c.be16(6);
    if (ctx.truncated) return;
    out.put(", Flags [");
    put_bits(ctx, kFlags, flags, ", ");
    out.put(']');
    const uint64_t ns = c.be_n(8, 6);
    if (ctx.truncated) return;
    out.f(", NS correction : {}", ns);
    const uint16_t sub_ns = c.be16(14);
    if (ctx.truncated) return;
    out.f(", sub NS correction : {}", sub_ns);
    const uint32_t rsvd2 = c.be32(16);
    if (ctx.truncated) return;
    out.f(", reserved2 : {}", rsvd2);
    const uint64_t clock = c.be64(20);
    if (ctx.truncated) return;
    out.f(", clock identity : 0x{:x}", clock);
    const uint16_t port = c.be16(28);
    if (ctx.truncated) return;
    out.f(", port id : {}", port);
    const uint16_t seq = c.be16(30);
    if (ctx.truncated) return;
    out.f(", seq id : {}", seq);
    const uint8_t control = c.u8(32);
    if (ctx.truncated) return;
    out.f(", control : {} (", control);
    put_tok(ctx, kControl, control, "Reserved");
    out.put(')');
    const uint8_t interval = c.u8(33);
    if (ctx.truncated) return;
    out.f(", log message interval : {}", interval);
    switch (type) {
    case kSync:
    case kDelayReq: put_timestamp(ctx, c, kBody, "originTimeStamp", true); break;
    case kFollowUp: put_timestamp(ctx, c, kBody, "preciseOriginTimeStamp", true); break;
    case kPdelayReq:
    case kPdelayRespFollowUp: put_timestamp_identity(ctx, c, "preciseOriginTimeStamp"); break;
    case kPdelayResp:
    case kDelayResp: put_timestamp_identity(ctx, c, "receiveTimeStamp"); break;
    case kAnnounce: put_announce(ctx, c); break;
    case kSignaling: put_port_identity(ctx, c, kBody); break;
    case kManagement: put_management(ctx, c); break;
    default: break;
    }
}

}  // namespace

void ptp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ptp";
    if (length < kBody) {
        ctx.out.f(" [length {} < {}]", length, kBody);
        ctx.print_invalid();
        return;
    }
    const uint16_t word = c.be16(0);
    if (ctx.truncated) return;
    const unsigned version = word & 0xff;
    ctx.out.f("PTPv{}", version);
    switch (version) {
    case 1: ctx.out.put(" (not implemented)"); break;
    case 2: ptp_v2_print(ctx, c); break;
    default: break;
    }
}

}  // namespace rd
