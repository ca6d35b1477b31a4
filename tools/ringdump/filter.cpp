// Filter expressions on the command line: -F, compiling, -d/-dd/-ddd.
#include <cstdio>
#include <fstream>
#include <sstream>

#include "ringdump/format/linktype.hpp"
#include "run.hpp"

namespace rd::cli {

std::optional<std::string> filter_text(const CliOptions& o) {
    if (o.filter_file.empty()) return o.expression;
    std::ifstream in(o.filter_file, std::ios::binary);
    if (!in) {
        print_error("can't open " + o.filter_file + ": No such file or directory");
        return std::nullopt;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    // '#' starts a comment up to the end of the line, as in tcpdump's -F files.
    std::string out;
    bool comment = false;
    for (char ch : text) {
        if (ch == '#') comment = true;
        if (ch == '\n') comment = false;
        if (!comment) out += ch == '\n' ? ' ' : ch;
    }
    return out;
}

std::optional<bpf::FilterProgram> compile_filter(const CliOptions& o, const std::string& expr,
                                                 uint32_t linktype, uint32_t snaplen, bool savefile) {
    bpf::CompileOptions co;
    co.linktype = linktype;
    co.snaplen = snaplen;
    co.optimize = o.optimize;
    co.netmask = 0;
    co.savefile = savefile;
    auto r = bpf::compile(expr, co);
    if (!r) {
        print_error(r.error().message);
        return std::nullopt;
    }
    return std::move(r).value();
}

int run_dump_code(const CliOptions& o) {
    auto expr = filter_text(o);
    if (!expr) return 1;
    uint32_t lt = linktype::EN10MB;
    if (o.linktype) {
        lt = *o.linktype;
    } else {
        std::fprintf(stderr, "Warning: assuming Ethernet\n");
    }
    auto prog = compile_filter(o, *expr, lt, o.print.snaplen, false);
    if (!prog) return 1;
    std::fputs(bpf::dump(*prog, o.dump_code).c_str(), stdout);
    return 0;
}

}  // namespace rd::cli
