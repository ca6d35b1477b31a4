// pcapng reading. Expected values and messages were taken from tcpdump 4.99.3 /
// libpcap 1.10.3 run on the same bytes.
#include "capture_files.hpp"

using namespace rdtest;
using rd::FileSource;

namespace {

const Bytes kFrame = frame(60, 0x40);
constexpr uint64_t T = 1700000000;

rd::FileSourceOptions strict() {
    rd::FileSourceOptions o;
    o.libpcap_strict = true;
    return o;
}

Bytes tsresol(uint8_t v) {
    return Bytes{v};
}

}  // namespace

TEST_CASE("pcapng: a section in either byte order", "[pcapng]") {
    TempDir dir;
    for (bool be : {false, true}) {
        INFO("big endian: " << be);
        std::string path = dir.write("b.pcapng", cat({shb(be), idb(be, 1, 65535), epb(be, 0, T * 1000000 + 123456, kFrame),
                                                      epb(be, 0, T * 1000000 + 654321, frame(42, 3), -1, 1514)}));
        auto src = open_ok(path);
        CHECK(src->is_pcapng());
        CHECK(src->linktype() == 1);
        CHECK(src->snaplen() == 65535);
        CHECK(src->ts_precision() == 6);
        CHECK(src->file_ts_precision() == 6);
        ReadResult r = read_all(*src);
        REQUIRE(r.end == FileSource::Status::End);
        REQUIRE(r.packets.size() == 2);
        CHECK(r.packets[0].ts_sec == static_cast<int64_t>(T));
        CHECK(r.packets[0].ts_nsec == 123456000);
        CHECK(r.packets[0].data == kFrame);
        CHECK(r.packets[0].linktype == 1);
        CHECK(r.packets[1].caplen == 42);
        CHECK(r.packets[1].wirelen == 1514);
        CHECK(r.packets[1].data == frame(42, 3));
    }
}

TEST_CASE("pcapng: if_tsresol and if_tsoffset", "[pcapng]") {
    TempDir dir;
    struct Case {
        const char* what;
        std::vector<Option> opts;
        uint64_t ts;
        int64_t sec;
        uint64_t nsec;
        uint32_t us_printed;  // what tcpdump prints by default
        int file_digits;
    };
    // tcpdump prints 12:31:11.261679 for if_tsresol 9 (vsock-1.pcapng): µs, not ns.
    for (const Case& c : {
             Case{"ns", {{9, tsresol(9)}}, T * 1000000000 + 123456789, static_cast<int64_t>(T), 123456789, 123456, 9},
             Case{"ms", {{9, tsresol(3)}}, T * 1000 + 7, static_cast<int64_t>(T), 7000000, 7000, 6},
             Case{"2^-20", {{9, tsresol(0x94)}}, (T << 20) + (1 << 19) + 3, static_cast<int64_t>(T), 500002861, 500002, 9},
             Case{"10^-19", {{9, tsresol(19)}}, 1000000, 0, 0, 0, 9},
             Case{"2^0", {{9, tsresol(0x80)}}, 1000, 1000, 0, 0, 6},
             // libpcap scales 2^-63 fractions to µs in 64 bits, which wraps: tcpdump prints .000000
             Case{"2^-63", {{9, tsresol(0x80 | 63)}}, (uint64_t{1} << 63) + (uint64_t{1} << 62) + 12345, 1, 0, 0, 9},
             Case{"offset", {{14, le64(1000)}}, 5000007, 1005, 7000, 7, 6},
             Case{"negative offset", {{14, le64(-5)}}, 1000007, -4, 7000, 7, 6},
         }) {
        INFO(c.what);
        auto src = open_ok(dir.write("t.pcapng", cat({shb(), idb(false, 1, 0, c.opts), epb(false, 0, c.ts, kFrame)})));
        CHECK(src->file_ts_precision() == c.file_digits);
        ReadResult r = read_all(*src);
        REQUIRE(r.packets.size() == 1);
        CHECK(r.packets[0].ts_sec == c.sec);
        CHECK(r.packets[0].ts_nsec == c.nsec);
        rd::PacketRef p;
        p.ts_nsec = r.packets[0].ts_nsec;
        CHECK(src->libpcap_subsec(p, 6) == c.us_printed);
        CHECK(src->libpcap_subsec(p, 9) == static_cast<int64_t>(c.nsec));
    }
}

