#include "read_ahead.hpp"

#include <signal.h>
#include <unistd.h>

#include <cerrno>

namespace rd {

namespace {
constexpr size_t kSlot = ReadAhead::kHead + ReadAhead::kChunk;
}

ReadAhead::ReadAhead(int fd)
    // Not value-initialised: the room in front of each chunk is touched only when a record
    // straddles chunks, so it mostly never becomes resident.
    : fd_(fd), mem_(new uint8_t[kSlot * kChunks]) {
    thread_ = std::thread([this] { run(); });
}

ReadAhead::~ReadAhead() {
    {
        std::lock_guard lk(mu_);
        stop_ = true;
    }
    reader_cv_.notify_one();
    thread_.join();
}

void ReadAhead::run() {
    // Signals (SIGINT, SIGUSR1...) belong to the main thread.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, nullptr);
    for (;;) {
        int slot;
        {
            std::unique_lock lk(mu_);
            reader_waits_ = true;
            reader_cv_.wait(lk, [&] { return stop_ || (!full_[fill_slot_] && !busy_[fill_slot_]); });
            reader_waits_ = false;
            if (stop_) return;
            slot = fill_slot_;
        }
        Chunk c;
        c.slot = slot;
        c.data = mem_.get() + static_cast<size_t>(slot) * kSlot + kHead;
        while (c.len < kChunk) {
            ssize_t r = ::read(fd_, c.data + c.len, kChunk - c.len);
            if (r > 0) {
                c.len += static_cast<size_t>(r);
            } else if (r == 0) {
                c.eof = true;
                break;
            } else if (errno != EINTR) {
                c.err = errno;
                c.eof = true;
                break;
            }
        }
        bool wake;
        {
            std::lock_guard lk(mu_);
            filled_[slot] = c;
            full_[slot] = true;
            fill_slot_ = (slot + 1) % kChunks;
            if (c.eof) done_ = true;
            wake = consumer_waits_;
        }
        if (wake) consumer_cv_.notify_one();
        if (c.eof) return;
    }
}

ReadAhead::Chunk ReadAhead::next() {
    std::unique_lock lk(mu_);
    consumer_waits_ = true;
    consumer_cv_.wait(lk, [&] { return full_[take_slot_] || done_; });
    consumer_waits_ = false;
    if (!full_[take_slot_]) {  // everything, the last chunk included, was taken already
        Chunk end;
        end.eof = true;
        return end;
    }
    Chunk c = filled_[take_slot_];
    full_[take_slot_] = false;
    busy_[take_slot_] = true;
    take_slot_ = (take_slot_ + 1) % kChunks;
    return c;
}

void ReadAhead::release(const Chunk& c) {
    if (c.slot < 0) return;
    bool wake;
    {
        std::lock_guard lk(mu_);
        busy_[c.slot] = false;
        // A sleeping reader is woken once half the ring is free, so it reads several
        // chunks per wake-up instead of one.
        int free_slots = 0;
        for (int i = 0; i < kChunks; ++i) free_slots += !full_[i] && !busy_[i];
        wake = reader_waits_ && (free_slots >= kChunks / 2);
    }
    if (wake) reader_cv_.notify_one();
}

}  // namespace rd
