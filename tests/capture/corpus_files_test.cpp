// Every capture of tcpdump's own test corpus that is run without options reads without
// error, with as many packets as tcpdump numbered in its expected output (-#).
#include <fstream>
#include <regex>
#include <sstream>

#include "capture_files.hpp"

namespace {

const std::string kCorpus = std::string(RINGDUMP_SHARED_DIR) + "/corpus/tcpdump-4.99";

// The packet numbers -# puts at the start of each packet's first line: 1, 2, 3, ...
uint64_t numbered_packets(const std::string& out_file) {
    std::ifstream in(out_file);
    std::string line;
    uint64_t last = 0;
    static const std::regex first_line("^ {0,4}([0-9]+)  ");
    std::smatch m;
    while (std::getline(in, line)) {
        if (std::regex_search(line, m, first_line) && std::stoull(m[1].str()) == last + 1) ++last;
    }
    return last;
}

}  // namespace

TEST_CASE("corpus: tcpdump's test captures read whole", "[corpus]") {
    std::ifstream list(kCorpus + "/TESTLIST");
    REQUIRE(list.good());
    std::string line;
    int checked = 0;
    while (std::getline(list, line)) {
        std::istringstream fields(line);
        std::string name, input, output, extra;
        if (!(fields >> name >> input >> output) || name[0] == '#' || (fields >> extra)) continue;
        std::string path = kCorpus + "/" + input;
        INFO(path);
        auto src = rd::FileSource::open(path, {});
        REQUIRE(src.ok());
        rdtest::ReadResult r = rdtest::read_all(*src.value());
        CHECK(r.error.empty());
        CHECK(r.end == rd::FileSource::Status::End);
        CHECK(r.packets.size() == numbered_packets(kCorpus + "/" + output));
        ++checked;
    }
    CHECK(checked >= 100);
}
