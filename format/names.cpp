#include "ringdump/format/names.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace rd {

void put_ipv4(OutBuf& out, uint32_t a) {
    out.dec(a >> 24);
    out.put('.');
    out.dec((a >> 16) & 0xff);
    out.put('.');
    out.dec((a >> 8) & 0xff);
    out.put('.');
    out.dec(a & 0xff);
}

void put_ipv6(OutBuf& out, std::span<const uint8_t, 16> a) {
    uint16_t w[8];
    for (int i = 0; i < 8; ++i) w[i] = static_cast<uint16_t>(a[2 * i] << 8 | a[2 * i + 1]);
    // Longest run of zero words (at least two), first one on ties.
    int best = -1, best_len = 0;
    for (int i = 0; i < 8;) {
        if (w[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && w[j] == 0) ++j;
        if (j - i > best_len) {
            best = i;
            best_len = j - i;
        }
        i = j;
    }
    if (best_len < 2) best = -1;
    for (int i = 0; i < 8; ++i) {
        if (best >= 0 && i >= best && i < best + best_len) {
            if (i == best) out.put(':');
            continue;
        }
        if (i != 0) out.put(':');
        // Embedded IPv4: ::a.b.c.d and ::ffff:a.b.c.d (tcpdump prints ::2, not ::0.0.0.2).
        if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff))) {
            put_ipv4(out, uint32_t{a[12]} << 24 | uint32_t{a[13]} << 16 | uint32_t{a[14]} << 8 | a[15]);
            return;
        }
        out.hex(w[i]);
    }
    if (best >= 0 && best + best_len == 8) out.put(':');
}

void put_mac(OutBuf& out, std::span<const uint8_t, 6> a) {
    for (int i = 0; i < 6; ++i) {
        if (i) out.put(':');
        out.hex(a[i], 2);
    }
}

Names::Names(bool numeric) : numeric_(numeric) {}

void Names::ipv4(OutBuf& out, uint32_t addr) {
    if (numeric_) return put_ipv4(out, addr);
    auto it = host4_.find(addr);
    if (it == host4_.end()) {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(addr);
        char host[NI_MAXHOST];
        std::string name;
        if (getnameinfo(reinterpret_cast<sockaddr*>(&sin), sizeof sin, host, sizeof host, nullptr, 0,
                        NI_NAMEREQD) == 0) {
            name = host;
        } else {
            OutBuf tmp;
            put_ipv4(tmp, addr);
            name = std::string(tmp.view());
        }
        it = host4_.emplace(addr, std::move(name)).first;
    }
    out.put(it->second);
}

void Names::ipv6(OutBuf& out, std::span<const uint8_t, 16> a) {
    if (numeric_) return put_ipv6(out, a);
    std::string key(reinterpret_cast<const char*>(a.data()), 16);
    auto it = host6_.find(key);
    if (it == host6_.end()) {
        sockaddr_in6 sin6{};
        sin6.sin6_family = AF_INET6;
        std::memcpy(&sin6.sin6_addr, a.data(), 16);
        char host[NI_MAXHOST];
        std::string name;
        if (getnameinfo(reinterpret_cast<sockaddr*>(&sin6), sizeof sin6, host, sizeof host, nullptr, 0,
                        NI_NAMEREQD) == 0) {
            name = host;
        } else {
            OutBuf tmp;
            put_ipv6(tmp, a);
            name = std::string(tmp.view());
        }
        it = host6_.emplace(std::move(key), std::move(name)).first;
    }
    out.put(it->second);
}

