// ATA over Ethernet (EtherType 0x88a2, AoE spec r11) as tcpdump 4.99.3 prints it: the
// version 1 header and its four commands (issue ATA command, query config, MAC mask
// list, reserve/release).
#include "ethertypes_link.hpp"

namespace rd {

namespace {

constexpr uint32_t kCommonHeaderLen = 10;  // up to the command's argument
constexpr uint32_t kIssueArgLen = 12, kQueryArgLen = 8, kMacArgLen = 4, kReserveArgLen = 2;
constexpr uint32_t kMaxConfigString = 1024;
constexpr uint32_t kMacLen = 6;
constexpr uint8_t kFlagError = 0x04;

constexpr Tok kCommands[] = {{0, "Issue ATA Command"}, {1, "Query Config Information"},
                             {2, "MAC Mask List"}, {3, "Reserve/Release"}};
constexpr Tok kFlags[] = {{0x08, "Response"}, {0x04, "Error"}, {0x02, "MBZ-1"}, {0x01, "MBZ-0"}};
constexpr Tok kErrors[] = {{1, "Unrecognized command code"}, {2, "Bad argument parameter"},
                           {3, "Device unavailable"},        {4, "Config string present"},
                           {5, "Unsupported version"},       {6, "Target is reserved"}};
constexpr Tok kAFlags[] = {{0x80, "MBZ-7"}, {0x40, "Ext48"}, {0x20, "MBZ-5"}, {0x10, "Device"},
                           {0x08, "MBZ-3"}, {0x04, "MBZ-2"}, {0x02, "Async"}, {0x01, "Write"}};
constexpr Tok kCCmds[] = {{0, "read config string"}, {1, "test config string"},
                          {2, "test config string prefix"}, {3, "set config string"},
                          {4, "force set config string"}};
constexpr Tok kMCmds[] = {{0, "Read Mac Mask List"}, {1, "Edit Mac Mask List"}};
constexpr Tok kMErrors[] = {{1, "Unspecified Error"}, {2, "Bad DCmd directive"}, {3, "Mask list full"}};
constexpr Tok kDCmds[] = {{0, "No Directive"}, {1, "Add mac address to mask list"},
                          {2, "Delete mac address from mask list"}};
constexpr Tok kRCmds[] = {{0, "Read reserve list"}, {1, "Set reserve list"}, {2, "Force set reserve list"}};

// " (invalid)", then the rest of the message must have been captured.
void invalid(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    ctx.print_invalid();
    c.need(off, len);
}

void issue_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < kIssueArgLen) return invalid(ctx, c, off, len);
    const uint8_t aflags = c.u8(off);
    if (ctx.truncated) return;
    out.put("\n\tAFlags: [");
    put_bits(ctx, kAFlags, aflags, ", ");
    out.put(']');
    static constexpr const char* kFields[] = {", Err/Feature: ", ", Sector Count: ", ", Cmd/Status: ",
                                              "\n\tlba0: ", ", lba1: ", ", lba2: ",
                                              ", lba3: ", ", lba4: ", ", lba5: "};
    for (size_t i = 0; i < std::size(kFields); ++i) {
        const uint8_t v = c.u8(off + 1 + i);
        if (ctx.truncated) return;
        out.put(kFields[i]);
        out.dec(v);
    }
    if (!c.need(off + 10, 2)) return;  // reserved
    len -= kIssueArgLen;
    if (len) out.f("\n\tData: {} bytes", len);
}

void query_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < kQueryArgLen) return invalid(ctx, c, off, len);
    const uint16_t buffers = c.be16(off);
    if (ctx.truncated) return;
    out.f("\n\tBuffer Count: {}", buffers);
    const uint16_t firmware = c.be16(off + 2);
    if (ctx.truncated) return;
    out.f(", Firmware Version: {}", firmware);
    const uint8_t sectors = c.u8(off + 4);
    if (ctx.truncated) return;
    out.f(", Sector Count: {}", sectors);
    const uint8_t ccmd = c.u8(off + 5);
    if (ctx.truncated) return;
    out.f(", AoE: {}, CCmd: ", ccmd >> 4);
    // tcpdump's fallback format lacks its '%': the text is printed as it stands.
    put_tok(ctx, kCCmds, ccmd & 0x0f, "Unknown (0x02x)");
    const uint16_t cslen = c.be16(off + 6);
    if (ctx.truncated) return;
    off += kQueryArgLen;
    len -= kQueryArgLen;
    if (cslen > kMaxConfigString || cslen > len) return invalid(ctx, c, off, len);
    if (cslen) {
        out.f("\n\tConfig String (length {}): ", cslen);
        put_string_n(ctx, c, off, cslen);
    }
}

