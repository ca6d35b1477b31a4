// Generator frames: every patched frame has correct IPv4 and transport checksums (checked
// here by an independent sum and by tcpdump -vv on a pcap of them), varied fields stay
// in their range and really vary, and the stamp reads back.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "../tools/run_process.hpp"
#include "packet_template.hpp"

using namespace rd::gen;

namespace {

uint16_t be16(const uint8_t* p) { return static_cast<uint16_t>(p[0] << 8 | p[1]); }

// Plain RFC 1071 over a byte string, written separately from the generator's.
uint32_t add_words(const uint8_t* p, size_t n, uint32_t acc) {
    for (size_t i = 0; i < n; ++i) acc += (i % 2 == 0) ? uint32_t{p[i]} << 8 : p[i];
    return acc;
}
bool sums_to_ffff(uint32_t acc) {
    while (acc > 0xffff) acc = (acc & 0xffff) + (acc >> 16);
    return acc == 0xffff;
}

// Checks a frame's checksums; returns "" or what is wrong.
std::string verify(const std::vector<uint8_t>& f) {
    const uint16_t type = be16(&f[12]);
    size_t l4 = 0;
    uint32_t pseudo = 0;
    uint8_t proto = 0;
    if (type == 0x0800) {
        if (!sums_to_ffff(add_words(&f[14], 20, 0))) return "bad IPv4 header checksum";
        if (be16(&f[16]) != f.size() - 14) return "bad IPv4 total length";
        proto = f[23];
        l4 = 34;
        pseudo = add_words(&f[26], 8, 0);
    } else if (type == 0x86dd) {
        if (be16(&f[18]) != f.size() - 54) return "bad IPv6 payload length";
        proto = f[20];
        l4 = 54;
        pseudo = add_words(&f[22], 32, 0);
    } else {
        return "bad ethertype";
    }
    const size_t len = f.size() - l4;
    pseudo += proto + static_cast<uint32_t>(len);
    if (proto == 17 && be16(&f[l4 + 6]) == 0) return "UDP checksum 0";
    if (proto == 17 && be16(&f[l4 + 4]) != len) return "bad UDP length";
    if (!sums_to_ffff(add_words(&f[l4], len, pseudo))) return "bad transport checksum";
    return "";
}

void write_pcap(const std::string& path, const std::vector<std::vector<uint8_t>>& frames) {
    std::ofstream out(path, std::ios::binary);
    auto u32 = [&](uint32_t v) { out.write(reinterpret_cast<const char*>(&v), 4); };
    auto u16 = [&](uint16_t v) { out.write(reinterpret_cast<const char*>(&v), 2); };
    u32(0xa1b2c3d4);
    u16(2);
    u16(4);
    u32(0);
    u32(0);
    u32(65535);
    u32(1);  // Ethernet
    uint32_t ts = 1700000000;
    for (const auto& f : frames) {
        u32(ts++);
        u32(0);
        u32(static_cast<uint32_t>(f.size()));
        u32(static_cast<uint32_t>(f.size()));
        out.write(reinterpret_cast<const char*>(f.data()), static_cast<std::streamsize>(f.size()));
    }
}

std::vector<uint8_t> make(const PacketTemplate& t, uint64_t seq, uint64_t rnd, uint64_t tx = 0) {
    std::vector<uint8_t> f(t.bytes().begin(), t.bytes().end());
    t.patch(f.data(), 3, seq, tx, rnd);
    return f;
}

const Flavor kFlavors[] = {Flavor::Udp4, Flavor::Tcp4, Flavor::Udp6, Flavor::Tcp6};

}  // namespace

TEST_CASE("packet template: checksums hold for every flavor, size and variation") {
    uint64_t rnd = 0x1234567;
    for (Flavor fl : kFlavors) {
        for (uint32_t size : {min_frame_len(fl), min_frame_len(fl) + 1, min_frame_len(fl) + 9, 64u + 33, 1500u, 9014u}) {
            if (size < min_frame_len(fl)) continue;
            for (int variant = 0; variant < 4; ++variant) {
                TemplateSpec s;
                s.flavor = fl;
                s.frame_len = size;
                s.vary = Vary{true, variant >= 1, variant >= 2, variant >= 2, variant != 0};
                s.random = variant == 3;
                s.flows = variant == 3 ? 100000 : 300;
                auto t = PacketTemplate::build(s);
                REQUIRE(t.ok());
                INFO(flavor_name(fl) << " size " << size << " variant " << variant);
                CHECK(verify({t->bytes().begin(), t->bytes().end()}) == "");
                for (uint64_t seq = 0; seq < 700; ++seq) {
                    rnd = rnd * 6364136223846793005ull + 1442695040888963407ull;
                    auto f = make(*t, seq, rnd, 1700000000123456789ull + seq);
                    REQUIRE(f.size() == size);
                    const std::string err = verify(f);
                    INFO("seq " << seq);
                    REQUIRE(err == "");
                }
            }
        }
    }
}

