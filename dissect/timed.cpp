// BSD timed (TSP, UDP port 525): message type, version, sequence, the time or hop count
// some types carry, and the sender's host name.
#include "routing.hpp"

namespace rd {

namespace {

// TSP message types 0..24, printed as TSP_<name>.
constexpr const char* kTspTypes[] = {
    "ANY",   "ADJTIME", "ACK",   "MASTERREQ", "MASTERACK",  "SETTIME", "MASTERUP", "SLAVEUP", "ELECTION",
    "ACCEPT", "REFUSE", "CONFLICT", "RESOLVE", "QUIT",      "DATE",    "DATEREQ",  "DATEACK", "TRACEON",
    "TRACEOFF", "MSITE", "MSITEREQ", "TEST",   "SETDATE",   "SETDATEREQ", "LOOP",
};

enum : uint8_t { kAdjTime = 1, kSetTime = 5, kSetDate = 22, kSetDateReq = 23, kLoop = 24 };

constexpr size_t kNameOff = 12;    // after type, version, sequence and the 8-byte time
constexpr size_t kNameLen = 256;   // MAXHOSTNAMELEN

}  // namespace

void timed_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "timed";
    const uint8_t type = c.u8(0);
    if (type < std::size(kTspTypes))
        ctx.out.f("TSP_{}", kTspTypes[type]);
    else
        ctx.out.f("(tsp_type {:#x})", type);
    ctx.out.f(" vers {}", c.u8(1));
    ctx.out.f(" seq {}", c.be16(2));
    if (type == kLoop) {
        ctx.out.f(" hopcnt {}", c.u8(4));
    } else if (type == kSetTime || type == kAdjTime || type == kSetDate || type == kSetDateReq) {
        auto sec = static_cast<int32_t>(c.be32(4));
        auto usec = static_cast<int32_t>(c.be32(8));
        if (ctx.truncated) return;
        if (usec < 0) return;  // corrupt: the rest is not shown
        ctx.out.put(" time ");
        if (sec < 0 && usec != 0) {
            ++sec;
            if (sec == 0) ctx.out.put('-');
            usec = 1000000 - usec;
        }
        ctx.out.f("{}.{:06}", sec, usec);
    }
    if (ctx.truncated) return;
    ctx.out.put(" name ");
    put_string_nul_padded(ctx, c, kNameOff, kNameLen);
}

}  // namespace rd
