// TFTP, HSRP, VRRP, BFD, PTP, SOME/IP, RESP: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("services: TFTP read request", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002a00010000ff11a7bf0a0000010a000002af8700450016e059000166696c6531006f6374657400");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 56) ==
          "IP 10.0.0.1.44935 > 10.0.0.2.69: TFTP, length 14, RRQ \"file1\" octet");
}

TEST_CASE("services: TFTP request with options", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500003500010000ff11a7b40a0000010a00000203e80045002135e3000266006e6574617363696900626c6b73697a650035313200");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 67) ==
          "IP 10.0.0.1.1000 > 10.0.0.2.69: TFTP, length 25, WRQ \"f\" netascii blksize 512");
}

TEST_CASE("services: TFTP error", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002800010000ff11a7c10a0000010a00000203e8004500148a4e000500016e6f2066696c6500");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 54) ==
          "IP 10.0.0.1.1000 > 10.0.0.2.69: TFTP, length 12, ERROR ENOTFOUND \"no file\"");
}

TEST_CASE("services: TFTP unknown error code", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002400010000ff11a7c50a0000010a00000203e800450010212f0005000962616400");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 50) ==
          "IP 10.0.0.1.1000 > 10.0.0.2.69: TFTP, length 8, ERROR tftp-err-#9 \" \"bad\"");
}

TEST_CASE("services: TFTP unknown opcode", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002000010000ff11a7c90a0000010a00000203e80045000c6f2500097878");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 46) ==
          "IP 10.0.0.1.1000 > 10.0.0.2.69: TFTP, length 4, tftp-#9");
}

TEST_CASE("services: TFTP file name without end", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002000010000ff11a7c90a0000010a00000203e80045000c864300016162");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 46) ==
          "IP 10.0.0.1.1000 > 10.0.0.2.69: TFTP, length 4, RRQ \"ab\" [|tftp]");
}

TEST_CASE("services: TFTP ack", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002000010000ff11a7c90a0000010a000002004503e8000ce79900040009");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 46) ==
          "IP 10.0.0.1.69 > 10.0.0.2.1000: TFTP, length 4, ACK block 9");
}

TEST_CASE("services: HSRP hello", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500003000010000ff11a7b90a0000010a00000207c107c1001cba53000010030a640100636973636f000000c0a80001");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 62) ==
          "IP 10.0.0.1.1985 > 10.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.168.0.1");
}

TEST_CASE("services: HSRP hello -v", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500003000010000ff11a7b90a0000010a00000207c107c1001cba53000010030a640100636973636f000000c0a80001");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 62) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 10.0.0.2.1985: HSRPv0-hello 20: state=active group=1 addr=192.168.0.1 hellotime=3s holdtime=10s priority=100 auth=\"cisco\"");
}

TEST_CASE("services: HSRP version 1", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500003000010000ff11a7b90a0000010a00000207c107c1001cb953010010030a640100636973636f000000c0a80001");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 62) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 10.0.0.2.1985: HSRPv1");
}

TEST_CASE("services: HSRP cut by the capture", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500003000010000ff11a7b90a0000010a00000207c107c1001cba53000010030a640100636973636f000000c0a80001");
    CHECK(print_one(pkt, 1, opt, 60, 62) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto UDP (17), length 48)\n    10.0.0.1.1985 > 10.0.0.2.1985: HSRPv0-hello 20: state=active group=1  [|hsrp]");
}

TEST_CASE("services: VRRPv2 -v", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500003000010000ff70d0ef0a00005be0000012212abf03010a00000a042a010a042a020a042a036162636465666768");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 62) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 48)\n    10.0.0.91 > 224.0.0.18: VRRPv2, Advertisement, vrid 42, prio 191, authtype simple, intvl 10s, length 28, (bad vrrp cksum 0), addrs(3): 10.4.42.1,10.4.42.2,10.4.42.3 auth \"abcdefgh\"");
}