namespace {
struct OuiName {
    uint32_t oui;
    const char* name;
};
// The OUIs tcpdump names (its oui_values table; 0x0080c2 is listed first as the
// RFC 2684 bridging OUI, so that name wins).
constexpr OuiName kOuis[] = {
    {0x000000, "Ethernet"},        {0x00000c, "Cisco"},
    {0x00005e, "IANA"},            {0x000081, "Nortel Networks SONMP"},
    {0x0000f8, "Cisco bridged"},   {0x0080c2, "Ethernet bridged"},
    {0x00a03e, "ATM Forum"},       {0x00e02f, "DOCSIS Spanning Tree"},
    {0x080007, "Appletalk"},       {0x009069, "Juniper"},
    {0x080009, "Hewlett-Packard"}, {0x00120f, "IEEE 802.3 Private"},
    {0x0012bb, "ANSI/TIA"},        {0x001b21, "DCBX"},
    {0x002320, "Nicira Networks"}, {0x5c16c7, "Big Switch Networks"},
    {0xb0d2f5, "Vello Systems"},   {0x002481, "HP"},
    {0x0004ea, "HP-Labs"},         {0x748771, "Infoblox Inc"},
    {0xa42305, "Open Networking Lab"}, {0x00049f, "Freescale"},
    {0x0015ad, "Netronome"},       {0x001018, "Broadcom"},
    {0x00e004, "PMC-Sierra"},      {0xd0f0db, "Ericsson"},
};

uint64_t mac_key(std::span<const uint8_t, 6> a) {
    uint64_t k = 0;
    for (uint8_t b : a) k = k << 8 | b;
    return k;
}

// One /etc/ethers line: "00:11:22:33:44:55 name" (hex digits, one or two per octet).
bool parse_ethers_line(const std::string& line, uint64_t& key, std::string& name) {
    size_t i = 0;
    auto skip_ws = [&] {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    };
    auto hexval = [](char ch) {
        return ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
             : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
    };
    skip_ws();
    key = 0;
    for (int octet = 0; octet < 6; ++octet) {
        if (octet) {
            if (i >= line.size() || line[i] != ':') return false;
            ++i;
        }
        int digits = 0, v = 0;
        while (digits < 2 && i < line.size() && hexval(line[i]) >= 0) {
            v = v << 4 | hexval(line[i++]);
            ++digits;
        }
        if (digits == 0) return false;
        key = key << 8 | static_cast<uint64_t>(v);
    }
    if (i >= line.size() || (line[i] != ' ' && line[i] != '\t')) return false;
    skip_ws();
    size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '#') ++i;
    if (i == start) return false;
    name = line.substr(start, i - start);
    return true;
}
}  // namespace

const char* oui_name(uint32_t oui) {
    for (const auto& o : kOuis)
        if (o.oui == oui) return o.name;
    return nullptr;
}

void Names::load_ethers() {
    ethers_loaded_ = true;
    std::ifstream in("/etc/ethers");
    std::string line, name;
    uint64_t key = 0;
    while (std::getline(in, line)) {
        if (auto h = line.find('#'); h != std::string::npos) line.resize(h);
        if (parse_ethers_line(line, key, name)) ethers_.emplace(key, name);  // first wins
    }
}

// As tcpdump's etheraddr_string without -n: a name from /etc/ethers, "Broadcast",
// or the address followed by its OUI's name from tcpdump's table.
void Names::mac(OutBuf& out, std::span<const uint8_t, 6> a) {
    if (numeric_) return put_mac(out, a);
    if (!ethers_loaded_) load_ethers();
    const uint64_t key = mac_key(a);
    if (!ethers_.empty()) {
        if (auto it = ethers_.find(key); it != ethers_.end()) return out.put(it->second);
    }
    if (key == 0xffffffffffffULL) return out.put("Broadcast");
    put_mac(out, a);
    const char* vendor = oui_name(static_cast<uint32_t>(key >> 24));
    out.put(" (oui ");
    out.put(vendor ? vendor : "Unknown");
    out.put(')');
}

void Names::load_services() {
    services_loaded_ = true;
    std::ifstream in("/etc/services");
    std::string line;
    while (std::getline(in, line)) {
        if (auto h = line.find('#'); h != std::string::npos) line.resize(h);
        std::istringstream ls(line);
        std::string name, portproto;
        if (!(ls >> name >> portproto)) continue;
        auto slash = portproto.find('/');
        if (slash == std::string::npos) continue;
        int port = std::atoi(portproto.c_str());
        if (port <= 0 || port > 65535) continue;
        std::string proto = portproto.substr(slash + 1);
        auto& table = proto == "tcp" ? tcp_ : proto == "udp" ? udp_ : proto == "sctp" ? sctp_ : udp_;
        if (proto != "tcp" && proto != "udp" && proto != "sctp") continue;
        table.emplace(static_cast<uint16_t>(port), name);  // first entry wins
    }
}

namespace {
void port_or_name(OutBuf& out, const std::unordered_map<uint16_t, std::string>& t, uint16_t port) {
    if (auto it = t.find(port); it != t.end())
        out.put(it->second);
    else
        out.dec(port);
}
}  // namespace

void Names::tcp_port(OutBuf& out, uint16_t port) {
    if (numeric_) return out.dec(port);
    if (!services_loaded_) load_services();
    port_or_name(out, tcp_, port);
}
void Names::udp_port(OutBuf& out, uint16_t port) {
    if (numeric_) return out.dec(port);
    if (!services_loaded_) load_services();
    port_or_name(out, udp_, port);
}
void Names::sctp_port(OutBuf& out, uint16_t port) {
    if (numeric_) return out.dec(port);
    if (!services_loaded_) load_services();
    port_or_name(out, sctp_, port);
}

}  // namespace rd