void mac_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < kMacArgLen) return invalid(ctx, c, off, len);
    const uint8_t mcmd = c.u8(off + 1);
    if (ctx.truncated) return;
    out.put("\n\tMCmd: ");
    put_tok(ctx, kMCmds, mcmd, "Unknown (0x{:02x})");
    const uint8_t merror = c.u8(off + 2);
    if (ctx.truncated) return;
    out.put(", MError: ");
    put_tok(ctx, kMErrors, merror, "Unknown (0x{:02x})");
    const uint8_t dircount = c.u8(off + 3);
    if (ctx.truncated) return;
    out.f(", Dir Count: {}", dircount);
    off += kMacArgLen;
    len -= kMacArgLen;
    if (dircount * 8u > len) return invalid(ctx, c, off, len);
    for (unsigned i = 0; i < dircount && !ctx.truncated; ++i) {
        const uint8_t dcmd = c.u8(off + 1);
        if (ctx.truncated) return;
        out.put("\n\t DCmd: ");
        put_tok(ctx, kDCmds, dcmd, "Unknown (0x{:02x})");
        if (!c.need(off + 2, kMacLen)) return;
        out.put(", Ethernet Address: ");
        put_mac_at(ctx, c, off + 2);
        off += 2 + kMacLen;
    }
}

void reserve_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < kReserveArgLen || (len - kReserveArgLen) % kMacLen) return invalid(ctx, c, off, len);
    const uint8_t rcmd = c.u8(off);
    if (ctx.truncated) return;
    out.put("\n\tRCmd: ");
    put_tok(ctx, kRCmds, rcmd, "Unknown (0x{:02x})");
    const uint8_t nmacs = c.u8(off + 1);
    if (ctx.truncated) return;
    out.f(", NMacs: {}", nmacs);
    off += kReserveArgLen;
    len -= kReserveArgLen;
    if (nmacs * kMacLen != len) return invalid(ctx, c, off, len);
    for (unsigned i = 0; i < nmacs && !ctx.truncated; ++i) {
        if (!c.need(off, kMacLen)) return;
        out.f("\n\tEthernet Address {}: ", i);
        put_mac_at(ctx, c, off);
        off += kMacLen;
    }
}

void v1_print(Ctx& ctx, const Cursor& c, uint32_t len) {
    OutBuf& out = ctx.out;
    if (len < kCommonHeaderLen) return invalid(ctx, c, 0, len);
    const uint8_t flags = c.u8(0) & 0x0f;
    if (ctx.truncated) return;
    out.put(", Flags: [");
    put_bits(ctx, kFlags, flags, ", ");
    out.put(']');
    if (!ctx.opt.vflag) return;
    if (flags & kFlagError) {
        const uint8_t err = c.u8(1);
        if (ctx.truncated) return;
        out.put("\n\tError: ");
        put_tok(ctx, kErrors, err, "Invalid ({})");
    }
    const uint16_t major = c.be16(2);
    if (ctx.truncated) return;
    out.f("\n\tMajor: 0x{:04x}", major);
    const uint8_t minor = c.u8(4);
    if (ctx.truncated) return;
    out.f(", Minor: 0x{:02x}", minor);
    const uint8_t command = c.u8(5);
    if (ctx.truncated) return;
    out.put(", Command: ");
    put_tok(ctx, kCommands, command, "Unknown (0x{:02x})");
    const uint32_t tag = c.be32(6);
    if (ctx.truncated) return;
    out.f(", Tag: 0x{:08x}", tag);
    const uint32_t arg_len = len - kCommonHeaderLen;
    switch (command) {
    case 0: issue_print(ctx, c, kCommonHeaderLen, arg_len); break;
    case 1: query_print(ctx, c, kCommonHeaderLen, arg_len); break;
    case 2: mac_print(ctx, c, kCommonHeaderLen, arg_len); break;
    case 3: reserve_print(ctx, c, kCommonHeaderLen, arg_len); break;
    default: break;
    }
}

}  // namespace

void aoe_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "aoe";
    ctx.out.f("AoE length {}", length);
    if (length < 1) return invalid(ctx, c, 0, length);
    const uint8_t ver = c.u8(0) >> 4;
    if (ctx.truncated) return;
    ctx.out.f(", Ver {}", ver);
    if (ver == 1) v1_print(ctx, c, length);
}

}  // namespace rd
