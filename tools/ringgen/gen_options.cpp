#include "gen_options.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace rd::gen {

const char* const kGenUsage =
    "Usage: ringgen -i INTERFACE [-p udp|tcp|udp6|tcp6] [-s FRAME_BYTES] [-r RATE_PPS|max]\n"
    "               [-n COUNT] [-d SECONDS] [-t THREADS] [--qdisc-bypass]\n"
    "               [--vary sport,dport,saddr,daddr,payload|none] [--flows N] [--random]\n"
    "               [--src-mac MAC] [--dst-mac MAC] [--src ADDR] [--dst ADDR]\n"
    "               [--sport PORT] [--dport PORT] [--cpus LIST] [--ring-frames N] [--batch N] [-q]\n"
    "Sends from an AF_PACKET TX ring on INTERFACE only. RATE and COUNT take k/M/G suffixes.\n"
    "Without -n or -d it runs until interrupted. Ends with one line: packets, bytes, rate, errors.\n";

namespace {

Result<double> parse_double(std::string_view s, std::string_view what) {
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size() || !std::isfinite(v) || v < 0)
        return Error{"invalid " + std::string(what) + " '" + std::string(s) + "'"};
    return v;
}

Result<uint64_t> parse_bounded(std::string_view s, std::string_view what, uint64_t lo, uint64_t hi) {
    auto v = parse_scaled(s, what);
    if (!v) return v;
    if (*v < lo || *v > hi)
        return Error{std::string(what) + " " + std::string(s) + " out of range (" + std::to_string(lo) + ".." +
                     std::to_string(hi) + ")"};
    return v;
}

Result<std::array<uint8_t, 6>> parse_mac(std::string_view s) {
    std::array<uint8_t, 6> m{};
    size_t pos = 0;
    for (int i = 0; i < 6; ++i) {
        if (i > 0) {
            if (pos >= s.size() || s[pos] != ':') return Error{"invalid MAC address '" + std::string(s) + "'"};
            ++pos;
        }
        unsigned v = 0;
        auto [p, ec] = std::from_chars(s.data() + pos, s.data() + std::min(s.size(), pos + 2), v, 16);
        if (ec != std::errc{} || p == s.data() + pos) return Error{"invalid MAC address '" + std::string(s) + "'"};
        m[static_cast<size_t>(i)] = static_cast<uint8_t>(v);
        pos = static_cast<size_t>(p - s.data());
    }
    if (pos != s.size()) return Error{"invalid MAC address '" + std::string(s) + "'"};
    return m;
}

Result<void> parse_vary(std::string_view s, Vary& v) {
    v = {};
    while (!s.empty()) {
        const size_t comma = s.find(',');
        const std::string_view f = s.substr(0, comma);
        if (f == "sport") v.sport = true;
        else if (f == "dport") v.dport = true;
        else if (f == "saddr") v.saddr = true;
        else if (f == "daddr") v.daddr = true;
        else if (f == "payload") v.payload = true;
        else if (f != "none") return Error{"unknown field '" + std::string(f) + "' for --vary"};
        if (comma == std::string_view::npos) break;
        s.remove_prefix(comma + 1);
    }
    return {};
}

Result<std::vector<int>> parse_cpus(std::string_view s) {
    std::vector<int> cpus;
    while (!s.empty()) {
        const size_t comma = s.find(',');
        auto v = parse_bounded(s.substr(0, comma), "cpu", 0, 4095);
        if (!v) return v.error();
        cpus.push_back(static_cast<int>(*v));
        if (comma == std::string_view::npos) break;
        s.remove_prefix(comma + 1);
    }
    if (cpus.empty()) return Error{"empty --cpus list"};
    return cpus;
}

}  // namespace

Result<uint64_t> parse_scaled(std::string_view s, std::string_view what) {
    if (s == "max") return uint64_t{0};
    double mult = 1;
    std::string_view num = s;
    if (!num.empty()) {
        switch (num.back()) {
            case 'k': case 'K': mult = 1e3; break;
            case 'm': case 'M': mult = 1e6; break;
            case 'g': case 'G': mult = 1e9; break;
            default: break;
        }
        if (mult != 1) num.remove_suffix(1);
    }
    auto d = parse_double(num, what);
    if (!d || num.empty()) return Error{"invalid " + std::string(what) + " '" + std::string(s) + "'"};
    const double v = *d * mult;
    if (v > 1e18 || v != std::floor(v)) return Error{"invalid " + std::string(what) + " '" + std::string(s) + "'"};
    return static_cast<uint64_t>(v);
}

