// Primitives whose operand is a name or an address: the qualifier decides what the
// text means (host, network, port, protocol) and which header fields are compared.
#include <arpa/inet.h>

#include <cstring>

#include "gencode.hpp"
#include "names.hpp"

namespace rd::bpf::gen {

using namespace op;

namespace {

[[noreturn]] void syntax() { fail("syntax error in filter expression"); }

int lookup_proto(const std::string& name, int proto) {
    switch (proto) {
    case ast::Q_DEFAULT:
    case ast::Q_IP:
    case ast::Q_IPV6: {
        int v = names::ip_proto(name);
        if (v == names::kProtoUndef) fail("unknown ip proto '" + name + "'");
        return v;
    }
    case ast::Q_LINK: {
        int v = names::ether_proto(name);
        if (v == names::kProtoUndef) v = names::llc_proto(name);
        if (v == names::kProtoUndef) fail("unknown ether proto '" + name + "'");
        return v;
    }
    case ast::Q_ISO:
        if (name == "esis") return 0x82;
        if (name == "isis") return 0x83;
        if (name == "clnp") return 0x81;
        fail("unknown osi proto '" + name + "'");
    default: return names::kProtoUndef;
    }
}

// "port 'x' is tcp" when the service name contradicts the protocol qualifier.
int check_port_proto(int qproto, int real_proto, const std::string& name, const char* what) {
    auto bad = [&](const char* is) { fail(std::string(what) + " '" + name + "' is " + is); };
    if (qproto == ast::Q_UDP) {
        if (real_proto == IPPROTO_TCP) bad("tcp");
        if (real_proto == IPPROTO_SCTP) bad("sctp");
        return IPPROTO_UDP;
    }
    if (qproto == ast::Q_TCP) {
        if (real_proto == IPPROTO_UDP) bad("udp");
        if (real_proto == IPPROTO_SCTP) bad("sctp");
        return IPPROTO_TCP;
    }
    if (qproto == ast::Q_SCTP) {
        if (real_proto == IPPROTO_UDP) bad("udp");
        if (real_proto == IPPROTO_TCP) bad("tcp");
        return IPPROTO_SCTP;
    }
    return real_proto;
}

void check_port_number(long port) {
    if (port < 0) fail("illegal port number " + std::to_string(port) + " < 0");
    if (port > 65535) fail("illegal port number " + std::to_string(port) + " > 65535");
}

}  // namespace

Frag Gen::gen_scode(const std::string& name, ast::Qual q) {
    const int proto = q.proto, dir = q.dir;
    switch (q.addr) {
    case ast::A_NET: {
        uint32_t addr = names::resolve_net(name);
        if (addr == 0) fail("unknown network '" + name + "'");
        uint32_t mask = 0xffffffffu;
        while (addr != 0 && (addr & 0xff000000u) == 0) {
            addr <<= 8;
            mask <<= 8;
        }
        return gen_host(addr, mask, proto, dir, q.addr);
    }
    case ast::A_DEFAULT:
    case ast::A_HOST:
        if (proto == ast::Q_LINK) {
            auto ea = names::ether_host(name);
            switch (linktype) {
            case dlt::EN10MB:
            case dlt::NETANALYZER:
            case dlt::NETANALYZER_TRANSPARENT: {
                if (!ea) fail("unknown ether host '" + name + "'");
                std::optional<Frag> tmp = gen_prevlinkhdr_check();
                Frag b = gen_ehostop(ea->data(), dir);
                if (tmp) gen_and(*tmp, b);
                return b;
            }
            case dlt::FDDI:
                if (!ea) fail("unknown FDDI host '" + name + "'");
                return gen_fhostop(ea->data(), dir);
            case dlt::IEEE802:
                if (!ea) fail("unknown token ring host '" + name + "'");
                return gen_thostop(ea->data(), dir);
            case dlt::IEEE802_11:
            case dlt::PRISM_HEADER:
            case dlt::IEEE802_11_RADIO_AVS:
            case dlt::IEEE802_11_RADIO:
            case dlt::PPI:
                if (!ea) fail("unknown 802.11 host '" + name + "'");
                return gen_wlanhostop(ea->data(), dir);
            case dlt::IP_OVER_FC:
                if (!ea) fail("unknown Fibre Channel host '" + name + "'");
                return gen_ipfchostop(ea->data(), dir);
            default:
                fail("only ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel supports link-level host name");
            }
        }
        if (proto == ast::Q_DECNET)
            fail("decnet name support not included, '" + name + "' cannot be translated");
        {
            std::vector<names::HostAddr> addrs = names::resolve_host(name);
            if (addrs.empty()) fail("unknown host '" + name + "'");
            int tproto = proto, tproto6 = proto;
            if (off_linktype.constant_part == OFFSET_NOT_SET && tproto == ast::Q_DEFAULT) {
                tproto = ast::Q_IP;
                tproto6 = ast::Q_IPV6;
            }
            std::optional<Frag> b;
            uint8_t mask128[16];
            std::memset(mask128, 0xff, sizeof mask128);
            for (const names::HostAddr& a : addrs) {
                Frag tmp;
                if (!a.v6) {
                    if (tproto == ast::Q_IPV6) continue;
                    tmp = gen_host(a.v4, 0xffffffffu, tproto, dir, q.addr);
                } else {
                    if (tproto6 == ast::Q_IP) continue;
                    tmp = gen_host6(a.a6.data(), mask128, tproto6, dir, q.addr);
                }
                if (b) gen_or(*b, tmp);
                b = std::move(tmp);
            }
            if (!b)
                fail("unknown host '" + name + "'" +
                     (proto == ast::Q_DEFAULT ? "" : " for specified address family"));
            return std::move(*b);
        }
    case ast::A_PORT: {
        if (proto != ast::Q_DEFAULT && proto != ast::Q_UDP && proto != ast::Q_TCP &&
            proto != ast::Q_SCTP)
            fail("illegal qualifier of 'port'");
        auto p = names::port(name);
        if (!p) fail("unknown port '" + name + "'");
        int real = check_port_proto(proto, p->proto, name, "port");
        check_port_number(p->port);
        Frag b = gen_port(static_cast<uint32_t>(p->port), real, dir);
        Frag b6 = gen_port6(static_cast<uint32_t>(p->port), real, dir);
        gen_or(b6, b);
        return b;
    }
    case ast::A_PORTRANGE: {
        if (proto != ast::Q_DEFAULT && proto != ast::Q_UDP && proto != ast::Q_TCP &&
            proto != ast::Q_SCTP)
            fail("illegal qualifier of 'portrange'");
        auto r = names::port_range(name);
        if (!r) fail("unknown port in range '" + name + "'");
        int real = check_port_proto(proto, r->first.proto, name, "port in range");
        check_port_number(r->first.port);
        check_port_number(r->second);
        auto p1 = static_cast<uint32_t>(r->first.port), p2 = static_cast<uint32_t>(r->second);
        Frag b = gen_portrange(p1, p2, real, dir);
        Frag b6 = gen_portrange6(p1, p2, real, dir);
        gen_or(b6, b);
        return b;
    }
    case ast::A_GATEWAY: fail("'gateway' not supported in this configuration");
    case ast::A_PROTO:
    case ast::A_PROTOCHAIN: {
        int real = lookup_proto(name, proto);
        if (real < 0) fail("unknown protocol: " + name);
        if (q.addr == ast::A_PROTO) return gen_proto(static_cast<uint32_t>(real), proto, dir);
        return gen_protochain(static_cast<uint32_t>(real), proto);
    }
    default: syntax();
    }
}

Frag Gen::gen_ncode(const std::string* s, uint32_t v, ast::Qual q) {
    int proto = q.proto;
    const int dir = q.dir;
    int vlen = 32;
    if (s != nullptr) {
        if (proto == ast::Q_DECNET) {
            vlen = names::atodn(*s, v);
            if (vlen == 0) fail("malformed decnet address '" + *s + "'");
        } else {
            vlen = names::atoin(*s, v);
            if (vlen < 0) fail("invalid IPv4 address '" + *s + "'");
        }
    }
    switch (q.addr) {
    case ast::A_DEFAULT:
    case ast::A_HOST:
    case ast::A_NET: {
        if (proto == ast::Q_DECNET) return gen_host(v, 0, proto, dir, q.addr);
        if (proto == ast::Q_LINK) fail("illegal link layer address");
        uint32_t mask = 0xffffffffu;
        if (s == nullptr && q.addr == ast::A_NET) {
            // promote a short network number: "net 10" is 10.0.0.0/8
            while (v != 0 && (v & 0xff000000u) == 0) {
                v <<= 8;
                mask <<= 8;
            }
        } else {
            // promote a short address: "host 10.1" is 10.1.0.0
            v = vlen == 0 ? 0 : (vlen >= 32 ? v : v << (32 - vlen));
            mask = vlen == 0 ? 0 : (vlen >= 32 ? mask : mask << (32 - vlen));
        }
        return gen_host(v, mask, proto, dir, q.addr);
    }
    case ast::A_PORT:
    case ast::A_PORTRANGE: {
        const bool range = q.addr == ast::A_PORTRANGE;
        if (proto == ast::Q_UDP) proto = IPPROTO_UDP;
        else if (proto == ast::Q_TCP) proto = IPPROTO_TCP;
        else if (proto == ast::Q_SCTP) proto = IPPROTO_SCTP;
        else if (proto == ast::Q_DEFAULT) proto = ipproto::UNDEF;
        else fail(range ? "illegal qualifier of 'portrange'" : "illegal qualifier of 'port'");
        if (v > 65535) fail("illegal port number " + std::to_string(v) + " > 65535");
        Frag b = range ? gen_portrange(v, v, proto, dir) : gen_port(v, proto, dir);
        Frag b6 = range ? gen_portrange6(v, v, proto, dir) : gen_port6(v, proto, dir);
        gen_or(b6, b);
        return b;
    }
    case ast::A_GATEWAY: fail("'gateway' requires a name");
    case ast::A_PROTO: return gen_proto(v, proto, dir);
    case ast::A_PROTOCHAIN: return gen_protochain(v, proto);
    default: syntax();
    }
}

Frag Gen::gen_mcode(const std::string& s1, const std::string* s2, uint32_t masklen,
                    ast::Qual q) {
    uint32_t n = 0, m = 0;
    int nlen = names::atoin(s1, n);
    if (nlen < 0) fail("invalid IPv4 address '" + s1 + "'");
    n = nlen >= 32 ? n : n << (32 - nlen);
    if (s2 != nullptr) {
        int mlen = names::atoin(*s2, m);
        if (mlen < 0) fail("invalid IPv4 address '" + *s2 + "'");
        m = mlen >= 32 ? m : m << (32 - mlen);
        if ((n & ~m) != 0) fail("non-network bits set in \"" + s1 + " mask " + *s2 + "\"");
    } else {
        if (masklen > 32) fail("mask length must be <= 32");
        m = masklen == 0 ? 0 : 0xffffffffu << (32 - masklen);
        if ((n & ~m) != 0)
            fail("non-network bits set in \"" + s1 + "/" + std::to_string(masklen) + "\"");
    }
    if (q.addr != ast::A_NET) fail("Mask syntax for networks only");
    return gen_host(n, m, q.proto, q.dir, q.addr);
}

Frag Gen::gen_mcode6(const std::string& s, uint32_t masklen, ast::Qual q) {
    uint8_t addr[16];
    if (inet_pton(AF_INET6, s.c_str(), addr) != 1) fail("invalid ip6 address " + s);
    if (masklen > 128) fail("mask length must be <= 128");
    uint8_t mask[16] = {};
    std::memset(mask, 0xff, masklen / 8);
    if (masklen % 8) mask[masklen / 8] = static_cast<uint8_t>((0xff << (8 - masklen % 8)) & 0xff);
    for (int i = 0; i < 16; ++i)
        if ((addr[i] & ~mask[i]) != 0)
            fail("non-network bits set in \"" + s + "/" + std::to_string(masklen) + "\"");
    switch (q.addr) {
    case ast::A_DEFAULT:
    case ast::A_HOST:
        if (masklen != 128) fail("Mask syntax for networks only");
        [[fallthrough]];
    case ast::A_NET: return gen_host6(addr, mask, q.proto, q.dir, q.addr);
    default: fail("invalid qualifier against IPv6 address");
    }
}

Frag Gen::gen_ecode(const std::string& s, ast::Qual q) {
    if ((q.addr == ast::A_HOST || q.addr == ast::A_DEFAULT) && q.proto == ast::Q_LINK) {
        std::vector<uint8_t> e = names::ether_aton(s);
        e.resize(6, 0);
        switch (linktype) {
        case dlt::EN10MB:
        case dlt::NETANALYZER:
        case dlt::NETANALYZER_TRANSPARENT: {
            std::optional<Frag> tmp = gen_prevlinkhdr_check();
            Frag b = gen_ehostop(e.data(), q.dir);
            if (tmp) gen_and(*tmp, b);
            return b;
        }
        case dlt::FDDI: return gen_fhostop(e.data(), q.dir);
        case dlt::IEEE802: return gen_thostop(e.data(), q.dir);
        case dlt::IEEE802_11:
        case dlt::PRISM_HEADER:
        case dlt::IEEE802_11_RADIO_AVS:
        case dlt::IEEE802_11_RADIO:
        case dlt::PPI: return gen_wlanhostop(e.data(), q.dir);
        case dlt::IP_OVER_FC: return gen_ipfchostop(e.data(), q.dir);
        default:
            fail("ethernet addresses supported only on ethernet/FDDI/token ring/802.11/ATM LANE/Fibre Channel");
        }
    }
    fail("ethernet address used in non-ether expression");
}

Frag Gen::gen_acode(const std::string& s, ast::Qual q) {
    if (linktype != dlt::ARCNET && linktype != dlt::ARCNET_LINUX)
        fail("aid supported only on ARCnet");
    if ((q.addr == ast::A_HOST || q.addr == ast::A_DEFAULT) && q.proto == ast::Q_LINK) {
        std::vector<uint8_t> e = names::ether_aton(s);
        e.resize(6, 0);
        return gen_ahostop(e.data(), q.dir);
    }
    fail("ARCnet address used in non-arc expression");
}

}  // namespace rd::bpf::gen
