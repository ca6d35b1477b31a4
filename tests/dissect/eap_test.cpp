// eap printer tests. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("EAPOL EAP identity response without -v", "[eap]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("0180c2000003001122334455888e02000009020500090175736572"), 1, o) ==
            "EAP packet (0) v2, len 9");
}

TEST_CASE("EAPOL EAP identity response (-v)", "[eap]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000003001122334455888e02000009020500090175736572"), 1, o) ==
            "EAP packet (0) v2, len 9, Response (2), id 5, len 9\n"
            "\t\t Type Identity (1), Identity: user");
}

TEST_CASE("EAP-TLS start with length (-v)", "[eap]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000003001122334455888e0100000a0107000a0da000000400"), 1, o) ==
            "EAP packet (0) v1, len 10, Request (1), id 7, len 10\n"
            "\t\t Type TLS (13) flags [L bit, Start bit] 0xa0, len 1024");
}

TEST_CASE("EAP legacy Nak (-v)", "[eap]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000003001122334455888e0100000702080007030d15"), 1, o) ==
            "EAP packet (0) v1, len 7, Response (2), id 8, len 7\n"
            "\t\t Type Nak (3) TLS (13), TTLS (21)");
}

TEST_CASE("EAP length disagrees with EAPOL length (-v)", "[eap]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000003001122334455888e010000080107000501000000"), 1, o) ==
            "EAP packet (0) v1, len 8, EAP fragment?");
}

TEST_CASE("EAPOL start and key frames (-v)", "[eap]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000003001122334455888e01010000"), 1, o) ==
            "EAPOL start (1) v1, len 0");
}

TEST_CASE("EAPOL body length 0 (-v)", "[eap]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000003001122334455888e020000009b"), 1, o) ==
            "EAP packet (0) v2, len 0 [|eap]");
}

TEST_CASE("EAP cut inside the identity (-v)", "[eap]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000003001122334455888e02000009020500090175736572"), 1, o, 24) ==
            "EAP packet (0) v2, len 9, Response (2), id 5, len 9 [|eap]");
}
