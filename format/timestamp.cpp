#include "ringdump/format/timestamp.hpp"

#include <ctime>

namespace rd {

void TimestampPrinter::put_frac(OutBuf& out, uint64_t nsec) const {
    out.put('.');
    if (digits_ == 9)
        out.f("{:09}", nsec);
    else
        out.f("{:06}", nsec / 1000);
}

void TimestampPrinter::put_clock(OutBuf& out, int64_t sec, bool date) {
    if (!cache_valid_ || cached_sec_ != sec) {
        time_t t = static_cast<time_t>(sec);
        struct tm tm {};
        if (localtime_r(&t, &tm) == nullptr) {
            out.put(date ? "[Time out of range] " : "[Time out of range] ");
            return;
        }
        strftime(cached_date_, sizeof cached_date_, "%Y-%m-%d ", &tm);
        strftime(cached_clock_, sizeof cached_clock_, "%H:%M:%S", &tm);
        cached_sec_ = sec;
        cache_valid_ = true;
    }
    if (date) out.put(cached_date_);
    out.put(cached_clock_);
}

void TimestampPrinter::put_delta(OutBuf& out, int64_t sec, uint64_t nsec, int64_t base_sec,
                                 uint64_t base_nsec) const {
    // Signed difference in nanoseconds; tcpdump shows its magnitude as a time of day.
    // Seconds come from 32-bit file fields, so the product cannot overflow 64 bits.
    int64_t d = (sec - base_sec) * 1000000000 +
                (static_cast<int64_t>(nsec) - static_cast<int64_t>(base_nsec));
    out.put(d < 0 ? '-' : ' ');
    const uint64_t mag = d < 0 ? 0 - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
    const auto s = static_cast<int64_t>(mag / 1000000000);
    const auto ns = mag % 1000000000;
    out.f("{:02}:{:02}:{:02}", (s / 3600) % 24, (s / 60) % 60, s % 60);
    put_frac(out, ns);
}

void TimestampPrinter::print(OutBuf& out, int64_t sec, uint64_t nsec) {
    switch (fmt_) {
    case TimeFormat::None:
        return;
    case TimeFormat::Clock:
    case TimeFormat::Date:
        // tcpdump refuses any time whose low 32 bits have the sign bit set.
        if (static_cast<uint32_t>(sec) & 0x80000000U) {
            out.put("[Error converting time]");
            break;
        }
        put_clock(out, sec, fmt_ == TimeFormat::Date);
        put_frac(out, nsec);
        break;
    case TimeFormat::Epoch:
        if (static_cast<uint32_t>(sec) & 0x80000000U) {
            out.put("[Error converting time]");
            break;
        }
        out.f("{}", sec);
        put_frac(out, nsec);
        break;
    case TimeFormat::Delta:
        if (!have_prev_) {
            prev_sec_ = sec;
            prev_nsec_ = nsec;
        }
        put_delta(out, sec, nsec, prev_sec_, prev_nsec_);
        prev_sec_ = sec;
        prev_nsec_ = nsec;
        have_prev_ = true;
        break;
    case TimeFormat::SinceFirst:
        if (!have_prev_) {
            prev_sec_ = sec;
            prev_nsec_ = nsec;
            have_prev_ = true;
        }
        put_delta(out, sec, nsec, prev_sec_, prev_nsec_);
        break;
    }
    out.put(' ');
}

}  // namespace rd
