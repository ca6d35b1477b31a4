#include "headers.hpp"

#include <utility>

namespace gencap {
namespace {

// One's-complement sum of 16-bit big-endian words (RFC 1071), not yet folded.
uint32_t sum16(std::span<const uint8_t> b, uint32_t acc = 0) {
    size_t i = 0;
    for (; i + 1 < b.size(); i += 2) acc += uint32_t{b[i]} << 8 | b[i + 1];
    if (i < b.size()) acc += uint32_t{b[i]} << 8;
    return acc;
}

uint16_t fold(uint32_t acc) {
    while (acc >> 16) acc = (acc & 0xffff) + (acc >> 16);
    return static_cast<uint16_t>(~acc);
}

// The pseudo-header TCP, UDP and ICMPv6 checksums cover.
uint32_t pseudo_sum(const IpPair& ip, Proto proto, size_t l4_len) {
    uint32_t acc = 0;
    if (ip.v6) {
        acc = sum16(ip.src6, sum16(ip.dst6));
        acc += static_cast<uint32_t>(l4_len >> 16) + static_cast<uint32_t>(l4_len & 0xffff);
    } else {
        acc = sum16(ip.src4, sum16(ip.dst4));
        acc += static_cast<uint32_t>(l4_len);
    }
    return acc + static_cast<uint8_t>(proto);
}

size_t checksum_offset(Proto p) {
    switch (p) {
    case Proto::Tcp: return 16;
    case Proto::Udp: return 6;
    case Proto::Icmp:
    case Proto::Icmp6: return 2;
    }
    return 0;
}

}  // namespace

Path Path::reversed() const {
    Path r = *this;
    std::swap(r.link.src, r.link.dst);
    std::swap(r.ip.src4, r.ip.dst4);
    std::swap(r.ip.src6, r.ip.dst6);
    return r;
}

void ethernet(Bytes& out, const Link& link, uint16_t ethertype) {
    out.clear();
    out.put(link.dst);
    out.put(link.src);
    if (link.vlan >= 0) {
        out.u16(0x8100);
        out.u16(static_cast<uint16_t>(link.vlan & 0x0fff));  // priority 0
    }
    out.u16(ethertype);
}

void pad_frame(Bytes& out) {
    if (out.size() < 60) out.zeros(60 - out.size());
}

void ip_frame(Bytes& out, const Path& path, Proto proto, std::span<const uint8_t> l4,
              const IpOptions& opt) {
    const IpPair& ip = path.ip;
    ethernet(out, path.link, ip.v6 ? kEtherIpv6 : kEtherIpv4);
    if (ip.v6) {
        out.u32(0x60000000);
        out.u16(static_cast<uint16_t>(l4.size()));
        out.u8(static_cast<uint8_t>(proto));
        out.u8(opt.ttl);
        out.put(ip.src6);
        out.put(ip.dst6);
    } else {
        size_t start = out.size();
        out.u8(0x45);
        out.u8(0);
        out.u16(static_cast<uint16_t>(20 + l4.size()));
        out.u16(opt.id);
        out.u16(0x4000);  // don't fragment
        out.u8(opt.ttl);
        out.u8(static_cast<uint8_t>(proto));
        out.u16(0);
        out.put(ip.src4);
        out.put(ip.dst4);
        out.set16(start + 10, fold(sum16({out.data() + start, 20})));
    }
    size_t l4_start = out.size();
    out.put(l4);
    uint32_t acc = proto == Proto::Icmp ? 0 : pseudo_sum(ip, proto, l4.size());
    uint16_t sum = fold(sum16({out.data() + l4_start, l4.size()}, acc));
    if (proto == Proto::Udp && sum == 0) sum = 0xffff;  // 0 means "no checksum" in UDP
    out.set16(l4_start + checksum_offset(proto), sum);
    pad_frame(out);
}

void tcp_segment(Bytes& out, uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack,
                 uint8_t flags, uint16_t window, std::span<const uint8_t> options,
                 std::span<const uint8_t> payload) {
    out.clear();
    out.u16(sport);
    out.u16(dport);
    out.u32(seq);
    out.u32(ack);
    out.u8(static_cast<uint8_t>(((20 + options.size()) / 4) << 4));
    out.u8(flags);
    out.u16(window);
    out.u16(0);  // checksum
    out.u16(0);  // urgent pointer
    out.put(options);
    out.put(payload);
}

void udp_datagram(Bytes& out, uint16_t sport, uint16_t dport, std::span<const uint8_t> payload) {
    out.clear();
    out.u16(sport);
    out.u16(dport);
    out.u16(static_cast<uint16_t>(8 + payload.size()));
    out.u16(0);
    out.put(payload);
}

void icmp_echo(Bytes& out, uint8_t type, uint16_t id, uint16_t seq, std::span<const uint8_t> payload) {
    out.clear();
    out.u8(type);
    out.u8(0);
    out.u16(0);
    out.u16(id);
    out.u16(seq);
    out.put(payload);
}

void icmp6_neighbor(Bytes& out, bool advert, const Ip6& target, const Mac& lladdr, bool solicited) {
    out.clear();
    out.u8(advert ? 136 : 135);
    out.u8(0);
    out.u16(0);
    // Advertisement flags: solicited and override; a solicitation has none.
    out.u32(advert ? (solicited ? 0x60000000u : 0x20000000u) : 0);
    out.put(target);
    out.u8(advert ? 2 : 1);  // target / source link-layer address option
    out.u8(1);               // length in units of 8 bytes
    out.put(lladdr);
}

void arp_frame(Bytes& out, const Link& link, uint16_t op, const Mac& sha, const Ip4& spa,
               const Mac& tha, const Ip4& tpa) {
    ethernet(out, link, kEtherArp);
    out.u16(1);       // Ethernet
    out.u16(0x0800);  // IPv4
    out.u8(6);
    out.u8(4);
    out.u16(op);
    out.put(sha);
    out.put(spa);
    out.put(tha);
    out.put(tpa);
    pad_frame(out);
}

Ip6 solicited_node(const Ip6& addr) {
    Ip6 g{0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, addr[13], addr[14], addr[15]};
    return g;
}

Mac ipv6_multicast_mac(const Ip6& group) {
    return Mac{0x33, 0x33, group[12], group[13], group[14], group[15]};
}

}  // namespace gencap
