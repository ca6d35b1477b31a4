// Classic pcap reading. Expected values and messages were taken from tcpdump 4.99.3 /
// libpcap 1.10.3 run on the same bytes (tcpdump -r FILE, and -r FILE -w OUT to see the
// records libpcap delivered).
#include <unistd.h>

#include <thread>

#include "capture_files.hpp"

using namespace rdtest;
using rd::FileSource;

namespace {

const Bytes kFrame = frame(60, 0x40);

}  // namespace

TEST_CASE("pcap: little- and big-endian, microseconds", "[pcap]") {
    TempDir dir;
    for (bool be : {false, true}) {
        INFO("big endian: " << be);
        PcapHeader h;
        h.big_endian = be;
        std::string path = dir.write(be ? "be.pcap" : "le.pcap",
                                     cat({pcap_header(h), pcap_record(kFrame, 1700000000, 123456, be),
                                          pcap_record(frame(42, 7), 1700000001, 999999, be, -1, 1514)}));
        auto src = open_ok(path);
        CHECK(src->linktype() == 1);
        CHECK(src->linktype_ext() == 0);
        CHECK(src->snaplen() == 262144);
        CHECK(src->ts_precision() == 6);
        CHECK(src->file_ts_precision() == 6);
        CHECK_FALSE(src->is_pcapng());
        ReadResult r = read_all(*src);
        REQUIRE(r.end == FileSource::Status::End);
        REQUIRE(r.packets.size() == 2);
        CHECK(r.packets[0].ts_sec == 1700000000);
        CHECK(r.packets[0].ts_nsec == 123456000);
        CHECK(r.packets[0].caplen == 60);
        CHECK(r.packets[0].wirelen == 60);
        CHECK(r.packets[0].linktype == 1);
        CHECK(r.packets[0].data == kFrame);
        CHECK(r.packets[1].ts_nsec == 999999000);
        CHECK(r.packets[1].caplen == 42);
        CHECK(r.packets[1].wirelen == 1514);
        CHECK(r.packets[1].data == frame(42, 7));
        CHECK(src->packets_read() == 2);
        rd::PacketRef p;
        CHECK(src->next(p) == FileSource::Status::End);
    }
}

TEST_CASE("pcap: nanosecond magic in both byte orders", "[pcap]") {
    TempDir dir;
    for (bool be : {false, true}) {
        PcapHeader h;
        h.big_endian = be;
        h.magic = 0xa1b23c4d;
        auto src = open_ok(dir.write("ns.pcap", cat({pcap_header(h), pcap_record(kFrame, 5, 123456789, be)})));
        CHECK(src->file_ts_precision() == 9);
        CHECK(src->ts_precision() == 6);  // tcpdump prints µs unless asked for ns
        ReadResult r = read_all(*src);
        REQUIRE(r.packets.size() == 1);
        CHECK(r.packets[0].ts_nsec == 123456789);
    }
}

TEST_CASE("pcap: damaged time fields stay as libpcap hands them to tcpdump", "[pcap]") {
    TempDir dir;
    auto us = open_ok(dir.write("us.pcap", cat({pcap_header(), pcap_record(kFrame, 1, 4061069334u),
                                                pcap_record(kFrame, 0xf0000000u, 5),
                                                pcap_record(kFrame, 10, 0x80000000u)})));
    ReadResult r = read_all(*us);
    REQUIRE(r.packets.size() == 3);
    rd::PacketRef p;
    p.ts_nsec = r.packets[0].ts_nsec;
    CHECK(p.ts_nsec == 4061069334000ull);  // not normalised
    // tcpdump prints 00:00:01.4061069334, and .2325239280 with --time-stamp-precision=nano.
    CHECK(static_cast<uint32_t>(us->libpcap_subsec(p, 6)) == 4061069334u);
    CHECK(static_cast<uint32_t>(us->libpcap_subsec(p, 9)) == 2325239280u);
    CHECK(r.packets[1].ts_sec == -268435456);  // tv_sec is a signed 32-bit field
    p.ts_nsec = r.packets[2].ts_nsec;
    CHECK(static_cast<uint32_t>(us->libpcap_subsec(p, 9)) == 0u);

    PcapHeader h;
    h.magic = 0xa1b23c4d;
    auto ns = open_ok(dir.write("ns.pcap", cat({pcap_header(h), pcap_record(kFrame, 1, 4061069334u),
                                                pcap_record(kFrame, 10, 0x80000000u)})));
    r = read_all(*ns);
    REQUIRE(r.packets.size() == 2);
    p.ts_nsec = r.packets[0].ts_nsec;
    CHECK(static_cast<uint32_t>(ns->libpcap_subsec(p, 6)) == 4294733399u);  // tcpdump: .4294733399
    CHECK(static_cast<uint32_t>(ns->libpcap_subsec(p, 9)) == 4061069334u);
    p.ts_nsec = r.packets[1].ts_nsec;
    CHECK(static_cast<uint32_t>(ns->libpcap_subsec(p, 6)) == 4292819813u);
}

