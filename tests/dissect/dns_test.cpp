// DNS printer: hand-built messages in Ethernet/IPv4/UDP (or TCP) frames, printed through
// the whole pipeline. Each expected text is what tcpdump 4.99.3 prints for the same
// frame (`tcpdump -t -n [-v..] [-x]`).
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "print_helpers.hpp"

namespace {

using rd::test::hex;

constexpr uint32_t kEthernet = 1;

uint16_t ip_checksum(const std::vector<uint8_t>& f, size_t off) {
    uint32_t sum = 0;
    for (size_t i = 0; i < 20; i += 2) sum += uint32_t{f[off + i]} << 8 | f[off + i + 1];
    while (sum >> 16) sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<uint16_t>(~sum);
}

void put16(std::vector<uint8_t>& f, uint16_t v) {
    f.push_back(static_cast<uint8_t>(v >> 8));
    f.push_back(static_cast<uint8_t>(v));
}

// 00:06:07:08:09:0a > 00:01:02:03:04:05, 1.2.3.4 > 5.6.7.8 (id 1, ttl 64), then a UDP
// header (checksum 0) or a TCP header (seq 1, ack 1, [P.], win 8192) and the payload.
std::vector<uint8_t> frame(const std::string& payload_hex, bool tcp, uint16_t sport, uint16_t dport) {
    const auto payload = hex(payload_hex);
    std::vector<uint8_t> f = hex("000102030405 00060708090a 0800");
    const size_t l4len = (tcp ? 20 : 8) + payload.size();
    const size_t ip = f.size();
    f.push_back(0x45);
    f.push_back(0);
    put16(f, static_cast<uint16_t>(20 + l4len));
    put16(f, 1);
    put16(f, 0);
    f.push_back(64);
    f.push_back(tcp ? 6 : 17);
    put16(f, 0);
    for (uint8_t b : {1, 2, 3, 4, 5, 6, 7, 8}) f.push_back(b);
    const uint16_t sum = ip_checksum(f, ip);
    f[ip + 10] = static_cast<uint8_t>(sum >> 8);
    f[ip + 11] = static_cast<uint8_t>(sum);
    put16(f, sport);
    put16(f, dport);
    if (tcp) {
        for (uint8_t b : {0, 0, 0, 1, 0, 0, 0, 1, 0x50, 0x18, 0x20, 0, 0, 0, 0, 0}) f.push_back(b);
    } else {
        put16(f, static_cast<uint16_t>(l4len));
        put16(f, 0);
    }
    f.insert(f.end(), payload.begin(), payload.end());
    return f;
}

std::vector<uint8_t> udp_dns(const std::string& msg) { return frame(msg, false, 1234, 53); }
std::vector<uint8_t> tcp_dns(const std::string& segment) { return frame(segment, true, 1234, 53); }
std::vector<uint8_t> mdns(const std::string& msg) { return frame(msg, false, 5353, 5353); }

// The frame's text at -v level v, optionally cut to caplen bytes and with -x.
std::string text(const std::vector<uint8_t>& f, int v, uint32_t caplen = UINT32_MAX, bool xflag = false) {
    rd::PrintOptions o;
    o.vflag = v;
    o.xflag = xflag ? 1 : 0;
    return rd::test::print_one(f, kEthernet, o, caplen);
}

}  // namespace

TEST_CASE("dns: query: id, RD, question, EDNS count", "[dns]") {
    const auto f = udp_dns(
        "593401000001000000000001037777770774637064756d70036f72670000010001000029100000000000000c"
        "000a000842f5d00996f90b13");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 22836+ [1au] A? www.tcpdump.org. (56)");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)\n    1.2.3.4.1234 > 5.6.7.8.53: 22836+ [1au] A? www.tcpdump.org. (56)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 84)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 22836+ [1au] A? www.tcpdump.org. ar: . OPT UDPsize=4096 [COOKIE 42f5d00996f90b13] (56)");
}

TEST_CASE("dns: response flags: authoritative, no recursion available, truncated, authentic data", "[dns]") {
    const auto f = udp_dns("000586200001000000000000016101620000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 5*-|$ 0/0/0 (21)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 49)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 5*-|$ q: A? a.b. 0/0/0 (21)");
}

TEST_CASE("dns: query flags: checking disabled and unexpected bits", "[dns]") {
    const auto f = udp_dns("000605930001000000000000016101620000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 6+% [b2&3=0x593] A? a.b. (21)");
}

