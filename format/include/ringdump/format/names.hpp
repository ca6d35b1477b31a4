// Addresses and ports as text: numeric with -n, otherwise resolved the way tcpdump
// resolves them (reverse DNS for hosts, /etc/services for ports, /etc/ethers and the
// OUI list for MAC addresses), each answer cached so a big file is not slowed down.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>

#include "ringdump/format/out_buffer.hpp"

namespace rd {

// Numeric forms, usable without a Names object.
void put_ipv4(OutBuf& out, uint32_t addr);                   // addr in host order
void put_ipv6(OutBuf& out, std::span<const uint8_t, 16> a);  // RFC-style :: compression
void put_mac(OutBuf& out, std::span<const uint8_t, 6> a);    // 00:11:22:33:44:55

// tcpdump's own OUI table (oui_values: "Cisco", "Ethernet bridged", ...); nullptr when
// the OUI is not in it. Printers use it for SNAP/LLDP/CDP OUIs; MAC names use it too.
const char* oui_name(uint32_t oui);

class Names {
public:
    explicit Names(bool numeric);

    bool numeric() const { return numeric_; }
    void ipv4(OutBuf& out, uint32_t addr);
    void ipv6(OutBuf& out, std::span<const uint8_t, 16> a);
    void mac(OutBuf& out, std::span<const uint8_t, 6> a);
    void tcp_port(OutBuf& out, uint16_t port);
    void udp_port(OutBuf& out, uint16_t port);
    void sctp_port(OutBuf& out, uint16_t port);

private:
    void load_services();
    void load_ethers();
    bool numeric_;
    bool ethers_loaded_ = false;
    std::unordered_map<uint64_t, std::string> ethers_;  // key: the 48-bit address
    bool services_loaded_ = false;
    std::unordered_map<uint32_t, std::string> host4_;
    std::unordered_map<std::string, std::string> host6_;  // key: 16 raw bytes
    std::unordered_map<uint16_t, std::string> tcp_, udp_, sctp_;
};

}  // namespace rd
