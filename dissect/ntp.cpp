// NTP (RFC 5905 time messages, mode 6 control messages of RFC 1305 / the ntpq draft).
// Mode 7 (ntpdc private) and unknown modes show only the common header.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kTimeMsgMinLen = 48;
constexpr uint32_t kCtrlMsgMinLen = 12;
constexpr int64_t kSecondsFrom1900To1970 = 2208988800;

constexpr Tok kModes[] = {
    {0, "unspecified"},      {1, "symmetric active"}, {2, "symmetric passive"},
    {3, "Client"},           {4, "Server"},           {5, "Broadcast"},
    {6, "Control Message"},  {7, "Reserved"},
};

// Leap indicator names, keyed by the bits left in place (0x00, 0x40, 0x80, 0xc0).
constexpr Tok kLeap[] = {
    {0x00, ""}, {0x40, "+1s"}, {0x80, "-1s"}, {0xc0, "clock unsynchronized"},
};

// Proleptic Gregorian date from days since 1970-01-01 (civil-from-days).
void civil_from_days(int64_t z, int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
}

// 2^-32 fractions as nanoseconds, truncated the way a double conversion truncates.
uint32_t frac_to_nanos(uint32_t frac) {
    return static_cast<uint32_t>(static_cast<double>(frac) / 4294967296.0 * 1000000000.0);
}

// A 64-bit NTP timestamp at off: seconds.nanoseconds, then the UTC date unless zero.
void put_ntp_time(Ctx& ctx, const Cursor& c, size_t off) {
    const uint32_t secs = c.be32(off);
    const uint32_t frac = c.be32(off + 4);
    if (ctx.truncated) return;
    ctx.out.f("{}.{:09}", secs, frac_to_nanos(frac));
    if (secs == 0) return;
    const int64_t unix_secs = static_cast<int64_t>(secs) - kSecondsFrom1900To1970;
    int64_t days = unix_secs / 86400;
    int64_t rem = unix_secs % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civil_from_days(days, y, m, d);
    ctx.out.f(" ({:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z)", y, m, d, rem / 3600, rem / 60 % 60,
              rem % 60);
}

// The difference of the timestamps at off_to and off_from, signed; when the first one is
// zero the second is shown as a plain timestamp.
void put_ntp_delta(Ctx& ctx, const Cursor& c, size_t off_from, size_t off_to) {
    const uint32_t to_secs = c.be32(off_to);
    const uint32_t from_secs = c.be32(off_from);
    const uint32_t to_frac = c.be32(off_to + 4);
    const uint32_t from_frac = c.be32(off_from + 4);
    if (ctx.truncated) return;
    if (from_secs == 0 && from_frac == 0) {
        put_ntp_time(ctx, c, off_to);
        return;
    }
    int64_t secs = static_cast<int64_t>(to_secs) - from_secs;
    bool negative = false;
    uint32_t frac = 0;
    if (secs > 0) {
        frac = to_frac - from_frac;
        if (from_frac > to_frac) --secs;  // borrow
    } else if (secs < 0) {
        negative = true;
        frac = from_frac - to_frac;
        if (to_frac > from_frac) ++secs;  // carry
        secs = -secs;
    } else if (to_frac > from_frac) {
        frac = to_frac - from_frac;
    } else {
        negative = true;
        frac = from_frac - to_frac;
    }
    ctx.out.f("{}{}.{:09}", negative ? '-' : '+', secs, frac_to_nanos(frac));
}

// 16.16 fixed point (root delay, root dispersion) as seconds with six decimals.
void put_short_fixed(Ctx& ctx, const Cursor& c, size_t off) {
    const uint16_t whole = c.be16(off);
    const uint16_t frac = c.be16(off + 2);
    if (ctx.truncated) return;
    const auto micros = static_cast<uint32_t>(frac / 65536.0 * 1000000.0);
    ctx.out.f("{}.{:06}", whole, micros);
}

const char* stratum_name(uint8_t stratum) {
    if (stratum == 0) return "unspecified";
    if (stratum == 1) return "primary reference";
    if (stratum <= 15) return "secondary reference";
    return "reserved";
}

