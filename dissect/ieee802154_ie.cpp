// IEEE 802.15.4-2015 information elements as tcpdump 4.99.3 shows them: the header IE
// list, the payload IE list (MLME nested IEs, vendor, 802.15.9 multiplexed, IETF), and
// their contents, which tcpdump decodes only above -vvv.
#include "ieee802154_int.hpp"

namespace rd::wpan {

namespace {

// Header IE element IDs (Table 7-7); the rest print as "Reserved 0xNN".
constexpr Tok kHeaderIes[] = {
    {0x00, "Vendor Specific Header IE"},
    {0x1a, "LE CSL IE"},
    {0x1b, "LE RIT IE"},
    {0x1c, "DSME PAN descriptor IE"},
    {0x1d, "Rendezvous Time IE"},
    {0x1e, "Time Correction IE"},
    {0x21, "Extended DSME PAN descriptor IE"},
    {0x22, "Fragment Sequence Context Description IE"},
    {0x23, "Simplified Superframe Specification IE"},
    {0x24, "Simplified GTS Specification IE"},
    {0x25, "LECIM Capabilities IE"},
    {0x26, "TRLE Descriptor IE"},
    {0x27, "RCC Capabilities IE"},
    {0x28, "RCCN Descriptor IE"},
    {0x29, "Global Time IE"},
    {0x2a, "Omnibus Header IE"},
    {0x2b, "DA IE"},
    {0x7e, "Header Termination 1 IE"},
    {0x7f, "Header Termination 2 IE"},
};

// Payload IE group IDs (Table 7-15).
constexpr Tok kPayloadIes[] = {
    {0x0, "ESDU IE"},         {0x1, "MLME IE"},
    {0x2, "Vendor Specific Nested IE"}, {0x3, "Multiplexed IE (802.15.9)"},
    {0x4, "Omnibus Payload Group IE"},  {0x5, "IETF IE"},
    {0xf, "List termination"},
};

// MLME short-format sub-IDs (Table 7-16); 0x00-0x0f are "Reserved for long format 0xN".
constexpr Tok kMlmeShort[] = {
    {0x1a, "TSCH Synchronization IE"},
    {0x1b, "TSCH Slotframe and Link IE"},
    {0x1c, "TSCH Timeslot IE"},
    {0x1d, "Hopping timing IE"},
    {0x1e, "Enhanced Beacon Filter IE"},
    {0x1f, "MAC Metrics IE"},
    {0x20, "All MAC Metrics IE"},
    {0x21, "Coexistence Specification IE"},
    {0x22, "SUN Device Capabilities IE"},
    {0x23, "SUN FSK Generic PHY IE"},
    {0x24, "Mode Switch Parameter IE"},
    {0x25, "PHY Parameter Change IE"},
    {0x26, "O-QPSK PHY Mode IE"},
    {0x27, "PCA Allocation IE"},
    {0x28, "LECIM DSSS Operating Mode IE"},
    {0x29, "LECIM FSK Operating Mode IE"},
    {0x2b, "TVWS PHY Operating Mode Description IE"},
    {0x2c, "TVWS Device Capabilities IE"},
    {0x2d, "TVWS Device Category IE"},
    {0x2e, "TVWS Device Identiication IE"},
    {0x2f, "TVWS Device Location IE"},
    {0x30, "TVWS Channel Information Query IE"},
    {0x31, "TVWS Channel Information Source IE"},
    {0x32, "CTM IE"},
    {0x33, "Timestamp IE"},
    {0x34, "Timestamp Difference IE"},
    {0x35, "TMCTP Specification IE"},
    {0x36, "RCC PHY Operating Mode IE"},
};

// MLME long-format sub-IDs (Table 7-17).
constexpr Tok kMlmeLong[] = {{0x08, "Vendor Specific MLME Nested IE"}, {0x09, "Channel Hopping IE"}};

void put_header_ie_name(Ctx& ctx, unsigned id) {
    if (const char* n = tok_lookup(kHeaderIes, id)) ctx.out.put(n);
    else ctx.out.f("Reserved 0x{:02x}", id);
}

void put_mlme_name(Ctx& ctx, bool long_form, unsigned id) {
    if (long_form) {
        if (const char* n = tok_lookup(kMlmeLong, id)) ctx.out.put(n);
        else ctx.out.f("Reserved 0x{:02x}", id);
    } else if (id < 0x10) {
        ctx.out.f("Reserved for long format 0x{:x}", id);
    } else if (const char* n = tok_lookup(kMlmeShort, id)) {
        ctx.out.put(n);
    } else {
        ctx.out.f("Reserved 0x{:02x}", id);
    }
}

// "OUI = 0xXXXXXX, Data = .." of vendor specific IEs.
void vendor_ie(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    if (len < 3) {
        ctx.out.put("[ERROR: Vendor OUI missing]");
        return;
    }
    const uint8_t a = c.u8(p), b = c.u8(p + 1), d = c.u8(p + 2);
    if (ctx.truncated) return;
    ctx.out.f("OUI = 0x{:02x}{:02x}{:02x}, Data = ", a, b, d);
    put_hex_bytes(ctx, c, p, 3, len);
}

void ie_data(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    ctx.out.put("IE Data = ");
    put_hex_bytes(ctx, c, p, 0, len);
}

// DSME PAN descriptor (0x1c) and its extended form (0x21).
void dsme_pan_descriptor(Ctx& ctx, const Cursor& c, size_t p, uint32_t ie_len, bool extended) {
    OutBuf& out = ctx.out;
    if (ie_len < 2) {
        out.put("[ERROR: Truncated DSME PAN IE]");
        return;
    }
    uint16_t ss = c.le16(p);
    if (ctx.truncated) return;
    superframe_spec(ctx, ss);
    if (ie_len < 3) {
        out.put("[ERROR: Truncated before pending addresses field]");
        return;
    }
    uint32_t ptr = 2;
    const int plen = pending_addresses(ctx, c, p + ptr, ie_len - ptr);
    if (plen < 0 || ctx.truncated) return;
    ptr += static_cast<uint32_t>(plen);
    bool hopping = false;
    if (extended) {
        if (ie_len < ptr + 2) {
            out.put("[ERROR: Truncated before DSME Superframe Specification]");
            return;
        }
        ss = c.le16(p + ptr);
        if (ctx.truncated) return;
        ptr += 2;
        out.f("Multi-superframe Order = {}, {}", ss & 0xff,
              ss & 0x100 ? "Channel hopping mode" : "Channel adaptation mode");
        if (ss & 0x400) out.put(", CAP reduction enabled");
        if (ss & 0x800) out.put(", Deferred beacon enabled");
        if (ss & 0x1000) {
            out.put(", Hopping Sequence Present");
            hopping = true;
        }
    } else {
        if (ie_len < ptr + 1) {
            out.put("[ERROR: Truncated before DSME Superframe Specification]");
            return;
        }
        ss = c.u8(p + ptr);
        if (ctx.truncated) return;
        ptr++;
        out.f("Multi-superframe Order = {}, {}", ss & 0x0f,
              ss & 0x10 ? "Channel hopping mode" : "Channel adaptation mode");
        if (ss & 0x40) out.put(", CAP reduction enabled");
        if (ss & 0x80) out.put(", Deferred beacon enabled");
    }
    if (ie_len < ptr + 8) {
        out.put(" [ERROR: Truncated before Time synchronization specification]");
        return;
    }
    const uint64_t ts = c.le64(p + ptr) & 0xffffffffffffULL;  // 6 bytes, then a 2-byte offset
    const uint16_t offset = c.le16(p + ptr + 6);
    if (ctx.truncated) return;
    out.f("Beacon timestamp = {}, offset = {}", ts, offset);
    ptr += 8;
    if (ie_len < ptr + 4) {
        out.put(" [ERROR: Truncated before Beacon Bitmap]");
        return;
    }
    uint32_t ulen = c.le16(p + ptr + 2);
    const uint16_t sd_index = c.le16(p + ptr);
    if (ctx.truncated) return;
    out.f("SD Index = {}, Bitmap len = {}, ", sd_index, ulen);
    ptr += 4;
    if (ie_len < ptr + ulen) {
        out.put(" [ERROR: Truncated in SD bitmap]");
        return;
    }
    out.put(" SD Bitmap = ");
    put_hex_bytes(ctx, c, p + ptr, 0, ulen);
    if (ctx.truncated) return;
    ptr += ulen;
    if (ie_len < ptr + 5) {
        out.put(" [ERROR: Truncated before Channel hopping specification]");
        return;
    }
    ulen = c.le16(p + ptr + 4);
    const uint8_t seq_id = c.u8(p + ptr), bsn = c.u8(p + ptr + 1);
    const uint16_t ch_off = c.le16(p + ptr + 2);
    if (ctx.truncated) return;
    out.f("Hopping Seq ID = {}, PAN Coordinator BSN = {}, Channel offset = {}, Bitmap length = {}, ",
          seq_id, bsn, ch_off, ulen);
    ptr += 5;
    if (ie_len < ptr + ulen) {
        out.put(" [ERROR: Truncated in Channel offset bitmap]");
        return;
    }
    out.put(" Channel offset bitmap = ");
    put_hex_bytes(ctx, c, p + ptr, 0, ulen);
    if (ctx.truncated) return;
    ptr += ulen;
    if (!hopping) return;
    if (ie_len < ptr + 1) {
        out.put(" [ERROR: Truncated in Hopping Sequence length]");
        return;
    }
    ulen = c.u8(p + ptr);
    if (ctx.truncated) return;
    ptr++;
    out.f("Hopping Seq length = {} [ ", ulen);
    if (ie_len < ptr + ulen * 2) {
        out.put(" [ERROR: Truncated in Channel offset bitmap]");
        return;
    }
    for (uint32_t i = 0; i < ulen && !ctx.truncated; ++i) {
        const uint16_t ch = c.le16(p + ptr + i * 2);
        if (!ctx.truncated) out.f("{:02x} ", ch);
    }
    out.put("]");
}

// Contents of one header IE (-vvvv).
void header_ie(Ctx& ctx, const Cursor& c, size_t p, uint32_t ie_len, unsigned id) {
    OutBuf& out = ctx.out;
    switch (id) {
    case 0x00:
        vendor_ie(ctx, c, p, ie_len);
        break;
    case 0x1a:  // LE CSL
        if (ie_len < 4) {
            out.put("[ERROR: Truncated CSL IE]");
        } else {
            const uint16_t phase = c.le16(p), period = c.le16(p + 2);
            if (ctx.truncated) return;
            out.f("CSL Phase = {}, CSL Period = {}", phase, period);
            if (ie_len >= 6) {
                const uint16_t rt = c.le16(p + 4);
                if (ctx.truncated) return;
                out.f(", Rendezvous time = {}", rt);
            }
            if (ie_len != 4 && ie_len != 6) out.put(" [ERROR: CSL IE length wrong]");
        }
        break;
    case 0x1b:  // LE RIT
        if (ie_len < 4) {
            out.put("[ERROR: Truncated RIT IE]");
        } else {
            const uint8_t first = c.u8(p), repeat = c.u8(p + 1);
            const uint16_t interval = c.le16(p + 2);
            if (ctx.truncated) return;
            out.f("Time to First Listen = {}, # of Repeat Listen = {}, Repeat Listen Interval = {}",
                  first, repeat, interval);
        }
        break;
    case 0x1c:
    case 0x21:
        dsme_pan_descriptor(ctx, c, p, ie_len, id == 0x21);
        break;
    case 0x1d:  // Rendezvous time
        if (ie_len != 4) {
            out.put("[ERROR: Length != 2]");
        } else {
            const uint16_t rt = c.le16(p), wu = c.le16(p + 2);
            if (ctx.truncated) return;
            out.f("Rendezvous time = {}, Wake-up Interval = {}", rt, wu);
        }
        break;
    case 0x1e:  // Time correction
        if (ie_len != 2) {
            out.put("[ERROR: Length != 2]");
        } else {
            const uint16_t val = c.le16(p);
            if (ctx.truncated) return;
            if (val & 0x8000) out.put("Negative ");
            // 12-bit two's complement value.
            int corr = val & 0xfff;
            if (corr & 0x800) corr -= 0x1000;
            out.f("Ack time correction = {}, ", corr);
        }
        break;
    default:
        ie_data(ctx, c, p, ie_len);
        break;
    }
}

// Multiplexed IE (802.15.9) contents.
void mpx_ie(Ctx& ctx, const Cursor& c, size_t p, uint32_t ie_len) {
    OutBuf& out = ctx.out;
    if (ie_len < 1) {
        out.put("[ERROR: Transaction control byte missing]");
        return;
    }
    const uint8_t tc = c.u8(p);
    if (ctx.truncated) return;
    const unsigned transfer = tc & 0x7, tid = tc >> 3;
    uint32_t data_start = 0;
    switch (transfer) {
    case 0x00:
    case 0x01:
        out.f("Type = Full upper layer fragment{}, ", transfer == 1 ? " with small Multiplex ID" : "");
        if (transfer == 0) {
            if (ie_len < 3) {
                out.put("[ERROR: Multiplex ID missing]");
                return;
            }
            data_start = 3;
            const uint16_t mid = c.le16(p + 1);
            if (ctx.truncated) return;
            out.f("tid = 0x{:02x}, Multiplex ID = 0x{:04x}, ", tid, mid);
        } else {
            data_start = 1;
            out.f("Multiplex ID = 0x{:04x}, ", tid);
        }
        break;
    case 0x02:
    case 0x04: {
        if (ie_len < 2) {
            out.put("[ERROR: fragment number missing]");
            return;
        }
        const uint8_t frag = c.u8(p + 1);
        if (ctx.truncated) return;
        out.f("Type = {}, tid = 0x{:02x}, fragment = 0x{:02x}, ",
              transfer == 2 ? (frag == 0 ? "First fragment" : "Middle fragment") : "Last fragment",
              tid, frag);
        data_start = 2;
        if (frag == 0) {
            if (ie_len < 6) {
                out.put("[ERROR: Total upper layer size or multiplex ID missing]");
                return;
            }
            const uint16_t total = c.le16(p + 2), mid = c.le16(p + 4);
            if (ctx.truncated) return;
            out.f("Total upper layer size = 0x{:04x}, Multiplex ID = 0x{:04x}, ", total, mid);
            data_start = 6;
        }
        break;
    }
    case 0x06:  // abort
        if (ie_len == 1) {
            out.f("Type = Abort, tid = 0x{:02x}, no max size given", tid);
        } else if (ie_len == 3) {
            const uint16_t mx = c.le16(p + 1);
            if (ctx.truncated) return;
            out.f("Type = Abort, tid = 0x{:02x}, max size = 0x{:04x}", tid, mx);
        } else {
            out.f("Type = Abort, tid = 0x{:02x}, invalid length = {} (not 1 or 3)", tid, ie_len);
            out.put("Abort data = ");
            put_hex_bytes(ctx, c, p, 1, ie_len);
        }
        return;
    default:  // 3, 5, 7: reserved
        out.f("Type = {} (Reserved), tid = 0x{:02x}, ", transfer, tid);
        data_start = 1;
        break;
    }
    out.put("Upper layer data = ");
    put_hex_bytes(ctx, c, p, data_start, ie_len);
}

// TSCH slotframe and link IE.
void tsch_slotframes(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < 1) {
        out.put("[ERROR: Truncated IE]");
        return;
    }
    const unsigned frames = c.u8(p);
    if (ctx.truncated) return;
    out.f("Slotframes = {} ", frames);
    uint32_t off = 1;
    for (unsigned i = 0; i < frames && !ctx.truncated; ++i) {
        if (len < off + 4) {
            out.put("[ERROR: Truncated IE before slotframes]");
            break;
        }
        const unsigned links = c.u8(p + off + 3);
        const uint8_t handle = c.u8(p + off);
        const uint16_t size = c.le16(p + off + 1);
        if (ctx.truncated) return;
        out.f("\n\t\t\t[ Handle {}, size = {}, links = {} ", handle, size, links);
        off += 4;
        for (unsigned j = 0; j < links && !ctx.truncated; ++j) {
            if (len < off + 5) {
                out.put("[ERROR: Truncated IE links]");
                break;
            }
            const uint8_t opts = c.u8(p + off + 4);
            const uint16_t slot = c.le16(p + off), choff = c.le16(p + off + 2);
            if (ctx.truncated) return;
            out.f("\n\t\t\t\t[ Timeslot =  {}, Offset = {}, Options = ", slot, choff);
            if (opts & 0x1) out.put("TX ");
            if (opts & 0x2) out.put("RX ");
            if (opts & 0x4) out.put("Shared ");
            if (opts & 0x8) out.put("Timekeeping ");
            if (opts & 0x10) out.put("Priority ");
            off += 5;
            out.put("] ");
        }
        out.put("] ");
    }
}

void tsch_timeslot(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len == 1) {
        const uint8_t id = c.u8(p);
        if (!ctx.truncated) out.f("Time slot ID = {} ", id);
        return;
    }
    if (len == 25 || len == 27) {
        uint32_t v[13];
        v[0] = c.u8(p);
        for (int i = 1; i < 11; ++i) v[i] = c.le16(p + 1 + (i - 1) * 2);
        if (len == 25) {
            v[11] = c.le16(p + 21);
            v[12] = c.le16(p + 23);
        } else {  // the last two fields are 3 bytes long
            v[11] = c.le16(p + 21) | uint32_t{c.u8(p + 23)} << 16;
            v[12] = c.le16(p + 24) | uint32_t{c.u8(p + 26)} << 16;
        }
        if (ctx.truncated) return;
        out.f("Time slot ID = {}, CCA Offset = {}, CCA = {}, TX Offset = {}, RX Offset = {}, "
              "RX Ack Delay = {}, TX Ack Delay = {}, RX Wait = {}, Ack Wait = {}, RX TX = {}, "
              "Max Ack = {}, Max TX = {}, Time slot Length = {} ",
              v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
        return;
    }
    out.put("[ERROR: Length not 1, 25, or 27]\n\t\t\tIE Data = ");
    put_hex_bytes(ctx, c, p, 0, len);
}

// Channel hopping IE (MLME long sub-ID 9).
void channel_hopping(Ctx& ctx, const Cursor& c, size_t p, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < 1) {
        out.put("[ERROR: Hopping sequence ID missing]");
        return;
    }
    const uint8_t seq_id = c.u8(p);
    if (ctx.truncated) return;
    out.f("Hopping Sequence ID = {}", seq_id);
    if (len == 1) return;
    p++;
    len--;
    if (len < 7) {
        out.put("[ERROR: IE truncated]");
        return;
    }
    const unsigned page = c.u8(p);
    const unsigned channels = c.le16(p + 1);
    if (ctx.truncated) return;
    out.f("Channel Page = {}, Number of Channels = {}, ", page, channels);
    const uint32_t phy = c.le32(p + 3);
    if (ctx.truncated) return;
    out.f("Phy Configuration = 0x{:08x}, ", phy);
    p += 7;
    len -= 7;
    if (page == 9 || page == 10) {
        const uint32_t n = (channels + 7) / 8;
        if (len < n) {
            out.put("[ERROR: IE truncated]");
            return;
        }
        out.put("Extended bitmap = 0x");
        for (uint32_t i = 0; i < n && !ctx.truncated; ++i) {
            const uint8_t b = c.u8(p + i);
            if (!ctx.truncated) out.hex(b, 2);
        }
        if (ctx.truncated) return;
        out.put(", ");
        p += n;
        len -= n;
    }
    if (len < 2) {
        out.put("[ERROR: IE truncated]");
        return;
    }
    const uint32_t hops = c.le16(p);
    if (ctx.truncated) return;
    p += 2;
    len -= 2;
    out.f("Hopping Seq length = {} [ ", hops);
    if (len < hops * 2) {
        out.put(" [ERROR: IE truncated]");
        return;
    }
    for (uint32_t i = 0; i < hops && !ctx.truncated; ++i) {
        const uint16_t ch = c.le16(p + i * 2);
        if (!ctx.truncated) out.f("{:02x} ", ch);
    }
    if (ctx.truncated) return;
    out.put("]");
    p += hops * 2;
    len -= hops * 2;
    if (len < 2) {
        out.put("[ERROR: IE truncated]");
        return;
    }
    const uint16_t cur = c.le16(p);
    if (!ctx.truncated) out.f("Current hop = {}", cur);
}

