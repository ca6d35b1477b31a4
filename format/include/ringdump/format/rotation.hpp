// -w with tcpdump's rotation options: -C (size), -G (time, strftime names), -W (count)
// and -z (a command run on each file closed by a rotation).
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <ctime>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "ringdump/format/pcap_writer.hpp"
#include "ringdump/format/result.hpp"

namespace rd {

struct RotationOptions {
    std::string name;           // -w argument; a strftime pattern with -G; "-" never rotates
    uint64_t size_limit = 0;    // -C in bytes (tcpdump: millions of bytes); 0: none
    int64_t seconds = 0;        // -G; 0: none
    int64_t count = 0;          // -W; 0: none
    std::string postrotate;     // -z: run as `command FILE` on each file a rotation closes
    // Wall clock used for -G (time(nullptr) unless a test sets it).
    time_t (*clock)() = nullptr;
};

// The name tcpdump gives a -C file: base, then the counter padded to `digits` (none for
// the first file when digits is 0: NAME, NAME1, NAME2, ...).
std::string rotation_file_name(const std::string& base, int64_t counter, int digits);
// Zero-padding width for -W count: the digits of count - 1 (-W 10 -> 0..9, -W 11 -> 00..10).
int rotation_digits(int64_t count);

class Rotator {
public:
    enum class Written { Yes, LimitReached };

    // Opens the first file.
    static Result<std::unique_ptr<Rotator>> open(const RotationOptions& ro, const PcapWriterOptions& wo);
    ~Rotator();
    Rotator(const Rotator&) = delete;
    Rotator& operator=(const Rotator&) = delete;

    // Rotates first when -G's interval has passed or the file is past -C's size (as
    // tcpdump checks, before each packet), then writes the record. LimitReached: -G with
    // -W (and no -C) has made its count of files; nothing was written and the caller stops
    // ("Maximum file limit reached: N").
    Result<Written> write(int64_t sec, int64_t subsec, uint32_t wirelen, std::span<const uint8_t> data);
    Result<void> flush();
    // Closes the current file (no -z for it, as tcpdump) and reaps finished -z commands.
    Result<void> close();

    const std::string& current_name() const { return current_; }
    const PcapWriter& writer() const { return *writer_; }
    uint64_t files_opened() const { return opened_; }

private:
    Rotator(const RotationOptions& ro, const PcapWriterOptions& wo);
    Result<void> open_file(const std::string& name);
    Result<void> close_file();
    Result<void> rotate(const std::string& next);
    std::string time_name(time_t now) const;
    time_t now() const;
    void reap_children(bool wait);

    RotationOptions ro_;
    PcapWriterOptions wo_;
    std::unique_ptr<PcapWriter> writer_;
    std::string current_;
    std::string time_base_;     // -G: the strftime result the -C counter is appended to
    int digits_ = 0;
    int64_t size_counter_ = 0;  // -C file number within the current -G interval
    int64_t time_files_ = 0;    // -G rotations so far
    time_t interval_start_ = 0;
    uint64_t opened_ = 0;
    bool closed_ = false;
    std::vector<pid_t> children_;
};

}  // namespace rd
