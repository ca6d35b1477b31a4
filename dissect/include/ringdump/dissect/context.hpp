// Per-run printing context: options, the output buffer, name resolution, conversation
// state, and the current packet's truncation state.
#pragma once
#include <cstdint>
#include <memory>

#include "ringdump/dissect/options.hpp"
#include "ringdump/format/names.hpp"
#include "ringdump/format/out_buffer.hpp"

namespace rd {

struct DissectState;  // conversation state (TCP sequence bases, ...), private to dissect/

class Ctx {
public:
    explicit Ctx(const PrintOptions& o);
    ~Ctx();
    Ctx(const Ctx&) = delete;
    Ctx& operator=(const Ctx&) = delete;

    PrintOptions opt;
    OutBuf out;
    Names names;

    // Protocol named in the truncation marker " [|proto]"; each printer sets it on entry.
    const char* proto = "";
    // A read ran past the captured bytes: the rest of the packet's text is dropped and the
    // marker is printed at the end of the packet.
    bool truncated = false;

    void mark_truncated() {
        if (!truncated) {
            truncated = true;
            out.mute();
        }
    }
    // tcpdump's nd_print_trunc(): " [|proto]", printing goes on.
    void print_trunc() {
        out.put(" [|");
        out.put(proto);
        out.put(']');
    }
    // tcpdump's nd_print_invalid().
    void print_invalid() { out.put(" (invalid)"); }

    DissectState& state() { return *state_; }

    // Per-packet facts the top level fills in.
    int64_t pkt_ts_sec = 0;
    uint64_t pkt_ts_nsec = 0;

private:
    std::unique_ptr<DissectState> state_;
};

}  // namespace rd
