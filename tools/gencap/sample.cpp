// The demo capture: a few hosts on 192.168.1.0/24 and 2001:db8:1::/64 behind a router.
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "exchanges.hpp"
#include "ringdump/format/pcap_writer.hpp"
#include "tcp_flow.hpp"

namespace gencap {
namespace {

const Station kClient{{0x00, 0x1b, 0x21, 0x3a, 0x4f, 0x10},
                      {192, 168, 1, 10},
                      {0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10}};
const Station kRouter{{0x00, 0x0d, 0xb9, 0x41, 0x22, 0x01},
                      {192, 168, 1, 1},
                      {0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01}};
const Ip4 kWebServer{93, 184, 216, 34};
const Ip6 kWebServer6{0x20, 0x01, 0x0d, 0xb8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80};

Path v4_path(const Station& from, const Mac& next_hop, const Ip4& to) {
    Path p;
    p.link = {from.mac, next_hop, -1};
    p.ip.src4 = from.ip4;
    p.ip.dst4 = to;
    return p;
}

Path v6_path(const Station& from, const Mac& next_hop, const Ip6& to) {
    Path p;
    p.link = {from.mac, next_hop, -1};
    p.ip.v6 = true;
    p.ip.src6 = from.ip6;
    p.ip.dst6 = to;
    return p;
}

void add_flow(Frames& out, TcpFlow flow) {
    Bytes frame;
    while (flow.next(frame)) out.push_back(frame);
}

Frames build_frames() {
    Frames f;
    arp_exchange(f, kClient, kRouter, -1);

    Path to_resolver = v4_path(kClient, kRouter.mac, kRouter.ip4);
    dns_exchange(f, to_resolver, 53211, 0x1a2b, "example.com", 1, {{93, 184, 216, 34}});
    dns_exchange(f, to_resolver, 53212, 0x1a2c, "example.com", 28,
                 {{0x26, 0x06, 0x28, 0x00, 0x02, 0x20, 0x00, 0x01, 0x02, 0x48, 0x18, 0x93, 0x25,
                   0xc8, 0x19, 0x46}});

    TcpFlowConfig web;
    web.path = v4_path(kClient, kRouter.mac, kWebServer);
    web.client_port = 51514;
    web.server_port = 80;
    web.client_isn = 0x3c1d5e20;
    web.server_isn = 0x8f0a3b11;
    web.client_ts = 1000000;
    web.server_ts = 3000000;
    const std::string response_head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2234\r\n\r\n";
    add_flow(f, TcpFlow(web, {{true, 0, "GET / HTTP/1.1\r\nHost: example.com\r\nUser-Agent: ringdump-gencap\r\n\r\n"},
                              {false, static_cast<uint32_t>(response_head.size()) + 2234,
                               response_head + "<!doctype html>"}}));

    ping_exchange(f, v4_path(kClient, kRouter.mac, kWebServer), 0x1c2b, 1, 1, 56);

    ndp_exchange(f, kClient, kRouter, -1);
    TcpFlowConfig web6 = web;
    web6.path = v6_path(kClient, kRouter.mac, kWebServer6);
    web6.client_port = 50000;
    web6.client_isn = 0x11223344;
    web6.server_isn = 0x55667788;
    add_flow(f, TcpFlow(web6, {{true, 0, "GET /v6 HTTP/1.0\r\n\r\n"}, {false, 0, "HTTP/1.0 204 No Content\r\n\r\n"}}));

    // A tagged exchange on VLAN 100.
    Path tagged;
    tagged.link = {{0x00, 0x1b, 0x21, 0x3a, 0x4f, 0x64}, {0x00, 0x0d, 0xb9, 0x41, 0x22, 0x64}, 100};
    tagged.ip.src4 = {10, 100, 0, 5};
    tagged.ip.dst4 = {10, 100, 0, 1};
    ping_exchange(f, tagged, 0x0777, 1, 1, 32);
    return f;
}

}  // namespace

int write_sample(const std::string& path) {
    auto w = rd::PcapWriter::open(path, {});
    if (!w) {
        std::fprintf(stderr, "ringdump-gencap: %s\n", w.error().message.c_str());
        return 1;
    }
    int64_t ts = 1709294400LL * 1000000000;  // 2024-03-01 12:00:00 UTC
    for (const Bytes& frame : build_frames()) {
        ts += 1250000 + static_cast<int64_t>(frame.size()) * 1000;  // a little over a millisecond apart
        auto r = w.value()->write(ts, static_cast<uint32_t>(frame.size()), frame.span());
        if (!r) {
            std::fprintf(stderr, "ringdump-gencap: %s\n", r.error().message.c_str());
            return 1;
        }
    }
    if (auto r = w.value()->close(); !r) {
        std::fprintf(stderr, "ringdump-gencap: %s\n", r.error().message.c_str());
        return 1;
    }
    return 0;
}

}  // namespace gencap