void ntp_time_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < kTimeMsgMinLen) {
        ctx.print_invalid();
        if (!c.has(0, length)) ctx.print_trunc();
        return;
    }
    const uint8_t stratum = c.u8(1);
    if (ctx.truncated) return;
    out.f(", Stratum {} ({})", stratum, stratum_name(stratum));

    const auto poll = static_cast<int8_t>(c.u8(2));
    if (ctx.truncated) return;
    out.f(", poll {}", poll);
    if (poll > -32 && poll < 32) {
        if (poll >= 0)
            out.f(" ({}s)", 1U << poll);
        else
            out.f(" (1/{}s)", 1U << -poll);
    }

    const auto precision = static_cast<int8_t>(c.u8(3));
    if (ctx.truncated) return;
    out.f(", precision {}", precision);

    // From here tcpdump checks each field before its label and, when it is not all
    // captured, ends with the marker as a normal return (not a jump to the top).
    if (!c.has(4, 4)) return ctx.print_trunc();
    out.put("\n\tRoot Delay: ");
    put_short_fixed(ctx, c, 4);
    if (!c.has(8, 4)) return ctx.print_trunc();
    out.put(", Root dispersion: ");
    put_short_fixed(ctx, c, 8);
    if (!c.has(12, 4)) return ctx.print_trunc();
    out.put(", Reference-ID: ");
    switch (stratum) {
    case 0: out.put("(unspec)"); break;
    case 1: put_string_n(ctx, c, 12, 4); break;
    case 62:
    case 63:
        put_ip4_at(ctx, c, 12);
        out.put(stratum == 62 ? " INFO_QUERY" : " INFO_REPLY");
        return;
    default: {
        const uint32_t refid = c.be32(12);
        if (ctx.truncated) return;
        out.f("0x{:08x}", refid);
        break;
    }
    }
    if (ctx.truncated) return;

    // Each timestamp is checked whole before its label is shown.
    static constexpr struct {
        const char* label;
        size_t off;
    } kStamps[] = {{"\n\t  Reference Timestamp:  ", 16},
                   {"\n\t  Originator Timestamp: ", 24},
                   {"\n\t  Receive Timestamp:    ", 32},
                   {"\n\t  Transmit Timestamp:   ", 40}};
    for (const auto& stamp : kStamps) {
        if (!c.has(stamp.off, 8)) return ctx.print_trunc();
        out.put(stamp.label);
        put_ntp_time(ctx, c, stamp.off);
    }
    out.put("\n\t    Originator - Receive Timestamp:  ");
    put_ntp_delta(ctx, c, 24, 32);
    out.put("\n\t    Originator - Transmit Timestamp: ");
    put_ntp_delta(ctx, c, 24, 40);
    if (ctx.truncated) return;

    // Optional key id and MAC: MD5 (16 bytes) or SHA-1 (20 bytes).
    size_t digest = 0;
    if (length == kTimeMsgMinLen + 4) {
        digest = 0;
    } else if (length == kTimeMsgMinLen + 4 + 16) {
        digest = 16;
    } else if (length == kTimeMsgMinLen + 4 + 20) {
        digest = 20;
    } else {
        if (length > kTimeMsgMinLen) out.f("\n\t({} more bytes after the header)", length - kTimeMsgMinLen);
        return;
    }
    const uint32_t key_id = c.be32(48);
    if (ctx.truncated) return;
    out.f("\n\tKey id: {}", key_id);
    if (digest == 0) return;
    if (!c.has(52, digest)) return ctx.print_trunc();
    out.put("\n\tAuthentication: ");
    for (size_t i = 0; i < digest; i += 4) out.hex(c.be32(52 + i), 8);
}

void ntp_control_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < kCtrlMsgMinLen) {
        ctx.print_invalid();
        if (!c.has(0, length)) ctx.print_trunc();
        return;
    }
    const uint8_t control = c.u8(1);
    if (ctx.truncated) return;
    out.f(", {}, {}, {}, OpCode={}\n", (control & 0x80) ? "Response" : "Request",
          (control & 0x40) ? "Error" : "OK", (control & 0x20) ? "More" : "Last",
          control & 0x1f);
    const uint16_t sequence = c.be16(2);
    if (ctx.truncated) return;
    out.f("\tSequence={}", sequence);
    const uint16_t status = c.be16(4);
    if (ctx.truncated) return;
    if (status == 0)
        out.put(", Status=0");
    else
        out.f(", Status=0x{:x}", status);
    const uint16_t assoc = c.be16(6);
    if (ctx.truncated) return;
    out.f(", Assoc.={}", assoc);
    const uint16_t offset = c.be16(8);
    if (ctx.truncated) return;
    out.f(", Offset={}", offset);
    const uint16_t count = c.be16(10);
    if (ctx.truncated) return;
    out.f(", Count={}", count);
    if (kCtrlMsgMinLen + count > length) {
        ctx.print_invalid();
        if (!c.has(0, length)) ctx.print_trunc();
        return;
    }
    if (count != 0) {
        if (!c.has(kCtrlMsgMinLen, count)) return ctx.print_trunc();
        out.put("\n\tTO-BE-DONE: data not interpreted");
    }
}

}  // namespace

void ntp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "ntp";
    const uint8_t first = c.u8(0);
    if (ctx.truncated) return;
    const unsigned leap = first & 0xc0;
    const unsigned version = (first >> 3) & 7;
    const unsigned mode = first & 7;
    out.f("NTPv{}, ", version);
    put_tok(ctx, kModes, mode, "Unknown mode");
    out.f(", length {}", length);
    if (!ctx.opt.vflag) return;
    out.put("\n\tLeap indicator: ");
    put_tok(ctx, kLeap, leap, "Unknown");
    out.f(" ({})", leap);
    if (mode <= 5)
        ntp_time_print(ctx, c, length);
    else if (mode == 6)
        ntp_control_print(ctx, c, length);
}

}  // namespace rd
