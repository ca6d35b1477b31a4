// VXLAN header and the Ethernet frame after it.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("header then a cut inner frame", "[vxlan]") {
    const auto pkt = hex("ffffffffffff00112233445508004500003a00010000401100000a0000010a000002300012b5002600000800000000006400ffffffffffff00aabbccddee08060001");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP truncated-ip - 6 bytes missing! 10.0.0.1.12288 > 10.0.0.2.4789: VXLAN, flags [I] (0x08), vni 100\n [|arp]");
}
