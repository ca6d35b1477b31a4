// Dispatch and small printer fixes found by scripts/dev/port_sweep.py.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("dispatch: GRE protocol 0 is not a keep-alive", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e00530208004500001c00000000402f8e7cc0000201c63364020000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1 > 198.51.100.2: GREv0, length 8: gre-proto-0x0");
}

TEST_CASE("dispatch: RIP version 0 is shown in hex", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040118e92c0000201c633640202089c410010754d000000000000"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.520 > 198.51.100.2.40001: RIPv0\n\t0x0000:  0000 0000 0000 0000");
}

TEST_CASE("dispatch: RIP version 0 at -v", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040118e92c0000201c633640202089c410010ae86020000006162"
                         "6364");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 36)\n    192.0.2.1.520 > 198.51.100.2.40001: \n\tRIPv0\n\t0x0000:  0200 0000 6162 6364");
}

TEST_CASE("dispatch: VXLAN shorter than its header", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e00530208004500001f0000000040118e97c0000201c633640212b59c41000b5caa080000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.4789 > 198.51.100.2.40001: VXLAN (invalid)");
}

TEST_CASE("dispatch: Geneve shorter than its header", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e00530208004500001f0000000040118e97c0000201c633640217c19c41000bfa9d000065");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.6081 > 198.51.100.2.40001: Geneve [length 3 < 8] (invalid)");
}

TEST_CASE("dispatch: Geneve from port 6081", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e00530208004500004e0000000040118e68c0000201c633640217c19c41003a85e3000065580000"
                         "0a0000005e00530100005e00530208004500001c0000000040018eaac0000201c63364020800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.6081 > 198.51.100.2.40001: Geneve, Flags [none], vni 0xa: IP 192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("dispatch: AppleTalk in UDP on ports 768-895", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e0053020800450000340000000040118e82c0000201c633640203209c410020be73010202001400"
                         "000001000203040506026162636465666768");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 52)\n    192.0.2.1.800 > 198.51.100.2.40001: kip 2.4.6 > 1.3.5: truncated-nbp 8");
}

TEST_CASE("dispatch: AppleTalk in UDP on ports 200-327", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e0053020800450000340000000040118e82c0000201c63364029c4000d20020c0c2010202001400"
                         "000001000203040506026162636465666768");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.210: 2.4.6 > 1.3.5: truncated-nbp 8");
}

TEST_CASE("dispatch: PPPoE version is the high nibble", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e005302886321090000000000000000000000000000000000000000000000000000000000000000"
                         "000000000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            " [ver 2]PPPoE PADI");
}

TEST_CASE("dispatch: PPPoE on 3Com's EtherType 0x3c13", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e0053023c13110000010004c0210101000000000000000000000000000000000000000000000000"
                         "00000000000000000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "00:00:5e:00:53:02 > 00:00:5e:00:53:01, ethertype Unknown (0x3c13), length 64: PPPoE  [ses 0x1] LCP (0xc021), length 4: LCP, [|LCP]");
}

TEST_CASE("dispatch: PPTP host name cut by the capture", "[dispatch]") {
    const auto pkt = hex("00005e00530100005e0053020800450000480000000040068e79c0000201c633640206bb9c41000003e8100000015018"
                         "0200edab0000009c00011a2b3c4d000100000100000000000003000000030001000061626364");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1723 > 198.51.100.2.40001: Flags [P.], seq 1000:1032, ack 268435457, win 512, length 32: pptp CTRL_MSGTYPE=SCCRQ PROTO_VER(1.0) FRAME_CAP(AS) BEARER_CAP(DA) MAX_CHAN(1) FIRM_REV(0) HOSTNAME(abcd [|pptp]");
}
