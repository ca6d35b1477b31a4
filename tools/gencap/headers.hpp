// Protocol headers for generated frames: Ethernet/802.1Q, ARP, IPv4, IPv6, TCP, UDP, ICMP,
// ICMPv6. ip_frame() computes every length and checksum, so frames check out in tcpdump -vv.
#pragma once
#include <array>
#include <cstdint>
#include <span>

#include "bytes.hpp"

namespace gencap {

using Mac = std::array<uint8_t, 6>;
using Ip4 = std::array<uint8_t, 4>;
using Ip6 = std::array<uint8_t, 16>;

struct Link {
    Mac src{}, dst{};
    int vlan = -1;  // 802.1Q VLAN id, -1: untagged
};

struct IpPair {
    bool v6 = false;
    Ip4 src4{}, dst4{};
    Ip6 src6{}, dst6{};
};

// The way between two hosts, as the first one sends.
struct Path {
    Link link;
    IpPair ip;
    Path reversed() const;
};

enum class Proto : uint8_t { Icmp = 1, Tcp = 6, Udp = 17, Icmp6 = 58 };

struct IpOptions {
    uint8_t ttl = 64;   // hop limit for IPv6
    uint16_t id = 0;    // IPv4 identification
};

namespace tcpflag {
inline constexpr uint8_t FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;
}

inline constexpr uint16_t kEtherIpv4 = 0x0800, kEtherArp = 0x0806, kEtherIpv6 = 0x86dd;

// Ethernet header (with an 802.1Q tag when link.vlan >= 0) into an empty out.
void ethernet(Bytes& out, const Link& link, uint16_t ethertype);
// Short frames padded to the 60-byte Ethernet minimum, as a receiving NIC sees them.
void pad_frame(Bytes& out);
// A whole frame: out = link header, IP header, l4 with its checksum filled in.
void ip_frame(Bytes& out, const Path& path, Proto proto, std::span<const uint8_t> l4,
              const IpOptions& opt = {});

// Transport layers, checksum field 0 (ip_frame fills it).
void tcp_segment(Bytes& out, uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack,
                 uint8_t flags, uint16_t window, std::span<const uint8_t> options,
                 std::span<const uint8_t> payload);
void udp_datagram(Bytes& out, uint16_t sport, uint16_t dport, std::span<const uint8_t> payload);
// ICMP echo (type 8/0) and ICMPv6 echo (128/129) share this layout.
void icmp_echo(Bytes& out, uint8_t type, uint16_t id, uint16_t seq, std::span<const uint8_t> payload);
// ICMPv6 neighbour solicitation (advert = false) or advertisement, with the link-layer
// address option.
void icmp6_neighbor(Bytes& out, bool advert, const Ip6& target, const Mac& lladdr, bool solicited);
// ARP for IPv4 over Ethernet: op 1 request, 2 reply; a whole frame.
void arp_frame(Bytes& out, const Link& link, uint16_t op, const Mac& sha, const Ip4& spa,
               const Mac& tha, const Ip4& tpa);

// ff02::1:ffXX:XXXX and its 33:33:ff:XX:XX:XX MAC address.
Ip6 solicited_node(const Ip6& addr);
Mac ipv6_multicast_mac(const Ip6& group);

}  // namespace gencap