TEST_CASE("dns: query counts: answers, no question, authority, additional", "[dns]") {
    const auto f = udp_dns("000800000000000200010003");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 8 [2a] [0q] [1n] [3au] (12)");
}

TEST_CASE("dns: inverse query counts", "[dns]") {
    const auto f = udp_dns("0009080000000001000000000161016200000100010000003c000401020304");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 9 inv_q (31)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 59)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 9 inv_q a.b. A 1.2.3.4 (31)");
}

TEST_CASE("dns: opcodes in responses", "[dns]") {
    const auto f = udp_dns("000aa8000000000000000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 10 update- [0q] 0/0/0 (12)");
}

TEST_CASE("dns: opcode zoneRef and rcode NoChange", "[dns]") {
    const auto f = udp_dns("000bf80f000100000000000001610000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 11 zoneRef NoChange- 0/0/0 (19)");
}

TEST_CASE("dns: extended rcode from OPT: BadVers", "[dns]") {
    const auto f = udp_dns("000c80000001000000000001016100000100010000291000010000000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 12 BadVers- 0/0/1 (30)");
}

TEST_CASE("dns: extended rcode 17 prints without a leading space", "[dns]") {
    const auto f = udp_dns("000d80010001000000000001016100000100010000291000010000000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 13Resp17- 0/0/1 (30)");
}

TEST_CASE("dns: extended rcode BadCookie and an unnamed one", "[dns]") {
    const auto f = udp_dns("000e80070001000000000001016100000100010000291000010000000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 14 BadCookie- 0/0/1 (30)");
}

TEST_CASE("dns: extended rcode beyond the table", "[dns]") {
    const auto f = udp_dns("000f800f0001000000000001016100000100010000291000ff0000000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 15 Resp4095- 0/0/1 (30)");
}

TEST_CASE("dns: multiple questions in a response", "[dns]") {
    const auto f = udp_dns("0010818000020000000000000161016200000100010163016400001c0001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 16 [2q], 0/0/0 (30)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 16 [2q] q: A? a.b., q: AAAA? c.d. 0/0/0 (30)");
}

TEST_CASE("dns: response: sections by verbosity, compressed names, TTLs", "[dns]") {
    const auto f = udp_dns(
        "431984000001000200010002037777770774637064756d70036f72670000010001c00c000100010000003c00"
        "04c08b2e42c00c000100010000003c0004c6c75868c01000020001000151800010026e730774637064756d70"
        "036f726700c010001c000100001c2000102607f0b0000f00000000000000babef00000291000000000000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 17177*- 2/1/2 A 192.139.46.66, A 198.199.88.104 (132)");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 160)\n    1.2.3.4.1234 > 5.6.7.8.53: 17177*- 2/1/2 www.tcpdump.org. A 192.139.46.66, www.tcpdump.org. A 198.199.88.104 (132)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 160)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 17177*- q: A? www.tcpdump.org. 2/1/2 www.tcpdump.org. A 192.139.46.66, www.tcpdump.org. A 198.199.88.104 ns: tcpdump.org. NS ns.tcpdump.org. ar: tcpdump.org. AAAA 2607:f0b0:f::ba:bef0, . OPT UDPsize=4096 (132)");
    CHECK(text(f, 3) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 160)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 17177*- q: A? www.tcpdump.org. 2/1/2 www.tcpdump.org. [1m] A 192.139.46.66, www.tcpdump.org. [1m] A 198.199.88.104 ns: tcpdump.org. [1d] NS ns.tcpdump.org. ar: tcpdump.org. [2h] AAAA 2607:f0b0:f::ba:bef0, . OPT UDPsize=4096 (132)");
}

TEST_CASE("dns: TTL formatting across units", "[dns]") {
    const auto f = udp_dns(
        "0012818000010003000000000161000001000101610000010001000000000004010203040161000001000100"
        "000e4d00040102030401610000010001ffffffff000401020304");
    CHECK(text(f, 3) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 98)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 18 q: A? a. 3/0/0 a. [0s] A 1.2.3.4, a. [1h1m1s] A 1.2.3.4, a. [136y10w6h28m15s] A 1.2.3.4 (70)");
}

TEST_CASE("dns: class other than IN on questions and records", "[dns]") {
    const auto f = udp_dns("00138180000100010000000001610000100003016100001000ff000000050003026869");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 19 1/0/0 ANY TXT \"hi\" (35)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 63)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 19 q: TXT CHAOS? a. 1/0/0 a. ANY TXT \"hi\" (35)");
}

