// L2TPv2 control AVPs and data messages, L2F and unknown versions on UDP 1701.
// Expected strings are what tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("l2tp: SCCRQ control message with common AVPs", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000730000000040118e43c0000201c633640206a506a5005f0f4ec80200570005"
                         "00000001000280080000000000018008000000020100800a0000000300000003800a0000000400000001800d00000007"
                         "6c6163016f6e65800800000009000580080000000a0004000a0000000876656e64");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(D) *HOST_NAME(lac^Aone) *ASSND_TUN_ID(5) *RECV_WIN_SIZE(4) VENDOR_NAME(vend)");
}

TEST_CASE("l2tp: SCCRQ at -v", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000730000000040118e43c0000201c633640206a506a5005f0f4ec80200570005"
                         "00000001000280080000000000018008000000020100800a0000000300000003800a0000000400000001800d00000007"
                         "6c6163016f6e65800800000009000580080000000a0004000a0000000876656e64");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 115)\n    192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ) *PROTO_VER(1.0) *FRAMING_CAP(AS) *BEARER_CAP(D) *HOST_NAME(lac^Aone) *ASSND_TUN_ID(5) *RECV_WIN_SIZE(4) VENDOR_NAME(vend)");
}

TEST_CASE("l2tp: CDN with result code, Q.931 cause and PPP disconnect cause", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e00530208004500005c0000000040118e5ac0000201c63364029c4006a50048f1ffc80200400005"
                         "000000010002800800000000000e800d000000010003000062796580080000000e000780090000000c001005800e0000"
                         "002e0001c02102776879");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.40000 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(CDN) *RESULT_CODE(3/0 bye) *ASSND_SESS_ID(7) *Q931_CC(16, 05) *PPP_DISCON_CC(0001, c021 at local why)");
}

TEST_CASE("l2tp: ICCN with speeds, proxy authentication, ACCM and call errors", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e00530208004500009c0000000040118e1ac0000201c633640206a59c4100884f9cc80200800005"
                         "000000010002800800000000000c800a0000001800001000800a000000130000000180080000001d000280090000001e"
                         "626f62800800000020000780100000002300000000000000000000802000000022000000000000000000000000000000"
                         "0000000000000000000000800600000027800900000024010203");
    REQUIRE(print_one(pkt, 1, opts("vv")) ==
            "IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto UDP (17), length 156)\n    192.0.2.1.1701 > 198.51.100.2.40001: [udp sum ok]  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(ICCN) *TX_CONN_SPEED(4096) *FRAMING_TYPE(S) *PROXY_AUTH_TYPE(CHAP) *PROXY_AUTH_NAME(bob) *PROXY_AUTH_ID(7) *ACCM(send=00000000 recv=00000000 ) *CALL_ERRORS(CRCErr=0 FrameErr=0 HardOver=0 BufOver=0 Timeout=0 AlignErr=0 ) *SEQ_REQUIRED() *RANDOM_VECTOR(010203)");
}

TEST_CASE("l2tp: hidden, vendor-specific and unknown AVPs", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000510000000040118e65c0000201c633640206a506a5003d2d24c80200350005"
                         "0000000100028008000000000006c00c00000007736563726574800800090022010280070000006378800600000014");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(HELLO) *\?HOST_NAME(\?\?\?) *VENDOR0009:ATTR0022(0102) *AVP-#99() *PACKET_PROC_DELAY(obsolete)");
}

TEST_CASE("l2tp: AVP values too short for their type", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000570000000040118e5fc0000201c633640206a506a50043cd6dc802003b0005"
                         "00000001000280070000000000800900000001000100800c00000022000000000001800a0000002e0001000280090000"
                         "0005313233");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(AVP too short) *RESULT_CODE(1 AVP too short) *CALL_ERRORS(CRCErr=1 AVP too short) *PPP_DISCON_CC(AVP too short) *TIE_BREAKER(AVP too short)");
}

