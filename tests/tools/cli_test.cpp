// The command line behaves as tcpdump's does: same messages (with "ringdump"), same
// exit statuses, options combined as getopt allows.
#include <catch2/catch.hpp>

#include <algorithm>

#include "run_process.hpp"

using rd::test::run_process;

namespace {
const std::string kBin = RINGDUMP_BINARY;
const std::string kCorpus = std::string(RINGDUMP_SHARED_DIR) + "/corpus/tcpdump-4.99/";

std::string first_line(const std::string& s) { return s.substr(0, s.find('\n')); }
}  // namespace

TEST_CASE("unknown option: message, usage, status 1") {
    auto r = run_process({kBin, "-k"});
    CHECK(r.status == 1);
    CHECK(first_line(r.err) == "ringdump: invalid option -- 'k'");
    CHECK(r.err.find("Usage: ringdump") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("missing option argument") {
    auto r = run_process({kBin, "-r"});
    CHECK(r.status == 1);
    CHECK(first_line(r.err) == "ringdump: option requires an argument -- 'r'");
}

TEST_CASE("unknown long option") {
    auto r = run_process({kBin, "--bogus"});
    CHECK(r.status == 1);
    CHECK(first_line(r.err) == "ringdump: unrecognized option '--bogus'");
}

TEST_CASE("bad values are refused in tcpdump's words") {
    auto c0 = run_process({kBin, "-c", "0", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(c0.status == 1);
    CHECK(c0.err == "ringdump: invalid packet count 0\n");
    auto cx = run_process({kBin, "-c", "abc", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(cx.err == "ringdump: invalid packet count abc\n");
    auto s = run_process({kBin, "-s", "abc", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(s.status == 1);
    CHECK(s.err == "ringdump: invalid snaplen abc (must be >= 0 and <= 262144)\n");
    auto t = run_process({kBin, "-T", "foo", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(t.err == "ringdump: unknown packet type `foo'\n");
    auto p = run_process({kBin, "--time-stamp-precision=x", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(p.err == "ringdump: unsupported time stamp precision\n");
    auto y = run_process({kBin, "-y", "FOO", "-d", "tcp"});
    CHECK(y.status == 1);
    CHECK(y.err == "ringdump: invalid data link type FOO\n");
}

TEST_CASE("option --version and -h go to stdout with status 0") {
    auto v = run_process({kBin, "--version"});
    CHECK(v.status == 0);
    CHECK(v.out.rfind("ringdump version ", 0) == 0);
    auto h = run_process({kBin, "-h"});
    CHECK(h.status == 0);
    CHECK(h.out.find("Usage: ringdump") != std::string::npos);
}

TEST_CASE("reading a file announces it on stderr") {
    auto r = run_process({kBin, "-n", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(r.status == 0);
    CHECK(r.err == "reading from file " + kCorpus +
                       "dns_udp.pcap, link-type EN10MB (Ethernet), snapshot length 262144\n");
}

TEST_CASE("option -c stops after N packets; --count only counts") {
    auto r = run_process({kBin, "-n", "-c", "1", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(r.status == 0);
    CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);
    auto n = run_process({kBin, "--count", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(n.out == "2 packets\n");
}

TEST_CASE("combined flags parse as tcpdump's getopt does") {
    auto a = run_process({kBin, "-nnvvXc1", "-r", kCorpus + "dns_udp.pcap"});
    auto b = run_process({kBin, "-n", "-n", "-v", "-v", "-X", "-c", "1", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(a.status == 0);
    CHECK(a.out == b.out);
    CHECK(!a.out.empty());
}

TEST_CASE("option -r - reads standard input") {
    const std::string data = rd::test::slurp(kCorpus + "dns_udp.pcap");
    auto a = run_process({kBin, "-n", "-r", "-"}, data);
    auto b = run_process({kBin, "-n", "-r", kCorpus + "dns_udp.pcap"});
    CHECK(a.status == 0);
    CHECK(a.out == b.out);
    CHECK(a.err.rfind("reading from file -, link-type EN10MB", 0) == 0);
}

namespace {
// A little-endian microsecond pcap of one 4-byte record with the given link type.
std::string one_record_pcap(uint32_t linktype) {
    std::string s;
    auto put32 = [&](uint32_t v) {
        for (int i = 0; i < 4; ++i) s.push_back(static_cast<char>(v >> (8 * i)));
    };
    put32(0xa1b2c3d4);
    put32(0x00040002);  // version 2.4
    put32(0);
    put32(0);
    put32(65535);
    put32(linktype);
    put32(1);
    put32(0);
    put32(4);
    put32(4);
    s += "abcd";
    return s;
}
}  // namespace

TEST_CASE("link types libpcap does not know are refused after the file is announced") {
    for (uint32_t lt : {3u, 18u, 98u, 290u}) {
        INFO("link type " << lt);
        auto r = run_process({kBin, "-n", "-r", "-"}, one_record_pcap(lt));
        CHECK(r.status == 1);
        CHECK(r.out.empty());
        CHECK(r.err == "reading from file -, link-type " + std::to_string(lt) + ", snapshot length 65535\n"
                       "ringdump: unknown data link type " + std::to_string(lt) + " (min 104, max 289)\n");
    }
    for (uint32_t lt : {0u, 99u, 103u, 104u, 289u}) {
        INFO("link type " << lt);
        auto r = run_process({kBin, "-n", "-r", "-"}, one_record_pcap(lt));
        CHECK(r.status == 0);
        CHECK(r.err.find("unknown data link type") == std::string::npos);
    }
}

TEST_CASE("a LINUX_SLL2 file warns that interface names may be wrong") {
    auto r = run_process({kBin, "-n", "-r", "-"}, one_record_pcap(276));
    CHECK(r.status == 0);
    CHECK(r.err == "reading from file -, link-type LINUX_SLL2 (Linux cooked v2), snapshot length 65535\n"
                   "Warning: interface names might be incorrect\n");
}
