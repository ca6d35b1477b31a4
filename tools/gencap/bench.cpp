// Mixed traffic for benchmarks: clients on a LAN (some on VLANs 100 and 200) talking to
// servers behind a router. About 48 conversations run at once and their frames
// interleave; when one ends a new one starts, picked from a fixed mix.
#include <cstdio>
#include <optional>
#include <string>
#include <variant>

#include "commands.hpp"
#include "exchanges.hpp"
#include "ringdump/format/pcap_writer.hpp"
#include "rng.hpp"
#include "tcp_flow.hpp"

namespace gencap {
namespace {

struct Client {
    Station st;
    int vlan = -1;
};

struct Server {
    Ip4 ip4{};
    Ip6 ip6{};
    std::string name;
};

// A prebuilt exchange, played frame by frame.
struct Script {
    Frames frames;
    size_t at = 0;
};

using Flow = std::variant<TcpFlow, Script>;

class Traffic {
public:
    explicit Traffic(uint64_t seed);
    void next(Bytes& out);

private:
    Flow new_flow();
    Flow web(bool v6, bool bulk);
    Flow ssh();
    Path path(const Client& c, const Server& s, bool v6) const;
    Path to_router(const Client& c, bool v6) const;
    uint16_t port() { return next_port_ = next_port_ >= 60999 ? 32768 : next_port_ + 1; }
    const Client& client() { return clients_[rng_.below(static_cast<uint32_t>(clients_.size()))]; }
    const Server& server() { return servers_[rng_.below(static_cast<uint32_t>(servers_.size()))]; }

