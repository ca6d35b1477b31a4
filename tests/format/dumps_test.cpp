#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ringdump/format/hexdump.hpp"
#include "ringdump/format/timestamp.hpp"

namespace {
std::vector<uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }
template <class F>
std::string run(F f) {
    rd::OutBuf out;
    f(out);
    return std::string(out.view());
}
}  // namespace

TEST_CASE("option -x dump: 16 bytes a line, two-byte groups, odd byte alone") {
    const auto d = bytes("hello world, this is seventeen+");
    CHECK(run([&](rd::OutBuf& o) { rd::hex_dump(o, d); }) ==
          "\n\t0x0000:  6865 6c6c 6f20 776f 726c 642c 2074 6869"
          "\n\t0x0010:  7320 6973 2073 6576 656e 7465 656e 2b");
}

TEST_CASE("option -X dump pads the hex column and shows graphic characters only") {
    const auto d = bytes("hello world");
    CHECK(run([&](rd::OutBuf& o) { rd::hex_ascii_dump(o, d); }) ==
          "\n\t0x0000:  6865 6c6c 6f20 776f 726c 64              hello.world");
}

TEST_CASE("option -A dump keeps spaces and newlines, drops CR before LF") {
    const std::vector<uint8_t> d{0x00, '\r', '\n', '\r', 'a', 'b', '\r', 'c', '\n', 0x7f, 0x80, ' ', '~'};
    CHECK(run([&](rd::OutBuf& o) { rd::ascii_dump(o, d); }) == "\n.\n.ab.c\n.. ~");
}

TEST_CASE("timestamps in every -t form") {
    // Values checked against tcpdump 4.99.3 with TZ=GMT0.
    setenv("TZ", "GMT0", 1);
    tzset();
    using rd::TimeFormat;
    auto fmt = [](TimeFormat f, int digits, std::vector<std::pair<int64_t, uint64_t>> ts) {
        rd::TimestampPrinter p(f, digits);
        rd::OutBuf out;
        for (auto [s, ns] : ts) {
            p.print(out, s, ns);
            out.put('|');
        }
        return std::string(out.view());
    };
    const std::vector<std::pair<int64_t, uint64_t>> ts = {
        {1000, 500000000}, {999, 250000000}, {260200, 1000}, {1, 0}};
    CHECK(fmt(TimeFormat::Clock, 6, ts) ==
          "00:16:40.500000 |00:16:39.250000 |00:16:40.000001 |00:00:01.000000 |");
    CHECK(fmt(TimeFormat::Epoch, 6, ts) == "1000.500000 |999.250000 |260200.000001 |1.000000 |");
    CHECK(fmt(TimeFormat::Delta, 6, ts) ==
          " 00:00:00.000000 |-00:00:01.250000 | 00:00:00.750001 |-00:16:39.000001 |");
    CHECK(fmt(TimeFormat::SinceFirst, 6, ts) ==
          " 00:00:00.000000 |-00:00:01.250000 | 23:59:59.500001 |-00:16:39.500000 |");
    CHECK(fmt(TimeFormat::Date, 6, ts) ==
          "1970-01-01 00:16:40.500000 |1970-01-01 00:16:39.250000 |1970-01-04 00:16:40.000001 |"
          "1970-01-01 00:00:01.000000 |");
    CHECK(fmt(TimeFormat::None, 6, ts) == "||||");
    CHECK(fmt(TimeFormat::Clock, 9, {{1000, 500000001}}) == "00:16:40.500000001 |");
    // A damaged file's microsecond field beyond a second prints as it is.
    CHECK(fmt(TimeFormat::Clock, 6, {{17984, 4061069334000}}) == "04:59:44.4061069334 |");
}
