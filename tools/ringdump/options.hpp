// ringdump's command line, parsed the way tcpdump parses its own.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ringdump/capture/live_source.hpp"
#include "ringdump/dissect/options.hpp"

namespace rd::cli {

struct CliOptions {
    PrintOptions print;
    std::vector<std::string> read_files;  // -r FILE, or each line of -V FILE
    bool read_list = false;               // files came from -V
    std::string write_file;               // -w
    std::string interface;                // -i
    std::string filter_file;              // -F
    std::string expression;               // remaining arguments joined by spaces
    std::optional<uint32_t> linktype;     // -y (LINKTYPE value)
    std::string linktype_name;
    uint64_t count = 0;                   // -c (0: no limit)
    int dump_code = 0;                    // -d, -dd, -ddd
    bool optimize = true;                 // -O turns it off
    bool line_buffered = false;           // -l
    bool packet_buffered = false;         // -U
    bool list_interfaces = false;         // -D
    bool list_linktypes = false;          // -L
    bool promisc = true;                  // -p turns it off
    bool immediate = false;               // --immediate-mode
    bool print_with_write = false;        // --print
    bool count_only = false;              // --count
    bool snaplen_given = false;
    std::string direction;                // -Q in|out|inout
    int64_t buffer_kib = 0;               // -B
    int64_t file_size_mb = 0;             // -C
    int64_t rotate_seconds = 0;           // -G
    int64_t file_count = 0;               // -W
    std::string postrotate;               // -z
    std::optional<TstampType> tstamp;     // -j
    bool list_tstamp_types = false;       // -J
    std::string drop_user;                // -Z: run as this user once the capture is open
    bool nano_requested = false;          // --nano / --time-stamp-precision=nano
};

// Parses argv. On a bad command line prints tcpdump's message (and usage where tcpdump
// does) on stderr and returns the exit status to use; on -h/--version returns 0.
// Returns nullopt-style: `exit_now` set when the program should stop.
struct ParseOutcome {
    CliOptions opts;
    bool exit_now = false;
    int status = 0;
};
ParseOutcome parse_command_line(int argc, char** argv);

// "ringdump: <message>" on stderr.
void print_error(const std::string& message);
void print_usage(bool to_stdout);

}  // namespace rd::cli
