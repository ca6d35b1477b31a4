// PcapWriter: the file header and record headers tcpdump -w writes (host byte order,
// version 2.4), gathered by OutputQueue.
#include "ringdump/format/pcap_writer.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "pcap_writer_io.hpp"

namespace rd {
namespace {

constexpr uint32_t kMagicUsec = 0xa1b2c3d4;
constexpr uint32_t kMagicNsec = 0xa1b23c4d;
constexpr size_t kFileHeader = 24;
constexpr size_t kRecordHeader = 16;

// Record framing for OutputQueue: a buffer holds [file header] record record ...
size_t last_record_end(const uint8_t* mem, size_t limit, bool file_start) {
    size_t at = file_start ? kFileHeader : 0;
    if (at > limit) return 0;
    while (at + kRecordHeader <= limit) {
        uint32_t caplen;
        std::memcpy(&caplen, mem + at + 8, 4);
        if (caplen > limit - at - kRecordHeader) break;
        at += kRecordHeader + caplen;
    }
    return at;
}

class PcapFileWriter final : public PcapWriter {
public:
    PcapFileWriter(int fd, bool owned, std::string name, uint64_t start, bool uring,
                   const char* no_uring_reason, bool regular, const PcapWriterOptions& opts)
        : q_(fd, owned, std::move(name), start, uring, no_uring_reason, regular, &last_record_end),
          opts_(opts) {}

    Result<void> write_header() {
        uint8_t h[24];
        uint32_t magic = opts_.nano ? kMagicNsec : kMagicUsec;
        uint16_t version[2] = {2, 4};
        uint32_t zero = 0;
        std::memcpy(h, &magic, 4);
        std::memcpy(h + 4, version, 4);
        std::memcpy(h + 8, &zero, 4);   // thiszone
        std::memcpy(h + 12, &zero, 4);  // sigfigs
        std::memcpy(h + 16, &opts_.snaplen, 4);
        std::memcpy(h + 20, &opts_.linktype, 4);
        uint8_t* p = q_.reserve(sizeof h);
        if (!p) return q_.status();
        std::memcpy(p, h, sizeof h);
        q_.commit(sizeof h);
        return opts_.flush_each ? q_.flush() : Result<void>{};
    }

    Result<void> write(int64_t ts_ns, uint32_t wirelen, std::span<const uint8_t> data) override {
        int64_t sec = ts_ns / 1000000000;
        int64_t ns = ts_ns % 1000000000;
        if (ns < 0) {
            ns += 1000000000;
            --sec;
        }
        return write_raw(sec, opts_.nano ? ns : ns / 1000, wirelen, data);
    }

    Result<void> write_raw(int64_t sec, int64_t subsec, uint32_t wirelen,
                           std::span<const uint8_t> data) override {
        if (closed_) return Error{"pcap writer used after close()"};
        uint32_t h[4] = {static_cast<uint32_t>(sec), static_cast<uint32_t>(subsec),
                         static_cast<uint32_t>(data.size()), wirelen};
        size_t n = sizeof h + data.size();
        if (n <= OutputQueue::kBufSize) {
            uint8_t* p = q_.reserve(n);
            if (!p) return q_.status();
            std::memcpy(p, h, sizeof h);
            if (!data.empty()) std::memcpy(p + sizeof h, data.data(), data.size());
            q_.commit(n);
        } else if (auto r = q_.write_direct({reinterpret_cast<const uint8_t*>(h), sizeof h}, data); !r) {
            return r;
        }
        return opts_.flush_each ? q_.flush() : Result<void>{};
    }

    Result<void> flush() override { return q_.flush(); }
    Result<void> close() override {
        closed_ = true;
        return q_.close();
    }
    uint64_t file_size() const override { return q_.size(); }
    bool using_io_uring() const override { return q_.uring(); }
    const std::string& io_path() const override { return q_.describe(); }

private:
    OutputQueue q_;
    PcapWriterOptions opts_;
    bool closed_ = false;
};

}  // namespace

Result<std::unique_ptr<PcapWriter>> PcapWriter::open(const std::string& path,
                                                     const PcapWriterOptions& opts) {
    bool to_stdout = path == "-";
    int fd = to_stdout ? STDOUT_FILENO
                       : ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return Error{path + ": " + std::strerror(errno)};
    std::string name = to_stdout ? "standard output" : path;

    // io_uring writes at explicit offsets: only for regular files that are not in append
    // mode. Pipes and terminals need their bytes in order, so they get write(2).
    struct stat st {};
    bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    int flags = ::fcntl(fd, F_GETFL);
    bool append = flags >= 0 && (flags & O_APPEND) != 0;
    off_t start = 0;
    if (regular && to_stdout) start = ::lseek(fd, 0, SEEK_CUR);
    bool uring = !opts.plain_io && regular && !append && start >= 0;
    const char* why_not = opts.plain_io ? "io_uring turned off"
                        : !regular      ? "not a regular file"
                        : append        ? "file open for appending"
                        : start < 0     ? "cannot seek"
                                        : nullptr;

    auto w = std::make_unique<PcapFileWriter>(fd, !to_stdout, std::move(name),
                                              static_cast<uint64_t>(start < 0 ? 0 : start), uring,
                                              why_not, regular, opts);
    if (auto r = w->write_header(); !r) return r.error();
    return std::unique_ptr<PcapWriter>(std::move(w));
}

}  // namespace rd
