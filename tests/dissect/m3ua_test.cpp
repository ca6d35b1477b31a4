// M3UA in SCTP DATA chunks (PPID 3). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

std::string frame(const std::string& tail) {
    return "001122334455667788990aab0800450000" + tail;
}
}  // namespace

TEST_CASE("M3UA transfer message: shown with -vv only", "[m3ua]") {
    const auto pkt = hex(frame("4000010000408466370a0000010a0000020b590b5900000001000000000003002000000001000100020000"
                               "000301000101000000100006000800000005"));
    REQUIRE(print_one(pkt, 1) ==
            "IP 10.0.0.1.2905 > 10.0.0.2.2905: sctp (1) [DATA] (B)(E) [TSN: 1] [SID: 1] [SSEQ 2] [PPID M3UA] ");
    REQUIRE(print_one(pkt, 1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 64)\n"
            "    10.0.0.1.2905 > 10.0.0.2.2905: sctp\n"
            "\t1) [DATA] (B)(E) [TSN: 1] [SID: 1] [SSEQ 2] [PPID M3UA] \n"
            "\t\tTransfer Data Message\n"
            "\t\t\tRouting Context: 0x00060008");
}

TEST_CASE("M3UA message length that does not match the chunk", "[m3ua]") {
    REQUIRE(print_one(hex(frame("38000100004084663f0a0000010a0000020b590b590000000100000000000300180000000100010002"
                                "000000030100010100000010")),
                      1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 56)\n"
            "    10.0.0.1.2905 > 10.0.0.2.2905: sctp\n"
            "\t1) [DATA] (B)(E) [TSN: 1] [SID: 1] [SSEQ 2] [PPID M3UA] \n"
            "\t\tTransfer Data Message\n"
            "\t\t\t@@@@@@ Corrupted length 16 of message @@@@@@");
}

TEST_CASE("M3UA message shorter than its header", "[m3ua]") {
    REQUIRE(print_one(hex(frame("3400010000408466430a0000010a0000020b590b5900000001000000000003001400000001000100020000"
                                "000301000101")),
                      1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 52)\n"
            "    10.0.0.1.2905 > 10.0.0.2.2905: sctp\n"
            "\t1) [DATA] (B)(E) [TSN: 1] [SID: 1] [SSEQ 2] [PPID M3UA]  (invalid)");
}

TEST_CASE("M3UA parameter running past the capture", "[m3ua]") {
    REQUIRE(print_one(hex(frame("4000010000408466370a0000010a0000020b590b5900000001000000000003002000000001000100020000"
                                "000301000101000000100006006400000001")),
                      1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 64)\n"
            "    10.0.0.1.2905 > 10.0.0.2.2905: sctp\n"
            "\t1) [DATA] (B)(E) [TSN: 1] [SID: 1] [SSEQ 2] [PPID M3UA] \n"
            "\t\tTransfer Data Message\n"
            "\t\t\tRouting Context:  [|m3ua]");
}
