// ICMPv6: expected text is what tcpdump 4.99.3 prints for the same frame (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::PrintOptions;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("ICMPv6: echo, length 0, checksum", "[dissect][icmp6]") {
    {  // echo request
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000000c3afffe800000000000000000000000000001ff0200000000000000000000000000018000bd690001000261626364"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, echo request, id 1, seq 2, length 12");
    }
    {  // echo reply with checksum (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000018100813400010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, echo reply, id 1, seq 2");
    }
    {  // bad checksum (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000018000000000010002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [bad icmp6 cksum 0x0000 -> 0x8234!] ICMP6, echo request, id 1, seq 2");
    }
    {  // no ICMPv6 bytes at all (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000003afffe800000000000000000000000000001ff020000000000000000000000000001"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 0) fe80::1 > ff02::1: ICMP6, length 0 (invalid)");
    }
    {  // header cut by the capture (-x)
        PrintOptions opt; opt.xflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000018000823400010002"), 1, opt, 59) ==
              "IP6 fe80::1 > ff02::1: ICMP6, echo request [|icmp6]\n\t0x0000:  6677 8899 aabb 0011 2233 4455 86dd 6000\n\t0x0010:  0000 0008 3aff fe80 0000 0000 0000 0000\n\t0x0020:  0000 0000 0001 ff02 0000 0000 0000 0000\n\t0x0030:  0000 0000 0001 8000 8234 00");
    }
    {  // unknown type: hex dump (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000000e3afffe800000000000000000000000000001ff02000000000000000000000000000163019a2630313233343536373839"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 14) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, unknown icmp6 type (99), length 14\n\t0x0000:  6301 9a26 3031 3233 3435 3637 3839");
    }
}

TEST_CASE("ICMPv6: error messages quote the packet", "[dissect][icmp6]") {
    {  // no route
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000101008fd40000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable, unreachable route 2001:db8::6, length 60");
    }
    {  // administratively prohibited
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000101018fd30000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable,  unreachable prohibited 2001:db8::6, length 60");
    }
    {  // beyond scope
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000101028fd20000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable, beyond scope 2001:db8::6, source address 2001:db8::5, length 60");
    }
    {  // port unreachable, UDP
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000101048fd00000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable, unreachable port, 2001:db8::6 udp port 53, length 60");
    }
    {  // port unreachable, TCP after a fragment header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000004c3afffe800000000000000000000000000001ff02000000000000000000000000000101046ead0000000060000000001c2c4020010db800000000000000000000000520010db800000000000000000000000606000000000000000001005000000000000000005002200034150000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable, unreachable port, 2001:db8::6 tcp port 80, length 76");
    }
    {  // port unreachable without a transport header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000303afffe800000000000000000000000000001ff020000000000000000000000000001010434420000000060000000000c114020010db800000000000000000000000520010db8000000000000000000000006"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable, unreachable port [|icmp6]");
    }
    {  // unknown code
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff02000000000000000000000000000101098fda0000000060000000000c1140"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable, unknown unreach code (9)\n\t0x0000:  0109 8fda 0000 0000 6000 0000 000c 1140");
    }
    {  // quoted address cut
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000101038fd10000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, 92) ==
              "IP6 fe80::1 > ff02::1: ICMP6, destination unreachable, unreachable address [|icmp6]");
    }
    {  // packet too big
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff020000000000000000000000000001020088f8000005dc60000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, packet too big, mtu 1500, length 60");
    }
    {  // time exceeded in transit
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000103008dd40000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, time exceeded in-transit for 2001:db8::6, length 60");
    }
    {  // time exceeded in reassembly (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000103018dd30000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 60) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, time exceeded in-transit (reassembly)");
    }
    {  // parameter problem, header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000104008cce0000000660000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, parameter problem, erroneous - octet 6, length 60");
    }
    {  // parameter problem, next header
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000104018cab0000002860000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, parameter problem, next header - octet 40, length 60");
    }
    {  // parameter problem, option
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000104028ca80000002a60000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, parameter problem, option - octet 42, length 60");
    }
    {  // parameter problem, incomplete chain
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff02000000000000000000000000000104038cd10000000060000000000c114020010db800000000000000000000000520010db800000000000000000000000604d20035000cae6178787878"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, parameter problem, incomplete header chain - octet 0, length 60");
    }
    {  // parameter problem, quoted header cut
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000001c3afffe800000000000000000000000000001ff02000000000000000000000000000104005f180000000660000000000c114020010db80000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, parameter problem [|icmp6]");
    }
}

