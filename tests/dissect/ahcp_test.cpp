// AHCP (UDP 5359). Expected strings are what tcpdump 4.99.3 prints (-t -n).
#include <catch2/catch.hpp>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("AHCP offer with its options at -vv", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000841101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef008453c52b0101019dccbd40084b371ef36e1edc6aa3c4fffef4841e010000600204527f3cf00103040000020009040a6400010c2020010db800000000000000000000005320010db80000000000000000000000530a1120010db8000100000000000000000000300b050a0100001005040a0000500705000000000014026162"), 1, opts(2)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 132) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n"
            "\tHopcount 1, Original Hopcount 1, Nonce 0x9dccbd40, Source Id 08:4b:37:1e:f3:6e:1e:dc, Destination Id 6a:a3:c4:ff:fe:f4:84:1e\n"
            "\tOffer, Length 96\n"
            "\t Origin Time: 2013-11-10 07:59:44 UTC\n"
            "\t Mandatory\n"
            "\t Expires: 512s\n"
            "\t IPv4 Address: 10.100.0.1\n"
            "\t Name Server: 2001:db8::53, 2001:db8::53\n"
            "\t IPv6 Prefix Delegation: 2001:db8:1::/48\n"
            "\t IPv4 Prefix Delegation: 10.1.0.0/16\n"
            "\t My-IPv4-Address: 10.0.0.80\n"
            "\t IPv4 Prefix (Length 5)\n"
            "\t Unknown-20 (Length 2)");
}

TEST_CASE("AHCP header and body without options at -v", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000841101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef008451c02b0101019dccbd40084b371ef36e1edc6aa3c4fffef4841e030500600204527f3cf00103040000020009040a6400010c2020010db800000000000000000000005320010db80000000000000000000000530a1120010db8000100000000000000000000300b050a0100001005040a0000500705000000000014026162"), 1, opts(1)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 132) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n"
            "\tHopcount 1, Original Hopcount 1, Nonce 0x9dccbd40, Source Id 08:4b:37:1e:f3:6e:1e:dc, Destination Id 6a:a3:c4:ff:fe:f4:84:1e\n"
            "\tAck, MBZ 5, Length 96");
}

TEST_CASE("AHCP without -v", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500009800010000401166520a0000010a00000214ef14ef00843d4e2b0101019dccbd40084b371ef36e1edc6aa3c4fffef4841e010000600204527f3cf00103040000020009040a6400010c2020010db800000000000000000000005320010db80000000000000000000000530a1120010db8000100000000000000000000300b050a0100001005040a0000500705000000000014026162"), 1, opts(0)) ==
            "IP 10.0.0.1.5359 > 10.0.0.2.5359: AHCP Version 1");
}

TEST_CASE("AHCP option lengths that do not fit", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000331101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef00333a862b0101019dccbd40084b371ef36e1edc6aa3c4fffef4841e0100000f020300000009060000000000000309"), 1, opts(2)) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 51) fe80::1.5359 > ff02::1:6.5359: [udp sum ok] AHCP Version 1\n"
            "\tHopcount 1, Original Hopcount 1, Nonce 0x9dccbd40, Source Id 08:4b:37:1e:f3:6e:1e:dc, Destination Id 6a:a3:c4:ff:fe:f4:84:1e\n"
            "\tOffer, Length 15\n"
            "\t Origin Time (invalid)\n"
            "\t IPv4 Address: 0.0.0.0 (invalid)\n"
            "\t Expires (invalid)");
}

TEST_CASE("AHCP body length past the packet", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003800010000401166b20a0000010a00000214ef14ef00242d232b0101019dccbd40084b371ef36e1edc6aa3c4fffef4841e09000028"), 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 56)\n"
            "    10.0.0.1.5359 > 10.0.0.2.5359: AHCP Version 1\n"
            "\tHopcount 1, Original Hopcount 1, Nonce 0x9dccbd40, Source Id 08:4b:37:1e:f3:6e:1e:dc, Destination Id 6a:a3:c4:ff:fe:f4:84:1e\n"
            "\tUnknown-9, Length 40 (invalid)");
}

TEST_CASE("AHCP cut inside an option", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445586dd6000000000841101fe800000000000000000000000000001ff02000000000000000000000001000614ef14ef008453c52b0101019dccbd40084b371ef36e1edc6aa3c4fffef4841e010000600204527f3cf00103040000020009040a6400010c2020010db800000000000000000000005320010db80000000000000000000000530a1120010db8000100000000000000000000300b050a0100001005040a0000500705000000000014026162"), 1, opts(2), 146) ==
            "IP6 (hlim 1, next-header UDP (17) payload length: 132) fe80::1.5359 > ff02::1:6.5359: AHCP Version 1\n"
            "\tHopcount 1, Original Hopcount 1, Nonce 0x9dccbd40, Source Id 08:4b:37:1e:f3:6e:1e:dc, Destination Id 6a:a3:c4:ff:fe:f4:84:1e\n"
            "\tOffer, Length 96\n"
            "\t Origin Time: 2013-11-10 07:59:44 UTC\n"
            "\t Mandatory\n"
            "\t Expires: 512s\n"
            "\t IPv4 Address: 10.100.0.1\n"
            "\t Name Server: 2001:db8::53, 2001:db8::53\n"
            "\t IPv6 Prefix Delegation [|ahcp]");
}

TEST_CASE("AHCP bad magic", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003c00010000401166ae0a0000010a00000214ef14ef002897bc2a01000000000000000000000000000000000000000000000000000000000000"), 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
            "    10.0.0.1.5359 > 10.0.0.2.5359: AHCP (invalid)");
}

TEST_CASE("AHCP unknown version", "[ahcp]") {
    REQUIRE(print_one(hex("66778899aabb00112233445508004500003c00010000401166ae0a0000010a00000214ef14ef002896bb2b02000000000000000000000000000000000000000000000000000000000000"), 1, opts(1)) ==
            "IP (tos 0x0, ttl 64, id 1, offset 0, flags [none], proto UDP (17), length 60)\n"
            "    10.0.0.1.5359 > 10.0.0.2.5359: AHCP Version 2 (unknown)");
}

