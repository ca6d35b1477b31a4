// AFS RX (UDP 7000-7009): the RX header, acknowledgements, and the AFS service calls
// and replies inside data packets. Replies carry no opcode: calls are remembered
// (tcpdump keeps 64) and a reply is decoded by its call's opcode.
#include "rx.hpp"

#include "rx_int.hpp"
#include "state.hpp"

namespace rd {

namespace {

using namespace rx;

constexpr Tok kPacketTypes[] = {{1, "data"},      {2, "ack"},      {3, "busy"},  {4, "abort"},
                                {5, "ackall"},    {6, "challenge"}, {7, "response"}, {8, "debug"},
                                {9, "params"},    {13, "version"}};

// Flags shown with -vv; the last two share a bit and depend on the packet type.
struct RxFlag {
    uint8_t bit;
    uint8_t only_type;  // 0: any type
    const char* name;
};
constexpr RxFlag kFlags[] = {{1, 0, "client-init"}, {2, 0, "req-ack"},    {4, 0, "last-pckt"},
                             {8, 0, "more-pckts"},  {16, 0, "free-pckt"}, {32, kTypeAck, "slow-start"},
                             {32, kTypeData, "jumbogram"}};

constexpr Tok kAckReasons[] = {{1, "ack requested"}, {2, "duplicate packet"}, {3, "out of sequence"},
                               {4, "exceeds window"}, {5, "no buffer space"}, {6, "ping"},
                               {7, "ping response"}, {8, "delay"},            {9, "idle"}};

enum : uint16_t {
    kFsPort = 7000, kCbPort = 7001, kProtPort = 7002, kVldbPort = 7003,
    kKauthPort = 7004, kVolPort = 7005, kBosPort = 7007
};

// The two 32-bit words tcpdump takes as the call's client and server addresses: the IPv4
// source and destination (with IPv6 the same header offsets, as tcpdump reads them).
uint32_t call_addr(const IpInfo& ip, size_t off) { return ip.hdr.has(off, 4) ? ip.hdr.be32(off) : 0; }

void cache_insert(Ctx& ctx, const Cursor& c, const IpInfo& ip, uint16_t dport) {
    if (!c.has(kHeaderLen, 4)) return;
    RxCallCache& cache = ctx.state().rx_calls;
    RxCallEntry& e = cache.entries[cache.next];
    cache.next = (cache.next + 1) % cache.entries.size();
    e.callnum = c.be32(8);
    e.client = call_addr(ip, 12);
    e.server = call_addr(ip, 16);
    e.dport = dport;
    e.service = c.be16(26);
    e.opcode = c.be32(kHeaderLen);
}

bool cache_find(Ctx& ctx, const Cursor& c, const IpInfo& ip, uint16_t sport, uint32_t& opcode) {
    RxCallCache& cache = ctx.state().rx_calls;
    const uint32_t client = call_addr(ip, 16), server = call_addr(ip, 12);
    const uint32_t callnum = c.be32(8);
    const uint16_t service = c.be16(26);
    size_t i = cache.hint;
    do {
        const RxCallEntry& e = cache.entries[i];
        if (e.callnum == callnum && e.client == client && e.server == server && e.service == service &&
            e.dport == sport) {
            cache.hint = i;
            opcode = e.opcode;
            return true;
        }
        i = (i + 1) % cache.entries.size();
    } while (i != cache.hint);
    return false;
}

// Runs of acked (or nacked) packet numbers: " acked 1-3,5".
void put_ack_ranges(Ctx& ctx, const Cursor& acks, uint8_t n, uint32_t first, uint8_t want,
                    const char* label) {
    int start = -2, last = -2;
    int i = 0;
    for (; i < n; ++i) {
        if (acks.u8(static_cast<size_t>(i)) == want) {
            if (last == -2) {
                ctx.out.f(" {} {}", label, first + static_cast<uint32_t>(i));
                start = i;
            } else if (last != i - 1) {
                ctx.out.f(",{}", first + static_cast<uint32_t>(i));
                start = i;
            }
            last = i;
        } else if (last == i - 1 && start != last) {
            ctx.out.f("-{}", first + static_cast<uint32_t>(i - 1));
        }
    }
    if (last == i - 1 && start != last) ctx.out.f("-{}", first + static_cast<uint32_t>(i - 1));
}

void ack_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < kHeaderLen) return;
    const Cursor a = c.skip(kHeaderLen);
    if (!a.has(0, 18)) {
        out.put(" [|ack]");
        return;
    }
    if (ctx.opt.vflag > 2) out.f(" bufspace {} maxskew {}", a.be16(0), a.be16(2));
    const uint32_t first = a.be32(4);
    out.f(" first {} serial {} reason ", first, a.be32(12));
    put_tok(ctx, kAckReasons, a.u8(16), "#{}");
    const uint8_t n = a.u8(17);
    size_t pos = 18;
    if (n != 0) {
        if (!a.has(pos, n)) {
            out.put(" [|ack]");
            return;
        }
        const Cursor acks = a.skip(pos);
        put_ack_ranges(ctx, acks, n, first, 1, "acked");
        put_ack_ranges(ctx, acks, n, first, 0, "nacked");
        pos += n;
    }
    pos += 3;  // padding
    if (ctx.opt.vflag > 1) {
        // Optional trailing fields, each shown only when all 4 bytes are there.
        static constexpr const char* kTrailer[] = {" ifmtu", " maxmtu", " rwind", " maxpackets"};
        for (const char* label : kTrailer) {
            if (!a.has(pos, 4)) return;
            out.f("{} {}", label, a.be32(pos));
            pos += 4;
        }
    }
}

}  // namespace

