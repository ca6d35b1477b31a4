// Private to the OpenFlow printer files: what the version-independent part and the
// per-version message decoders share.
#pragma once
#include <cstdint>
#include <span>

#include "protos.hpp"

namespace rd::of {

// The part of a message still to decode: bytes from c's base on, and the length the
// message declares for them (which may run past the segment or the capture).
struct Body {
    Cursor c;
    uint32_t len;
    void fwd(uint32_t n) {
        c = c.skip(n);
        len -= n;
    }
    // Advance over n bytes that must be captured (a miss truncates the packet).
    bool chk_fwd(uint32_t n) {
        if (!c.need(0, n)) return false;
        fwd(n);
        return true;
    }
};

using Decoder = void (*)(Ctx& ctx, Body b);
enum class Req : uint8_t { None, FixLen, MinLen };
struct MsgType {
    const char* name;
    Decoder decoder;  // nullptr: the body is not decoded
    Req req;
    uint16_t req_len;  // body length (without the 8-byte header) the type requires
};

// nullptr when the type number is past the version's last type.
const MsgType* of10_msgtype(uint8_t type);
const MsgType* of13_msgtype(uint8_t type);

constexpr uint32_t kOuiBsn = 0x5c16c7;  // Big Switch Networks

// "Big Switch Networks", an ONF experimenter name, or "unknown".
const char* vendor_name(uint32_t vendor);
// " (NAME, NAME)" for the known bits of v outside the mask u, then " (bogus)" when a
// bit of u is set.
void bitmap_print(Ctx& ctx, std::span<const Tok> bits, uint32_t v, uint32_t u);
// "\n\t data (N octets)", then the bytes as hex and ASCII with -vv.
void data_print(Ctx& ctx, Body b);
// ", vendor 0x%08x (NAME)" for a 4-byte vendor id at the start of b.
void put_vendor(Ctx& ctx, uint32_t vendor);

}  // namespace rd::of
