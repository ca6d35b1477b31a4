#include "output.hpp"

#include <unistd.h>

#include <cerrno>

namespace rd::cli {

namespace {
constexpr size_t kFlushAt = 64 * 1024;
}

bool StdoutSink::flush(std::string_view pending) {
    const char* p = pending.data();
    size_t left = pending.size();
    while (left > 0) {
        ssize_t n = ::write(STDOUT_FILENO, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    return true;
}

bool StdoutSink::after_packet(std::string_view pending, bool& consumed) {
    consumed = false;
    if (!per_packet_ && pending.size() < kFlushAt) return true;
    consumed = true;
    return flush(pending);
}

}  // namespace rd::cli
