// Name resolution for the filter compiler: hosts (resolver), networks, Ethernet names
// (/etc/ethers), services and protocols (/etc/services, /etc/protocols).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rd::bpf::names {

struct HostAddr {
    bool v6 = false;
    uint32_t v4 = 0;                 // host byte order
    std::array<uint8_t, 16> a6{};    // network byte order
};

// All addresses of a host name, in resolver order; empty if it does not resolve.
std::vector<HostAddr> resolve_host(const std::string& name);
// A network name from the networks database (host byte order), 0 if unknown.
uint32_t resolve_net(const std::string& name);
std::optional<std::array<uint8_t, 6>> ether_host(const std::string& name);

inline constexpr int kProtoUndef = -1;
struct PortLookup {
    int port = 0;
    int proto = kProtoUndef;  // 6 tcp, 17 udp, or kProtoUndef when both agree
};
// A service name (or number) as TCP and UDP know it.
std::optional<PortLookup> port(const std::string& name);
// "a-b" with names or numbers.
std::optional<std::pair<PortLookup, int>> port_range(const std::string& name);
int ip_proto(const std::string& name);   // kProtoUndef if unknown
int ether_proto(const std::string& name);
int llc_proto(const std::string& name);

// libpcap's lenient dotted-quad parser: returns the number of bits given, -1 if bad.
int atoin(const std::string& s, uint32_t& addr);
// DECnet "area.node"; returns 0 on a bad address.
int atodn(const std::string& s, uint32_t& addr);
// Hex digits with optional ':', '.', '-' separators, two digits per byte.
std::vector<uint8_t> ether_aton(const std::string& s);

}  // namespace rd::bpf::names
