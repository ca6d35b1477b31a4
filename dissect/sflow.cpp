// sFlow version 5 (UDP 6343): datagram header, flow and counter samples (compact and
// expanded) and the records tcpdump 4.99.3 decodes.
#include "sflow.hpp"

namespace rd {

namespace {

constexpr Tok kSampleFormats[] = {
    {1, "flow sample"}, {2, "counter sample"}, {3, "expanded flow sample"}, {4, "expanded counter sample"},
};
constexpr Tok kFlowTypes[] = {
    {1, "Raw packet"}, {2, "Ethernet frame"}, {3, "IPv4 Data"}, {4, "IPv6 Data"},
    {1001, "Extended Switch data"}, {1002, "Extended Router data"}, {1003, "Extended Gateway data"},
    {1004, "Extended User data"}, {1005, "Extended URL data"}, {1006, "Extended MPLS data"},
    {1007, "Extended NAT data"}, {1008, "Extended MPLS tunnel"}, {1009, "Extended MPLS VC"},
    {1010, "Extended MPLS FEC"}, {1011, "Extended MPLS LVP FEC"}, {1012, "Extended VLAN Tunnel"},
};
constexpr Tok kRawProtocols[] = {{1, "Ethernet"}, {11, "IPv4"}, {12, "IPv6"}};
constexpr Tok kCounterTypes[] = {
    {1, "Generic counter"}, {2, "Ethernet counter"}, {3, "Token ring counter"},
    {4, "100 BaseVG counter"}, {5, "Vlan counter"}, {1001, "Processor counter"},
};
constexpr Tok kDirections[] = {{0, "unknown"}, {1, "full-duplex"}, {2, "half-duplex"}, {3, "in"}, {4, "out"}};

enum : int { kOk = 0, kTrunc = 1, kInvalid = 2 };

// Each decoder returns false when the record does not fit (the caller then ends the
// packet with its marker). p is the record body, len the bytes left in the sample.
bool counter_generic(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (len < 88 || !c.has(p, 88)) return false;
    OutBuf& out = ctx.out;
    const uint32_t dir = c.be32(p + 16), status = c.be32(p + 20);
    out.f("\n\t      ifindex {}, iftype {}, ifspeed {}, ifdirection {} (", c.be32(p), c.be32(p + 4), c.be64(p + 8), dir);
    put_tok(ctx, kDirections, dir, "Unknown");
    out.f(")\n\t      ifstatus {}, adminstatus: {}, operstatus: {}", status, (status & 1) ? "up" : "down",
          (status >> 1 & 1) ? "up" : "down");
    out.f("\n\t      In octets {}, unicast pkts {}, multicast pkts {}, broadcast pkts {}, discards {}",
          c.be64(p + 24), c.be32(p + 32), c.be32(p + 36), c.be32(p + 40), c.be32(p + 44));
    out.f("\n\t      In errors {}, unknown protos {}", c.be32(p + 48), c.be32(p + 52));
    out.f("\n\t      Out octets {}, unicast pkts {}, multicast pkts {}, broadcast pkts {}, discards {}",
          c.be64(p + 56), c.be32(p + 64), c.be32(p + 68), c.be32(p + 72), c.be32(p + 76));
    out.f("\n\t      Out errors {}, promisc mode {}", c.be32(p + 80), c.be32(p + 84));
    return true;
}

bool counter_ethernet(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (len < 52 || !c.has(p, 52)) return false;
    ctx.out.f("\n\t      align errors {}, fcs errors {}, single collision {}, multiple collision {}, test error {}",
              c.be32(p), c.be32(p + 4), c.be32(p + 8), c.be32(p + 12), c.be32(p + 16));
    ctx.out.f("\n\t      deferred {}, late collision {}, excessive collision {}, mac trans error {}",
              c.be32(p + 20), c.be32(p + 24), c.be32(p + 28), c.be32(p + 32));
    ctx.out.f("\n\t      carrier error {}, frames too long {}, mac receive errors {}, symbol errors {}",
              c.be32(p + 36), c.be32(p + 40), c.be32(p + 44), c.be32(p + 48));
    return true;
}

bool counter_basevg(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (len < 80 || !c.has(p, 80)) return false;
    ctx.out.f("\n\t      in high prio frames {}, in high prio octets {}", c.be32(p), c.be64(p + 4));
    ctx.out.f("\n\t      in norm prio frames {}, in norm prio octets {}", c.be32(p + 12), c.be64(p + 16));
    ctx.out.f("\n\t      in ipm errors {}, oversized {}, in data errors {}, null addressed frames {}",
              c.be32(p + 24), c.be32(p + 28), c.be32(p + 32), c.be32(p + 36));
    ctx.out.f("\n\t      out high prio frames {}, out high prio octets {}, trans into frames {}",
              c.be32(p + 40), c.be64(p + 44), c.be32(p + 52));
    ctx.out.f("\n\t      in hc high prio octets {}, in hc norm prio octets {}, out hc high prio octets {}",
              c.be64(p + 56), c.be64(p + 64), c.be64(p + 72));
    return true;
}

bool counter_vlan(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (len < 28 || !c.has(p, 28)) return false;
    ctx.out.f("\n\t      vlan_id {}, octets {}, unicast_pkt {}, multicast_pkt {}, broadcast_pkt {}, discards {}",
              c.be32(p), c.be64(p + 4), c.be32(p + 12), c.be32(p + 16), c.be32(p + 20), c.be32(p + 24));
    return true;
}

bool counter_processor(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (len < 28 || !c.has(p, 28)) return false;
    // tcpdump labels the free memory "total_mem" too.
    ctx.out.f("\n\t      5sec {}, 1min {}, 5min {}, total_mem {}, total_mem {}", c.be32(p), c.be32(p + 4),
              c.be32(p + 8), c.be64(p + 12), c.be64(p + 20));
    return true;
}

int counter_records(Ctx& ctx, const Cursor& c, size_t p, uint32_t len, uint32_t nrecords) {
    while (nrecords > 0) {
        if (len < 8 || !c.has(p, 8)) return kTrunc;
        const uint32_t format = c.be32(p);
        const uint32_t type = format & 0x0fff;
        const uint32_t enterprise = format >> 20;
        const uint32_t rlen = c.be32(p + 4);
        ctx.out.f("\n\t    enterprise {}, ", enterprise);
        if (enterprise == 0)
            put_tok(ctx, kCounterTypes, type, "Unknown");
        else
            ctx.out.put("Unknown");
        ctx.out.f(" ({}) length {}", type, rlen);
        p += 8;
        len -= 8;
        if (len < rlen) {
            ctx.print_invalid();
            return kInvalid;
        }
        if (enterprise == 0) {
            bool ok = true;
            switch (type) {
            case 1: ok = counter_generic(ctx, c, p, len); break;
            case 2: ok = counter_ethernet(ctx, c, p, len); break;
            case 3: break;
            case 4: ok = counter_basevg(ctx, c, p, len); break;
            case 5: ok = counter_vlan(ctx, c, p, len); break;
            case 1001: ok = counter_processor(ctx, c, p, len); break;
            default:
                if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t\t", rlen);
                break;
            }
            if (!ok) return kTrunc;
        }
        p += rlen;
        len -= rlen;
        --nrecords;
    }
    return kOk;
}

int flow_records(Ctx& ctx, const Cursor& c, size_t p, uint32_t len, uint32_t nrecords) {
    OutBuf& out = ctx.out;
    while (nrecords > 0) {
        if (len < 8 || !c.has(p, 8)) return kTrunc;
        const uint32_t format = c.be32(p);
        const uint32_t type = format & 0x0fff;
        const uint32_t enterprise = format >> 12;
        const uint32_t rlen = c.be32(p + 4);
        out.f("\n\t    enterprise {} ", enterprise);
        if (enterprise == 0)
            put_tok(ctx, kFlowTypes, type, "Unknown");
        else
            out.put("Unknown");
        out.f(" ({}) length {}", type, rlen);
        p += 8;
        len -= 8;
        if (len < rlen) {
            ctx.print_invalid();
            return kInvalid;
        }
        if (enterprise == 0) {
            switch (type) {
            case 1: {
                if (len < 16 || !c.has(p, 16)) return kTrunc;
                const uint32_t proto = c.be32(p);
                out.put("\n\t      protocol ");
                put_tok(ctx, kRawProtocols, proto, "Unknown");
                out.f(" ({}), length {}, stripped bytes {}, header_size {}", proto, c.be32(p + 4), c.be32(p + 8),
                      c.be32(p + 12));
                break;
            }
            case 2:
                if (len < 24 || !c.has(p, 24)) return kTrunc;
                out.f("\n\t      frame len {}, type {}", c.be32(p), c.be32(p + 20));
                break;
            case 1001:
                if (len < 16 || !c.has(p, 16)) return kTrunc;
                out.f("\n\t      src vlan {}, src pri {}, dst vlan {}, dst pri {}", c.be32(p), c.be32(p + 4),
                      c.be32(p + 8), c.be32(p + 12));
                break;
            case 3:
            case 4:
            case 1002:
            case 1003:
            case 1004:
            case 1005:
            case 1006:
            case 1007:
            case 1008:
            case 1009:
            case 1010:
            case 1011:
            case 1012: break;
            default:
                if (ctx.opt.vflag <= 1) print_unknown_data(ctx, c, p, "\n\t\t", rlen);
                break;
            }
        }
        p += rlen;
        len -= rlen;
        --nrecords;
    }
    return kOk;
}

int sample_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t len, uint32_t type) {
    OutBuf& out = ctx.out;
    switch (type) {
    case 1: {
        if (len < 32 || !c.has(p, 32)) return kTrunc;
        const uint32_t n = c.be32(p + 28);
        out.f(" seqnum {}, type {}, idx {}, rate {}, pool {}, drops {}, input {} output {} records {}", c.be32(p),
              c.u8(p + 4), c.be24(p + 5), c.be32(p + 8), c.be32(p + 12), c.be32(p + 16), c.be32(p + 20),
              c.be32(p + 24), n);
        return flow_records(ctx, c, p + 32, len - 32, n);
    }
    case 2: {
        if (len < 12 || !c.has(p, 12)) return kTrunc;
        const uint32_t n = c.be32(p + 8);
        out.f(" seqnum {}, type {}, idx {}, records {}", c.be32(p), c.u8(p + 4), c.be24(p + 5), n);
        return counter_records(ctx, c, p + 12, len - 12, n);
    }
    case 3: {
        if (len < 44 || !c.has(p, 44)) return kTrunc;
        const uint32_t n = c.be32(p + 40);
        out.f(" seqnum {}, type {}, idx {}, rate {}, pool {}, drops {}, records {}", c.be32(p), c.be32(p + 4),
              c.be32(p + 8), c.be32(p + 12), c.be32(p + 16), c.be32(p + 20), n);
        return flow_records(ctx, c, p + 44, len - 44, n);
    }
    case 4: {
        if (len < 16 || !c.has(p, 16)) return kTrunc;
        const uint32_t n = c.be32(p + 12);
        out.f(" seqnum {}, type {}, idx {}, records {}", c.be32(p), c.be32(p + 4), c.be32(p + 8), n);
        return counter_records(ctx, c, p + 16, len - 16, n);
    }
    default: return kOk;
    }
}

}  // namespace

