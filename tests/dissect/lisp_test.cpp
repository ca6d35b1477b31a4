// LISP control messages (UDP 4342). Expected strings are what tcpdump 4.99.3 prints (-t -n) for these packets.
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

TEST_CASE("LISP Map-Register without -v", "[lisp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500007400010000401166760a0000010a00000210f610f60060f99b32000101000000000000000000010014000102030405060708090a0b0c0d0e0f10111213000005a001201000000000010a1e01640164016400050001141408fd000000000000000000000000000000000000000000000007"), 1, rd::PrintOptions{}) ==
            "IP 10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, 1 record(s),\n"
            " EID 10.30.1.100/32, 1 locator(s) LOC 20.20.8.253\n"
            "    xTR-ID: 0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n"
            "    SITE-ID: 7");
}

TEST_CASE("LISP Map-Register records, locators and xTR-ID at -v", "[lisp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500007400010000401166760a0000010a00000210f610f60060f99b32000101000000000000000000010014000102030405060708090a0b0c0d0e0f10111213000005a001201000000000010a1e01640164016400050001141408fd000000000000000000000000000000000000000000000007"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
            "    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [I-xTR-ID-Present, M-Want-Map-Notify],\n"
            "    1 record(s), Authentication SHA1,\n"
            "    Authentication-Data: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n"
            "    Authentication-Data: 0x0010:  1011 1213\n"
            "      Record TTL 1440, Authoritative, No-Action, Map Version: 0, EID 10.30.1.100/32, 1 locator(s)\n"
            "        LOC 20.20.8.253\n"
            "          Priority/Weight 1/100, Multicast Priority/Weight 1/100, flags [Local-Locator, Reachable],\n"
            "    xTR-ID: 0x0000:  0000 0000 0000 0000 0000 0000 0000 0000\n"
            "    SITE-ID: 7");
}

TEST_CASE("LISP Map-Notify with IPv6 EID and trailing data", "[lisp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500004a00010000401166a00a0000010a0000029c4010f60036af0a400000010000000000000000000000000000003c004020000003000220010db80000000000000000000000010102"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 74)\n"
            "    10.0.0.1.40000 > 10.0.0.2.4342: LISP-Map-Notify, flags [none],\n"
            "    1 record(s), Authentication None,\n"
            "      Record TTL 60, Non-Authoritative, Natively-Forward, Map Version: 3, EID 2001:db8::1/64, 0 locator(s)\n"
            "    Data: 0x0000:  0102");
}

TEST_CASE("LISP record cut by the capture", "[lisp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500007400010000401166760a0000010a00000210f610f60060f99b32000101000000000000000000010014000102030405060708090a0b0c0d0e0f10111213000005a001201000000000010a1e01640164016400050001141408fd000000000000000000000000000000000000000000000007"), 1, verbose(1), 90) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 116)\n"
            "    10.0.0.1.4342 > 10.0.0.2.4342: LISP-Map-Register, flags [I-xTR-ID-Present, M-Want-Map-Notify],\n"
            "    1 record(s), Authentication SHA1,\n"
            "    Authentication-Data: 0x0000:  0001 0203 0405 0607 0809 0a0b 0c0d 0e0f\n"
            "    Authentication-Data: 0x0010:  1011 1213\n"
            "      Record TTL 1440, Authoritative, No-Action, Map Version: 0, [|lisp]");
}

TEST_CASE("LISP Map-Request shows only its type", "[lisp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500002c00010000401166be0a0000010a0000029c4010f600182e8510000000000000000000000000000000"), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 44)\n"
            "    10.0.0.1.40000 > 10.0.0.2.4342: LISP-Map-Request,");
}
