// BEEP (TCP 10288) and MSDP (TCP 639).
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("beep_msdp: BEEP frame keywords", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000380000000040068e89c0000201c63364029c402830000003e8100000015018"
                         "02003bfe000052505920302031202e20302035320d0a");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.10288: Flags [P.], seq 1000:1016, ack 268435457, win 512, length 16 BEEP RPY");
}

TEST_CASE("beep_msdp: BEEP three-letter keywords need a NUL after them", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000380000000040068e89c0000201c63364029c402830000003e8100000015018"
                         "020052fb00004d534720302031202e20302035320d0a");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.10288: Flags [P.], seq 1000:1016, ack 268435457, win 512, length 16 BEEP (payload or undecoded)");
}

TEST_CASE("beep_msdp: BEEP MSG with its NUL", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e00530208004500002c0000000040068e95c0000201c63364029c402830000003e8100000015018"
                         "020054e400004d534700");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.10288: Flags [P.], seq 1000:1004, ack 268435457, win 512, length 4 BEEP MSG");
}

TEST_CASE("beep_msdp: BEEP segment shorter than a keyword", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e00530208004500002b0000000040068e96c0000201c63364029c402830000003e8100000015018"
                         "020044f30000534551");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.10288: Flags [P.], seq 1000:1003, ack 268435457, win 512, length 3 BEEP (payload or undecoded)");
}

TEST_CASE("beep_msdp: MSDP source-active", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000360000000040068e8bc0000201c6336402027f9c41000003e8100000015018"
                         "0200f5dc000001000e0100000a00000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.639 > 198.51.100.2.40001: Flags [P.], seq 1000:1014, ack 268435457, win 512, length 14: msdp SA 1 entries");
}

TEST_CASE("beep_msdp: MSDP source-active with encapsulated data at -vv", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000580000000040068e69c0000201c6336402027f9c41000003e8100000015018"
                         "0200d3b90000010030010a0000010000000000000000000000004500001c0000000040018eaac0000201c63364020800"
                         "f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("vv")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto TCP (6), length 88)\n    192.0.2.1.639 > 198.51.100.2.40001: Flags [P.], cksum 0xd3b9 (correct), seq 1000:1048, ack 268435457, win 512, length 48: msdp [len 48] SA 1 entries [w/data] IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8");
}

TEST_CASE("beep_msdp: MSDP keepalive with extra length at -v", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000350000000040068e8cc0000201c6336402027f9c41000003e8100000015018"
                         "0200fdde000004000d00000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto TCP (6), length 53)\n    192.0.2.1.639 > 198.51.100.2.40001: Flags [P.], cksum 0xfdde (correct), seq 1000:1013, ack 268435457, win 512, length 13: msdp [len 13] Keepalive[len=13] ");
}

TEST_CASE("beep_msdp: MSDP request then a message longer than the segment", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000300000000040068e91c0000201c6336402027f9c41000003e8100000015018"
                         "020008dc00000200040300050000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto TCP (6), length 48)\n    192.0.2.1.639 > 198.51.100.2.40001: Flags [P.], cksum 0x08dc (correct), seq 1000:1008, ack 268435457, win 512, length 8: msdp [len 4] SA-Request for 0.5.0.0 [len 1280] [|msdp]");
}

TEST_CASE("beep_msdp: MSDP notifications then a cut header", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000300000000040068e91c0000201c6336402027f9c41000003e8100000015018"
                         "020006dc00000500030500030000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.639 > 198.51.100.2.40001: Flags [P.], seq 1000:1008, ack 268435457, win 512, length 8: msdp Notification Notification [|msdp]");
}

TEST_CASE("beep_msdp: MSDP first message not decodable", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e00530208004500002d0000000040068e94c0000201c6336402027f9c41000003e8100000015018"
                         "020008e50000ff00050102");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.639 > 198.51.100.2.40001: Flags [P.], seq 1000:1005, ack 268435457, win 512, length 5: msdp [|msdp]");
}

TEST_CASE("beep_msdp: MSDP unknown type", "[beep_msdp]") {
    const auto pkt = hex("00005e00530100005e00530208004500002d0000000040068e94c0000201c6336402027f9c41000003e8100000015018"
                         "020000e600000700050102");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.639 > 198.51.100.2.40001: Flags [P.], seq 1000:1005, ack 268435457, win 512, length 5: msdp [type=7 len=5]");
}
