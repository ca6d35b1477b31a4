// IEEE 802.15.4 frames (LINKTYPE_IEEE802_15_4_WITHFCS 195, _NOFCS 230, _TAP 283) as
// tcpdump 4.99.3 prints them: frame control, sequence number, PAN IDs and addresses
// with the 2003/2006 and 2015 PAN ID compression rules, security header, IEs, MIC,
// FCS check (a 4- or 2-byte FCS is recognised by its CRC), and the beacon / command /
// data payloads. Multipurpose frames (type 5) too; fragment and extended frames print
// only their type, as tcpdump's do.
#include "ieee802154.hpp"

#include "ieee802154_int.hpp"

namespace rd {

namespace {

using namespace wpan;

constexpr const char* kFrameTypes[] = {"Beacon", "Data", "ACK", "Command",
                                       "Reserved", "Multipurpose", "Fragment", "Extended"};

// MAC command names (Table 7-49); the others print as "Reserved 0xNN".
constexpr Tok kCommands[] = {
    {0x01, "Association Request command"},
    {0x02, "Association Response command"},
    {0x03, "Disassociation Notification command"},
    {0x04, "Data Request command"},
    {0x05, "PAN ID Conflict Notification command"},
    {0x06, "Orphan Notification command"},
    {0x07, "Beacon Request command"},
    {0x08, "Coordinator realignment command"},
    {0x09, "GTS request command"},
    {0x0a, "TRLE Management Request command"},
    {0x0b, "TRLE Management Response command"},
    {0x13, "DSME Association Request command"},
    {0x14, "DSME Association Response command"},
    {0x15, "DSME GTS Request command"},
    {0x16, "DSME GTS Response command"},
    {0x17, "DSME GTS Notify command"},
    {0x18, "DSME Information Request command"},
    {0x19, "DSME Information Response command"},
    {0x1a, "DSME Beacon Allocation Notification command"},
    {0x1b, "DSME Beacon Collision Notification command"},
    {0x1c, "DSME Link Report command"},
    {0x20, "RIT Data Request command"},
    {0x21, "DBS Request command"},
    {0x22, "DBS Response command"},
    {0x23, "RIT Data Response command"},
    {0x24, "Vendor Specific command"},
};

// The 802.15.4 CRCs: ITU-T CRC-16 and the 32-bit CRC, both bit-reflected with a zero
// start value and no final XOR (802.15.4-2015 7.2.10).
uint16_t crc16(std::span<const uint8_t> d) {
    uint16_t crc = 0;
    for (uint8_t b : d) {
        crc ^= b;
        for (int i = 0; i < 8; ++i) crc = (crc & 1) ? static_cast<uint16_t>((crc >> 1) ^ 0x8408) : crc >> 1;
    }
    return crc;
}

uint32_t crc32(std::span<const uint8_t> d) {
    uint32_t crc = 0;
    for (uint8_t b : d) {
        crc ^= b;
        for (int i = 0; i < 8; ++i) crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc;
}

// The FCS found at the end of the frame (or the CRC expected there when none matches).
struct Fcs {
    uint32_t stored = 0;
    uint32_t computed = 0;
};

// A 4-byte FCS when its CRC matches, else a 2-byte one when that matches; a matching FCS
// comes off caplen. Frames too short for one compare 0 with 0. `try32` mirrors the
// different size tests of standard and multipurpose frames.
bool find_fcs(Ctx& ctx, const Cursor& c, uint32_t& caplen, bool try32, Fcs& fcs) {
    if (try32) {
        fcs.stored = c.le32(caplen - 4);
        if (ctx.truncated) return false;
        fcs.computed = crc32(c.bytes(0, caplen - 4));
        if (fcs.computed == fcs.stored) {
            caplen -= 4;
            return true;
        }
    }
    fcs.stored = c.le16(caplen - 2);
    if (ctx.truncated) return false;
    fcs.computed = crc16(c.bytes(0, caplen - 2));
    if (fcs.computed == fcs.stored) caplen -= 2;
    return true;
}

unsigned mic_len(int security_level) {
    static constexpr unsigned kLens[] = {0, 4, 8, 16};
    return kLens[security_level & 3];
}

// What follows the addresses in both frame formats: security header, IEs, MIC, FCS.
// Returns false when an error ended the frame.
struct Tail {
    bool security = false;
    bool ies = false;
    Fcs fcs;
};

bool frame_tail(Ctx& ctx, const Cursor& c, size_t& p, uint32_t& caplen, const Tail& t) {
    OutBuf& out = ctx.out;
    int level = 0;
    if (t.security) {
        const int len = aux_sec_header(ctx, c, p, caplen, level);
        if (len < 0 || ctx.truncated) return false;
        if (!c.need(p, static_cast<size_t>(len))) return false;
        p += static_cast<size_t>(len);
        caplen -= static_cast<uint32_t>(len);
    }
    const unsigned miclen = mic_len(level);
    size_t mic_start = 0;
    if (miclen > 0) {
        if (caplen < miclen) {
            out.put("[ERROR: Truncated before MIC]");
            return false;
        }
        caplen -= miclen;
        mic_start = p + caplen;
    }
    bool payload_ies = false;
    if (t.ies) {
        const int len = header_ie_list(ctx, c, p, caplen, payload_ies);
        if (len < 0 || ctx.truncated) return false;
        p += static_cast<size_t>(len);
        caplen -= static_cast<uint32_t>(len);
    }
    if (payload_ies) {
        if (level >= 4) {
            out.put("Payload IEs present, but encrypted, cannot print ");
        } else {
            const int len = payload_ie_list(ctx, c, p, caplen);
            if (len < 0 || ctx.truncated) return false;
            p += static_cast<size_t>(len);
            caplen -= static_cast<uint32_t>(len);
        }
    }
    if (ctx.opt.vflag > 2 && miclen != 0) {
        out.put("\n\tMIC ");
        for (unsigned i = 0; i < miclen && !ctx.truncated; ++i) {
            const uint8_t b = c.u8(mic_start + i);
            if (!ctx.truncated) out.hex(b, 2);
        }
        if (ctx.truncated) return false;
        out.put(' ');
    }
    if (ctx.opt.vflag > 2) {
        if (t.fcs.computed == t.fcs.stored)
            out.f("FCS {:x} ", t.fcs.stored);
        else
            out.f("wrong FCS {:x} vs {:x} (assume no FCS stored) ", t.fcs.stored, t.fcs.computed);
    }
    return true;
}

// Which PAN IDs a standard frame carries (802.15.4-2015 table 7-2 and the older rule).
void pan_ids(unsigned version, bool compressed, int dst_len, int src_len, bool& dst_pan, bool& src_pan) {
    dst_pan = dst_len > 0;
    src_pan = !compressed && src_len > 0;
    if (version < 2) return;
    if (compressed) {
        if (src_len == 0 && dst_len == 0) {
            dst_pan = true;  // no addresses, but a destination PAN ID
        } else if ((src_len == 0) != (dst_len == 0) || (src_len == 8 && dst_len == 8)) {
            dst_pan = src_pan = false;
        }
    } else {
        if (src_len == 8 && dst_len == 8) src_pan = false;  // one (destination) PAN ID
        if (src_len == 8 && dst_len == 2) src_pan = false;  // as tcpdump does for 6TiSCH
    }
}

void beacon_payload(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen, unsigned version) {
    OutBuf& out = ctx.out;
    if (version < 2) {
        if (caplen < 2) {
            out.put("[ERROR: Truncated before beacon information]");
            return;
        }
        const uint16_t ss = c.le16(p);
        if (ctx.truncated) return;
        superframe_spec(ctx, ss);
        p += 2;
        caplen -= 2;
        if (caplen < 1) {
            out.put("[ERROR: Truncated before GTS info]");
            return;
        }
        int len = gts_info(ctx, c, p, caplen);
        if (len < 0 || ctx.truncated) return;
        p += static_cast<size_t>(len);
        caplen -= static_cast<uint32_t>(len);
        if (caplen < 1) {
            out.put("[ERROR: Truncated before pending addresses]");
            return;
        }
        len = pending_addresses(ctx, c, p, caplen);
        if (len < 0 || ctx.truncated) return;
        if (!c.need(p, static_cast<size_t>(len))) return;
        p += static_cast<size_t>(len);
        caplen -= static_cast<uint32_t>(len);
    }
    default_print_len(ctx, c.skip(p), caplen);
}

void command_payload(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen) {
    if (caplen < 1) {
        ctx.out.put("[ERROR: Truncated before Command ID]");
    } else {
        const uint8_t id = c.u8(p);
        if (ctx.truncated) return;
        if (const char* n = tok_lookup(kCommands, id))
            ctx.out.f("Command ID = {} ", n);
        else
            ctx.out.f("Command ID = Reserved 0x{:02x} ", id);
        p++;
        caplen--;
        if (caplen != 0) {
            const int len = command_data(ctx, id, c, p, caplen);
            if (ctx.truncated) return;
            if (len >= 0) {
                p += static_cast<size_t>(len);
                caplen -= static_cast<uint32_t>(len);
            }
        }
    }
    default_print_len(ctx, c.skip(p), caplen);
}

// Standard frames: beacon, data, acknowledgement, MAC command.
uint32_t std_frame(Ctx& ctx, const Cursor& c, uint32_t caplen, uint16_t fc) {
    OutBuf& out = ctx.out;
    Tail t;
    if (caplen >= 4 && !find_fcs(ctx, c, caplen, true, t.fcs)) return 0;

    const unsigned version = (fc >> 12) & 0x3;
    const unsigned type = fc & 0x7;
    out.f("v{} ", version);
    if (ctx.opt.vflag > 2) {
        if (fc & 0x0008) out.put("Security Enabled, ");
        if (fc & 0x0010) out.put("Frame Pending, ");
        if (fc & 0x0020) out.put("AR, ");
        if (fc & 0x0040) out.put("PAN ID Compression, ");
        if (fc & 0x0100) out.put("Sequence Number Suppression, ");
        if (fc & 0x0200) out.put("IE present, ");
    }
    size_t p;
    if (fc & 0x0100) {
        if (version < 2) out.put("[ERROR: Sequence number suppressed on frames where version < 2]");
        if (ctx.opt.vflag) out.put("seq suppressed ");
        p = 2;
    } else {
        const uint8_t seq = c.u8(2);
        if (ctx.truncated) return 0;
        if (ctx.opt.vflag) out.f("seq {:02x} ", seq);
        p = 3;
    }
    if (caplen < p) {
        ctx.print_trunc();
        return 0;
    }
    caplen -= static_cast<uint32_t>(p);

    const int dst_len = addr_len((fc >> 10) & 0x3);
    const int src_len = addr_len((fc >> 14) & 0x3);
    if (src_len < 0) {
        out.put("[ERROR: Invalid src address mode]");
        return 0;
    }
    if (dst_len < 0) {
        out.put("[ERROR: Invalid dst address mode]");
        return 0;
    }
    const bool compressed = fc & 0x0040;
    if (version < 2 && compressed && (dst_len <= 0 || src_len <= 0))
        out.put("[ERROR: PAN ID Compression != 0, and only one address with frame version < 2]");
    bool dst_pan, src_pan;
    pan_ids(version, compressed, dst_len, src_len, dst_pan, src_pan);

    // tcpdump's error texts say "dst" on the source side too.
    for (int side = 0; side < 2; ++side) {
        const bool has_pan = side == 0 ? dst_pan : src_pan;
        const int alen = side == 0 ? dst_len : src_len;
        if (side == 1) out.put(" < ");
        if (has_pan) {
            if (caplen < 2) {
                out.put("[ERROR: Truncated before dst_pan]");
                return 0;
            }
            const uint16_t pan = c.le16(p);
            if (ctx.truncated) return 0;
            out.f("{:04x}:", pan);
            p += 2;
            caplen -= 2;
        } else {
            out.put("-:");
        }
        if (caplen < static_cast<uint32_t>(alen)) {
            out.put("[ERROR: Truncated before dst_addr]");
            return 0;
        }
        put_addr(ctx, c, p, alen);
        if (ctx.truncated) return 0;
        p += static_cast<size_t>(alen);
        caplen -= static_cast<uint32_t>(alen);
    }
    out.put(' ');

    t.security = fc & 0x0008;
    t.ies = fc & 0x0200;
    if (!frame_tail(ctx, c, p, caplen, t)) return 0;

    switch (type) {
    case 0:
        beacon_payload(ctx, c, p, caplen, version);
        break;
    case 3:
        command_payload(ctx, c, p, caplen);
        break;
    default:  // data, acknowledgement
        default_print_len(ctx, c.skip(p), caplen);
        break;
    }
    return 1;
}

// Multipurpose frames: short (1-byte) or long frame control.
uint32_t mp_frame(Ctx& ctx, const Cursor& c, uint32_t caplen, uint16_t fc) {
    OutBuf& out = ctx.out;
    Tail t;
    if (caplen >= 3 && !find_fcs(ctx, c, caplen, caplen > 4, t.fcs)) return 0;

    bool pan_present = false;
    size_t p;
    if (fc & 0x0008) {  // long frame control
        out.f("v{} ", (fc >> 12) & 0x3);
        pan_present = fc & 0x0100;
        t.ies = fc & 0x8000;
        t.security = fc & 0x0200;
        if (ctx.opt.vflag > 2) {
            if (t.security) out.put("Security Enabled, ");
            if (fc & 0x0800) out.put("Frame Pending, ");
            if (fc & 0x4000) out.put("AR, ");
            if (pan_present) out.put("PAN ID Present, ");
            if (fc & 0x0400) out.put("Sequence Number Suppression, ");
            if (t.ies) out.put("IE present, ");
        }
        if (fc & 0x0400) {
            p = 2;
        } else {
            const uint8_t seq = c.u8(2);
            if (ctx.truncated) return 0;
            if (ctx.opt.vflag) out.f("seq {:02x} ", seq);
            p = 3;
        }
        if (caplen < p) {
            ctx.print_trunc();
            return 0;
        }
        caplen -= static_cast<uint32_t>(p);
    } else {
        const uint8_t seq = c.u8(1);
        if (ctx.truncated) return 0;
        p = 2;
        caplen -= 2;
        if (ctx.opt.vflag) out.f("seq {:02x} ", seq);
    }

    const int dst_len = addr_len((fc >> 4) & 0x3);
    const int src_len = addr_len((fc >> 6) & 0x3);
    if (src_len < 0) {
        out.put("[ERROR: Invalid src address mode]");
        return 0;
    }
    if (dst_len < 0) {
        out.put("[ERROR: Invalid dst address mode]");
        return 0;
    }
    if (pan_present) {
        if (caplen < 2) {
            out.put("[ERROR: Truncated before dst_pan]");
            return 0;
        }
        const uint16_t pan = c.le16(p);
        if (ctx.truncated) return 0;
        out.f("{:04x}:", pan);
        p += 2;
        caplen -= 2;
    } else {
        out.put("-:");
    }
    if (caplen < static_cast<uint32_t>(dst_len)) {
        out.put("[ERROR: Truncated before dst_addr]");
        return 0;
    }
    put_addr(ctx, c, p, dst_len);
    if (ctx.truncated) return 0;
    p += static_cast<size_t>(dst_len);
    caplen -= static_cast<uint32_t>(dst_len);
    out.put(" <  -:");
    if (caplen < static_cast<uint32_t>(src_len)) {
        out.put("[ERROR: Truncated before dst_addr]");
        return 0;
    }
    put_addr(ctx, c, p, src_len);
    if (ctx.truncated) return 0;
    out.put(' ');
    p += static_cast<size_t>(src_len);
    caplen -= static_cast<uint32_t>(src_len);

    if (!frame_tail(ctx, c, p, caplen, t)) return 0;
    default_print_len(ctx, c.skip(p), caplen);
    return 1;
}

}  // namespace

uint32_t ieee802_15_4_print(Ctx& ctx, Cursor c, uint32_t caplen) {
    ctx.proto = "802.15.4";
    if (caplen < 2) {
        ctx.print_trunc();
        return caplen;
    }
    const uint16_t fc = c.le16(0);
    if (ctx.truncated) return 0;
    ctx.out.f("IEEE 802.15.4 {} packet ", kFrameTypes[fc & 0x7]);
    switch (fc & 0x7) {
    case 0:
    case 1:
    case 2:
    case 3:
        return std_frame(ctx, c, caplen, fc);
    case 5:
        return mp_frame(ctx, c, caplen, fc);
    default:  // reserved, fragment (its context is in an earlier frame), extended
        return 0;
    }
}

uint32_t ieee802_15_4_if_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "802.15.4_if";
    return ieee802_15_4_print(ctx, c, static_cast<uint32_t>(c.size()));
}

// IEEE 802.15.4 TAP: version, reserved, header length (LE), TLVs, then the frame.
uint32_t ieee802_15_4_tap_if_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "802.15.4_tap";
    const uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < 4) {
        ctx.print_trunc();
        return caplen;
    }
    const uint8_t version = c.u8(0);
    const uint16_t length = c.le16(2);
    if (version != 0 || length < 4) {
        ctx.print_invalid();
        return 0;
    }
    if (caplen < length) {
        ctx.print_trunc();
        return caplen;
    }
    return ieee802_15_4_print(ctx, c.skip(length), caplen - length) + length;
}

}  // namespace rd
