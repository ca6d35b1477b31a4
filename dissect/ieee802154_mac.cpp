// IEEE 802.15.4 MAC fields as tcpdump 4.99.3 shows them: addresses, the beacon's
// superframe specification, GTS and pending-address lists, the auxiliary security
// header, and MAC command payloads (802.15.4-2015 sections 7.3 to 7.5).
#include "ieee802154_int.hpp"

namespace rd::wpan {

namespace {

constexpr unsigned kModeNone = 0, kModeReserved = 1, kModeShort = 2, kModeLong = 3;

}  // namespace

int addr_len(unsigned mode) {
    switch (mode) {
    case kModeNone: return 0;
    case kModeReserved: return -1;  // the 8-bit mode an amendment had; gone since 2015
    case kModeShort: return 2;
    case kModeLong: return 8;
    default: return 0;
    }
}

void put_addr(Ctx& ctx, const Cursor& c, size_t off, int len) {
    switch (len) {
    case 0:
        ctx.out.put("none");
        break;
    case 2: {
        const uint16_t a = c.le16(off);
        if (!ctx.truncated) ctx.out.hex(a, 4);
        break;
    }
    case 8: {
        const auto b = c.bytes(off, 8);
        if (b.empty()) return;
        for (size_t i = 8; i-- > 0;) {
            ctx.out.hex(b[i], 2);
            if (i) ctx.out.put(':');
        }
        break;
    }
    default: break;
    }
}

void put_hex_bytes(Ctx& ctx, const Cursor& c, size_t off, uint32_t from, uint32_t to) {
    for (uint32_t i = from; i < to && !ctx.truncated; ++i) {
        const uint8_t b = c.u8(off + i);
        if (ctx.truncated) return;
        ctx.out.hex(b, 2);
        ctx.out.put(' ');
    }
}

void superframe_spec(Ctx& ctx, uint16_t ss) {
    if (ctx.opt.vflag < 1) return;
    ctx.out.f("\n\tBeacon order = {}, Superframe order = {}, Final CAP Slot = {}", ss & 0xf,
              (ss >> 4) & 0xf, (ss >> 8) & 0xf);
    if (ss & 0x1000) ctx.out.put(", BLE enabled");
    if (ss & 0x4000) ctx.out.put(", PAN Coordinator");
    if (ss & 0x8000) ctx.out.put(", Association Permit");
}

int gts_info(Ctx& ctx, const Cursor& c, size_t p, uint32_t data_len) {
    const uint8_t spec = c.u8(p);
    if (ctx.truncated) return -1;
    const unsigned count = spec & 0x7;
    if (count == 0) {
        if (ctx.opt.vflag > 0) ctx.out.f("\n\tGTS Descriptor Count = {}, ", count);
        return 1;
    }
    const uint32_t len = 2 + count * 3;
    if (data_len < len) {
        ctx.out.put(" [ERROR: Truncated GTS Info List]");
        return -1;
    }
    if (ctx.opt.vflag < 2) return static_cast<int>(len);
    ctx.out.f("GTS Descriptor Count = {}, ", count);
    const uint8_t mask = c.u8(p + 1);
    if (ctx.truncated) return -1;
    ctx.out.f("GTS Directions Mask = {:02x}, [ ", mask & 0x7f);
    for (unsigned i = 0; i < count && !ctx.truncated; ++i) {
        ctx.out.put("[ ");
        put_addr(ctx, c, p + 2 + i * 3, 2);
        // tcpdump takes the slot byte one early: it overlaps the address.
        const uint8_t slot = c.u8(p + 3 + i * 3);
        if (ctx.truncated) return -1;
        ctx.out.f(", Start slot = {}, Length = {} ] ", slot & 0x0f, (slot >> 4) & 0x0f);
    }
    ctx.out.put("]");
    return static_cast<int>(len);
}

int pending_addresses(Ctx& ctx, const Cursor& c, size_t p, uint32_t data_len) {
    const uint8_t pas = c.u8(p);
    if (ctx.truncated) return -1;
    const unsigned shorts = pas & 0x7, longs = (pas >> 4) & 0x7;
    const uint32_t len = 1 + shorts * 2 + longs * 8;
    if (ctx.opt.vflag > 0)
        ctx.out.f("\n\tPending address list, # short addresses = {}, # extended addresses = {}",
                  shorts, longs);
    if (data_len < len) {
        ctx.out.put(" [ERROR: Pending address list truncated]");
        return -1;
    }
    if (ctx.opt.vflag < 2) return static_cast<int>(len);
    if (shorts != 0) {
        ctx.out.put(", Short address list = [ ");
        for (unsigned i = 0; i < shorts && !ctx.truncated; ++i) {
            put_addr(ctx, c, p + 1 + i * 2, 2);
            ctx.out.put(' ');
        }
        ctx.out.put(']');
    }
    if (longs != 0) {
        ctx.out.put(", Extended address list = [ ");
        for (unsigned i = 0; i < longs && !ctx.truncated; ++i) {
            put_addr(ctx, c, p + 1 + shorts * 2 + i * 8, 8);
            ctx.out.put(' ');
        }
        ctx.out.put(']');
    }
    return static_cast<int>(len);
}

int aux_sec_header(Ctx& ctx, const Cursor& c, size_t p, uint32_t caplen, int& level) {
    OutBuf& out = ctx.out;
    if (caplen < 1) {
        out.put("[ERROR: Truncated before Aux Security Header]");
        return -1;
    }
    const uint8_t sc = c.u8(p);
    if (ctx.truncated) return -1;
    int len = 1;
    level = sc & 0x7;
    const unsigned key_id_mode = (sc >> 3) & 0x3;
    caplen -= 1;
    p += 1;
    if (ctx.opt.vflag > 0) out.f("\n\tSecurity Level {}, Key Id Mode {}, ", level, key_id_mode);
    if ((sc & 0x20) == 0) {  // frame counter not suppressed
        if (caplen < 4) {
            out.put("[ERROR: Truncated before Frame Counter]");
            return -1;
        }
        if (ctx.opt.vflag > 1) {
            const uint32_t fc = c.le32(p);
            if (ctx.truncated) return -1;
            out.f("Frame Counter 0x{:08x} ", fc);
        }
        p += 4;
        caplen -= 4;
        len += 4;
    }
    switch (key_id_mode) {
    case 0:  // implicit key
        if (ctx.opt.vflag > 1) out.put("Implicit");
        return len;
    case 1:  // key index only
        break;
    case 2:  // 4-byte key source
        if (caplen < 4) {
            out.put("[ERROR: Truncated before Key Source]");
            return -1;
        }
        if (ctx.opt.vflag > 1) {
            const uint16_t a = c.le16(p), b = c.le16(p + 2);
            if (ctx.truncated) return -1;
            // tcpdump's format has a typo ("%0x4x"): the second half is bare hex + "4x".
            out.f("KeySource 0x{:04x}:{:x}4x, ", a, b);
        }
        p += 4;
        caplen -= 4;
        len += 4;
        break;
    case 3:  // 8-byte key source; tcpdump steps over only 4 of its bytes
        if (caplen < 8) {
            out.put("[ERROR: Truncated before Key Source]");
            return -1;
        }
        if (ctx.opt.vflag > 1) {
            if (!c.has(p, 8)) {
                c.need(p, 8);
                return -1;
            }
            out.put("KeySource ");
            put_addr(ctx, c, p, 8);
            out.put(", ");
        }
        p += 4;
        caplen -= 4;
        len += 4;
        break;
    default: break;
    }
    if (caplen < 1) {
        out.put("[ERROR: Truncated before Key Index]");
        return -1;
    }
    if (ctx.opt.vflag > 1) {
        const uint8_t idx = c.u8(p);
        if (ctx.truncated) return -1;
        out.f("KeyIndex 0x{:02x}, ", idx);
    }
    return len + 1;
}

namespace {

void association_request(Ctx& ctx, uint8_t cap) {
    OutBuf& out = ctx.out;
    out.put(cap & 0x02 ? "FFD, " : "RFD, ");
    if (cap & 0x04) out.put("AC powered, ");
    if (cap & 0x08) out.put("Receiver on when idle, ");
    if (cap & 0x10) out.put("Fast association, ");
    if (cap & 0x40) out.put("Security supported, ");
    if (cap & 0x80) out.put("Allocate address, ");
}

}  // namespace

int command_data(Ctx& ctx, uint8_t id, const Cursor& c, size_t p, uint32_t caplen) {
    OutBuf& out = ctx.out;
    const int used = static_cast<int>(caplen);
    switch (id) {
    case 0x01: {  // Association Request
        if (caplen != 1) {
            out.put("Invalid Association request command length");
            return -1;
        }
        const uint8_t cap = c.u8(p);
        if (ctx.truncated) return -1;
        association_request(ctx, cap);
        return used;
    }
    case 0x02: {  // Association Response
        if (caplen != 3) {
            out.put("Invalid Association response command length");
            return -1;
        }
        out.put("Short address = ");
        put_addr(ctx, c, p, 2);
        const uint8_t status = c.u8(p + 2);
        if (ctx.truncated) return -1;
        switch (status) {
        case 0x00: out.put(", Association successful"); break;
        case 0x01: out.put(", PAN at capacity"); break;
        case 0x02: out.put(", PAN access denied"); break;
        case 0x03: out.put(", Hooping sequence offset duplication"); break;
        case 0x80: out.put(", Fast association successful"); break;
        default: out.f(", Status = 0x{:02x}", status); break;
        }
        return used;
    }
    case 0x03: {  // Disassociation Notification
        if (caplen != 1) {
            out.put("Invalid Disassociation Notification command length");
            return -1;
        }
        const uint8_t reason = c.u8(p);
        if (ctx.truncated) return -1;
        switch (reason) {
        case 0x00: out.put("Reserved"); break;
        case 0x01: out.put("Reason = The coordinator wishes the device to leave PAN"); break;
        case 0x02: out.put("Reason = The device wishes to leave the PAN"); break;
        default: {
            // tcpdump shows the byte two past the reason (a bug kept for identical text).
            const uint8_t other = c.u8(p + 2);
            if (ctx.truncated) return -1;
            out.f("Reason = 0x{:02x}", other);
            break;
        }
        }
        return used;
    }
    case 0x04:  // Data Request
    case 0x05:  // PAN ID Conflict Notification
    case 0x06:  // Orphan Notification
    case 0x07:  // Beacon Request
        return 0;
    case 0x08: {  // Coordinator Realignment
        if (caplen < 7 || caplen > 8) {
            out.put("Invalid Coordinator Realignment command length");
            return -1;
        }
        const uint16_t pan = c.le16(p);
        if (ctx.truncated) return -1;
        out.f("Pan ID = 0x{:04x}, Coordinator short address = ", pan);
        put_addr(ctx, c, p + 2, 2);
        unsigned channel = c.u8(p + 4);
        const unsigned page = caplen == 8 ? c.u8(p + 7) : 0x80;
        if (ctx.truncated) return -1;
        if (page & 0x80) {
            // No page: its low bits are the channel number's high bits.
            channel |= (page & 0x7f) << 8;
            out.f(", Channel Number = {}", channel);
        } else {
            out.f(", Channel Number = {}, page = {}", channel, page);
        }
        out.put(", Short address = ");
        put_addr(ctx, c, p + 5, 2);
        return used;
    }
    case 0x09: {  // GTS Request
        if (caplen != 1) {
            out.put("Invalid GTS Request command length");
            return -1;
        }
        const uint8_t gts = c.u8(p);
        if (ctx.truncated) return -1;
        out.f("GTS Length = {}, {}, {}", gts & 0xf,
              gts & 0x10 ? "Receive-only GTS" : "Transmit-only GTS",
              gts & 0x20 ? "GTS allocation" : "GTS deallocations");
        return used;
    }
    default:  // the DSME, TRLE, RIT, DBS and vendor commands are not decoded
        out.put("Command Data = ");
        put_hex_bytes(ctx, c, p, 0, caplen);
        return 0;
    }
}

}  // namespace rd::wpan
