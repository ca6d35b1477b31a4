// Standard output for packet text: large writes, or one per packet with -l / -U.
#pragma once
#include <cstddef>
#include <string_view>

namespace rd::cli {

class StdoutSink {
public:
    explicit StdoutSink(bool per_packet) : per_packet_(per_packet) {}
    // Called after each packet with the text accumulated so far; returns how much was
    // consumed (the caller clears that much). False when stdout is gone (EPIPE).
    bool after_packet(std::string_view pending, bool& consumed);
    bool flush(std::string_view pending);

private:
    bool per_packet_;
};

}  // namespace rd::cli
