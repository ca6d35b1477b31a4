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
    cv_.notify_all();
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
            cv_.wait(lk, [&] { return stop_ || (!full_[fill_slot_] && !busy_[fill_slot_]); });
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
        {
            std::lock_guard lk(mu_);
            filled_[slot] = c;
            full_[slot] = true;
            fill_slot_ = (slot + 1) % kChunks;
            if (c.eof) done_ = true;
        }
        cv_.notify_all();
        if (c.eof) return;
    }
}

ReadAhead::Chunk ReadAhead::next() {
    std::unique_lock lk(mu_);
    cv_.wait(lk, [&] { return full_[take_slot_] || done_; });
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
    {
        std::lock_guard lk(mu_);
        busy_[c.slot] = false;
    }
    cv_.notify_all();
}

}  // namespace rd
