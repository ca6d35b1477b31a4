// Spanning tree BPDUs: 802.1D STP, 802.1w RSTP, 802.1s MSTP (with MSTI records) and
// 802.1aq SPB (version 4). Also reached by SNAP for Cisco PVST+ and bridged BPDUs.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint8_t kProtoStp = 0x00, kProtoRstp = 0x02, kProtoMstp = 0x03, kProtoSpb = 0x04;
constexpr uint8_t kBpduConfig = 0x00, kBpduRstp = 0x02;

constexpr uint32_t kBpduLen = 36;         // config BPDU with the version-1 length byte
constexpr uint32_t kMstpMinLen = 102;
constexpr uint32_t kSpbMinLen = 87;
constexpr uint32_t kMstiLen = 16;
constexpr uint32_t kMstConfigInfoLen = 64;  // v3 length covered before the MSTI records

// Offsets in an MSTP BPDU.
constexpr size_t kV1Len = 35, kV3Len = 36, kConfigName = 39, kConfigRev = 71, kConfigDigest = 73,
                 kCistIntPathCost = 89, kCistBridgeId = 93, kCistHops = 101, kMstiStart = 102;
// Offsets in the SPB part (from its v4 length field).
constexpr size_t kSpbName = 3, kSpbRev = 35, kSpbDigest = 37, kSpbAgreement = 53, kSpbFormat = 55,
                 kSpbConvention = 56, kSpbEdge = 57, kSpbAgreementDigest = 67;

constexpr Tok kProtocols[] = {
    {kProtoStp, "802.1d"}, {kProtoRstp, "802.1w"}, {kProtoMstp, "802.1s"}, {kProtoSpb, "802.1aq"},
};

constexpr Tok kBpduTypes[] = {
    {kBpduConfig, "Config"}, {kBpduRstp, "Rapid STP"}, {0x80, "Topology Change"},
};

constexpr Tok kFlags[] = {
    {0x01, "Topology change"}, {0x02, "Proposal"}, {0x10, "Learn"},
    {0x20, "Forward"},         {0x40, "Agreement"}, {0x80, "Topology change ACK"},
};

constexpr const char* kPortRoles[] = {"Unknown", "Alternate", "Root", "Designated"};

const char* port_role(uint8_t flags) { return kPortRoles[(flags >> 2) & 0x03]; }

// A bridge ID as "8000.00:11:22:33:44:55", all of it read before any is printed.
struct BridgeId {
    uint8_t b[8];
};

BridgeId read_bridge_id(const Cursor& c, size_t off) {
    BridgeId id{};
    const auto s = c.bytes(off, 8);
    for (size_t i = 0; i < s.size(); ++i) id.b[i] = s[i];
    return id;
}

void put_bridge_id(Ctx& ctx, const BridgeId& id) {
    ctx.out.f("{:02x}{:02x}.{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", id.b[0], id.b[1], id.b[2],
              id.b[3], id.b[4], id.b[5], id.b[6], id.b[7]);
}

// Timers count 1/256 s; tcpdump prints them as floats with two decimals.
void put_timers(Ctx& ctx, const Cursor& c) {
    const float age = static_cast<float>(c.be16(27)) / 256;
    const float max_age = static_cast<float>(c.be16(29)) / 256;
    const float hello = static_cast<float>(c.be16(31)) / 256;
    const float fwd = static_cast<float>(c.be16(33)) / 256;
    if (ctx.truncated) return;
    ctx.out.f("\n\tmessage-age {:.2f}s, max-age {:.2f}s, hello-time {:.2f}s, forwarding-delay {:.2f}s",
              static_cast<double>(age), static_cast<double>(max_age), static_cast<double>(hello),
              static_cast<double>(fwd));
}

void put_flags(Ctx& ctx, uint8_t flags) { put_bits(ctx, kFlags, flags, ", "); }

