// IS-IS reachability entries and their sub-TLVs: extended IS reachability with the TE
// sub-TLVs (RFC 5305, 4124, 4205, 8667), extended IPv4/IPv6 reachability with prefix
// SIDs, multi-topology IDs, router capability (RFC 7981) and SPB (RFC 6329) sub-TLVs.
#include <fmt/format.h>

#include <bit>
#include <cstring>

#include "isoclns.hpp"

namespace rd::osi {

namespace {

constexpr Tok kExtIsSubtlvs[] = {
    {3, "Administrative groups"},
    {4, "Link Local/Remote Identifier"},
    {5, "Link Remote Identifier"},
    {6, "IPv4 interface address"},
    {8, "IPv4 neighbor address"},
    {9, "Maximum link bandwidth"},
    {10, "Reservable link bandwidth"},
    {11, "Unreserved bandwidth"},
    {18, "Traffic Engineering Metric"},
    {19, "Link Attribute"},
    {20, "Link Protection Type"},
    {21, "Interface Switching Capability"},
    {12, "Bandwidth Constraints (old)"},
    {22, "Bandwidth Constraints"},
    {32, "LAN Adjacency Segment Identifier"},
    {29, "SPB Metric"},
    {250, "Reserved for cisco specific extensions"},
    {251, "Reserved for cisco specific extensions"},
    {252, "Reserved for cisco specific extensions"},
    {253, "Reserved for cisco specific extensions"},
    {254, "Reserved for cisco specific extensions"},
    {255, "Reserved for future expansion"},
};
constexpr Tok kExtIpSubtlvs[] = {{1, "32-Bit Administrative tag"},
                                 {2, "64-Bit Administrative tag"},
                                 {3, "Prefix SID"},
                                 {117, "Management Prefix Color"}};
constexpr Tok kPrefixSidFlags[] = {{0x80, "Readvertisement"}, {0x40, "Node"},  {0x20, "No-PHP"},
                                   {0x10, "Explicit NULL"},   {0x08, "Value"}, {0x04, "Local"}};
constexpr Tok kPrefixSidAlgos[] = {{0, "SPF"}, {1, "strict-SPF"}};
constexpr Tok kLinkAttrs[] = {{0x01, "Local Protection Available"},
                              {0x02, "Link excluded from local protection path"},
                              {0x04, "Local maintenance required"}};
constexpr Tok kLanAdjSidFlags[] = {{0x80, "Address family IPv6"}, {0x40, "Backup"},
                                   {0x20, "Value"},               {0x10, "Local significance"},
                                   {0x08, "Set of adjacencies"},  {0x04, "Persistent"}};
constexpr Tok kMtIds[] = {{0, "IPv4 unicast"},
                          {1, "In-Band Management"},
                          {2, "IPv6 unicast"},
                          {3, "Multicast"},
                          {4095, "Development, Experimental or Proprietary"}};
constexpr Tok kMtFlags[] = {{0x4000, "ATT bit set"}, {0x8000, "Overload bit set"}};
constexpr Tok kRouterCapSubtlvs[] = {{2, "SR-Capabilities"}};
constexpr Tok kSrCapFlags[] = {{0x80, "ipv4"}, {0x40, "ipv6"}};
constexpr Tok kMtPortCapSubtlvs[] = {{4, "SPB MCID"}, {5, "SPB Digest"}, {6, "SPB BVID"}};
constexpr Tok kMtCapSubtlvs[] = {{1, "SPB Instance"}, {3, "SPBM Service Identifier and Unicast Address"}};
// RFC 3471 and RFC 4124 values (tcpdump's gmpls.c).
constexpr Tok kGmplsLinkProt[] = {{0x01, "Extra Traffic"}, {0x02, "Unprotected"},   {0x04, "Shared"},
                                  {0x08, "Dedicated 1:1"}, {0x10, "Dedicated 1+1"}, {0x20, "Enhanced"},
                                  {0x40, "Reserved"},      {0x80, "Reserved"}};
constexpr Tok kGmplsSwitchCaps[] = {
    {1, "Packet-Switch Capable-1"}, {2, "Packet-Switch Capable-2"}, {3, "Packet-Switch Capable-3"},
    {4, "Packet-Switch Capable-4"}, {51, "Layer-2 Switch Capable"}, {100, "Time-Division-Multiplex"},
    {150, "Lambda-Switch Capable"}, {200, "Fiber-Switch Capable"}};
constexpr Tok kGmplsEncodings[] = {{1, "Packet"},
                                   {2, "Ethernet V2/DIX"},
                                   {3, "ANSI/ETSI PDH"},
                                   {4, "Reserved"},
                                   {5, "SDH ITU-T G.707/SONET ANSI T1.105"},
                                   {6, "Reserved"},
                                   {7, "Digital Wrapper"},
                                   {8, "Lambda (photonic)"},
                                   {9, "Fiber"},
                                   {10, "Reserved"},
                                   {11, "FiberChannel"}};
constexpr Tok kTscIndications[] = {{0, "Standard SONET/SDH"}, {1, "Arbitrary SONET/SDH"}};
constexpr Tok kBcModels[] = {
    {0, "Russian dolls"}, {1, "Maximum allocation"}};

// An IEEE float in bytes/s shown as Mbit/s, computed in single precision like tcpdump.
void put_bw(Ctx& ctx, uint32_t bits) {
    const float f = std::bit_cast<float>(bits);
    const float mbps = f * 8 / 1000000;
    ctx.out.f("{:.3f} Mbps", static_cast<double>(mbps));
}

const char* ie(uint8_t b) { return (b & 0x40) ? "External" : "Internal"; }

// A mask's prefix length, -1 when its one bits are not contiguous from the top.
int mask2plen(uint32_t mask) {
    for (int len = 32; len >= 0; --len) {
        const uint32_t m = len == 0 ? 0 : ~uint32_t{0} << (32 - len);
        if (m == mask) return len;
    }
    return -1;
}

// One sub-TLV of an extended IP reachability entry; false = stop (marker printed).
bool ip_reach_subtlv(Ctx& ctx, const Cursor& c, size_t t, uint8_t subt, uint8_t subl, const char* indent) {
    OutBuf& out = ctx.out;
    out.put(indent);
    put_tok(ctx, kExtIpSubtlvs, subt, "unknown");
    out.f(" subTLV #{}, length: {}", subt, subl);
    if (!c.has(t, subl)) {
        ctx.print_trunc();
        return false;
    }
    switch (subt) {
    case 117:
    case 1:
        for (; subl >= 4 && !ctx.truncated; subl -= 4, t += 4) {
            const uint32_t v = c.be32(t);
            out.f(", 0x{:08x} (={})", v, v);
        }
        break;
    case 2:
        for (; subl >= 8 && !ctx.truncated; subl -= 8, t += 8) out.f(", 0x{:08x}{:08x}", c.be32(t), c.be32(t + 4));
        break;
    case 3: {
        const uint8_t flags = c.u8(t), algo = c.u8(t + 1);
        uint32_t sid;
        if (flags & 0x08) {
            if (subl < 5) {
                ctx.print_trunc();
                return false;
            }
            sid = c.be24(t + 2);
        } else {
            if (subl < 6) {
                ctx.print_trunc();
                return false;
            }
            sid = c.be32(t + 2);
        }
        if (ctx.truncated) return false;
        out.put(", Flags [");
        put_bits(ctx, kPrefixSidFlags, flags, ", ", "None");
        out.put("], Algo ");
        put_tok(ctx, kPrefixSidAlgos, algo, "Unknown");
        out.f(" ({}), {} {}", algo, (flags & 0x08) ? "label" : "index", sid);
        break;
    }
    default:
        if (!unknown_data(ctx, c, t, "\n\t\t    ", subl)) return false;
        break;
    }
    return true;
}

// The Interface Switching Capability Descriptor (RFC 4205), subl >= 36 bytes at t.
void isc_descriptor(Ctx& ctx, const Cursor& c, size_t t, uint32_t subl, const char* indent) {
    OutBuf& out = ctx.out;
    const uint8_t cap = c.u8(t);
    out.f("{}  Interface Switching Capability:", indent);
    put_tok(ctx, kGmplsSwitchCaps, cap, "Unknown");
    out.put(", LSP Encoding: ");
    put_tok(ctx, kGmplsEncodings, c.u8(t + 1), "Unknown");
    t += 4;
    subl -= 4;
    out.f("{}  Max LSP Bandwidth:", indent);
    for (int prio = 0; prio < 8; ++prio) {
        const uint32_t v = c.be32(t);
        out.f("{}    priority level {}: ", indent, prio);
        put_bw(ctx, v);
        t += 4;
        subl -= 4;
    }
    switch (cap) {
    case 1:
    case 2:
    case 3:
    case 4: {
        if (subl < 6) break;
        const uint32_t v = c.be32(t);
        out.f("{}  Min LSP Bandwidth: ", indent);
        put_bw(ctx, v);
        out.f("{}  Interface MTU: {}", indent, c.be16(t + 4));
        break;
    }
    case 100: {
        if (subl < 8) break;
        const uint32_t v = c.be32(t);
        out.f("{}  Min LSP Bandwidth: ", indent);
        put_bw(ctx, v);
        out.f("{}  Indication ", indent);
        put_tok(ctx, kTscIndications, c.u8(t + 4), "Unknown ({})");
        break;
    }
    default:
        if (subl != 0) unknown_data(ctx, c, t, "\n\t\t    ", subl);
        break;
    }
}

// One extended IS reachability sub-TLV body (subl bytes at t, all captured); returns
// how many body bytes the decoder itself consumed (tcpdump moves past them twice).
size_t ext_is_subtlv(Ctx& ctx, const Cursor& c, size_t t, uint8_t type, uint32_t subl, const char* indent,
                     bool& fail) {
    OutBuf& out = ctx.out;
    size_t used = 0;
    switch (type) {
    case 3:
    case 4:
    case 5:
        if (subl >= 4) {
            out.f(", 0x{:08x}", c.be32(t));
            if (subl == 8) out.f(", 0x{:08x}", c.be32(t + 4));
        }
        break;
    case 6:
    case 8:
        if (subl >= 4) {
            out.put(", ");
            put_ip4_at(ctx, c, t);
        }
        break;
    case 9:
    case 10:
        if (subl >= 4) {
            out.put(", ");
            put_bw(ctx, c.be32(t));
        }
        break;
    case 11:
        if (subl >= 32) {
            for (int cls = 0; cls < 8; ++cls) {
                const uint32_t v = c.be32(t + used);
                out.f("{}  TE-Class {}: ", indent, cls);
                put_bw(ctx, v);
                used += 4;
            }
        }
        break;
    case 22:
    case 12: {
        if (subl == 0) break;
        const uint8_t model = c.u8(t);
        out.f("{}Bandwidth Constraints Model ID: ", indent);
        put_tok(ctx, kBcModels, model, "unknown");
        out.f(" ({})", model);
        used = 1;
        for (int cls = 0; subl - used >= 4; ++cls) {
            const uint32_t v = c.be32(t + used);
            out.f("{}  Bandwidth constraint CT{}: ", indent, cls);
            put_bw(ctx, v);
            used += 4;
        }
        break;
    }
    case 18:
        if (subl >= 3) out.f(", {}", c.be24(t));
        break;
    case 19:
        if (subl == 2) {
            const uint16_t v = c.be16(t);
            out.put(", [ ");
            put_bits(ctx, kLinkAttrs, v, ", ", "Unknown");
            out.f(" ] (0x{:04x})", v);
        }
        break;
    case 20:
        if (subl >= 2) {
            out.put(", ");
            put_bits(ctx, kGmplsLinkProt, c.u8(t), ", ");
            out.f(", Priority {}", c.u8(t + 1));
        }
        break;
    case 29:
        if (subl >= 6) {
            out.f(", LM: {}", c.be24(t));
            out.f(", P: {}", c.u8(t + 3));
            out.f(", P-ID: {}", c.be16(t + 4));
            used = 4;
        }
        break;
    case 21:
        if (subl >= 36) {
            isc_descriptor(ctx, c, t, subl, indent);
            used = 36;
        }
        break;
    case 32:
        if (subl >= 8) {
            const uint8_t flags = c.u8(t);
            out.f("{}  Flags: [", indent);
            put_bits(ctx, kLanAdjSidFlags, flags, ", ");
            out.put(']');
            const bool v = flags & 0x20, l = flags & 0x10;
            out.f("{}  Weight: {}", indent, c.u8(t + 1));
            used = 2;
            if (subl - used >= kSysIdLen) {
                if (!c.has(t + 2, kSysIdLen)) {
                    fail = true;
                    return used;
                }
                out.f("{}  Neighbor System-ID: ", indent);
                put_id(ctx, c, t + 2, kSysIdLen);
            }
            if (v && l) out.f("{}  Label: {}", indent, c.be24(t + 2 + kSysIdLen));
            else if (!v && !l) out.f("{}  Index: {}", indent, c.be32(t + 2 + kSysIdLen));
            else ctx.print_invalid();
        }
        break;
    default:
        if (!unknown_data(ctx, c, t, "\n\t\t    ", subl)) fail = true;
        break;
    }
    return used;
}

}  // namespace

void metric_block(Ctx& ctx, const Cursor& c, size_t off) {
    OutBuf& out = ctx.out;
    const uint8_t d = c.u8(off);
    out.f(", Default Metric: {}, {}", d & 0x3f, ie(d));
    static constexpr const char* kNames[] = {"Delay", "Expense", "Error"};
    for (size_t i = 0; i < 3; ++i) {
        const uint8_t m = c.u8(off + 1 + i);
        if (!(m & 0x80)) out.f("\n\t\t  {} Metric: {}, {}", kNames[i], m & 0x3f, ie(m));
    }
}

bool ip_reach(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t len) {
    OutBuf& out = ctx.out;
    while (len > 0 && !ctx.truncated) {
        if (len < 12) {
            out.f("short IPv4 Reachability ({} vs {})", len, 12);
            return false;
        }
        if (!c.has(off, 12)) return false;
        const uint32_t mask = c.be32(off + 8);
        const int plen = mask2plen(mask);
        auto pfx = c.bytes(off + 4, 4);
        out.f("{}IPv4 prefix: ", indent);
        if (plen == -1) {
            put_ip4_at(ctx, c, off + 4);
            out.put(" mask ");
            put_ip4_at(ctx, c, off + 8);
        } else {
            put_ip4_padded(ctx, pfx.data());
            out.f("/{}", plen);
        }
        const uint8_t d = c.u8(off);
        out.f(", Distribution: {}, Metric: {}, {}", (d & 0x80) ? "down" : "up", d & 0x3f, ie(d));
        static constexpr const char* kNames[] = {"Delay", "Expense", "Error"};
        for (size_t i = 0; i < 3; ++i) {
            const uint8_t m = c.u8(off + 1 + i);
            if (!(m & 0x80)) out.f("{}  {} Metric: {}, {}", indent, kNames[i], m & 0x3f, ie(m));
        }
        len -= 12;
        off += 12;
    }
    return true;
}

size_t mtid(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t remaining) {
    if (remaining < 2) return 0;
    const uint16_t v = c.be16(off);
    if (ctx.truncated) return 0;
    ctx.out.put(indent);
    put_tok(ctx, kMtIds, v & 0x0fff, "Reserved for IETF Consensus");
    ctx.out.f(" Topology (0x{:03x}), Flags: [", v & 0x0fff);
    put_bits(ctx, kMtFlags, v & 0xf000, ", ");
    ctx.out.put(']');
    return 2;
}

size_t ext_is_reach(Ctx& ctx, const Cursor& c, size_t t, const char* indent, uint8_t tlv_type,
                    size_t remaining) {
    OutBuf& out = ctx.out;
    if (!c.has(t, kNodeIdLen) || remaining < kNodeIdLen) return 0;
    out.f("{}IS Neighbor: ", indent);
    put_id(ctx, c, t, kNodeIdLen);
    t += kNodeIdLen;
    remaining -= kNodeIdLen;
    size_t used = kNodeIdLen;
    if (tlv_type != 24) {  // the IS Alias TLV has no metric
        if (!c.has(t, 3) || remaining < 3) return 0;
        out.f(", Metric: {}", c.be24(t));
        t += 3;
        remaining -= 3;
        used += 3;
    }
    if (!c.has(t, 1) || remaining < 1) return 0;
    uint32_t sum = c.u8(t);
    t++;
    remaining--;
    used++;
    out.f(", {}sub-TLVs present", sum ? "" : "no ");
    if (sum == 0) return used;
    out.f(" ({})", sum);
    char ibuf[20];
    {
        auto r = fmt::format_to_n(ibuf, sizeof ibuf - 1, "{}  ", indent);
        *r.out = '\0';
    }
    while (sum != 0 && !ctx.truncated) {
        if (!c.has(t, 2)) return 0;
        if (remaining < 2) {
            out.f("{}Remaining data in TLV shorter than a subTLV header", ibuf);
            used += remaining;
            break;
        }
        if (sum < 2) {
            out.f("{}Remaining data in subTLVs shorter than a subTLV header", ibuf);
            used += sum;
            break;
        }
        const uint8_t type = c.u8(t), len = c.u8(t + 1);
        t += 2;
        remaining -= 2;
        sum -= 2;
        used += 2;
        out.put(ibuf);
        put_tok(ctx, kExtIsSubtlvs, type, "unknown");
        out.f(" subTLV #{}, length: {}", type, len);
        if (sum < len) {
            out.put(" (remaining data in subTLVs shorter than the current subTLV)");
            used += sum;
            break;
        }
        if (remaining < len) {
            out.put(" (> remaining tlv length)");
            used += remaining;
            break;
        }
        if (!c.has(t, len)) return 0;
        bool fail = false;
        const size_t inner = ext_is_subtlv(ctx, c, t, type, len, ibuf, fail);
        if (fail) return 0;
        // tcpdump counts what the decoder consumed against everything but the TLV's
        // remaining length, so that one shrinks by less.
        t += len;
        sum -= len;
        used += len;
        remaining -= len - inner;
    }
    return used;
}

size_t extd_ip_reach(Ctx& ctx, const Cursor& c, size_t t, const char* indent, bool ipv6) {
    OutBuf& out = ctx.out;
    const uint32_t metric = c.be32(t);
    size_t used = 4;
    t += 4;
    uint8_t status;
    uint32_t bits;
    if (!ipv6) {
        status = c.u8(t);
        t++;
        bits = status & 0x3f;
        if (ctx.truncated) return 0;
        if (bits > 32) {
            out.f("{}IPv4 prefix: bad bit length {}", indent, bits);
            return 0;
        }
        used++;
    } else {
        status = c.u8(t);
        bits = c.u8(t + 1);
        if (ctx.truncated) return 0;
        if (bits > 128) {
            out.f("{}IPv6 prefix: bad bit length {}", indent, bits);
            return 0;
        }
        t += 2;
        used += 2;
    }
    const size_t nbytes = (bits + 7) / 8;
    uint8_t pfx[16] = {};
    auto b = c.bytes(t, nbytes);
    if (ctx.truncated) return 0;
    if (nbytes) std::memcpy(pfx, b.data(), nbytes);
    t += nbytes;
    used += nbytes;
    if (!ipv6) {
        out.f("{}IPv4 prefix: ", indent);
        put_ip4_padded(ctx, pfx);
    } else {
        out.f("{}IPv6 prefix: ", indent);
        put_addr(ctx, std::span<const uint8_t>(pfx, 16));
    }
    out.f("/{}, Distribution: {}, Metric: {}", bits, (status & 0x80) ? "down" : "up", metric);
    const bool sub = ipv6 ? (status & 0x20) : (status & 0x40);
    if (!ipv6 && sub) out.put(", sub-TLVs present");
    else if (ipv6) out.f(", {}{}", (status & 0x40) ? "External" : "Internal", sub ? ", sub-TLVs present" : "");
    if (!sub) return used;
    uint32_t sublen = c.u8(t);
    if (ctx.truncated) return 0;
    t++;
    used += sublen + 1;
    out.f(" ({})", sublen);
    char ibuf[20];
    {
        auto r = fmt::format_to_n(ibuf, sizeof ibuf - 1, "{}  ", indent);
        *r.out = '\0';
    }
    while (sublen > 0 && !ctx.truncated) {
        const uint8_t st = c.u8(t), sl = c.u8(t + 1);
        if (ctx.truncated) return 0;
        t += 2;
        if (!ip_reach_subtlv(ctx, c, t, st, sl, ibuf)) return 0;
        t += sl;
        sublen -= sl + 2u;  // wraps like tcpdump's; the loop then runs into the capture end
    }
    return ctx.truncated ? 0 : used;
}

void router_cap_subtlvs(Ctx& ctx, const Cursor& c, size_t t, uint8_t tlen) {
    OutBuf& out = ctx.out;
    while (tlen >= 2 && !ctx.truncated) {
        const uint8_t subt = c.u8(t), subl = c.u8(t + 1);
        if (ctx.truncated) return;
        tlen = static_cast<uint8_t>(tlen - 2);
        t += 2;
        out.put("\n\t\t");
        put_tok(ctx, kRouterCapSubtlvs, subt, "unknown");
        out.f(" subTLV #{}, length: {}", subt, subl);
        if (subl > tlen) break;
        if (!c.has(t, subl)) return;
        if (subt == 2) {
            const uint8_t flags = c.u8(t);
            const uint32_t range = c.be24(t + 1);
            if (ctx.truncated) return;
            out.put(", Flags [");
            put_bits(ctx, kSrCapFlags, flags, ", ", "None");
            out.f("], Range {}", range);
            size_t sp = t + 4;
            uint8_t sid_tlen = static_cast<uint8_t>(subl - 4);
            while (sid_tlen >= 5 && !ctx.truncated) {
                const uint8_t sid_type = c.u8(sp), sid_len = c.u8(sp + 1);
                if (ctx.truncated) return;
                sid_tlen = static_cast<uint8_t>(sid_tlen - 2);
                sp += 2;
                if (sid_len > sid_tlen) break;
                if (sid_type == 1) {
                    if (sid_len == 3) out.f(", SID value {}", c.be24(sp));
                    else if (sid_len == 4) out.f(", SID value {}", c.be32(sp));
                    else out.f(", Unknown SID length{}", sid_len);
                } else {
                    print_unknown_data(ctx, c, sp, "\n\t\t  ", sid_len);
                }
                sp += sid_len;
                sid_tlen = static_cast<uint8_t>(sid_tlen - sid_len);
            }
        } else {
            print_unknown_data(ctx, c, t, "\n\t\t", subl);
        }
        tlen = static_cast<uint8_t>(tlen - subl);
        t += subl;
    }
}

namespace {

// One SPB MCID (51 bytes) at t.
void mcid(Ctx& ctx, const Cursor& c, size_t t) {
    OutBuf& out = ctx.out;
    if (!c.has(t, 51)) {
        ctx.print_trunc();
        return;
    }
    out.f("ID: {}, Name: ", c.u8(t));
    put_string_nul_padded(ctx, c, t + 1, 32);
    out.f("\n\t              Lvl: {}", c.be16(t + 33));
    out.put(", Digest: ");
    for (size_t i = 0; i < 16; ++i) out.f("{:02x} ", c.u8(t + 35 + i));
}

}  // namespace

void mt_port_cap_subtlvs(Ctx& ctx, const Cursor& c, size_t t, size_t len) {
    OutBuf& out = ctx.out;
    while (len > 2 && !ctx.truncated) {
        const uint8_t type = c.u8(t);
        uint32_t slen = c.u8(t + 1);
        if (ctx.truncated) return;
        out.put("\n\t       ");
        put_tok(ctx, kMtPortCapSubtlvs, type, "unknown");
        out.f(" subTLV #{}, length: {}", type, slen);
        t += 2;
        len -= 2;
        if (len < slen) return out.put(" (> containing TLV length)");
        if (!c.has(t, slen)) return ctx.print_trunc();
        switch (type) {
        case 4:
            if (slen < 102) return out.put(" (too short)");
            out.put("\n\t         MCID: ");
            mcid(ctx, c, t);
            out.put("\n\t         AUX-MCID: ");
            mcid(ctx, c, t + 51);
            t += 102;
            len -= 102;
            slen -= 102;
            break;
        case 5: {
            if (slen < 33) return out.put(" (too short)");
            const uint8_t b = c.u8(t);
            out.f("\n\t        RES: {} V: {} A: {} D: {}", b >> 5, (b >> 4) & 1, (b >> 2) & 3, b & 3);
            t++;
            out.put("\n\t         Digest: ");
            for (int i = 1; i <= 8; ++i) {
                out.f("{:08x} ", c.be32(t));
                if (i % 4 == 0 && i != 8) out.put("\n\t                 ");
                t += 4;
            }
            len -= 33;
            slen -= 33;
            break;
        }
        case 6:
            while (slen != 0 && !ctx.truncated) {
                if (slen < 4) return out.put(" (too short)");
                out.f("\n\t           ECT: {:08x}", c.be32(t));
                t += 4;
                len -= 4;
                slen -= 4;
                if (slen < 2) return out.put(" (too short)");
                const uint16_t v = c.be16(t);
                out.f(" BVID: {}, U:{:x} M:{:x} ", v >> 4, (v >> 3) & 1, (v >> 2) & 1);
                t += 2;
                len -= 2;
                slen -= 2;
            }
            break;
        default: break;
        }
        t += slen;
        len -= slen;
    }
}

void mt_capability_subtlvs(Ctx& ctx, const Cursor& c, size_t t, size_t len) {
    OutBuf& out = ctx.out;
    while (len > 2 && !ctx.truncated) {
        const uint8_t type = c.u8(t);
        uint32_t slen = c.u8(t + 1);
        if (ctx.truncated) return;
        t += 2;
        len -= 2;
        out.put("\n\t      ");
        put_tok(ctx, kMtCapSubtlvs, type, "unknown");
        out.f(" subTLV #{}, length: {}", type, slen);
        if (len < slen) return out.put(" (> containing TLV length)");
        if (!c.has(t, slen)) return ctx.print_trunc();
        switch (type) {
        case 1: {
            if (slen < 19) return out.put(" (too short)");
            out.f("\n\t        CIST Root-ID: {:08x}", c.be32(t));
            out.f(" {:08x}", c.be32(t + 4));
            out.f(", Path Cost: {:08x}", c.be32(t + 8));
            out.f(", Prio: {}", c.be16(t + 12));
            t += 14;
            out.f("\n\t        RES: {}", c.be16(t) >> 5);
            out.f(", V: {}", (c.be16(t) >> 4) & 1);
            out.f(", SPSource-ID: {}", c.be32(t) & 0x000fffff);
            t += 4;
            uint32_t trees = c.u8(t);
            out.f(", No of Trees: {:x}", trees);
            t++;
            len -= 19;
            slen -= 19;
            while (trees && !ctx.truncated) {
                if (slen < 8) return ctx.print_trunc();
                const uint8_t b = c.u8(t);
                out.f("\n\t         U:{}, M:{}, A:{}, RES:{}", b >> 7, (b >> 6) & 1, (b >> 5) & 1, b & 0x1f);
                t++;
                out.f(", ECT: {:08x}", c.be32(t));
                t += 4;
                const uint32_t v = c.be24(t);
                out.f(", BVID: {}, SPVID: {}", (v >> 12) & 0xfff, v & 0xfff);
                t += 3;
                len -= 8;
                slen -= 8;
                trees--;
            }
            break;
        }
        case 3: {
            if (slen < 8) return ctx.print_trunc();
            out.f("\n\t        BMAC: {:08x}", c.be32(t));
            out.f("{:04x}", c.be16(t + 4));
            const uint16_t v = c.be16(t + 6);
            out.f(", RES: {}, VID: {}", v >> 12, v & 0x0fff);
            t += 8;
            len -= 8;
            slen -= 8;
            while (slen >= 4 && !ctx.truncated) {
                const uint32_t w = c.be32(t);
                out.f("\n\t        T: {}, R: {}, RES: {}, ISID: {}", w >> 31, (w >> 30) & 1, (w >> 24) & 0x3f,
                      w & 0xffffff);
                t += 4;
                len -= 4;
                slen -= 4;
            }
            break;
        }
        default: break;
        }
        t += slen;
        len -= slen;
    }
}

}  // namespace rd::osi
