// Zephyr (UDP 2103/2104). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {
const char* kNotice =
    "00112233445500112233446608004500005600010000401166940a0000010a00000208370838004286eb5a455048302e32003164"
    "003200750031610030003000004d45535341474500504552534f4e414c0000616c69636500626f620066003000300000";
}  // namespace

TEST_CASE("Zephyr personal message", "[zephyr]") {
    REQUIRE(print_one(hex(kNotice), 1) == "IP 10.0.0.1.2103 > 10.0.0.2.2104:  zephyr acked alice to <MESSAGE,PERSONAL,bob>");
}

TEST_CASE("Zephyr notice missing its last fields is invalid", "[zephyr]") {
    // The UDP length stays, the bytes after the sender are cut from the datagram.
    auto pkt = hex(kNotice);
    pkt.resize(pkt.size() - 10);
    pkt[17] = static_cast<uint8_t>(0x56 - 10);  // IP total length
    pkt[39] = static_cast<uint8_t>(0x42 - 10);  // UDP length
    pkt[24] = pkt[25] = 0;                       // IP checksum not checked without -v
    pkt[40] = pkt[41] = 0;
    REQUIRE(print_one(pkt, 1) == "IP 10.0.0.1.2103 > 10.0.0.2.2104:  (invalid)");
}