TEST_CASE("pcapng: simple and obsolete packet blocks", "[pcapng]") {
    TempDir dir;
    auto src = open_ok(dir.write("spb.pcapng", cat({shb(), idb(false, 1, 40), spb(false, kFrame), spb(false, frame(20), 20)})));
    CHECK(src->snaplen() == 40);
    ReadResult r = read_all(*src);
    REQUIRE(r.end == FileSource::Status::End);
    REQUIRE(r.packets.size() == 2);
    CHECK(r.packets[0].caplen == 40);  // min(len, snaplen)
    CHECK(r.packets[0].wirelen == 60);
    CHECK(r.packets[0].ts_sec == 0);
    CHECK(r.packets[0].ts_nsec == 0);
    CHECK(r.packets[0].data == Bytes(kFrame.begin(), kFrame.begin() + 40));
    CHECK(r.packets[1].caplen == 20);

    // snaplen 0 means the link type's maximum: an SPB of 300000 bytes keeps 262144.
    src = open_ok(dir.write("spb0.pcapng", cat({shb(), idb(false, 1, 0), spb(false, frame(300000))})));
    r = read_all(*src);
    REQUIRE(r.packets.size() == 1);
    CHECK(r.packets[0].caplen == 262144);
    CHECK(r.packets[0].wirelen == 300000);

    src = open_ok(dir.write("opb.pcapng", cat({shb(), idb(), obsolete_pb(false, 0, T * 1000000 + 5, kFrame)})));
    r = read_all(*src);
    REQUIRE(r.packets.size() == 1);
    CHECK(r.packets[0].ts_sec == static_cast<int64_t>(T));
    CHECK(r.packets[0].ts_nsec == 5000);
    CHECK(r.packets[0].data == kFrame);
}

TEST_CASE("pcapng: blocks tcpdump does not print are skipped", "[pcapng]") {
    TempDir dir;
    Out nrb;
    nrb.u16(1).u16(8).u8(10).u8(0).u8(0).u8(1).put(Bytes{'h', 'o', 's', 't'}).u16(0).u16(0);
    Out isb;
    isb.u32(0).u32(0).u32(0).put(options(false, {{4, le64(5)}}));
    auto src = open_ok(dir.write("skip.pcapng",
                                 cat({shb(), block(false, 4, nrb.b), idb(), block(false, 5, isb.b),
                                      block(false, 0xbad, Bytes{0, 0, 0, 1, 'a', 'b'}), block(false, 0x99, {}),
                                      block(false, 0x80000001, Bytes{1, 2, 3, 4}), block(false, 0xa, Bytes(8)),
                                      epb(false, 0, 1000000, kFrame)})));
    ReadResult r = read_all(*src);
    CHECK(r.end == FileSource::Status::End);
    REQUIRE(r.packets.size() == 1);
    CHECK(r.packets[0].ts_sec == 1);
}

TEST_CASE("pcapng: direction from epb_flags", "[pcapng]") {
    TempDir dir;
    auto flags = [](uint32_t v) {
        Out o;
        o.u32(v);
        return o.b;
    };
    auto src = open_ok(dir.write("dir.pcapng", cat({shb(), idb(), epb(false, 0, 1, kFrame, -1, -1, {{2, flags(1)}}),
                                                    epb(false, 0, 2, kFrame, -1, -1, {{1, Bytes{'h', 'i'}}, {2, flags(2)}}),
                                                    epb(false, 0, 3, kFrame)})));
    ReadResult r = read_all(*src);
    REQUIRE(r.packets.size() == 3);
    CHECK(r.packets[0].dir == rd::Direction::In);
    CHECK(r.packets[1].dir == rd::Direction::Out);
    CHECK(r.packets[2].dir == rd::Direction::Unknown);
}

