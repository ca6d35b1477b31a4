// PcapWriter: the bytes tcpdump -w writes, through io_uring and through write(2).
#include <fcntl.h>
#include <linux/io_uring.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "ringdump/format/pcap_writer.hpp"

namespace {

using Bytes = std::vector<uint8_t>;

// What tcpdump 4.99.3 -w writes on this (little-endian) host for Ethernet, default snaplen.
const Bytes kTcpdumpHeader = {0xd4, 0xc3, 0xb2, 0xa1, 0x02, 0x00, 0x04, 0x00, 0, 0, 0, 0, 0, 0, 0, 0,
                              0x00, 0x00, 0x04, 0x00, 0x01, 0x00, 0x00, 0x00};

class TempDir {
public:
    TempDir() {
        auto base = std::filesystem::temp_directory_path();
        for (int i = 0;; ++i) {
            path_ = base / ("ringdump-writer-test-" + std::to_string(::getpid()) + "-" + std::to_string(i));
            if (std::filesystem::create_directory(path_)) break;
        }
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

Bytes slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    return Bytes(std::istreambuf_iterator<char>(f), {});
}

uint64_t size_on_disk(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

uint32_t le32(const Bytes& b, size_t at) {
    return uint32_t{b[at]} | uint32_t{b[at + 1]} << 8 | uint32_t{b[at + 2]} << 16 | uint32_t{b[at + 3]} << 24;
}

Bytes payload(size_t len, uint32_t seed) {
    Bytes p(len);
    for (size_t i = 0; i < len; ++i) p[i] = static_cast<uint8_t>(seed * 31 + i);
    return p;
}

bool kernel_has_io_uring() {
    io_uring_params params{};
    long fd = ::syscall(__NR_io_uring_setup, 2, &params);
    if (fd < 0) return false;
    ::close(static_cast<int>(fd));
    return true;
}

std::unique_ptr<rd::PcapWriter> open_writer(const std::string& path, const rd::PcapWriterOptions& o) {
    auto w = rd::PcapWriter::open(path, o);
    INFO("opening " << path);
    REQUIRE(w.ok());
    return std::move(w).value();
}

struct Record {
    uint32_t sec, sub, caplen, len;
    Bytes data;
};

// Parses a little-endian pcap file written by the writer.
std::vector<Record> records(const Bytes& file) {
    std::vector<Record> out;
    size_t at = 24;
    while (at + 16 <= file.size()) {
        Record r{le32(file, at), le32(file, at + 4), le32(file, at + 8), le32(file, at + 12), {}};
        REQUIRE(at + 16 + r.caplen <= file.size());
        r.data.assign(file.begin() + static_cast<long>(at + 16), file.begin() + static_cast<long>(at + 16 + r.caplen));
        at += 16 + r.caplen;
        out.push_back(std::move(r));
    }
    CHECK(at == file.size());
    return out;
}

}  // namespace

TEST_CASE("pcap writer: the header tcpdump -w writes", "[writer]") {
    TempDir dir;
    for (bool plain : {false, true}) {
        INFO("plain write(2): " << plain);
        rd::PcapWriterOptions o;
        o.plain_io = plain;
        std::string path = dir.file("h.pcap");
        auto w = open_writer(path, o);
        REQUIRE(w->close().ok());
        CHECK(slurp(path) == kTcpdumpHeader);

        // --time-stamp-precision=nano, and a link type field with FCS bits (tcpdump copies
        // them from the file it reads).
        o.nano = true;
        o.linktype = 1 | (1u << 26) | (2u << 28);
        o.snaplen = 96;
        w = open_writer(path, o);
        REQUIRE(w->close().ok());
        Bytes h = slurp(path);
        REQUIRE(h.size() == 24);
        CHECK(le32(h, 0) == 0xa1b23c4d);
        CHECK(le32(h, 16) == 96);
        CHECK(le32(h, 20) == 0x24000001);
    }
}

TEST_CASE("pcap writer: records round-trip through both output paths", "[writer]") {
    TempDir dir;
    for (bool plain : {false, true}) {
        INFO("plain write(2): " << plain);
        rd::PcapWriterOptions o;
        o.plain_io = plain;
        std::string path = dir.file("r.pcap");
        auto w = open_writer(path, o);
        if (plain) CHECK_FALSE(w->using_io_uring());
        else if (kernel_has_io_uring()) CHECK(w->using_io_uring());
        // ~12 MiB: every buffer is reused several times; one record is bigger than a buffer.
        const int n = 9000;
        uint64_t expect_size = 24;
        for (int i = 0; i < n; ++i) {
            size_t len = i == 4500 ? (3u << 20) : (i * 53) % 1515;
            Bytes p = payload(len, static_cast<uint32_t>(i));
            int64_t ts = (1709294400LL + i) * 1000000000 + i * 1001;
            REQUIRE(w->write(ts, static_cast<uint32_t>(len + 4), p).ok());
            expect_size += 16 + len;
        }
        CHECK(w->file_size() == expect_size);
        REQUIRE(w->close().ok());
        Bytes file = slurp(path);
        REQUIRE(file.size() == expect_size);
        CHECK(Bytes(file.begin(), file.begin() + 24) == kTcpdumpHeader);
        auto recs = records(file);
        REQUIRE(recs.size() == n);
        for (int i = 0; i < n; ++i) {
            size_t len = i == 4500 ? (3u << 20) : (i * 53) % 1515;
            INFO("record " << i);
            REQUIRE(recs[i].sec == 1709294400u + static_cast<uint32_t>(i));
            REQUIRE(recs[i].sub == static_cast<uint32_t>(i) * 1001 / 1000);
            REQUIRE(recs[i].caplen == len);
            REQUIRE(recs[i].len == len + 4);
            REQUIRE(recs[i].data == payload(len, static_cast<uint32_t>(i)));
        }
    }
}

TEST_CASE("pcap writer: time fields", "[writer]") {
    TempDir dir;
    std::string path = dir.file("t.pcap");
    rd::PcapWriterOptions o;
    auto w = open_writer(path, o);
    Bytes p = payload(10, 1);
    REQUIRE(w->write(-1, 10, p).ok());                          // 1969-12-31 23:59:59.999999
    REQUIRE(w->write_raw(1, 4061069334LL, 10, p).ok());         // a damaged field, kept as it is
    REQUIRE(w->write_raw(2, -233897962LL, 10, p).ok());         // libpcap's signed view of it
    REQUIRE(w->close().ok());
    auto recs = records(slurp(path));
    REQUIRE(recs.size() == 3);
    CHECK(recs[0].sec == 0xffffffffu);
    CHECK(recs[0].sub == 999999u);
    CHECK(recs[1].sub == 4061069334u);
    CHECK(recs[2].sub == 4061069334u);

    o.nano = true;
    w = open_writer(path, o);
    REQUIRE(w->write(1709294400LL * 1000000000 + 123456789, 10, p).ok());
    REQUIRE(w->close().ok());
    recs = records(slurp(path));
    REQUIRE(recs.size() == 1);
    CHECK(recs[0].sec == 1709294400u);
    CHECK(recs[0].sub == 123456789u);
}

TEST_CASE("pcap writer: -U puts each record in the file before write() returns", "[writer]") {
    TempDir dir;
    for (bool plain : {false, true}) {
        INFO("plain write(2): " << plain);
        std::string path = dir.file("u.pcap");
        rd::PcapWriterOptions o;
        o.plain_io = plain;
        o.flush_each = true;
        auto w = open_writer(path, o);
        CHECK(size_on_disk(path) == 24);
        Bytes p = payload(100, 7);
        for (int i = 1; i <= 5; ++i) {
            REQUIRE(w->write(i * 1000000000LL, 100, p).ok());
            CHECK(size_on_disk(path) == 24 + 116u * static_cast<unsigned>(i));
        }
        Bytes file = slurp(path);
        REQUIRE(records(file).size() == 5);

        // Without -U the records wait in the buffer until it fills, flush() or close().
        o.flush_each = false;
        w = open_writer(path, o);
        REQUIRE(w->write(1, 100, p).ok());
        CHECK(size_on_disk(path) == 0);
        REQUIRE(w->flush().ok());
        CHECK(size_on_disk(path) == 24 + 116);
        REQUIRE(w->close().ok());
        CHECK(w->close().ok());
        CHECK_FALSE(w->write(2, 100, p).ok());
    }
}

TEST_CASE("pcap writer: destruction writes everything", "[writer]") {
    TempDir dir;
    std::string path = dir.file("d.pcap");
    {
        auto w = open_writer(path, {});
        Bytes p = payload(1000, 3);
        for (int i = 0; i < 3000; ++i) REQUIRE(w->write(i, 1000, p).ok());  // ~3 MiB, some still buffered
    }
    CHECK(size_on_disk(path) == 24 + 3000u * 1016);
    CHECK(records(slurp(path)).size() == 3000);
}

TEST_CASE("pcap writer: standard output as a pipe and as a file", "[writer]") {
    TempDir dir;
    Bytes p = payload(300, 9);
    int saved = ::dup(STDOUT_FILENO);
    REQUIRE(saved >= 0);

    // A pipe: bytes in order through write(2); read concurrently so the pipe never fills.
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    Bytes got;
    std::thread reader([&] {
        uint8_t buf[65536];
        ssize_t r;
        while ((r = ::read(fds[0], buf, sizeof buf)) > 0) got.insert(got.end(), buf, buf + r);
    });
    ::dup2(fds[1], STDOUT_FILENO);
    ::close(fds[1]);
    bool uring = true;
    bool wrote = false;
    {
        auto w = rd::PcapWriter::open("-", {});
        if (w.ok()) {
            uring = w.value()->using_io_uring();
            wrote = true;
            for (int i = 0; i < 4000; ++i) wrote &= w.value()->write(i, 300, p).ok();
            wrote &= w.value()->close().ok();
        }
    }
    ::dup2(saved, STDOUT_FILENO);  // closes the pipe's last write end
    reader.join();
    ::close(fds[0]);
    CHECK(wrote);
    CHECK_FALSE(uring);
    REQUIRE(got.size() == 24 + 4000u * 316);
    CHECK(Bytes(got.begin(), got.begin() + 24) == kTcpdumpHeader);
    CHECK(records(got).size() == 4000);

    // A regular file already holding 5 bytes: the capture follows them, and the
    // descriptor is left positioned at the end.
    std::string path = dir.file("stdout.pcap");
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC, 0644);
    REQUIRE(fd >= 0);
    REQUIRE(::write(fd, "hello", 5) == 5);
    ::dup2(fd, STDOUT_FILENO);
    off_t end_pos = -1;
    {
        auto w = rd::PcapWriter::open("-", {});
        if (w.ok()) {
            wrote = w.value()->write(5, 300, p).ok() && w.value()->close().ok();
            end_pos = ::lseek(STDOUT_FILENO, 0, SEEK_CUR);
        }
    }
    ::dup2(saved, STDOUT_FILENO);
    ::close(saved);
    ::close(fd);
    CHECK(wrote);
    CHECK(end_pos == 5 + 24 + 316);
    Bytes file = slurp(path);
    REQUIRE(file.size() == 5 + 24 + 316);
    CHECK(Bytes(file.begin() + 5, file.begin() + 29) == kTcpdumpHeader);
}

TEST_CASE("pcap writer: errors name the file", "[writer]") {
    TempDir dir;
    std::string missing = dir.file("no/such/dir.pcap");
    auto w = rd::PcapWriter::open(missing, {});
    REQUIRE_FALSE(w.ok());
    CHECK(w.error().message == missing + ": No such file or directory");

    auto full = open_writer("/dev/full", {});
    CHECK_FALSE(full->using_io_uring());  // not a regular file
    Bytes p = payload(100, 1);
    REQUIRE(full->write(1, 100, p).ok());  // still buffered
    auto r = full->flush();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "/dev/full: error writing dump file: No space left on device");
    CHECK_FALSE(full->write(2, 100, p).ok());
}

