// ForCES over SCTP (ports 6704-6706). Expected strings are what tcpdump 4.99.3 prints (-t -n).
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

// Config message: LFB selector, Set operation, PATH-DATA with one ID and FULLDATA.
const char* kConfig =
    "001122334455667788990aab08004500006c000100004084660b0a0000010a0000028ae21a30000000010000000000"
    "03004c0000000900000000000000001003000f40000001000000020000000000000003f840000010000024000000010000"
    "0001000100180110001400000001000000020112000800000005";

const char* kHeader =
    "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 108)\n"
    "    10.0.0.1.35554 > 10.0.0.2.6704: sctp[ForCES HP]\n"
    "\t1) [DATA] (B)(E) [TSN: 9] [SID: 0] [SSEQ 0] [PPID 0x0] \n"
    "\tForCES Config \n"
    "\tForCES Version 1 len 60B flags 0xf8400000 \n"
    "\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n"
    "\tForCES flags:\n"
    "\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n"
    "\t  Standalone(0x0), StartofTransaction(0x0)\n"
    "\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n";

const char* kTlvs =
    "\tLFBselect TLV, length 36 (data length 32 Bytes)\n"
    "         FEObj LFB(Classid 1) instance 1\n"
    "          Oper TLV  Set(0x1) length 24\n"
    "           PATH-DATA TLV, length 20 (data encapsulated 16 Bytes)\n"
    "            Pathdata: Flags 0x0 ID count 1\n"
    "            ID#01: 2\n"
    "              FULLDATA TLV (Length 8 DataLen 4 Bytes)\n"
    "               [\n"
    "               0x0000:  0000 0005\n"
    "               ]";
}  // namespace

TEST_CASE("ForCES message type without -v", "[forces]") {
    REQUIRE(print_one(hex(kConfig), 1) ==
            "IP 10.0.0.1.35554 > 10.0.0.2.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 9] [SID: 0] [SSEQ 0] [PPID 0x0] \n"
            "\tForCES Config ");
}

TEST_CASE("ForCES header at -v", "[forces]") {
    REQUIRE(print_one(hex(kConfig), 1, verbose(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 108)\n"
            "    10.0.0.1.35554 > 10.0.0.2.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 9] [SID: 0] [SSEQ 0] [PPID 0x0] \n"
            "\tForCES Config \n"
            "\tForCES Version 1 len 60B flags 0xf8400000 \n"
            "\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3");
}

TEST_CASE("ForCES LFB selector, operation and path data at -vvv", "[forces]") {
    REQUIRE(print_one(hex(kConfig), 1, verbose(3)) == std::string(kHeader) + kTlvs);
}

TEST_CASE("ForCES raw message dump at -vvvv", "[forces]") {
    REQUIRE(print_one(hex(kConfig), 1, verbose(4)) ==
            std::string(kHeader) + kTlvs +
                "\n\t  Raw ForCES message\n\t [\n"
                "\t 0x0000:  1003 000f 4000 0001 0000 0002 0000 0000\n"
                "\t 0x0010:  0000 0003 f840 0000 1000 0024 0000 0001\n"
                "\t 0x0020:  0000 0001 0001 0018 0110 0014 0000 0001\n"
                "\t 0x0030:  0000 0002 0112 0008 0000 0005\n"
                "\t ]");
}

TEST_CASE("ForCES invalid message type is dumped", "[forces]") {
    REQUIRE(print_one(hex("001122334455667788990aab080045000048000100004084662f0a0000010a0000028ae21a30000000010000"
                          "0000000300280000000900000000000000001007000640000001000000020000000000000003f8400000"),
                      1) ==
            "IP 10.0.0.1.35554 > 10.0.0.2.6704: sctp[ForCES HP] (1) [DATA] (B)(E) [TSN: 9] [SID: 0] [SSEQ 0] [PPID 0x0] "
            "Invalid ForCES message type 7\n\n"
            "\t[0x0000:  1007 0006 4000 0001 0000 0002 0000 0000\n"
            "\t[0x0010:  0000 0003 f840 0000\n"
            "\t]");
}

TEST_CASE("ForCES top-level TLV with a bad length", "[forces]") {
    REQUIRE(print_one(hex("001122334455667788990aab08004500005000010000408466270a0000010a0000028ae21a30000000010000"
                          "0000000300300000000900000000000000001003000840000001000000020000000000000003f84000001000"
                          "000200000001"),
                      1, verbose(3)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 80)\n"
            "    10.0.0.1.35554 > 10.0.0.2.6704: sctp[ForCES HP]\n"
            "\t1) [DATA] (B)(E) [TSN: 9] [SID: 0] [SSEQ 0] [PPID 0x0] \n"
            "\tForCES Config \n"
            "\tForCES Version 1 len 32B flags 0xf8400000 \n"
            "\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x3\n"
            "\tForCES flags:\n"
            "\t  AlwaysACK(0x3), prio=7, execute-all-or-none(0x1),\n"
            "\t  Standalone(0x0), StartofTransaction(0x0)\n"
            "\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n"
            "\tMess TopTLV header: min 4, total 8 advertised 2 \n"
            "\t[0x0000:  1003 0008 4000 0001 0000 0002 0000 0000\n"
            "\t[0x0010:  0000 0003 f840 0000 1000 0002 0000 0001\n"
            "\t]");
}

TEST_CASE("ForCES heartbeat flags at -vv", "[forces]") {
    REQUIRE(print_one(hex("001122334455667788990aab080045000048000100004084662f0a0000010a0000021a30bccc000000010000"
                          "000000030028000000070000000000000000100f000640000001000000020000000000000009c0400000"),
                      1, verbose(2)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto SCTP (132), length 72)\n"
            "    10.0.0.1.6704 > 10.0.0.2.48332: sctp[ForCES HP]\n"
            "\t1) [DATA] (B)(E) [TSN: 7] [SID: 0] [SSEQ 0] [PPID 0x0] \n"
            "\tForCES HeartBeat \n"
            "\tForCES Version 1 len 24B flags 0xc0400000 \n"
            "\tSrcID 0x40000001(CE) DstID 0x2(FE) Correlator 0x9\n"
            "\tForCES flags:\n"
            "\t  AlwaysACK(0x3), prio=0, execute-all-or-none(0x1),\n"
            "\t  Standalone(0x0), StartofTransaction(0x0)\n"
            "\t  Extra flags: rsv(b5-7) 0x0 rsv(b13-31) 0x0\n");
}

TEST_CASE("ForCES KEYINFO dump running past the capture", "[forces]") {
    // tcpdump reads the key's data 8 bytes further on than the key TLV: it prints what was
    // captured of it and the packet ends with the ForCES marker.
    const std::string out = print_one(
        hex("001122334455667788990aab08004500007800010000408465ff0a0000010a0000021a30df3500000001000000"
            "000003005800000009000000000000000010140012000000024000000100000000000000013840000010000030"
            "000000010000000100090024011000200000000001110018000000070112001801120004aabbccddeeff0011"),
        1, verbose(3));
    const std::string tail =
        "            Pathdata: Flags 0x0 ID count 0\n"
        "              KEYINFO TLV (Length 24 DataLen 20 Bytes)\n"
        "Illegal DATA encoding for type 0x111 programmed 0 got 7\n"
        "              Keyinfo: Key 0x7\n"
        "               [\n"
        "               0x0000:  aabb ccdd eeff 0011 [|forces]";
    REQUIRE(out.size() > tail.size());
    REQUIRE(out.substr(out.size() - tail.size()) == tail);
}
