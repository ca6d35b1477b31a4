// ITU-T Q.933 (and Q.931-style) signalling carried in Frame Relay under NLPID 0x08:
// call reference, message type and the information elements, with the LMI ones
// (report type, link verify, PVC status) decoded.
#include "fr.hpp"

namespace rd {

namespace {

constexpr Tok kMessages[] = {
    {0x00, "ESC to National"}, {0x01, "Alert"},          {0x02, "Call proceeding"},
    {0x07, "Connect"},         {0x0f, "Connect ACK"},    {0x03, "Progress"},
    {0x05, "Setup"},           {0x45, "Disconnect"},     {0x4d, "Release"},
    {0x5a, "Release Complete"}, {0x46, "Restart"},       {0x4e, "Restart ACK"},
    {0x7d, "Status Reply"},    {0x75, "Status Enquiry"},
};

enum : uint8_t {
    kAnsiReportType = 0x01, kAnsiLinkVerify91 = 0x19, kAnsiLinkVerify = 0x03,
    kAnsiPvcStatus = 0x07, kCcittReportType = 0x51, kCcittLinkVerify = 0x53,
    kCcittPvcStatus = 0x57,
};
// The IE names of codesets 0 and 5 (the only ones known).
constexpr Tok kIes[] = {
    {kAnsiReportType, "ANSI Report Type"}, {kAnsiLinkVerify91, "ANSI Link Verify"},
    {kAnsiLinkVerify, "ANSI Link Verify"}, {kAnsiPvcStatus, "ANSI PVC Status"},
    {kCcittReportType, "CCITT Report Type"}, {kCcittLinkVerify, "CCITT Link Verify"},
    {kCcittPvcStatus, "CCITT PVC Status"},
};
constexpr Tok kReportTypes[] = {{0, "Full Status"}, {1, "Link verify"}, {2, "Async PVC Status"}};

bool is_shift(uint8_t ie) { return (ie & 0xf0) == 0x90; }
bool shift_locks(uint8_t ie) { return (ie & 0x08) == 0; }

// An IE of codeset 0 or 5 with len bytes at off; false when it has no decoder.
bool known_ie(Ctx& ctx, const Cursor& c, size_t off, uint8_t code, uint32_t len) {
    OutBuf& out = ctx.out;
    const bool v = ctx.opt.vflag != 0;
    switch (code) {
    case kAnsiReportType:
    case kCcittReportType:
        if (v) {
            const uint8_t t = c.u8(off);
            put_tok(ctx, kReportTypes, t, "unknown");
            out.f(" ({})", t);
        }
        return true;
    case kAnsiLinkVerify:
    case kCcittLinkVerify:
    case kAnsiLinkVerify91:
        if (!v) out.put(", ");
        if (len < 2) {
            out.put("Invalid LINK VERIFY IE");
            return true;
        }
        out.f("TX Seq: {:3d}, RX Seq: {:3d}", c.u8(off), c.u8(off + 1));
        return true;
    case kAnsiPvcStatus:
    case kCcittPvcStatus: {
        if (!v) out.put(", ");
        auto b = [&](size_t i) { return c.u8(off + i); };
        const bool bad = len < 3 || (b(0) & 0x80) || (len == 3 && !(b(1) & 0x80)) ||
                         (len == 4 && ((b(1) & 0x80) || !(b(2) & 0x80))) ||
                         (len == 5 && ((b(1) & 0x80) || (b(2) & 0x80) || !(b(3) & 0x80))) ||
                         len > 5 || !(b(len - 1) & 0x80);
        if (bad) {
            out.put("Invalid DLCI in PVC STATUS IE");
            return true;
        }
        uint32_t dlci = uint32_t(b(0) & 0x3f) << 4 | uint32_t(b(1) & 0x78) >> 3;
        if (len == 4)
            dlci = dlci << 6 | uint32_t(b(2) & 0x7e) >> 1;
        else if (len == 5)
            dlci = dlci << 13 | uint32_t(b(2) & 0x7f) | uint32_t(b(3) & 0x7e) >> 1;
        const uint8_t st = b(len - 1);
        out.f("DLCI {}: status {}{}", dlci, (st & 0x8) ? "New, " : "", (st & 0x2) ? "Active" : "Inactive");
        return true;
    }
    default: return false;
    }
}

}  // namespace

void q933_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "q.933";
    OutBuf& out = ctx.out;
    const bool e = ctx.opt.eflag;
    const bool v = ctx.opt.vflag != 0;
    out.put(e ? "" : "Q.933");
    const uint32_t olen = length;
    auto short_header = [&](uint32_t shown) {
        if (!e) out.put(", ");
        out.f("length {}", shown);
        ctx.print_trunc();
    };
    if (length == 0 || !c.has(0, 1)) {
        short_header(length);
        return;
    }
    const uint32_t call_ref_len = c.u8(0) & 0x0f;
    size_t p = 1;
    --length;
    uint8_t call_ref[15];
    for (uint32_t i = 0; i < call_ref_len; ++i) {
        if (length == 0 || !c.has(p, 1)) {
            short_header(olen);
            return;
        }
        call_ref[i] = c.u8(p);
        ++p;
        --length;
    }
    if (length == 0 || !c.has(p, 1)) {
        short_header(olen);
        return;
    }
    const uint8_t msgtype = c.u8(p);
    ++p;
    --length;