TEST_CASE("dns: query at -vv prints answers, authority and additional records", "[dns]") {
    const auto f = udp_dns(
        "0014010000010001000100010161000001000101610000010001000000010004010203040161000002000100"
        "0000010006026e73016100016100000500010000000100050163016100");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 20+ [1a] [1n] [1au] A? a. (73)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 101)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 20+ [1a] [1n] [1au] A? a. a. A 1.2.3.4 ns: a. NS ns.a. ar: a. CNAME c.a. (73)");
}

TEST_CASE("dns: NS, CNAME, PTR and DNAME records print their target", "[dns]") {
    const auto f = udp_dns(
        "00158180000100040000000001610000ff000101610000020001000000010006026e73016100016100000500"
        "010000000100050163016100016100000c000100000001000501700161000161000027000100000001000501"
        "64016100");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 4/0/0 NS ns.a., CNAME c.a., PTR p.a., DNAME d.a. (92)");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 120)\n    1.2.3.4.1234 > 5.6.7.8.53: 21 4/0/0 a. NS ns.a., a. CNAME c.a., a. PTR p.a., a. DNAME d.a. (92)");
}

TEST_CASE("dns: SOA fields only with -v", "[dns]") {
    const auto f = udp_dns(
        "00158180000100010000000001610000ff000101610000060001000000010022026e7301610004686f737401"
        "610078a3f17500000e1000000258000151800000012c");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 SOA (66)");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 94)\n    1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 a. SOA ns.a. host.a. 2024010101 3600 600 86400 300 (66)");
}

TEST_CASE("dns: MX preference follows the exchange", "[dns]") {
    const auto f = udp_dns(
        "00158180000100010000000001610000ff0001016100000f0001000000010008000a026d78016100");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 MX mx.a. 10 (40)");
}

TEST_CASE("dns: TXT strings are quoted and escaped", "[dns]") {
    const auto f = udp_dns(
        "00158180000100010000000001610000ff0001016100001000010000000100120b763d73706631202d616c6c"
        "0004612201ff");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 TXT \"v=spf1 -all\" \"\" \"a\"^AM-^?\" (50)");
}

TEST_CASE("dns: SRV prints target:port priority weight", "[dns]") {
    const auto f = udp_dns(
        "00158180000100010000000001610000ff0001045f736970045f7463700161000021000100000001000d0001"
        "000213c403736970016100");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 SRV sip.a.:5060 1 2 (55)");
}

TEST_CASE("dns: AAAA addresses, embedded IPv4 forms", "[dns]") {
    const auto f = udp_dns(
        "00158180000100020000000001610000ff0001016100001c000100000001001020010db80000000000000000"
        "00000001016100001c000100000001001000000000000000000000ffff01020304");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 2/0/0 AAAA 2001:db8::1, AAAA ::ffff:1.2.3.4 (77)");
}

TEST_CASE("dns: A6 with prefix lengths 0, 64, 128 and a bad one", "[dns]") {
    const auto f = udp_dns(
        "00158180000100040000000001610000ff000101610000260001000000010011000102030405060708090a0b"
        "0c0d0e0f100161000026000100000001000e4001020304050607080170016100016100002600010000000100"
        "068001700161000161000026000100000001000181");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 4/0/0 A6 0 102:304:506:708:90a:b0c:d0e:f10, A6 64 ::102:304:506:708 p.a., A6 p.a., A6 129(bad plen) (109)");
}

TEST_CASE("dns: URI priority, weight and target", "[dns]") {
    const auto f = udp_dns(
        "00158180000100010000000001610000ff0001055f687474700161000100000100000001001c000a00056874"
        "74703a2f2f7777772e646e732e746573743a38303030");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 URI 10 5 http://www.dns.test:8000 (66)");
}

TEST_CASE("dns: UNSPECA prints its text", "[dns]") {
    const auto f = udp_dns("00158180000100010000000001610000ff00010161000068000100000001000668656c6c6f01");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 UNSPECAhello^A (38)");
}