TEST_CASE("pcap writer: a write that fails midway leaves the file cut after its last whole record", "[writer]") {
    // RLIMIT_FSIZE stands in for a full disk (EFBIG instead of ENOSPC; tests/live has the
    // tmpfs case): in a child process, so the limit does not touch the test runner.
    TempDir dir;
    for (bool plain : {false, true}) {
        INFO("plain write(2): " << plain);
        const std::string path = dir.file(plain ? "limit-p.pcap" : "limit-u.pcap");
        const std::string msg_path = path + ".msg";
        const uint64_t limit = 300000;
        pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::signal(SIGXFSZ, SIG_IGN);
            rlimit rl{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &rl);
            rd::PcapWriterOptions o;
            o.plain_io = plain;
            auto w = rd::PcapWriter::open(path, o);
            if (!w.ok()) ::_exit(2);
            Bytes p = payload(1000, 5);
            std::string msg;
            for (int i = 0; i < 1000 && msg.empty(); ++i)
                if (auto r = w.value()->write(i * 1000000000LL, 1000, p); !r.ok()) msg = r.error().message;
            if (msg.empty()) {
                if (auto r = w.value()->close(); !r.ok()) msg = r.error().message;
            }
            std::ofstream(msg_path) << msg;
            ::_exit(0);
        }
        int st = 0;
        REQUIRE(::waitpid(pid, &st, 0) == pid);
        REQUIRE(WIFEXITED(st));
        REQUIRE(WEXITSTATUS(st) == 0);
        std::ifstream m(msg_path);
        std::string msg((std::istreambuf_iterator<char>(m)), {});
        CHECK(msg == path + ": error writing dump file: File too large");
        // 24 + 295 * 1016 = 299744 <= 300000 < 24 + 296 * 1016: the 296th record was torn.
        Bytes file = slurp(path);
        CHECK(file.size() == 24 + 295u * 1016);
        CHECK(records(file).size() == 295);
    }
}
