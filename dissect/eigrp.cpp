// Cisco EIGRP (RFC 7868), IP protocol 88: the common header and its TLVs.
#include <fmt/format.h>

#include "protos.hpp"

namespace rd {

namespace {

constexpr Tok kOpcodes[] = {{1, "Update"}, {3, "Query"},   {4, "Reply"},
                            {5, "Hello"},  {6, "IPX SAP"}, {7, "Probe"}};

constexpr Tok kHeaderFlags[] = {
    {0x01, "Init"}, {0x02, "Conditionally Received"}, {0x04, "Restart"}, {0x08, "End-of-Table"}};

constexpr Tok kTlvTypes[] = {
    {0x0001, "General Parameters"},        {0x0002, "Authentication"},
    {0x0003, "Sequence"},                  {0x0004, "Software Version"},
    {0x0005, "Next Multicast Sequence"},   {0x0102, "IP Internal routes"},
    {0x0103, "IP External routes"},        {0x0202, "AppleTalk Internal routes"},
    {0x0203, "AppleTalk External routes"}, {0x0204, "AppleTalk Cable setup"},
    {0x0302, "IPX Internal routes"},       {0x0303, "IPX External routes"},
};

constexpr Tok kExtProtos[] = {{0x01, "IGRP"}, {0x02, "EIGRP"}, {0x03, "Static"},   {0x04, "RIP"},
                              {0x05, "Hello"}, {0x06, "OSPF"}, {0x07, "IS-IS"},    {0x08, "EGP"},
                              {0x09, "BGP"},  {0x0a, "IDRP"},  {0x0b, "Connected"}};

constexpr uint32_t kHeaderLen = 20;
constexpr uint32_t kTlvHeaderLen = 4;

// Body sizes of the decoded TLVs (after the 4-byte TLV header).
constexpr uint32_t kGeneralLen = 8;
constexpr uint32_t kSwVersionLen = 4;
constexpr uint32_t kIpIntLen = 22;
constexpr uint32_t kIpExtLen = 42;
constexpr uint32_t kAtCableLen = 8;
constexpr uint32_t kAtIntLen = 24;
constexpr uint32_t kAtExtLen = 40;

bool too_short(Ctx& ctx, uint32_t have, uint32_t need) {
    if (have >= need) return false;
    ctx.out.f(" (too short, < {})", kTlvHeaderLen + need);
    return true;
}

// The metric block shared by the route TLVs, at off.
void metrics(Ctx& ctx, const Cursor& c, size_t off) {
    const uint32_t delay = c.be32(off);
    const uint32_t bw = c.be32(off + 4);
    const uint32_t mtu = c.be24(off + 8);
    ctx.out.f("\n\t      delay {} ms, bandwidth {} Kbps, mtu {}, hop {}, reliability {}, load {}",
              delay / 100, bw, mtu, c.u8(off + 11), c.u8(off + 12), c.u8(off + 13));
}

// Prefix (plen at plen_off, 0-4 destination bytes behind it) and next hop at 0.
bool ip_prefix(Ctx& ctx, const Cursor& c, size_t plen_off) {
    const uint8_t bits = c.u8(plen_off);
    if (bits > 32) {
        ctx.out.f("\n\t    illegal prefix length {}", bits);
        return false;
    }
    uint8_t pfx[4] = {0, 0, 0, 0};
    const size_t nbytes = (bits + 7u) / 8u;
    for (size_t i = 0; i < nbytes; ++i) pfx[i] = c.u8(plen_off + 1 + i);
    if (ctx.truncated) return false;
    char buf[16];
    auto end = fmt::format_to(buf, "{}.{}.{}.{}", pfx[0], pfx[1], pfx[2], pfx[3]);
    ctx.out.f("\n\t    IPv4 prefix: {:>15}/{}, nexthop: ", std::string_view(buf, static_cast<size_t>(end - buf)),
              bits);
    if (c.be32(0) == 0) ctx.out.put("self");
    else put_ip4_at(ctx, c, 0);
    return true;
}

void at_nexthop(Ctx& ctx, const Cursor& c) {
    if (c.be32(0) == 0) ctx.out.put("self");
    else ctx.out.f("{}.{}", c.be16(0), c.be16(2));
}

}  // namespace

void eigrp_print(Ctx& ctx, Cursor c, uint32_t len, const IpInfo&) {
    ctx.proto = "eigrp";
    OutBuf& out = ctx.out;
    if (!c.has(0, kHeaderLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t version = c.u8(0);
    const uint8_t opcode = c.u8(1);
    if (version != 2) {
        out.f("EIGRP version {} packet not supported", version);
        return;
    }
    if (ctx.opt.vflag < 1) {
        out.put("EIGRP ");
        put_tok(ctx, kOpcodes, opcode, "unknown ({})");
        out.f(", length: {}", len);
        return;
    }
    if (len < kHeaderLen) {
        out.put("EIGRP ");
        put_tok(ctx, kOpcodes, opcode, "unknown ({})");
        out.f(", length: {} (too short, < {})", len, kHeaderLen);
        return;
    }
    uint32_t tlen = len - kHeaderLen;
    out.f("\n\tEIGRP v{}, opcode: ", version);
    put_tok(ctx, kOpcodes, opcode, "unknown, type: {}");
    out.f(" ({}), chksum: 0x{:04x}, Flags: [", opcode, c.be16(2));
    put_bits(ctx, kHeaderFlags, c.be32(4), ", ");
    out.f("]\n\tseq: 0x{:08x}, ack: 0x{:08x}, VRID: {}, AS: {}, length: {}", c.be32(8), c.be32(12),
          c.be16(16), c.be16(18), tlen);

    size_t pos = kHeaderLen;
    while (tlen > 0 && !ctx.truncated) {
        if (!c.has(pos, kTlvHeaderLen)) {
            ctx.print_trunc();
            return;
        }
        const uint16_t type = c.be16(pos);
        const uint16_t tlv_len = c.be16(pos + 2);
        if (tlv_len < kTlvHeaderLen || tlv_len > tlen) {
            print_unknown_data(ctx, c, pos + kTlvHeaderLen, "\n\t    ", tlen);
            return;
        }
        out.put("\n\t  ");
        put_tok(ctx, kTlvTypes, type, "Unknown");
        out.f(" TLV (0x{:04x}), length: {}", type, tlv_len);
        if (!c.has(pos, tlv_len)) {
            ctx.print_trunc();
            return;
        }
        const Cursor t = c.skip(pos + kTlvHeaderLen);
        const uint32_t blen = tlv_len - kTlvHeaderLen;
        switch (type) {
        case 0x0001:
            if (too_short(ctx, blen, kGeneralLen)) break;
            out.f("\n\t    holdtime: {}s, k1 {}, k2 {}, k3 {}, k4 {}, k5 {}", t.be16(6), t.u8(0), t.u8(1),
                  t.u8(2), t.u8(3), t.u8(4));
            break;
        case 0x0004:
            if (too_short(ctx, blen, kSwVersionLen)) break;
            out.f("\n\t    IOS version: {}.{}, EIGRP version {}.{}", t.u8(0), t.u8(1), t.u8(2), t.u8(3));
            break;
        case 0x0102:
            if (too_short(ctx, blen, kIpIntLen)) break;
            if (!ip_prefix(ctx, t, 20)) break;
            metrics(ctx, t, 4);
            break;
        case 0x0103:
            if (too_short(ctx, blen, kIpExtLen)) break;
            if (!ip_prefix(ctx, t, 40)) break;
            out.put("\n\t      origin-router ");
            put_ip4_at(ctx, t, 4);
            out.f(", origin-as {}, origin-proto ", t.be32(8));
            put_tok(ctx, kExtProtos, t.u8(22), "unknown");
            out.f(", flags [0x{:02x}], tag 0x{:08x}, metric {}", t.u8(23), t.be32(12), t.be32(16));
            metrics(ctx, t, 24);
            break;
        case 0x0204:
            if (too_short(ctx, blen, kAtCableLen)) break;
            out.f("\n\t    Cable-range: {}-{}, Router-ID {}", t.be16(0), t.be16(2), t.be32(4));
            break;
        case 0x0202:
            if (too_short(ctx, blen, kAtIntLen)) break;
            out.f("\n\t     Cable-Range: {}-{}, nexthop: ", t.be16(20), t.be16(22));
            at_nexthop(ctx, t);
            metrics(ctx, t, 4);
            break;
        case 0x0203:
            if (too_short(ctx, blen, kAtExtLen)) break;
            out.f("\n\t     Cable-Range: {}-{}, nexthop: ", t.be16(36), t.be16(38));
            at_nexthop(ctx, t);
            out.f("\n\t      origin-router {}, origin-as {}, origin-proto ", t.be32(4), t.be32(8));
            put_tok(ctx, kExtProtos, t.u8(16), "unknown");
            out.f(", flags [0x{:02x}], tag 0x{:08x}, metric {}", t.u8(17), t.be32(12), t.be16(18));
            metrics(ctx, t, 20);
            break;
        default:
            if (ctx.opt.vflag <= 1) print_unknown_data(ctx, t, 0, "\n\t    ", blen);
            break;
        }
        if (ctx.opt.vflag > 1) print_unknown_data(ctx, t, 0, "\n\t    ", blen);
        pos += tlv_len;
        tlen -= tlv_len;
    }
}

}  // namespace rd