TEST_CASE("ICMPv6: MLD", "[dissect][icmp6]") {
    {  // v1 query
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000183afffe800000000000000000000000000001ff0200000000000000000000000000018200591327100000ff020000000000000000000000000101"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, multicast listener querymax resp delay: 10000 addr: ff02::101, length 24");
    }
    {  // v1 report (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000183afffe800000000000000000000000000001ff02000000000000000000000000000183007f2300000000ff020000000000000000000000000101"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 24) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener reportmax resp delay: 0 addr: ff02::101");
    }
    {  // done
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000183afffe800000000000000000000000000001ff02000000000000000000000000000184007e2300000000ff020000000000000000000000000101"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, multicast listener donemax resp delay: 0 addr: ff02::101, length 24");
    }
    {  // query of unknown length
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000001a3afffe800000000000000000000000000001ff0200000000000000000000000000018200591127100000ff0200000000000000000000000001010000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, multicast listener query unknown-version (len 26) , length 26");
    }
    {  // v2 query with sources (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff020000000000000000000000000001820099f780000000ff0200000000000000000000000001010a90000220010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 60) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=32768] [gaddr ff02::101 sflag robustness=2 qqi=256, 2 source(s)]");
    }
    {  // v2 query sources listed (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff020000000000000000000000000001820099f780000000ff0200000000000000000000000001010a90000220010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 60) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=32768] [gaddr ff02::101 sflag robustness=2 qqi=256 { 2001:db8::1 2001:db8::2 }]");
    }
    {  // v2 query, too many sources (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff0200000000000000000000000000018200a48080000000ff0200000000000000000000000001010000000920010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 60) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener query v2 [max resp delay=32768] [gaddr ff02::101 qqi=0 [invalid number of sources]]");
    }
    {  // v2 report
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff0200000000000000000000000000018f0014840000000104000002ff05000000000000000000000000000120010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, multicast listener report v2, 1 group record(s), length 60");
    }
    {  // v2 report -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff0200000000000000000000000000018f0014840000000104000002ff05000000000000000000000000000120010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 60) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff05::1 to_ex, 2 source(s)]");
    }
    {  // v2 report -vv (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff0200000000000000000000000000018f0014840000000104000002ff05000000000000000000000000000120010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 60) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener report v2, 1 group record(s) [gaddr ff05::1 to_ex { 2001:db8::1 2001:db8::2 }]");
    }
    {  // v2 report, too many groups (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000003c3afffe800000000000000000000000000001ff0200000000000000000000000000018f0014820000000304000002ff05000000000000000000000000000120010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 60) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, multicast listener report v2, 3 group record(s) [gaddr ff05::1 to_ex { 2001:db8::1 2001:db8::2 }] [invalid number of groups]");
    }
}