TEST_CASE("dns: TSIG fields with -v", "[dns]") {
    const auto f = udp_dns(
        "00158180000100010000000001610000ff000101610000fa00ff0000000000210b686d61632d736861323536"
        "00000060000000012c000401020304004d00120000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 ANY TSIG (65)");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 93)\n    1.2.3.4.1234 > 5.6.7.8.53: 21 1/0/0 a. ANY TSIG hmac-sha256. fudge=300 maclen=4 origid=77 error=18 otherlen=0 (65)");
}

TEST_CASE("dns: DNSSEC and unknown types print only their name", "[dns]") {
    const auto f = udp_dns(
        "00158180000100050000000001610000ff0001016100002e0001000000010014000000000000000000000000"
        "00000000000000000161000030000100000001000401010308016100002b0001000000010008000000000000"
        "0000016100002f00010000000100050162016100016100ff00000100000001000378797a");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 21 5/0/0 RRSIG, DNSKEY, DS, NSEC, Type65280 (124)");
}

TEST_CASE("dns: OPT with DO and no options", "[dns]") {
    const auto f = udp_dns(
        "001e01000001000000000001076578616d706c6503636f6d000001000100002904d0000080000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 30+ [1au] A? example.com. (40)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 68)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 30+ [1au] A? example.com. ar: . OPT UDPsize=1232 DO (40)");
}

TEST_CASE("dns: EDNS client subnet: IPv4, IPv6 and invalid ones", "[dns]") {
    const auto f = udp_dns(
        "001e01000001000000000001076578616d706c6503636f6d0000010001000029100000000000003100080007"
        "00011800c00002000800110002640020010db885a3000000008a2e000008000200030008000700011900c000"
        "02");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 117)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 30+ [1au] A? example.com. ar: . OPT UDPsize=4096 [ECS 192.0.2.0/24/0,ECS 2001:db8:85a3::8a2e:0:0/100/0,ECS  (invalid),ECS  (invalid)] (89)");
}

TEST_CASE("dns: EDNS cookies: client only, client and server, bad length", "[dns]") {
    const auto f = udp_dns(
        "001e01000001000000000001076578616d706c6503636f6d00000100010000291000000000000035000a0008"
        "0001020304050607000a0018000102030405060708090a0b0c0d0e0f1011121314151617000a000900010203"
        "0405060708");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 121)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 30+ [1au] A? example.com. ar: . OPT UDPsize=4096 [COOKIE 0001020304050607,COOKIE 0001020304050607 08090a0b0c0d0e0f1011121314151617,COOKIE  (invalid)] (93)");
}

TEST_CASE("dns: EDNS NSID, padding, keepalive, expire, key tags", "[dns]") {
    const auto f = udp_dns(
        "001e01000001000000000001076578616d706c6503636f6d0000010001000029100000000000002d00030003"
        "6e7331000c000700000000000000000b000204d20009000400000e10000e00044f664a5c000b000101");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 113)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 30+ [1au] A? example.com. ar: . OPT UDPsize=4096 [NSID 6e7331,PADDING (7),KEEPALIVE 123.4 sec,EXPIRE 3600 sec,KEY-TAG 20326 19036,KEEPALIVE  (invalid)] (85)");
}

TEST_CASE("dns: EDNS algorithm lists", "[dns]") {
    const auto f = udp_dns(
        "001e01000001000000000001076578616d706c6503636f6d0000010001000029100000000000001500050004"
        "080d04fd00060003010209000700020102");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 89)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 30+ [1au] A? example.com. ar: . OPT UDPsize=4096 [DAU RSASHA256 ECDSAP256SHA256 Alg_4 PRIVATEDNS,DHU SHA-1 SHA-256 Alg_9,N3U SHA-1 Alg_2] (61)");
}

TEST_CASE("dns: EDNS CHAIN name and unknown options", "[dns]") {
    const auto f = udp_dns(
        "001e01000001000000000001076578616d706c6503636f6d0000010001000029100000000000001f000d0011"
        "03666f6f076578616d706c6503636f6d0000630002abcd00020000");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 99)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 30+ [1au] A? example.com. ar: . OPT UDPsize=4096 [CHAIN foo.example.com.,Opt99 abcd,UL] (71)");
}

TEST_CASE("dns: EDNS option running past the record", "[dns]") {
    const auto f = udp_dns("001f01000001000000000001016100000100010000290200000000000006000300096162");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 31+ [1au] A? a. ar: . OPT UDPsize=512 [NSID [|domain]");
}

TEST_CASE("dns: compression pointer loops are refused", "[dns]") {
    const auto f = udp_dns("00288180000100010000000001610000010001c01d0001000100000001000401020304");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 63)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 40 q: A? a. 1/0/0 <BAD PTR> [|domain]");
}

