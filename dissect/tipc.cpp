// TIPC (Transparent Inter-Process Communication, EtherType 0x88ca): the message header
// of data messages, internal protocol messages and link configuration (neighbor
// detection) messages.
#include "ip_misc.hpp"
#include "protos.hpp"

namespace rd {

namespace {

constexpr Tok kUsers[] = {
    {0, "Low Importance Data payload"},
    {1, "Medium Importance Data payload"},
    {2, "High Importance Data payload"},
    {3, "Critical Importance Data payload"},
    {5, "Broadcast Link Protocol internal"},
    {6, "Message Bundler Protocol internal"},
    {7, "Link State Protocol internal"},
    {8, "Connection Manager internal"},
    {10, "Link Changeover Protocol internal"},
    {11, "Name Table Update Protocol internal"},
    {12, "Message Fragmentation Protocol internal"},
    {13, "Neighbor Detection Protocol internal"},
};

// tcpdump's table names types 1 and 3 the other way round; its text is what we match.
constexpr Tok kMsgTypes[] = {{0, "CONN_MSG"}, {1, "MCAST_MSG"}, {2, "NAMED_MSG"}, {3, "DIRECT_MSG"}};
constexpr Tok kLinkConfTypes[] = {{0, "Link request"}, {1, "Link response"}};

unsigned version(uint32_t w0) { return (w0 >> 29) & 0x07; }
unsigned user_of(uint32_t w0) { return (w0 >> 25) & 0x0f; }
unsigned hsize(uint32_t w0) { return (w0 >> 21) & 0x0f; }
unsigned msize(uint32_t w0) { return w0 & 0x1ffff; }  // 17 bits in tcpdump
unsigned mtype(uint32_t w1) { return (w1 >> 29) & 0x07; }

void put_node(Ctx& ctx, uint32_t a) { ctx.out.f("{}.{}.{}", (a >> 24) & 0xff, (a >> 12) & 0xfff, a & 0xfff); }

void put_sizes(Ctx& ctx, uint32_t w0) {
    ctx.out.f(", headerlength {} bytes, MessageSize {} bytes, ", hsize(w0) * 4, msize(w0));
    put_tok(ctx, kUsers, user_of(w0), "unknown");
    ctx.out.put(", messageType ");
}

void payload_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    if (!c.need(0, 24)) return;
    const uint32_t w0 = c.be32(0), w1 = c.be32(4);
    const uint32_t prev_node = c.be32(12), orig_port = c.be32(16), dest_port = c.be32(20);
    if (hsize(w0) <= 6) {
        out.f("TIPC v{}.0 ", version(w0));
        put_node(ctx, prev_node);
        out.f(":{} > {}", orig_port, dest_port);
        put_sizes(ctx, w0);
        put_tok(ctx, kMsgTypes, mtype(w1), "Unknown");
        return;
    }
    if (!c.need(0, 32)) return;
    const uint32_t orig_node = c.be32(24), dest_node = c.be32(28);
    out.f("TIPC v{}.0 ", version(w0));
    put_node(ctx, orig_node);
    out.f(":{} > ", orig_port);
    put_node(ctx, dest_node);
    out.f(":{}", dest_port);
    put_sizes(ctx, w0);
    put_tok(ctx, kMsgTypes, mtype(w1), "Unknown");
    if (ctx.opt.vflag) {
        const uint32_t w2 = c.be32(8);
        out.put("\n\tPrevious Node ");
        put_node(ctx, prev_node);
        out.f(", Broadcast Ack {}, Link Ack {}, Link Sequence {}", w1 & 0xffff, w2 >> 16, w2 & 0xffff);
    }
}

void internal_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    if (!c.need(0, 32)) return;
    const uint32_t w0 = c.be32(0), w1 = c.be32(4);
    out.f("TIPC v{}.0 ", version(w0));
    put_node(ctx, c.be32(24));
    out.put(" > ");
    put_node(ctx, c.be32(28));
    put_sizes(ctx, w0);
    put_tok(ctx, kMsgTypes, mtype(w1), "Unknown");
    out.f(" (0x{:08x})", w1);
    if (!ctx.opt.vflag) return;
    if (!c.need(0, 40)) return;
    const uint32_t w2 = c.be32(8), w4 = c.be32(16), w5 = c.be32(20), w9 = c.be32(36);
    out.put("\n\tPrevious Node ");
    put_node(ctx, c.be32(12));
    out.f(", Session No. {}, Broadcast Ack {}, Sequence Gap {},  Broadcast Gap After {}, "
          "Broadcast Gap To {}, Last Sent Packet No. {}, Next sent Packet No. {}, "
          "Transport Sequence {}, msg_count {}, Link Tolerance {}",
          w5 >> 16, w1 & 0xffff, (w1 >> 16) & 0x1fff, w2 >> 16, w2 & 0xffff, w4 >> 16,
          w4 & 0xffff, c.be32(32), w9 >> 16, w9 & 0xffff);
}

void link_conf_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    if (!c.need(0, 16)) return;
    const uint32_t w0 = c.be32(0), w1 = c.be32(4);
    out.f("TIPC v{}.0 ", version(w0));
    put_node(ctx, c.be32(12));
    out.put(" > ");
    put_node(ctx, c.be32(8));
    put_sizes(ctx, w0);
    put_tok(ctx, kLinkConfTypes, mtype(w1), "Unknown");
    if (!ctx.opt.vflag) return;
    if (!c.need(0, 24)) return;
    out.f("\n\tNodeSignature {}, network_id {}, media_id {}", w1 & 0xffff, c.be32(16),
          c.be32(20) & 0xff);
}

}  // namespace

void tipc_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "tipc";
    const uint32_t w0 = c.be32(0);
    if (ctx.truncated) return;
    switch (user_of(w0)) {
    case 0: case 1: case 2: case 3: case 8: case 11:
        payload_print(ctx, c);
        break;
    case 13:
        link_conf_print(ctx, c);
        break;
    case 5: case 6: case 7: case 10: case 12:
        internal_print(ctx, c);
        break;
    default:
        break;
    }
}

}  // namespace rd
