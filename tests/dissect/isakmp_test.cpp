// ISAKMP/IKEv1 and IKEv2 (UDP 500/4500). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

TEST_CASE("IKEv1 main mode SA without -v", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff00112233445508004500008700010000401166630a0000010a00000201f401f40073f1ad1111111111111111000000000000000001100200000000000000006b0d00003b00000001000000010000002f01010001000000270101000080010007800e0080800200028004000180030001800b0001000c00030151800000001401010101010101010101010101010101"), 1, verbose(0)) ==
            "IP 10.0.0.1.500 > 10.0.0.2.500: isakmp: phase 1 I ident");
}

TEST_CASE("IKEv1 main mode SA with -v: proposal, transform attributes, vendor ID", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff00112233445508004500008700010000401166630a0000010a00000201f401f40073f1ad1111111111111111000000000000000001100200000000000000006b0d00003b00000001000000010000002f01010001000000270101000080010007800e0080800200028004000180030001800b0001000c00030151800000001401010101010101010101010101010101"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 135)\n"
            "    10.0.0.1.500 > 10.0.0.2.500: isakmp 1.0 msgid 00000000: phase 1 I ident:\n"
            "    (sa: doi=ipsec situation=identity\n"
            "        (p: #1 protoid=isakmp transform=1\n"
            "            (t: #1 id=ike (type=enc value=aes)(type=keylen value=0080)(type=hash value=sha1)(type=group desc value=modp768)(type=auth value=preshared)(type=lifetype value=sec)(type=lifeduration len=3 value=015180))))\n"
            "    (vid: len=16)");
}

TEST_CASE("IKEv2 SA_INIT with -v", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000090000100004011f708c0a80102c0a8010101f401f4007cf153a88875a8198992a60000000000000000212022080000000000000074220000200000001c010100020300000c0100000c800e008000000008040000022800001000020000abababababababab2900000ccdcdcdcdcdcdcdcd0000001c00004004eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 144)\n"
            "    192.168.1.2.500 > 192.168.1.1.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]:\n"
            "    (sa: len=28\n"
            "        (p: #1 protoid=isakmp transform=2 len=28\n"
            "            (t: #1 type=encr id=aes (type=keylen value=0080))\n"
            "            (t: #2 type=dh id=modp1024 )))\n"
            "    (v2ke: len=8 group=modp1024)\n"
            "    (nonce: len=8 data=(cdcdcdcdcdcdcdcd0000...eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee))\n"
            "    (n: prot_id=#0 type=16388(nat_detection_source_ip))");
}

TEST_CASE("IKEv2 SA_INIT with -vv: cookies, nonce data", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000090000100004011f708c0a80102c0a8010101f401f4007cf153a88875a8198992a60000000000000000212022080000000000000074220000200000001c010100020300000c0100000c800e008000000008040000022800001000020000abababababababab2900000ccdcdcdcdcdcdcdcd0000001c00004004eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 144)\n"
            "    192.168.1.2.500 > 192.168.1.1.500: [udp sum ok] isakmp 2.0 msgid 00000000 cookie a88875a8198992a6->0000000000000000: parent_sa ikev2_init[I]:\n"
            "    (sa: len=28\n"
            "        (p: #1 protoid=isakmp transform=2 len=28\n"
            "            (t: #1 type=encr id=aes (type=keylen value=0080))\n"
            "            (t: #2 type=dh id=modp1024 )))\n"
            "    (v2ke: len=8 group=modp1024)\n"
            "    (nonce: len=8 nonce=(cdcdcdcdcdcdcdcd) )\n"
            "    (n: prot_id=#0 type=16388(nat_detection_source_ip))");
}

TEST_CASE("IKEv2 SA_INIT with -vvv: key exchange data", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000090000100004011f708c0a80102c0a8010101f401f4007cf153a88875a8198992a60000000000000000212022080000000000000074220000200000001c010100020300000c0100000c800e008000000008040000022800001000020000abababababababab2900000ccdcdcdcdcdcdcdcd0000001c00004004eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee"), 1, verbose(3)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 144)\n"
            "    192.168.1.2.500 > 192.168.1.1.500: [udp sum ok] isakmp 2.0 msgid 00000000 cookie a88875a8198992a6->0000000000000000: parent_sa ikev2_init[I]:\n"
            "    (sa: len=28\n"
            "        (p: #1 protoid=isakmp transform=2 len=28\n"
            "            (t: #1 type=encr id=aes (type=keylen value=0080))\n"
            "            (t: #2 type=dh id=modp1024 )))\n"
            "    (v2ke: len=8 group=modp1024 abababababababab)\n"
            "    (nonce: len=8 nonce=(cdcdcdcdcdcdcdcd) )\n"
            "    (n: prot_id=#0 type=16388(nat_detection_source_ip))");
}

TEST_CASE("IKEv2 cookie notify with -v", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000058000100004011f740c0a80102c0a8010101f401f400448ba7a88875a8198992a6000000000000000029202208000000000000003c0000002000004006000000014242424242424242424242424242424242424242"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 88)\n"
            "    192.168.1.2.500 > 192.168.1.1.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]:\n"
            "    (n: prot_id=#0 type=16390(cookie) data=(000000014242424242424242424242424242424242424242))");
}

TEST_CASE("IKEv2 payload cut by the capture", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff001122334455080045000090000100004011f708c0a80102c0a8010101f401f4007cf153a88875a8198992a60000000000000000212022080000000000000074220000200000001c010100020300000c0100000c800e008000000008040000022800001000020000abababababababab2900000ccdcdcdcdcdcd"), 1, verbose(1)) ==
            "IP truncated-ip - 30 bytes missing! (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 144)\n"
            "    192.168.1.2.500 > 192.168.1.1.500: isakmp 2.0 msgid 00000000: parent_sa ikev2_init[I]:\n"
            "    (sa: len=28\n"
            "        (p: #1 protoid=isakmp transform=2 len=28\n"
            "            (t: #1 type=encr id=aes (type=keylen value=0080))\n"
            "            (t: #2 type=dh id=modp1024 )))\n"
            "    (v2ke: len=8 group=modp1024) [|v2nonce]");
}

TEST_CASE("NAT-T keep-alive on port 4500", "[isakmp]") {
    REQUIRE(print_one(hex("ffffffffffff00112233445508004500001d00010000401166cd0a0000010a000002119411940009c9b0ff"), 1, verbose(0)) ==
            "IP 10.0.0.1.4500 > 10.0.0.2.4500: isakmp-nat-keep-alive");
}
