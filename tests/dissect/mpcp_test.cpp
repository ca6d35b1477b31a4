// MAC Control (EtherType 0x8808): PAUSE and EPON MPCP.
// Generated expectations: the text tcpdump 4.99.3 prints for each frame.
#include <catch2/catch.hpp>

#include <string>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {

struct Case {
    const char* what;
    int vflag;
    const char* frame;  // Ethernet, hex
    uint32_t caplen;    // UINT32_MAX: the whole frame
    const char* tcpdump;
};

const Case kCases[] = {
    {"pause: no timestamp", 1,
     "0180c20000010011223344558808000100050000000000000000000000000000"
     "0000000000000000000000000000000000000000000000000000",
     UINT32_MAX,
     "MPCP, Opcode Pause, length 44"},
    {"gate: grants, flags as tokens whose bits are set, sync time", 1,
     "0180c200000100112233445588080002000003e81a0102030405060708090a0b"
     "0c0d0e0f101112131415161718191a1b1c1d",
     UINT32_MAX,
     "MPCP, Opcode Gate, Timestamp 1000 ticks, length 36\n"
     "\tGrant Numbers 2, Flags [ Discovery, Force Grant #1 ]\n"
     "\tGrant #1, Start-Time 16909060 ticks, duration 1286 ticks\n"
     "\tGrant #2, Start-Time 117967114 ticks, duration 2828 ticks\n"
     "\tSync-Time 3342 ticks"},
    {"gate: no flag set shows ?", 1,
     "0180c200000100112233445588080002000003e8010102030405060708090a0b"
     "0c0d0e0f101112131415161718191a1b1c1d",
     UINT32_MAX,
     "MPCP, Opcode Gate, Timestamp 1000 ticks, length 36\n"
     "\tGrant Numbers 1, Flags [ ? ]\n"
     "\tGrant #1, Start-Time 16909060 ticks, duration 1286 ticks\n"
     "\tSync-Time 1800 ticks"},
    {"gate: cut inside a grant", 1,
     "0180c200000100112233445588080002000003e8020102030405060708090a0b"
     "0c0d0e0f101112131415161718191a1b1c1d",
     30,
     "MPCP, Opcode Gate, Timestamp 1000 ticks, length 36\n"
     "\tGrant Numbers 2, Flags [ ? ]\n"
     "\tGrant #1, Start-Time 16909060 ticks, duration 1286 ticks [|mpcp]"},
    {"report: one queue set fewer than the count, numbered with the count", 1,
     "0180c200000100112233445588080003000003e8030500070009800102000000"
     "00000000000000",
     UINT32_MAX,
     "MPCP, Opcode Report, Timestamp 1000 ticks, length 25\n"
     "\tTotal Queue-Sets 3\n"
     "\t  Queue-Set #3, Report-Bitmap [ Q0, Q2 ]\n"
     "\t    Q1 Report, Duration 7 ticks\n"
     "\t    Q3 Report, Duration 9 ticks\n"
     "\t  Queue-Set #3, Report-Bitmap [ Q7 ]\n"
     "\t    Q8 Report, Duration 258 ticks"},
    {"report: an empty bitmap is Unknown", 1,
     "0180c200000100112233445588080003000003e8020000000000000000000000",
     UINT32_MAX,
     "MPCP, Opcode Report, Timestamp 1000 ticks, length 18\n"
     "\tTotal Queue-Sets 2\n"
     "\t  Queue-Set #2, Report-Bitmap [ Unknown ]"},
    {"register request: 3 reads Register, De-Register", 1,
     "0180c200000100112233445588080004000003e8030500000000000000000000"
     "0000000000000000000000000000000000000000",
     UINT32_MAX,
     "MPCP, Opcode Register Request, Timestamp 1000 ticks, length 38\n"
     "\tFlags [ Register, De-Register ], Pending-Grants 5"},
    {"register: flags, sync time, echoed pending grants", 1,
     "0180c200000100112233445588080005000003e8123405000709000000000000"
     "000000000000000000000000000000000000000000000000",
     UINT32_MAX,
     "MPCP, Opcode Register, Timestamp 1000 ticks, length 42\n"
     "\tAssigned-Port 4660, Flags [ Re-Register, NACK ]\n"
     "\tSync-Time 7 ticks, Echoed-Pending-Grants 9"},
    {"register: checked whole before any field", 1,
     "0180c200000100112233445588080005000003e8123405000709000000000000"
     "000000000000000000000000000000000000000000000000",
     25,
     "MPCP, Opcode Register, Timestamp 1000 ticks, length 42 [|mpcp]"},
    {"register ack: echoed port and sync time", 1,
     "0180c200000100112233445588080006000003e8011234000700000000000000"
     "0000000000000000000000000000000000000000000000",
     UINT32_MAX,
     "MPCP, Opcode Register ACK, Timestamp 1000 ticks, length 41\n"
     "\tEchoed-Assigned-Port 4660, Flags [ ACK ]\n"
     "\tEchoed-Sync-Time 7 ticks"},
    {"unknown opcode: the bytes at -v", 1,
     "0180c200000100112233445588080007000003e800010203040506070809",
     UINT32_MAX,
     "MPCP, Opcode Unknown (7), Timestamp 1000 ticks, length 16\n"
     "\t0x0000:  0007 0000 03e8 0001 0203 0405 0607 0809"},
    {"without -v only the opcode, timestamp and length", 0,
     "0180c200000100112233445588080002000003e81a0102030405060708090a0b"
     "0c0d0e0f101112131415161718191a1b1c1d",
     UINT32_MAX,
     "MPCP, Opcode Gate, Timestamp 1000 ticks, length 36"},
    {"a header cut before the timestamp ends shows nothing but the marker", 0,
     "0180c200000100112233445588080002000003e8",
     18,
     " [|mpcp]"},
};

}  // namespace

TEST_CASE("mpcp: frames print as tcpdump's", "[dissect]") {
    for (const Case& k : kCases) {
        rd::PrintOptions o;
        o.vflag = k.vflag;
        INFO(k.what);
        CHECK(print_one(hex(k.frame), 1, o, k.caplen) == std::string(k.tcpdump));
    }
}
