// M3UA (RFC 4666), MTP3 user adaptation carried in SCTP DATA chunks (PPID 3): the
// message class and type, then the parameters (tag, length, value) one per line.
#include "sctp.hpp"

namespace rd {

namespace {

constexpr Tok kClasses[] = {
    {0, "Management"}, {1, "Transfer"}, {2, "SS7"}, {3, "ASP"}, {4, "ASP"},
    {9, "Routing Key Management"},
};

constexpr Tok kMgmt[] = {{0, "Error"}, {1, "Notify"}};
constexpr Tok kTransfer[] = {{1, "Data"}};
constexpr Tok kSsnm[] = {
    {1, "Destination Unavailable"},   {2, "Destination Available"},
    {3, "Destination State Audit"},   {4, "Signalling Congestion"},
    {5, "Destination User Part Unavailable"}, {6, "Destination Restricted"},
};
constexpr Tok kAspsm[] = {
    {1, "Up"}, {2, "Down"}, {3, "Heartbeat"}, {4, "Up Acknowledgement"},
    {5, "Down Acknowledgement"}, {6, "Heartbeat Acknowledgement"},
};
constexpr Tok kAsptm[] = {
    {1, "Active"}, {2, "Inactive"}, {3, "Active Acknowledgement"}, {4, "Inactive Acknowledgement"},
};
constexpr Tok kRkm[] = {
    {1, "Registration Request"}, {2, "Registration Response"},
    {3, "Deregistration Request"}, {4, "Deregistration Response"},
};

constexpr Tok kParams[] = {
    {0x0004, "INFO String"},          {0x0006, "Routing Context"},
    {0x0007, "Diagnostic Info"},      {0x0009, "Heartbeat Data"},
    {0x000b, "Traffic Mode Type"},    {0x000c, "Error Code"},
    {0x000d, "Status"},               {0x0011, "ASP Identifier"},
    {0x0012, "Affected Point Code"},  {0x0013, "Correlation ID"},
    {0x0200, "Network Appearance"},   {0x0204, "User/Cause"},
    {0x0205, "Congestion Indications"}, {0x0206, "Concerned Destination"},
    {0x0207, "Routing Key"},          {0x0208, "Registration Result"},
    {0x0209, "Deregistration Result"}, {0x020a, "Local Routing Key Identifier"},
    {0x020b, "Destination Point Code"}, {0x020c, "Service Indicators"},
    {0x020e, "Originating Point Code List"}, {0x0210, "Protocol Data"},
    {0x0212, "Registration Status"},  {0x0213, "Deregistration Status"},
};

constexpr size_t kCommonHdr = 8;
constexpr size_t kParamHdr = 4;

std::span<const Tok> messages_of(uint8_t msg_class) {
    switch (msg_class) {
    case 0: return kMgmt;
    case 1: return kTransfer;
    case 2: return kSsnm;
    case 3: return kAspsm;
    case 4: return kAsptm;
    case 9: return kRkm;
    default: return {};
    }
}

// The value of one parameter at off (size excludes its 4-byte header).
void param_value(Ctx& ctx, const Cursor& c, size_t off, uint16_t tag, uint32_t size) {
    switch (tag) {
    case 0x0200:  // Network Appearance
    case 0x0006:  // Routing Context
    case 0x0013:  // Correlation ID
        if (size < 4) {
            ctx.print_invalid();
            break;
        }
        ctx.out.f("0x{:08x}", c.be32(off));
        break;
    default:
        ctx.out.f("(length {})", size + kParamHdr);
        break;
    }
    c.need(off, size);
}

// Parameters in [off, off + size): each is padded to 4 bytes counted from off.
void params_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t size) {
    size_t p = 0;
    while (p < size) {
        if (p + kParamHdr > size) {
            ctx.print_invalid();
            c.need(off, size);
            return;
        }
        const uint16_t tag = c.be16(off + p);
        ctx.out.put("\n\t\t\t");
        put_tok(ctx, kParams, tag, "Unknown Parameter (0x{:04x})");
        ctx.out.put(": ");
        const uint16_t len = c.be16(off + p + 2);
        if (ctx.truncated) return;
        if (len < kParamHdr) {
            ctx.print_invalid();
            c.need(off, size);
            return;
        }
        const size_t align = (4 - (p + len) % 4) % 4;
        if (!c.need(off + p, len + align)) return;
        // tcpdump hands the value printer the parameter's start, header included.
        param_value(ctx, c, off + p, tag, len - kParamHdr);
        p += len + align;
    }
}

}  // namespace

void m3ua_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "m3ua";
    if (length < kCommonHdr) {
        ctx.print_invalid();
        c.need(0, length);
        return;
    }
    if (!c.need(0, kCommonHdr)) return;
    if (c.u8(0) != 1) return;  // only release 1.0
    const uint8_t msg_class = c.u8(2);
    const uint8_t msg_type = c.u8(3);
    ctx.out.put("\n\t\t");
    put_tok(ctx, kClasses, msg_class, "Unknown message class {}");
    const auto dict = messages_of(msg_class);
    if (!dict.empty()) {
        ctx.out.put(' ');
        put_tok(ctx, dict, msg_type, "Unknown (0x{:02x})");
        ctx.out.put(" Message");
    }
    const uint32_t len = c.be32(4);
    if (length != len)
        ctx.out.f("\n\t\t\t@@@@@@ Corrupted length {} of message @@@@@@", len);
    else
        params_print(ctx, c, kCommonHdr, len - static_cast<uint32_t>(kCommonHdr));
}

}  // namespace rd