TEST_CASE("l2tp: ZLB acknowledgement", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000280000000040118e8ec0000201c633640206a506a500143e2ec802000c0005"
                         "000000010002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 ZLB");
}

TEST_CASE("l2tp: data message carries a PPP frame", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000300000000040118e86c0000201c633640206a506a5001cfde1400200120007"
                         "0008ff03c0210901000800000001");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[L](7/8) {LCP, Echo-Request (0x09), id 1, length 8}");
}

TEST_CASE("l2tp: data message with offset padding over IPv6", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e00530286dd600000000032114020010db800000000000000000000000120010db8000000000000"
                         "00000000000206a506a50032252f02020001000200027070ff0300214500001c0000000040018eaac0000201c6336402"
                         "0800f7ff00000000");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IP6 (hlim 64, next-header UDP (17) payload length: 50) 2001:db8::1.1701 > 2001:db8::2.1701: [udp sum ok]  l2tp:[O](1/2) {IP (tos 0x0, ttl 64, id 0, offset 0, flags [none], proto ICMP (1), length 28)\n    192.0.2.1 > 198.51.100.2: ICMP echo request, id 0, seq 0, length 8}");
}

TEST_CASE("l2tp: L2F version", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000200000000040118e96c0000201c633640206a506a5000c065400010000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2f:");
}

TEST_CASE("l2tp: unknown version", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000200000000040118e96c0000201c633640206a506a5000c065200030000");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  Unknown Version, neither L2F(1) nor L2TP(2)");
}

TEST_CASE("l2tp: control message without length", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000220000000040118e94c0000201c633640206a506a5000e864b800200010002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[T](1/2) No length");
}

TEST_CASE("l2tp: length field larger than the packet", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000240000000040118e92c0000201c633640206a506a50010c61f400200280001"
                         "0002");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[L](1/2) Length 40 larger than packet");
}

TEST_CASE("l2tp: length field smaller than the header", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000300000000040118e86c0000201c633640206a506a5001cbe18c80200080005"
                         "0000000100028008000000000001");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 Length 8 smaller than header length");
}

TEST_CASE("l2tp: AVP length below its header ends the list", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000380000000040118e7ec0000201c633640206a506a50024dc87c802001c0005"
                         "00000001000280080000000000018003000000076162");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ)  [|l2tp]");
}

TEST_CASE("l2tp: AVP longer than the message ends the list", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e00530208004500003c0000000040118e7ac0000201c633640206a506a50028138cc80200200005"
                         "0000000100028008000000000001802800000007616263646566");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ)  [|l2tp]");
}

TEST_CASE("l2tp: capture cut inside an AVP", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000730000000040118e43c0000201c633640206a506a5005f0f4ec80200570005"
                         "00000001000280080000000000018008000000020100800a0000000300000003800a0000000400000001800d00000007"
                         "6c6163016f6e65800800000009000580080000000a0004000a0000000876656e64");
    REQUIRE(print_one(pkt, 1, opts(""), 67) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS](5/0)Ns=1,Nr=2 *MSGTYPE(SCCRQ)  [|l2tp]");
}

TEST_CASE("l2tp: capture cut inside the tunnel id", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000730000000040118e43c0000201c633640206a506a5005f0f4ec80200570005"
                         "00000001000280080000000000018008000000020100800a0000000300000003800a0000000400000001800d00000007"
                         "6c6163016f6e65800800000009000580080000000a0004000a0000000876656e64");
    REQUIRE(print_one(pkt, 1, opts(""), 47) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[TLS] [|l2tp]");
}

TEST_CASE("l2tp: offset padding past the capture", "[l2tp]") {
    const auto pkt = hex("00005e00530100005e0053020800450000280000000040118e8ec0000201c633640206a506a500143f39020200010002"
                         "004061626364");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IP 192.0.2.1.1701 > 198.51.100.2.1701:  l2tp:[O](1/2) [|l2tp]");
}
