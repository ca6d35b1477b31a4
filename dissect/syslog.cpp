// BSD syslog (RFC 3164) on UDP 514: the <PRI> facility and severity, and with -v the
// message text (-vv adds a hex dump), as tcpdump 4.99.3 prints them.
#include "syslog.hpp"

namespace rd {

namespace {

constexpr Tok kSeverities[] = {{0, "emergency"}, {1, "alert"},  {2, "critical"}, {3, "error"},
                               {4, "warning"},   {5, "notice"}, {6, "info"},     {7, "debug"}};
constexpr Tok kFacilities[] = {
    {0, "kernel"},   {1, "user"},    {2, "mail"},     {3, "daemon"},   {4, "auth"},
    {5, "syslog"},   {6, "lpr"},     {7, "news"},     {8, "uucp"},     {9, "cron"},
    {10, "authpriv"}, {11, "ftp"},   {12, "ntp"},     {13, "security"}, {14, "console"},
    {15, "cron"},    {16, "local0"}, {17, "local1"},  {18, "local2"},  {19, "local3"},
    {20, "local4"},  {21, "local5"}, {22, "local6"},  {23, "local7"},
};
constexpr unsigned kMaxPriDigits = 3;

}  // namespace

void syslog_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "syslog";
    // "<" up to three digits ">"; anything else is invalid (and a short capture, the
    // truncation marker).
    size_t off = 0;
    if (c.u8(off) != '<') {
        if (!ctx.truncated) ctx.print_invalid();
        return;
    }
    ++off;
    unsigned pri = 0;
    while (off <= kMaxPriDigits) {
        const uint8_t d = c.u8(off);
        if (ctx.truncated || d < '0' || d > '9') break;
        pri = pri * 10 + (d - '0');
        ++off;
    }
    if (c.u8(off) != '>') {
        if (!ctx.truncated) ctx.print_invalid();
        return;
    }
    ++off;
    const unsigned facility = (pri & 0x3f8) >> 3;
    const unsigned severity = pri & 7;
    if (ctx.opt.vflag < 1) {
        out.put("SYSLOG ");
        put_tok(ctx, kFacilities, facility, "unknown ({})");
        out.put('.');
        put_tok(ctx, kSeverities, severity, "unknown ({})");
        out.f(", length: {}", length);
        return;
    }
    out.f("SYSLOG, length: {}\n\tFacility ", length);
    put_tok(ctx, kFacilities, facility, "unknown ({})");
    out.f(" ({}), Severity ", facility);
    put_tok(ctx, kSeverities, severity, "unknown ({})");
    out.f(" ({})\n\tMsg: ", severity);
    if (off < length) put_string_n(ctx, c, off, length - off);
    if (ctx.truncated) return;
    if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, 0, "\n\t", length);
}

}  // namespace rd
