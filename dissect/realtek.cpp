// Realtek protocols: a protocol byte, then for RRCP (the Remote Control Protocol of
// Realtek switch chips) a reply bit and opcode, an authentication key and per opcode the
// register access or the hello reply's port and chip identity.
#include "realtek.hpp"

#include "ethertypes_link.hpp"

namespace rd {

namespace {

constexpr uint8_t kRrcp = 0x01, kRep = 0x02, kRldp = 0x03, kRldp2 = 0x23, kDsa8 = 0x04;
constexpr uint8_t kHello = 0, kGet = 1, kSet = 2;

void rrcp_print(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    ctx.proto = "rrcp";
    const uint8_t op = c.u8(1);
    if (ctx.truncated) return;
    const bool reply = op & 0x80;
    const uint8_t opcode = op & 0x7f;
    out.put(reply ? "RRCP reply: " : "RRCP query: ");
    if (opcode == kGet || opcode == kSet) {
        out.put(opcode == kGet ? "get" : "set");
        // Register address and data are little-endian; shown with the key, or not at all.
        const uint16_t addr = c.le16(4);
        const uint32_t data = c.le32(6);
        const uint16_t auth = c.be16(2);
        if (ctx.truncated) return;
        out.f(" addr=0x{:04x}, data=0x{:08x}, auth=0x{:04x}", addr, data, auth);
        const uint32_t hi = c.be32(14);
        const uint32_t lo = c.be32(10);
        if (ctx.truncated) return;
        out.f(", cookie=0x{:08x}{:08x} ", hi, lo);
        return;
    }
    if (opcode == kHello)
        out.put("hello");
    else
        out.f("unknown opcode (0x{:02x})", opcode);
    const uint16_t auth = c.be16(2);
    if (ctx.truncated) return;
    out.f(", auth=0x{:04x}", auth);
    if (opcode != kHello || !reply) return;
    if (!c.need(4, 14)) return;  // the hello reply's fields come as one block
    out.f(" downlink_port={}, uplink_port={}, uplink_mac=", c.u8(4), c.u8(5));
    put_mac_at(ctx, c, 6);
    out.f(", vendor_id={:08x} ,chip_id={:04x} ", c.be32(14), c.be16(12));
}

}  // namespace

void realtek_print(Ctx& ctx, Cursor c, uint32_t, const LinkAddrs& addrs) {
    OutBuf& out = ctx.out;
    ctx.proto = "rtl";
    // Links without MAC addresses (Linux cooked captures) show none, as in tcpdump.
    if (addrs.src.size() == 6 && addrs.dst.size() == 6) addresses_text(ctx, addrs);
    const uint8_t proto = c.u8(0);
    if (ctx.truncated) return;
    if (proto == kRrcp) {
        rrcp_print(ctx, c);
    } else if (proto == kRep) {
        out.put("REP");
    } else if (proto == kRldp || proto == kRldp2) {
        out.put("RLDP");
    } else if (proto == kDsa8) {
        out.put("Realtek 8-byte DSA tag");
    } else if ((proto >> 4) == 0x9) {
        out.put("Realtek RTL8306 4-byte DSA tag");
    } else if ((proto >> 4) == 0xa) {
        out.put("Realtek RTL8366RB 4-byte DSA tag");
    } else {
        out.f("Realtek unknown type 0x{:02x}", proto);
    }
}

}  // namespace rd
