// Cisco VLAN Trunking Protocol (SNAP 00000c/2003): summary and subset advertisements
// (with VLAN info records and their TLVs), advertisement requests, join messages.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kHeaderLen = 36;
constexpr uint32_t kDomainNameLen = 32;
constexpr uint32_t kVlanFixedLen = 12;

constexpr Tok kMessageTypes[] = {
    {0x01, "Summary advertisement"}, {0x02, "Subset advertisement"},
    {0x03, "Advertisement request"}, {0x04, "Join message"},
};

// What the header's third byte means for each message type.
constexpr Tok kHeaderField[] = {
    {0x01, "Followers"}, {0x02, "Seq number"}, {0x03, "Rsvd"}, {0x04, "Rsvd"},
};

constexpr Tok kVlanTypes[] = {
    {0x01, "Ethernet"}, {0x02, "FDDI"}, {0x03, "TrCRF"}, {0x04, "FDDI-net"}, {0x05, "TrBRF"},
};

constexpr Tok kVlanStatus[] = {{0x00, "Operational"}, {0x01, "Suspended"}};

constexpr Tok kVlanTlvs[] = {
    {0x01, "Source-Routing Ring Number TLV"}, {0x02, "Source-Routing Bridge Number TLV"},
    {0x03, "STP type TLV"},                   {0x04, "Parent VLAN TLV"},
    {0x05, "Translationally bridged VLANs TLV"}, {0x06, "Pruning TLV"},
    {0x07, "Bridge Type TLV"},                {0x08, "Max ARP Hop Count TLV"},
    {0x09, "Max STE Hop Count TLV"},          {0x0a, "Backup CRF Mode TLV"},
};

constexpr Tok kStpTypes[] = {{1, "SRT"}, {2, "SRB"}, {3, "Auto"}};

// The TLVs after a VLAN's name: 1-byte type, 1-byte length in 16-bit words.
bool vlan_tlvs(Ctx& ctx, const Cursor& c, size_t& off, uint32_t len) {
    while (len != 0) {
        if (len < 2) return false;
        const uint8_t type = c.u8(off), tlv_len = c.u8(off + 1);
        if (ctx.truncated) return true;
        ctx.out.put("\n\t\t");
        put_tok(ctx, kVlanTlvs, type, "Unknown");
        ctx.out.f(" (0x{:04x}) TLV", type);
        const uint32_t whole = tlv_len * 2u + 2u;
        if (len < whole) {
            ctx.out.put(" (TLV goes past the end of the packet)");
            return false;
        }
        if (!c.need(off, whole)) return true;
        if (tlv_len != 1) {
            ctx.out.f(" (invalid TLV length {} != 1)", tlv_len);
            return false;
        }
        const uint16_t v = c.be16(off + 2);
        switch (type) {
        case 0x09:
            ctx.out.f(", {}", v);
            break;
        case 0x06:
            ctx.out.f(", {} ({})", v == 1 ? "Enabled" : "Disabled", v);
            break;
        case 0x03: {
            const char* n = tok_lookup(kStpTypes, v);
            ctx.out.f(", {} ({})", n ? n : "Unknown", v);
            break;
        }
        case 0x07:
            ctx.out.f(", {} ({})", v == 1 ? "SRB" : "SRT", v);
            break;
        case 0x0a:
            ctx.out.f(", {} ({})", v == 1 ? "Backup" : "Not backup", v);
            break;
        default:
            print_unknown_data(ctx, c, off, "\n\t\t  ", whole);
            break;
        }
        len -= whole;
        off += whole;
    }
    return true;
}

}  // namespace

void vtp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "vtp";
    auto invalid = [&] {
        ctx.print_invalid();
        c.need(0, length);
    };
    if (length < kHeaderLen) return invalid();
    if (!c.need(0, kHeaderLen)) return;
    const uint8_t version = c.u8(0), type = c.u8(1);
    ctx.out.f("VTPv{}, Message ", version);
    put_tok(ctx, kMessageTypes, type, "Unknown message type");
    ctx.out.f(" (0x{:02x}), length {}", type, length);
    if (ctx.opt.vflag < 1) {
        c.need(0, length);
        return;
    }

    ctx.out.put("\n\tDomain name: ");
    const uint8_t mgmtd_len = c.u8(3);
    if (mgmtd_len < 1 || mgmtd_len > kDomainNameLen) {
        ctx.out.f(" [invalid MgmtD Len {}]", mgmtd_len);
        return invalid();
    }
    put_string_nul_padded(ctx, c, 4, mgmtd_len);
    const uint8_t third = c.u8(2);
    if (ctx.truncated) return;
    ctx.out.put(", ");
    put_tok(ctx, kHeaderField, type, "Unknown");
    ctx.out.f(": {}", third);

    size_t off = kHeaderLen;
    switch (type) {
    case 0x01: {
        const uint32_t rev = c.be32(off);
        const auto updater = c.bytes(off + 4, 4);
        if (ctx.truncated) return;
        ctx.out.f("\n\t  Config Rev {:x}, Updater ", rev);
        put_addr(ctx, updater);
        off += 8;
        const uint32_t t0 = c.be32(off), t1 = c.be32(off + 4), t2 = c.be32(off + 8);
        if (ctx.truncated) return;
        ctx.out.f(", Timestamp 0x{:08x} 0x{:08x} 0x{:08x}", t0, t1, t2);
        off += 12;
        const auto digest = c.bytes(off, 16);
        if (ctx.truncated) return;
        ctx.out.put(", MD5 digest: ");
        for (uint8_t b : digest) ctx.out.hex(b, 2);
        break;
    }
    case 0x02: {
        const uint32_t rev = c.be32(off);
        if (ctx.truncated) return;
        ctx.out.f(", Config Rev {:x}", rev);
        off += 4;
        while (off < length) {
            uint32_t len = c.u8(off);
            if (ctx.truncated) return;
            if (len == 0) break;
            if (!c.need(off, len)) return;
            if (len < kVlanFixedLen) return invalid();
            const uint8_t status = c.u8(off + 1), vtype = c.u8(off + 2), name_len = c.u8(off + 3);
            const uint16_t vlan = c.be16(off + 4), mtu = c.be16(off + 6);
            const uint32_t said = c.be32(off + 8);
            ctx.out.put("\n\tVLAN info status ");
            put_tok(ctx, kVlanStatus, status, "Unknown");
            ctx.out.put(", type ");
            put_tok(ctx, kVlanTypes, vtype, "Unknown");
            ctx.out.f(", VLAN-id {}, MTU {}, SAID 0x{:08x}, Name ", vlan, mtu, said);
            len -= kVlanFixedLen;
            off += kVlanFixedLen;
            const uint32_t padded = 4u * ((name_len + 3u) / 4u);  // names are 32-bit aligned
            if (len < padded) return invalid();
            put_string_nul_padded(ctx, c, off, name_len);
            if (ctx.truncated) return;
            len -= padded;
            off += padded;
            if (!vlan_tlvs(ctx, c, off, len)) return invalid();
            if (ctx.truncated) return;
        }
        break;
    }
    case 0x03: {
        const uint32_t start = c.be32(off);
        if (ctx.truncated) return;
        ctx.out.f("\n\tStart value: {}", start);
        break;
    }
    default:
        break;
    }
}

}  // namespace rd
