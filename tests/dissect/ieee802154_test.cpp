// ieee802154 printer tests. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("beacon with superframe, GTS and pending addresses", "[ieee802154]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("0080113412cdabffcf810134125611abcd0102030405060708dead3885"), 195, o) ==
            "IEEE 802.15.4 Beacon packet v0 -:none < 1234:abcd \n"
            "\t0x0000:  dead                                     ..");
}

TEST_CASE("beacon fields at -v (-v)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0080113412cdabffcf810134125611abcd0102030405060708dead3885"), 195, o) ==
            "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:abcd \n"
            "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15, PAN Coordinator, Association Permit\n"
            "\tPending address list, # short addresses = 1, # extended addresses = 1\n"
            "\t0x0000:  dead                                     ..");
}

TEST_CASE("beacon GTS and address lists at -vv (-vv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 2;
    REQUIRE(print_one(hex("0080113412cdabffcf810134125611abcd0102030405060708dead3885"), 195, o) ==
            "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:abcd \n"
            "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15, PAN Coordinator, Association PermitGTS Descriptor Count = 1, GTS Directions Mask = 01, [ [ 1234, Start slot = 2, Length = 1 ] ]\n"
            "\tPending address list, # short addresses = 1, # extended addresses = 1, Short address list = [ cdab ], Extended address list = [ 08:07:06:05:04:03:02:01 ]\n"
            "\t0x0000:  dead                                     ..");
}

TEST_CASE("beacon with FCS at -vvv (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("0080113412cdabffcf810134125611abcd0102030405060708dead3885"), 195, o) ==
            "IEEE 802.15.4 Beacon packet v0 seq 11 -:none < 1234:abcd FCS 8538 \n"
            "\tBeacon order = 15, Superframe order = 15, Final CAP Slot = 15, PAN Coordinator, Association PermitGTS Descriptor Count = 1, GTS Directions Mask = 01, [ [ 1234, Start slot = 2, Length = 1 ] ]\n"
            "\tPending address list, # short addresses = 1, # extended addresses = 1, Short address list = [ cdab ], Extended address list = [ 08:07:06:05:04:03:02:01 ]\n"
            "\t0x0000:  dead                                     ..");
}

TEST_CASE("association request with a 4-byte FCS (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("23c822ffff0000ffff0102030405060708018ec3aa5ca5"), 195, o) ==
            "IEEE 802.15.4 Command packet v0 AR, seq 22 ffff:0000 < ffff:08:07:06:05:04:03:02:01 FCS a55caac3 Command ID = Association Request command FFD, AC powered, Receiver on when idle, Allocate address, ");
}

TEST_CASE("association response, PAN ID compression (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("63cc23cdab11121314151617182122232425262728023412010ece"), 195, o) ==
            "IEEE 802.15.4 Command packet v0 AR, PAN ID Compression, seq 23 abcd:18:17:16:15:14:13:12:11 < -:28:27:26:25:24:23:22:21 FCS ce0e Command ID = Association Response command Short address = 1234, PAN at capacity");
}

TEST_CASE("association response on the no-FCS link type (-v)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("63cc23cdab11121314151617182122232425262728023412010ece"), 230, o) ==
            "IEEE 802.15.4 Command packet v0 seq 23 abcd:18:17:16:15:14:13:12:11 < -:28:27:26:25:24:23:22:21 Command ID = Association Response command Short address = 1234, PAN at capacity");
}

TEST_CASE("sequence number past the claimed length (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("69aa1db8"), 195, o) ==
            "IEEE 802.15.4 Data packet v2 Security Enabled, AR, PAN ID Compression, IE present, seq 1d  [|802.15.4]");
}

TEST_CASE("one byte is too short for a frame (-v)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("41"), 195, o) ==
            " [|802.15.4]");
}

TEST_CASE("truncated before the destination address (-vvv -e)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3; o.eflag = true;
    REQUIRE(print_one(hex("41ec014dab0100810005"), 195, o) ==
            "IEEE 802.15.4 Data packet v2 PAN ID Compression, seq 01 -:[ERROR: Truncated before dst_addr]");
}

