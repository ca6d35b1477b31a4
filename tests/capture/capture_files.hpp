// Test helpers: pcap and pcapng files built byte by byte (either byte order), written to
// a temporary directory, and read back through FileSource.
#pragma once
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "ringdump/capture/file_source.hpp"

namespace rdtest {

using Bytes = std::vector<uint8_t>;

// Appends integers in the chosen byte order.
struct Out {
    bool big_endian = false;
    Bytes b;

    Out& u8(uint8_t v) {
        b.push_back(v);
        return *this;
    }
    Out& u16(uint16_t v) {
        if (big_endian) return u8(static_cast<uint8_t>(v >> 8)).u8(static_cast<uint8_t>(v));
        return u8(static_cast<uint8_t>(v)).u8(static_cast<uint8_t>(v >> 8));
    }
    Out& u32(uint32_t v) {
        if (big_endian) return u16(static_cast<uint16_t>(v >> 16)).u16(static_cast<uint16_t>(v));
        return u16(static_cast<uint16_t>(v)).u16(static_cast<uint16_t>(v >> 16));
    }
    Out& u64(uint64_t v) {
        if (big_endian) return u32(static_cast<uint32_t>(v >> 32)).u32(static_cast<uint32_t>(v));
        return u32(static_cast<uint32_t>(v)).u32(static_cast<uint32_t>(v >> 32));
    }
    Out& put(const Bytes& x) {
        b.insert(b.end(), x.begin(), x.end());
        return *this;
    }
    Out& pad4() {
        while (b.size() % 4) b.push_back(0);
        return *this;
    }
};

inline Bytes cat(std::initializer_list<Bytes> parts) {
    Bytes r;
    for (const Bytes& p : parts) r.insert(r.end(), p.begin(), p.end());
    return r;
}

inline void append(Bytes& to, const Bytes& b) {
    to.insert(to.end(), b.begin(), b.end());
}

inline Bytes cut(Bytes b, size_t n) {
    b.resize(n);
    return b;
}

// A frame whose bytes tell where they came from: seed, seed+1, ...
inline Bytes frame(size_t len, uint8_t seed = 0) {
    Bytes f(len);
    for (size_t i = 0; i < len; ++i) f[i] = static_cast<uint8_t>(seed + i);
    return f;
}

// ---- classic pcap
struct PcapHeader {
    bool big_endian = false;
    uint32_t magic = 0xa1b2c3d4;
    uint16_t major = 2, minor = 4;
    uint32_t snaplen = 262144;
    uint32_t linktype = 1;
};

inline Bytes pcap_header(const PcapHeader& h = {}) {
    Out o{h.big_endian, {}};
    o.u32(h.magic).u16(h.major).u16(h.minor).u32(0).u32(0).u32(h.snaplen).u32(h.linktype);
    return o.b;
}

// A record whose caplen is data.size() unless given.
inline Bytes pcap_record(const Bytes& data, uint32_t sec = 1, uint32_t sub = 2, bool big_endian = false,
                         int64_t caplen = -1, int64_t len = -1) {
    Out o{big_endian, {}};
    uint32_t cl = caplen < 0 ? static_cast<uint32_t>(data.size()) : static_cast<uint32_t>(caplen);
    o.u32(sec).u32(sub).u32(cl).u32(len < 0 ? cl : static_cast<uint32_t>(len)).put(data);
    return o.b;
}

// ---- pcapng
struct Option {
    uint16_t code;
    Bytes value;
};

inline Bytes options(bool be, const std::vector<Option>& opts) {
    if (opts.empty()) return {};
    Out o{be, {}};
    for (const Option& op : opts) o.u16(op.code).u16(static_cast<uint16_t>(op.value.size())).put(op.value).pad4();
    o.u16(0).u16(0);
    return o.b;
}

inline Bytes block(bool be, uint32_t type, Bytes body, int64_t trailer = -1) {
    while (body.size() % 4) body.push_back(0);
    uint32_t total = static_cast<uint32_t>(12 + body.size());
    Out o{be, {}};
    o.u32(type).u32(total).put(body).u32(trailer < 0 ? total : static_cast<uint32_t>(trailer));
    return o.b;
}

inline Bytes shb(bool be = false, uint16_t major = 1, uint16_t minor = 0) {
    Out o{be, {}};
    o.u32(0x1a2b3c4d).u16(major).u16(minor).u64(~uint64_t{0});
    return block(be, 0x0a0d0d0a, o.b);
}

inline Bytes idb(bool be = false, uint16_t linktype = 1, uint32_t snaplen = 262144,
                 const std::vector<Option>& opts = {}) {
    Out o{be, {}};
    o.u16(linktype).u16(0).u32(snaplen).put(options(be, opts));
    return block(be, 1, o.b);
}

inline Bytes epb(bool be, uint32_t ifid, uint64_t ts, const Bytes& data, int64_t caplen = -1,
                 int64_t len = -1, const std::vector<Option>& opts = {}) {
    Out o{be, {}};
    uint32_t cl = caplen < 0 ? static_cast<uint32_t>(data.size()) : static_cast<uint32_t>(caplen);
    o.u32(ifid).u32(static_cast<uint32_t>(ts >> 32)).u32(static_cast<uint32_t>(ts));
    o.u32(cl).u32(len < 0 ? cl : static_cast<uint32_t>(len)).put(data).pad4().put(options(be, opts));
    return block(be, 6, o.b);
}

inline Bytes spb(bool be, const Bytes& data, int64_t len = -1) {
    Out o{be, {}};
    o.u32(len < 0 ? static_cast<uint32_t>(data.size()) : static_cast<uint32_t>(len)).put(data);
    return block(be, 3, o.b);
}

inline Bytes obsolete_pb(bool be, uint16_t ifid, uint64_t ts, const Bytes& data) {
    Out o{be, {}};
    o.u16(ifid).u16(0).u32(static_cast<uint32_t>(ts >> 32)).u32(static_cast<uint32_t>(ts));
    o.u32(static_cast<uint32_t>(data.size())).u32(static_cast<uint32_t>(data.size())).put(data);
    return block(be, 2, o.b);
}

inline Bytes le64(int64_t v) {
    Out o;
    o.u64(static_cast<uint64_t>(v));
    return o.b;
}

// ---- files
class TempDir {
public:
    TempDir() {
        auto base = std::filesystem::temp_directory_path();
        for (int i = 0;; ++i) {
            path_ = base / ("ringdump-capture-test-" + std::to_string(::getpid()) + "-" + std::to_string(i));
            if (std::filesystem::create_directory(path_)) break;
        }
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string write(const std::string& name, const Bytes& bytes) const {
        std::string p = (path_ / name).string();
        std::ofstream f(p, std::ios::binary);
        f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        return p;
    }
    std::string path() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

struct Packet {
    int64_t ts_sec;
    uint64_t ts_nsec;
    uint32_t caplen, wirelen, linktype, ifindex;
    rd::Direction dir;
    Bytes data;
};

struct ReadResult {
    std::vector<Packet> packets;
    rd::FileSource::Status end = rd::FileSource::Status::End;
    std::string error;
};

inline ReadResult read_all(rd::FileSource& src) {
    ReadResult r;
    rd::PacketRef p;
    rd::FileSource::Status st;
    while ((st = src.next(p)) == rd::FileSource::Status::Packet) {
        r.packets.push_back({p.ts_sec, p.ts_nsec, p.caplen, p.wirelen, p.linktype, p.ifindex, p.dir,
                             Bytes(p.data, p.data + p.caplen)});
    }
    r.end = st;
    if (st == rd::FileSource::Status::Error) r.error = src.error();
    return r;
}

inline std::unique_ptr<rd::FileSource> open_ok(const std::string& path, rd::FileSourceOptions opts = {}) {
    auto src = rd::FileSource::open(path, opts);
    INFO("opening " << path);
    REQUIRE(src.ok());
    return std::move(src).value();
}

// Opening fails with exactly "<path>: <tail>".
inline void require_open_error(const std::string& path, const std::string& tail,
                               rd::FileSourceOptions opts = {}) {
    auto src = rd::FileSource::open(path, opts);
    INFO("opening " << path);
    REQUIRE_FALSE(src.ok());
    CHECK(src.error().message == path + ": " + tail);
}

// Opens, delivers `good` packets, then fails with exactly "<path>: <tail>" and keeps failing.
inline void require_read_error(const std::string& path, size_t good, const std::string& tail,
                               rd::FileSourceOptions opts = {}) {
    auto src = open_ok(path, opts);
    ReadResult r = read_all(*src);
    INFO("reading " << path);
    CHECK(r.packets.size() == good);
    REQUIRE(r.end == rd::FileSource::Status::Error);
    CHECK(r.error == path + ": " + tail);
    rd::PacketRef p;
    CHECK(src->next(p) == rd::FileSource::Status::Error);
}

}  // namespace rdtest
