// Reading a regular file ahead of its consumer, on a thread of its own (private to
// capture/). Copying a large capture out of the page cache is most of the work of
// `-r FILE -w OUT EXPR`; done on another core it overlaps with filtering and printing.
// The file is read into a small ring of chunks; each chunk has free room in front of its
// data so the consumer can prepend the unread tail of the previous chunk (a record that
// straddles two chunks) and still see one contiguous span.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

namespace rd {

class ReadAhead {
public:
    static constexpr size_t kChunk = size_t{256} << 10;
    static constexpr size_t kHead = size_t{512} << 10;  // room for a carried-over tail
    static constexpr int kChunks = 4;

    struct Chunk {
        uint8_t* data = nullptr;  // kHead bytes of room precede it
        size_t len = 0;
        bool eof = false;  // nothing follows this chunk
        int err = 0;       // errno of a failed read(2) after these bytes (then eof too)
        int slot = -1;
    };

    // Starts reading fd (not owned) from its current offset.
    explicit ReadAhead(int fd);
    ~ReadAhead();
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // Waits for the next chunk in file order.
    Chunk next();
    // Gives a chunk's slot back for refilling.
    void release(const Chunk& c);

private:
    void run();

    int fd_;
    std::unique_ptr<uint8_t[]> mem_;
    Chunk filled_[kChunks];
    bool full_[kChunks] = {};   // filled, not yet taken by next()
    bool busy_[kChunks] = {};   // taken by the consumer, not yet released
    int fill_slot_ = 0;         // where the reader writes next
    int take_slot_ = 0;         // where next() takes from
    bool stop_ = false;
    bool done_ = false;         // the reader reached EOF or an error
    // Who sleeps: the other side wakes it only then (a futex wake per chunk is most of
    // the cost of handing chunks over).
    bool reader_waits_ = false;
    bool consumer_waits_ = false;
    std::mutex mu_;
    std::condition_variable reader_cv_;
    std::condition_variable consumer_cv_;
    std::thread thread_;
};

}  // namespace rd
