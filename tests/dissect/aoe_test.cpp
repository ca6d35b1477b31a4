// aoe printer tests. Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("AoE issue ATA command without -v", "[aoe]") {
    rd::PrintOptions o;
    REQUIRE(print_one(hex("ffffffffffff00112233445588a21000001400000001cd4a000001ec000000a000000000000000000000000000000000000000000000000000000000"), 1, o) ==
            "AoE length 46, Ver 1, Flags: [none]");
}

TEST_CASE("AoE issue ATA command (-v)", "[aoe]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("ffffffffffff00112233445588a21000001400000001cd4a000001ec000000a000000000000000000000000000000000000000000000000000000000"), 1, o) ==
            "AoE length 46, Ver 1, Flags: [none]\n"
            "\tMajor: 0x0014, Minor: 0x00, Command: Issue ATA Command, Tag: 0x0001cd4a\n"
            "\tAFlags: [none], Err/Feature: 0, Sector Count: 1, Cmd/Status: 236\n"
            "\tlba0: 0, lba1: 0, lba2: 0, lba3: 160, lba4: 0, lba5: 0\n"
            "\tData: 24 bytes");
}

TEST_CASE("AoE query config response with a config string (-v)", "[aoe]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("ffffffffffff00112233445588a21800ffffff0100000000001000020012000568656c6c6f"), 1, o) ==
            "AoE length 23, Ver 1, Flags: [Response]\n"
            "\tMajor: 0xffff, Minor: 0xff, Command: Query Config Information, Tag: 0x00000000\n"
            "\tBuffer Count: 16, Firmware Version: 2, Sector Count: 0, AoE: 1, CCmd: test config string prefix\n"
            "\tConfig String (length 5): hello");
}

TEST_CASE("AoE MAC mask list with an error (-v)", "[aoe]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("ffffffffffff00112233445588a21c020001020200000001000102010001001122334455"), 1, o) ==
            "AoE length 22, Ver 1, Flags: [Response, Error]\n"
            "\tError: Bad argument parameter\n"
            "\tMajor: 0x0001, Minor: 0x02, Command: MAC Mask List, Tag: 0x00000001\n"
            "\tMCmd: Edit Mac Mask List, MError: Bad DCmd directive, Dir Count: 1\n"
            "\t DCmd: Add mac address to mask list, Ethernet Address: 00:11:22:33:44:55");
}

TEST_CASE("AoE reserve/release (-v)", "[aoe]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("ffffffffffff00112233445588a210000001020300000002010200112233445566778899aabb"), 1, o) ==
            "AoE length 24, Ver 1, Flags: [none]\n"
            "\tMajor: 0x0001, Minor: 0x02, Command: Reserve/Release, Tag: 0x00000002\n"
            "\tRCmd: Set reserve list, NMacs: 2\n"
            "\tEthernet Address 0: 00:11:22:33:44:55\n"
            "\tEthernet Address 1: 66:77:88:99:aa:bb");
}

TEST_CASE("AoE reserve/release with a wrong count (-v)", "[aoe]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("ffffffffffff00112233445588a2100000010203000000020103001122334455"), 1, o) ==
            "AoE length 18, Ver 1, Flags: [none]\n"
            "\tMajor: 0x0001, Minor: 0x02, Command: Reserve/Release, Tag: 0x00000002\n"
            "\tRCmd: Set reserve list, NMacs: 3 (invalid)");
}

TEST_CASE("AoE header too short (-v)", "[aoe]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("ffffffffffff00112233445588a210000001"), 1, o) ==
            "AoE length 4, Ver 1 (invalid)");
}
