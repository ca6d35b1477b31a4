// Rotator: -C/-G/-W/-z file names, sizes and counts as tcpdump 4.99.3 makes them
// (names checked against tcpdump by tests/tools/rotation_cli_test.cpp).
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "ringdump/format/rotation.hpp"

namespace {

using Bytes = std::vector<uint8_t>;
namespace fs = std::filesystem;

class TempDir {
public:
    TempDir() {
        auto base = fs::temp_directory_path();
        for (int i = 0;; ++i) {
            path_ = base / ("ringdump-rotation-test-" + std::to_string(::getpid()) + "-" + std::to_string(i));
            if (fs::create_directory(path_)) break;
        }
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    // File names in the directory, sorted.
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path_)) out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }

private:
    fs::path path_;
};

Bytes slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(f), {});
}

uint32_t le32(const Bytes& b, size_t at) {
    return uint32_t{b[at]} | uint32_t{b[at + 1]} << 8 | uint32_t{b[at + 2]} << 16 | uint32_t{b[at + 3]} << 24;
}

// The seconds field of each record of a pcap file (the tests number packets by it).
std::vector<uint32_t> record_secs(const std::string& path) {
    Bytes b = slurp(path);
    std::vector<uint32_t> out;
    INFO(path);
    REQUIRE(b.size() >= 24);
    size_t at = 24;
    while (at + 16 <= b.size()) {
        out.push_back(le32(b, at));
        at += 16 + le32(b, at + 8);
    }
    CHECK(at == b.size());
    return out;
}

time_t g_now = 1700000000;
time_t fake_clock() { return g_now; }

Bytes payload(size_t n) { return Bytes(n, 0x5a); }

std::unique_ptr<rd::Rotator> open_rotator(const rd::RotationOptions& ro, rd::PcapWriterOptions wo = {}) {
    auto r = rd::Rotator::open(ro, wo);
    INFO("opening " << ro.name);
    REQUIRE(r.ok());
    return std::move(r).value();
}

}  // namespace

TEST_CASE("rotation: file names and counter widths", "[rotation]") {
    CHECK(rd::rotation_file_name("out", 0, 0) == "out");
    CHECK(rd::rotation_file_name("out", 1, 0) == "out1");
    CHECK(rd::rotation_file_name("out", 12, 0) == "out12");
    CHECK(rd::rotation_file_name("out", 0, 1) == "out0");
    CHECK(rd::rotation_file_name("out", 3, 3) == "out003");
    // -W N pads to the digits of N - 1, as tcpdump: -W 1 none, 2..10 one, 11..100 two.
    CHECK(rd::rotation_digits(1) == 0);
    CHECK(rd::rotation_digits(2) == 1);
    CHECK(rd::rotation_digits(10) == 1);
    CHECK(rd::rotation_digits(11) == 2);
    CHECK(rd::rotation_digits(100) == 2);
    CHECK(rd::rotation_digits(101) == 3);
    CHECK(rd::rotation_digits(1000) == 3);
}

TEST_CASE("rotation: option -C starts a new file once the size is passed", "[rotation]") {
    TempDir dir;
    for (bool plain : {false, true}) {
        INFO("plain write(2): " << plain);
        rd::RotationOptions ro;
        ro.name = dir.file(plain ? "p" : "u");
        ro.size_limit = 1000;
        rd::PcapWriterOptions wo;
        wo.plain_io = plain;
        auto r = open_rotator(ro, wo);
        // Records of 116 bytes: a file takes packets while its size is <= 1000 before the
        // packet, so 9 of them (24 + 8 * 116 = 952, then 1068 > 1000).
        for (uint32_t i = 0; i < 20; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).value() == rd::Rotator::Written::Yes);
        CHECK(r->current_name() == ro.name + "2");
        REQUIRE(r->close().ok());
        CHECK(record_secs(ro.name) == std::vector<uint32_t>{0, 1, 2, 3, 4, 5, 6, 7, 8});
        CHECK(record_secs(ro.name + "1") == std::vector<uint32_t>{9, 10, 11, 12, 13, 14, 15, 16, 17});
        CHECK(record_secs(ro.name + "2") == std::vector<uint32_t>{18, 19});
        CHECK(r->files_opened() == 3);
    }
    CHECK(dir.names() == std::vector<std::string>{"p", "p1", "p2", "u", "u1", "u2"});
}

