// ringgen's command line: values with suffixes, defaults, and refusals.
#include <catch2/catch.hpp>

#include "gen_options.hpp"

using namespace rd::gen;

namespace {
rd::Result<GenConfig> parse(std::vector<std::string_view> a) { return parse_gen_args(a); }
}  // namespace

TEST_CASE("ringgen options: scaled numbers") {
    CHECK(parse_scaled("250k", "rate").value() == 250000);
    CHECK(parse_scaled("1.5M", "rate").value() == 1500000);
    CHECK(parse_scaled("2G", "count").value() == 2000000000);
    CHECK(parse_scaled("max", "rate").value() == 0);
    CHECK(parse_scaled("17", "rate").value() == 17);
    CHECK_FALSE(parse_scaled("abc", "rate").ok());
    CHECK_FALSE(parse_scaled("1.5", "count").ok());
    CHECK_FALSE(parse_scaled("k", "count").ok());
    CHECK_FALSE(parse_scaled("-3", "count").ok());
}

TEST_CASE("ringgen options: no interface is refused") {
    auto r = parse({"-n", "10"});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "no interface given: -i INTERFACE is required");
}

TEST_CASE("ringgen options: defaults and a full line") {
    auto d = parse({"-i", "va"});
    REQUIRE(d.ok());
    CHECK(d->spec.flavor == Flavor::Udp4);
    CHECK(d->spec.frame_len == 64);
    CHECK(d->spec.vary.sport);
    CHECK(d->rate_pps == 0);
    CHECK(d->threads == 1);

    auto r = parse({"-i", "va", "-p", "tcp6", "-s", "1500", "-r", "1M", "-n", "10k", "-t", "2", "--qdisc-bypass",
                    "--vary", "dport,daddr,payload", "--flows", "64", "--random", "--dst", "2001:db8::9",
                    "--dst-mac", "aa:bb:cc:dd:ee:0f", "--cpus", "0,1"});
    REQUIRE(r.ok());
    CHECK(r->spec.flavor == Flavor::Tcp6);
    CHECK(r->spec.frame_len == 1500);
    CHECK(r->rate_pps == 1000000);
    CHECK(r->count == 10000);
    CHECK(r->threads == 2);
    CHECK(r->qdisc_bypass);
    CHECK_FALSE(r->spec.vary.sport);
    CHECK(r->spec.vary.dport);
    CHECK(r->spec.vary.daddr);
    CHECK(r->spec.vary.payload);
    CHECK(r->spec.flows == 64);
    CHECK(r->spec.random);
    CHECK(r->spec.dst6[15] == 9);
    CHECK(r->spec.dst_mac[5] == 0x0f);
    CHECK(r->cpus == std::vector<int>{0, 1});

    auto v6 = parse({"-i", "va", "-p", "ipv6"});
    REQUIRE(v6.ok());
    CHECK(v6->spec.flavor == Flavor::Udp6);
    CHECK(v6->spec.frame_len == 14 + 40 + 8 + kStampLen);
}

TEST_CASE("ringgen options: bad values name what is wrong") {
    auto check = [](std::vector<std::string_view> a, const std::string& msg) {
        auto r = parse_gen_args(a);
        INFO("args ending in " << a.back());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == msg);
    };
    check({"-i", "va", "-p", "sctp"}, "unknown packet template 'sctp' (udp, tcp, udp6/ipv6, tcp6)");
    check({"-i", "va", "-s", "40"}, "frame size 40 too small for udp (at least 60)");
    check({"-i", "va", "-p", "tcp6", "-s", "64"}, "frame size 64 too small for tcp6 (at least 74)");
    check({"-i", "va", "--vary", "ttl"}, "unknown field 'ttl' for --vary");
    check({"-i", "va", "--dst", "10.0.0.1", "-p", "udp6"}, "IPv4 address given for an IPv6 template");
    check({"-i", "va", "--dst-mac", "aa:bb"}, "invalid MAC address 'aa:bb'");
    check({"-i", "va", "-t", "0"}, "thread count 0 out of range (1..64)");
    check({"-i", "va", "-n"}, "option -n needs a value");
    check({"-i", "va", "--bogus", "1"}, "unknown option '--bogus'");
}
