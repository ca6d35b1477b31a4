// Kerberos (UDP 88/750). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

TEST_CASE("Kerberos 4 KDC request", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003e00010000401166ac0a0000010a00000204010058002a4542040268656c6c6f00696e7374005245414c4d00010203040773766300696e73743200"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88:  v4 be KDC_REQUEST: hello.inst@REALM 35min svc.inst2");
}

TEST_CASE("Kerberos 4 little-endian KDC reply", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003000010000401166ba0a0000010a000002040102ee001cb9bc0405610062006300000000000000000000000102"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 48)\n"
            "    10.0.0.1.1025 > 10.0.0.2.750:  v4 le KDC_REPLY: a.b@c (513)");
}

TEST_CASE("Kerberos 4 error reply with escaped text", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003200010000401166b80a0000010a00000204010058001ee3d1040a6100620063000000000000080000657272ff0100"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88:  v4 be ERR_REPLY: a.b@c PRINCIPAL_UNKNOWN errM-^?^A");
}

TEST_CASE("Kerberos 4 application request", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002700010000401166c30a0000010a0000020401005800135d87040600000573766300090a"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88:  v4 be APPL_REQUEST: v0  (5) (115)");
}

TEST_CASE("Kerberos 4 unknown message type", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500001e00010000401166cc0a0000010a00000204010058000ae32e0450"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88:  v4 be #80: (unknown)");
}

TEST_CASE("Kerberos 5 is only named", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002000010000401166ca0a0000010a00000204010058000c7bf86a820100"), 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 32)\n"
            "    10.0.0.1.1025 > 10.0.0.2.88: [udp sum ok]  v5");
}

TEST_CASE("Kerberos other versions print nothing", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500001e00010000401166cc0a0000010a00000204010058000ae27c0502"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88: ");
}

TEST_CASE("Kerberos 4 name running off the capture", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002100010000401166c90a0000010a00000204010058000d0f11040268656c"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88:  v4 be KDC_REQUEST: hel [|krb]");
}

TEST_CASE("Kerberos 4 reply cut in its length field", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002f00010000401166bb0a0000010a00000204010058001bbc5704046100620063000000000000000000000001"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88:  v4 be KDC_REPLY: a.b@c [|krb]");
}

TEST_CASE("Kerberos empty payload", "[krb]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500001c00010000401166ce0a0000010a000002040100580008e782"), 1, verbose(0)) ==
            "IP 10.0.0.1.1025 > 10.0.0.2.88:  [|krb]");
}
