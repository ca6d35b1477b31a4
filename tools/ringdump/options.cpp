#include "options.hpp"

#include <getopt.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include "ringdump/dissect/packet_types.hpp"
#include "ringdump/format/linktype.hpp"

namespace rd::cli {

namespace {

enum LongOnly : int {
    kOptCount = 256,
    kOptNumber,
    kOptPrint,
    kOptVersion,
    kOptHelp,
    kOptNano,
    kOptMicro,
    kOptPrecision,
    kOptImmediate,
};

const option kLongOptions[] = {
    {"buffer-size", required_argument, nullptr, 'B'},
    {"count", no_argument, nullptr, kOptCount},
    {"list-interfaces", no_argument, nullptr, 'D'},
    {"dont-verify-checksums", no_argument, nullptr, 'K'},
    {"list-data-link-types", no_argument, nullptr, 'L'},
    {"interface", required_argument, nullptr, 'i'},
    {"time-stamp-type", required_argument, nullptr, 'j'},
    {"no-optimize", no_argument, nullptr, 'O'},
    {"no-promiscuous-mode", no_argument, nullptr, 'p'},
    {"direction", required_argument, nullptr, 'Q'},
    {"snapshot-length", required_argument, nullptr, 's'},
    {"linktype", required_argument, nullptr, 'y'},
    {"number", no_argument, nullptr, kOptNumber},
    {"print", no_argument, nullptr, kOptPrint},
    {"version", no_argument, nullptr, kOptVersion},
    {"help", no_argument, nullptr, kOptHelp},
    {"nano", no_argument, nullptr, kOptNano},
    {"micro", no_argument, nullptr, kOptMicro},
    {"time-stamp-precision", required_argument, nullptr, kOptPrecision},
    {"immediate-mode", no_argument, nullptr, kOptImmediate},
    {nullptr, 0, nullptr, 0},
};

// The short options tcpdump takes (some only accepted for compatibility).
constexpr const char* kShortOptions = ":aAbB:c:C:dDeE:fF:G:hHi:Ij:JKlLm:M:nNOpqQ:r:s:StT:uUvV:w:W:xXy:Yz:Z:#";

// -T names tcpdump knows; only "domain" changes what ringdump prints so far.
constexpr const char* kPacketTypes[] = {"aodv", "carp", "cnfp", "domain", "lmp", "pgm", "pgm_zmtp1",
                                        "radius", "resp", "rpc", "rtcp", "rtp", "snmp", "someip",
                                        "tftp", "vat", "vxlan", "wb", "zmtp1"};

bool parse_int(const char* s, int64_t& out) {
    errno = 0;
    char* end = nullptr;
    long long v = std::strtoll(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0') return false;
    out = v;
    return true;
}

ParseOutcome fail(ParseOutcome o, const std::string& msg) {
    print_error(msg);
    o.exit_now = true;
    o.status = 1;
    return o;
}

ParseOutcome usage_fail(ParseOutcome o) {
    print_usage(false);
    o.exit_now = true;
    o.status = 1;
    return o;
}

}  // namespace

void print_error(const std::string& message) { std::fprintf(stderr, "ringdump: %s\n", message.c_str()); }

void print_usage(bool to_stdout) {
    FILE* f = to_stdout ? stdout : stderr;
    std::fprintf(f,
                 "ringdump version %s (prints as tcpdump 4.99 does; no libpcap)\n"
                 "Usage: ringdump [-AbdDefhHJKlLnNOpqStuUvxX#] [-B KiB] [-c count] [--count]\n"
                 "                [-C MB] [-F file] [-G seconds] [-i interface] [--immediate-mode]\n"
                 "                [-j tstamptype] [--number] [--print] [-Q in|out|inout]\n"
                 "                [-r file] [-s snaplen] [-T type] [--version] [-V file]\n"
                 "                [-w file] [-W filecount] [-y datalinktype]\n"
                 "                [--time-stamp-precision micro|nano] [--micro] [--nano]\n"
                 "                [-z postrotate-command] [-Z user] [expression]\n",
                 RINGDUMP_VERSION);
}

ParseOutcome parse_command_line(int argc, char** argv) {
    ParseOutcome o;
    CliOptions& c = o.opts;
    PrintOptions& p = c.print;
    int tcount = 0;
    opterr = 0;  // messages are ours, in tcpdump's words
    optind = 1;
    int ch;
    int long_index = 0;
    while ((ch = getopt_long(argc, argv, kShortOptions, kLongOptions, &long_index)) != -1) {
        int64_t v = 0;
        switch (ch) {
        case 'A': ++p.Aflag; break;
        case 'b': p.bflag = true; break;
        case 'B':
            if (!parse_int(optarg, v) || v <= 0 || v > INT_MAX / 1024)
                return fail(o, std::string("invalid buffer size ") + optarg);
            c.buffer_kib = v;
            break;
        case 'c':
            if (!parse_int(optarg, v) || v <= 0) return fail(o, std::string("invalid packet count ") + optarg);
            c.count = static_cast<uint64_t>(v);
            break;
        case 'C':
            if (!parse_int(optarg, v) || v <= 0) return fail(o, std::string("invalid file size ") + optarg);
            c.file_size_mb = v;
            break;
        case 'd': ++c.dump_code; break;
        case 'D': c.list_interfaces = true; break;
        case 'e': p.eflag = true; break;
        case 'Z': c.drop_user = optarg; break;
        case 'E': case 'M': case 'm': break;  // accepted, not used
        case 'f': case 'a': case 'I': case 'N': case 'u': case 'Y': break;
        case 'F': c.filter_file = optarg; break;
        case 'G':
            if (!parse_int(optarg, v) || v < 0) return fail(o, std::string("invalid number of seconds ") + optarg);
            c.rotate_seconds = v;
            break;
        case 'h': case kOptHelp:
            print_usage(true);
            o.exit_now = true;
            return o;
        case 'H': ++p.Hflag; break;
        case 'i': c.interface = optarg; break;
        case 'j':
            c.tstamp = tstamp_type_from_name(optarg);
            if (!c.tstamp) return fail(o, std::string("invalid time stamp type ") + optarg);
            break;
        case 'J': c.list_tstamp_types = true; break;
        case 'K': p.Kflag = true; break;
        case 'l': c.line_buffered = true; break;
        case 'L': c.list_linktypes = true; break;
        case 'n': ++p.nflag; break;
        case 'O': c.optimize = false; break;
        case 'p': c.promisc = false; break;
        case 'q': ++p.qflag; break;
        case 'Q':
            if (std::strcmp(optarg, "in") != 0 && std::strcmp(optarg, "out") != 0 &&
                std::strcmp(optarg, "inout") != 0)
                return fail(o, std::string("unknown capture direction `") + optarg + "'");
            c.direction = optarg;
            break;
        case 'r':
            c.read_files = {optarg};
            c.read_list = false;
            break;
        case 's':
            if (!parse_int(optarg, v) || v < 0 || v > 262144)
                return fail(o, std::string("invalid snaplen ") + optarg + " (must be >= 0 and <= 262144)");
            p.snaplen = v == 0 ? 262144 : static_cast<uint32_t>(v);
            c.snaplen_given = true;
            break;
        case 'S': p.Sflag = true; break;
        case 't': ++tcount; break;
        case 'T': {
            bool known = false;
            for (const char* t : kPacketTypes) known = known || std::strcmp(t, optarg) == 0;
            if (!known) return fail(o, std::string("unknown packet type `") + optarg + "'");
            p.forced = forced_type_from_name(optarg);
            break;
        }
        case 'U': c.packet_buffered = true; break;
        case 'v': ++p.vflag; break;
        case 'V': {
            std::ifstream in(optarg);
            if (!in) return fail(o, std::string("Unable to open file list ") + optarg);
            c.read_files.clear();
            std::string line;
            while (std::getline(in, line)) c.read_files.push_back(line);
            c.read_list = true;
            break;
        }
        case 'w': c.write_file = optarg; break;
        case 'W':
            if (!parse_int(optarg, v) || v <= 0) return fail(o, std::string("invalid number of output files ") + optarg);
            c.file_count = v;
            break;
        case 'x': ++p.xflag; break;
        case 'X': ++p.Xflag; break;
        case 'y': {
            const LinkTypeInfo* info = linktype_by_name(optarg);
            if (!info) return fail(o, std::string("invalid data link type ") + optarg);
            c.linktype = info->linktype;
            c.linktype_name = optarg;
            break;
        }
        case 'z': c.postrotate = optarg; break;
        case '#': case kOptNumber: p.number = true; break;
        case kOptCount: c.count_only = true; break;
        case kOptPrint: c.print_with_write = true; break;
        case kOptVersion:
            std::printf("ringdump version %s\n", RINGDUMP_VERSION);
            o.exit_now = true;
            return o;
        case kOptNano: c.nano_requested = true; break;
        case kOptMicro: c.nano_requested = false; break;
        case kOptPrecision:
            if (std::strcmp(optarg, "nano") == 0)
                c.nano_requested = true;
            else if (std::strcmp(optarg, "micro") == 0)
                c.nano_requested = false;
            else
                return fail(o, "unsupported time stamp precision");
            break;
        case kOptImmediate: c.immediate = true; break;
        case ':': {
            const char* arg = argv[optind - 1];
            if (arg && std::strncmp(arg, "--", 2) == 0)
                std::fprintf(stderr, "ringdump: option '%s' requires an argument\n", arg);
            else
                std::fprintf(stderr, "ringdump: option requires an argument -- '%c'\n", optopt);
            return usage_fail(o);
        }
        default: {
            const char* arg = argv[optind - 1];
            if (optopt != 0) {
                std::fprintf(stderr, "ringdump: invalid option -- '%c'\n", optopt);
            } else if (arg && std::strchr(arg, '=')) {
                std::fprintf(stderr, "ringdump: option '%.*s' doesn't allow an argument\n",
                             static_cast<int>(std::strchr(arg, '=') - arg), arg);
            } else {
                std::fprintf(stderr, "ringdump: unrecognized option '%s'\n", arg ? arg : "");
            }
            return usage_fail(o);
        }
        }
    }
    switch (tcount) {
    case 0: p.tformat = TimeFormat::Clock; break;
    case 1: p.tformat = TimeFormat::None; break;
    case 2: p.tformat = TimeFormat::Epoch; break;
    case 3: p.tformat = TimeFormat::Delta; break;
    case 4: p.tformat = TimeFormat::Date; break;
    default: p.tformat = TimeFormat::SinceFirst; break;
    }
    // The expression: the remaining arguments joined by spaces.
    for (int i = optind; i < argc; ++i) {
        if (!c.expression.empty()) c.expression += ' ';
        c.expression += argv[i];
    }
    return o;
}

}  // namespace rd::cli