TEST_CASE("dns: forward compression pointer", "[dns]") {
    const auto f = udp_dns(
        "0029010000010000000000000161c020000100010000000000000000000000000000000000000000");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 41+ A? a.<BAD PTR> [|domain]");
}

TEST_CASE("dns: pointer to a pointer to a name", "[dns]") {
    const auto f = udp_dns(
        "002a818000010002000000000178076578616d706c6500000100010179c00c00050001000000010002c01dc0"
        "1d0001000100000001000401020304");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 87)\n    1.2.3.4.1234 > 5.6.7.8.53: 42 2/0/0 y.x.example. CNAME x.example., x.example. A 1.2.3.4 (59)");
}

TEST_CASE("dns: unknown extended label type", "[dns]") {
    const auto f = udp_dns("002b81800000000100000000016142000001000100000001000401020304");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 43 [0q] 1/0/0 (30)");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n    1.2.3.4.1234 > 5.6.7.8.53: 43 [0q] 1/0/0 a.<ELT 2> [|domain]");
}

TEST_CASE("dns: reserved label type", "[dns]") {
    const auto f = udp_dns("002b81800000000100000000016280000001000100000001000401020304");
    CHECK(text(f, 1) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 58)\n    1.2.3.4.1234 > 5.6.7.8.53: 43 [0q] 1/0/0 b.<BAD LABEL TYPE> [|domain]");
}

TEST_CASE("dns: bit-string labels", "[dns]") {
    const auto f = udp_dns(
        "002c01000001000000000000410cabcd4105f84100000102030405060708090a0b0c0d0e0f10111213141516"
        "1718191a1b1c1d1e1f016100000c0001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 44+ PTR? \\[xabc/12].\\[xf8/5].\\[x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f/256].a. (60)");
}

TEST_CASE("dns: name over 255 characters", "[dns]") {
    const auto f = udp_dns(
        "002d010000010000000000003f78787878787878787878787878787878787878787878787878787878787878"
        "78787878787878787878787878787878787878787878787878787878787878783f7878787878787878787878"
        "7878787878787878787878787878787878787878787878787878787878787878787878787878787878787878"
        "78787878787878783f7878787878787878787878787878787878787878787878787878787878787878787878"
        "787878787878787878787878787878787878787878787878787878783f787878787878787878787878787878"
        "7878787878787878787878787878787878787878787878787878787878787878787878787878787878787878"
        "787878783f787878787878787878787878787878787878787878787878787878787878787878787878787878"
        "7878787878787878787878787878787878787878787878780000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 45+ A? xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.<DOMAIN NAME TOO LONG> (337)");
}

TEST_CASE("dns: label bytes escaped", "[dns]") {
    const auto f = udp_dns("002e0100000100000000000005612e007fe10000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 46+ A? a.^@^?M-a. (23)");
}

