// Realtek protocols (EtherType 0x8899): RRCP, REP, RLDP, DSA tags.
// Generated expectations: the text tcpdump 4.99.3 prints for each frame.
#include <catch2/catch.hpp>

#include <string>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {

struct Case {
    const char* what;
    bool eflag;
    const char* frame;  // Ethernet, hex
    uint32_t caplen;    // UINT32_MAX: the whole frame
    const char* tcpdump;
};

const Case kCases[] = {
    {"rrcp: hello query", false,
     "0180c200000100112233445588990100fe550000000000000000000000000000"
     "000000000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RRCP query: hello, auth=0xfe55"},
    {"rrcp: hello reply with ports, uplink MAC, vendor and chip", false,
     "0180c20000010011223344558899018069f19aae0a291e18fe746731c92a3c90"
     "2cb9",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RRCP reply: hello, auth=0x69f1 downlink_port=154, uplink_port=174, uplink_mac=0a:29:1e:18:fe:74, vendor_id=c92a3c90 ,chip_id=6731 "},
    {"rrcp: get query, little-endian address and data, cookie", false,
     "0180c200000100112233445588990101347aaea9cfd7239622956278262c2cf7"
     "ecb4",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RRCP query: get addr=0xa9ae, data=0x9623d7cf, auth=0x347a, cookie=0x262c2cf722956278 "},
    {"rrcp: set reply", false,
     "0180c2000001001122334455889901820b54dfcc9925f2684d2906cefce41f40"
     "cf70",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RRCP reply: set addr=0xccdf, data=0x68f22599, auth=0x0b54, cookie=0xfce41f404d2906ce "},
    {"rrcp: unknown opcode", false,
     "0180c200000100112233445588990103aa0a0000000000000000000000000000"
     "000000000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RRCP query: unknown opcode (0x03), auth=0xaa0a"},
    {"rrcp: a hello reply cut inside its fields", false,
     "0180c20000010011223344558899018069f19aae0a291e18fe746731c92a3c90"
     "2cb9",
     26,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RRCP reply: hello, auth=0x69f1 [|rrcp]"},
    {"rrcp: a get cut inside the cookie", false,
     "0180c200000100112233445588990101347aaea9cfd7239622956278262c2cf7"
     "ecb4",
     29,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RRCP query: get addr=0xa9ae, data=0x9623d7cf, auth=0x347a [|rrcp]"},
    {"rrcp: a cut opcode", false,
     "0180c200000100112233445588990101347a",
     15,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01,  [|rrcp]"},
    {"an empty payload", false,
     "0180c2000001001122334455889902",
     14,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01,  [|rtl]"},
    {"REP", false,
     "0180c20000010011223344558899020000000000000000000000000000000000"
     "000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, REP"},
    {"RLDP, either protocol number", false,
     "0180c20000010011223344558899230000000000000000000000000000000000"
     "000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, RLDP"},
    {"the 8-byte DSA tag", false,
     "0180c20000010011223344558899040000000000000000000000000000000000"
     "000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, Realtek 8-byte DSA tag"},
    {"an RTL8366RB DSA tag", false,
     "0180c20000010011223344558899a70000000000000000000000000000000000"
     "000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, Realtek RTL8366RB 4-byte DSA tag"},
    {"unknown types", false,
     "0180c20000010011223344558899300000000000000000000000000000000000"
     "000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, Realtek unknown type 0x30"},
    {"with -e the addresses appear twice, as in tcpdump", true,
     "0180c20000010011223344558899020000000000000000000000000000000000"
     "000000",
     UINT32_MAX,
     "00:11:22:33:44:55 > 01:80:c2:00:00:01, ethertype Realtek protocols (0x8899), length 35: 00:11:22:33:44:55 > 01:80:c2:00:00:01, REP"},
};

}  // namespace

TEST_CASE("realtek: frames print as tcpdump's", "[dissect]") {
    for (const Case& k : kCases) {
        rd::PrintOptions o;
        o.eflag = k.eflag;
        INFO(k.what);
        CHECK(print_one(hex(k.frame), 1, o, k.caplen) == std::string(k.tcpdump));
    }
}

TEST_CASE("realtek: a Linux cooked capture has no MAC addresses to show", "[dissect]") {
    const auto pkt = hex("000000010006001122334455000088990200000000000000000000");
    CHECK(print_one(pkt, 113, rd::PrintOptions{}) == "REP");
}
