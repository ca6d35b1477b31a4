// syslog (UDP 514). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {
rd::PrintOptions verbose(int v) {
    rd::PrintOptions o;
    o.vflag = v;
    return o;
}
}  // namespace

TEST_CASE("syslog facility and severity without -v", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004e000100004011669c0a0000010a00000204010202003af82a3c33343e4f63742031312032323a31343a3135206d796d616368696e652073753a2027737520726f6f7427206661696c6564"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.514: SYSLOG auth.critical, length: 50");
}

TEST_CASE("syslog message text with -v", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002b00010000401166bf0a0000010a000002040102020017b16d3c31333e63746c017f80ff780a6e6c"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 43)\n"
            "    10.0.0.1.1025 > 10.0.0.2.514: SYSLOG, length: 15\n"
            "\tFacility user (1), Severity notice (5)\n"
            "\tMsg: ctl^A^?M-^@M-^?x^Jnl");
}

TEST_CASE("syslog hex dump with -vv", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002600010000401166c40a0000010a000002040102020012601e3c3139313e68656c6c6f"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 38)\n"
            "    10.0.0.1.1025 > 10.0.0.2.514: [udp sum ok] SYSLOG, length: 10\n"
            "\tFacility local7 (23), Severity debug (7)\n"
            "\tMsg: hello\n"
            "\t0x0000:  3c31 3931 3e68 656c 6c6f");
}

TEST_CASE("syslog unknown facility", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002200010000401166c80a0000010a00000204010202000e35ed3c3235353e78"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.514: SYSLOG unknown (31).debug, length: 6");
}

TEST_CASE("syslog priority of four digits is invalid", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002700010000401166c30a0000010a000002040102020013fb4f3c313931313e68656c6c6f"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.514:  (invalid)");
}

TEST_CASE("syslog without a priority is invalid", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a00000204010202000dfe5f783c31323e"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.514:  (invalid)");
}

TEST_CASE("syslog priority cut short", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500001f00010000401166cb0a0000010a00000204010202000b77a13c3132"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 31)\n"
            "    10.0.0.1.1025 > 10.0.0.2.514:  [|syslog]");
}

TEST_CASE("syslog message cut by the capture", "[syslog]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002a00010000401166c00a0000010a0000020401020200167b4d3c31333e6162636465666768696a"), 1, verbose(1), 50) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 42)\n"
            "    10.0.0.1.1025 > 10.0.0.2.514: SYSLOG, length: 14\n"
            "\tFacility user (1), Severity notice (5)\n"
            "\tMsg: abcd [|syslog]");
}
