// ringdump -w: files byte-identical to what tcpdump 4.99.3 -w writes (copies, nano
// precision, -C/-W rotation), -G/-W/-z behaviour, -v naming the write path. Both write
// paths run: io_uring and write(2) (RINGDUMP_WRITE_IO=write).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "run_process.hpp"

using rd::test::run_process;
using rd::test::slurp;

namespace {

namespace fs = std::filesystem;
const std::string kBin = RINGDUMP_BINARY;
const std::string kCorpus = std::string(RINGDUMP_SHARED_DIR) + "/corpus/tcpdump-4.99/";
const std::string kTcpdump = "/usr/bin/tcpdump";

class TempDir {
public:
    TempDir() {
        auto base = fs::temp_directory_path();
        for (int i = 0;; ++i) {
            path_ = base / ("ringdump-wcli-" + std::to_string(::getpid()) + "-" + std::to_string(i));
            if (fs::create_directory(path_)) break;
        }
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    std::string mkdir(const std::string& name) const {
        fs::create_directory(path_ / name);
        return file(name);
    }

private:
    fs::path path_;
};

std::vector<std::string> names_in(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

// tcpdump as the oracle: run as root without dropping privileges (-Z root) so it can
// write into our scratch directories. Absent or unusable: those comparisons are skipped.
bool have_tcpdump() {
    static const bool ok = ::access(kTcpdump.c_str(), X_OK) == 0 && ::geteuid() == 0;
    return ok;
}

// "-C 1 -W 2" -> {"-C", "1", "-W", "2"}
std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    size_t at = 0;
    while (at < s.size()) {
        size_t sp = s.find(' ', at);
        if (sp == std::string::npos) sp = s.size();
        if (sp > at) out.push_back(s.substr(at, sp - at));
        at = sp + 1;
    }
    return out;
}

std::vector<std::string> ringdump_cmd(bool plain, std::vector<std::string> args) {
    std::vector<std::string> cmd = {"/usr/bin/env", std::string("RINGDUMP_WRITE_IO=") + (plain ? "write" : "uring"), kBin};
    cmd.insert(cmd.end(), args.begin(), args.end());
    return cmd;
}

uint32_t le32(const std::string& b, size_t at) {
    auto u = [&](size_t i) { return uint32_t{static_cast<uint8_t>(b[at + i])}; };
    return u(0) | u(1) << 8 | u(2) << 16 | u(3) << 24;
}

// The records of a little-endian pcap file, header included, as raw strings.
std::vector<std::string> records_of(const std::string& file) {
    std::vector<std::string> out;
    if (file.size() < 24) return out;
    size_t at = 24;
    while (at + 16 <= file.size()) {
        size_t len = 16 + le32(file, at + 8);
        if (at + len > file.size()) break;
        out.push_back(file.substr(at, len));
        at += len;
    }
    return out;
}

// A list file (-V) naming `path` n times: a multi-megabyte input from a corpus file.
std::string repeated_list(const TempDir& dir, const std::string& path, int n) {
    std::string list = dir.file("list");
    std::ofstream l(list);
    for (int i = 0; i < n; ++i) l << path << "\n";
    return list;
}

}  // namespace

TEST_CASE("option -w copies: bytes identical to tcpdump -r X -w Y, micro and nano, corpus files", "[writer]") {
    if (!have_tcpdump()) {
        WARN("tcpdump not usable here (needs /usr/bin/tcpdump and root): comparison skipped");
        return;
    }
    TempDir dir;
    const std::string ours = dir.file("ours.pcap"), theirs = dir.file("theirs.pcap");
    int compared = 0;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(kCorpus)) {
        const auto ext = e.path().extension();
        if (ext == ".pcap" || ext == ".pcapng") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() > 300);  // the corpus is there
    for (size_t i = 0; i < files.size(); ++i) {
        const std::string in = files[i].string();
        // Every file in another byte order or format (pcapng), one in five of the common
        // little-endian µs ones (about 110 files in all, for the test's time); the
        // write path and the precision alternate.
        const std::string magic = slurp(in).substr(0, 4);
        if (magic == "\xd4\xc3\xb2\xa1" && i % 5 != 0) continue;
        const bool plain = i % 2 == 1;
        for (const char* prec : {"micro", "nano"}) {
            if ((std::string(prec) == "nano") != (i % 4 >= 2) && i % 3 != 0) continue;
            const std::string p = std::string("--time-stamp-precision=") + prec;
            ::unlink(ours.c_str());
            ::unlink(theirs.c_str());
            auto t = run_process({kTcpdump, "-Z", "root", p, "-r", in, "-w", theirs});
            auto r = run_process(ringdump_cmd(plain, {p, "-r", in, "-w", ours}));
            INFO(in << " " << p << (plain ? " write(2)" : " io_uring") << "\ntcpdump: " << t.err << "ringdump: " << r.err);
            CHECK((r.status == 0) == (t.status == 0));
            CHECK(slurp(ours) == slurp(theirs));
            ++compared;
        }
    }
    CHECK(compared > 100);
}