    Rng rng_;
    Station router_;
    std::vector<Client> clients_;
    std::vector<Server> servers_;
    std::vector<Flow> active_;
    uint16_t next_port_ = 32768;
    uint32_t seconds_ = 1709294400;
};

Traffic::Traffic(uint64_t seed) : rng_(seed) {
    router_ = {{0x00, 0x0d, 0xb9, 0x41, 0x22, 0x01}, {192, 168, 0, 1},
               {0x20, 0x01, 0x0d, 0xb8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}};
    const uint8_t ouis[4][3] = {{0x00, 0x1b, 0x21}, {0x3c, 0x22, 0xfb}, {0xf4, 0x8e, 0x38}, {0xb8, 0x27, 0xeb}};
    for (int i = 0; i < 250; ++i) {
        Client c;
        const uint8_t* oui = ouis[i % 4];
        c.st.mac = {oui[0], oui[1], oui[2], 0x10, static_cast<uint8_t>(i >> 8), static_cast<uint8_t>(i)};
        c.st.ip4 = {192, 168, static_cast<uint8_t>(i / 200), static_cast<uint8_t>(10 + i % 200)};
        c.st.ip6 = {0x20, 0x01, 0x0d, 0xb8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, static_cast<uint8_t>(i >> 8),
                    static_cast<uint8_t>(0x10 + i)};
        c.vlan = i % 10 == 3 ? 100 : i % 10 == 7 ? 200 : -1;
        clients_.push_back(c);
    }
    const char* domains[3] = {"com", "net", "org"};
    for (int i = 0; i < 40; ++i) {
        Server s;
        s.ip4 = {static_cast<uint8_t>(i % 2 ? 198 : 203), static_cast<uint8_t>(i % 2 ? 51 : 0),
                 static_cast<uint8_t>(i % 2 ? 100 : 113), static_cast<uint8_t>(1 + i)};
        s.ip6 = {0x20, 0x01, 0x0d, 0xb8, 0x0f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, static_cast<uint8_t>(1 + i)};
        s.name = "host" + std::to_string(i) + ".example." + domains[i % 3];
        servers_.push_back(s);
    }
    for (int i = 0; i < 48; ++i) active_.push_back(new_flow());
}

Path Traffic::to_router(const Client& c, bool v6) const {
    Path p;
    p.link = {c.st.mac, router_.mac, c.vlan};
    p.ip.v6 = v6;
    p.ip.src4 = c.st.ip4;
    p.ip.dst4 = router_.ip4;
    p.ip.src6 = c.st.ip6;
    p.ip.dst6 = router_.ip6;
    return p;
}

Path Traffic::path(const Client& c, const Server& s, bool v6) const {
    Path p = to_router(c, v6);
    p.ip.dst4 = s.ip4;
    p.ip.dst6 = s.ip6;
    return p;
}

Flow Traffic::web(bool v6, bool bulk) {
    const Client& c = client();
    const Server& s = server();
    TcpFlowConfig cfg;
    cfg.path = path(c, s, v6);
    cfg.client_port = port();
    cfg.server_port = rng_.chance(55) ? 443 : rng_.chance(80) ? 80 : 8080;
    cfg.client_isn = static_cast<uint32_t>(rng_.next());
    cfg.server_isn = static_cast<uint32_t>(rng_.next());
    const uint16_t mss4[4] = {1460, 1460, 1400, 536};
    cfg.mss = v6 ? 1440 : mss4[rng_.below(4)];
    cfg.wscale = static_cast<uint8_t>(rng_.between(2, 10));
    cfg.sack = rng_.chance(80);
    cfg.timestamps = rng_.chance(85);
    cfg.client_ts = static_cast<uint32_t>(rng_.next());
    cfg.server_ts = static_cast<uint32_t>(rng_.next());
    cfg.end_with_reset = rng_.chance(5);
    cfg.filler_seed = static_cast<uint8_t>(rng_.below(26));

    std::vector<TcpMessage> msgs;
    int requests = bulk ? 1 : static_cast<int>(rng_.between(1, 4));
    for (int r = 0; r < requests; ++r) {
        uint32_t body = bulk ? rng_.between(100000, 1500000)
                             : (rng_.chance(60) ? rng_.between(200, 4000) : rng_.between(4000, 60000));
        if (cfg.server_port == 443) {
            msgs.push_back({true, rng_.between(300, 700), "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"});
            msgs.push_back({false, body, "\x17\x03\x03\x40\x00"});
        } else {
            std::string path_name = "/static/" + std::to_string(rng_.below(5000)) + ".js";
            msgs.push_back({true, 0, "GET " + path_name + " HTTP/1.1\r\nHost: " + s.name +
                                         "\r\nUser-Agent: ringdump-gencap\r\nAccept: */*\r\n\r\n"});
            std::string head = "HTTP/1.1 200 OK\r\nContent-Type: application/javascript\r\nContent-Length: " +
                               std::to_string(body) + "\r\n\r\n";
            uint32_t total = body + static_cast<uint32_t>(head.size());
            msgs.push_back({false, total, std::move(head)});
        }
    }
    return TcpFlow(cfg, std::move(msgs));
}

// Interactive: many small messages both ways.
Flow Traffic::ssh() {
    const Client& c = client();
    const Server& s = server();
    TcpFlowConfig cfg;
    cfg.path = path(c, s, rng_.chance(30));
    cfg.client_port = port();
    cfg.server_port = 22;
    cfg.client_isn = static_cast<uint32_t>(rng_.next());
    cfg.server_isn = static_cast<uint32_t>(rng_.next());
    cfg.client_ts = static_cast<uint32_t>(rng_.next());
    cfg.server_ts = static_cast<uint32_t>(rng_.next());
    std::vector<TcpMessage> msgs;
    msgs.push_back({false, 41, "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u2\r\n"});
    msgs.push_back({true, 41, "SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13\r\n"});
    int n = static_cast<int>(rng_.between(10, 60));
    for (int i = 0; i < n; ++i) msgs.push_back({i % 2 == 0, rng_.between(36, 400), ""});
    return TcpFlow(cfg, std::move(msgs));
}

Flow Traffic::new_flow() {
    Script sc;
    uint32_t pick = rng_.below(100);
    if (pick < 30) return web(false, false);
    if (pick < 38) return web(true, false);
    if (pick < 42) return ssh();
    if (pick < 44) return web(rng_.chance(25), true);
    if (pick < 69) {  // DNS
        const Client& c = client();
        const Server& s = server();
        bool aaaa = rng_.chance(40);
        std::vector<std::vector<uint8_t>> addrs;
        if (!rng_.chance(10)) {
            if (aaaa) addrs.emplace_back(s.ip6.begin(), s.ip6.end());
            else addrs.emplace_back(s.ip4.begin(), s.ip4.end());
            if (rng_.chance(30)) addrs.emplace_back(addrs.back()), addrs.back().back() ^= 0x40;
        }
        std::string name = rng_.chance(90) ? s.name : "nxdomain" + std::to_string(rng_.below(999)) + ".example.com";
        dns_exchange(sc.frames, to_router(c, rng_.chance(20)), port(),
                     static_cast<uint16_t>(rng_.next()), name, aaaa ? 28 : 1, addrs);
    } else if (pick < 80) {  // ping
        const Client& c = client();
        bool v6 = pick >= 77;
        ping_exchange(sc.frames, path(c, server(), v6), static_cast<uint16_t>(rng_.next()), 1,
                      static_cast<int>(rng_.between(1, 4)), rng_.chance(80) ? 56 : rng_.between(8, 1400));
    } else if (pick < 88) {  // ARP
        const Client& c = client();
        Station other = clients_[rng_.below(static_cast<uint32_t>(clients_.size()))].st;
        arp_exchange(sc.frames, c.st, rng_.chance(50) ? router_ : other, c.vlan);
    } else if (pick < 92) {
        const Client& c = client();
        ndp_exchange(sc.frames, c.st, router_, c.vlan);
    } else {
        const Client& c = client();
        ntp_exchange(sc.frames, path(c, server(), false), port(), seconds_);
    }
    return sc;
}

void Traffic::next(Bytes& out) {
    for (;;) {
        size_t i = rng_.below(static_cast<uint32_t>(active_.size()));
        bool got = std::visit(
            [&](auto& f) {
                if constexpr (std::is_same_v<std::decay_t<decltype(f)>, TcpFlow>) {
                    return f.next(out);
                } else {
                    if (f.at >= f.frames.size()) return false;
                    out = f.frames[f.at++];
                    return true;
                }
            },
            active_[i]);
        if (got) return;
        active_[i] = new_flow();
    }
}

}  // namespace

int write_bench(const std::string& path, uint64_t packets, uint64_t seed) {
    auto w = rd::PcapWriter::open(path, {});
    if (!w) {
        std::fprintf(stderr, "ringdump-gencap: %s\n", w.error().message.c_str());
        return 1;
    }
    Traffic traffic(seed);
    Rng gaps(seed ^ 0x6a09e667f3bcc909ull);
    Bytes frame;
    int64_t ts = 1709294400LL * 1000000000;
    for (uint64_t n = 0; n < packets; ++n) {
        traffic.next(frame);
        ts += 1000 + gaps.below(40000);  // 1 to 41 µs apart: ~50k packets/s
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