TEST_CASE("ICMPv6: neighbour discovery", "[dissect][icmp6]") {
    {  // router solicitation (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff02000000000000000000000000000185001595000000000101001122334455"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router solicitation, length 16\n\t  source link-address option (1), length 8 (1): 00:11:22:33:44:55");
    }
    {  // router advertisement
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000683afffe800000000000000000000000000001ff0200000000000000000000000000018600bf7e40c0070800000000000000000101001122334455030440c0ffffffff00000e100000000020010db800010000000000000000000005010000000005dc1905000000000e1020010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, router advertisement, length 104");
    }
    {  // router advertisement -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000683afffe800000000000000000000000000001ff0200000000000000000000000000018600bf7e40c0070800000000000000000101001122334455030440c0ffffffff00000e100000000020010db800010000000000000000000005010000000005dc1905000000000e1020010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router advertisement, length 104\n\thop limit 64, Flags [managed, other stateful], pref medium, router lifetime 1800s, reachable time 0ms, retrans timer 0ms\n\t  source link-address option (1), length 8 (1): 00:11:22:33:44:55\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time infinity, pref. time 3600s\n\t  mtu option (5), length 8 (1):  1500\n\t  rdnss option (25), length 40 (5):  lifetime 3600s, addr: 2001:db8::1 addr: 2001:db8::2");
    }
    {  // router advertisement -vv adds dumps (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000683afffe800000000000000000000000000001ff0200000000000000000000000000018600bf7e40c0070800000000000000000101001122334455030440c0ffffffff00000e100000000020010db800010000000000000000000005010000000005dc1905000000000e1020010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 104) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router advertisement, length 104\n\thop limit 64, Flags [managed, other stateful], pref medium, router lifetime 1800s, reachable time 0ms, retrans timer 0ms\n\t  source link-address option (1), length 8 (1): 00:11:22:33:44:55\n\t    0x0000:  0011 2233 4455\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time infinity, pref. time 3600s\n\t    0x0000:  40c0 ffff ffff 0000 0e10 0000 0000 2001\n\t    0x0010:  0db8 0001 0000 0000 0000 0000 0000\n\t  mtu option (5), length 8 (1):  1500\n\t    0x0000:  0000 0000 05dc\n\t  rdnss option (25), length 40 (5):  lifetime 3600s, addr: 2001:db8::1 addr: 2001:db8::2\n\t    0x0000:  0000 0000 0e10 2001 0db8 0000 0000 0000\n\t    0x0010:  0000 0000 0001 2001 0db8 0000 0000 0000\n\t    0x0020:  0000 0000 0002");
    }
    {  // more options (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000583afffe800000000000000000000000000001ff020000000000000000000000000001860080694018000000000000000000001f04000000000e10076578616d706c6503636f6d0003616263c008000000000018023008ffffffff20010db80001000007010000000003e808010000000100026301010203040506"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 88) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router advertisement, length 88\n\thop limit 64, Flags [none], pref low, router lifetime 0s, reachable time 0ms, retrans timer 0ms\n\t  dnssl option (31), length 32 (4):  lifetime 3600s, domain(s): example.com. abc.example.com.\n\t  route info option (24), length 16 (2):  2001:db8:1::/48, pref=high, lifetime=infinity\n\t  advertisement interval option (7), length 8 (1):  1000ms\n\t  homeagent information option (8), length 8 (1):  preference 1, lifetime 2\n\t  unknown option (99), length 8 (1): \n\t  0x0000:  0102 0304 0506");
    }
    {  // neighbour solicitation
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000203afffe800000000000000000000000000001ff0200000000000000000000000000018700150200000000fe8000000000000000000000000000020101001122334455"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, neighbor solicitation, who has fe80::2, length 32");
    }
    {  // neighbour advertisement (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000203afffe800000000000000000000000000001ff020000000000000000000000000001880032f0e0000000fe8000000000000000000000000000020201001122334466"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 32) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, neighbor advertisement, length 32, tgt is fe80::2, Flags [router, solicited, override]\n\t  destination link-address option (2), length 8 (1): 00:11:22:33:44:66");
    }
    {  // redirect (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000303afffe800000000000000000000000000001ff020000000000000000000000000001890048c900000000fe80000000000000000000000000000220010db80000000000000000000000090401000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 48) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, redirect, length 48, 2001:db8::9 to fe80::2\n\t  redirected header option (4), length 8 (1): \n\t    0x0000:  0401 0000 0000 0000");
    }
    {  // option of length zero (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff02000000000000000000000000000185007c2f000000000100000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router solicitation, length 16 [|icmp6]");
    }
    {  // option longer than the capture (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff02000000000000000000000000000185001595000000000101001122334455"), 1, opt, 66) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: ICMP6, router solicitation, length 16 [|icmp6]");
    }
    {  // route information of bad length (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000283afffe800000000000000000000000000001ff02000000000000000000000000000185006513000000001804000000000000000000000000000000000000000000000000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 40) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router solicitation, length 40\n\t  route info option (24), length 32 (4):  [|icmp6]");
    }
    {  // home agent discovery request
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019000600312340000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, ha discovery request, id 0x1234, length 8");
    }
    {  // home agent discovery reply (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000283afffe800000000000000000000000000001ff0200000000000000000000000000019100036e1234000020010db800000000000000000000000120010db8000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 40) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, ha discovery reply, length 40, id 0x1234, 2001:db8::1, 2001:db8::2");
    }
    {  // mobile prefix solicitation
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff02000000000000000000000000000192005e0312340000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, mobile router solicitation, id 0x1234, length 8");
    }
    {  // mobile prefix advertisement (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000283afffe800000000000000000000000000001ff02000000000000000000000000000193001d541234c000030440c0ffffffff00000e100000000020010db8000100000000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 40) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, mobile router advertisement, length 40, id 0x1234 MO\n\t  prefix info option (3), length 32 (4): 2001:db8:1::/64, Flags [onlink, auto], valid time infinity, pref. time 3600s");
    }
}