void mlme_ie(Ctx& ctx, const Cursor& c, size_t p, uint32_t len, unsigned sub_id) {
    OutBuf& out = ctx.out;
    switch (sub_id) {
    case 0x08:
        vendor_ie(ctx, c, p, len);
        break;
    case 0x09:
        channel_hopping(ctx, c, p, len);
        break;
    case 0x1a: {  // TSCH synchronization
        if (len < 6) out.put("[ERROR: Length != 6]");
        const uint64_t asn = c.le32(p) | uint64_t{c.u8(p + 4)} << 32;
        const uint8_t metric = c.u8(p + 5);
        if (ctx.truncated) return;
        out.f("ASN = {:010x}, Join Metric = {} ", asn, metric);
        break;
    }
    case 0x1b:
        tsch_slotframes(ctx, c, p, len);
        break;
    case 0x1c:
        tsch_timeslot(ctx, c, p, len);
        break;
    default:
        ie_data(ctx, c, p, len);
        break;
    }
}

// Nested IEs inside an MLME payload IE.
void mlme_ie_list(Ctx& ctx, const Cursor& c, size_t p, uint16_t ie_len) {
    OutBuf& out = ctx.out;
    do {
        if (ie_len < 2) {
            out.put("[ERROR: Truncated MLME IE]");
            return;
        }
        const uint16_t ie = c.le16(p);
        if (ctx.truncated) return;
        const bool long_form = ie & 0x8000;
        const uint16_t sub_len = long_form ? ie & 0x3ff : ie & 0xff;
        const unsigned sub_id = long_form ? (ie >> 11) & 0x0f : (ie >> 8) & 0x7f;
        p += 2;
        out.put("\n\t\t");
        put_mlme_name(ctx, long_form, sub_id);
        out.f(" [ length = {}, ", sub_len);
        if (ie_len < 2 + sub_len) {
            out.put("[ERROR: Truncated IE data]");
            return;
        }
        if (sub_len != 0) {
            if (ctx.opt.vflag > 3) mlme_ie(ctx, c, p, sub_len, sub_id);
            else if (ctx.opt.vflag > 2) ie_data(ctx, c, p, sub_len);
            if (ctx.truncated) return;
        }
        out.put("] ");
        p += sub_len;
        ie_len = static_cast<uint16_t>(ie_len - 2 - sub_len);
    } while (ie_len > 0);
}

}  // namespace