    // A shift right after the message type sets the codeset (locking shift to 5: ANSI).
    int non_locking = 0;
    uint32_t codeset = 0, unshift = 0;
    bool ansi = false;
    if (length != 0) {
        if (!c.has(p, 1)) {
            short_header(olen);
            return;
        }
        const uint8_t ie = c.u8(p);
        if (is_shift(ie)) {
            ++p;
            --length;
            codeset = ie & 7;
            if (shift_locks(ie)) {
                if (codeset == 5) ansi = true;
            } else {
                non_locking = 1;
                unshift = 0;
            }
        }
    }
    if (!e) out.put(", ");
    out.f("{}, codeset {}", ansi ? "ANSI" : "CCITT", codeset);
    if (call_ref_len != 0) {
        // tcpdump tests the octet after the header here, not the call reference itself.
        if (call_ref_len > 1 || c.u8(p) != 0) {
            out.put(", Call Ref: 0x");
            for (uint32_t i = 0; i < call_ref_len; ++i) out.f("{:02x}", call_ref[i]);
        }
    }
    const char* name = tok_lookup(kMessages, msgtype);
    if (v)
        out.f(", {} (0x{:02x}), length {}", name ? name : "unknown message", msgtype, olen);
    else if (name)
        out.f(", {}", name);
    else
        out.f(", unknown message 0x{:02x}", msgtype);

    auto trunc_ie = [&] {
        if (!v) out.f(", length {}", olen);
        ctx.print_trunc();
    };
    while (length != 0) {
        if (non_locking == 1) {
            non_locking = 2;
        } else if (non_locking == 2) {
            codeset = unshift;
            non_locking = 0;
        }
        if (!c.has(p, 1)) {
            trunc_ie();
            return;
        }
        const uint8_t code = c.u8(p);
        ++p;
        --length;
        if (code & 0x80) {  // single-octet IE: only shifts matter
            if (is_shift(code)) {
                if (shift_locks(code)) {
                    non_locking = 0;
                } else {
                    non_locking = 1;
                    unshift = codeset;
                }
                codeset = code & 7;
            }
            continue;
        }
        if (length == 0 || !c.has(p, 1)) {
            trunc_ie();
            return;
        }
        const uint32_t ie_len = c.u8(p);
        ++p;
        --length;
        const bool codeset_known = codeset == 0 || codeset == 5;
        if (v) {
            const char* n = codeset_known ? tok_lookup(kIes, code) : nullptr;
            out.f("\n\t{} IE (0x{:02x}), length {}: ", n ? n : "unknown", code, ie_len);
        }
        if (code == 0 || ie_len == 0) return;
        if (length < ie_len || !c.has(p, ie_len)) {
            trunc_ie();
            return;
        }
        const bool known = codeset_known && known_ie(ctx, c, p, code, ie_len);
        if (known) {
            if (ctx.opt.vflag > 1) print_unknown_data(ctx, c, p, "\n\t  ", ie_len);
        } else if (v) {
            print_unknown_data(ctx, c, p, "\n\t", ie_len);
        }
        length -= ie_len;
        p += ie_len;
    }
    if (!v) out.f(", length {}", olen);
}

}  // namespace rd
