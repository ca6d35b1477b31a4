// FDDI frames: frame control, MAC addresses (shown as captured: tcpdump's Linux build does
// not bit-swap them), then LLC for asynchronous LLC frames; SMT and other frame classes
// are not decoded further.
#include <array>

#include "fddi.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 13;  // frame control + destination + source

// Frame-control values and classes (ANSI X3.139).
constexpr uint8_t kClassMask = 0xf0, kZMask = 0x0f;
constexpr uint8_t kClassMac = 0xc0, kClassSmt = 0x40, kClassLlcAsync = 0x50, kClassLlcSync = 0xd0,
                  kClassImpAsync = 0x60, kClassImpSync = 0xe0;

constexpr Tok kSpecialFc[] = {
    {0x40, "void"}, {0x80, "nrt"}, {0xc0, "rt"}, {0x41, "info"},
    {0x4f, "nsa"},  {0xc2, "beacon"}, {0xc3, "claim"},
};
constexpr Tok kFcClasses[] = {
    {kClassMac, "mac"},          {kClassSmt, "smt"},           {kClassLlcAsync, "async"},
    {kClassLlcSync, "sync"},     {kClassImpAsync, "imp_async"}, {kClassImpSync, "imp_sync"},
};

void put_fc(OutBuf& out, uint8_t fc) {
    if (const char* n = tok_lookup(kSpecialFc, fc)) {
        out.put(n);
    } else if (const char* cls = tok_lookup(kFcClasses, fc & kClassMask)) {
        out.put(cls);
        out.f("{:x}", fc & kZMask);
    } else {
        out.f("{:02x}", fc);
    }
    out.put(' ');
}

void header_print(Ctx& ctx, uint8_t fc, const std::array<uint8_t, 6>& src,
                  const std::array<uint8_t, 6>& dst, uint32_t length) {
    if (!ctx.opt.qflag) put_fc(ctx.out, fc);
    ctx.names.mac(ctx.out, src);
    ctx.out.put(" > ");
    ctx.names.mac(ctx.out, dst);
    ctx.out.f(", length {}: ", length);
}

}  // namespace

uint32_t fddi_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "fddi";
    uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < kHdrLen) {
        ctx.print_trunc();
        return caplen;
    }
    const uint8_t fc = c.u8(0);
    std::array<uint8_t, 6> dst{}, src{};
    for (size_t i = 0; i < 6; ++i) {
        dst[i] = c.u8(1 + i);
        src[i] = c.u8(7 + i);
    }
    if (ctx.opt.eflag) header_print(ctx, fc, src, dst, length);

    length -= kHdrLen;
    caplen -= kHdrLen;
    const Cursor p = c.skip(kHdrLen);
    const LinkAddrs addrs{src, dst};
    if ((fc & kClassMask) == kClassLlcAsync) {
        return kHdrLen + llc_or_dump(ctx, p, length, addrs);
    }
    if ((fc & kClassMask) == kClassSmt) {
        ctx.out.put("<SMT printer not yet implemented>");
        return kHdrLen;
    }
    if (!ctx.opt.eflag) header_print(ctx, fc, src, dst, length + kHdrLen);
    default_print(ctx, p.rest());
    return kHdrLen;
}

uint32_t fddi_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "fddi";
    return fddi_print(ctx, c, wirelen);
}

}  // namespace rd