TEST_CASE("pcap: old versions have caplen and len swapped", "[pcap]") {
    TempDir dir;
    auto rec = [](uint32_t first, uint32_t second) { return pcap_record(kFrame, 1, 2, false, first, second); };
    struct Case {
        uint16_t major, minor;
        uint32_t first, second;
        uint32_t caplen, len;
    };
    // Versions before 2.3 and 543.0: always swapped; 2.3: swapped only when caplen > len.
    for (Case c : {Case{2, 2, 80, 60, 60, 80}, Case{2, 0, 80, 60, 60, 80}, Case{543, 0, 80, 60, 60, 80},
                   Case{2, 3, 80, 60, 60, 80}, Case{2, 3, 60, 80, 60, 80}, Case{2, 4, 60, 80, 60, 80}}) {
        INFO("version " << c.major << "." << c.minor << " fields " << c.first << "/" << c.second);
        PcapHeader h;
        h.major = c.major;
        h.minor = c.minor;
        auto src = open_ok(dir.write("v.pcap", cat({pcap_header(h), rec(c.first, c.second)})));
        ReadResult r = read_all(*src);
        REQUIRE(r.packets.size() == 1);
        CHECK(r.packets[0].caplen == c.caplen);
        CHECK(r.packets[0].wirelen == c.len);
    }
    PcapHeader h;
    h.major = 2;
    h.minor = 0;
    std::string path = dir.write("v20.pcap", cat({pcap_header(h), rec(60, 80)}));
    require_read_error(path, 0, "truncated dump file; tried to read 80 captured bytes, only got 60 "
                                "(record 1 at byte offset 24)");
}

TEST_CASE("pcap: versions libpcap refuses", "[pcap]") {
    TempDir dir;
    struct Case {
        uint16_t major, minor;
        const char* message;
    };
    for (Case c : {Case{1, 0, "archaic pcap savefile format"},
                   Case{2, 5, "unsupported pcap savefile version 2.5"},
                   Case{3, 4, "unsupported pcap savefile version 3.4"},
                   Case{543, 1, "unsupported pcap savefile version 543.1"}}) {
        PcapHeader h;
        h.major = c.major;
        h.minor = c.minor;
        require_open_error(dir.write("v.pcap", cat({pcap_header(h), pcap_record(kFrame)})), c.message);
    }
}

TEST_CASE("pcap: snapshot length and link type fields", "[pcap]") {
    TempDir dir;
    struct Case {
        uint32_t snaplen, linktype_field;
        uint32_t snaplen_seen, linktype, ext;
    };
    for (Case c : {Case{0, 1, 262144, 1, 0}, Case{0xffffffff, 1, 262144, 1, 0},
                   Case{0x80000000, 1, 262144, 1, 0}, Case{0, 231, 134217728, 231, 0},
                   Case{0x7fffffff, 1, 0x7fffffff, 1, 0}, Case{96, 1 | (1u << 26) | (2u << 28), 96, 1, 0x24000000}}) {
        INFO("snaplen field " << c.snaplen << " link type field " << c.linktype_field);
        PcapHeader h;
        h.snaplen = c.snaplen;
        h.linktype = c.linktype_field;
        auto src = open_ok(dir.write("s.pcap", pcap_header(h)));
        CHECK(src->snaplen() == c.snaplen_seen);
        CHECK(src->linktype() == c.linktype);
        CHECK(src->linktype_ext() == c.ext);
        ReadResult r = read_all(*src);
        CHECK(r.end == FileSource::Status::End);
        CHECK(r.packets.empty());
    }
}

