// Short request/response exchanges (DNS, ICMP echo, ARP, neighbour discovery, NTP),
// each built as a whole list of frames.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "bytes.hpp"
#include "headers.hpp"

namespace gencap {

using Frames = std::vector<Bytes>;

struct Station {
    Mac mac{};
    Ip4 ip4{};
    Ip6 ip6{};
};

// A query and its answer from `server`: A or AAAA records, or NXDOMAIN when addresses is
// empty. Each address is 4 (A) or 16 (AAAA) bytes.
void dns_exchange(Frames& out, const Path& to_server, uint16_t client_port, uint16_t id,
                  std::string_view name, uint16_t qtype,
                  const std::vector<std::vector<uint8_t>>& addresses);
// count echo requests, each answered; ICMPv6 when path.ip.v6.
void ping_exchange(Frames& out, const Path& path, uint16_t id, uint16_t first_seq, int count,
                   size_t payload_len);
// Broadcast who-has from asker, unicast reply from target.
void arp_exchange(Frames& out, const Station& asker, const Station& target, int vlan);
// Neighbour solicitation to the target's solicited-node group, advertisement back.
void ndp_exchange(Frames& out, const Station& asker, const Station& target, int vlan);
// An NTP v4 client request and the server's reply.
void ntp_exchange(Frames& out, const Path& to_server, uint16_t client_port, uint32_t seconds);

}  // namespace gencap
