// vat/vt audio headers to UDP port 3456.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("vat: vat header", "[vat]") {
    const auto pkt = hex("00005e00530100005e0053020800450000280000000040118e8ec0000201c63364029c400d800014922b009f12340000"
                         "000961626364");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.3456: udp/vat 4 c4660 9* f31");
}

TEST_CASE("vat: vat with every format bit", "[vat]") {
    const auto pkt = hex("00005e00530100005e0053020800450000270000000040118e8fc0000201c63364029c400d80001365e83f800005ffff"
                         "ffff616263");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.3456: udp/vt 11 896 / 15");
}

TEST_CASE("vat: vt header", "[vat]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040118e92c0000201c63364029c400d800010179a3fff12340000"
                         "0009");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.3456: udp/vt 8 1023 / 15");
}

TEST_CASE("vat: vat shorter than its header", "[vat]") {
    const auto pkt = hex("00005e00530100005e00530208004500001f0000000040118e97c0000201c63364029c400d80000b69e0000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.3456: udp/vat, length 3 < 8");
}

TEST_CASE("vat: one byte", "[vat]") {
    const auto pkt = hex("00005e00530100005e00530208004500001d0000000040118e99c0000201c63364029c400d80000969e400");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.3456: udp/va/vat, length 1 < 2");
}

TEST_CASE("vat: only to port 3456", "[vat]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040118e92c0000201c63364020d809c41001069d5000000000000"
                         "0000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.3456 > 198.51.100.2.40001: UDP, length 8");
}
