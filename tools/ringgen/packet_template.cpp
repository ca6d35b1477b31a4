#include "packet_template.hpp"

#include <algorithm>
#include <cstring>

namespace rd::gen {
namespace {

constexpr uint32_t kEth = 14, kIp4 = 20, kIp6 = 40, kUdp = 8, kTcp = 20;
constexpr uint32_t kMaxFrame = 16384;

bool is_v6(Flavor f) { return f == Flavor::Udp6 || f == Flavor::Tcp6; }
bool is_tcp(Flavor f) { return f == Flavor::Tcp4 || f == Flavor::Tcp6; }

void put16(uint8_t* p, uint16_t v) {
    p[0] = static_cast<uint8_t>(v >> 8);
    p[1] = static_cast<uint8_t>(v);
}
void put32(uint8_t* p, uint32_t v) {
    put16(p, static_cast<uint16_t>(v >> 16));
    put16(p + 2, static_cast<uint16_t>(v));
}
void put64(uint8_t* p, uint64_t v) {
    put32(p, static_cast<uint32_t>(v >> 32));
    put32(p + 4, static_cast<uint32_t>(v));
}
uint16_t get16(const uint8_t* p) { return static_cast<uint16_t>(p[0] << 8 | p[1]); }
uint32_t get32(const uint8_t* p) { return uint32_t{get16(p)} << 16 | get16(p + 2); }

// Value number k (0..flows-1) of a varied field for this packet.
uint32_t pick(const TemplateSpec& s, uint64_t seq, uint64_t rnd, uint64_t field) {
    if (!s.random) return static_cast<uint32_t>(seq % s.flows);
    // A different odd multiplier per field: the fields of one packet are not in lockstep.
    const uint64_t r = rnd * (0x9e3779b97f4a7c15ull + 2 * field);
    return static_cast<uint32_t>((r >> 32) % s.flows);
}

}  // namespace

uint32_t sum16(std::span<const uint8_t> b, uint32_t acc) {
    size_t i = 0;
    for (; i + 1 < b.size(); i += 2) acc += uint32_t{b[i]} << 8 | b[i + 1];
    if (i < b.size()) acc += uint32_t{b[i]} << 8;
    return acc;
}

uint16_t fold(uint32_t acc) {
    while (acc >> 16) acc = (acc & 0xffff) + (acc >> 16);
    return static_cast<uint16_t>(~acc);
}

uint32_t header_len(Flavor f) {
    return kEth + (is_v6(f) ? kIp6 : kIp4) + (is_tcp(f) ? kTcp : kUdp);
}

uint32_t min_frame_len(Flavor f) { return std::max<uint32_t>(60, header_len(f)); }

const char* flavor_name(Flavor f) {
    switch (f) {
        case Flavor::Udp4: return "udp";
        case Flavor::Tcp4: return "tcp";
        case Flavor::Udp6: return "udp6";
        case Flavor::Tcp6: return "tcp6";
    }
    return "?";
}

Result<PacketTemplate> PacketTemplate::build(const TemplateSpec& spec) {
    const Flavor f = spec.flavor;
    if (spec.frame_len < min_frame_len(f) || spec.frame_len > kMaxFrame)
        return Error{"frame size " + std::to_string(spec.frame_len) + " out of range for " + flavor_name(f) + " (" +
                     std::to_string(min_frame_len(f)) + ".." + std::to_string(kMaxFrame) + ")"};
    if (spec.flows == 0) return Error{"flows must be at least 1"};

    PacketTemplate t;
    t.spec_ = spec;
    t.frame_.assign(spec.frame_len, 0);
    uint8_t* p = t.frame_.data();
    const bool v6 = is_v6(f), tcp = is_tcp(f);
    t.l3_ = kEth;
    t.l4_ = kEth + (v6 ? kIp6 : kIp4);
    t.payload_ = header_len(f);
    t.csum_off_ = tcp ? 16 : 6;
    const uint32_t l4_len = spec.frame_len - t.l4_;
    const uint8_t proto = tcp ? 6 : 17;

    std::memcpy(p, spec.dst_mac.data(), 6);
    std::memcpy(p + 6, spec.src_mac.data(), 6);
    put16(p + 12, v6 ? 0x86dd : 0x0800);
    uint8_t* ip = p + t.l3_;
    if (v6) {
        put32(ip, 0x60000000);
        put16(ip + 4, static_cast<uint16_t>(l4_len));
        ip[6] = proto;
        ip[7] = 64;
        std::memcpy(ip + 8, spec.src6.data(), 16);
        std::memcpy(ip + 24, spec.dst6.data(), 16);
        t.src_off_ = t.l3_ + 8 + 12;
        t.dst_off_ = t.l3_ + 24 + 12;
    } else {
        ip[0] = 0x45;
        put16(ip + 2, static_cast<uint16_t>(kIp4 + l4_len));
        put16(ip + 6, 0x4000);  // don't fragment
        ip[8] = 64;
        ip[9] = proto;
        std::memcpy(ip + 12, spec.src4.data(), 4);
        std::memcpy(ip + 16, spec.dst4.data(), 4);
        t.src_off_ = t.l3_ + 12;
        t.dst_off_ = t.l3_ + 16;
    }
    uint8_t* l4 = p + t.l4_;
    if (tcp) {
        put32(l4 + 8, 1);         // ack
        l4[12] = (kTcp / 4) << 4;  // data offset
        l4[13] = 0x18;             // PSH ACK
        put16(l4 + 14, 512);       // window
    } else {
        put16(l4 + 4, static_cast<uint16_t>(l4_len));
    }

    // The fields patch() rewrites; they are zero while the base sums are taken.
    auto add = [&t](uint32_t off, uint32_t len, bool in_ip) {
        t.regions_[t.nregions_++] = Region{static_cast<uint16_t>(off), static_cast<uint16_t>(len), in_ip};
    };
    add(t.l4_, 4, false);  // ports
    if (tcp) add(t.l4_ + 4, 4, false);
    if (spec.vary.saddr) add(t.src_off_, 4, !v6);
    if (spec.vary.daddr) add(t.dst_off_, 4, !v6);
    const uint32_t room = spec.frame_len - t.payload_;
    if (room > 0) add(t.payload_, std::min(room, kStampLen), false);
    if (spec.vary.payload && room > kStampLen) add(t.payload_ + kStampLen, std::min(room - kStampLen, 8u), false);
    for (uint32_t i = 0; i < t.nregions_; ++i) std::memset(p + t.regions_[i].off, 0, t.regions_[i].len);

    if (!v6) t.ip_base_ = sum16({ip, kIp4});
    // Pseudo-header: addresses (their varied parts are regions), protocol, length.
    uint32_t acc = v6 ? sum16({ip + 8, 32}) : sum16({ip + 12, 8});
    acc += proto + (l4_len >> 16) + (l4_len & 0xffff);
    t.l4_base_ = sum16({l4, l4_len}, acc);
    t.patch(p, 0, 0, 0, 0);
    return t;
}

void PacketTemplate::patch(uint8_t* frame, uint16_t thread, uint64_t seq, uint64_t tx_ns, uint64_t rnd) const {
    const TemplateSpec& s = spec_;
    uint8_t* l4 = frame + l4_;
    const uint16_t sport = static_cast<uint16_t>(s.sport + (s.vary.sport ? pick(s, seq, rnd, 0) : 0));
    const uint16_t dport = static_cast<uint16_t>(s.dport + (s.vary.dport ? pick(s, seq, rnd, 1) : 0));
    put16(l4, sport);
    put16(l4 + 2, dport);
    const uint32_t room = s.frame_len - payload_;
    if (is_tcp(s.flavor)) put32(l4 + 4, static_cast<uint32_t>(1 + seq * room));
    if (s.vary.saddr) {
        const uint32_t base = get32((is_v6(s.flavor) ? s.src6.data() + 12 : s.src4.data()));
        put32(frame + src_off_, base + pick(s, seq, rnd, 2));
    }
    if (s.vary.daddr) {
        const uint32_t base = get32((is_v6(s.flavor) ? s.dst6.data() + 12 : s.dst4.data()));
        put32(frame + dst_off_, base + pick(s, seq, rnd, 3));
    }
    if (room > 0) {
        uint8_t st[kStampLen + 8];
        put16(st, kStampMagic);
        put16(st + 2, thread);
        put32(st + 4, static_cast<uint32_t>(seq));
        put64(st + 8, tx_ns);
        put64(st + 16, rnd);
        const uint32_t n = std::min<uint32_t>(room, s.vary.payload ? kStampLen + 8 : kStampLen);
        std::memcpy(frame + payload_, st, n);
    }
    uint32_t ip = ip_base_, l4sum = l4_base_;
    for (uint32_t i = 0; i < nregions_; ++i) {
        const Region& r = regions_[i];
        const uint32_t w = sum16({frame + r.off, r.len});
        l4sum += w;
        if (r.in_ip) ip += w;
    }
    if (!is_v6(s.flavor)) put16(frame + l3_ + 10, fold(ip));
    uint16_t c = fold(l4sum);
    if (!is_tcp(s.flavor) && c == 0) c = 0xffff;  // 0 would mean "no checksum" in UDP
    put16(l4 + csum_off_, c);
}

bool read_stamp(std::span<const uint8_t> frame, Stamp& out) {
    if (frame.size() < 14) return false;
    const uint16_t type = get16(frame.data() + 12);
    uint32_t l4 = 0;
    uint8_t proto = 0;
    if (type == 0x0800 && frame.size() >= kEth + kIp4) {
        const uint32_t ihl = (frame[kEth] & 0x0f) * 4u;
        l4 = kEth + ihl;
        proto = frame[kEth + 9];
    } else if (type == 0x86dd && frame.size() >= kEth + kIp6) {
        l4 = kEth + kIp6;
        proto = frame[kEth + 6];
    } else {
        return false;
    }
    uint32_t pay = 0;
    if (proto == 17) {
        pay = l4 + kUdp;
    } else if (proto == 6) {
        if (frame.size() < l4 + kTcp) return false;
        pay = l4 + (frame[l4 + 12] >> 4) * 4u;
    } else {
        return false;
    }
    if (frame.size() < pay + kStampLen) return false;
    const uint8_t* st = frame.data() + pay;
    if (get16(st) != kStampMagic) return false;
    out.thread = get16(st + 2);
    out.seq = get32(st + 4);
    out.tx_ns = uint64_t{get32(st + 8)} << 32 | get32(st + 12);
    return true;
}

}  // namespace rd::gen
