// NTP: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("NTP: client, no -v", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c40007b00381eede30006e9000000000000000000000000000000000000000000000000000000000000000000000000dd47fff412345678");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 90) ==
          "IP 10.0.0.1.40000 > 10.0.0.2.123: NTPv4, Client, length 48");
}

TEST_CASE("NTP: client -v", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c40007b00381eede30006e9000000000000000000000000000000000000000000000000000000000000000000000000dd47fff412345678");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 90) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.40000 > 10.0.0.2.123: NTPv4, Client, length 48\n\tLeap indicator: clock unsynchronized (192), Stratum 0 (unspecified), poll 6 (64s), precision -23\n\tRoot Delay: 0.000000, Root dispersion: 0.000000, Reference-ID: (unspec)\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   3712483316.071111110 (2017-08-23T13:21:56Z)\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 3712483316.071111110 (2017-08-23T13:21:56Z)");
}

TEST_CASE("NTP: server -v with deltas", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a000002007b007b0038327d240208e8000000150002543284c707c9dd47fb3a00000005dd47fff412345678dd47fff422345678dd47fff502345678");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 90) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Server, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 8 (256s), precision -24\n\tRoot Delay: 0.000320, Root dispersion: 2.328887, Reference-ID: 0x84c707c9\n\t  Reference Timestamp:  3712482106.000000001 (2017-08-23T13:01:46Z)\n\t  Originator Timestamp: 3712483316.071111110 (2017-08-23T13:21:56Z)\n\t  Receive Timestamp:    3712483316.133611110 (2017-08-23T13:21:56Z)\n\t  Transmit Timestamp:   3712483317.008611110 (2017-08-23T13:21:57Z)\n\t    Originator - Receive Timestamp:  +0.062500000\n\t    Originator - Transmit Timestamp: +0.937500000");
}

TEST_CASE("NTP: server -v with key id and MD5 digest", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb001122334455080045000060000100004011668a0a0000010a000002007b007b004cfa0b240208e8000000150002543284c707c9dd47fb3a00000005dd47fff412345678dd47fff422345678dd47fff50234567800000009000102030405060708090a0b0c0d0e0f");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 110) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 96)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Server, length 68\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 8 (256s), precision -24\n\tRoot Delay: 0.000320, Root dispersion: 2.328887, Reference-ID: 0x84c707c9\n\t  Reference Timestamp:  3712482106.000000001 (2017-08-23T13:01:46Z)\n\t  Originator Timestamp: 3712483316.071111110 (2017-08-23T13:21:56Z)\n\t  Receive Timestamp:    3712483316.133611110 (2017-08-23T13:21:56Z)\n\t  Transmit Timestamp:   3712483317.008611110 (2017-08-23T13:21:57Z)\n\t    Originator - Receive Timestamp:  +0.062500000\n\t    Originator - Transmit Timestamp: +0.937500000\n\tKey id: 9\n\tAuthentication: 000102030405060708090a0b0c0d0e0f");
}

TEST_CASE("NTP: server -v with key id only", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb001122334455080045000050000100004011669a0a0000010a000002007b007b003c326c240208e8000000150002543284c707c9dd47fb3a00000005dd47fff412345678dd47fff422345678dd47fff50234567800000009");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 94) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 80)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Server, length 52\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 8 (256s), precision -24\n\tRoot Delay: 0.000320, Root dispersion: 2.328887, Reference-ID: 0x84c707c9\n\t  Reference Timestamp:  3712482106.000000001 (2017-08-23T13:01:46Z)\n\t  Originator Timestamp: 3712483316.071111110 (2017-08-23T13:21:56Z)\n\t  Receive Timestamp:    3712483316.133611110 (2017-08-23T13:21:56Z)\n\t  Transmit Timestamp:   3712483317.008611110 (2017-08-23T13:21:57Z)\n\t    Originator - Receive Timestamp:  +0.062500000\n\t    Originator - Transmit Timestamp: +0.937500000\n\tKey id: 9");
}

TEST_CASE("NTP: server -v with SHA-1 digest", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500006400010000401166860a0000010a000002007b007b0050d7df240208e8000000150002543284c707c9dd47fb3a00000005dd47fff412345678dd47fff422345678dd47fff50234567800000009000102030405060708090a0b0c0d0e0f10111213");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 114) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 100)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Server, length 72\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 8 (256s), precision -24\n\tRoot Delay: 0.000320, Root dispersion: 2.328887, Reference-ID: 0x84c707c9\n\t  Reference Timestamp:  3712482106.000000001 (2017-08-23T13:01:46Z)\n\t  Originator Timestamp: 3712483316.071111110 (2017-08-23T13:21:56Z)\n\t  Receive Timestamp:    3712483316.133611110 (2017-08-23T13:21:56Z)\n\t  Transmit Timestamp:   3712483317.008611110 (2017-08-23T13:21:57Z)\n\t    Originator - Receive Timestamp:  +0.062500000\n\t    Originator - Transmit Timestamp: +0.937500000\n\tKey id: 9\n\tAuthentication: 000102030405060708090a0b0c0d0e0f10111213");
}

TEST_CASE("NTP: extra bytes after the header", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500005600010000401166940a0000010a000002007b007b00423269240208e8000000150002543284c707c9dd47fb3a00000005dd47fff412345678dd47fff422345678dd47fff50234567800000000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 100) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 86)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Server, length 58\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 8 (256s), precision -24\n\tRoot Delay: 0.000320, Root dispersion: 2.328887, Reference-ID: 0x84c707c9\n\t  Reference Timestamp:  3712482106.000000001 (2017-08-23T13:01:46Z)\n\t  Originator Timestamp: 3712483316.071111110 (2017-08-23T13:21:56Z)\n\t  Receive Timestamp:    3712483316.133611110 (2017-08-23T13:21:56Z)\n\t  Transmit Timestamp:   3712483317.008611110 (2017-08-23T13:21:57Z)\n\t    Originator - Receive Timestamp:  +0.062500000\n\t    Originator - Transmit Timestamp: +0.937500000\n\t(10 more bytes after the header)");
}