TEST_CASE("services: VRRPv2 low ttl", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb001122334455080045000030000100000370ccf00a00005be0000012212abf03010a00000a042a010a042a020a042a036162636465666768");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 62) ==
          "IP 10.0.0.91 > 224.0.0.18: VRRPv2, Advertisement, (ttl 3), vrid 42, prio 191, authtype simple, intvl 10s, length 28");
}

TEST_CASE("services: VRRPv3", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500002000010000ff70d0ff0a00005be0000012312cbf0103e800000a042c64");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 46) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 32)\n    10.0.0.91 > 224.0.0.18: VRRPv3, Advertisement, vrid 44, prio 191, intvl 1000cs, length 12, (bad vrrp cksum 0), addrs: 10.4.44.100");
}

TEST_CASE("services: BFD lag", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500003400010000ff11a7b50a0000010a000002c8371a80002064e620c003180de6083700000000000f4240000493e0000493e0");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 66) ==
          "IP 10.0.0.1.51255 > 10.0.0.2.6784: BFDv1, Lag, State Up, Flags: [none], length: 24");
}

TEST_CASE("services: BFD lag -v", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500003400010000ff11a7b50a0000010a000002c8371a80002064e620c003180de6083700000000000f4240000493e0000493e0");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 66) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto UDP (17), length 52)\n    10.0.0.1.51255 > 10.0.0.2.6784: BFDv1, length: 24\n\tLag, State Up, Flags: [none], Diagnostic: No Diagnostic (0x00)\n\tDetection Timer Multiplier: 3 (3000 ms Detection time), BFD Length: 24\n\tMy Discriminator: 0x0de60837, Your Discriminator: 0x00000000\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:    300 ms\n\t  Required min Echo Interval:  300 ms");
}

TEST_CASE("services: BFD control with SHA1 auth -v", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500005000010000ff11a7990a0000010a00000204000ec8003cc28420c405340000000100000000000f4240000f424000000000051c0200000000050102030405060708090a0b0c0d0e0f1011121314");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 94) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto UDP (17), length 80)\n    10.0.0.1.1024 > 10.0.0.2.3784: BFDv1, length: 52\n\tControl, State Up, Flags: [Authentication Present], Diagnostic: No Diagnostic (0x00)\n\tDetection Timer Multiplier: 5 (5000 ms Detection time), BFD Length: 52\n\tMy Discriminator: 0x00000001, Your Discriminator: 0x00000000\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   1000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Meticulous Keyed SHA1 (5), length: 28\n\t  Auth Key ID: 2, Sequence Number: 0x00000005\n\t  Hash: 0102030405060708090a0b0c0d0e0f1011121314");
}

TEST_CASE("services: BFD echo -v", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500002000010000ff11a7c90a0000010a00000204000ec9000cd50401020304");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 46) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto UDP (17), length 32)\n    10.0.0.1.1024 > 10.0.0.2.3785: BFD, Echo, length: 4\n\t0x0000:  0102 0304");
}

TEST_CASE("services: BFD cut by the capture", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 1;
    const auto pkt = hex("66778899aabb00112233445508004500005000010000ff11a7990a0000010a00000204000ec8003cc28420c405340000000100000000000f4240000f424000000000051c0200000000050102030405060708090a0b0c0d0e0f1011121314");
    CHECK(print_one(pkt, 1, opt, 72, 94) ==
          "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto UDP (17), length 80)\n    10.0.0.1.1024 > 10.0.0.2.3784: BFDv1, length: 52\n\tControl, State Up, Flags: [Authentication Present], Diagnostic: No Diagnostic (0x00)\n\tDetection Timer Multiplier: 5 (5000 ms Detection time), BFD Length: 52\n\tMy Discriminator: 0x00000001, Your Discriminator: 0x00000000\n\t  Desired min Tx Interval:    1000 ms\n\t  Required min Rx Interval:   1000 ms\n\t  Required min Echo Interval:    0 ms\n\tAuthentication: Meticulous Keyed SHA1 (5), length: 28\n\t  Auth Key ID: 2 [|bfd]");
}

