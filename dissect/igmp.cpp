// IGMP v1/v2/v3 (RFC 1112, 2236, 3376) and multicast traceroute; DVMRP and PIMv1 messages
// carried in IGMP are printed by dvmrp.cpp and pimv1.cpp.
#include "checksum.hpp"
#include "protos.hpp"
#include "relts.hpp"

namespace rd {

namespace {

constexpr Tok kV3RecordTypes[] = {{1, "is_in"}, {2, "is_ex"}, {3, "to_in"},
                                  {4, "to_ex"}, {5, "allow"}, {6, "block"}};

// Multicast traceroute query or response (the same layout): "mtrace ..." / "mresp ...".
void mtrace_print(Ctx& ctx, const Cursor& c, uint32_t len, const char* what) {
    OutBuf& out = ctx.out;
    if (len < 8 + 16) {
        out.f(" [invalid len {}]", len);
        return;
    }
    if (!c.need(8, 16)) return;
    const uint32_t rttlqid = c.be32(20);
    out.f("{} {}: ", what, rttlqid & 0x00ffffff);
    put_ip4_at(ctx, c, 8);
    out.put(" to ");
    put_ip4_at(ctx, c, 12);
    out.put(" reply-to ");
    put_ip4_at(ctx, c, 16);
    if ((c.be32(16) & 0xf0000000) == 0xe0000000) out.f(" with-ttl {}", rttlqid >> 24);
}

void v3_report_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < 16 || (len & 3)) {
        out.f(" [invalid len {}]", len);
        return;
    }
    const uint16_t ngroups = c.be16(6);
    if (ctx.truncated) return;
    out.f(", {} group record(s)", ngroups);
    if (!ctx.opt.vflag) return;
    uint64_t group = 8;
    for (uint32_t i = 0; i < ngroups; ++i) {
        if (len < group + 8) {
            out.put(" [invalid number of groups]");
            return;
        }
        if (!c.has(group + 4, 4)) {
            c.need(group + 4, 4);
            return;
        }
        out.put(" [gaddr ");
        put_ip4_at(ctx, c, group + 4);
        const uint8_t rtype = c.u8(group);
        if (ctx.truncated) return;
        out.put(' ');
        put_tok(ctx, kV3RecordTypes, rtype, " [v3-report-#{}]");
        const uint16_t nsrcs = c.be16(group + 2);
        if (ctx.truncated) return;
        if (len < group + 8 + (uint64_t{nsrcs} << 2)) {
            out.f(" [invalid number of sources {}]", nsrcs);
            return;
        }
        if (ctx.opt.vflag == 1) {
            out.f(", {} source(s)", nsrcs);
        } else {
            out.put(" {");
            for (uint32_t j = 0; j < nsrcs; ++j) {
                const size_t at = group + 8 + (size_t{j} << 2);
                if (!c.need(at, 4)) return;
                out.put(' ');
                put_ip4_at(ctx, c, at);
            }
            out.put(" }");
        }
        group += 8 + (uint64_t{nsrcs} << 2);
        out.put(']');
    }
}

void v3_query_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    out.put(" v3");
    if (len < 12 || (len & 3)) {
        out.f(" [invalid len {}]", len);
        return;
    }
    const uint8_t mrc = c.u8(1);
    if (ctx.truncated) return;
    const uint32_t mrt = mrc < 128 ? mrc : ((mrc & 0x0fu) | 0x10u) << (((mrc & 0x70u) >> 4) + 3);
    if (mrc != 100) {
        out.put(" [max resp time ");
        if (mrt < 600)
            out.f("{:.1f}s", mrt * 0.1);
        else
            put_signed_relts(ctx, static_cast<int32_t>(mrt / 10));
        out.put(']');
    }
    const uint32_t group = c.be32(4);
    if (ctx.truncated || group == 0) return;
    out.put(" [gaddr ");
    put_ip4_at(ctx, c, 4);
    const uint16_t nsrcs = c.be16(10);
    if (ctx.truncated) return;
    if (nsrcs > 0) {
        if (len < 12 + (uint32_t{nsrcs} << 2)) {
            out.put(" [invalid number of sources]");
        } else if (ctx.opt.vflag > 1) {
            out.put(" {");
            for (uint32_t i = 0; i < nsrcs; ++i) {
                const size_t at = 12 + (size_t{i} << 2);
                if (!c.need(at, 4)) return;
                out.put(' ');
                put_ip4_at(ctx, c, at);
            }
            out.put(" }");
        } else {
            out.f(", {} source(s)", nsrcs);
        }
    }
    out.put(']');
}

// "igmp v1 report 224.1.2.3" and friends: the text, then the group address.
void group_msg(Ctx& ctx, const Cursor& c, const char* text) {
    if (!c.need(4, 4)) return;
    ctx.out.put(text);
    put_ip4_at(ctx, c, 4);
}

}  // namespace

void igmp_print(Ctx& ctx, Cursor c, uint32_t len, const IpInfo&) {
    OutBuf& out = ctx.out;
    ctx.proto = "igmp";
    if (ctx.opt.qflag) {
        out.put("igmp");
        return;
    }
    const uint8_t type = c.u8(0);
    if (ctx.truncated) return;
    switch (type) {
    case 0x11:
        out.put("igmp query");
        if (len >= 12) {
            v3_query_print(ctx, c, len);
        } else {
            const uint8_t mrt = c.u8(1);
            if (ctx.truncated) return;
            if (mrt) {
                out.put(" v2");
                if (mrt != 100) out.f(" [max resp time {}]", mrt);
            } else {
                out.put(" v1");
            }
            const uint32_t group = c.be32(4);
            if (ctx.truncated) return;
            if (group) {
                out.put(" [gaddr ");
                put_ip4_at(ctx, c, 4);
                out.put(']');
            }
            if (len != 8) out.f(" [len {}]", len);
        }
        break;
    case 0x12:
        group_msg(ctx, c, "igmp v1 report ");
        if (len != 8) out.f(" [len {}]", len);
        break;
    case 0x16:
        group_msg(ctx, c, "igmp v2 report ");
        break;
    case 0x22:
        out.put("igmp v3 report");
        v3_report_print(ctx, c, len);
        break;
    case 0x17:
        group_msg(ctx, c, "igmp leave ");
        break;
    case 0x13:
        out.put("igmp dvmrp");
        if (len < 8)
            out.f(" [len {}]", len);
        else
            dvmrp_print(ctx, c, len);
        break;
    case 0x14:
        out.put("igmp pimv1");
        pimv1_print(ctx, c, len);
        break;
    case 0x1e:
        mtrace_print(ctx, c, len, "mresp");
        break;
    case 0x1f:
        mtrace_print(ctx, c, len, "mtrace");
        break;
    default:
        out.f("igmp-{}", type);
        break;
    }
    if (ctx.truncated) return;
    if (ctx.opt.vflag && len >= 4 && c.has(0, len) && in_cksum(c.bytes(0, len)) != 0)
        out.f(" bad igmp cksum {:x}!", c.be16(2));
}

}  // namespace rd