TEST_CASE("rotation: option -W makes a ring of -C files with padded numbers", "[rotation]") {
    TempDir dir;
    rd::RotationOptions ro;
    ro.name = dir.file("ring.");
    ro.size_limit = 1000;
    ro.count = 3;
    auto r = open_rotator(ro);
    for (uint32_t i = 0; i < 40; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).ok());
    REQUIRE(r->close().ok());
    // Files 0,1,2,0,1: the last two overwrote the first two.
    CHECK(dir.names() == std::vector<std::string>{"ring.0", "ring.1", "ring.2"});
    CHECK(record_secs(ro.name + "0") == std::vector<uint32_t>{27, 28, 29, 30, 31, 32, 33, 34, 35});
    CHECK(record_secs(ro.name + "1") == std::vector<uint32_t>{36, 37, 38, 39});
    CHECK(record_secs(ro.name + "2") == std::vector<uint32_t>{18, 19, 20, 21, 22, 23, 24, 25, 26});

    // -W 1: one file, rewritten at each rotation; -W 11: two digits.
    TempDir one;
    ro.name = one.file("one");
    ro.count = 1;
    r = open_rotator(ro);
    for (uint32_t i = 0; i < 12; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).ok());
    REQUIRE(r->close().ok());
    CHECK(one.names() == std::vector<std::string>{"one"});
    CHECK(record_secs(ro.name) == std::vector<uint32_t>{9, 10, 11});
    TempDir eleven;
    ro.name = eleven.file("e");
    ro.count = 11;
    r = open_rotator(ro);
    for (uint32_t i = 0; i < 12; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).ok());
    REQUIRE(r->close().ok());
    CHECK(eleven.names() == std::vector<std::string>{"e00", "e01"});
}

TEST_CASE("rotation: option -G names files by strftime and rotates on the clock", "[rotation]") {
    TempDir dir;
    g_now = 1700000000;
    rd::RotationOptions ro;
    ro.name = dir.file("g-%s");  // %s: seconds since the epoch, whatever the time zone
    ro.seconds = 10;
    ro.clock = &fake_clock;
    auto r = open_rotator(ro);
    CHECK(r->current_name() == dir.file("g-1700000000"));
    REQUIRE(r->write(1, 0, 10, payload(10)).ok());
    g_now += 9;  // not yet
    REQUIRE(r->write(2, 0, 10, payload(10)).ok());
    g_now += 1;
    REQUIRE(r->write(3, 0, 10, payload(10)).ok());
    CHECK(r->current_name() == dir.file("g-1700000010"));
    g_now += 35;  // an idle gap: the next file is named after the packet that ends it
    REQUIRE(r->write(4, 0, 10, payload(10)).ok());
    REQUIRE(r->close().ok());
    CHECK(dir.names() == std::vector<std::string>{"g-1700000000", "g-1700000010", "g-1700000045"});
    CHECK(record_secs(dir.file("g-1700000000")) == std::vector<uint32_t>{1, 2});
    CHECK(record_secs(dir.file("g-1700000010")) == std::vector<uint32_t>{3});
    CHECK(record_secs(dir.file("g-1700000045")) == std::vector<uint32_t>{4});
}

TEST_CASE("rotation: option -G with -W stops after that many files", "[rotation]") {
    TempDir dir;
    g_now = 1700000000;
    rd::RotationOptions ro;
    ro.name = dir.file("w-%s");
    ro.seconds = 1;
    ro.count = 2;
    ro.clock = &fake_clock;
    auto r = open_rotator(ro);
    REQUIRE(r->write(1, 0, 10, payload(10)).value() == rd::Rotator::Written::Yes);
    ++g_now;
    REQUIRE(r->write(2, 0, 10, payload(10)).value() == rd::Rotator::Written::Yes);
    ++g_now;
    REQUIRE(r->write(3, 0, 10, payload(10)).value() == rd::Rotator::Written::LimitReached);
    REQUIRE(r->close().ok());
    CHECK(dir.names() == std::vector<std::string>{"w-1700000000", "w-1700000001"});
    CHECK(record_secs(dir.file("w-1700000001")) == std::vector<uint32_t>{2});
}

