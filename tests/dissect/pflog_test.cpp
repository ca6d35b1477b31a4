// pf log link type (117). Expected strings are what tcpdump 4.99.3 prints for the same
// bytes (-t -n).
#include <catch2/catch.hpp>

#include <cstdint>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

namespace {
const char* const kIpv4 =
    "3d020100656d30000000000000000000000000000000000000000000000000000000000000000005ffffffff000000000000000000000000000000000100000045000030000100004006f9c3c0a80001c0a8000204d200500000000100000000500220000000000001020304";
const char* const kIpv6 =
    "4018000470666c6f673000000000000000000000616e63686f72000000000000000000000000000c000000030000000000000000000000000000000002000000600000000008114000000000000000000000000000000001000000000000000000000000000000020035003500080000";
const char* const kUnknownAf =
    "3d070310626765310000000000000000000000000000000000000000000000000000000000000002ffffffff0000000000000000000000000000000005000000deadbeef";
}  // namespace

TEST_CASE("pflog carrying IPv4, header only with -e", "[pflog]") {
    REQUIRE(print_one(hex(kIpv4), 117, opts("")) ==
            "IP truncated-ip - 4 bytes missing! 192.168.0.1.1234 > 192.168.0.2.80: Flags [S], seq 1:9, "
            "win 8192, length 8: HTTP");
    REQUIRE(print_one(hex(kIpv4), 117, opts("e")) ==
            "rule 5/0(match): block in on em0: truncated-ip - 4 bytes missing! 192.168.0.1.1234 > "
            "192.168.0.2.80: Flags [S], seq 1:9, win 8192, length 8: HTTP");
}

TEST_CASE("pflog with a ruleset and subrule carrying IPv6", "[pflog]") {
    REQUIRE(print_one(hex(kIpv6), 117, opts("ev")) ==
            "rule 12.anchor.3/3(short): pass out on pflog0: (hlim 64, next-header UDP (17) payload length: "
            "8) ::1.53 > ::2.53: [bad udp cksum 0x0000 -> 0xff71!] domain [length 0 < 12] (invalid)");
}

TEST_CASE("pflog unknown address family prints the header and dumps", "[pflog]") {
    REQUIRE(print_one(hex(kUnknownAf), 117, opts("")) ==
            "rule 2/unkn(16): unkn(3) unkn(5) on bge1: \n\t0x0000:  dead beef                                ....");
}

TEST_CASE("pflog truncated header and invalid header length", "[pflog]") {
    REQUIRE(print_one(hex(kIpv4), 117, opts("e"), 50) == " [|pflog]");
    REQUIRE(print_one(hex("2c00"), 117, opts("e")) == "[pflog: invalid header length!]");
}

TEST_CASE("pflog payload cut short, with -x", "[pflog]") {
    REQUIRE(print_one(hex(kIpv4), 117, opts("ex"), 70) ==
            "rule 5/0(match): block in on em0:  [|ip]\n\t0x0000:  4500 0030 0001");
}
