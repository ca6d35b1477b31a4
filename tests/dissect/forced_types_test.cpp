// -T packet types forced onto UDP, TCP and IP protocol 112, and VRRP and SOME/IP headers
// cut short. Generated expectations: the text tcpdump 4.99.3 prints for each packet.
#include <catch2/catch.hpp>

#include <string>

#include "ringdump/dissect/packet_types.hpp"
#include "print_helpers.hpp"

using rd::test::hex;
using rd::test::print_one;

namespace {

struct Case {
    const char* what;
    rd::ForcedType forced;
    int vflag;
    const char* frame;  // Ethernet, hex
    uint32_t caplen;    // UINT32_MAX: the whole frame
    uint32_t wirelen;   // 0: the frame's length
    const char* tcpdump;
};

const Case kCases[] = {
    {"-T aodv prints UDP to any port as AODV",
     rd::kForcedAodv, 0,
     "00112233445566778899aabb08004500003400010000401166b60a0000010a00"
     "00029c409c410020000001000003000000070a000009000000010a0000010000"
     "0002",
     UINT32_MAX, 0,
     "IP 10.0.0.1.40000 > 10.0.0.2.40001:  aodv rreq 24  hops 3 id 0x00000007\n"
     "\tdst 10.0.0.9 seq 1 src 10.0.0.1 seq 2"},
    {"-T radius prints UDP to any port as RADIUS at -v",
     rd::kForcedRadius, 1,
     "00112233445566778899aabb08004500003600010000401166b40a0000010a00"
     "00029c409c41002200000105001a000000000000000000000000000000000106"
     "75736572",
     UINT32_MAX, 0,
     "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 54)\n"
     "    10.0.0.1.40000 > 10.0.0.2.40001: RADIUS, length: 26\n"
     "\tAccess-Request (1), id: 0x05, Authenticator: 00000000000000000000000000000000\n"
     "\t  User-Name Attribute (1), length: 6, Value: user"},
    {"-T someip prints UDP to any port as SOME/IP",
     rd::kForcedSomeip, 0,
     "00112233445566778899aabb08004500003000010000401166ba0a0000010a00"
     "00029c409c41001c0000123480010000000c000100020101020061626364",
     UINT32_MAX, 0,
     "IP 10.0.0.1.40000 > 10.0.0.2.40001: SOMEIP, service 4660, event 1, len 12, client 1, session 2, pver 1, iver 1, msgtype NOTIFICATION, retcode E_OK\n"
     ""},
    {"-T vxlan prints UDP to any port as VXLAN",
     rd::kForcedVxlan, 0,
     "00112233445566778899aabb08004500003200010000401166b80a0000010a00"
     "00029c409c41001e000008000000000064000000000000000000000000000000",
     UINT32_MAX, 0,
     "IP 10.0.0.1.40000 > 10.0.0.2.40001: VXLAN, flags [I] (0x08), vni 100\n"
     " [|llc]"},
    {"-T vxlan: a header cut in its reserved byte ends after the VNI",
     rd::kForcedVxlan, 0,
     "00112233445566778899aabb08004500003200010000401166b80a0000010a00"
     "00029c409c41001e000008000000000064000000000000000000000000000000",
     49, 64,
     "IP 10.0.0.1.40000 > 10.0.0.2.40001: VXLAN, flags [I] (0x08), vni 100\n"
     " [|vxlan]"},
    {"-T resp leaves a UDP datagram unprinted",
     rd::kForcedResp, 0,
     "00112233445566778899aabb08004500002a00010000401166c00a0000010a00"
     "00029c409c41001600002a310d0a24340d0a50494e470d0a",
     UINT32_MAX, 0,
     "IP "},
    {"-T zmtp1 prints a TCP segment as ZMTP/1.0 frames at -v",
     rd::kForcedZmtp1, 1,
     "00112233445566778899aabb08004500003800010000400666bd0a0000010a00"
     "000221d369150000000100000000501803e80000000004507c2d8ba09cae60f7"
     "2d8fb2073a30",
     UINT32_MAX, 0,
     "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto TCP (6), length 56)\n"
     "    10.0.0.1.8659 > 10.0.0.2.26901: Flags [P.], cksum 0x0000 (incorrect -> 0xe95d), seq 1:17, ack 0, win 1000, length 16: ZMTP/1.0\n"
     "\t frame flags+body  (8-bit) length 4, flags 0x50 (-|MBZ|-|MBZ|-|-|-|-), first 3 byte(s) of body:\n"
     "\t 0x0000:  7c2d 8b                                  |-.\n"
     "\t frame flags+body  (8-bit) length 160 (10 captured), flags 0x9c (MBZ|-|-|MBZ|MBZ|MBZ|-|-), first 9 byte(s) of body:\n"
     "\t 0x0000:  ae60 f72d 8fb2 073a 30                   .`.-...:0 [|zmtp1]"},
    {"-T resp prints a TCP segment as RESP",
     rd::kForcedResp, 0,
     "00112233445566778899aabb08004500003800010000400666bd0a0000010a00"
     "000221d369150000000100000000501803e80000000004507c2d8ba09cae60f7"
     "2d8fb2073a30",
     UINT32_MAX, 0,
     "IP 10.0.0.1.8659 > 10.0.0.2.26901: Flags [P.], seq 1:17, ack 0, win 1000, length 16: RESP [|resp]"},
    {"vrrp: an empty payload shows the protocol name, then the marker",
     rd::ForcedType::None, 0,
     "01005e00001200005e00010108004500002800010000ff70d1510a000001e000"
     "00122181de0201b11ed214976747a7d0efbc7c0f507d",
     34, 54,
     "IP 10.0.0.1 > 224.0.0.18: VRRP [|vrrp]"},
    {"vrrp: router id and priority appear together or not at all",
     rd::ForcedType::None, 0,
     "01005e00001200005e00010108004500002800010000ff70d1510a000001e000"
     "00122181de0201b11ed214976747a7d0efbc7c0f507d",
     36, 54,
     "IP 10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement [|vrrp]"},
    {"vrrp: a whole advertisement at -v",
     rd::ForcedType::None, 1,
     "01005e00001200005e00010108004500002800010000ff70d1510a000001e000"
     "00122181de0201b11ed214976747a7d0efbc7c0f507d",
     UINT32_MAX, 0,
     "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 40)\n"
     "    10.0.0.1 > 224.0.0.18: VRRPv2, Advertisement, vrid 129, prio 222, authtype simple, intvl 177s, length 20, addrs(2): 20.151.103.71,167.208.239.188 auth \"|^OP} [|vrrp]"},
    {"-T carp prints IP protocol 112 as CARP at -v",
     rd::kForcedCarp, 1,
     "01005e00001200005e00010108004500004c00010000ff70d12d0a000001e000"
     "0012210334869957a57a48e61cb6afc73cfd6a45bae8e27aa2014f6570298a9e"
     "07502da5b833adb5cd4fcb742be093302764f61d67b773583a25",
     UINT32_MAX, 0,
     "IP (tos 0x0, ttl 255, id 1, offset 0, flags [none], proto VRRP (112), length 76)\n"
     "    10.0.0.1 > 224.0.0.18: CARPv2-advertise 56: vhid=3 advbase=87 advskew=52 authlen=134 counter=5252917586332957949"},
    {"-T carp: a TTL other than 255 is flagged",
     rd::kForcedCarp, 0,
     "01005e00001200005e000101080045000024000100000170cf560a000001e000"
     "0012213e01f89cbe8c25c3f1dae4a26672a8",
     UINT32_MAX, 0,
     "IP 10.0.0.1 > 224.0.0.18: CARPv2-advertise 16: [ttl=1!] vhid=62 advbase=190 advskew=1 authlen=248 counter=14119306982295237288"},
    {"-T carp: a cut counter ends after the fields",
     rd::kForcedCarp, 0,
     "01005e00001200005e00010108004500004c00010000ff70d12d0a000001e000"
     "0012210334869957a57a48e61cb6afc73cfd6a45bae8e27aa2014f6570298a9e"
     "07502da5b833adb5cd4fcb742be093302764f61d67b773583a25",
     46, 90,
     "IP 10.0.0.1 > 224.0.0.18: CARPv2-advertise 56: vhid=3 advbase=87 advskew=52 authlen=134  [|carp]"},
    {"-T rpc: a portmapper call, with the xid in place of the source port",
     rd::kForcedRpc, 0,
     "00112233445566778899aabb08004500005400010000401166960a0000010a00"
     "00029c40006f00400000000012370000000000000002000186a0000000020000"
     "000300000000000000000000000000000000000186a300000003000000110000"
     "0000",
     UINT32_MAX, 0,
     "IP 10.0.0.1.0x1237 > 10.0.0.2.0x6f: 56 getport 100000.2"},
    {"-T rpc: an unknown procedure and another RPC version",
     rd::kForcedRpc, 0,
     "00112233445566778899aabb08004500004400010000401166a60a0000010a00"
     "00029c4007d00030000000000abc0000000000000003000186a0000000020000"
     "000300000000000000000000000000000000",
     UINT32_MAX, 0,
     "IP 10.0.0.1.0xabc > 10.0.0.2.0x6f: 40 getport [rpcver 3] 100000.2"},
    {"-T rpc: a call cut inside its credential",
     rd::kForcedRpc, 0,
     "00112233445566778899aabb08004500005400010000401166960a0000010a00"
     "00029c40006f00400000000012370000000000000002000186a0000000020000"
     "000300000000000000000000000000000000000186a300000003000000110000"
     "0000",
     66, 98,
     "IP  [|sunrpc]"},
    {"-T rpc: anything else is an NFS reply",
     rd::kForcedRpc, 0,
     "00112233445566778899aabb08004500003800010000401166b20a0000010a00"
     "0002006f9c400024000000001234000000010000000000000000000000000000"
     "000000000000",
     UINT32_MAX, 0,
     "IP 10.0.0.1.2049 > 10.0.0.2.4660: reply ok 28"},
    {"someip: a header cut inside the request ID ends after the length",
     rd::ForcedType::None, 0,
     "00112233445566778899aabb08004500003400010000401166b60a0000010a00"
     "000204d2771a002000006eacfb9cf05e915ffceb6244aa51000a0732a7",
     52, 66,
     "IP 10.0.0.1.1234 > 10.0.0.2.30490: SOMEIP, service 28332, event 31644, len 4032729439 [|someip]"},
    {"someip: a header cut inside the message ID shows only the name",
     rd::ForcedType::None, 0,
     "00112233445566778899aabb08004500003400010000401166b60a0000010a00"
     "000204d2771a002000006eacfb9cf05e915ffceb6244aa51000a0732a7",
     45, 66,
     "IP 10.0.0.1.1234 > 10.0.0.2.30490: SOMEIP [|someip]"},
};

}  // namespace

TEST_CASE("forced packet types and cut VRRP, SOME/IP and CARP headers print as tcpdump's", "[dissect]") {
    for (const Case& k : kCases) {
        rd::PrintOptions o;
        o.forced = k.forced;
        o.vflag = k.vflag;
        INFO(k.what);
        CHECK(print_one(hex(k.frame), 1, o, k.caplen, k.wirelen) == std::string(k.tcpdump));
    }
}