int header_ie_list(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen, bool& payload_ies) {
    OutBuf& out = ctx.out;
    payload_ies = false;
    int len = 0;
    do {
        if (caplen < 2) {
            out.put("[ERROR: Truncated header IE]");
            return -1;
        }
        const uint16_t ie = c.le16(p);
        if (ctx.truncated) return -1;
        if (ie & 0x8000) out.put("[ERROR: Header IE with type 1] ");
        const uint32_t ie_len = ie & 0x7f;
        const unsigned id = (ie >> 7) & 0xff;
        if (id > 127) {
            out.f("Reserved Element ID {:02x}, length = {} ", id, ie_len);
        } else {
            out.put("\n\t");
            put_header_ie_name(ctx, id);
            if (ie_len == 0) out.put(" [");
            else out.f(" [ length = {}, ", ie_len);
        }
        if (caplen < 2 + ie_len) {
            out.put("[ERROR: Truncated IE data]");
            return -1;
        }
        p += 2;
        if (ie_len != 0) {
            if (ctx.opt.vflag > 3) header_ie(ctx, c, p, ie_len, id);
            else ie_data(ctx, c, p, ie_len);
            if (ctx.truncated) return -1;
        }
        out.put("] ");
        len += static_cast<int>(2 + ie_len);
        p += ie_len;
        caplen -= 2 + ie_len;
        if (id == 0x7e) {  // header termination 1: payload IEs follow
            payload_ies = true;
            break;
        }
        if (id == 0x7f) break;
    } while (caplen > 0);
    return len;
}

