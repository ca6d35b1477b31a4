// TCP (RFC 9293): ports, flags, relative sequence numbers per conversation, window,
// options, checksum, and the port table that hands payloads to application printers.
#include "tcp.hpp"

#include <cstring>

#include "bgp.hpp"
#include "checksum.hpp"
#include "nfs.hpp"
#include "openflow.hpp"
#include "pgm.hpp"
#include "ringdump/dissect/packet_types.hpp"
#include "rpki_rtr.hpp"
#include "state.hpp"
#include "tcp_services.hpp"

namespace rd {

namespace {

constexpr uint32_t kMaxRstData = 30;

// tcpdump's flag letters, in its order (bittok2str_nosep).
constexpr Tok kFlagNames[] = {{kTcpFin, "F"}, {kTcpSyn, "S"},  {kTcpRst, "R"}, {kTcpPush, "P"},
                              {kTcpAck, "."}, {kTcpUrg, "U"}, {kTcpEce, "E"}, {kTcpCwr, "W"}};

// ---- payload printers by port ----------------------------------------------------------
// Ports are checked in this order (tcpdump's precedence) against the source and the
// destination port. A null printer is one not written yet: nothing is printed after
// ", length N" for it, which is where tcpdump's text would go.
using TcpPayloadPrinter = void (*)(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
struct TcpPortEntry {
    uint16_t port;
    TcpPayloadPrinter print;
};

void dns_tcp(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) { dns_print(ctx, c, length, true, false); }
// Text protocols get ": " before their name.
template <void (*Print)(Ctx&, Cursor, uint32_t)>
void colon_then(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    ctx.out.put(": ");
    Print(ctx, c, length);
}
template <void (*Print)(Ctx&, Cursor, uint32_t)>
void plain(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    Print(ctx, c, length);
}

constexpr TcpPortEntry kTcpPorts[] = {
    {23, plain<telnet_print>},       // telnet
    {25, colon_then<smtp_print>},    // smtp
    {43, colon_then<whois_print>},   // whois
    {179, plain<bgp_print>},         // bgp
    {1723, plain<pptp_print>},       // pptp
    {6379, colon_then<resp_print>},  // redis (RESP)
    {22, plain<ssh_print>},          // ssh
    {10288, plain<beep_print>},      // beep
    {6633, plain<openflow_print>},  // openflow (old port)
    {6653, plain<openflow_print>},  // openflow
    {21, colon_then<ftp_print>},     // ftp
    {80, colon_then<http_print>},    // http
    {8080, colon_then<http_print>},  // http alt
    {554, colon_then<rtsp_print>},   // rtsp
    {8554, colon_then<rtsp_print>},  // rtsp alt
    {53, dns_tcp},                   // domain
    {639, plain<msdp_print>},        // msdp
    {323, plain<rpki_rtr_print>},    // rpki-rtr
    {646, plain<ldp_print>},         // ldp
    // 2049 (NFS over RPC) is handled after the table, as tcpdump does.
};

// Data carried in a RST segment (RFC 1122 4.2.2.12), shown with -v.
void print_rst_data(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    out.put(c.has(0, length) ? " [RST" : " [!RST");
    if (length > kMaxRstData) {
        length = kMaxRstData;
        out.put('+');
    }
    out.put(' ');
    const auto data = c.rest(0);
    for (size_t i = 0; i < length && i < data.size(); ++i) {
        uint8_t ch = data[i];
        // tcpdump's fn_print_char: M- for the high bit, ^X for controls.
        if (ch & 0x80) {
            out.put("M-");
            ch &= 0x7f;
        }
        if (ch < 0x20 || ch == 0x7f) {
            out.put('^');
            ch ^= 0x40;
        }
        out.put(static_cast<char>(ch));
    }
    out.put(']');
}

void put_endpoints(Ctx& ctx, const IpInfo& ip, uint16_t sport, uint16_t dport) {
    OutBuf& out = ctx.out;
    // With extension headers in between (AH, IPv6 options...), the IP printer has shown
    // the addresses already; only the ports follow.
    const uint8_t hdr_nh = ip.version == 6 ? ip.hdr.u8(6) : ip.hdr.u8(9);
    if (hdr_nh == 6) {
        put_addr(ctx, ip.src);
        out.put('.');
        ctx.names.tcp_port(out, sport);
        out.put(" > ");
        put_addr(ctx, ip.dst);
        out.put('.');
        ctx.names.tcp_port(out, dport);
        out.put(": ");
    } else {
        ctx.names.tcp_port(out, sport);
        out.put(" > ");
        ctx.names.tcp_port(out, dport);
        out.put(": ");
    }
}

// Relative sequence numbers: find or record the conversation's initial numbers.
void relative_seq(Ctx& ctx, const IpInfo& ip, uint16_t sport, uint16_t dport, uint8_t flags,
                  uint32_t& seq, uint32_t& ack, TcpSegment& seg) {
    const size_t alen = ip.version == 6 ? 16 : 4;
    if (ip.src.size() != alen || ip.dst.size() != alen) return;
    bool rev = sport > dport;
    if (sport == dport) rev = std::memcmp(ip.src.data(), ip.dst.data(), alen) > 0;
    TcpSeqKey key;
    key.v6 = ip.version == 6;
    if (rev) {
        std::memcpy(key.src, ip.dst.data(), alen);
        std::memcpy(key.dst, ip.src.data(), alen);
        key.ports = uint32_t{dport} << 16 | sport;
    } else {
        std::memcpy(key.src, ip.src.data(), alen);
        std::memcpy(key.dst, ip.dst.data(), alen);
        key.ports = uint32_t{sport} << 16 | dport;
    }
    bool found = false;
    TcpSeqBase& th = ctx.state().tcp_seq.lookup(key, found);
    if (!found || (flags & kTcpSyn)) {
        // New conversation (or a new SYN on it): remember, print absolute numbers.
        if (rev) {
            th.ack = seq;
            th.seq = ack - 1;
        } else {
            th.seq = seq;
            th.ack = ack - 1;
        }
    } else if (rev) {
        seq -= th.ack;
        ack -= th.seq;
    } else {
        seq -= th.seq;
        ack -= th.ack;
    }
    seg.rev = rev;
    seg.thseq = th.seq;
    seg.thack = th.ack;
}

}  // namespace

void tcp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "tcp";
    if (!c.has(2, 2)) {
        put_addr(ctx, ip.src);
        out.put(" > ");
        put_addr(ctx, ip.dst);
        out.put(':');
        ctx.print_trunc();
        return;
    }
    const uint16_t sport = c.be16(0);
    const uint16_t dport = c.be16(2);
    put_endpoints(ctx, ip, sport, dport);
    if (!c.has(0, 20)) {
        ctx.print_trunc();
        return;
    }
    uint32_t hlen = (c.u8(12) >> 4) * 4u;
    if (hlen < 20) {
        out.f(" tcp {} [bad hdr length {} - too short, < 20]", length - hlen, hlen);
        return;
    }
    uint32_t seq = c.be32(4);
    uint32_t ack = c.be32(8);
    const uint16_t win = c.be16(14);
    const uint16_t urp = c.be16(18);
    if (ctx.opt.qflag) {
        out.f("tcp {}", length - hlen);
        if (hlen > length) out.f(" [bad hdr length {} - too long, > {}]", hlen, length);
        return;
    }
    const uint8_t flags = c.u8(13);
    out.put("Flags [");
    put_bits(ctx, kFlagNames, flags, "");
    out.put(']');

