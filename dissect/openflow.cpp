// OpenFlow (TCP 6653, 6633): the version-independent message header, the walk over the
// messages of one TCP segment, and helpers the version decoders share.
#include "openflow.hpp"

#include "openflow_int.hpp"
#include "ringdump/format/hexdump.hpp"

namespace rd {

namespace of {

namespace {

constexpr Tok kVersions[] = {{1, "1.0"}, {2, "1.1"}, {3, "1.2"},
                             {4, "1.3"}, {5, "1.4"}, {6, "1.5"}};

constexpr uint8_t kVer10 = 1, kVer13 = 4;
constexpr uint32_t kHeaderLen = 8;

// ONF-registered experimenter ids (those with a non-zero top octet).
constexpr Tok kOnfExperimenters[] = {
    {0x4f4e4600, "ONF Extensions"},
    {0xff000001, "Budapest University of Technology and Economics"},
    {0xff000002, "NoviFlow"},
    {0xff000003, "L3+ Extensions, Vendor Neutral"},
    {0xff000004, "L4-L7 Extensions"},
    {0xff000005, "Wireless and Mobility Extensions"},
    {0xff000006, "Forwarding Abstractions Extensions"},
    {0xff000007, "Optical Transport Extensions"},
    {0xff000008, "Network Benchmarking Lab, NCTU"},
    {0xff000009, "Mobile Packet Core Extensions"},
    {0xff00000a, "MPLS-TP OpenFlow Extensions for SPTN"},
};

// One message body of declared length b.len: checked against the type's length rule,
// decoded with -v, otherwise only required to be captured.
void message_print(Ctx& ctx, Body b, const MsgType* mt) {
    if (mt != nullptr) {
        const bool bad = (mt->req == Req::FixLen && b.len != mt->req_len) ||
                         (mt->req == Req::MinLen && b.len < mt->req_len);
        if (bad) {
            ctx.print_invalid();
        } else if (ctx.opt.vflag && mt->decoder != nullptr) {
            mt->decoder(ctx, b);
            return;
        }
    }
    b.c.need(0, b.len);
}

}  // namespace

const char* vendor_name(uint32_t vendor) {
    const char* n = (vendor & 0xff000000) == 0 ? oui_name(vendor) : tok_lookup(kOnfExperimenters, vendor);
    return n != nullptr ? n : "unknown";
}

void put_vendor(Ctx& ctx, uint32_t vendor) {
    ctx.out.f(", vendor 0x{:08x} ({})", vendor, vendor_name(vendor));
}

void bitmap_print(Ctx& ctx, std::span<const Tok> bits, uint32_t v, uint32_t u) {
    if (v & ~u) {
        ctx.out.put(" (");
        put_bits(ctx, bits, v, ", ", "");
        ctx.out.put(')');
    }
    if (v & u) ctx.out.put(" (bogus)");
}

void data_print(Ctx& ctx, Body b) {
    if (b.len == 0) return;
    ctx.out.f("\n\t data ({} octets)", b.len);
    if (ctx.opt.vflag >= 2) {
        // tcpdump's hex_and_ascii_print: what was captured; bytes missing end the packet.
        auto d = b.c.rest(0);
        const bool cut = d.size() < b.len;
        if (!cut) d = d.first(b.len);
        if (ctx.truncated) return;
        hex_ascii_dump_prefixed(ctx.out, "\n\t  ", d);
        if (cut) ctx.mark_truncated();
    } else {
        b.c.need(0, b.len);
    }
}

}  // namespace of

void openflow_print(Ctx& ctx, Cursor c, uint32_t len) {
    using namespace of;
    OutBuf& out = ctx.out;
    ctx.proto = "openflow";
    out.put(": OpenFlow");
    bool partial = false;  // the segment ended inside a message header
    while (len != 0 && !ctx.truncated) {
        const uint8_t version = c.u8(0);
        c = c.skip(1);
        len -= 1;
        out.put("\n\tversion ");
        put_tok(ctx, kVersions, version, "unknown (0x{:02x})");
        if (len < 1) {
            partial = true;
            break;
        }
        const uint8_t type = c.u8(0);
        c = c.skip(1);
        len -= 1;
        const MsgType* mt = version == kVer10 ? of10_msgtype(type)
                            : version == kVer13 ? of13_msgtype(type)
                                                : nullptr;
        if (mt != nullptr && mt->name != nullptr)
            out.f(", type {}", mt->name);
        else
            out.f(", type unknown (0x{:02x})", type);
        if (len < 2) {
            partial = true;
            break;
        }
        const uint16_t length = c.be16(0);
        c = c.skip(2);
        len -= 2;
        out.f(", length {}{}", length, length < kHeaderLen ? " (too short!)" : "");
        if (len < 4) {
            partial = true;
            break;
        }
        const uint32_t xid = c.be32(0);
        c = c.skip(4);
        len -= 4;
        out.f(", xid 0x{:08x}", xid);
        if (length < kHeaderLen) {
            // A length underrun ends the decoding of this segment.
            ctx.print_invalid();
            c.need(0, len);
            return;
        }
        const uint32_t body = length - kHeaderLen;
        message_print(ctx, Body{c, body}, mt);
        // A message running past the segment ends it (the rest belongs to later ones).
        if (body > len) return;
        c = c.skip(body);
        len -= body;
    }
    if (partial) {
        out.put(" (end of TCP payload)");
        c.need(0, len);
    }
}

}  // namespace rd
