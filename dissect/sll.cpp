// Linux "cooked" captures: LINUX_SLL (16-byte header) and LINUX_SLL2 (20-byte header
// with the interface index). The protocol field is an EtherType, or for small values
// one of Linux's ETH_P_* pseudo types (802.3 raw IPX, 802.2 LLC).
#include <net/if.h>

#include <array>
#include <cstring>

#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kSllHdrLen = 16, kSll2HdrLen = 20;
constexpr uint16_t kMaxLengthValue = 1500;
constexpr uint16_t kProto8023 = 0x0001;  // Novell 802.3 frame without an LLC header
constexpr uint16_t kProto8022 = 0x0004;  // 802.2 LLC frame
constexpr uint16_t kTypeVlan = 0x8100;
constexpr uint16_t kHatypeRadiotap = 803;

constexpr Tok kPacketTypes[] = {
    {0, "In"}, {1, "B"}, {2, "M"}, {3, "P"}, {4, "Out"},
};

// The fields both header layouts share, wherever they sit.
struct SllHeader {
    bool v2;
    uint16_t pkttype;
    uint16_t hatype;
    uint16_t halen;
    uint16_t protocol;
    uint32_t ifindex;   // SLL2 only
    size_t addr_off;    // offset of the (up to 8-byte) link-layer address
};

SllHeader read_header(const Cursor& c, bool v2) {
    SllHeader h{};
    h.v2 = v2;
    if (v2) {
        h.protocol = c.be16(0);
        h.ifindex = c.be32(4);
        h.hatype = c.be16(8);
        h.pkttype = c.u8(10);
        h.halen = c.u8(11);
        h.addr_off = 12;
    } else {
        h.pkttype = c.be16(0);
        h.hatype = c.be16(2);
        h.halen = c.be16(4);
        h.addr_off = 6;
        h.protocol = c.be16(14);
    }
    return h;
}

const char* pkttype_name(uint16_t t) {
    const char* n = tok_lookup(kPacketTypes, t);
    return n ? n : "?";
}

// The interface name for an index on this machine (as tcpdump shows it), cached: the
// lookup is a socket and an ioctl, too slow to repeat for every packet of a file.
const char* interface_name(uint32_t index) {
    struct Entry {
        uint32_t index = 0;
        bool valid = false;
        bool found = false;
        char name[IF_NAMESIZE] = {};
    };
    static thread_local std::array<Entry, 16> cache;
    Entry& e = cache[index % cache.size()];
    if (!e.valid || e.index != index) {
        e.index = index;
        e.valid = true;
        e.found = if_indextoname(index, e.name) != nullptr;
    }
    return e.found ? e.name : nullptr;
}

// The -e header text (also printed, without -e, before the dump of an unknown type).
void header_text(Ctx& ctx, const Cursor& c, const SllHeader& h, uint32_t length) {
    if (h.v2) {
        ctx.out.f("ifindex {} ", h.ifindex);
    } else {
        ctx.out.f("{:>3} ", pkttype_name(h.pkttype));
    }
    // Only 6-byte addresses are shown, as Ethernet addresses.
    if (h.halen == 6) {
        put_mac_at(ctx, c, h.addr_off);
        ctx.out.put(' ');
    }
    if (ctx.opt.qflag) return;
    const uint16_t t = h.protocol;
    if (t <= kMaxLengthValue) {
        if (t == kProto8023)
            ctx.out.put("802.3");
        else if (t == kProto8022)
            ctx.out.put("802.2");
        else
            ctx.out.f("ethertype Unknown (0x{:04x})", t);
    } else {
        const char* n = ethertype_name(t);
        ctx.out.f("ethertype {} (0x{:04x})", n ? n : "Unknown", t);
    }
    ctx.out.f(", length {}: ", length);
}

uint32_t cooked_print(Ctx& ctx, Cursor c, uint32_t wirelen, bool v2) {
    ctx.proto = v2 ? "sll2" : "sll";
    const uint32_t hdrlen0 = v2 ? kSll2HdrLen : kSllHdrLen;
    if (!c.need(0, hdrlen0)) return static_cast<uint32_t>(c.size());
    const SllHeader h = read_header(c, v2);

    if (v2) {
        const char* ifname = interface_name(h.ifindex);
        ctx.out.f("{:<5} {:<3} ", ifname ? ifname : "?", pkttype_name(h.pkttype));
    }
    if (ctx.opt.eflag) header_text(ctx, c, h, wirelen);

    uint32_t length = wirelen - hdrlen0;
    uint32_t hdrlen = hdrlen0;
    Cursor p = c.skip(hdrlen0);

    if (h.hatype == kHatypeRadiotap) {
        // An 802.11 frame with its radiotap header.
        return hdrlen0 + ieee802_11_radio_print(ctx, p, length);
    }

    uint16_t type = h.protocol;
    for (;;) {
        if (type <= kMaxLengthValue) {
            if (type == kProto8023) {
                ipx_print(ctx, p, length);
            } else if (type == kProto8022) {
                const int llc_len = llc_print(ctx, p, length, LinkAddrs{});
                if (llc_len < 0)
                    default_print(ctx, p.rest());
                else
                    hdrlen += static_cast<uint32_t>(llc_len);
            } else {
                default_print(ctx, p.rest());
            }
            return hdrlen;
        }
        if (type != kTypeVlan) break;
        // An 802.1Q tag, then the enclosed type.
        if (p.size() < 4) {
            ctx.proto = "vlan";
            ctx.print_trunc();
            return hdrlen + static_cast<uint32_t>(p.size());
        }
        if (ctx.opt.eflag) {
            const uint16_t tci = p.be16(0);
            ctx.out.f("vlan {}, p {}{}, ", tci & 0xfff, tci >> 13, (tci & 0x1000) ? ", DEI" : "");
        }
        type = p.be16(2);
        if (type <= kMaxLengthValue) type = kProto8022;
        if (!ctx.opt.qflag) {
            const char* n = ethertype_name(type);
            ctx.out.f("ethertype {}, ", n ? n : "Unknown");
        }
        p = p.skip(4);
        length -= 4;
        hdrlen += 4;
    }

    if (!ethertype_print(ctx, type, p, length, LinkAddrs{})) {
        if (!ctx.opt.eflag) header_text(ctx, c, h, length + hdrlen0);
        default_print(ctx, p.rest());
    }
    return hdrlen;
}

}  // namespace

uint32_t sll_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) { return cooked_print(ctx, c, wirelen, false); }

uint32_t sll2_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) { return cooked_print(ctx, c, wirelen, true); }

}  // namespace rd
