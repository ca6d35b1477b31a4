// BFD (RFC 5880 control packets, RFC 5881/5883 single and multihop, RFC 7130 LAG);
// echo packets are shown as data.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint16_t kControlPort = 3784;
constexpr uint16_t kEchoPort = 3785;
constexpr uint16_t kMultihopPort = 4784;
constexpr uint16_t kLagPort = 6784;
constexpr uint8_t kFlagAuth = 0x04;

constexpr Tok kPorts[] = {{kControlPort, "Control"}, {kEchoPort, "Echo"},
                          {kMultihopPort, "Multihop"}, {kLagPort, "Lag"}};
constexpr Tok kDiags[] = {
    {0, "No Diagnostic"},          {1, "Control Detection Time Expired"},
    {2, "Echo Function Failed"},   {3, "Neighbor Signaled Session Down"},
    {4, "Forwarding Plane Reset"}, {5, "Path Down"},
    {6, "Concatenated Path Down"}, {7, "Administratively Down"},
    {8, "Reverse Concatenated Path Down"},
};
constexpr Tok kV0Flags[] = {{0x80, "I Hear You"}, {0x40, "Demand"},   {0x20, "Poll"},
                            {0x10, "Final"},      {0x08, "Control Plane Independent"},
                            {0x04, "Authentication Present"},
                            {0x02, "Reserved"},   {0x01, "Reserved"}};
constexpr Tok kV1Flags[] = {{0x20, "Poll"},   {0x10, "Final"},
                            {0x08, "Control Plane Independent"},
                            {0x04, "Authentication Present"},
                            {0x02, "Demand"}, {0x01, "Multipoint"}};
constexpr Tok kV1States[] = {{0, "AdminDown"}, {1, "Down"}, {2, "Init"}, {3, "Up"}};
constexpr Tok kAuthTypes[] = {{1, "Simple Password"}, {2, "Keyed MD5"},
                              {3, "Meticulous Keyed MD5"}, {4, "Keyed SHA1"},
                              {5, "Meticulous Keyed SHA1"}};

// The authentication section after the 24-byte header (RFC 5880 section 4.2-4.4).
void put_auth(Ctx& ctx, const Cursor& c) {
    OutBuf& out = ctx.out;
    const uint8_t type = c.u8(24);
    const uint8_t len = c.u8(25);
    if (ctx.truncated) return;
    out.put("\n\tAuthentication: ");
    put_tok(ctx, kAuthTypes, type, "Unknown");
    out.f(" ({}), length: {}", type, len);
    const uint8_t key_id = c.u8(26);
    if (ctx.truncated) return;
    out.f("\n\t  Auth Key ID: {}", key_id);
    size_t hash_len = 0;
    const char* hash_label = nullptr;
    switch (type) {
    case 1:
        if (len < 4 || len > 19) {
            out.f("[invalid length {}]", len);
            return;
        }
        out.put(", Password: ");
        put_string_n(ctx, c, 27, len - 3u);
        return;
    case 2:
    case 3:
        if (len != 24) {
            out.f("[invalid length {}]", len);
            return;
        }
        hash_len = 16;
        hash_label = "\n\t  Digest: ";
        break;
    case 4:
    case 5:
        if (len != 28) {
            out.f("[invalid length {}]", len);
            return;
        }
        hash_len = 20;
        hash_label = "\n\t  Hash: ";
        break;
    default: return;
    }
    const uint32_t seq = c.be32(28);
    if (ctx.truncated) return;
    out.f(", Sequence Number: 0x{:08x}", seq);
    if (!c.need(32, hash_len)) return;
    out.put(hash_label);
    for (size_t i = 0; i < hash_len; ++i) out.hex(c.u8(32 + i), 2);
}

void put_control_body(Ctx& ctx, const Cursor& c, uint8_t version_diag, uint8_t mult,
                      uint8_t len, uint8_t flags) {
    OutBuf& out = ctx.out;
    const uint8_t diag = version_diag & 0x1f;
    out.put(", Diagnostic: ");
    put_tok(ctx, kDiags, diag, "unknown");
    out.f(" (0x{:02x})", diag);
    const uint32_t tx = c.be32(12);
    if (ctx.truncated) return;
    out.f("\n\tDetection Timer Multiplier: {} ({} ms Detection time), BFD Length: {}", mult,
          static_cast<uint32_t>(mult * tx) / 1000, len);
    const uint32_t mine = c.be32(4);
    if (ctx.truncated) return;
    out.f("\n\tMy Discriminator: 0x{:08x}", mine);
    const uint32_t yours = c.be32(8);
    if (ctx.truncated) return;
    out.f(", Your Discriminator: 0x{:08x}", yours);
    out.f("\n\t  Desired min Tx Interval:    {:4} ms", tx / 1000);
    const uint32_t rx = c.be32(16);
    if (ctx.truncated) return;
    out.f("\n\t  Required min Rx Interval:   {:4} ms", rx / 1000);
    const uint32_t echo = c.be32(20);
    if (ctx.truncated) return;
    out.f("\n\t  Required min Echo Interval: {:4} ms", echo / 1000);
    if (flags & kFlagAuth) put_auth(ctx, c);
}

}  // namespace

void bfd_print(Ctx& ctx, Cursor c, uint32_t length, uint16_t port) {
    OutBuf& out = ctx.out;
    ctx.proto = "bfd";
    if (port != kControlPort && port != kMultihopPort && port != kLagPort) {
        out.put("BFD, ");
        put_tok(ctx, kPorts, port, "unknown ({})");
        out.f(", length: {}", length);
        if (ctx.opt.vflag) print_unknown_data(ctx, c, 0, "\n\t", length);
        return;
    }
    // The whole fixed header is checked first.
    if (!c.need(0, 24)) return;
    const uint8_t version_diag = c.u8(0);
    const uint8_t len = c.u8(3);
    const uint8_t flags = c.u8(1);
    const uint8_t mult = c.u8(2);
    if (ctx.truncated) return;
    const unsigned version = version_diag >> 5;
    switch (version) {
    case 0:
        if (!ctx.opt.vflag) {
            out.put("BFDv0, Control, Flags: [");
            put_bits(ctx, kV0Flags, flags, ", ");
            out.f("], length: {}", length);
            return;
        }
        out.f("BFDv0, length: {}\n\tControl, Flags: [", length);
        put_bits(ctx, kV0Flags, flags, ", ");
        out.put(']');
        put_control_body(ctx, c, version_diag, mult, len, flags);
        return;
    case 1:
        if (!ctx.opt.vflag) {
            out.put("BFDv1, ");
        } else {
            out.f("BFDv1, length: {}\n\t", length);
        }
        put_tok(ctx, kPorts, port, "unknown ({})");
        out.put(", State ");
        put_tok(ctx, kV1States, flags >> 6, "unknown ({})");
        out.put(", Flags: [");
        put_bits(ctx, kV1Flags, flags & 0x3f, ", ");
        out.put(']');
        if (!ctx.opt.vflag) {
            out.f(", length: {}", length);
            return;
        }
        put_control_body(ctx, c, version_diag, mult, len, flags);
        return;
    default:
        out.f("BFDv{}, Control, length: {}", version, length);
        if (ctx.opt.vflag) print_unknown_data(ctx, c, 0, "\n\t", length);
        return;
    }
}

}  // namespace rd