TEST_CASE("ICMPv6: router renumbering", "[dissect][icmp6]") {
    {  // command
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000483afffe800000000000000000000000000001ff0200000000000000000000000000018a00f4f70000000100500000000000000107003000800000fec000000000000000000000000000003010000000278d00ffffffff800000003ffe0501fffe00000000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, command, seq=1 match(add,fec0::/48) use(V,3ffe:501:fffe::/48/16), length 72");
    }
    {  // command -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000483afffe800000000000000000000000000001ff0200000000000000000000000000018a00f4f70000000100500000000000000107003000800000fec000000000000000000000000000003010000000278d00ffffffff800000003ffe0501fffe00000000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 72) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router renumbering, command, seq=1[RS,seg=0,maxdelay=0] match(add,ord=0,min=0,max=128,fec0::/48) use(V,mask=0x0,raflags=0x0,vltime=2592000,pltime=infty,3ffe:501:fffe::/48/16)");
    }
    {  // command -vv (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000483afffe800000000000000000000000000001ff0200000000000000000000000000018a00f4f70000000100500000000000000107003000800000fec000000000000000000000000000003010000000278d00ffffffff800000003ffe0501fffe00000000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 72) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, router renumbering, command, seq=1[RS,seg=0,maxdelay=0]\n\tmatch(add,ord=0,min=0,max=128,fec0::/48)\n\tuse(V,mask=0x0,raflags=0x0,vltime=2592000,pltime=infty,3ffe:501:fffe::/48/16)");
    }
    {  // result
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018a01782c000000020000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, result, seq=2, length 16");
    }
    {  // sequence number reset
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018aff772d000000030000000000000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, router renumbering, sequence number reset, seq=3, length 16");
    }
    {  // cut before the reserved field
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000000a3afffe800000000000000000000000000001ff0200000000000000000000000000018a007832000000030000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, router renumbering [|icmp6], length 10");
    }
}

