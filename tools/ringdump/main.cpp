// ringdump: a tcpdump-compatible packet capture and analysis tool.
#include <csignal>

#include "options.hpp"
#include "run.hpp"

int main(int argc, char** argv) {
    using namespace rd::cli;
    std::signal(SIGPIPE, SIG_IGN);  // a closed stdout is an error return, not a kill
    ParseOutcome parsed = parse_command_line(argc, argv);
    if (parsed.exit_now) return parsed.status;
    const CliOptions& o = parsed.opts;

    if (o.dump_code > 0 && o.read_files.empty()) return run_dump_code(o);
    if (!o.read_files.empty()) return run_offline(o);
    if (o.list_interfaces) return run_list_interfaces(o);
    if (o.list_tstamp_types) return run_list_tstamp_types(o);
    if (o.list_linktypes) return run_list_linktypes(o);
    return run_live(o);
}
