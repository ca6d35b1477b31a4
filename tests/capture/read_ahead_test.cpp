// Big files are read ahead on another thread (capture/read_ahead.hpp); small ones, and
// any file when RINGDUMP_NO_READAHEAD is set, on the caller's thread. Both must deliver
// the same records and the same errors, whatever the record sizes (records straddling
// chunks, records longer than a chunk and than the room in front of one).
#include <cstdlib>
#include <random>

#include "capture_files.hpp"

using namespace rdtest;
using rd::FileSource;

namespace {

// Sets RINGDUMP_NO_READAHEAD for the lifetime of the object.
struct NoReadAhead {
    explicit NoReadAhead(bool on) {
        if (on) setenv("RINGDUMP_NO_READAHEAD", "1", 1);
    }
    ~NoReadAhead() { unsetenv("RINGDUMP_NO_READAHEAD"); }
};

ReadResult read_file(const std::string& path, bool no_ahead) {
    NoReadAhead guard(no_ahead);
    auto src = open_ok(path);
    return read_all(*src);
}

// About 12 MB of records: mostly small, some of up to 1 MB (more than one chunk plus the
// room in front of it), in a reproducible random order.
Bytes big_pcap(std::vector<size_t>& sizes) {
    PcapHeader h;
    h.snaplen = 2 << 20;
    h.linktype = 231;  // D-Bus: records up to 128 MiB, as libpcap allows
    Bytes file = pcap_header(h);
    std::mt19937 rng(7);
    uint32_t i = 0;
    while (file.size() < (size_t{12} << 20)) {
        size_t len;
        switch (rng() % 16) {
        case 0: len = 300000 + rng() % 800000; break;
        case 1: len = 60000 + rng() % 200000; break;
        default: len = 40 + rng() % 1500; break;
        }
        sizes.push_back(len);
        append(file, pcap_record(frame(len, static_cast<uint8_t>(i)), 1000 + i, i % 1000000));
        ++i;
    }
    return file;
}

}  // namespace

TEST_CASE("read-ahead: a big file reads the same with and without the thread", "[pcap][read-ahead]") {
    TempDir dir;
    std::vector<size_t> sizes;
    const std::string path = dir.write("big.pcap", big_pcap(sizes));
    ReadResult ahead = read_file(path, false);
    ReadResult plain = read_file(path, true);
    REQUIRE(ahead.end == FileSource::Status::End);
    REQUIRE(plain.end == FileSource::Status::End);
    REQUIRE(ahead.packets.size() == sizes.size());
    REQUIRE(plain.packets.size() == sizes.size());
    for (size_t i = 0; i < sizes.size(); ++i) {
        INFO("record " << i << " of " << sizes.size() << ", " << sizes[i] << " bytes");
        REQUIRE(ahead.packets[i].caplen == sizes[i]);
        REQUIRE(ahead.packets[i].ts_sec == 1000 + static_cast<int64_t>(i));
        REQUIRE(ahead.packets[i].data == frame(sizes[i], static_cast<uint8_t>(i)));
        REQUIRE(plain.packets[i].data == ahead.packets[i].data);
    }
}

TEST_CASE("read-ahead: a big file cut inside a record reports the same damage", "[pcap][read-ahead]") {
    TempDir dir;
    std::vector<size_t> sizes;
    Bytes file = big_pcap(sizes);
    // Cut in the middle of the last record.
    const size_t last = sizes.back();
    file.resize(file.size() - last / 2);
    const std::string path = dir.write("cut.pcap", file);
    ReadResult ahead = read_file(path, false);
    ReadResult plain = read_file(path, true);
    REQUIRE(ahead.end == FileSource::Status::Error);
    CHECK(ahead.packets.size() == sizes.size() - 1);
    CHECK(ahead.error == plain.error);
    CHECK(ahead.packets.size() == plain.packets.size());
    CHECK(ahead.error.find("truncated dump file") != std::string::npos);
}

TEST_CASE("read-ahead: a file that is a multiple of the chunk size ends cleanly", "[pcap][read-ahead]") {
    TempDir dir;
    // Exactly 5 MiB: the last read(2) of the thread returns nothing.
    PcapHeader h;
    h.linktype = 147;
    Bytes file = pcap_header(h);
    size_t n = 0;
    while (file.size() + 16 + 1000 < (size_t{5} << 20)) {
        append(file, pcap_record(frame(1000, static_cast<uint8_t>(n)), 1, 2));
        ++n;
    }
    const size_t rest = (size_t{5} << 20) - file.size() - 16;
    append(file, pcap_record(frame(rest, 9), 1, 2));
    ++n;
    REQUIRE(file.size() == (size_t{5} << 20));
    const std::string path = dir.write("even.pcap", file);
    ReadResult ahead = read_file(path, false);
    REQUIRE(ahead.end == FileSource::Status::End);
    CHECK(ahead.packets.size() == n);
    CHECK(ahead.packets.back().data == frame(rest, 9));
}
