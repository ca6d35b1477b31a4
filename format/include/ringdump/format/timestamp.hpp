// The timestamp at the start of each packet line, in tcpdump's -t..-ttttt forms.
#pragma once
#include <cstdint>

#include "ringdump/format/out_buffer.hpp"

namespace rd {

enum class TimeFormat : uint8_t {
    Clock,       // default: HH:MM:SS.frac in local time
    None,        // -t
    Epoch,       // -tt: seconds.frac since the epoch
    Delta,       // -ttt: since the previous packet
    Date,        // -tttt: YYYY-MM-DD HH:MM:SS.frac in local time
    SinceFirst,  // -ttttt: since the first packet
};

class TimestampPrinter {
public:
    TimestampPrinter(TimeFormat f, int digits) : fmt_(f), digits_(digits) {}
    // Prints the timestamp and its trailing space (nothing for -t).
    void print(OutBuf& out, int64_t sec, uint64_t nsec);

private:
    void put_frac(OutBuf& out, uint64_t nsec) const;
    void put_clock(OutBuf& out, int64_t sec, bool date);
    void put_delta(OutBuf& out, int64_t sec, uint64_t nsec, int64_t base_sec, uint64_t base_nsec) const;

    TimeFormat fmt_;
    int digits_;
    bool have_prev_ = false;
    int64_t prev_sec_ = 0;
    uint64_t prev_nsec_ = 0;
    // localtime() of the last second printed, reused while the second does not change.
    int64_t cached_sec_ = 0;
    bool cache_valid_ = false;
    char cached_date_[16] = {};
    char cached_clock_[12] = {};
};

}  // namespace rd
