// Telnet option negotiation on TCP port 23.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("telnet: option negotiation", "[telnet]") {
    const auto pkt = hex("00005e00530100005e0053020800450000310000000040068e90c0000201c633640200179c41000003e8100000015018"
                         "0200fa300000fffd18fffd20fffb01");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], seq 1000:1009, ack 268435457, win 512, length 9 [telnet DO TERMINAL TYPE, DO TSPEED, WILL ECHO]");
}

TEST_CASE("telnet: subnegotiation with IS and data bytes", "[telnet]") {
    const auto pkt = hex("00005e00530100005e0053020800450000330000000040068e8ec0000201c633640200179c41000003e8100000015018"
                         "02001da70000fffa1800585445524dfff0");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], seq 1000:1011, ack 268435457, win 512, length 11 [telnet SB TERMINAL TYPE IS 0x58 0x54 0x45 0x52 0x4d SE]");
}

TEST_CASE("telnet: subnegotiation SEND and an unknown qualifier", "[telnet]") {
    const auto pkt = hex("00005e00530100005e0053020800450000350000000040068e8cc0000201c63364029c400017000003e8100000015018"
                         "0200ea5a0000fffa1801fff0fffa180506fff0");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.23: Flags [P.], seq 1000:1013, ack 268435457, win 512, length 13 [telnet SB TERMINAL TYPE SEND SE, SB TERMINAL TYPE 0x5 0x6 SE]");
}

TEST_CASE("telnet: authentication and encryption subnegotiations", "[telnet]") {
    const auto pkt = hex("00005e00530100005e0053020800450000410000000040068e80c0000201c633640200179c41000003e8100000015018"
                         "020074c00000fffa250001026162fff0fffa260209fff0fffa25090800fff0");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], seq 1000:1025, ack 268435457, win 512, length 25 [telnet SB AUTHENTICATION IS KERBEROS_V4 0x2 0x61 0x62 SE, SB ENCRYPT REPLY CAST128_OFB64 SE, SB AUTHENTICATION 0x9 0x8 0 SE]");
}

TEST_CASE("telnet: doubled IAC and simple commands", "[telnet]") {
    const auto pkt = hex("00005e00530100005e0053020800450000310000000040068e90c0000201c633640200179c41000003e8100000015018"
                         "02004d010000fffffff1fff4616263");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], seq 1000:1009, ack 268435457, win 512, length 9 [telnet IAC IAC, NOP, IP]");
}

TEST_CASE("telnet: unknown option and command codes", "[telnet]") {
    const auto pkt = hex("00005e00530100005e00530208004500002e0000000040068e93c0000201c633640200179c41000003e8100000015018"
                         "0200c3520000fffb50fffcff");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], seq 1000:1006, ack 268435457, win 512, length 6 [telnet WILL 0x50, WONT 0xff]");
}

TEST_CASE("telnet: data that does not start with IAC", "[telnet]") {
    const auto pkt = hex("00005e00530100005e00530208004500002e0000000040068e93c0000201c633640200179c41000003e8100000015018"
                         "020050ea0000616263fffb01");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], seq 1000:1006, ack 268435457, win 512, length 6");
}

TEST_CASE("telnet: incomplete command prints nothing", "[telnet]") {
    const auto pkt = hex("00005e00530100005e00530208004500002f0000000040068e92c0000201c633640200179c41000003e8100000015018"
                         "020034ef0000fffa1800616263");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], seq 1000:1007, ack 268435457, win 512, length 7");
}

TEST_CASE("telnet: subnegotiation ending at the last byte runs past the segment", "[telnet]") {
    const auto pkt = hex("00005e00530100005e00530208004500002f0000000040068e92c0000201c633640200179c41000003e8100000015018"
                         "020089ee0000fffa27006162ff");
    REQUIRE(print_one(pkt, 1, opts("vvv")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto TCP (6), length 47)\n    192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], cksum 0x89ee (correct), seq 1000:1007, ack 268435457, win 512, length 7 [telnet SB NEW-ENVIRON IS 0x61 0x62 SE [|telnet]");
}

TEST_CASE("telnet: hex layout with -X at -vvv", "[telnet]") {
    const auto pkt = hex("00005e00530100005e0053020800450000360000000040068e8bc0000201c633640200179c41000003e8100000015018"
                         "020057540000fffd18fffa1800585445524dfff0");
    REQUIRE(print_one(pkt, 1, opts("vvvX")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto TCP (6), length 54)\n    192.0.2.1.23 > 198.51.100.2.40001: Flags [P.], cksum 0x5754 (correct), seq 1000:1014, ack 268435457, win 512, length 14\nTelnet:\n0x0000:  fffd 18               \tDO TERMINAL TYPE\n0x0003:  fffa 1800 5854 4552 4dff f0\n\t\t\t\tSB TERMINAL TYPE IS 0x58 0x54 0x45 0x52 0x4d SE\n\n\t0x0000:  4500 0036 0000 0000 4006 8e8b c000 0201  E..6....@.......\n\t0x0010:  c633 6402 0017 9c41 0000 03e8 1000 0001  .3d....A........\n\t0x0020:  5018 0200 5754 0000 fffd 18ff fa18 0058  P...WT.........X\n\t0x0030:  5445 524d fff0                           TERM..");
}