TEST_CASE("ICMPv6: node information", "[dissect][icmp6]") {
    {  // KAME who-are-you
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000018b00773700000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query [|icmp6], length 8");
    }
    {  // noop query
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018b00671b000000000102030405060708"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (noop), length 16");
    }
    {  // node addresses query about an IPv6 address
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000203afffe800000000000000000000000000001ff0200000000000000000000000000018b0068470003003e0102030405060708fe800000000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [GSLCA], subject=fe80::2), length 32");
    }
    {  // DNS name query about a name
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000001d3afffe800000000000000000000000000001ff0200000000000000000000000000018b019a9e000200000102030405060708076578616d706c6503636f6d00"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, subject=DNS name, \"example.com.\"), length 29");
    }
    {  // query about an IPv4 address
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000143afffe800000000000000000000000000001ff0200000000000000000000000000018b025d0f0003000201020304050607080a000001"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (node addresses [A], subject=10.0.0.1), length 20");
    }
    {  // old draft query
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018b006719000200000102030405060708"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you request node information query (DNS name, 03 draft), length 16");
    }
    {  // supported qtypes reply (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018c006619000100010102030405060708"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, who-are-you reply node information reply (success, supported qtypes [C])");
    }
    {  // DNS name reply with TTL
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000223afffe800000000000000000000000000001ff0200000000000000000000000000018c00995d0002000101020304050607080000003c076578616d706c6503636f6d0000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (DNS name, \"example.com\" [TTL=60]), length 34");
    }
    {  // node addresses reply
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000243afffe800000000000000000000000000001ff0200000000000000000000000000018c00676e00030003010203040506070800000010fe800000000000000000000000000002"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply node information reply (node addresses fe80::2(16) [AT]), length 36");
    }
    {  // refused reply (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018c016617000300000102030405060708"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 16) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, who-are-you reply node information reply (refused)");
    }
    {  // reply shorter than its length
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000103afffe800000000000000000000000000001ff0200000000000000000000000000018c006618000300000102030405060708"), 1, opt, 60) ==
              "IP6 fe80::1 > ff02::1: ICMP6, who-are-you reply [|icmp6], length 16");
    }
}

TEST_CASE("ICMPv6: RPL", "[dissect][icmp6]") {
    {  // DIS
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019b00673700000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, RPL, (CLR)DODAG Information Solicitation, length 8");
    }
    {  // DIO -v (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000253afffe800000000000000000000000000001ff0200000000000000000000000000019b01a627010200808803000020010db80000000000000000000000aa000201020403010203"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 37) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [dagid:2001:db8::aa,seq:3,instance:1,rank:128,grounded,mop:storing,prf:0]");
    }
    {  // DIO -vv lists options (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000253afffe800000000000000000000000000001ff0200000000000000000000000000019b01a627010200808803000020010db80000000000000000000000aa000201020403010203"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 37) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [dagid:2001:db8::aa,seq:3,instance:1,rank:128,grounded,mop:storing,prf:0] opt:pad1 opt:metrics len:3  opt:config len:5 ");
    }
    {  // DIO -vvv dumps them (-vvv)
        PrintOptions opt; opt.vflag = 3;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000253afffe800000000000000000000000000001ff0200000000000000000000000000019b01a627010200808803000020010db80000000000000000000000aa000201020403010203"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 37) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, RPL, (CLR)DODAG Information Object [dagid:2001:db8::aa,seq:3,instance:1,rank:128,grounded,mop:storing,prf:0] opt:pad1 opt:metrics len:3  0x0000:  02 opt:config len:5  0x0000:  0102 03");
    }
    {  // DAO with DODAG ID (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd60000000001c3afffe800000000000000000000000000001ff0200000000000000000000000000019b0231f701c0000520010db80000000000000000000000aa05020000"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 28) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [dagid:2001:db8::aa,seq:5,instance:1,acK,Dagid,c0] opt:rpltarget len:4 ");
    }
    {  // DAO cut short (-v)
        PrintOptions opt; opt.vflag = 1;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019b02663001000005"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 8) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object [|icmp6]");
    }
    {  // DAO-ACK (-vv)
        PrintOptions opt; opt.vflag = 2;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000183afffe800000000000000000000000000001ff0200000000000000000000000000019b0302412b800b0020010db80000000000000000000000aa"), 1, opt, UINT32_MAX) ==
              "IP6 (hlim 255, next-header ICMPv6 (58) payload length: 24) fe80::1 > ff02::1: [icmp6 sum ok] ICMP6, RPL, (CLR)Destination Advertisement Object Ack [dagid:2001:db8::aa,seq:11,instance:43,status:0]");
    }
    {  // secured message
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019b8066b700000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, RPL, (SEC) [worktodo], length 8");
    }
    {  // unknown code
        PrintOptions opt;
        CHECK(print_one(hex("66778899aabb00112233445586dd6000000000083afffe800000000000000000000000000001ff0200000000000000000000000000019b09672e00000000"), 1, opt, UINT32_MAX) ==
              "IP6 fe80::1 > ff02::1: ICMP6, RPL, (CLR)RPL message, unknown code 9, length 8");
    }
}