TEST_CASE("pcap: Kuznetzov's 24-byte record headers", "[pcap]") {
    TempDir dir;
    for (bool be : {false, true}) {
        PcapHeader h;
        h.big_endian = be;
        h.magic = 0xa1b2cd34;
        Out rec{be, {}};
        rec.u32(1).u32(2).u32(60).u32(60).u32(3).u16(0x0800).u8(0).u8(0).put(kFrame);
        auto src = open_ok(dir.write("k.pcap", cat({pcap_header(h), rec.b, rec.b})));
        CHECK(src->snaplen() == 262144 + 14);  // room for the fake Ethernet header
        ReadResult r = read_all(*src);
        REQUIRE(r.packets.size() == 2);
        CHECK(r.packets[1].data == kFrame);
    }
    PcapHeader raw;
    raw.magic = 0xa1b2cd34;
    raw.linktype = 101;
    CHECK(open_ok(dir.write("kr.pcap", pcap_header(raw)))->snaplen() == 262144);
    raw.linktype = 1;
    raw.snaplen = 0x7ffffff0;
    CHECK(open_ok(dir.write("km.pcap", pcap_header(raw)))->snaplen() == 0x7ffffffe);

    Out part;
    part.u32(1).u32(2).u32(60).u32(60).u32(3);
    std::string path = dir.write("kt.pcap", cat({pcap_header(raw), part.b}));
    require_read_error(path, 0, "truncated dump file; tried to read 24 header bytes, only got 20 "
                                "(record 1 at byte offset 24)");
}

TEST_CASE("pcap: records longer than the snapshot length are cut to it", "[pcap]") {
    TempDir dir;
    PcapHeader h;
    h.snaplen = 40;
    auto src = open_ok(dir.write("cut.pcap", cat({pcap_header(h), pcap_record(kFrame, 1, 2),
                                                  pcap_record(frame(30, 9), 2, 3)})));
    ReadResult r = read_all(*src);
    REQUIRE(r.end == FileSource::Status::End);
    REQUIRE(r.packets.size() == 2);
    CHECK(r.packets[0].caplen == 40);
    CHECK(r.packets[0].wirelen == 60);
    CHECK(r.packets[0].data == Bytes(kFrame.begin(), kFrame.begin() + 40));
    CHECK(r.packets[1].data == frame(30, 9));

    // caplen > len is delivered as it is: the printer says "[Invalid header: len(34) < caplen(60)]".
    auto odd = open_ok(dir.write("odd.pcap", cat({pcap_header(), pcap_record(kFrame, 1, 2, false, -1, 34)})));
    r = read_all(*odd);
    REQUIRE(r.packets.size() == 1);
    CHECK(r.packets[0].caplen == 60);
    CHECK(r.packets[0].wirelen == 34);
}

TEST_CASE("pcap: damaged files give libpcap's message, where, and the packets before", "[pcap]") {
    TempDir dir;
    const Bytes two = cat({pcap_header(), pcap_record(kFrame), pcap_record(kFrame, 2)});  // 24 + 76 + 76

    require_open_error(dir.write("empty.pcap", {}), "truncated dump file; tried to read 4 file header bytes, only got 0");
    require_open_error(dir.write("three.pcap", cut(pcap_header(), 3)),
                       "truncated dump file; tried to read 4 file header bytes, only got 3");
    require_open_error(dir.write("hdr.pcap", cut(pcap_header(), 10)),
                       "truncated dump file; tried to read 24 file header bytes, only got 6 (the file is 10 bytes long)");
    for (uint32_t magic : {0x12345678u, 0xa1b234cdu, 0xa12b3c4du, 0xa1b2c3cbu}) {
        PcapHeader h;
        h.magic = magic;
        require_open_error(dir.write("magic.pcap", pcap_header(h)), "unknown file format");
    }
    require_read_error(dir.write("rechdr.pcap", cut(two, 108)), 1,
                       "truncated dump file; tried to read 16 header bytes, only got 8 (record 2 at byte offset 100)");
    require_read_error(dir.write("recdata.pcap", cut(two, 130)), 1,
                       "truncated dump file; tried to read 60 captured bytes, only got 14 (record 2 at byte offset 100)");
    require_read_error(dir.write("big.pcap", cat({pcap_header(), pcap_record(kFrame),
                                                  pcap_record(frame(100), 2, 2, false, 300000)})),
                       1, "invalid packet capture length 300000, bigger than snaplen of 262144 (record 2 at byte offset 100)");
    PcapHeader huge;
    huge.snaplen = 0x7fffffff;
    require_read_error(dir.write("big2.pcap", cat({pcap_header(huge), pcap_record(kFrame),
                                                   pcap_record(frame(100), 2, 2, false, 300000)})),
                       1, "invalid packet capture length 300000, bigger than maximum of 262144 (record 2 at byte offset 100)");
    PcapHeader small;
    small.snaplen = 40;
    Bytes cut_file = cat({pcap_header(small), pcap_record(kFrame), pcap_record(kFrame, 2)});
    require_read_error(dir.write("skip.pcap", cut(cut_file, 100 + 16 + 45)), 1,
                       "truncated dump file; tried to read 60 captured bytes, only got 45 (record 2 at byte offset 100)");
    require_read_error(dir.write("keep.pcap", cut(cut_file, 100 + 16 + 30)), 1,
                       "truncated dump file; tried to read 40 captured bytes, only got 30 (record 2 at byte offset 100)");

    std::string missing = dir.path() + "/missing.pcap";
    require_open_error(missing, "No such file or directory");
    require_open_error(dir.path(), "error reading dump file: Is a directory");
}

