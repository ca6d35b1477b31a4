// Babel routing protocol (RFC 8966, its authentication RFCs and the source-specific
// draft), UDP ports 6696 and 6697: the version 2 packet, its TLVs and sub-TLVs, and the
// TLVs of the packet trailer. Addresses use Babel's prefix compression.
#include <cstring>

#include "babel.hpp"

namespace rd {

namespace {

enum Tlv : uint8_t {
    kPad1 = 0, kPadN = 1, kAckReq = 2, kAck = 3, kHello = 4, kIhu = 5, kRouterId = 6,
    kNextHop = 7, kUpdate = 8, kRouteRequest = 9, kSeqnoRequest = 10, kTsPc = 11, kHmac = 12,
    kSsUpdate = 13, kSsRequest = 14, kSsMhRequest = 15, kMac = 16, kPc = 17,
    kChallengeRequest = 18, kChallengeReply = 19,
};
enum SubTlv : uint8_t { kSubPad1 = 0, kSubPadN = 1, kSubDiversity = 2, kSubTimestamp = 3 };
constexpr uint8_t kMandatoryBit = 0x80;
constexpr uint16_t kUnicastBit = 0x8000;

// An IPv6 address: IPv4 addresses are kept in their ::ffff:0:0/96 mapped form.
using Addr16 = uint8_t[16];
constexpr uint8_t kV4Mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

bool is_v4_mapped(const Addr16 a) { return std::memcmp(a, kV4Mapped, 12) == 0; }

enum class Status { Ok, Truncated, Invalid };

// Decodes the address of family ae with plen bits (plen < 0: a whole address), the
// first `omitted` bytes taken from `dflt` (the previous Update's prefix), the rest read
// at off within `room` bytes. Returns the bytes read, or -1 for an encoding error.
int decode_prefix(const Cursor& c, size_t off, unsigned ae, int plen, unsigned omitted,
                  const uint8_t* dflt, unsigned room, Addr16 out) {
    const unsigned pb = plen >= 0 ? (static_cast<unsigned>(plen) + 7) / 8 : ae == 1 ? 4 : 16;
    if (pb > 16) return -1;
    Addr16 p = {};
    unsigned used = 0;
    auto take = [&](unsigned at, unsigned n) {
        for (unsigned k = 0; k < n; ++k) p[at + k] = c.u8(off + k);
        used = n;
    };
    switch (ae) {
    case 0: break;
    case 1:
        if (omitted > 4 || pb > 4 || (pb > omitted && room < pb - omitted)) return -1;
        std::memcpy(p, kV4Mapped, 12);
        if (omitted) {
            if (dflt == nullptr) return -1;
            std::memcpy(p, dflt, 12 + omitted);
        }
        if (pb > omitted) take(12 + omitted, pb - omitted);
        break;
    case 2:
        if (omitted > 16 || (pb > omitted && room < pb - omitted)) return -1;
        if (omitted) {
            if (dflt == nullptr) return -1;
            std::memcpy(p, dflt, omitted);
        }
        if (pb > omitted) take(omitted, pb - omitted);
        break;
    case 3:
        if (pb > 8 && room < pb - 8) return -1;
        p[0] = 0xfe;
        p[1] = 0x80;
        if (pb > 8) take(8, pb - 8);
        break;
    default: return -1;
    }
    std::memcpy(out, p, 16);
    return static_cast<int>(used);
}

void put_address(Ctx& ctx, const Addr16 a) {
    if (is_v4_mapped(a))
        put_addr(ctx, std::span<const uint8_t>(a + 12, 4));
    else
        put_addr(ctx, std::span<const uint8_t>(a, 16));
}

// plen counts the 96 bits of the mapped prefix for IPv4 (it wraps as a byte, as it does
// in tcpdump).
void put_prefix(Ctx& ctx, const Addr16 a, uint8_t plen) {
    if (plen >= 96 && is_v4_mapped(a)) {
        put_addr(ctx, std::span<const uint8_t>(a + 12, 4));
        ctx.out.f("/{}", plen - 96);
    } else {
        put_addr(ctx, std::span<const uint8_t>(a, 16));
        ctx.out.f("/{}", plen);
    }
}

// Intervals are in centiseconds.
void put_interval(Ctx& ctx, uint16_t i) {
    if (i == 0)
        ctx.out.put("0.0s (bogus)");
    else
        ctx.out.f("{}.{:02}s", i / 100, i % 100);
}

void put_update_interval(Ctx& ctx, uint16_t i) {
    if (i == 0xffff)
        ctx.out.put("infinity");
    else
        put_interval(ctx, i);
}

void put_router_id(Ctx& ctx, const Cursor& c, size_t off) {
    for (size_t k = 0; k < 8; ++k) {
        if (k) ctx.out.put(':');
        ctx.out.hex(c.u8(off + k), 2);
    }
}

void put_timestamp(Ctx& ctx, uint32_t t) { ctx.out.f("{}.{:06}s", t / 1000000, t % 1000000); }

// Sub-TLVs in [from, to) of a TLV of type tlv (all captured: the TLV was checked).
void subtlvs_print(Ctx& ctx, const Cursor& c, size_t from, size_t to, uint8_t tlv) {
    size_t p = from;
    while (p < to) {
        const uint8_t type = c.u8(p++);
        if (type == kSubPad1) {
            ctx.out.put(" sub-pad1");
            continue;
        }
        if (type & kMandatoryBit) ctx.out.put(" (M)");
        if (p == to) {
            ctx.print_invalid();
            return;
        }
        uint8_t len = c.u8(p++);
        if (p + len > to) {
            ctx.print_invalid();
            return;
        }
        switch (type) {
        case kSubPadN:
            ctx.out.put(" sub-padn");
            p += len;
            break;
        case kSubDiversity: {
            ctx.out.put(" sub-diversity");
            if (len == 0) {
                ctx.out.put(" empty");
                break;
            }
            char sep = ' ';
            for (; len > 0; --len) {
                const uint8_t ch = c.u8(p++);
                ctx.out.put(sep);
                if (ch == 0)
                    ctx.out.put("reserved");
                else if (ch == 255)
                    ctx.out.put("all");
                else
                    ctx.out.dec(ch);
                sep = '-';
            }
            if (tlv != kUpdate && tlv != kSsUpdate) ctx.out.put(" (bogus)");
            break;
        }
        case kSubTimestamp:
            ctx.out.put(" sub-timestamp");
            if (tlv == kHello) {
                if (len < 4) {
                    ctx.print_invalid();
                    return;
                }
                ctx.out.put(' ');
                put_timestamp(ctx, c.be32(p));
            } else if (tlv == kIhu) {
                if (len < 8) {
                    ctx.print_invalid();
                    return;
                }
                ctx.out.put(' ');
                put_timestamp(ctx, c.be32(p));
                ctx.out.put('|');
                put_timestamp(ctx, c.be32(p + 4));
            } else {
                ctx.out.put(" (bogus)");
            }
            p += len;
            break;
        default:
            ctx.out.f(" sub-unknown-0x{:02x}", type);
            p += len;
            break;
        }
    }
}

// The prefixes earlier Updates of the packet left for compression.
struct Defaults {
    Addr16 v4 = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0};
    Addr16 v6 = {};
};

const char* terse_name(uint8_t type) {
    switch (type) {
    case kPadN: return " padN";
    case kAckReq: return " ack-req";
    case kAck: return " ack";
    case kHello: return " hello";
    case kIhu: return " ihu";
    case kRouterId: return " router-id";
    case kNextHop: return " nh";
    case kUpdate: return " update";
    case kRouteRequest: return " route-request";
    case kSeqnoRequest: return " seqno-request";
    case kTsPc: return " tspc";
    case kHmac: return " hmac";
    case kSsUpdate: return " ss-update";
    case kSsRequest: return " ss-request";
    case kSsMhRequest: return " ss-mh-request";
    case kMac: return " mac";
    case kPc: return " pc";
    case kChallengeRequest: return " challenge_request";
    case kChallengeReply: return " challenge_reply";
    default: return " unknown";
    }
}

void put_update_flags(Ctx& ctx, uint8_t flags) {
    if (flags & 0x80) ctx.out.put("/prefix");
    if (flags & 0x40) ctx.out.put("/id");
    if (flags & 0x3f) ctx.out.put("/unknown");
}

// One TLV at m (type, len and its 2 + len bytes captured and inside the packet), -v.
Status tlv_verbose(Ctx& ctx, const Cursor& m, uint8_t type, unsigned len, Defaults& dflt) {
    OutBuf& out = ctx.out;
    const size_t end = 2 + size_t{len};
    switch (type) {
    case kPadN: out.f("\n\tPad {}", len + 2); break;
    case kAckReq:
        out.put("\n\tAcknowledgment Request ");
        if (len < 6) return Status::Invalid;
        out.hex(m.be16(4), 4);
        out.put(' ');
        put_interval(ctx, m.be16(6));
        break;
    case kAck:
        out.put("\n\tAcknowledgment ");
        if (len < 2) return Status::Invalid;
        out.hex(m.be16(2), 4);
        break;
    case kHello: {
        out.put("\n\tHello ");
        if (len < 6) return Status::Invalid;
        if (m.be16(2) & kUnicastBit) out.put("(Unicast) ");
        out.f("seqno {} ", m.be16(4));
        const uint16_t interval = m.be16(6);
        if (interval != 0) {
            out.put("interval ");
            put_interval(ctx, interval);
        } else {
            out.put("unscheduled");
        }
        if (len > 6) subtlvs_print(ctx, m, 8, end, type);
        break;
    }
    case kIhu: {
        out.put("\n\tIHU ");
        if (len < 6) return Status::Invalid;
        const uint8_t ae = m.u8(2);
        Addr16 a;
        const int rc = decode_prefix(m, 8, ae, -1, 0, nullptr, len - 6, a);
        if (rc < 0) {
            ctx.print_trunc();  // tcpdump's choice of complaint, and it goes on
            break;
        }
        if (ae == 0)
            out.put("any");
        else
            put_address(ctx, a);
        out.f(" rxcost {} interval ", m.be16(4));
        put_interval(ctx, m.be16(6));
        if (static_cast<unsigned>(rc) < len - 6) subtlvs_print(ctx, m, 8 + rc, end, type);
        break;
    }
    case kRouterId:
        out.put("\n\tRouter Id");
        if (len < 10) return Status::Invalid;
        out.put(' ');
        put_router_id(ctx, m, 4);
        break;
    case kNextHop: {
        out.put("\n\tNext Hop");
        if (len < 2) return Status::Invalid;
        const uint8_t ae = m.u8(2);
        Addr16 a;
        if (decode_prefix(m, 4, ae, -1, 0, nullptr, len - 2, a) < 0) return Status::Invalid;
        out.put(' ');
        if (ae == 0)
            out.put("invalid AE 0");
        else
            put_address(ctx, a);
        break;
    }
    case kUpdate: {
        out.put("\n\tUpdate");
        if (len < 10) return Status::Invalid;
        const uint8_t ae = m.u8(2), flags = m.u8(3), raw_plen = m.u8(4);
        const uint8_t plen = static_cast<uint8_t>(raw_plen + (ae == 1 ? 96 : 0));
        Addr16 a;
        uint8_t* base = ae == 1 ? dflt.v4 : dflt.v6;
        const int rc = decode_prefix(m, 12, ae, raw_plen, m.u8(5), base, len - 10, a);
        if (rc < 0) return Status::Invalid;
        put_update_flags(ctx, flags);
        out.put(' ');
        if (ae == 0)
            out.put("any");
        else
            put_prefix(ctx, a, plen);
        out.f(" metric {} seqno {} interval ", m.be16(10), m.be16(8));
        put_update_interval(ctx, m.be16(6));
        if (flags & 0x80) std::memcpy(base, a, 16);
        if (static_cast<unsigned>(rc) < len - 10) subtlvs_print(ctx, m, 12 + rc, end, type);
        break;
    }
    case kRouteRequest: {
        out.put("\n\tRoute Request ");
        if (len < 2) return Status::Invalid;
        const uint8_t ae = m.u8(2), raw_plen = m.u8(3);
        const uint8_t plen = static_cast<uint8_t>(raw_plen + (ae == 1 ? 96 : 0));
        Addr16 a;
        if (decode_prefix(m, 4, ae, raw_plen, 0, nullptr, len - 2, a) < 0) return Status::Invalid;
        out.put("for ");
        if (ae == 0)
            out.put("any");
        else
            put_prefix(ctx, a, plen);
        break;
    }
    case kSeqnoRequest: {
        out.put("\n\tSeqno Request ");
        if (len < 14) return Status::Invalid;
        const uint8_t ae = m.u8(2), raw_plen = m.u8(3);
        Addr16 a;
        if (decode_prefix(m, 16, ae, raw_plen, 0, nullptr, len - 14, a) < 0) return Status::Invalid;
        const uint8_t plen = static_cast<uint8_t>(raw_plen + (ae == 1 ? 96 : 0));
        out.f("({} hops) for ", m.u8(6));
        if (ae == 0)
            out.put("invalid AE 0");
        else
            put_prefix(ctx, a, plen);
        out.f(" seqno {} id ", m.be16(4));
        put_router_id(ctx, m, 8);
        break;
    }
    case kTsPc:
        out.put("\n\tTS/PC ");
        if (len < 6) return Status::Invalid;
        out.f("timestamp {} packetcounter {}", m.be32(4), m.be16(2));
        break;
    case kHmac:
        out.put("\n\tHMAC ");
        if (len < 18) return Status::Invalid;
        out.f("key-id {} digest-{} ", m.be16(2), len - 2);
        for (size_t k = 0; k < len - 2u; ++k) out.f("{:02X}", m.u8(4 + k));
        break;
    case kSsUpdate: {
        out.put("\n\tSS-Update");
        if (len < 10) return Status::Invalid;
        const uint8_t ae = m.u8(2);
        uint8_t src_plen = m.u8(3), plen = m.u8(4);
        Addr16 a, src;
        unsigned parsed = 10;
        int rc = decode_prefix(m, 2 + parsed, ae, plen, m.u8(5), ae == 1 ? dflt.v4 : dflt.v6,
                               len - parsed, a);
        if (rc < 0) return Status::Invalid;
        if (ae == 1) plen = static_cast<uint8_t>(plen + 96);
        parsed += static_cast<unsigned>(rc);
        rc = decode_prefix(m, 2 + parsed, ae, src_plen, 0, nullptr, len - parsed, src);
        if (rc < 0) return Status::Invalid;
        if (ae == 1) src_plen = static_cast<uint8_t>(src_plen + 96);
        parsed += static_cast<unsigned>(rc);
        out.put(' ');
        put_prefix(ctx, a, plen);
        out.put(" from ");
        put_prefix(ctx, src, src_plen);
        out.f(" metric {} seqno {} interval ", m.be16(10), m.be16(8));
        put_update_interval(ctx, m.be16(6));
        if (parsed < len) subtlvs_print(ctx, m, 2 + parsed, end, type);
        break;
    }
    case kSsRequest: {
        out.put("\n\tSS-Request ");
        if (len < 3) return Status::Invalid;
        const uint8_t ae = m.u8(2);
        uint8_t plen = m.u8(3), src_plen = m.u8(4);
        Addr16 a, src;
        unsigned parsed = 3;
        int rc = decode_prefix(m, 2 + parsed, ae, plen, 0, nullptr, len - parsed, a);
        if (rc < 0) return Status::Invalid;
        if (ae == 1) plen = static_cast<uint8_t>(plen + 96);
        parsed += static_cast<unsigned>(rc);
        rc = decode_prefix(m, 2 + parsed, ae, src_plen, 0, nullptr, len - parsed, src);
        if (rc < 0) return Status::Invalid;
        if (ae == 1) src_plen = static_cast<uint8_t>(src_plen + 96);
        if (ae == 0) {
            out.put("for any");
        } else {
            out.put("for (");
            put_prefix(ctx, a, plen);
            out.put(", ");
            put_prefix(ctx, src, src_plen);
            out.put(')');
        }
        break;
    }
    case kSsMhRequest: {
        out.put("\n\tSS-MH-Request ");
        if (len < 14) return Status::Invalid;
        const uint8_t ae = m.u8(2);
        uint8_t plen = m.u8(3), src_plen = m.u8(7);
        Addr16 a, src;
        unsigned parsed = 14;
        int rc = decode_prefix(m, 2 + parsed, ae, plen, 0, nullptr, len - parsed, a);
        if (rc < 0) return Status::Invalid;
        if (ae == 1) plen = static_cast<uint8_t>(plen + 96);
        parsed += static_cast<unsigned>(rc);
        rc = decode_prefix(m, 2 + parsed, ae, src_plen, 0, nullptr, len - parsed, src);
        if (rc < 0) return Status::Invalid;
        if (ae == 1) src_plen = static_cast<uint8_t>(src_plen + 96);
        out.f("({} hops) for (", m.u8(6));
        put_prefix(ctx, a, plen);
        out.put(", ");
        put_prefix(ctx, src, src_plen);
        out.f(") seqno {} id ", m.be16(4));
        put_router_id(ctx, m, 8);
        break;
    }
    case kMac: out.f("\n\tMAC len {}", len); break;
    case kPc:
        out.put("\n\tPC");
        if (len < 4) return Status::Invalid;
        out.f(" value {} index len {}", m.be32(2), len - 4);
        break;
    case kChallengeRequest:
    case kChallengeReply:
        out.put(type == kChallengeRequest ? "\n\tChallenge Request" : "\n\tChallenge Reply");
        if (len > 192) return Status::Invalid;
        out.f(" len {}", len);
        break;
    default: out.f("\n\tUnknown message type {}", type); break;
    }
    return Status::Ok;
}

// The TLVs in tlvs_length bytes at c, of which `remaining` are in the packet.
Status tlvs_print(Ctx& ctx, const Cursor& c, uint32_t tlvs_length, uint32_t remaining) {
    Defaults dflt;
    const bool verbose = ctx.opt.vflag != 0;
    uint64_t i = 0;
    auto fits = [&](uint64_t n) { return i + n <= tlvs_length && i + n <= remaining; };
    while (i < tlvs_length) {
        const Cursor m = c.skip(i);
        if (!fits(1)) return Status::Invalid;
        const uint8_t type = m.u8(0);  // unchecked read: past the capture it ends the packet
        if (ctx.truncated) return Status::Ok;
        if (type == kPad1) {
            ctx.out.put(verbose ? "\n\tPad 1" : " pad1");
            i += 1;
            continue;
        }
        if (!fits(2)) return Status::Invalid;
        if (!m.has(0, 2)) return Status::Truncated;
        const unsigned len = m.u8(1);
        if (!fits(2 + len)) return Status::Invalid;
        if (!m.has(0, 2 + len)) return Status::Truncated;
        if (verbose) {
            const Status s = tlv_verbose(ctx, m, type, len, dflt);
            if (s != Status::Ok) return s;
        } else {
            ctx.out.put(terse_name(type));
            if (type == kUpdate) {
                if (len < 10) return Status::Invalid;
                put_update_flags(ctx, m.u8(3));
            }
        }
        i += len + 2;
    }
    return Status::Ok;
}

void v2_print(Ctx& ctx, Cursor c, uint32_t length) {
    if (length < 4) {
        ctx.print_invalid();
        return;
    }
    const uint16_t bodylen = c.be16(2);
    ctx.out.f(" ({})", bodylen);
    length -= 4;
    c = c.skip(4);
    if (length < bodylen) {
        ctx.print_invalid();
        return;
    }
    Status s = tlvs_print(ctx, c, bodylen, length);
    if (s == Status::Ok && !ctx.truncated) {
        length -= bodylen;
        if (length != 0) {
            ctx.out.put(ctx.opt.vflag ? "\n\t----" : " |");
            s = tlvs_print(ctx, c.skip(bodylen), length, length);
        }
    }
    if (s == Status::Truncated) ctx.print_trunc();
    if (s == Status::Invalid) ctx.print_invalid();
}

}  // namespace

void babel_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "babel";
    ctx.out.put("babel");
    if (!c.has(0, 4)) {
        ctx.print_trunc();
        return;
    }
    if (c.u8(0) != 42) {
        ctx.out.put(" invalid header");
        return;
    }
    const uint8_t version = c.u8(1);
    ctx.out.f(" {}", version);
    if (version == 2)
        v2_print(ctx, c, length);
    else
        ctx.out.put(" unknown version");
}

}  // namespace rd