TEST_CASE("option -w - writes the same bytes to standard output", "[writer]") {
    if (!have_tcpdump()) return;
    for (const char* f : {"afs.pcap", "vsock-1.pcapng", "dns_udp.pcap"}) {
        auto t = run_process({kTcpdump, "-r", kCorpus + f, "-w", "-"});
        for (bool plain : {false, true}) {
            auto r = run_process(ringdump_cmd(plain, {"-r", kCorpus + f, "-w", "-"}));
            INFO(f << (plain ? " write(2)" : " io_uring"));
            CHECK(r.status == 0);
            CHECK(r.out.size() == t.out.size());
            CHECK(r.out == t.out);
        }
    }
}

TEST_CASE("option -C and -W: names and bytes of every file as tcpdump's", "[writer][rotation]") {
    TempDir dir;
    // afs.pcap 6 times: 3.1 MB, enough for several 1 MB files.
    const std::string list = repeated_list(dir, kCorpus + "afs.pcap", 6);
    struct Case {
        const char* args;
        std::vector<std::string> names;
    };
    const Case cases[] = {
        {"-C 1", {"out", "out1", "out2", "out3"}},
        {"-C 1 -W 2", {"out0", "out1"}},
        {"-C 1 -W 3", {"out0", "out1", "out2"}},
        {"-C 1 -W 1", {"out"}},
        {"-C 2 -W 11", {"out00", "out01"}},
        {"-W 5", {"out"}},   // -W alone changes nothing
        {"-C 1 -c 300", {"out", "out1"}},  // -c counts per -V file, as tcpdump
    };
    int n = 0;
    for (const Case& c : cases) {
        for (bool plain : {false, true}) {
            const std::string sub = "r" + std::to_string(n++);
            const std::string ours = dir.mkdir(sub + "-ringdump"), theirs = dir.mkdir(sub + "-tcpdump");
            std::vector<std::string> args = {"-V", list, "-w", ours + "/out"};
            for (const auto& a : split(c.args)) args.push_back(a);
            auto r = run_process(ringdump_cmd(plain, args));
            INFO(c.args << (plain ? " write(2)" : " io_uring") << "\n" << r.err);
            CHECK(r.status == 0);
            CHECK(names_in(ours) == c.names);
            if (!have_tcpdump()) continue;
            args[3] = theirs + "/out";
            args.insert(args.begin(), {kTcpdump, "-Z", "root"});
            auto t = run_process(args);
            REQUIRE(t.status == 0);
            REQUIRE(names_in(ours) == names_in(theirs));
            for (const auto& name : names_in(ours)) {
                INFO(name);
                CHECK(slurp(ours + "/" + name) == slurp(theirs + "/" + name));
            }
        }
    }
}

TEST_CASE("option -z runs the command on each file closed by -C, not on the last", "[writer][rotation]") {
    TempDir dir;
    const std::string list = repeated_list(dir, kCorpus + "afs.pcap", 6);
    const std::string script = dir.file("post.sh"), log = dir.file("post.log");
    {
        std::ofstream s(script);
        s << "#!/bin/sh\necho \"$# $1 $(stat -c %s \"$1\")\" >> '" << log << "'\n";
    }
    ::chmod(script.c_str(), 0755);
    const std::string out = dir.mkdir("z") + "/cap";
    auto r = run_process({kBin, "-V", list, "-w", out, "-C", "1", "-z", script});
    REQUIRE(r.status == 0);
    std::vector<std::string> lines;
    for (int i = 0; i < 100 && lines.size() < 3; ++i) {  // the commands run in the background
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        lines.clear();
        std::ifstream in(log);
        for (std::string l; std::getline(in, l);) lines.push_back(l);
    }
    std::sort(lines.begin(), lines.end());
    auto size = [](const std::string& p) { return std::to_string(fs::file_size(p)); };
    CHECK(lines == std::vector<std::string>{"1 " + out + " " + size(out), "1 " + out + "1 " + size(out + "1"),
                                            "1 " + out + "2 " + size(out + "2")});

    auto bad = run_process({kBin, "-V", list, "-w", dir.file("y"), "-C", "1", "-z", "/nonexistent/cmd"});
    CHECK(bad.status == 0);  // the capture goes on; the failure is reported
    CHECK(bad.err.find("ringdump: -z /nonexistent/cmd " + dir.file("y") + ": No such file or directory") !=
          std::string::npos);
}