TEST_CASE("wrong FCS is kept and dumped (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("418805cdabffff0100aabbccdd"), 195, o) ==
            "IEEE 802.15.4 Data packet v0 PAN ID Compression, seq 05 abcd:ffff < -:0001 wrong FCS ddcc vs eb9d (assume no FCS stored) \n"
            "\t0x0000:  aabb ccdd                                ....");
}

TEST_CASE("option -x dump starts after one byte (-x)", "[ieee802154]") {
    rd::PrintOptions o;
    o.xflag = 1;
    REQUIRE(print_one(hex("418805cdabffff0100aabbccdd"), 195, o) ==
            "IEEE 802.15.4 Data packet v0 abcd:ffff < -:0001 \n"
            "\t0x0000:  8805 cdab ffff 0100 aabb ccdd");
}

TEST_CASE("2015 frame with security, header and payload IEs at -vvv (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("69ea33cdab341201020304050607080d0100000007020f3412003f0d88061a01020304050603c807080900f8c0ffeea1a2a3a4eff7"), 195, o) ==
            "IEEE 802.15.4 Data packet v2 Security Enabled, AR, PAN ID Compression, IE present, seq 33 abcd:1234 < -:08:07:06:05:04:03:02:01 \n"
            "\tSecurity Level 5, Key Id Mode 1, Frame Counter 0x00000001 KeyIndex 0x07, \n"
            "\tTime Correction IE [ length = 2, IE Data = 34 12 ] \n"
            "\tHeader Termination 1 IE [] Payload IEs present, but encrypted, cannot print \n"
            "\tMIC a1a2a3a4 FCS f7ef \n"
            "\t0x0000:  0d88 061a 0102 0304 0506 03c8 0708 0900  ................\n"
            "\t0x0010:  f8c0 ffee                                ....");
}

TEST_CASE("2015 frame IE contents at -vvvv (-vvvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 4;
    REQUIRE(print_one(hex("69ea33cdab341201020304050607080d0100000007020f3412003f0d88061a01020304050603c807080900f8c0ffeea1a2a3a4eff7"), 195, o) ==
            "IEEE 802.15.4 Data packet v2 Security Enabled, AR, PAN ID Compression, IE present, seq 33 abcd:1234 < -:08:07:06:05:04:03:02:01 \n"
            "\tSecurity Level 5, Key Id Mode 1, Frame Counter 0x00000001 KeyIndex 0x07, \n"
            "\tTime Correction IE [ length = 2, Ack time correction = 564, ] \n"
            "\tHeader Termination 1 IE [] Payload IEs present, but encrypted, cannot print \n"
            "\tMIC a1a2a3a4 FCS f7ef \n"
            "\t0x0000:  0d88 061a 0102 0304 0506 03c8 0708 0900  ................\n"
            "\t0x0010:  f8c0 ffee                                ....");
}

TEST_CASE("2015 frame without -v", "[ieee802154]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("69ea33cdab341201020304050607080d0100000007020f3412003f0d88061a01020304050603c807080900f8c0ffeea1a2a3a4eff7"), 195, o) ==
            "IEEE 802.15.4 Data packet v2 abcd:1234 < -:08:07:06:05:04:03:02:01 \n"
            "\tTime Correction IE [ length = 2, IE Data = 34 12 ] \n"
            "\tHeader Termination 1 IE [] Payload IEs present, but encrypted, cannot print \n"
            "\t0x0000:  0d88 061a 0102 0304 0506 03c8 0708 0900  ................\n"
            "\t0x0010:  f8c0 ffee                                ....");
}

TEST_CASE("multipurpose frame with a reserved address mode (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("5d0134125566b6db"), 195, o) ==
            "IEEE 802.15.4 Multipurpose packet v0 PAN ID Present, seq 34 [ERROR: Invalid src address mode]");
}

TEST_CASE("multipurpose frame with a short frame control (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("a507341256780a0b0cfb82"), 195, o) ==
            "IEEE 802.15.4 Multipurpose packet seq 07 -:1234 <  -:7856 FCS 82fb \n"
            "\t0x0000:  0a0b 0c                                  ...");
}

