// Frame Relay (link type 107) printer tests: truncation and NLPID names.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::opts;
using rd::test::print_one;

TEST_CASE("option -X Frame Relay unknown NLPID cut short: dump, marker, whole -X dump", "[fr]") {
    REQUIRE(print_one(hex("1841 03 e3 41768fc7fbb15b 0000000000"), 107, opts("X"), 12) ==
            "Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID unknown (0xe3), length 16: \n"
            "\t0x0000:  4176 8fc7 fbb1 5b00                      Av....[. [|fr]\n"
            "\t0x0000:  1841 03e3 4176 8fc7 fbb1 5b00            .A..Av....[.");
}

TEST_CASE("option -e Frame Relay NLPID 0xc1 is ISIS_SPB", "[fr]") {
    REQUIRE(print_one(hex("1841 03 c1 000000"), 107, opts("e")) ==
            "Q.922, hdr-len 2, DLCI 100, Flags [none], NLPID ISIS_SPB (0xc1), length 7: \n"
            "\t0x0000:  0000 00                                  ...");
}