namespace {

// Streams `packets` records of a pcap file into a FIFO over `seconds`, for -G tests:
// returns the records sent.
std::vector<std::string> stream_slowly(const std::string& fifo, const std::string& src, size_t packets,
                                       double seconds) {
    std::signal(SIGPIPE, SIG_IGN);  // ringdump may stop reading first (-W): EPIPE, not death
    const std::string file = slurp(src);
    auto recs = records_of(file);
    recs.resize(std::min(recs.size(), packets));
    // Wait at most 10 s for the reader: if ringdump never opens the FIFO, give up
    // instead of blocking the test forever.
    int fd = -1;
    for (int i = 0; i < 1000 && fd < 0; ++i) {
        fd = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
        if (fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (fd < 0) return {};
    ::fcntl(fd, F_SETFL, 0);
    auto put = [&](const std::string& s) { return ::write(fd, s.data(), s.size()) == static_cast<ssize_t>(s.size()); };
    bool ok = put(file.substr(0, 24));
    const auto gap = std::chrono::microseconds(static_cast<int64_t>(seconds * 1e6 / static_cast<double>(recs.size())));
    for (const auto& r : recs) {
        ok = ok && put(r);
        std::this_thread::sleep_for(gap);
    }
    ::close(fd);
    return ok ? recs : std::vector<std::string>{};
}

}  // namespace

TEST_CASE("option -G: strftime names, each packet in exactly one file; with -W it stops", "[writer][rotation]") {
    TempDir dir;
    for (bool plain : {false, true}) {
        INFO((plain ? "write(2)" : "io_uring"));
        const std::string fifo = dir.file(plain ? "fifo-p" : "fifo-u");
        REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
        const std::string out = dir.mkdir(plain ? "gp" : "gu");
        std::vector<std::string> sent;
        std::thread feeder([&] { sent = stream_slowly(fifo, kCorpus + "afs.pcap", 60, 2.6); });
        auto r = run_process(ringdump_cmd(plain, {"-r", fifo, "-w", out + "/g-%s", "-G", "1"}));
        feeder.join();
        REQUIRE(r.status == 0);
        REQUIRE(sent.size() == 60);
        auto names = names_in(out);
        INFO(r.err);
        CHECK(names.size() >= 3);  // 2.6 s in whole-second intervals
        std::vector<std::string> got;
        long long prev = 0;
        for (const auto& n : names) {
            REQUIRE(n.rfind("g-", 0) == 0);
            const long long t = std::stoll(n.substr(2));  // %s: the epoch second it opened
            CHECK(t > prev);
            prev = t;
            auto recs = records_of(slurp(out + "/" + n));
            got.insert(got.end(), recs.begin(), recs.end());
        }
        CHECK(got == sent);
    }

    // -W 2: two files, then "Maximum file limit reached: 2" and status 0.
    const std::string fifo = dir.file("fifo-w");
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const std::string out = dir.mkdir("gw");
    std::vector<std::string> sent;
    std::thread feeder([&] { sent = stream_slowly(fifo, kCorpus + "afs.pcap", 40, 3.5); });
    auto r = run_process({kBin, "-r", fifo, "-w", out + "/w-%s", "-G", "1", "-W", "2"});
    feeder.join();  // its writes fail once ringdump has gone
    CHECK(r.status == 0);
    CHECK(r.err.find("Maximum file limit reached: 2\n") != std::string::npos);
    auto names = names_in(out);
    REQUIRE(names.size() == 2);
    auto a = records_of(slurp(out + "/" + names[0])), b = records_of(slurp(out + "/" + names[1]));
    CHECK(!b.empty());
    const auto all = records_of(slurp(kCorpus + "afs.pcap"));
    a.insert(a.end(), b.begin(), b.end());
    REQUIRE(a.size() < 40);
    CHECK(std::equal(a.begin(), a.end(), all.begin()));  // a prefix of the input, nothing skipped
}

TEST_CASE("option -v says which path writes the file", "[writer]") {
    TempDir dir;
    const std::string in = kCorpus + "afs.pcap";
    auto u = run_process(ringdump_cmd(false, {"-v", "-r", in, "-w", dir.file("u.pcap")}));
    auto p = run_process(ringdump_cmd(true, {"-v", "-r", in, "-w", dir.file("p.pcap")}));
    auto q = run_process(ringdump_cmd(false, {"-r", in, "-w", dir.file("q.pcap")}));
    REQUIRE(u.status == 0);
    REQUIRE(p.status == 0);
    CHECK(p.err.find("ringdump: writing " + dir.file("p.pcap") + " with write(2) (io_uring turned off)\n") !=
          std::string::npos);
    // io_uring unless this kernel refuses it; then the reason is given.
    const bool uring = u.err.find("ringdump: writing " + dir.file("u.pcap") + " with io_uring (") != std::string::npos;
    const bool refused = u.err.find("with write(2) (io_uring unavailable: ") != std::string::npos ||
                         u.err.find("with write(2) (this kernel's io_uring cannot write files)") != std::string::npos;
    CHECK((uring || refused));
    CHECK(q.err.find("writing") == std::string::npos);  // only under -v
    CHECK(slurp(dir.file("u.pcap")) == slurp(dir.file("p.pcap")));
    CHECK(slurp(dir.file("u.pcap")) == slurp(in));  // a classic little-endian µs file copies unchanged
}
