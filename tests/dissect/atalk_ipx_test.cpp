// AppleTalk (DDP, NBP, ATP, AARP) and IPX over Ethernet II. Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include <cstdint>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("NBP lookup", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff809b0086000080a0de9fbb010606022186ad076d9700285a6f6e65017821c30f490e175e5b1dab817346f4b5080e8dfb4556f4593ec447f9c87d43c2c1113a0065613033020000065a6f6e650178b2f327ff000b4c61736572577269746572065a6f6e650178210e17db6f");
    REQUIRE(print_one(pkt, 1, opts(""), UINT32_MAX, 148) ==
            "AT 56991.1.6 > 32928.187.6:  nbp-lkup 134: \"[len=40] [addr=44295.109.151]");
}

TEST_CASE("NBP reply with tuples at -v", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff809b007c00003631649414070201023267c74521520224d81d56a5c4b59cf5653aff0d64c4797d9edf518bd69f9817968289aafc7efd66d7b1742b0b4c6173657257726974657200793d107b00230723b2808a0f0c338beb01d2d08556ae87e03d235f7d00218a1d3f1b7736cc0d9d37a00b4c6173657257726974657223");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "et1 AT 25748.7.1 > 13873.20.2:  nbp-reply 103: \"[len=36](2) 82 [addr=51013.33]");
}

TEST_CASE("ATP request with bitmap", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff809b001b000083dd5b32ddff0402036003928282e6e38adf709483792e");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "AT 23346.2 > 33757.221.4:  atp-req  37506<0-1> [len=6] 0x82e6e38a");
}

TEST_CASE("ATP response with -e", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff809b001600004d712c9056ff060203800358430000000038");
    REQUIRE(print_one(pkt, 1, opts("e")) ==
            "08:00:07:00:00:ff > 08:00:07:00:00:01, ethertype Appletalk (0x809b), length 36: 11408.2 > 19825.86.6:  atp-resp 22595:3 (1)");
}

TEST_CASE("AARP request", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff80f30001809b06040001e836fe140b0300cc01db7a51e362d9940049eb32");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "aarp who-has 18923.50 tell 52225.219");
}

TEST_CASE("AARP with unexpected types", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff80f30001809b06040004028a523cd3d50098638a4878a3e6265c005033ed");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "aarp len 28 op 4 htype 1 ptype 0x809b halen 6 palen 4");
}

TEST_CASE("DDP header cut short", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff809b000f00007ec27378c2ff0106");
    REQUIRE(print_one(pkt, 1, opts("v"), UINT32_MAX, 29) ==
            "et1 AT  [|ddp]");
}

TEST_CASE("IPX SAP response", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff8137ffff00e00004d9c880a0cfaa5f57a71e04522ff26008fa45e29db6f704520002a5a05052494e545345525645520000000000000000000000000000000000000000000000000000000000000000000000000026222914d09c403c5ba5502b46db794f5052494e5453455256455200000000000000000000000000000000000000000000000000000000000000000000000000136d278c5ae273ea1bd827af5011af2f5052494e54534552564552000000000000000000000000000000000000000000000000000000000000000000000000007a8808fc");
    REQUIRE(print_one(pkt, 1, opts(""), UINT32_MAX, 238) ==
            "(NOV-ETHII) IPX 2ff26008.fa:45:e2:9d:b6:f7.0452 > d9c880a0.cf:aa:5f:57:a7:1e.0452: ipx-sap-resp a5a0 'PRINTSERVER' addr 26222914.d0:9c:40:3c:5b:a5 794f 'PRINTSERVER' addr 136d278c.5a:e2:73:ea:1b:d8 af2f 'PRINTSERVER' [|ipx]");
}

TEST_CASE("IPX RIP response", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff8137ffff003000046066ced2bf5747e0b8ed0453988094b0bbf252be66c0400000022819e33c7830c0add85f2f5b23cb223b");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "(NOV-ETHII) IPX 988094b0.bb:f2:52:be:66:c0.4000 > 6066ced2.bf:57:47:e0:b8:ed.0453: ipx-rip-resp 2819e33c/30768.49325 d85f2f5b/9163.8763");
}

TEST_CASE("IPX length below the header size", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff8137ffff000b0004ec17d80162447645cbc804525fa2bfda7bc4566374cd0452000940a25052494e545345525645520000000000000000000000000000000000000000000000000000000000000000000000000002fe6cbca990095e6b6648efa8e5");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "(NOV-ETHII) IPX 5fa2bfda.7b:c4:56:63:74:cd.0452 > ec17d801.62:44:76:45:cb:c8.0452: [length 11 < 30] (invalid)");
}

TEST_CASE("IPX truncated", "[atalk]") {
    const auto pkt = hex("0800070000010800070000ff8137ffff");
    REQUIRE(print_one(pkt, 1, opts(""), UINT32_MAX, 59) ==
            "(NOV-ETHII) IPX  [|ipx]");
}

