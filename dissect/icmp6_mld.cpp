// Multicast Listener Discovery: MLDv1 (RFC 2710) and MLDv2 (RFC 3810).
#include "icmp6.hpp"

namespace rd::icmp6 {

namespace {

constexpr Tok kRecordTypes[] = {{1, "is_in"}, {2, "is_ex"}, {3, "to_in"},
                                {4, "to_ex"}, {5, "allow"}, {6, "block"}};

}  // namespace

void mld_print(Ctx& ctx, const Cursor& c) {
    // tcpdump prints nothing unless the whole 24-byte message was captured.
    if (!c.has(0, 24)) return;
    ctx.out.f("max resp delay: {} addr: ", c.be16(4));
    put_ip6_at(ctx, c, 8);
}

void mldv2_report_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < 8) {
        out.f(" [invalid len {}]", length);
        return;
    }
    const uint16_t ngroups = c.be16(6);
    if (ctx.truncated) return;
    out.f(", {} group record(s)", ngroups);
    if (!ctx.opt.vflag) return;
    uint64_t group = 8;
    for (uint32_t i = 0; i < ngroups; ++i) {
        if (length < group + 20) {
            out.put(" [invalid number of groups]");
            return;
        }
        const auto gaddr = c.bytes(group + 4, 16);
        if (gaddr.empty()) return;
        out.put(" [gaddr ");
        put_addr(ctx, gaddr);
        const uint8_t rtype = c.u8(group);
        if (ctx.truncated) return;
        out.put(' ');
        put_tok(ctx, kRecordTypes, rtype, " [v2-report-#{}]");
        const uint16_t nsrcs = c.be16(group + 2);
        if (ctx.truncated) return;
        if (length < group + 20 + uint64_t{nsrcs} * 16) {
            out.f(" [invalid number of sources {}]", nsrcs);
            return;
        }
        if (ctx.opt.vflag == 1) {
            out.f(", {} source(s)", nsrcs);
        } else {
            out.put(" {");
            for (uint32_t j = 0; j < nsrcs; ++j) {
                const auto s = c.bytes(group + 20 + 16 * j, 16);
                if (s.empty()) return;
                out.put(' ');
                put_addr(ctx, s);
            }
            out.put(" }");
        }
        group += 20 + uint64_t{nsrcs} * 16;
        out.put(']');
    }
}

void mldv2_query_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length < 28) {
        out.f(" [invalid len {}]", length);
        return;
    }
    const uint16_t mrc = c.be16(4);
    if (ctx.truncated) return;
    const uint32_t mrt =
        mrc < 32768 ? mrc : ((mrc & 0x0fffu) | 0x1000u) << (((mrc & 0x7000u) >> 12) + 3);
    if (ctx.opt.vflag) out.f(" [max resp delay={}]", mrt);
    const auto gaddr = c.bytes(8, 16);
    if (gaddr.empty()) return;
    out.put(" [gaddr ");
    put_addr(ctx, gaddr);
    if (ctx.opt.vflag) {
        const uint8_t flags = c.u8(24);
        if (ctx.truncated) return;
        if (flags & 0x08) out.put(" sflag");
        if (flags & 0x07) out.f(" robustness={}", flags & 0x07);
        const uint8_t qqic = c.u8(25);
        if (ctx.truncated) return;
        const uint32_t qqi = qqic < 128 ? qqic : ((qqic & 0x0fu) | 0x10u) << (((qqic & 0x70u) >> 4) + 3);
        out.f(" qqi={}", qqi);
    }
    const uint16_t nsrcs = c.be16(26);
    if (ctx.truncated) return;
    if (nsrcs > 0) {
        if (length < 28 + uint64_t{nsrcs} * 16) {
            out.put(" [invalid number of sources]");
        } else if (ctx.opt.vflag > 1) {
            out.put(" {");
            for (uint32_t i = 0; i < nsrcs; ++i) {
                const auto s = c.bytes(28 + 16 * i, 16);
                if (s.empty()) return;
                out.put(' ');
                put_addr(ctx, s);
            }
            out.put(" }");
        } else {
            out.f(", {} source(s)", nsrcs);
        }
    }
    out.put(']');
}

}  // namespace rd::icmp6