TEST_CASE("packet template: counted fields cycle through their range") {
    TemplateSpec s;
    s.vary = Vary{true, true, true, true, false};
    s.flows = 16;
    auto t = PacketTemplate::build(s);
    REQUIRE(t.ok());
    std::set<uint16_t> sports;
    for (uint64_t seq = 0; seq < 40; ++seq) {
        auto f = make(*t, seq, 0);
        const uint16_t sp = be16(&f[34]);
        CHECK(sp == 40000 + seq % 16);
        CHECK(be16(&f[36]) == 9000 + seq % 16);
        CHECK(f[29] == 1 + seq % 16);  // 198.18.0.(1+k)
        CHECK(f[33] == 1 + seq % 16);
        sports.insert(sp);
    }
    CHECK(sports.size() == 16);
}

TEST_CASE("packet template: random fields stay in range and spread") {
    TemplateSpec s;
    s.flavor = Flavor::Tcp4;
    s.frame_len = 128;
    s.vary = Vary{true, true, false, false, true};
    s.flows = 50;
    s.random = true;
    auto t = PacketTemplate::build(s);
    REQUIRE(t.ok());
    std::set<uint16_t> sports, dports;
    uint64_t rnd = 99;
    for (int i = 0; i < 2000; ++i) {
        rnd = rnd * 6364136223846793005ull + 1442695040888963407ull;
        auto f = make(*t, static_cast<uint64_t>(i), rnd);
        sports.insert(be16(&f[34]));
        dports.insert(be16(&f[36]));
    }
    CHECK(*sports.begin() >= 40000);
    CHECK(*sports.rbegin() < 40050);
    CHECK(sports.size() == 50);
    CHECK(dports.size() == 50);
}

TEST_CASE("packet template: the stamp reads back, partial stamps do not") {
    for (Flavor fl : kFlavors) {
        TemplateSpec s;
        s.flavor = fl;
        s.frame_len = header_len(fl) + kStampLen + 8;
        s.vary.payload = true;
        auto t = PacketTemplate::build(s);
        REQUIRE(t.ok());
        auto f = make(*t, 0x1122334455ull, 7, 1700000000987654321ull);
        Stamp st;
        INFO(flavor_name(fl));
        REQUIRE(read_stamp(f, st));
        CHECK(st.thread == 3);
        CHECK(st.seq == 0x22334455u);
        CHECK(st.tx_ns == 1700000000987654321ull);
        f.resize(f.size() - 9);
        CHECK_FALSE(read_stamp(f, st));
    }
    TemplateSpec small;
    small.flavor = Flavor::Tcp4;
    small.frame_len = 60;  // 6 bytes of payload: no room for the stamp
    auto t = PacketTemplate::build(small);
    REQUIRE(t.ok());
    Stamp st;
    CHECK_FALSE(read_stamp(make(*t, 1, 1), st));
    CHECK(verify(make(*t, 1, 1)) == "");
}

TEST_CASE("packet template: sizes out of range are refused") {
    TemplateSpec s;
    s.flavor = Flavor::Tcp6;
    s.frame_len = 73;
    auto t = PacketTemplate::build(s);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().message == "frame size 73 out of range for tcp6 (74..16384)");
    s.frame_len = 16385;
    CHECK_FALSE(PacketTemplate::build(s).ok());
}

TEST_CASE("packet template: tcpdump -vv finds every checksum correct") {
    std::vector<std::vector<uint8_t>> frames;
    uint64_t rnd = 5;
    for (Flavor fl : kFlavors) {
        for (uint32_t size : {min_frame_len(fl), 99u, 1514u}) {
            TemplateSpec s;
            s.flavor = fl;
            s.frame_len = size;
            s.vary = Vary{true, true, true, true, true};
            s.random = size == 99;
            auto t = PacketTemplate::build(s);
            REQUIRE(t.ok());
            for (uint64_t seq = 0; seq < 25; ++seq) {
                rnd = rnd * 6364136223846793005ull + 1442695040888963407ull;
                frames.push_back(make(*t, seq, rnd, seq * 1000));
            }
        }
    }
    char path[] = "/tmp/ringgen-frames-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    close(fd);
    write_pcap(path, frames);
    auto r = rd::test::run_process({"/usr/bin/tcpdump", "-n", "-vv", "-r", path});
    std::remove(path);
    REQUIRE(r.status == 0);
    // tcpdump -vv prints one packet over two lines; each verdict is on one of them. (Not
    // just "bad": a checksum value such as 0x8bad would match.)
    size_t ok = 0, bad = 0;
    std::string bad_lines;
    size_t start = 0;
    while (start < r.out.size()) {
        size_t end = r.out.find('\n', start);
        if (end == std::string::npos) end = r.out.size();
        const std::string line = r.out.substr(start, end - start);
        if (line.find("sum ok") != std::string::npos || line.find("(correct)") != std::string::npos) ++ok;
        if (line.find("bad cksum") != std::string::npos || line.find("bad udp cksum") != std::string::npos ||
            line.find("incorrect") != std::string::npos) {
            ++bad;
            bad_lines += line + "\n";
        }
        start = end + 1;
    }
    INFO("tcpdump lines with a bad checksum:\n" << bad_lines);
    CHECK(bad == 0);
    CHECK(ok == frames.size());
}
