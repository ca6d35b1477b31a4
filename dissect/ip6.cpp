// IPv6 datagrams: the fixed header, the extension header chain (ip6_ext.cpp,
// ip6_mobility.cpp) and the hand-off of the payload to the IP protocol demultiplexer.
#include "ip6.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 40;

// tcpdump's ip6_finddst: the destination the TCP/UDP/ICMPv6 pseudo-header uses. With a
// routing header (only the first one counts) it is the last address of a type 0/2 header
// or the first segment of a segment routing header, when those bytes were captured.
std::span<const uint8_t> final_destination(const Cursor& ip) {
    std::span<const uint8_t> dst = ip.bytes(24, 16);
    uint8_t nh = ip.u8(6);
    size_t off = 0, advance = kHdrLen;
    while (off < ip.size()) {
        off += advance;
        switch (nh) {
        case ip6::kHopOpts:
        case ip6::kDstOpts:
        case ip6::kMobilityOld:
        case ip6::kMobility:
            if (!ip.has(off, 2)) return dst;  // the printer walked these; cannot happen
            advance = (size_t{ip.u8(off + 1)} + 1) << 3;
            nh = ip.u8(off);
            break;
        case ip6::kFragment:
            if (!ip.has(off, 1)) return dst;
            advance = 8;
            nh = ip.u8(off);
            break;
        case ip6::kRouting: {
            if (!ip.has(off, 4)) return dst;
            const uint8_t len = ip.u8(off + 1);
            const uint8_t type = ip.u8(off + 2);
            if (len % 2 == 1) return dst;
            if (type == 0 || type == 2) {
                for (size_t i = 0; i < len / 2u; ++i) {
                    const size_t a = off + 8 + 16 * i;
                    if (!ip.has(a, 16)) break;
                    dst = ip.rest(a).first(16);
                }
            } else if (type == 4) {
                if (ip.has(off + 8, 16)) dst = ip.rest(off + 8).first(16);
            }
            return dst;
        }
        default:
            return dst;
        }
    }
    return dst;
}

bool transport_prints_addresses(uint8_t nh) {
    return nh == ip6::kTcp || nh == ip6::kUdp || nh == ip6::kDccp || nh == ip6::kSctp;
}

}  // namespace

void ip6_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "ip6";
    if (!c.has(0, kHdrLen)) {
        ctx.print_trunc();
        return;
    }
    if (length < kHdrLen) {
        out.f("truncated-ip6 {}", length);
        return;
    }
    if (!ctx.opt.eflag) out.put("IP6 ");
    const uint8_t version = c.u8(0) >> 4;
    if (version != 6) {
        out.f("version error: {} != 6", version);
        return;
    }

    uint32_t payload_len = c.be16(4);
    // A zero payload length may mean a Jumbo Payload option follows; until one is found
    // the payload runs to the end of the frame. tcpdump does this in unsigned 32 bits.
    uint32_t len;
    if (payload_len != 0) {
        len = payload_len + kHdrLen;
        if (length < len) out.f("truncated-ip6 - {} bytes missing!", len - length);
    } else {
        len = length + kHdrLen;
    }

    uint8_t nh = c.u8(6);
    const uint8_t hlim = c.u8(7);
    if (ctx.opt.vflag) {
        const uint32_t flow = c.be32(0);
        out.put('(');
        if (flow & 0x0ff00000) out.f("class 0x{:02x}, ", (flow & 0x0ff00000) >> 20);
        if (flow & 0x000fffff) out.f("flowlabel 0x{:05x}, ", flow & 0x000fffff);
        const char* name = ipproto_name(nh);
        out.f("hlim {}, next-header {} ({}) payload length: {}) ", hlim, name ? name : "unknown", nh,
              payload_len);
    }

    // The payload ends where the header says it does (tcpdump's nd_push_snaplen).
    const Cursor ip = c.limit(len);
    size_t off = 0;
    int advance = static_cast<int>(kHdrLen);
    uint32_t total_advance = 0;
    bool found_ext = false, found_jumbo = false, found_hbh = false, fragmented = false;
    bool first = true;  // at the header right after the IPv6 header

    while (off < ip.size() && advance > 0) {
        if (len < static_cast<uint32_t>(advance)) {
            ctx.print_trunc();
            return;
        }
        off += static_cast<size_t>(advance);
        len -= static_cast<uint32_t>(advance);
        total_advance += static_cast<uint32_t>(advance);

        if (off == kHdrLen && !transport_prints_addresses(nh)) {
            put_ip6_at(ctx, c, 8);
            out.put(" > ");
            put_ip6_at(ctx, c, 24);
            out.put(": ");
        }

        const Cursor h = ip.skip(off);
        switch (nh) {
        case ip6::kHopOpts:
            // RFC 8200: only directly after the IPv6 header, and only once.
            if (found_hbh) {
                out.put("[The Hop-by-Hop Options header was already found]");
                ctx.print_invalid();
                return;
            }
            if (!first) {
                out.put("[The Hop-by-Hop Options header don't follow the IPv6 header]");
                ctx.print_invalid();
                return;
            }
            advance = ip6::hbh_print(ctx, h, found_jumbo, payload_len);
            if (payload_len == 0 && !found_jumbo) {
                out.put("[No valid Jumbo Payload Hop-by-Hop option found]");
                ctx.print_invalid();
                return;
            }
            if (advance < 0) return;
            found_ext = true;
            found_hbh = true;
            nh = h.u8(0);
            break;
        case ip6::kDstOpts:
            advance = ip6::dstopt_print(ctx, h);
            if (advance < 0) return;
            found_ext = true;
            nh = h.u8(0);
            break;
        case ip6::kFragment:
            advance = ip6::frag6_print(ctx, h, static_cast<uint16_t>(c.be16(4)),
                                       static_cast<uint32_t>(off));
            // A fragment header with nothing captured after it ends the line too.
            if (advance < 0 || h.size() <= static_cast<size_t>(advance)) return;
            found_ext = true;
            nh = h.u8(0);
            fragmented = true;
            break;
        case ip6::kMobilityOld:
        case ip6::kMobility:
            // Nothing is printed after a mobility header (its payload is meant to be
            // "no next header").
            ip6::mobility_print(ctx, h);
            return;
        case ip6::kRouting:
            if (!h.has(0, 1)) {
                ctx.print_trunc();
                return;
            }
            advance = ip6::rt6_print(ctx, h);
            if (advance < 0) return;
            found_ext = true;
            nh = h.u8(0);
            break;
        default: {
            // Not an extension header: the upper-layer protocol.
            Cursor payload = h;
            if (found_jumbo) {
                len = payload_len + kHdrLen;
                if (len < total_advance) {
                    ctx.print_trunc();
                    return;
                }
                if (length < len) out.f("truncated-ip6 - {} bytes missing!", len - length);
                payload = c.limit(len).skip(off);
                len -= total_advance;
            } else if (payload_len == 0) {
                // No jumbo option: a zero payload length means no payload, so an
                // extension header cannot have been there.
                if (found_ext) {
                    ctx.print_trunc();
                    return;
                }
                len = kHdrLen;
                payload = c.limit(len).skip(off);
                len -= total_advance;
            }
            IpInfo info{.version = 6, .hdr = c, .src = c.bytes(8, 16), .dst = c.bytes(24, 16),
                        .ttl_hlim = hlim, .fragmented = fragmented, .ip_payload_len = len,
                        .cksum_dst = final_destination(ip)};
            ip_demux_print(ctx, nh, payload, len, info);
            return;
        }
        }
        first = false;
        ctx.proto = "ip6";
    }
}

}  // namespace rd