TEST_CASE("pcapng: interfaces with their own link types, sections with their own byte order", "[pcapng]") {
    TempDir dir;
    Bytes raw_ip(kFrame.begin() + 14, kFrame.end());
    std::string two_if = dir.write("2if.pcapng", cat({shb(), idb(false, 1), idb(false, 101, 9000),
                                                      epb(false, 0, 1, kFrame), epb(false, 1, 2, raw_ip)}));
    auto src = open_ok(two_if);
    CHECK(src->linktype() == 1);
    ReadResult r = read_all(*src);
    REQUIRE(r.end == FileSource::Status::End);
    REQUIRE(r.packets.size() == 2);
    CHECK(r.packets[0].linktype == 1);
    CHECK(r.packets[1].linktype == 101);
    CHECK(r.packets[1].ifindex == 1);
    require_read_error(two_if, 0, "an interface has a type 101 different from the type of the first "
                                  "interface (block 3 at byte offset 48)", strict());

    std::string two_sec = dir.write("2sec.pcapng", cat({shb(), idb(), epb(false, 0, 1, kFrame), shb(true),
                                                        idb(true, 101), epb(true, 0, 2, raw_ip)}));
    src = open_ok(two_sec);
    r = read_all(*src);
    REQUIRE(r.end == FileSource::Status::End);
    REQUIRE(r.packets.size() == 2);
    CHECK(r.packets[1].linktype == 101);
    CHECK(r.packets[1].data == raw_ip);
    // libpcap reads the new section's length in the old byte order.
    require_read_error(two_sec, 1, "pcapng block size 469762048 > maximum 16777216 (block 4 at byte offset 140)",
                       strict());

    std::string snaps = dir.write("snaps.pcapng", cat({shb(), idb(false, 1, 0), idb(false, 1, 262144),
                                                       idb(false, 1, 100), epb(false, 2, 1, frame(100))}));
    CHECK(read_all(*open_ok(snaps)).packets.size() == 1);
    require_read_error(snaps, 0, "an interface has a snapshot length 100 different from the snapshot length "
                                 "of the first interface (block 4 at byte offset 68)", strict());
    // 0 and values past INT32_MAX stand for 262144 in the comparison; the message shows the field.
    std::string zero = dir.write("zero.pcapng", cat({shb(), idb(false, 1, 100), idb(false, 1, 0), epb(false, 0, 1, kFrame)}));
    require_read_error(zero, 0, "an interface has a snapshot length 0 different from the snapshot length "
                                "of the first interface (block 3 at byte offset 48)", strict());
    std::string big = dir.write("big.pcapng", cat({shb(), idb(false, 1, 0x80000000u), idb(false, 1, 0),
                                                   epb(false, 1, 1, kFrame)}));
    auto src2 = open_ok(big, strict());
    CHECK(src2->snaplen() == 262144);
    CHECK(read_all(*src2).packets.size() == 1);
}

TEST_CASE("pcapng: a Section Header Block before the first interface is skipped unchecked", "[pcapng]") {
    TempDir dir;
    Bytes odd = shb();
    odd[8] = 0x11;  // no valid byte-order magic: libpcap does not look at it while opening
    for (bool strict_mode : {false, true}) {
        rd::FileSourceOptions o;
        o.libpcap_strict = strict_mode;
        auto src = open_ok(dir.write("s.pcapng", cat({shb(), odd, shb(false, 7, 7), idb(), epb(false, 0, 1, kFrame)})), o);
        ReadResult r = read_all(*src);
        CHECK(r.end == FileSource::Status::End);
        CHECK(r.packets.size() == 1);
    }
}

