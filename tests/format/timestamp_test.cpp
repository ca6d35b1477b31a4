#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <string>

#include "ringdump/format/timestamp.hpp"

namespace {
std::string stamp(rd::TimeFormat f, int64_t sec, uint64_t nsec) {
    rd::TimestampPrinter p(f, 6);
    rd::OutBuf out;
    p.print(out, sec, nsec);
    return std::string(out.view());
}
}  // namespace

TEST_CASE("a time whose 32-bit seconds have the sign bit set is refused as tcpdump does") {
    // tcpdump 4.99.3 on a pcap record with ts_sec 0xe9ff7058 (ip6_frag_asan.pcap), TZ=GMT0.
    setenv("TZ", "GMT0", 1);
    tzset();
    const int64_t sec = static_cast<int32_t>(0xe9ff7058U);
    CHECK(stamp(rd::TimeFormat::Clock, sec, 131862000) == "[Error converting time] ");
    CHECK(stamp(rd::TimeFormat::Epoch, sec, 131862000) == "[Error converting time] ");
    CHECK(stamp(rd::TimeFormat::Date, sec, 131862000) == "[Error converting time] ");
    // Relative forms still print a difference (tcpdump: " 00:00:00.000000 ").
    CHECK(stamp(rd::TimeFormat::Delta, sec, 131862000) == " 00:00:00.000000 ");
    CHECK(stamp(rd::TimeFormat::SinceFirst, sec, 131862000) == " 00:00:00.000000 ");
    // The largest positive 32-bit second is still a date.
    CHECK(stamp(rd::TimeFormat::Epoch, 0x7fffffff, 0) == "2147483647.000000 ");
}
