// ARCnet link types (BSD 7, Linux 129). Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include <cstdint>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("BSD ARCnet carrying IPv4", "[arcnet]") {
    const auto pkt = hex("70ebf04500001c0001000040110000c0a80001c0a800020035003500080000");
    REQUIRE(print_one(pkt, 7, opts("")) ==
            "IP 192.168.0.1.53 > 192.168.0.2.53: domain [length 0 < 12] (invalid)");
}

TEST_CASE("BSD ARCnet header with -e", "[arcnet]") {
    const auto pkt = hex("c91107037a3e4d4896f9e17f");
    REQUIRE(print_one(pkt, 7, opts("e")) ==
            "c9 11 07 seqid 7a3e (first of 3 fragments) 12: \n\t0x0000:  4d48 96f9 e17f                           MH....");
}

TEST_CASE("BSD ARCnet header cut short", "[arcnet]") {
    const auto pkt = hex("093cf7019c");
    REQUIRE(print_one(pkt, 7, opts("e"), UINT32_MAX, 11) ==
            "09 3c banyan 11:  phds [|arcnet]");
}

TEST_CASE("Linux ARCnet carrying DDP", "[arcnet]") {
    const auto pkt = hex("66a7cffcdd90c822001400002291d8cd01020404034001c310411e7ec2");
    REQUIRE(print_one(pkt, 129, opts("v")) ==
            "et1 AT 55501.2.4 > 8849.1.4:  atp-req* 49936<0> 0x411e7ec2");
}

TEST_CASE("Linux ARCnet unknown type dumped", "[arcnet]") {
    const auto pkt = hex("d09fbb3580747ca838f053d0b3d52ae0e89d44c5e97a4f4df5ccb4d4");
    REQUIRE(print_one(pkt, 129, opts("")) ==
            "\n\t0x0000:  747c a838 f053 d0b3 d52a e0e8 9d44 c5e9  t|.8.S...*...D..\n\t0x0010:  7a4f 4df5 ccb4 d4                        zOM....");
}

