// Slow Protocols printer tests (LACP, Marker, OAM). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

TEST_CASE("LACP without -v", "[slow]") {
    rd::PrintOptions o;

    REQUIRE(print_one(hex("0180c200000200112233445588090101011480000011223344550001008000053d00000002147fff66778899aabb000200800007bc0000000310003200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 1, o) ==
            "LACPv1, length 110");
}

TEST_CASE("LACP actor partner collector TLVs (-v)", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c200000200112233445588090101011480000011223344550001008000053d00000002147fff66778899aabb000200800007bc0000000310003200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 1, o) ==
            "LACPv1, length 110\n"
            "\tActor Information TLV (0x01), length 20\n"
            "\t  System 00:11:22:33:44:55, System Priority 32768, Key 1, Port 5, Port Priority 128\n"
            "\t  State Flags [Activity, Aggregation, Synchronization, Collecting, Distributing]\n"
            "\tPartner Information TLV (0x02), length 20\n"
            "\t  System 66:77:88:99:aa:bb, System Priority 32767, Key 2, Port 7, Port Priority 128\n"
            "\t  State Flags [Aggregation, Synchronization, Collecting, Distributing, Expired]\n"
            "\tCollector Information TLV (0x03), length 16\n"
            "\t  Max Delay 50\n"
            "\tTerminator TLV (0x00), length 0");
}

TEST_CASE("LACP with TLV hex dumps (-vv) and -e", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 2;
    o.eflag = true;
    REQUIRE(print_one(hex("0180c200000200112233445588090101011480000011223344550001008000053d00000002147fff66778899aabb000200800007bc0000000310003200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 1, o) ==
            "00:11:22:33:44:55 > 01:80:c2:00:00:02, ethertype Slow Protocols (0x8809), length 124: LACPv1, length 110\n"
            "\tActor Information TLV (0x01), length 20\n"
            "\t  System 00:11:22:33:44:55, System Priority 32768, Key 1, Port 5, Port Priority 128\n"
            "\t  State Flags [Activity, Aggregation, Synchronization, Collecting, Distributing]\n"
            "\t  0x0000:  8000 0011 2233 4455 0001 0080 0005 3d00\n"
            "\t  0x0010:  0000\n"
            "\tPartner Information TLV (0x02), length 20\n"
            "\t  System 66:77:88:99:aa:bb, System Priority 32767, Key 2, Port 7, Port Priority 128\n"
            "\t  State Flags [Aggregation, Synchronization, Collecting, Distributing, Expired]\n"
            "\t  0x0000:  7fff 6677 8899 aabb 0002 0080 0007 bc00\n"
            "\t  0x0010:  0000\n"
            "\tCollector Information TLV (0x03), length 16\n"
            "\t  Max Delay 50\n"
            "\t  0x0000:  0032 0000 0000 0000 0000 0000 0000\n"
            "\tTerminator TLV (0x00), length 0");
}

TEST_CASE("LACP truncated inside the partner TLV", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c200000200112233445588090101011480000011223344550001008000053d00000002147fff66778899aabb000200800007bc0000000310003200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 1, o, 46) ==
            "LACPv1, length 110\n"
            "\tActor Information TLV (0x01), length 20\n"
            "\t  System 00:11:22:33:44:55, System Priority 32768, Key 1, Port 5, Port Priority 128\n"
            "\t  State Flags [Activity, Aggregation, Synchronization, Collecting, Distributing]\n"
            "\tPartner Information TLV (0x02), length 20 [|slow]");
}

TEST_CASE("LACP unsupported version", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c200000200112233445588090102011480000011223344550001008000053d000000"), 1, o) ==
            "LACP version 2 packet not supported");
}

TEST_CASE("LACP TLV with a wrong length", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000002001122334455880901010110000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 1, o) ==
            "LACPv1, length 70\n"
            "\tActor Information TLV (0x01), length 16\n"
            "\t    ERROR: illegal length - should be 20\n"
            "\tTerminator TLV (0x00), length 0");
}

TEST_CASE("Marker information TLV (-v)", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c200000200112233445588090201011000070011223344551234567800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), 1, o) ==
            "MARKERv1, length 110\n"
            "\tMarker Information TLV (0x01), length 16\n"
            "\t  Request System 00:11:22:33:44:55, Request Port 7, Request Transaction ID 0x12345678\n"
            "\tTerminator TLV (0x00), length 0");
}

