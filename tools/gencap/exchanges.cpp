#include "exchanges.hpp"

#include "dns.hpp"

namespace gencap {
namespace {

Bytes& add(Frames& out) {
    out.emplace_back();
    return out.back();
}

}  // namespace

void dns_exchange(Frames& out, const Path& to_server, uint16_t client_port, uint16_t id,
                  std::string_view name, uint16_t qtype,
                  const std::vector<std::vector<uint8_t>>& addresses) {
    Bytes msg, l4;
    dns_query(msg, id, name, qtype);
    udp_datagram(l4, client_port, 53, msg.span());
    ip_frame(add(out), to_server, Proto::Udp, l4.span(), {64, static_cast<uint16_t>(id ^ 0x5a5a)});

    std::vector<DnsAnswer> answers;
    for (const auto& a : addresses) answers.push_back({qtype, 300, {a.data(), a.size()}});
    dns_response(msg, id, name, qtype, answers, addresses.empty() ? 3 : 0);
    udp_datagram(l4, 53, client_port, msg.span());
    ip_frame(add(out), to_server.reversed(), Proto::Udp, l4.span(), {64, static_cast<uint16_t>(id)});
}

void ping_exchange(Frames& out, const Path& path, uint16_t id, uint16_t first_seq, int count,
                   size_t payload_len) {
    Bytes payload, l4;
    for (size_t i = 0; i < payload_len; ++i) payload.u8(static_cast<uint8_t>(0x10 + i));
    bool v6 = path.ip.v6;
    Proto proto = v6 ? Proto::Icmp6 : Proto::Icmp;
    for (int i = 0; i < count; ++i) {
        uint16_t seq = static_cast<uint16_t>(first_seq + i);
        icmp_echo(l4, v6 ? 128 : 8, id, seq, payload.span());
        ip_frame(add(out), path, proto, l4.span(), {64, static_cast<uint16_t>(0x4000 + seq)});
        icmp_echo(l4, v6 ? 129 : 0, id, seq, payload.span());
        ip_frame(add(out), path.reversed(), proto, l4.span(), {55, static_cast<uint16_t>(0x7100 + seq)});
    }
}

void arp_exchange(Frames& out, const Station& asker, const Station& target, int vlan) {
    const Mac broadcast{0xff, 0xff, 0xff, 0xff, 0xff, 0xff};
    arp_frame(add(out), {asker.mac, broadcast, vlan}, 1, asker.mac, asker.ip4, Mac{}, target.ip4);
    arp_frame(add(out), {target.mac, asker.mac, vlan}, 2, target.mac, target.ip4, asker.mac, asker.ip4);
}

void ndp_exchange(Frames& out, const Station& asker, const Station& target, int vlan) {
    Bytes l4;
    Ip6 group = solicited_node(target.ip6);
    Path ask;
    ask.link = {asker.mac, ipv6_multicast_mac(group), vlan};
    ask.ip.v6 = true;
    ask.ip.src6 = asker.ip6;
    ask.ip.dst6 = group;
    icmp6_neighbor(l4, false, target.ip6, asker.mac, false);
    ip_frame(add(out), ask, Proto::Icmp6, l4.span(), {255, 0});

    Path answer;
    answer.link = {target.mac, asker.mac, vlan};
    answer.ip.v6 = true;
    answer.ip.src6 = target.ip6;
    answer.ip.dst6 = asker.ip6;
    icmp6_neighbor(l4, true, target.ip6, target.mac, true);
    ip_frame(add(out), answer, Proto::Icmp6, l4.span(), {255, 0});
}

void ntp_exchange(Frames& out, const Path& to_server, uint16_t client_port, uint32_t seconds) {
    const uint32_t ntp_epoch_offset = 2208988800u;  // 1900 to 1970
    Bytes msg, l4;
    msg.u8(0x23);  // LI 0, version 4, client
    msg.u8(0);
    msg.u8(6);
    msg.u8(0xec);
    msg.zeros(36);
    msg.u32(seconds + ntp_epoch_offset);  // transmit time stamp
    msg.u32(0x12345678);
    udp_datagram(l4, client_port, 123, msg.span());
    ip_frame(add(out), to_server, Proto::Udp, l4.span(), {64, static_cast<uint16_t>(seconds)});

    msg.clear();
    msg.u8(0x24);  // server
    msg.u8(2);     // stratum
    msg.u8(6);
    msg.u8(0xe9);
    msg.u32(0x00000010);
    msg.u32(0x00000020);
    msg.put(std::string_view("GPS\0", 4));
    for (int i = 0; i < 4; ++i) {  // reference, origin, receive, transmit
        msg.u32(seconds + ntp_epoch_offset);
        msg.u32(0x12345678u + static_cast<uint32_t>(i));
    }
    udp_datagram(l4, 123, client_port, msg.span());
    ip_frame(add(out), to_server.reversed(), Proto::Udp, l4.span(), {58, static_cast<uint16_t>(seconds + 1)});
}

}  // namespace gencap
