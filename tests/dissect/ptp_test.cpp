// PTP: the flag field shows a multi-bit token only when all its bits are set, as
// tcpdump 4.99.3's bittok2str does (expected text from tcpdump -t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

TEST_CASE("ptp: flags 0x18c0 name profile specific 1 and the multi-bit unknown token", "[dissect]") {
    const auto pkt = hex("00112233445566778899aabb08004500004800010000401166a20a0000010a00"
                         "0002013f013f003400000002002c000018c00000000000000000000000000000"
                         "00000000000000000001000000000000000000000000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 10.0.0.1.319 > 10.0.0.2.319: PTPv2, v1 compat : no, msg type : sync msg, length : 44, "
            "domain : 0, reserved1 : 0, Flags [profile specific 1, unknown], NS correction : 0, "
            "sub NS correction : 0, reserved2 : 0, clock identity : 0x0, port id : 0, seq id : 1, "
            "control : 0 (Sync), log message interval : 0, originTimeStamp : 0 seconds, 0 nanoseconds");
}