TEST_CASE("OAM information PDU (-v)", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c20000020011223344558809030050000110010002041505ee00000cdeadbeef021001000100010400001122000000010000"), 1, o) ==
            "OAM, length 38\n"
            "\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n"
            "\t  Local Information Type (1), length 16\n"
            "\t    OAM-Version 1, Revision 2\n"
            "\t    State-Parser-Action forwarding, State-MUX-Action discarding\n"
            "\t    OAM-Config Flags [Active, Remote-Loopback, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n"
            "\t    OUI Cisco (0x00000c), Vendor-Private 0xdeadbeef\n"
            "\t  Remote Information Type (2), length 16\n"
            "\t    OAM-Version 1, Revision 1\n"
            "\t    State-Parser-Action forwarding, State-MUX-Action forwarding\n"
            "\t    OAM-Config Flags [Active], OAM-PDU-Config max-PDU size 1024\n"
            "\t    OUI Unknown (0x001122), Vendor-Private 0x00000001\n"
            "\t  End of TLV marker Information Type (0), length 0");
}

TEST_CASE("OAM information PDU (-vv)", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 2;
    REQUIRE(print_one(hex("0180c20000020011223344558809030050000110010002041505ee00000cdeadbeef021001000100010400001122000000010000"), 1, o) ==
            "OAM, length 38\n"
            "\tCode Information OAM PDU, Flags [Local Stable, Remote Stable]\n"
            "\t  Local Information Type (1), length 16\n"
            "\t    OAM-Version 1, Revision 2\n"
            "\t    State-Parser-Action forwarding, State-MUX-Action discarding\n"
            "\t    OAM-Config Flags [Active, Remote-Loopback, Variable-Retrieval], OAM-PDU-Config max-PDU size 1518\n"
            "\t    OUI Cisco (0x00000c), Vendor-Private 0xdeadbeef\n"
            "\t  0x0000:  0110 0100 0204 1505 ee00 000c dead beef\n"
            "\t  Remote Information Type (2), length 16\n"
            "\t    OAM-Version 1, Revision 1\n"
            "\t    State-Parser-Action forwarding, State-MUX-Action forwarding\n"
            "\t    OAM-Config Flags [Active], OAM-PDU-Config max-PDU size 1024\n"
            "\t    OUI Unknown (0x001122), Vendor-Private 0x00000001\n"
            "\t  0x0000:  0210 0100 0100 0104 0000 1122 0000 0001\n"
            "\t  End of TLV marker Information Type (0), length 0");
}

TEST_CASE("OAM event notification (-v)", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c20000020011223344558809030001010005012800100000000000000064000000000000000a000000000000000c0000000000000020000000030000"), 1, o) ==
            "OAM, length 48\n"
            "\tCode Event Notification OAM PDU, Flags [Link Fault]\n"
            "\t  Sequence Number 5\n"
            "\t  Errored Symbol Period Event Link Event Type (1), length 40\n"
            "\t    Timestamp 1600 ms, Errored Window 100\n"
            "\t    Errored Threshold 10\n"
            "\t    Errors 12\n"
            "\t    Error Running Total 32\n"
            "\t    Event Running Total 3\n"
            "\t  End of TLV marker Link Event Type (0), length 0");
}

TEST_CASE("OAM loopback control (-v)", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c2000002001122334455880903000004010000000000000000000000000000000000000000"), 1, o) ==
            "OAM, length 25\n"
            "\tCode Loopback Control OAM PDU, Flags [none]\n"
            "\t  Command Enable OAM Remote Loopback (1)");
}

TEST_CASE("OAM variable request hex dump (-v)", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c20000020011223344558809030000020700020000"), 1, o) ==
            "OAM, length 9\n"
            "\tCode Variable Request OAM PDU, Flags [none]\n"
            "\t  0x0000:  0700 0200 00");
}

TEST_CASE("OAM information TLV past the PDU length", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c20000020011223344558809030000000130"), 1, o) ==
            "OAM, length 6\n"
            "\tCode Information OAM PDU, Flags [none]\n"
            "\t  Local Information Type (1), length 48\n"
            "\t\t packet is too short");
}

TEST_CASE("Unknown slow subtype", "[slow]") {
    rd::PrintOptions o;

    REQUIRE(print_one(hex("0180c200000200112233445588090a0102030405"), 1, o) ==
            "unknown (10), length 6\n"
            "\t0x0000:  0a01 0203 0405");
}

TEST_CASE("Slow protocols empty payload", "[slow]") {
    rd::PrintOptions o;
    o.vflag = 1;
    REQUIRE(print_one(hex("0180c20000020011223344558809"), 1, o) ==
            "\n"
            "\t\t packet is too short");
}
