// Files are read in 1 MiB read(2)s (capture/byte_input.hpp): records that straddle two
// reads, records longer than the buffer, and a file that ends exactly on a read boundary
// must come out whole, and a record cut by the end of the file is damage.
#include <random>

#include "capture_files.hpp"

using namespace rdtest;
using rd::FileSource;

namespace {

ReadResult read_file(const std::string& path) {
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

TEST_CASE("big file: records of every size, across read boundaries, come out whole", "[pcap][big-file]") {
    TempDir dir;
    std::vector<size_t> sizes;
    const std::string path = dir.write("big.pcap", big_pcap(sizes));
    ReadResult got = read_file(path);
    REQUIRE(got.end == FileSource::Status::End);
    REQUIRE(got.packets.size() == sizes.size());
    for (size_t i = 0; i < sizes.size(); ++i) {
        INFO("record " << i << " of " << sizes.size() << ", " << sizes[i] << " bytes");
        REQUIRE(got.packets[i].caplen == sizes[i]);
        REQUIRE(got.packets[i].ts_sec == 1000 + static_cast<int64_t>(i));
        REQUIRE(got.packets[i].data == frame(sizes[i], static_cast<uint8_t>(i)));
    }
}

TEST_CASE("big file: a cut inside a long last record is reported after the others", "[pcap][big-file]") {
    TempDir dir;
    std::vector<size_t> sizes;
    Bytes file = big_pcap(sizes);
    // Cut in the middle of the last record.
    const size_t last = sizes.back();
    file.resize(file.size() - last / 2);
    const std::string path = dir.write("cut.pcap", file);
    ReadResult got = read_file(path);
    REQUIRE(got.end == FileSource::Status::Error);
    CHECK(got.packets.size() == sizes.size() - 1);
    CHECK(got.error.find("truncated dump file; tried to read " + std::to_string(last) + " captured bytes, only got " +
                         std::to_string(last - last / 2)) != std::string::npos);
}

TEST_CASE("big file: a file that is a multiple of the read size ends cleanly", "[pcap][big-file]") {
    TempDir dir;
    // Exactly 5 MiB: the last read(2) returns nothing.
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
    ReadResult got = read_file(path);
    REQUIRE(got.end == FileSource::Status::End);
    CHECK(got.packets.size() == n);
    CHECK(got.packets.back().data == frame(rest, 9));
}
