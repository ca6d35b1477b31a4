// Private to dissect/: TCP conversation table for relative sequence numbers (owned by tcp.cpp).
// One entry per conversation (both directions share it, keyed in a canonical order); it
// remembers the first sequence and acknowledgement numbers seen, as tcpdump does.
// Memory is allocated only when a new conversation arrives (a chunk of entries at a
// time) or the index grows, never per packet.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <vector>

namespace rd {

struct TcpSeqKey {
    uint8_t src[16] = {};  // IPv4 addresses use the first 4 bytes
    uint8_t dst[16] = {};
    uint32_t ports = 0;    // sport << 16 | dport, in canonical order
    uint8_t v6 = 0;

    bool operator==(const TcpSeqKey& o) const {
        return ports == o.ports && v6 == o.v6 && std::memcmp(src, o.src, 16) == 0 &&
               std::memcmp(dst, o.dst, 16) == 0;
    }
};

struct TcpSeqBase {
    uint32_t seq = 0;
    uint32_t ack = 0;
};

class TcpSeqTable {
public:
    // The entry for key; `found` tells whether it existed (a new one is zeroed). The
    // reference stays valid for the table's life: entries live in chunks that never move.
    TcpSeqBase& lookup(const TcpSeqKey& key, bool& found) {
        if ((count_ + 1) * 2 > index_.size()) grow();
        const size_t mask = index_.size() - 1;
        size_t i = hash(key) & mask;
        while (index_[i] != 0) {
            Entry& e = entry(index_[i] - 1);
            if (e.key == key) {
                found = true;
                return e.base;
            }
            i = (i + 1) & mask;
        }
        if (count_ == chunks_.size() * kChunkEntries)
            chunks_.push_back(std::make_unique<Entry[]>(kChunkEntries));
        Entry& e = entry(count_);
        e.key = key;
        e.base = {};
        index_[i] = static_cast<uint32_t>(++count_);
        found = false;
        return e.base;
    }

private:
    // Entries are stored densely and the open-addressing index holds only 4-byte
    // positions, so a busy capture's table costs about 60 bytes a conversation (less
    // peak memory than tcpdump's chained hash), and growing copies no entries.
    struct Entry {
        TcpSeqKey key;
        TcpSeqBase base;
    };
    static constexpr size_t kChunkEntries = 1024;

    Entry& entry(size_t n) { return chunks_[n / kChunkEntries][n % kChunkEntries]; }

    static size_t hash(const TcpSeqKey& k) {
        uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t{k.ports} << 1 | k.v6);
        const size_t n = k.v6 ? 16 : 4;
        for (size_t i = 0; i < n; i += 4) {
            uint32_t a, b;
            std::memcpy(&a, k.src + i, 4);
            std::memcpy(&b, k.dst + i, 4);
            h = (h ^ (uint64_t{a} << 32 | b)) * 0xff51afd7ed558ccdull;
            h ^= h >> 29;
        }
        return static_cast<size_t>(h ^ (h >> 32));
    }

    void grow() {
        index_.assign(index_.empty() ? 1024 : index_.size() * 2, 0);
        const size_t mask = index_.size() - 1;
        for (size_t n = 0; n < count_; ++n) {
            size_t i = hash(entry(n).key) & mask;
            while (index_[i] != 0) i = (i + 1) & mask;
            index_[i] = static_cast<uint32_t>(n + 1);
        }
    }

    std::vector<std::unique_ptr<Entry[]>> chunks_;
    std::vector<uint32_t> index_;
    size_t count_ = 0;
};

}  // namespace rd
