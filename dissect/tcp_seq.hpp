// Private to dissect/: TCP conversation table for relative sequence numbers (owned by tcp.cpp).
// One entry per conversation (both directions share it, keyed in a canonical order); it
// remembers the first sequence and acknowledgement numbers seen, as tcpdump does.
// Open addressing in one vector: memory is allocated only when a new conversation makes
// the table grow, never per packet.
#pragma once
#include <cstdint>
#include <cstring>
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
    // The entry for key; `found` tells whether it existed (a new one is zeroed).
    TcpSeqBase& lookup(const TcpSeqKey& key, bool& found) {
        if ((used_ + 1) * 2 > slots_.size()) grow();
        size_t i = hash(key) & (slots_.size() - 1);
        while (slots_[i].used) {
            if (slots_[i].key == key) {
                found = true;
                return slots_[i].base;
            }
            i = (i + 1) & (slots_.size() - 1);
        }
        slots_[i].used = true;
        slots_[i].key = key;
        slots_[i].base = {};
        ++used_;
        found = false;
        return slots_[i].base;
    }

private:
    struct Slot {
        TcpSeqKey key;
        TcpSeqBase base;
        bool used = false;
    };

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
        std::vector<Slot> old;
        old.swap(slots_);
        slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
        used_ = 0;
        for (const Slot& s : old) {
            if (!s.used) continue;
            size_t i = hash(s.key) & (slots_.size() - 1);
            while (slots_[i].used) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
            ++used_;
        }
    }

    std::vector<Slot> slots_;
    size_t used_ = 0;
};

}  // namespace rd