TEST_CASE("pcapng: damaged files give libpcap's message, where, and the packets before", "[pcapng]") {
    TempDir dir;
    const Bytes head = cat({shb(), idb()});                  // 28 + 20 bytes
    const Bytes good = cat({head, epb(false, 0, 1000000, kFrame)});  // + 92 bytes: next block at 140
    auto w = [&](const Bytes& b) { return dir.write("d.pcapng", b); };
    auto raw = [](uint32_t type, uint32_t len) {
        Out o;
        o.u32(type).u32(len);
        return o.b;
    };

    // Opening.
    require_open_error(w(shb()), "the capture file has no Interface Description Blocks");
    require_open_error(w(cat({shb(), epb(false, 0, 1, kFrame)})),
                       "the capture file has a packet block before any Interface Description Blocks (block 2 at byte offset 28)");
    require_open_error(w(cut(shb(), 10)), "unknown file format");
    require_open_error(w(cut(shb(), 20)), "truncated pcapng dump file; tried to read 16 bytes, only got 8 (block 1 at byte offset 0)");
    Bytes bad_bom = shb();
    bad_bom[8] = 0x11;
    require_open_error(w(bad_bom), "unknown file format");
    Out shb24;
    shb24.u32(0x0a0d0d0a).u32(24).u32(0x1a2b3c4d).u32(1).u32(0).u32(24);
    require_open_error(w(shb24.b), "Section Header Block in pcapng dump file has invalid length 28 < _24_ < 1048576 (BT_SHB_INSANE_MAX)");
    require_open_error(w(cat({shb(false, 1, 1), idb()})), "unsupported pcapng savefile version 1.1");
    require_open_error(w(cat({shb(false, 2, 0), idb()})), "unsupported pcapng savefile version 2.0");
    CHECK(read_all(*open_ok(w(cat({shb(false, 1, 2), idb(), epb(false, 0, 1, kFrame)})))).packets.size() == 1);
    require_open_error(w(cat({shb(), block(false, 1, Bytes{1, 0, 0, 0})})),
                       "block of type 1 in pcapng dump file is too short (block 2 at byte offset 28)");
    require_open_error(w(cat({shb(), cut(idb(), 10)})),
                       "truncated pcapng dump file; tried to read 12 bytes, only got 2 (block 2 at byte offset 28)");
    require_open_error(w(cat({shb(), block(false, 1, Bytes{1, 0, 0, 0, 0, 0, 0, 0}, 8)})),
                       "block total length in header and trailer don't match (block 2 at byte offset 28)");
    Out overrun;  // an option claiming 100 bytes in a block that has 4
    overrun.u16(1).u16(0).u32(0).u16(2).u16(100).put(Bytes{'e', 't', 'h', '0'});
    require_open_error(w(cat({shb(), block(false, 1, overrun.b)})),
                       "block of type 1 in pcapng dump file is too short (block 2 at byte offset 28)");

    struct OptCase {
        std::vector<Option> opts;
        const char* message;
    };
    for (const OptCase& c : {
             OptCase{{{9, tsresol(20)}}, "Interface Description Block if_tsresol option resolution 10^-20 is too high"},
             OptCase{{{9, tsresol(0x80 | 64)}}, "Interface Description Block if_tsresol option resolution 2^-64 is too high"},
             OptCase{{{9, tsresol(6)}, {9, tsresol(6)}}, "Interface Description Block has more than one if_tsresol option"},
             OptCase{{{9, Bytes{6, 6}}}, "Interface Description Block has if_tsresol option with length 2 != 1"},
             OptCase{{{14, Bytes(4)}}, "Interface Description Block has if_tsoffset option with length 4 != 8"},
             OptCase{{{14, le64(0)}, {14, le64(0)}}, "Interface Description Block has more than one if_tsoffset option"},
         }) {
        require_open_error(w(cat({shb(), idb(false, 1, 0, c.opts), epb(false, 0, 1, kFrame)})),
                           std::string(c.message) + " (block 2 at byte offset 28)");
    }

    // Reading.
    require_read_error(w(cat({good, epb(false, 3, 1, kFrame)})), 1,
                       "a packet arrived on interface 3, but there's no Interface Description Block for that "
                       "interface (block 4 at byte offset 140)");
    require_read_error(w(cat({good, raw(0x99, 13), Bytes(5)})), 1,
                       "block in pcapng dump file has a length of 13 that is not a multiple of 4 (block 4 at byte offset 140)");
    require_read_error(w(cat({good, raw(0x99, 8)})), 1,
                       "block in pcapng dump file has a length of 8 < 12 (block 4 at byte offset 140)");
    require_read_error(w(cat({good, raw(0x99, 6), Bytes(20)})), 1,
                       "block in pcapng dump file has a length of 6 < 12 (block 4 at byte offset 140)");
    require_read_error(w(cat({good, raw(0x99, 20 << 20), Bytes(100)})), 1,
                       "pcapng block size 20971520 > maximum 16777216 (block 4 at byte offset 140)");
    require_read_error(w(cat({good, cut(epb(false, 0, 1, kFrame), 40)})), 1,
                       "truncated pcapng dump file; tried to read 84 bytes, only got 32 (block 4 at byte offset 140)");
    require_read_error(w(cat({good, cut(epb(false, 0, 1, kFrame), 6)})), 1,
                       "truncated pcapng dump file; tried to read 8 bytes, only got 6 (block 4 at byte offset 140)");
    Out trailer;
    trailer.u32(0).u32(0).u32(0).u32(60).u32(60).put(kFrame);
    require_read_error(w(cat({good, block(false, 6, trailer.b, 12)})), 1,
                       "block total length in header and trailer don't match (block 4 at byte offset 140)");
    require_read_error(w(cat({good, epb(false, 0, 1, kFrame, 200)})), 1,
                       "block of type 6 in pcapng dump file is too short (block 4 at byte offset 140)");
    require_read_error(w(cat({shb(), idb(false, 1, 40), epb(false, 0, 1, kFrame, 200)})), 0,
                       "invalid packet capture length 200, bigger than snaplen of 40 (block 3 at byte offset 48)");
    require_read_error(w(cat({head, block(false, 6, Bytes(12))})), 0,
                       "block of type 6 in pcapng dump file is too short (block 3 at byte offset 48)");
    require_read_error(w(cat({head, block(false, 2, Bytes(16))})), 0,
                       "block of type 2 in pcapng dump file is too short (block 3 at byte offset 48)");
    require_read_error(w(cat({head, block(false, 3, cat({Bytes{60, 0, 0, 0}, frame(20)}))})), 0,
                       "block of type 3 in pcapng dump file is too short (block 3 at byte offset 48)");
    require_read_error(w(cat({head, obsolete_pb(false, 2, 1, kFrame)})), 0,
                       "a packet arrived on interface 2, but there's no Interface Description Block for that "
                       "interface (block 3 at byte offset 48)");
    require_read_error(w(cat({good, shb(), spb(false, kFrame)})), 1,
                       "a packet arrived on interface 0, but there's no Interface Description Block for that "
                       "interface (block 5 at byte offset 168)");
    require_read_error(w(cat({good, shb(false, 2, 0), idb()})), 1,
                       "unknown pcapng savefile major version number 2 (block 4 at byte offset 140)");
    Bytes bad_section = shb();
    bad_section[8] = 0x11;
    require_read_error(w(cat({good, bad_section})), 1,
                       "the file has a section with a bad byte order magic field (block 4 at byte offset 140)");
    require_read_error(w(cat({good, block(false, 0x0a0d0d0a, Bytes{0x4d, 0x3c, 0x2b, 0x1a, 1, 0, 0, 0})})), 1,
                       "block of type 168627466 in pcapng dump file is too short (block 4 at byte offset 140)");
}