void sflow_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "sflow";
    if (!c.has(0, 8)) {
        ctx.print_trunc();
        return;
    }
    const uint32_t version = c.be32(0);
    const uint32_t ipver = c.be32(4);
    // tcpdump 4.99.3 checks the header (length and capture) before the version and
    // names the IPv4 header size in its complaint.
    if ((ipver == 1 || ipver == 2) && (length < (ipver == 1 ? 28u : 40u) || !c.has(0, ipver == 1 ? 28 : 40))) {
        out.f("sFlowv{} [length {} < 28]", version, length);
        ctx.print_invalid();
        if (!c.has(0, length)) ctx.print_trunc();
        return;
    }
    if (!c.has(0, 28)) {
        ctx.print_trunc();
        return;
    }
    if (version != 5) {
        out.f("sFlow version {} packet not supported", version);
        return;
    }
    out.f("sFlowv{}", version);
    const size_t hdr = ipver == 1 ? 28 : 40;
    if (!c.need(0, hdr)) return;
    out.f(", {} agent ", ipver == 1 ? "IPv4" : "IPv6");
    if (ipver == 1)
        put_ip4_at(ctx, c, 8);
    else
        put_ip6_at(ctx, c, 8);
    const size_t f = hdr - 16;  // agent-id, seqnum, uptime, samples
    if (ctx.opt.vflag < 1) {
        out.f(", agent-id {}, length {}", c.be32(f), length);
        return;
    }
    uint32_t nsamples = c.be32(f + 12);
    out.f(", agent-id {}, seqnum {}, uptime {}, samples {}, length {}", c.be32(f), c.be32(f + 4), c.be32(f + 8),
          nsamples, length);
    size_t p = hdr;
    uint32_t len = length - static_cast<uint32_t>(hdr);
    while (nsamples > 0 && len > 0) {
        if (!c.has(p, 8)) {
            ctx.print_trunc();
            return;
        }
        const uint32_t type = c.be32(p) & 0x0fff;
        const uint32_t slen = c.be32(p + 4);
        if (len < 8) {
            ctx.print_trunc();
            return;
        }
        p += 8;
        len -= 8;
        out.put("\n\t");
        put_tok(ctx, kSampleFormats, type, "Unknown");
        out.f(" ({}), length {},", type, slen);
        if (type == 0 || slen == 0) return;
        if (len < slen) {
            // tcpdump then checks that the rest of the datagram was captured.
            ctx.print_invalid();
            if (!c.has(p, len)) ctx.print_trunc();
            return;
        }
        if (!c.has(p, slen)) {
            ctx.print_trunc();
            return;
        }
        if (type >= 1 && type <= 4) {
            const int r = sample_print(ctx, c, p, len, type);
            if (r == kInvalid) return;
            if (r == kTrunc) {
                ctx.print_trunc();
                return;
            }
        } else if (ctx.opt.vflag <= 1) {
            print_unknown_data(ctx, c, p, "\n\t    ", slen);
        }
        p += slen;
        len -= slen;
        --nsamples;
    }
}

}  // namespace rd