Result<GenConfig> parse_gen_args(const std::vector<std::string_view>& args) {
    GenConfig c;
    c.spec.vary.sport = true;
    bool v6_addr_src = false, v6_addr_dst = false, v4_addr = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string_view a = args[i];
        auto value = [&]() -> Result<std::string_view> {
            if (i + 1 >= args.size()) return Error{"option " + std::string(a) + " needs a value"};
            return args[++i];
        };
        if (a == "-h" || a == "--help") { c.help = true; continue; }
        if (a == "--qdisc-bypass") { c.qdisc_bypass = true; continue; }
        if (a == "--random") { c.spec.random = true; continue; }
        if (a == "-q") { c.quiet = true; continue; }
        auto v = value();
        if (!v) return v.error();
        const std::string_view s = *v;
        if (a == "-i") {
            c.device = std::string(s);
        } else if (a == "-p") {
            if (s == "udp") c.spec.flavor = Flavor::Udp4;
            else if (s == "tcp") c.spec.flavor = Flavor::Tcp4;
            else if (s == "udp6" || s == "ipv6") c.spec.flavor = Flavor::Udp6;
            else if (s == "tcp6") c.spec.flavor = Flavor::Tcp6;
            else return Error{"unknown packet template '" + std::string(s) + "' (udp, tcp, udp6/ipv6, tcp6)"};
        } else if (a == "-s") {
            auto n = parse_bounded(s, "frame size", 1, 16384);
            if (!n) return n.error();
            c.spec.frame_len = static_cast<uint32_t>(*n);
        } else if (a == "-r") {
            auto n = parse_scaled(s, "rate");
            if (!n) return n.error();
            c.rate_pps = *n;
        } else if (a == "-n") {
            auto n = parse_scaled(s, "count");
            if (!n) return n.error();
            c.count = *n;
        } else if (a == "-d") {
            auto d = parse_double(s, "duration");
            if (!d || *d <= 0 || *d > 86400) return Error{"invalid duration '" + std::string(s) + "'"};
            c.duration_ns = static_cast<uint64_t>(*d * 1e9);
        } else if (a == "-t") {
            auto n = parse_bounded(s, "thread count", 1, 64);
            if (!n) return n.error();
            c.threads = static_cast<uint32_t>(*n);
        } else if (a == "--vary") {
            auto r = parse_vary(s, c.spec.vary);
            if (!r) return r.error();
        } else if (a == "--flows") {
            auto n = parse_bounded(s, "flows", 1, 1u << 24);
            if (!n) return n.error();
            c.spec.flows = static_cast<uint32_t>(*n);
        } else if (a == "--src-mac" || a == "--dst-mac") {
            auto m = parse_mac(s);
            if (!m) return m.error();
            (a == "--src-mac" ? c.spec.src_mac : c.spec.dst_mac) = *m;
        } else if (a == "--src" || a == "--dst") {
            const std::string str(s);
            const bool src = a == "--src";
            if (inet_pton(AF_INET, str.c_str(), (src ? c.spec.src4 : c.spec.dst4).data()) == 1) {
                v4_addr = true;
            } else if (inet_pton(AF_INET6, str.c_str(), (src ? c.spec.src6 : c.spec.dst6).data()) == 1) {
                (src ? v6_addr_src : v6_addr_dst) = true;
            } else {
                return Error{"invalid address '" + str + "'"};
            }
        } else if (a == "--sport" || a == "--dport") {
            auto n = parse_bounded(s, "port", 0, 65535);
            if (!n) return n.error();
            (a == "--sport" ? c.spec.sport : c.spec.dport) = static_cast<uint16_t>(*n);
        } else if (a == "--cpus") {
            auto l = parse_cpus(s);
            if (!l) return l.error();
            c.cpus = std::move(*l);
        } else if (a == "--ring-frames") {
            auto n = parse_bounded(s, "ring frames", 16, 1u << 20);
            if (!n) return n.error();
            c.ring_frames = static_cast<uint32_t>(*n);
        } else if (a == "--batch") {
            auto n = parse_bounded(s, "batch", 1, 65536);
            if (!n) return n.error();
            c.batch = static_cast<uint32_t>(*n);
        } else {
            return Error{"unknown option '" + std::string(a) + "'"};
        }
    }
    if (c.help) return c;
    if (c.device.empty()) return Error{"no interface given: -i INTERFACE is required"};
    const bool v6 = c.spec.flavor == Flavor::Udp6 || c.spec.flavor == Flavor::Tcp6;
    if (v6 && v4_addr) return Error{"IPv4 address given for an IPv6 template"};
    if (!v6 && (v6_addr_src || v6_addr_dst)) return Error{"IPv6 address given for an IPv4 template"};
    // Default size: 64 bytes, or more when the template's headers and stamp need it.
    bool size_given = false;
    for (auto a : args) size_given = size_given || a == "-s";
    if (!size_given) c.spec.frame_len = std::max(64u, header_len(c.spec.flavor) + kStampLen);
    if (c.spec.frame_len < min_frame_len(c.spec.flavor))
        return Error{"frame size " + std::to_string(c.spec.frame_len) + " too small for " +
                     flavor_name(c.spec.flavor) + " (at least " + std::to_string(min_frame_len(c.spec.flavor)) + ")"};
    if (c.batch > c.ring_frames) c.batch = c.ring_frames;
    return c;
}

}  // namespace rd::gen