void rx_print(Ctx& ctx, Cursor c, uint32_t length, uint16_t sport, uint16_t dport, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "rx";
    if (!c.has(0, kHeaderLen)) {
        out.f(" [|rx] ({})", length);
        return;
    }
    const uint8_t type = c.u8(20);
    const uint8_t flags = c.u8(21);
    out.put(" rx ");
    put_tok(ctx, kPacketTypes, type, "type {}");
    if (ctx.opt.vflag) {
        if (ctx.opt.vflag > 1) out.f(" cid {:08x} call# {}", c.be32(4), c.be32(8));
        out.f(" seq {} ser {}", c.be32(12), c.be32(16));
        if (ctx.opt.vflag > 2) out.f(" secindex {} serviceid {}", c.u8(23), c.be16(26));
        if (ctx.opt.vflag > 1) {
            bool first = true;
            for (const auto& f : kFlags) {
                if (!(flags & f.bit) || (f.only_type != 0 && type != f.only_type)) continue;
                out.put(first ? " " : ",");
                first = false;
                out.f("<{}>", f.name);
            }
        }
    }

    const uint32_t seq = c.be32(12);
    uint32_t opcode = 0;
    if (type == kTypeData && seq == 1 && (flags & kFlagClientInitiated)) {
        // A call: remember it for its reply, and decode it by the service's port.
        cache_insert(ctx, c, ip, dport);
        switch (dport) {
        case kFsPort: fs_print(ctx, c, length); break;
        case kCbPort: cb_print(ctx, c, length); break;
        case kProtPort: prot_print(ctx, c, length); break;
        case kVldbPort: vldb_print(ctx, c, length); break;
        case kKauthPort: kauth_print(ctx, c, length); break;
        case kVolPort: vol_print(ctx, c, length); break;
        case kBosPort: bos_print(ctx, c, length); break;
        default: break;
        }
    } else if (((type == kTypeData && seq == 1) || type == kTypeAbort) &&
               !(flags & kFlagClientInitiated) && cache_find(ctx, c, ip, sport, opcode)) {
        // A reply (or an abort, whose error code is worth showing) to a call we saw.
        switch (sport) {
        case kFsPort: fs_reply_print(ctx, c, length, opcode); break;
        case kCbPort: cb_reply_print(ctx, c, length, opcode); break;
        case kProtPort: prot_reply_print(ctx, c, length, opcode); break;
        case kVldbPort: vldb_reply_print(ctx, c, length, opcode); break;
        case kKauthPort: kauth_reply_print(ctx, c, length, opcode); break;
        case kVolPort: vol_reply_print(ctx, c, length, opcode); break;
        case kBosPort: bos_reply_print(ctx, c, length, opcode); break;
        default: break;
        }
    } else if (type == kTypeAck) {
        ack_print(ctx, c, length);
    }
    out.f(" ({})", length);
}

}  // namespace rd
