// ETSI ITS GeoNetworking (EtherType 0x8947, old 0x0707) with the BTP header and the ITS
// PDU header after it, and ISO CALM FAST (EtherType 0x1111).
#include "ethertypes_link.hpp"

namespace rd {

namespace {

constexpr Tok kItsMsgTypes[] = {
    {0, "CAM"},   {1, "DENM"}, {101, "TPEGM"},  {102, "TSPDM"}, {103, "VPM"},
    {104, "SRM"}, {105, "SLAM"}, {106, "ecoCAM"}, {107, "ITM"},  {150, "SA"},
};

const char* next_header_name(uint8_t nh) {
    switch (nh) {
    case 0: return "Any";
    case 1: return "BTP-A";
    case 2: return "BTP-B";
    case 3: return "IPv6";
    default: return "Unknown";
    }
}

const char* header_type_name(uint8_t type, uint8_t sub) {
    static constexpr const char* kAnycast[] = {"GeoAnycastCircle", "GeoAnycastRect", "GeoAnycastElipse"};
    static constexpr const char* kBroadcast[] = {"GeoBroadcastCircle", "GeoBroadcastRect", "GeoBroadcastElipse"};
    switch (type) {
    case 0: return "Any";
    case 1: return "Beacon";
    case 2: return "GeoUnicast";
    case 3: return sub < 3 ? kAnycast[sub] : "Unknown";
    case 4: return sub < 3 ? kBroadcast[sub] : "Unknown";
    case 5: return sub == 0 ? "TopoScopeBcast-SH" : sub == 1 ? "TopoScopeBcast-MH" : "Unknown";
    case 6: return sub == 0 ? "LocService-Request" : sub == 1 ? "LocService-Reply" : "Unknown";
    default: return "Unknown";
    }
}

// Length of the extended header after the common one, or -1 when it is not decoded.
int extended_header_size(uint8_t type, uint8_t sub) {
    if (type == 0 || type == 1) return 0;
    if (type == 5 && sub == 0) return 0;
    if (type == 5 && sub == 1) return 68 - 36;
    return -1;
}

// After an invalid length: the rest must still be captured, or the packet is truncated.
void invalid(Ctx& ctx, const Cursor& c, uint32_t length) {
    ctx.print_invalid();
    c.need(0, length);
}

// tcpdump's ND_DEFAULTPRINT called directly (shown even with -x/-q): the captured part
// of length bytes, then the truncation marker when the capture ends first.
void user_data(Ctx& ctx, const Cursor& c, uint32_t length) {
    auto d = c.rest();
    const bool cut = d.size() < length;
    if (!cut) d = d.first(length);
    default_print_unsuppressed(ctx, d);
    if (cut) ctx.mark_truncated();
}

// The frame's source address: a MAC address, or other link addresses (FireWire EUI-64)
// as colon-separated hex.
void put_link_addr(Ctx& ctx, std::span<const uint8_t> a) {
    if (a.size() == 6) {
        ctx.names.mac(ctx.out, a.first<6>());
        return;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        if (i) ctx.out.put(':');
        ctx.out.f("{:02x}", a[i]);
    }
}

}  // namespace

void geonet_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs) {
    ctx.proto = "geonet";
    OutBuf& out = ctx.out;
    out.put("GeoNet ");
    if (!addrs.src.empty()) {
        out.put("src:");
        put_link_addr(ctx, addrs.src);
    }
    out.put("; ");
    size_t p = 0;
    if (length < 36) {
        out.f(" (common header length {} < 36)", length);
        ctx.print_invalid();
        return;
    }
    const uint8_t b0 = c.u8(0), b1 = c.u8(1);
    const uint16_t payload = c.be16(4);
    const uint8_t hop_limit = c.u8(7);
    if (ctx.truncated) return;
    const uint8_t nh = b0 & 0x0f, type = b1 >> 4, sub = b1 & 0x0f;
    out.f("v:{} NH:{}-{} HT:{}-{}-{} HopLim:{} Payload:{} ", b0 >> 4, nh, next_header_name(nh), type,
          sub, header_type_name(type, sub), hop_limit, payload);
    // Long position vector: GN address, then latitude and longitude.
    const auto gn = c.bytes(8, 8);
    if (ctx.truncated) return;
    out.put("GN_ADDR:");
    for (size_t i = 0; i < gn.size(); ++i) {
        if (i) out.put(':');
        out.hex(gn[i], 2);
    }
    out.put(' ');
    const uint32_t lat = c.be32(20);
    if (ctx.truncated) return;
    out.f("lat:{} ", lat);
    const uint32_t lon = c.be32(24);
    if (ctx.truncated) return;
    out.f("lon:{}", lon);
    if (!c.need(0, 36)) return;  // the whole common header must be there
    length -= 36;
    p = 36;
    const int hdr_size = extended_header_size(type, sub);
    if (hdr_size >= 0) {
        if (length < static_cast<uint32_t>(hdr_size)) {
            out.f(" (header size {} > {})", hdr_size, length);
            invalid(ctx, c.skip(p), length);
            return;
        }
        if (!c.need(p, static_cast<size_t>(hdr_size))) return;
        length -= static_cast<uint32_t>(hdr_size);
        p += static_cast<size_t>(hdr_size);
        if (nh == 1 || nh == 2) {
            if (length < 4) {
                out.f(" (BTP length {} < 4)", length);
                invalid(ctx, c.skip(p), length);
                return;
            }
            const uint16_t dst = c.be16(p);
            if (ctx.truncated) return;
            out.f("; BTP Dst:{}", dst);
            const uint16_t src = c.be16(p + 2);
            if (ctx.truncated) return;
            out.f(" Src:{}", src);
            length -= 4;
            p += 4;
            if (length >= 2) {
                const uint8_t ver = c.u8(p), msg = c.u8(p + 1);
                if (ctx.truncated) return;
                out.f("; ItsPduHeader v:{} t:{}-", ver, msg);
                put_tok(ctx, kItsMsgTypes, msg, "unknown ({})");
            }
        }
    }
    if (ctx.opt.vflag) user_data(ctx, c.skip(p), length);
}

void calm_fast_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs) {
    ctx.proto = "calm_fast";
    OutBuf& out = ctx.out;
    out.put("CALM FAST");
    if (!addrs.src.empty()) {
        out.put(" src:");
        put_link_addr(ctx, addrs.src);
    }
    out.put("; ");
    if (length < 2) {
        out.f(" (length {} < 2)", length);
        invalid(ctx, c, length);
        return;
    }
    const uint8_t src_ref = c.u8(0);
    if (ctx.truncated) return;
    out.f("SrcNwref:{}; ", src_ref);
    const uint8_t dst_ref = c.u8(1);
    if (ctx.truncated) return;
    out.f("DstNwref:{}; ", dst_ref);
    if (ctx.opt.vflag) user_data(ctx, c.skip(2), length - 2);
}

}  // namespace rd