TEST_CASE("multipurpose frame with a long frame control (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("2d8107cdab341201020304050607080a0b0a22"), 195, o) ==
            "IEEE 802.15.4 Multipurpose packet v0 PAN ID Present, IE present, seq 07 abcd:1234 <  -:none \n"
            "\tReserved 0x04 [ length = 1, IE Data = 03 ] \n"
            "\tReserved 0x0a [ length = 4, IE Data = 06 07 08 0a ] [ERROR: Truncated header IE]");
}

TEST_CASE("2015 frame with payload IEs and a 4-byte MIC (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("69ea33cdab34120102030405060708090200000007020f3412003f0d88061a01020304050603c807080900f8c0ffeea1a2a3a4ba41"), 195, o) ==
            "IEEE 802.15.4 Data packet v2 Security Enabled, AR, PAN ID Compression, IE present, seq 33 abcd:1234 < -:08:07:06:05:04:03:02:01 \n"
            "\tSecurity Level 1, Key Id Mode 1, Frame Counter 0x00000002 KeyIndex 0x07, \n"
            "\tTime Correction IE [ length = 2, IE Data = 34 12 ] \n"
            "\tHeader Termination 1 IE [] \n"
            "\tMLME IE [ length = 13, IE Data = 06 1a 01 02 03 04 05 06 03 c8 07 08 09 ]\n"
            "\t\n"
            "\tList termination []\n"
            "\t\n"
            "\tMIC a1a2a3a4 FCS 41ba \n"
            "\t0x0000:  c0ff ee                                  ...");
}

TEST_CASE("2015 frame MLME nested IEs at -vvvv (-vvvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 4;
    REQUIRE(print_one(hex("69ea33cdab34120102030405060708090200000007020f3412003f0d88061a01020304050603c807080900f8c0ffeea1a2a3a4ba41"), 195, o) ==
            "IEEE 802.15.4 Data packet v2 Security Enabled, AR, PAN ID Compression, IE present, seq 33 abcd:1234 < -:08:07:06:05:04:03:02:01 \n"
            "\tSecurity Level 1, Key Id Mode 1, Frame Counter 0x00000002 KeyIndex 0x07, \n"
            "\tTime Correction IE [ length = 2, Ack time correction = 564, ] \n"
            "\tHeader Termination 1 IE [] \n"
            "\tMLME IE [ length = 13, \n"
            "\t\tTSCH Synchronization IE [ length = 6, ASN = 0504030201, Join Metric = 6 ] \n"
            "\t\tChannel Hopping IE [ length = 3, Hopping Sequence ID = 7[ERROR: IE truncated]] ]\n"
            "\t\n"
            "\tList termination []\n"
            "\t\n"
            "\tMIC a1a2a3a4 FCS 41ba \n"
            "\t0x0000:  c0ff ee                                  ...");
}

TEST_CASE("coordinator realignment command (-vvv)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 3;
    REQUIRE(print_one(hex("03c807ffff0100cdab111213141516171808341256780b9a02ff2da5"), 195, o) ==
            "IEEE 802.15.4 Command packet v0 seq 07 ffff:0001 < abcd:18:17:16:15:14:13:12:11 FCS a52d Command ID = Coordinator realignment command Pan ID = 0x1234, Coordinator short address = 7856, Channel Number = 32523, Short address = 029a");
}

TEST_CASE("TAP header skipped before the frame (-v)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("000008000100000063cc23cdab11121314151617182122232425262728023412010ece"), 283, o) ==
            "IEEE 802.15.4 Command packet v0 seq 23 abcd:18:17:16:15:14:13:12:11 < -:28:27:26:25:24:23:22:21 Command ID = Association Response command Short address = 1234, PAN at capacity");
}

TEST_CASE("TAP header with a bad version (-v)", "[ieee802154]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0100040063cc23cdab11121314151617182122232425262728023412010ece"), 283, o) ==
            " (invalid)");
}
