// -w: the dump file(s), with -C/-G/-W/-z rotation, as both offline and live runs use it.
#pragma once
#include <memory>

#include "options.hpp"
#include "ringdump/format/rotation.hpp"

namespace rd::cli {

// Opens -w's first file with the header fields given (link type, snaplen); -U and
// --time-stamp-precision come from the command line. RINGDUMP_WRITE_IO=write in the
// environment forces write(2) instead of io_uring (tests run both paths). Under -v says
// on stderr which path writes the file. Prints the error and returns null on failure.
std::unique_ptr<Rotator> open_dump(const CliOptions& o, uint32_t linktype, uint32_t snaplen);

// tcpdump's words when -G with -W has made its files.
void report_file_limit(const CliOptions& o);

}  // namespace rd::cli