TEST_CASE("NTP: stratum 1 reference id as text", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a000002007b007b0038364a1c01fde90000000000000000475053000000000000000000000000000000000000000000000000000000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 90) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv3, Server, length 48\n\tLeap indicator:  (0), Stratum 1 (primary reference), poll -3 (1/8s), precision -23\n\tRoot Delay: 0.000000, Root dispersion: 0.000000, Reference-ID: GPS^@\n\t  Reference Timestamp:  0.000000000\n\t  Originator Timestamp: 0.000000000\n\t  Receive Timestamp:    0.000000000\n\t  Transmit Timestamp:   0.000000000\n\t    Originator - Receive Timestamp:  0.000000000\n\t    Originator - Transmit Timestamp: 0.000000000");
}

TEST_CASE("NTP: stratum 62 INFO_QUERY", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a000002007b007b0038c6581c3e03e90000000000000000010203040000000000000000000000000000000000000000000000000000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 90) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv3, Server, length 48\n\tLeap indicator:  (0), Stratum 62 (reserved), poll 3 (8s), precision -23\n\tRoot Delay: 0.000000, Root dispersion: 0.000000, Reference-ID: 1.2.3.4 INFO_QUERY");
}

TEST_CASE("NTP: time message too short", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500003000010000401166ba0a0000010a000002007b007b001c00d4e30006e900000000000000000000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 62) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Client, length 20\n\tLeap indicator: clock unsynchronized (192) (invalid)");
}

TEST_CASE("NTP: time message cut by the capture", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a000002007b007b0038327d240208e8000000150002543284c707c9dd47fb3a00000005dd47fff412345678dd47fff422345678dd47fff502345678");
    CHECK(print_one(pkt, 1, opt, 72, 90) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv4, Server, length 48\n\tLeap indicator:  (0), Stratum 2 (secondary reference), poll 8 (256s), precision -24\n\tRoot Delay: 0.000320, Root dispersion: 2.328887, Reference-ID: 0x84c707c9\n\t  Reference Timestamp:  3712482106.000000001 (2017-08-23T13:01:46Z) [|ntp]");
}

TEST_CASE("NTP: control request -v", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500002800010000401166c20a0000010a000002007b007b0014d487160200440000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 54) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 40)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv2, Control Message, length 12\n\tLeap indicator:  (0), Request, OK, Last, OpCode=2\n\tSequence=68, Status=0, Assoc.=0, Offset=0, Count=0");
}

TEST_CASE("NTP: control response with data", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 2;
    const auto pkt = hex("66778899aabb00112233445508004500002c00010000401166be0a0000010a000002007b007b0018091d16820044061800000000000461626364");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 58) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n    10.0.0.1.123 > 10.0.0.2.123: [udp sum ok] NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Response, OK, Last, OpCode=2\n\tSequence=68, Status=0x618, Assoc.=0, Offset=0, Count=4\n\tTO-BE-DONE: data not interpreted");
}

TEST_CASE("NTP: control count past the end", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500002c00010000401166be0a0000010a000002007b007b001808f916820044061800000000002861626364");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 58) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv2, Control Message, length 16\n\tLeap indicator:  (0), Response, OK, Last, OpCode=2\n\tSequence=68, Status=0x618, Assoc.=0, Offset=0, Count=40 (invalid)");
}

TEST_CASE("NTP: mode 7 only the leap indicator", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004800010000401166a20a0000010a000002007b007b0034508d9700030000000000000000000000000000000000000000000000000000000000000000000000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 86) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 72)\n    10.0.0.1.123 > 10.0.0.2.123: NTPv2, Reserved, length 44\n\tLeap indicator: -1s (128)");
}

// tcpdump checks the fields after the precision before their labels and ends with the
// marker as a normal return: -x then dumps from the IP header, not from the frame start.
TEST_CASE("NTP: -v -x, captured up to the root delay", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1; opt.xflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c40007b00381eede30006e9000000000000000000000000000000000000000000000000000000000000000000000000dd47fff412345678");
    CHECK(print_one(pkt, 1, opt, 50, 90) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.40000 > 10.0.0.2.123: NTPv4, Client, length 48\n\tLeap indicator: clock unsynchronized (192), Stratum 0 (unspecified), poll 6 (64s), precision -23\n\tRoot Delay: 0.000000 [|ntp]\n\t0x0000:  4500 004c 0001 0000 4011 669e 0a00 0001\n\t0x0010:  0a00 0002 9c40 007b 0038 1eed e300 06e9\n\t0x0020:  0000 0000");
}

TEST_CASE("NTP: -v, captured up to the originator timestamp", "[dissect][ntp]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500004c000100004011669e0a0000010a0000029c40007b00381eede30006e9000000000000000000000000000000000000000000000000000000000000000000000000dd47fff412345678");
    CHECK(print_one(pkt, 1, opt, 70, 90) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 76)\n    10.0.0.1.40000 > 10.0.0.2.123: NTPv4, Client, length 48\n\tLeap indicator: clock unsynchronized (192), Stratum 0 (unspecified), poll 6 (64s), precision -23\n\tRoot Delay: 0.000000, Root dispersion: 0.000000, Reference-ID: (unspec)\n\t  Reference Timestamp:  0.000000000 [|ntp]");
}
