// EGP (RFC 904, IP protocol 8): the header and each message type, and at -v the
// network reachability of update messages.
#include "ip_misc.hpp"
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 16;  // version .. sourcenet
constexpr const char* kAcquireCodes[] = {"request", "confirm", "refuse", "cease", "cease_ack"};
constexpr const char* kAcquireStatus[] = {
    "unspecified", "active_mode", "passive_mode", "insufficient_resources",
    "administratively_prohibited", "going_down", "parameter_violation", "protocol_violation",
};
constexpr const char* kReachCodes[] = {"hello", "i-h-u"};
constexpr const char* kUpDown[] = {"indeterminate", "up", "down"};
constexpr const char* kReasons[] = {
    "unspecified", "bad_EGP_header_format", "bad_EGP_data_field_format",
    "reachability_info_unavailable", "excessive_polling_rate", "no_response", "unsupported_version",
};

void put_state(Ctx& ctx, uint8_t status) {
    if (status <= 2)
        ctx.out.f(" state:{}", kUpDown[status]);
    else
        ctx.out.f(" [status {}]", status);
}

// An address held in a host-order integer as tcpdump holds it: its bytes in memory (on
// the little-endian machines tcpdump's output comes from) are printed in order.
void put_le_addr(Ctx& ctx, uint32_t v) {
    ctx.out.f("{}.{}.{}.{}", v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24);
}

bool class_a(uint32_t a) { return (a & 0x80000000u) == 0; }
bool class_b(uint32_t a) { return (a & 0xc0000000u) == 0x80000000u; }
bool class_c(uint32_t a) { return (a & 0xe0000000u) == 0xc0000000u; }

// Gateways and the networks they reach. tcpdump classifies the source network with
// the address bytes in memory order read as a host integer; the text depends on that.
void nr_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    const uint32_t src = c.be32(12);
    const uint32_t mem = (src >> 24) | ((src >> 8) & 0xff00) | ((src << 8) & 0xff0000) | (src << 24);
    uint32_t net = 0, netlen = 0;
    if (class_a(mem)) {
        net = mem & 0xff000000u;
        netlen = 1;
    } else if (class_b(mem)) {
        net = mem & 0xffff0000u;
        netlen = 2;
    } else if (class_c(mem)) {
        net = mem & 0xffffff00u;
        netlen = 3;
    }
    size_t off = kHdrLen;
    length -= kHdrLen;
    const unsigned intgw = c.u8(10), extgw = c.u8(11);
    for (unsigned g = 0; g < intgw + extgw; ++g) {
        if (length < 4 - netlen) return ctx.print_trunc();
        if (!c.has(off, 4 - netlen)) return ctx.print_trunc();
        // The host part of the gateway address (tcpdump reads none when the class
        // is unknown, yet counts 4 bytes).
        uint32_t addr = 0;
        if (netlen != 0)
            for (uint32_t i = 0; i < 4 - netlen; ++i) addr = addr << 8 | c.u8(off++);
        addr |= net;
        length -= 4 - netlen;
        if (length < 1) return ctx.print_trunc();
        uint8_t distances = c.u8(off++);
        if (ctx.truncated) return;
        --length;
        out.f(" {} ", g < intgw ? "int" : "ext");
        put_le_addr(ctx, addr);
        out.put(" (");
        const char* comma = "";
        while (distances != 0) {
            if (length < 2) return ctx.print_trunc();
            const uint8_t d = c.u8(off);
            if (ctx.truncated) return;
            out.f("{}d{}:", comma, d);
            comma = ", ";
            uint8_t networks = c.u8(off + 1);
            if (ctx.truncated) return;
            off += 2;
            length -= 2;
            while (networks != 0) {
                if (length < 1) return ctx.print_trunc();
                uint32_t a = uint32_t{c.u8(off++)} << 24;
                if (ctx.truncated) return;
                if (class_b(a)) {
                    if (length < 2) return ctx.print_trunc();
                    a |= uint32_t{c.u8(off++)} << 16;
                    length -= 2;
                } else if (!class_a(a)) {
                    if (length < 3) return ctx.print_trunc();
                    a |= uint32_t{c.u8(off++)} << 16;
                    a |= uint32_t{c.u8(off++)} << 8;
                    length -= 3;
                } else {
                    length -= 1;
                }
                if (ctx.truncated) return;
                out.put(' ');
                put_le_addr(ctx, a);
                --networks;
            }
            --distances;
        }
        out.put(')');
    }
}

}  // namespace

void egp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo&) {
    OutBuf& out = ctx.out;
    ctx.proto = "egp";
    if (length < kHdrLen || !c.has(0, kHdrLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t version = c.u8(0);
    if (!ctx.opt.vflag) {
        out.f("EGPv{}, AS {}, seq {}, length {}", version, c.be16(6), c.be16(8), length);
        return;
    }
    out.f("EGPv{}, length {}", version, length);
    if (version != 2) {
        out.f("[version {}]", version);
        return;
    }
    const uint8_t type = c.u8(1), code = c.u8(2);
    uint8_t status = c.u8(3);
    switch (type) {
    case 3:  // acquire
        out.put(" acquire");
        switch (code) {
        case 0:
        case 1:
            out.f(" {}", kAcquireCodes[code]);
            if (status <= 2)
                out.f(" {}", kAcquireStatus[status]);
            else
                out.f(" [status {}]", status);
            out.f(" hello:{} poll:{}", c.be16(10), c.be16(12));
            break;
        case 2:
        case 3:
        case 4:
            out.f(" {}", kAcquireCodes[code]);
            if (status == 0 || (status >= 3 && status <= 7))
                out.f(" {}", kAcquireStatus[status]);
            else
                out.f("[status {}]", status);
            break;
        default:
            out.f("[code {}]", code);
            break;
        }
        break;
    case 5:  // reachability
        if (code <= 1) {
            out.f(" {}", kReachCodes[code]);
            put_state(ctx, status);
        } else {
            out.f("[reach code {}]", code);
        }
        break;
    case 2:  // poll
        out.put(" poll");
        put_state(ctx, status);
        out.put(" net:");
        put_ip4_at(ctx, c, 12);
        break;
    case 1:  // update
        out.put(" update");
        if (status & 0x80) {
            status &= 0x7f;
            out.put(" unsolicited");
        }
        put_state(ctx, status);
        out.put(' ');
        put_ip4_at(ctx, c, 12);
        out.f(" int {} ext {}", c.u8(10), c.u8(11));
        nr_print(ctx, c, length);
        break;
    case 8: {  // error
        out.put(" error");
        put_state(ctx, status);
        const uint16_t reason = c.be16(10);
        if (reason <= 6)
            out.f(" {}", kReasons[reason]);
        else
            out.f(" [reason {}]", reason);
        break;
    }
    default:
        out.f("[type {}]", type);
        break;
    }
}

}  // namespace rd