void config_bpdu(Ctx& ctx, const Cursor& c, uint32_t length, uint8_t version) {
    const uint8_t flags = c.u8(4);
    if (ctx.truncated) return;
    ctx.out.put(", Flags [");
    put_flags(ctx, flags);
    ctx.out.put(']');

    const BridgeId bridge = read_bridge_id(c, 17);
    const uint16_t port = c.be16(25);
    if (ctx.truncated) return;
    ctx.out.put(", bridge-id ");
    put_bridge_id(ctx, bridge);
    ctx.out.f(".{:04x}, length {}", port, length);
    if (!ctx.opt.vflag) return;

    put_timers(ctx, c);
    const BridgeId root = read_bridge_id(c, 5);
    const uint32_t cost = c.be32(13);
    if (ctx.truncated) return;
    ctx.out.put("\n\troot-id ");
    put_bridge_id(ctx, root);
    ctx.out.f(", root-pathcost {}", cost);
    if (version == kProtoRstp) ctx.out.f(", port-role {}", port_role(flags));
}

void mstp_bpdu(Ctx& ctx, const Cursor& c, uint32_t length) {
    const uint8_t flags = c.u8(4);
    if (ctx.truncated) return;
    ctx.out.put(", CIST Flags [");
    put_flags(ctx, flags);
    ctx.out.f("], length {}", length);
    if (!ctx.opt.vflag) return;

    ctx.out.f("\n\tport-role {}, ", port_role(flags));
    const BridgeId root = read_bridge_id(c, 5);
    const uint32_t ext_cost = c.be32(13);
    if (ctx.truncated) return;
    ctx.out.put("CIST root-id ");
    put_bridge_id(ctx, root);
    ctx.out.f(", CIST ext-pathcost {}", ext_cost);

    const BridgeId regional = read_bridge_id(c, 17);
    if (ctx.truncated) return;
    ctx.out.put("\n\tCIST regional-root-id ");
    put_bridge_id(ctx, regional);
    ctx.out.put(", ");
    const uint16_t port = c.be16(25);
    if (ctx.truncated) return;
    ctx.out.f("CIST port-id {:04x},", port);

    put_timers(ctx, c);
    const uint16_t v3len = c.be16(kV3Len);
    if (ctx.truncated) return;
    ctx.out.f("\n\tv3len {}, ", v3len);
    ctx.out.put("MCID Name ");
    put_string_nul_padded(ctx, c, kConfigName, 32);
    const uint16_t rev = c.be16(kConfigRev);
    const auto digest = c.bytes(kConfigDigest, 16);
    if (ctx.truncated) return;
    ctx.out.f(", rev {},\n\t\tdigest ", rev);
    for (uint8_t b : digest) ctx.out.hex(b, 2);
    ctx.out.put(", ");
    const uint32_t int_cost = c.be32(kCistIntPathCost);
    if (ctx.truncated) return;
    ctx.out.f("CIST int-root-pathcost {},", int_cost);
    const BridgeId bridge = read_bridge_id(c, kCistBridgeId);
    if (ctx.truncated) return;
    ctx.out.put("\n\tCIST bridge-id ");
    put_bridge_id(ctx, bridge);
    ctx.out.put(", ");
    const uint8_t hops = c.u8(kCistHops);
    if (ctx.truncated) return;
    ctx.out.f("CIST remaining-hops {}", hops);

    if (v3len <= kMstConfigInfoLen) return;
    uint32_t left = v3len - kMstConfigInfoLen;
    for (size_t off = kMstiStart; left >= kMstiLen && !ctx.truncated; off += kMstiLen, left -= kMstiLen) {
        const uint16_t msti = c.be16(off + 1) & 0x0fff;
        const uint8_t mflags = c.u8(off);
        if (ctx.truncated) return;
        ctx.out.f("\n\tMSTI {}, Flags [", msti);
        put_flags(ctx, mflags);
        ctx.out.f("], port-role {}", port_role(mflags));
        const BridgeId mroot = read_bridge_id(c, off + 1);
        const uint32_t mcost = c.be32(off + 9);
        if (ctx.truncated) return;
        ctx.out.put("\n\t\tMSTI regional-root-id ");
        put_bridge_id(ctx, mroot);
        ctx.out.f(", pathcost {}", mcost);
        const uint8_t bprio = c.u8(off + 13), pprio = c.u8(off + 14), mhops = c.u8(off + 15);
        if (ctx.truncated) return;
        ctx.out.f("\n\t\tMSTI bridge-prio {}, port-prio {}, hops {}", bprio >> 4, pprio >> 4, mhops);
    }
}