TEST_CASE("services: PTP delay request", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500004800010000ff11a7a10a0000010a000002013f013f003486270102002c000002000000000000000000000000007cfe90fffef950b400010084017f00000000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 86) ==
          "IP 10.0.0.1.319 > 10.0.0.2.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0, clock identity : 0x7cfe90fffef950b4, port id : 1, seq id : 132, control : 1 (Delay_Req), log message interval : 127, originTimeStamp : 0 seconds, 0 nanoseconds");
}

TEST_CASE("services: PTP cut by the capture", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500004800010000ff11a7a10a0000010a000002013f013f003486270102002c000002000000000000000000000000007cfe90fffef950b400010084017f00000000000000000000");
    CHECK(print_one(pkt, 1, opt, 62, 86) ==
          "IP 10.0.0.1.319 > 10.0.0.2.319: PTPv2, v1 compat : no, msg type : delay req msg, length : 44, domain : 0, reserved1 : 0, Flags [two step], NS correction : 0, sub NS correction : 0, reserved2 : 0 [|ptp]");
}

TEST_CASE("services: PTP version 1", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500004600010000ff11a7a30a0000010a000002014001400032e906000100000000000000000000000000000000000000000000000000000000000000000000000000000000");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 84) ==
          "IP 10.0.0.1.320 > 10.0.0.2.320: PTPv1 (not implemented)");
}

TEST_CASE("services: SOME/IP notification", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002c00010000ff11a7bd0a0000010a000002771a7b020018755dffff8100000000400000000001010200");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 58) ==
          "IP 10.0.0.1.30490 > 10.0.0.2.31490: SOMEIP, service 65535, event 256, len 64, client 0, session 0, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n");
}

TEST_CASE("services: SOME/IP unknown return code", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002c00010000ff11a7bd0a0000010a000002dac1771a0018179300010002000000080008000501018133");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 58) ==
          "IP 10.0.0.1.56001 > 10.0.0.2.30490: SOMEIP, service 1, method 2, len 8, client 8, session 5, pver 1, iver 1, msgtype ERROR, retcode Unknown\n");
}

TEST_CASE("services: RESP array", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500004600010000400666af0a0000010a0000028c5e18eb000000010000000150180064317d00002a330d0a24330d0a7365740d0a24340d0a746573740d0a24310d0a310d0a");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 84) ==
          "IP 10.0.0.1.35934 > 10.0.0.2.6379: Flags [P.], seq 1:31, ack 1, win 100, length 30: RESP \"set\" \"test\" \"1\"");
}

TEST_CASE("services: RESP inline and errors", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500004600010000400666af0a0000010a0000028c5e18eb0000000100000001501800641eef000050494e470d0a50494e470d0a2d45525220780d0a3a31320d0a2b4f4b0d0a");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 84) ==
          "IP 10.0.0.1.35934 > 10.0.0.2.6379: Flags [P.], seq 1:31, ack 1, win 100, length 30: RESP \"PING\" \"PING\" \"ERR x\" \"12\" \"OK\"");
}

TEST_CASE("services: RESP null, empty and bad lengths", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500004700010000400666ae0a0000010a0000028c5e18eb0000000100000001501800641bad0000242d310d0a2a300d0a242d32300d0a2a39393939393939393939390d0a2478");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 85) ==
          "IP 10.0.0.1.35934 > 10.0.0.2.6379: Flags [P.], seq 1:32, ack 1, win 100, length 31: RESP null empty length negative and not -1 length too large invalid");
}

TEST_CASE("services: RESP ends without CRLF", "[dissect][services]") {
    PrintOptions opt; opt.vflag = 0;
    const auto pkt = hex("66778899aabb00112233445508004500002b00010000400666ca0a0000010a00000218eb8c5e0000000100000001501800647fc800002b4f4b");
    CHECK(print_one(pkt, 1, opt, UINT32_MAX, 57) ==
          "IP 10.0.0.1.6379 > 10.0.0.2.35934: Flags [P.], seq 1:4, ack 1, win 100, length 3: RESP [|resp]");
}
