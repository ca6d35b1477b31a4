#include "names.hpp"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/ether.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cctype>
#include <cstdio>
#include <cstring>

namespace rd::bpf::names {

std::vector<HostAddr> resolve_host(const std::string& name) {
    std::vector<HostAddr> out;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_protocol = IPPROTO_TCP;
    addrinfo* res = nullptr;
    if (getaddrinfo(name.c_str(), nullptr, &hints, &res) != 0) return out;
    for (addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
        HostAddr h;
        if (ai->ai_family == AF_INET) {
            const auto* sin = reinterpret_cast<const sockaddr_in*>(ai->ai_addr);
            h.v4 = ntohl(sin->sin_addr.s_addr);
        } else if (ai->ai_family == AF_INET6) {
            const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(ai->ai_addr);
            h.v6 = true;
            std::memcpy(h.a6.data(), &sin6->sin6_addr, 16);
        } else {
            continue;
        }
        out.push_back(h);
    }
    freeaddrinfo(res);
    return out;
}

uint32_t resolve_net(const std::string& name) {
    netent ne{};
    netent* result = nullptr;
    char buf[4096];
    int herr = 0;
    if (getnetbyname_r(name.c_str(), &ne, buf, sizeof buf, &result, &herr) == 0 && result)
        return result->n_net;
    return 0;
}

std::optional<std::array<uint8_t, 6>> ether_host(const std::string& name) {
    ether_addr ea{};
    if (ether_hostton(name.c_str(), &ea) != 0) return std::nullopt;
    std::array<uint8_t, 6> out{};
    std::memcpy(out.data(), ea.ether_addr_octet, 6);
    return out;
}

namespace {
int service_port(const std::string& name, int socktype, int protocol) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = socktype;
    hints.ai_protocol = protocol;
    addrinfo* res = nullptr;
    if (getaddrinfo(nullptr, name.c_str(), &hints, &res) != 0) return -1;
    int port = -1;
    for (addrinfo* ai = res; ai != nullptr; ai = ai->ai_next) {
        if (ai->ai_addr == nullptr) continue;
        if (ai->ai_addr->sa_family == AF_INET) {
            port = ntohs(reinterpret_cast<const sockaddr_in*>(ai->ai_addr)->sin_port);
            break;
        }
        if (ai->ai_addr->sa_family == AF_INET6) {
            port = ntohs(reinterpret_cast<const sockaddr_in6*>(ai->ai_addr)->sin6_port);
            break;
        }
    }
    freeaddrinfo(res);
    return port;
}
}  // namespace

std::optional<PortLookup> port(const std::string& name) {
    int tcp = service_port(name, SOCK_STREAM, IPPROTO_TCP);
    int udp = service_port(name, SOCK_DGRAM, IPPROTO_UDP);
    if (tcp >= 0) {
        PortLookup p{tcp, IPPROTO_TCP};
        if (udp >= 0 && udp == tcp) p.proto = kProtoUndef;
        return p;
    }
    if (udp >= 0) return PortLookup{udp, IPPROTO_UDP};
    return std::nullopt;
}

std::optional<std::pair<PortLookup, int>> port_range(const std::string& name) {
    int p1 = 0, p2 = 0;
    if (std::sscanf(name.c_str(), "%d-%d", &p1, &p2) == 2)
        return std::pair{PortLookup{p1, kProtoUndef}, p2};
    size_t dash = name.find('-');
    if (dash == std::string::npos) return std::nullopt;
    auto a = port(name.substr(0, dash));
    if (!a) return std::nullopt;
    auto b = port(name.substr(dash + 1));
    if (!b) return std::nullopt;
    PortLookup r{a->port, b->proto};
    if (b->proto != a->proto) r.proto = kProtoUndef;
    return std::pair{r, b->port};
}

int ip_proto(const std::string& name) {
    protoent pe{};
    protoent* result = nullptr;
    char buf[4096];
    if (getprotobyname_r(name.c_str(), &pe, buf, sizeof buf, &result) == 0 && result)
        return result->p_proto;
    return kProtoUndef;
}

int ether_proto(const std::string& name) {
    static const struct {
        const char* name;
        int value;
    } kTable[] = {{"aarp", 0x80f3}, {"arp", 0x0806}, {"atalk", 0x809b}, {"decnet", 0x6003},
                  {"ip", 0x0800}, {"ip6", 0x86dd}, {"lat", 0x6004}, {"loopback", 0x9000},
                  {"mopdl", 0x6001}, {"moprc", 0x6002}, {"rarp", 0x8035}, {"sca", 0x6007}};
    for (const auto& e : kTable)
        if (name == e.name) return e.value;
    return kProtoUndef;
}

int llc_proto(const std::string& name) {
    static const struct {
        const char* name;
        int value;
    } kTable[] = {{"iso", 0xfe}, {"stp", 0x42}, {"ipx", 0xe0}, {"netbeui", 0xf0}};
    for (const auto& e : kTable)
        if (name == e.name) return e.value;
    return kProtoUndef;
}

int atoin(const std::string& s, uint32_t& addr) {
    addr = 0;
    int len = 0;
    size_t i = 0;
    while (true) {
        unsigned n = 0;
        while (i < s.size() && s[i] != '.') {
            if (n > 25) return -1;  // the result would exceed 255
            n = n * 10 + static_cast<unsigned>(static_cast<unsigned char>(s[i++]) - '0');
        }
        if (n > 255) return -1;
        addr = (addr << 8) | (n & 0xff);
        len += 8;
        if (i >= s.size()) return len;
        ++i;
    }
}

int atodn(const std::string& s, uint32_t& addr) {
    unsigned area = 0, node = 0;
    if (std::sscanf(s.c_str(), "%u.%u", &area, &node) != 2) return 0;
    addr = ((area << 10) & 0176000) | (node & 01777);
    return 32;
}

std::vector<uint8_t> ether_aton(const std::string& s) {
    auto xdtoi = [](unsigned char c) -> uint8_t {
        if (c >= '0' && c <= '9') return static_cast<uint8_t>(c - '0');
        if (c >= 'a' && c <= 'f') return static_cast<uint8_t>(c - 'a' + 10);
        return static_cast<uint8_t>(c - 'A' + 10);  // libpcap's arithmetic, also for junk
    };
    std::vector<uint8_t> out;
    size_t i = 0;
    while (i < s.size()) {
        if (s[i] == ':' || s[i] == '.' || s[i] == '-') ++i;
        if (i >= s.size()) break;
        uint8_t d = xdtoi(static_cast<unsigned char>(s[i++]));
        if (i < s.size() && std::isxdigit(static_cast<unsigned char>(s[i]))) {
            d = static_cast<uint8_t>((d << 4) | xdtoi(static_cast<unsigned char>(s[i++])));
        }
        out.push_back(d);
    }
    return out;
}

}  // namespace rd::bpf::names
