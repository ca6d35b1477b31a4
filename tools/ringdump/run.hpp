// The ringdump program's modes, each returning the process exit status.
#pragma once
#include <optional>
#include <string>

#include "options.hpp"
#include "ringdump/bpf/filter.hpp"

namespace rd::cli {

// The filter text: -F file's contents or the command-line expression.
std::optional<std::string> filter_text(const CliOptions& o);
// Compiles for a link type; prints the error and returns nullopt on failure.
std::optional<bpf::FilterProgram> compile_filter(const CliOptions& o, const std::string& expr,
                                                 uint32_t linktype, uint32_t snaplen, bool savefile);

int run_dump_code(const CliOptions& o);   // -d / -dd / -ddd
int run_offline(const CliOptions& o);     // -r / -V
int run_list_linktypes(const CliOptions& o);  // -L
int run_list_tstamp_types(const CliOptions& o);  // -J
int run_live(const CliOptions& o);        // -i / default device
int run_list_interfaces(const CliOptions& o);  // -D

}  // namespace rd::cli