TEST_CASE("pcap: many records across read chunks, and one larger than a chunk", "[pcap]") {
    TempDir dir;
    Bytes file = pcap_header({false, 0xa1b2c3d4, 2, 4, 0, 231});  // D-Bus: records up to 128 MiB
    const size_t n = 30000;
    for (size_t i = 0; i < n; ++i) {
        size_t len = 1 + (i * 37) % 1600;
        append(file, pcap_record(frame(len, static_cast<uint8_t>(i)), static_cast<uint32_t>(i),
                                 static_cast<uint32_t>(i % 1000000)));
        if (i == n / 2) append(file, pcap_record(frame(3 << 20, 0x11), 7, 7));
    }
    auto src = open_ok(dir.write("many.pcap", file));
    rd::PacketRef p;
    size_t i = 0, big = 0;
    while (src->next(p) == FileSource::Status::Packet) {
        if (p.caplen == (3u << 20)) {
            ++big;
            CHECK(p.data[12345] == static_cast<uint8_t>(0x11 + 12345));
            continue;
        }
        size_t len = 1 + (i * 37) % 1600;
        REQUIRE(p.caplen == len);
        REQUIRE(p.ts_sec == static_cast<int64_t>(i));
        REQUIRE(p.data[0] == static_cast<uint8_t>(i));
        REQUIRE(p.data[len - 1] == static_cast<uint8_t>(i + len - 1));
        ++i;
    }
    CHECK(i == n);
    CHECK(big == 1);
    CHECK(src->error().empty());
}

TEST_CASE("pcap: standard input may be a pipe", "[pcap]") {
    Bytes file = pcap_header();
    for (uint32_t i = 0; i < 5000; ++i) append(file, pcap_record(frame(200, static_cast<uint8_t>(i)), i, i));
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    int saved = ::dup(STDIN_FILENO);
    REQUIRE(::dup2(fds[0], STDIN_FILENO) == STDIN_FILENO);
    ::close(fds[0]);
    // The pipe holds 64 KiB; the writer keeps feeding while the reader reads.
    std::thread writer([&] {
        size_t off = 0;
        while (off < file.size()) {
            ssize_t w = ::write(fds[1], file.data() + off, std::min<size_t>(7000, file.size() - off));
            if (w <= 0) break;
            off += static_cast<size_t>(w);
        }
        ::close(fds[1]);
    });
    auto src = FileSource::open("-");
    ReadResult r;
    if (src.ok()) r = read_all(*src.value());
    writer.join();
    ::dup2(saved, STDIN_FILENO);
    ::close(saved);
    REQUIRE(src.ok());
    CHECK(r.end == FileSource::Status::End);
    REQUIRE(r.packets.size() == 5000);
    CHECK(r.packets[4999].ts_sec == 4999);
    CHECK(r.packets[4999].data == frame(200, static_cast<uint8_t>(4999)));
}

TEST_CASE("pcap: errors on standard input name it", "[pcap]") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    Bytes part = cut(pcap_header(), 10);
    REQUIRE(::write(fds[1], part.data(), part.size()) == 10);
    ::close(fds[1]);
    int saved = ::dup(STDIN_FILENO);
    ::dup2(fds[0], STDIN_FILENO);
    ::close(fds[0]);
    auto src = FileSource::open("-");
    ::dup2(saved, STDIN_FILENO);
    ::close(saved);
    REQUIRE_FALSE(src.ok());
    CHECK(src.error().message ==
          "standard input: truncated dump file; tried to read 24 file header bytes, only got 6 (the file is 10 bytes long)");
}
