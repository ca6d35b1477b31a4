// Rotator: when and how tcpdump moves to the next -w file (learnt by running tcpdump
// 4.99.3): -G is checked first, on the wall clock in whole seconds, then -C against the
// bytes written so far; both only when a packet arrives.
#include "ringdump/format/rotation.hpp"

#include <limits.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

extern char** environ;

namespace rd {

std::string rotation_file_name(const std::string& base, int64_t counter, int digits) {
    if (counter == 0 && digits == 0) return base;
    char num[32];
    std::snprintf(num, sizeof num, "%0*lld", digits, static_cast<long long>(counter));
    return base + num;
}

int rotation_digits(int64_t count) {
    int d = 0;
    for (int64_t n = count - 1; n > 0; n /= 10) ++d;
    return d;
}

Rotator::Rotator(const RotationOptions& ro, const PcapWriterOptions& wo) : ro_(ro), wo_(wo) {
    if (ro_.name == "-") {  // standard output is one stream: nothing to rotate
        ro_.size_limit = 0;
        ro_.seconds = 0;
    }
    digits_ = ro_.size_limit ? rotation_digits(ro_.count) : 0;
}

Rotator::~Rotator() {
    (void)close();
}

time_t Rotator::now() const {
    return ro_.clock ? ro_.clock() : std::time(nullptr);
}

std::string Rotator::time_name(time_t t) const {
    tm local{};
    localtime_r(&t, &local);
    char buf[PATH_MAX];
    // The pattern is the user's -w argument, as tcpdump passes it to strftime.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    size_t n = std::strftime(buf, sizeof buf, ro_.name.c_str(), &local);
#pragma GCC diagnostic pop
    return std::string(buf, n);
}

Result<std::unique_ptr<Rotator>> Rotator::open(const RotationOptions& ro, const PcapWriterOptions& wo) {
    std::unique_ptr<Rotator> r(new Rotator(ro, wo));
    std::string first = r->ro_.name;
    if (r->ro_.seconds > 0) {
        r->interval_start_ = r->now();
        r->time_base_ = r->time_name(r->interval_start_);
        if (r->time_base_.empty()) return Error{ro.name + ": strftime gives an empty or too long file name"};
        first = r->time_base_;
    }
    if (r->ro_.size_limit > 0) first = rotation_file_name(first, 0, r->digits_);
    if (auto o = r->open_file(first); !o) return o.error();
    return r;
}

Result<void> Rotator::open_file(const std::string& name) {
    auto w = PcapWriter::open(name, wo_);
    if (!w) return w.error();
    writer_ = std::move(*w);
    current_ = name;
    ++opened_;
    return {};
}

Result<void> Rotator::close_file() {
    if (!writer_) return {};
    auto r = writer_->close();
    if (!r) return r;
    if (!ro_.postrotate.empty()) {
        // tcpdump runs `command FILE` without a shell (PATH searched) and does not wait.
        const char* argv[] = {ro_.postrotate.c_str(), current_.c_str(), nullptr};
        posix_spawnattr_t attr;
        posix_spawnattr_init(&attr);
        sigset_t none, dflt;
        sigemptyset(&none);
        sigemptyset(&dflt);
        sigaddset(&dflt, SIGPIPE);  // ignored here, the default for the command
        posix_spawnattr_setsigmask(&attr, &none);
        posix_spawnattr_setsigdefault(&attr, &dflt);
        posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        pid_t pid = 0;
        int err = posix_spawnp(&pid, argv[0], nullptr, &attr, const_cast<char* const*>(argv), environ);
        posix_spawnattr_destroy(&attr);
        if (err != 0)
            std::fprintf(stderr, "ringdump: -z %s %s: %s\n", argv[0], argv[1], std::strerror(err));
        else
            children_.push_back(pid);
    }
    reap_children(false);
    return {};
}

Result<void> Rotator::rotate(const std::string& next) {
    if (auto r = close_file(); !r) return r;
    writer_.reset();
    return open_file(next);
}

void Rotator::reap_children(bool wait) {
    for (size_t i = 0; i < children_.size();) {
        int st = 0;
        pid_t r = ::waitpid(children_[i], &st, wait ? 0 : WNOHANG);
        if (r == 0 || (r < 0 && errno == EINTR)) {
            ++i;
            continue;
        }
        children_[i] = children_.back();
        children_.pop_back();
    }
}

Result<Rotator::Written> Rotator::write(int64_t sec, int64_t subsec, uint32_t wirelen,
                                        std::span<const uint8_t> data) {
    if (closed_ || !writer_) return Error{current_ + ": written after close"};
    if (ro_.seconds > 0) {
        const time_t t = now();
        if (t - interval_start_ >= ro_.seconds) {
            interval_start_ = t;
            ++time_files_;
            if (ro_.count > 0 && ro_.size_limit == 0 && time_files_ >= ro_.count) {
                // -G with -W: stop after count files (the last one gets -z too).
                auto r = close_file();
                closed_ = true;
                if (!r) return r.error();
                return Written::LimitReached;
            }
            time_base_ = time_name(t);
            if (time_base_.empty()) return Error{ro_.name + ": strftime gives an empty or too long file name"};
            size_counter_ = 0;
            const std::string next = ro_.size_limit ? rotation_file_name(time_base_, 0, digits_) : time_base_;
            if (auto r = rotate(next); !r) return r.error();
        }
    }
    if (ro_.size_limit > 0 && writer_->file_size() > ro_.size_limit) {
        ++size_counter_;
        if (ro_.count > 0 && size_counter_ >= ro_.count) size_counter_ = 0;  // a ring of -W files
        const std::string& base = ro_.seconds > 0 ? time_base_ : ro_.name;
        if (auto r = rotate(rotation_file_name(base, size_counter_, digits_)); !r) return r.error();
    }
    if (auto r = writer_->write_raw(sec, subsec, wirelen, data); !r) return r.error();
    return Written::Yes;
}

Result<void> Rotator::flush() {
    if (!writer_) return {};
    return writer_->flush();
}

Result<void> Rotator::close() {
    Result<void> r;
    if (writer_ && !closed_) r = writer_->close();  // the last file: no -z, as tcpdump
    closed_ = true;
    reap_children(false);
    return r;
}

}  // namespace rd