TEST_CASE("rotation: options -G and -C together: the size counter restarts each interval", "[rotation]") {
    TempDir dir;
    g_now = 1700000000;
    rd::RotationOptions ro;
    ro.name = dir.file("gc-%s-");
    ro.seconds = 5;
    ro.size_limit = 300;
    ro.clock = &fake_clock;
    auto r = open_rotator(ro);
    for (uint32_t i = 0; i < 5; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).ok());
    g_now += 5;
    for (uint32_t i = 5; i < 8; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).ok());
    REQUIRE(r->close().ok());
    // 3 records fit (24 + 2 * 116 = 256 <= 300, 372 > 300).
    CHECK(dir.names() == std::vector<std::string>{"gc-1700000000-", "gc-1700000000-1", "gc-1700000005-"});
    CHECK(record_secs(dir.file("gc-1700000000-1")) == std::vector<uint32_t>{3, 4});
    CHECK(record_secs(dir.file("gc-1700000005-")) == std::vector<uint32_t>{5, 6, 7});

    // With -W as well, -W bounds the -C ring and no longer ends the run.
    TempDir dir2;
    ro.name = dir2.file("gcw-%s-");
    ro.count = 2;
    r = open_rotator(ro);
    for (int k = 0; k < 3; ++k) {
        // 7 records: 3 in -0, 3 in -1, then -0 again (overwritten) with the last one.
        for (uint32_t i = 0; i < 7; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).value() == rd::Rotator::Written::Yes);
        g_now += 5;
    }
    REQUIRE(r->close().ok());
    CHECK(dir2.names() == std::vector<std::string>{"gcw-1700000005-0", "gcw-1700000005-1", "gcw-1700000010-0",
                                                   "gcw-1700000010-1", "gcw-1700000015-0", "gcw-1700000015-1"});
    CHECK(record_secs(dir2.file("gcw-1700000010-0")) == std::vector<uint32_t>{6});
    CHECK(record_secs(dir2.file("gcw-1700000010-1")) == std::vector<uint32_t>{3, 4, 5});
}

TEST_CASE("rotation: option -z runs on each file a rotation closes, not on the last", "[rotation]") {
    TempDir dir;
    const std::string script = dir.file("post.sh");
    const std::string log = dir.file("post.log");
    {
        std::ofstream s(script);
        // Records its argument and the file's size: the file is complete when it runs.
        s << "#!/bin/sh\necho \"$1 $(stat -c %s \"$1\")\" >> '" << log << "'\n";
    }
    ::chmod(script.c_str(), 0755);
    rd::RotationOptions ro;
    ro.name = dir.file("z.pcap");
    ro.size_limit = 1000;
    ro.postrotate = script;
    auto r = open_rotator(ro);
    for (uint32_t i = 0; i < 20; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).ok());
    REQUIRE(r->close().ok());
    // tcpdump does not wait for the command: poll for its output.
    std::vector<std::string> lines;
    for (int i = 0; i < 100 && lines.size() < 2; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        lines.clear();
        std::ifstream in(log);
        for (std::string l; std::getline(in, l);) lines.push_back(l);
    }
    std::sort(lines.begin(), lines.end());
    CHECK(lines == std::vector<std::string>{ro.name + " 1068", ro.name + "1 1068"});
}

TEST_CASE("rotation: standard output never rotates", "[rotation]") {
    rd::RotationOptions ro;
    ro.name = "-";
    ro.size_limit = 100;
    ro.seconds = 1;
    // Opening writes the 24-byte header to stdout; point stdout at a scratch file.
    TempDir dir;
    const std::string path = dir.file("stdout.pcap");
    int saved = ::dup(STDOUT_FILENO);
    FILE* f = std::freopen(path.c_str(), "w", stdout);
    REQUIRE(f != nullptr);
    {
        auto r = open_rotator(ro);
        for (uint32_t i = 0; i < 5; ++i) REQUIRE(r->write(i, 0, 100, payload(100)).ok());
        REQUIRE(r->close().ok());
        CHECK(r->files_opened() == 1);
    }
    std::fflush(stdout);
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    CHECK(record_secs(path) == std::vector<uint32_t>{0, 1, 2, 3, 4});
}
