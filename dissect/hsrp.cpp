// Cisco HSRP (RFC 2281), version 0 hellos, coups and resigns.
#include "protos.hpp"
#include "relts.hpp"

namespace rd {

namespace {

constexpr Tok kOps[] = {{0, "hello"}, {1, "coup"}, {2, "resign"}};
constexpr Tok kStates[] = {{0, "initial"}, {1, "learn"},    {2, "listen"},
                           {4, "speak"},   {8, "standby"}, {16, "active"}};

// Header layout (RFC 2281 section 5.1).
enum : size_t {
    kVersion = 0, kOpCode = 1, kState = 2, kHelloTime = 3, kHoldTime = 4, kPriority = 5,
    kGroup = 6, kReserved = 7, kAuth = 8, kAuthLen = 8, kVirtAddr = 16,
};

}  // namespace

// Missing fields end the line with " [|hsrp]" (an explicit check in tcpdump).
void hsrp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "hsrp";
    if (!c.has(kVersion, 1)) return ctx.print_trunc();
    const uint8_t version = c.u8(kVersion);
    out.f("HSRPv{}", version);
    if (version != 0) return;
    if (!c.has(kOpCode, 1)) return ctx.print_trunc();
    out.put('-');
    put_tok(ctx, kOps, c.u8(kOpCode), "unknown ({})");
    out.f(" {}: ", length);
    if (!c.has(kState, 1)) return ctx.print_trunc();
    out.put("state=");
    put_tok(ctx, kStates, c.u8(kState), "Unknown ({})");
    out.put(' ');
    if (!c.has(kGroup, 1)) return ctx.print_trunc();
    out.f("group={} ", c.u8(kGroup));
    if (!c.has(kReserved, 1)) return ctx.print_trunc();
    if (const uint8_t reserved = c.u8(kReserved); reserved != 0) out.f("[reserved={}!] ", reserved);
    if (!c.has(kVirtAddr, 4)) return ctx.print_trunc();
    out.put("addr=");
    put_ip4_at(ctx, c, kVirtAddr);
    if (!ctx.opt.vflag) return;
    out.put(" hellotime=");
    put_relts(ctx, c.u8(kHelloTime));
    out.put(" holdtime=");
    put_relts(ctx, c.u8(kHoldTime));
    out.f(" priority={}", c.u8(kPriority));
    out.put(" auth=\"");
    put_string_nul_padded(ctx, c, kAuth, kAuthLen);
    out.put('"');
}

}  // namespace rd
