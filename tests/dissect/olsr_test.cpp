// OLSR (UDP 698). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
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

TEST_CASE("OLSR packet without -v", "[olsr]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500007800010000401166720a0000010a00000202ba02ba00645728005c1234012c001c0a0000094001000500000a030600000c0a0000030a000004042c001c0a00000940010005c0a80100ffffff000000000000032345822c00200a0000094001000500010001000000050a0000096e6f646531000000"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.698 > 10.0.0.2.698: OLSRv4, seq 0x1234, length 92");
}

TEST_CASE("OLSR hello, HNA with a smart gateway, name service at -v", "[olsr]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500007800010000401166720a0000010a00000202ba02ba00645728005c1234012c001c0a0000094001000500000a030600000c0a0000030a000004042c001c0a00000940010005c0a80100ffffff000000000000032345822c00200a0000094001000500010001000000050a0000096e6f646531000000"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 120)\n"
            "    10.0.0.1.698 > 10.0.0.2.698: OLSRv4, seq 0x1234, length 92\n"
            "\tHello Message (0x01), originator 10.0.0.9, ttl 64, hop 1\n"
            "\t  vtime 288.000s, msg-seq 0x0005, length 28\n"
            "\t  hello-time 64.000s, MPR willingness 3\n"
            "\t    link-type Symmetric, neighbor-type Symmetric, len 12\n"
            "\t      neighbor\n"
            "\t\t10.0.0.3 10.0.0.4 \n"
            "\tHNA Message (0x04), originator 10.0.0.9, ttl 64, hop 1\n"
            "\t  vtime 288.000s, msg-seq 0x0005, length 28\n"
            "\t  Advertised networks (total 2)\n"
            "\t    192.168.1.0/24, Smart-Gateway: LINKSPEED IPV4 5000/900000\n"
            "\tNameservice Message (0x82), originator 10.0.0.9, ttl 64, hop 1\n"
            "\t  vtime 288.000s, msg-seq 0x0005, length 32\n"
            "\t  Version 1, Entries 1\n"
            "\t    #0: type 000000, length 5, address 10.0.0.9, name \"node1\"");
}

TEST_CASE("OLSR cut inside a message", "[olsr]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500007800010000401166720a0000010a00000202ba02ba00645728005c1234012c001c0a0000094001000500000a030600000c0a0000030a000004042c001c0a00000940010005c0a80100ffffff000000000000032345822c00200a0000094001000500010001000000050a0000096e6f646531000000"), 1, verbose(1), 114) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 120)\n"
            "    10.0.0.1.698 > 10.0.0.2.698: OLSRv4, seq 0x1234, length 92\n"
            "\tHello Message (0x01), originator 10.0.0.9, ttl 64, hop 1\n"
            "\t  vtime 288.000s, msg-seq 0x0005, length 28\n"
            "\t  hello-time 64.000s, MPR willingness 3\n"
            "\t    link-type Symmetric, neighbor-type Symmetric, len 12\n"
            "\t      neighbor\n"
            "\t\t10.0.0.3 10.0.0.4 \n"
            "\tHNA Message (0x04), originator 10.0.0.9, ttl 64, hop 1\n"
            "\t  vtime 288.000s, msg-seq 0x0005, length 28\n"
            "\t  Advertised networks (total 2)\n"
            "\t    192.168.1.0/24, Smart-Gateway: LINKSPEED IPV4 5000/900000\n"
            "\tNameservice Message (0x82), originator 10.0.0.9, ttl 64, hop 1\n"
            "\t  vtime 288.000s, msg-seq 0x0005, length 32 [|olsr]");
}

TEST_CASE("OLSR message length larger than the packet", "[olsr]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002c00010000401166be0a0000010a0000029c4002ba00184ae800100001010000c80000000000000000"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
            "    10.0.0.1.40000 > 10.0.0.2.698: OLSRv4, seq 0x0001, length 16\n"
            "\tHello Message (0x01), originator 0.0.0.0, ttl 0, hop 0\n"
            "\t  vtime 0.062s, msg-seq 0x0000, length 200 (invalid)");
}

TEST_CASE("OLSRv6 MID message", "[olsr]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd600000000028114020010db800000000000000000000000120010db800000000000000000000000202ba02ba0028ffca00200001032c001c20010db80000000000000000000000094001000520010db8"), 1, verbose(1)) ==
            "IP6 (hlim 64, next-header UDP (17) payload length: 40) 2001:db8::1.698 > 2001:db8::2.698: [udp sum ok] OLSRv6, seq 0x0001, length 32\n"
            "\tMID Message (0x03), originator 2001:db8::9, ttl 64, hop 1\n"
            "\t  vtime 288.000s, msg-seq 0x0005, length 28");
}