int payload_ie_list(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen) {
    OutBuf& out = ctx.out;
    int len = 0;
    do {
        if (caplen < 2) {
            out.put("[ERROR: Truncated header IE]");
            return -1;
        }
        const uint16_t ie = c.le16(p);
        if (ctx.truncated) return -1;
        if ((ie & 0x8000) == 0) out.put("[ERROR: Payload IE with type 0] ");
        const uint32_t ie_len = ie & 0x3ff;
        const unsigned group = (ie >> 11) & 0x0f;
        p += 2;
        out.put("\n\t");
        put_tok(ctx, kPayloadIes, group, "Reserved 0x{:02x}");
        if (ie_len == 0) out.put(" [");
        else out.f(" [ length = {}, ", ie_len);
        if (caplen < 2 + ie_len) {
            out.put("[ERROR: Truncated IE data]");
            return -1;
        }
        if (ctx.opt.vflag > 3 && ie_len != 0) {
            switch (group) {
            case 0x1:
                mlme_ie_list(ctx, c, p, static_cast<uint16_t>(ie_len));
                break;
            case 0x2:
                vendor_ie(ctx, c, p, ie_len);
                break;
            case 0x3:
                mpx_ie(ctx, c, p, ie_len);
                break;
            case 0x5: {
                if (ie_len < 1) {
                    out.put("[ERROR: Subtype ID missing]");
                    break;
                }
                const uint8_t sub = c.u8(p);
                if (ctx.truncated) return -1;
                out.f("Subtype ID = 0x{:02x}, Subtype content = ", sub);
                put_hex_bytes(ctx, c, p, 1, ie_len);
                break;
            }
            default:
                ie_data(ctx, c, p, ie_len);
                break;
            }
        } else if (ie_len != 0) {
            ie_data(ctx, c, p, ie_len);
        }
        if (ctx.truncated) return -1;
        out.put("]\n\t");
        len += static_cast<int>(2 + ie_len);
        p += ie_len;
        caplen -= 2 + ie_len;
        if (group == 0xf) break;
    } while (caplen > 0);
    return len;
}

}  // namespace rd::wpan