void spb_bpdu(Ctx& ctx, const Cursor& c, size_t off) {
    if (!ctx.opt.vflag) return;
    const uint16_t v4len = c.be16(off);
    if (ctx.truncated) return;
    ctx.out.f("\n\tv4len {}, ", v4len);
    ctx.out.put("AUXMCID Name ");
    put_string_nul_padded(ctx, c, off + kSpbName, 32);
    const uint16_t rev = c.be16(off + kSpbRev);
    const auto digest = c.bytes(off + kSpbDigest, 16);
    if (ctx.truncated) return;
    ctx.out.f(", Rev {},\n\t\tdigest ", rev);
    for (uint8_t b : digest) ctx.out.hex(b, 2);

    const uint8_t agreement = c.u8(off + kSpbAgreement);
    const uint8_t format = c.u8(off + kSpbFormat);
    const uint8_t convention = c.u8(off + kSpbConvention);
    const uint16_t edges = c.be16(off + kSpbEdge);
    const auto adigest = c.bytes(off + kSpbAgreementDigest, 20);
    if (ctx.truncated) return;
    // The "cap" values are the whole byte, as tcpdump shows them.
    ctx.out.f("\n\tAgreement num {}, Discarded Agreement num {}, Agreement valid-flag {},"
              "\n\tRestricted role-flag: {}, Format id {} cap {}, Convention id {} cap {},"
              "\n\tEdge count {}, Agreement digest ",
              agreement >> 6, (agreement >> 4) & 0x3, (agreement >> 3) & 0x1, (agreement >> 2) & 0x1,
              format >> 4, format, convention >> 4, convention, edges);
    for (uint8_t b : adigest) ctx.out.hex(b, 2);
}

}  // namespace

void stp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "stp";
    if (length < 4) {
        ctx.print_invalid();
        return;
    }
    const uint16_t proto_id = c.be16(0);
    if (ctx.truncated) return;
    if (proto_id != 0) {
        ctx.out.f("unknown STP version, length {}", length);
        return;
    }
    const uint8_t version = c.u8(2);
    if (ctx.truncated) return;
    ctx.out.put("STP ");
    put_tok(ctx, kProtocols, version, "Unknown STP protocol (0x{:02x})");
    if (version > kProtoSpb || version == 1) return;

    const uint8_t type = c.u8(3);
    if (ctx.truncated) return;
    ctx.out.put(", ");
    put_tok(ctx, kBpduTypes, type, "Unknown BPDU Type (0x{:02x})");

    if (type == kBpduConfig) {
        if (length < kBpduLen - 1) return ctx.print_invalid();
        config_bpdu(ctx, c, length, version);
    } else if (type == kBpduRstp) {
        if (version == kProtoRstp) {
            if (length < kBpduLen) return ctx.print_invalid();
            config_bpdu(ctx, c, length, version);
        } else if (version == kProtoMstp || version == kProtoSpb) {
            if (length < kMstpMinLen) return ctx.print_invalid();
            const uint8_t v1len = c.u8(kV1Len);
            if (ctx.truncated) return;
            if (v1len != 0) return ctx.print_invalid();
            const uint32_t mstp_len = c.be16(kV3Len) + 2u;  // with the length field itself
            if (ctx.truncated) return;
            if (length < kBpduLen + mstp_len) return ctx.print_invalid();
            mstp_bpdu(ctx, c, length);
            if (version == kProtoSpb) {
                const uint32_t spb_len = c.be16(kV3Len + mstp_len) + 2u;
                if (ctx.truncated) return;
                if (length < kBpduLen + mstp_len + spb_len || spb_len < kSpbMinLen)
                    return ctx.print_invalid();
                spb_bpdu(ctx, c, kBpduLen + mstp_len);
            }
        }
    }
}

}  // namespace rd
