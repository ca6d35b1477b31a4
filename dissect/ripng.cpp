// RIPng (RFC 2080, UDP port 521): requests and responses with their route entries.
#include "routing.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 4;
constexpr uint32_t kEntryLen = 20;  // prefix, route tag, prefix length, metric
constexpr uint8_t kInfinity = 16;

// One entry: prefix/length (both fetched before either is shown), tag, metric.
void entry_print(Ctx& ctx, const Cursor& c, size_t p, bool with_metric) {
    (void)c.need(p, 16);
    const uint8_t plen = c.u8(p + 18);
    if (ctx.truncated) return;
    put_ip6_at(ctx, c, p);
    ctx.out.f("/{}", plen);
    const uint16_t tag = c.be16(p + 16);
    if (tag) ctx.out.f(" [{}]", tag);
    if (with_metric) {
        const uint8_t metric = c.u8(p + 19);
        if (metric) ctx.out.f(" ({})", metric);
    }
}

bool all_zero(const Cursor& c, size_t p, size_t n) {
    for (size_t i = 0; i < n; ++i)
        if (c.u8(p + i) != 0) return false;
    return true;
}

}  // namespace

void ripng_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "ripng";
    const uint8_t cmd = c.u8(0);
    const uint8_t vers = c.u8(1);
    if (ctx.truncated) return;
    if (vers != 1) {
        ctx.out.f(" [vers {}]", vers);
        ctx.print_invalid();
        return;
    }
    if (cmd != 1 && cmd != 2) {
        ctx.out.f(" ripng-{} ?? {}", cmd, length);
        ctx.print_invalid();
        return;
    }
    if (length < kHeaderLen) {
        ctx.print_invalid();
        return;
    }
    uint32_t left = length - kHeaderLen;
    const uint32_t n = left / kEntryLen;
    const bool request = cmd == 1;
    if (request && n == 1) {
        if (!c.need(kHeaderLen, kEntryLen)) return;
        if (c.u8(kHeaderLen + 19) == kInfinity && all_zero(c, kHeaderLen, 16)) {
            ctx.out.put(" ripng-req dump");
            return;
        }
    }
    ctx.out.f(" ripng-{} {}", request ? "req" : "resp", n);
    if (n * kEntryLen != left) ctx.out.f("[{}]", length);
    ctx.out.put(':');
    size_t p = kHeaderLen;
    for (; left >= kEntryLen && !ctx.truncated; left -= kEntryLen, p += kEntryLen) {
        ctx.out.put(ctx.opt.vflag > 1 ? "\n\t" : " ");
        entry_print(ctx, c, p, !request);
        (void)c.need(p, kEntryLen);  // checked whole after it is shown
    }
    if (ctx.truncated) return;
    if (left != 0) ctx.print_invalid();
}

}  // namespace rd
