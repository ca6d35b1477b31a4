// MPCP: a 2-byte opcode and a 4-byte timestamp, then per opcode (at -v) the GATE
// grants, the REPORT queue sets, and the REGISTER handshake fields.
#include "mpcp.hpp"

namespace rd {

namespace {

constexpr uint16_t kPause = 1, kGate = 2, kReport = 3, kRegisterRequest = 4, kRegister = 5,
                   kRegisterAck = 6;

constexpr Tok kOpcodes[] = {{kPause, "Pause"},
                            {kGate, "Gate"},
                            {kReport, "Report"},
                            {kRegisterRequest, "Register Request"},
                            {kRegister, "Register"},
                            {kRegisterAck, "Register ACK"}};
constexpr Tok kGateFlags[] = {{0x08, "Discovery"},
                              {0x10, "Force Grant #1"},
                              {0x20, "Force Grant #2"},
                              {0x40, "Force Grant #3"},
                              {0x80, "Force Grant #4"}};
constexpr Tok kReportBitmap[] = {{0x01, "Q0"}, {0x02, "Q1"}, {0x04, "Q2"}, {0x08, "Q3"},
                                 {0x10, "Q4"}, {0x20, "Q5"}, {0x40, "Q6"}, {0x80, "Q7"}};
// The register flags are values in the standard, but tcpdump shows every token whose
// bits are all set, so 3 reads "Register, De-Register".
constexpr Tok kRegisterRequestFlags[] = {{1, "Register"}, {3, "De-Register"}};
constexpr Tok kRegisterFlags[] = {{1, "Re-Register"}, {2, "De-Register"}, {3, "ACK"}, {4, "NACK"}};
constexpr Tok kRegisterAckFlags[] = {{1, "ACK"}};

// "Flags [ names ]", `none` when no token matches.
void put_flags(Ctx& ctx, std::span<const Tok> table, uint32_t v, const char* none) {
    ctx.out.put("Flags [ ");
    put_bits(ctx, table, v, ", ", none);
    ctx.out.put(" ]");
}

void gate(Ctx& ctx, const Cursor& c, size_t off) {
    OutBuf& out = ctx.out;
    const uint8_t info = c.u8(off);
    if (ctx.truncated) return;
    out.f("\n\tGrant Numbers {}, ", info & 0x07);
    put_flags(ctx, kGateFlags, info, "?");
    off += 1;
    for (unsigned g = 1; g <= (info & 0x07u); ++g, off += 6) {
        const uint32_t start = c.be32(off);
        const uint16_t duration = c.be16(off + 4);
        if (ctx.truncated) return;
        out.f("\n\tGrant #{}, Start-Time {} ticks, duration {} ticks", g, start, duration);
    }
    const uint16_t sync = c.be16(off);
    if (ctx.truncated) return;
    out.f("\n\tSync-Time {} ticks", sync);
}

void report(Ctx& ctx, const Cursor& c, size_t off) {
    OutBuf& out = ctx.out;
    const uint8_t sets = c.u8(off);
    if (ctx.truncated) return;
    out.f("\n\tTotal Queue-Sets {}", sets);
    off += 1;
    // tcpdump shows one queue set fewer than the count, each numbered with the count.
    for (unsigned s = 1; s < sets; ++s) {
        const uint8_t bitmap = c.u8(off);
        if (ctx.truncated) return;
        out.f("\n\t  Queue-Set #{}, Report-Bitmap [ ", sets);
        put_bits(ctx, kReportBitmap, bitmap, ", ", "Unknown");
        out.put(" ]");
        off += 1;
        for (unsigned q = 0; q < 8; ++q) {
            if (!(bitmap & (1u << q))) continue;
            const uint16_t duration = c.be16(off);
            if (ctx.truncated) return;
            out.f("\n\t    Q{} Report, Duration {} ticks", q + 1, duration);
            off += 2;
        }
    }
}

void register_request(Ctx& ctx, const Cursor& c, size_t off) {
    const uint8_t flags = c.u8(off);
    const uint8_t pending = c.u8(off + 1);
    if (ctx.truncated) return;
    ctx.out.put("\n\t");
    put_flags(ctx, kRegisterRequestFlags, flags, "Reserved");
    ctx.out.f(", Pending-Grants {}", pending);
}

// REGISTER and REGISTER_ACK are checked whole before any of their fields is shown.
void register_(Ctx& ctx, const Cursor& c, size_t off) {
    if (!c.need(off, 6)) return;
    ctx.out.f("\n\tAssigned-Port {}, ", c.be16(off));
    put_flags(ctx, kRegisterFlags, c.u8(off + 2), "Reserved");
    ctx.out.f("\n\tSync-Time {} ticks, Echoed-Pending-Grants {}", c.be16(off + 3), c.u8(off + 5));
}

void register_ack(Ctx& ctx, const Cursor& c, size_t off) {
    if (!c.need(off, 5)) return;
    ctx.out.f("\n\tEchoed-Assigned-Port {}, ", c.be16(off + 1));
    put_flags(ctx, kRegisterAckFlags, c.u8(off), "Reserved");
    ctx.out.f("\n\tEchoed-Sync-Time {} ticks", c.be16(off + 3));
}

}  // namespace

void mpcp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "mpcp";
    // The opcode and timestamp are checked together, even for PAUSE, which has none.
    const uint16_t opcode = c.be16(0);
    const uint32_t timestamp = c.be32(2);
    if (ctx.truncated) return;
    out.put("MPCP, Opcode ");
    put_tok(ctx, kOpcodes, opcode, "Unknown ({})");
    if (opcode != kPause) out.f(", Timestamp {} ticks", timestamp);
    out.f(", length {}", length);
    if (!ctx.opt.vflag) return;
    switch (opcode) {
    case kPause: break;
    case kGate: gate(ctx, c, 6); break;
    case kReport: report(ctx, c, 6); break;
    case kRegisterRequest: register_request(ctx, c, 6); break;
    case kRegister: register_(ctx, c, 6); break;
    case kRegisterAck: register_ack(ctx, c, 6); break;
    default: print_unknown_data(ctx, c, 0, "\n\t", length); break;
    }
}

}  // namespace rd