TEST_CASE("dns: capture ends inside the header", "[dns]") {
    const auto f = udp_dns("003201000001000000000000037777770774637064756d70036f72670000010001");
    CHECK(text(f, 0, 49, true) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53:  [|domain]\n\t0x0000:  4500 003d 0001 0000 4011 6a9c 0102 0304\n\t0x0010:  0506 0708 04d2 0035 0029 0000 0032 0100\n\t0x0020:  0001 00");
}

TEST_CASE("dns: capture ends inside a question name", "[dns]") {
    const auto f = udp_dns("003201000001000000000000037777770774637064756d70036f72670000010001");
    CHECK(text(f, 0, 62, true) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 50+ [|domain]\n\t0x0000:  4500 003d 0001 0000 4011 6a9c 0102 0304\n\t0x0010:  0506 0708 04d2 0035 0029 0000 0032 0100\n\t0x0020:  0001 0000 0000 0000 0377 7777 0774 6370");
}

TEST_CASE("dns: capture ends inside an answer", "[dns]") {
    const auto f = udp_dns(
        "431984000001000200010002037777770774637064756d70036f72670000010001c00c000100010000003c00"
        "04c08b2e42c00c000100010000003c0004c6c75868c01000020001000151800010026e730774637064756d70"
        "036f726700c010001c000100001c2000102607f0b0000f00000000000000babef00000291000000000000000");
    CHECK(text(f, 0, 112) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 17177*- 2/1/2 A 192.139.46.66, A 198.199.88.104 (132)");
    CHECK(text(f, 2, 112) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 160)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 17177*- q: A? www.tcpdump.org. 2/1/2 www.tcpdump.org. A 192.139.46.66, www.tcpdump.org. A 198.199.88.104 ns: tcpdump.org. [|domain]");
}

TEST_CASE("dns: capture ends inside a bit-string label (whole packet truncated)", "[dns]") {
    const auto f = udp_dns("00338180000000010000000041400000000000000000000001000100000001000401020304");
    CHECK(text(f, 1, 58, true) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 65)\n    1.2.3.4.1234 > 5.6.7.8.53: 51 [0q] 1/0/0 \\[x0000 [|domain]\n\t0x0000:  0001 0203 0405 0006 0708 090a 0800 4500\n\t0x0010:  0041 0001 0000 4011 6a98 0102 0304 0506\n\t0x0020:  0708 04d2 0035 002d 0000 0033 8180 0000\n\t0x0030:  0001 0000 0000 4140 0000");
}

TEST_CASE("dns: message shorter than a header", "[dns]") {
    const auto f = udp_dns("123401");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: domain [length 3 < 12] (invalid)");
}

TEST_CASE("dns: more records announced than present", "[dns]") {
    const auto f = udp_dns("003481800001000300000000016100000100010161000001000100000001000401020304");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 52 3/0/0 A 1.2.3.4 [|domain]");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 64)\n    1.2.3.4.1234 > 5.6.7.8.53: [no cksum] 52 q: A? a. 3/0/0 a. A 1.2.3.4 [|domain]");
}

TEST_CASE("dns: record data longer than the capture", "[dns]") {
    const auto f = udp_dns("0035818000010001000000000161000001000100000100010000000100c801020304");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: 53 1/0/0 A [|domain]");
}

TEST_CASE("dns: DNS over TCP with its length prefix", "[dns]") {
    const auto f = tcp_dns("0021431901000001000000000000037777770774637064756d70036f72670000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: Flags [P.], seq 1:36, ack 1, win 8192, length 35 17177+ A? www.tcpdump.org. (33)");
}

TEST_CASE("dns: DNS over TCP, prefix disagrees with the segment", "[dns]") {
    const auto f = tcp_dns("0063431901000001000000000000037777770774637064756d70036f72670000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: Flags [P.], seq 1:36, ack 1, win 8192, length 35 [prefix length(99) != length(33)] (invalid)");
}

TEST_CASE("dns: DNS over TCP, segment too short for the prefix", "[dns]") {
    const auto f = tcp_dns("00");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: Flags [P.], seq 1:2, ack 1, win 8192, length 1 [DNS over TCP: length 1 < 2] (invalid)");
}

TEST_CASE("dns: DNS over TCP, message shorter than a header", "[dns]") {
    const auto f = tcp_dns("0003616263");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.1234 > 5.6.7.8.53: Flags [P.], seq 1:6, ack 1, win 8192, length 5 domain [length 3 < 12] (invalid)");
}

TEST_CASE("dns: mDNS questions: unicast and multicast response bits", "[dns]") {
    const auto f = mdns("0000000000020000000000000161056c6f63616c00000c80010162056c6f63616c0000010001");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.5353 > 5.6.7.8.5353: 0 [2q] PTR (QU)? a.local. A (QM)? b.local. (38)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 66)\n    1.2.3.4.5353 > 5.6.7.8.5353: [no cksum] 0 [2q] PTR (QU)? a.local. A (QM)? b.local. (38)");
}

TEST_CASE("dns: mDNS records: cache-flush bit", "[dns]") {
    const auto f = mdns(
        "0000840000000002000000000161056c6f63616c0000018001000000780004010203040162056c6f63616c00"
        "00108003000000780003026869");
    CHECK(text(f, 0) ==
          "IP 1.2.3.4.5353 > 5.6.7.8.5353: 0*- [0q] 2/0/0 (Cache flush) A 1.2.3.4, CHAOS (Cache flush) TXT \"hi\" (57)");
    CHECK(text(f, 2) ==
          "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 85)\n    1.2.3.4.5353 > 5.6.7.8.5353: [no cksum] 0*- [0q] 2/0/0 a.local. (Cache flush) A 1.2.3.4, b.local. CHAOS (Cache flush) TXT \"hi\" (57)");
}