    TcpSegment seg{.tcp = c, .flags = flags};
    if (!ctx.opt.Sflag && (flags & kTcpAck)) relative_seq(ctx, ip, sport, dport, flags, seq, ack, seg);

    if (hlen > length) {
        out.f(" [bad hdr length {} - too long, > {}]", hlen, length);
        return;
    }
    if (ctx.opt.vflag && !ctx.opt.Kflag && !ip.fragmented && (ip.version == 4 || ip.version == 6) &&
        c.has(0, length)) {
        const uint16_t sum = ip_pseudo_cksum(ip, 6, length, c.bytes(0, length));
        const uint16_t field = c.be16(16);
        out.put(", cksum 0x");
        out.hex(field, 4);
        if (sum != 0) {
            out.put(" (incorrect -> 0x");
            out.hex(cksum_shouldbe(field, sum), 4);
            out.put(')');
        } else {
            out.put(" (correct)");
        }
    }

    length -= hlen;
    if (ctx.opt.vflag > 1 || length > 0 || (flags & (kTcpSyn | kTcpFin | kTcpRst))) {
        out.put(", seq ");
        out.dec(seq);
        if (length > 0) {
            out.put(':');
            out.dec(static_cast<uint32_t>(seq + length));
        }
    }
    if (flags & kTcpAck) {
        out.put(", ack ");
        out.dec(ack);
    }
    out.put(", win ");
    out.dec(win);
    if (flags & kTcpUrg) {
        out.put(", urg ");
        out.dec(urp);
    }
    seg.payload_len = length;
    if (hlen > 20 && !tcp_print_options(ctx, seg, hlen - 20)) return;

    out.put(", length ");
    out.dec(length);
    if (length == 0) return;

    if (!c.has(0, hlen)) {
        out.f(" [remaining caplen({}) < header length({})]", c.size(), hlen);
        ctx.mark_truncated();
        return;
    }
    const Cursor payload = c.skip(hlen);
    if ((flags & kTcpRst) && ctx.opt.vflag) {
        print_rst_data(ctx, payload, length);
        return;
    }
    if (ctx.opt.forced != ForcedType::None) {
        if (ctx.opt.forced == ForcedType::Domain) dns_print(ctx, payload, length, true, false);
        if (ctx.opt.forced == kForcedResp) colon_then<resp_print>(ctx, payload, length, ip);
        if (ctx.opt.forced == kForcedZmtp1) zmtp1_print(ctx, payload, length);
        return;
    }
    for (const auto& e : kTcpPorts) {
        if (sport == e.port || dport == e.port) {
            if (e.print) e.print(ctx, payload, length, ip);
            return;
        }
    }
    // NFS over TCP (port 2049): RPC record mark, then a call to or a reply from the
    // server; the record length (bounded by the segment) is the message length.
    if ((sport == 2049 || dport == 2049) && length >= 4 && payload.has(0, 4)) {
        uint32_t fraglen = payload.be32(0) & 0x7FFFFFFF;
        if (fraglen > length - 4) fraglen = length - 4;
        const Cursor rp = payload.skip(4);
        if (rp.has(4, 4)) {
            const uint32_t direction = rp.be32(4);
            if (dport == 2049 && direction == 0) {
                ctx.out.f(": NFS request xid {} ", rp.be32(0));
                nfs_request_print(ctx, rp, fraglen, ip);
                return;
            }
            if (sport == 2049 && direction == 1) {
                ctx.out.f(": NFS reply xid {} ", rp.be32(0));
                nfs_reply_print(ctx, rp, fraglen, ip);
                return;
            }
        }
    }
}

}  // namespace rd
