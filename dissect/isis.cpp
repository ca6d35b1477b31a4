// IS-IS (ISO 10589) PDUs: the common header, the hello, LSP and sequence-number PDU
// headers, and the TLV loop (the TLV bodies are in isis_tlv.cpp).
#include "isoclns.hpp"

namespace rd::osi {

namespace {

constexpr Tok kPduTypes[] = {{15, "L1 Lan IIH"}, {16, "L2 Lan IIH"}, {17, "p2p IIH"},
                             {18, "L1 LSP"},     {20, "L2 LSP"},     {24, "L1 CSNP"},
                             {25, "L2 CSNP"},    {26, "L1 PSNP"},    {27, "L2 PSNP"}};

constexpr Tok kTlvNames[] = {
    {1, "Area address(es)"},
    {2, "IS Reachability"},
    {3, "ES Neighbor(s)"},
    {4, "Partition DIS"},
    {5, "Prefix Neighbors"},
    {6, "IS Neighbor(s)"},
    {7, "Instance Identifier"},
    {8, "Padding"},
    {9, "LSP entries"},
    {10, "Authentication"},
    {12, "Checksum"},
    {13, "Purge Originator Identifier"},
    {14, "LSP Buffersize"},
    {22, "Extended IS Reachability"},
    {24, "IS Alias ID"},
    {42, "DECnet Phase IV"},
    {66, "Lucent Proprietary"},
    {128, "IPv4 Internal Reachability"},
    {129, "Protocols supported"},
    {130, "IPv4 External Reachability"},
    {131, "Inter-Domain Information Type"},
    {132, "IPv4 Interface address(es)"},
    {133, "IPv4 authentication (deprecated)"},
    {134, "Traffic Engineering Router ID"},
    {135, "Extended IPv4 Reachability"},
    {138, "Shared Risk Link Group"},
    {143, "Multi-Topology-Aware Port Capability"},
    {144, "Multi-Topology Capability"},
    {176, "Nortel Proprietary"},
    {177, "Nortel Proprietary"},
    {137, "Hostname"},
    {211, "Restart Signaling"},
    {222, "Multi Topology IS Reachability"},
    {229, "Multi Topology"},
    {232, "IPv6 Interface address(es)"},
    {235, "Multi-Topology IPv4 Reachability"},
    {236, "IPv6 reachability"},
    {237, "Multi-Topology IP6 Reachability"},
    {240, "Point-to-point Adjacency State"},
    {241, "Hello PDU Sequence Number"},
    {242, "IS-IS Router Capability"},
    {250, "Vendor Private"},
};

constexpr Tok kCircuitTypes[] = {{1, "Level 1 only"}, {2, "Level 2 only"}, {3, "Level 1, Level 2"}};
constexpr Tok kLspIsTypes[] = {
    {0, "Unused 0x0 (invalid)"}, {1, "L1 IS"}, {2, "Unused 0x2 (invalid)"}, {3, "L2 IS"}};

constexpr size_t kCommonLen = 8;
constexpr size_t kLanIihLen = 19, kPtpIihLen = 12, kLspLen = 19, kCsnpLen = 25, kPsnpLen = 9;

// Bytes of the PDU-specific header for a type, 0 for types without one.
size_t specific_len(uint8_t type) {
    switch (type) {
    case 15:
    case 16: return kLanIihLen;
    case 17: return kPtpIihLen;
    case 18:
    case 20: return kLspLen;
    case 24:
    case 25: return kCsnpLen;
    case 26:
    case 27: return kPsnpLen;
    default: return 0;
    }
}

// The LSP header's flags octet (at 26 from the NLPID).
void lsp_flags(Ctx& ctx, uint8_t t) {
    OutBuf& out = ctx.out;
    out.put((t & 0x04) ? "Overload bit set, " : "");
    if (t & 0x78) {
        if (t & 0x08) out.put("default ");
        if (t & 0x10) out.put("delay ");
        if (t & 0x20) out.put("expense ");
        if (t & 0x40) out.put("error ");
        out.put("ATT bit set, ");
    }
    if (t & 0x80) out.put("P bit set, ");
    put_tok(ctx, kLspIsTypes, t & 0x03, "Unknown(0x{:x})");
    out.put(" ]");
}

enum class Hdr { Tlvs, Done, Fail };

// The PDU-specific header at -v; returns whether to go on with the TLVs. pdu_len is
// read by the caller.
void specific_verbose(Ctx& ctx, const Cursor& c, uint8_t type, uint16_t pdu_len, uint32_t length) {
    OutBuf& out = ctx.out;
    const Cursor h = c.skip(kCommonLen);
    switch (type) {
    case 15:
    case 16:
        out.put("\n\t  source-id: ");
        put_id(ctx, h, 1, kSysIdLen);
        out.f(",  holding time: {}s, Flags: [", h.be16(7));
        put_tok(ctx, kCircuitTypes, h.u8(0), "unknown circuit type 0x{:02x}");
        out.put("]\n\t  lan-id:    ");
        put_id(ctx, h, 12, kNodeIdLen);
        out.f(", Priority: {}, PDU length: {}", h.u8(11) & 0x7f, pdu_len);
        break;
    case 17:
        out.put("\n\t  source-id: ");
        put_id(ctx, h, 1, kSysIdLen);
        out.f(", holding time: {}s, Flags: [", h.be16(7));
        put_tok(ctx, kCircuitTypes, h.u8(0), "unknown circuit type 0x{:02x}");
        out.f("]\n\t  circuit-id: 0x{:02x}, PDU length: {}", h.u8(11), pdu_len);
        break;
    case 18:
    case 20: {
        out.put("\n\t  lsp-id: ");
        put_id(ctx, h, 4, kLspIdLen);
        const uint16_t cksum = h.be16(16);
        out.f(", seq: 0x{:08x}, lifetime: {:5}s\n\t  chksum: 0x{:04x}", h.be32(12), h.be16(2), cksum);
        put_cksum(ctx, h.skip(4), cksum, 12, length - 12);
        out.f(", PDU length: {}, Flags: [ ", pdu_len);
        lsp_flags(ctx, h.u8(18));
        break;
    }
    case 24:
    case 25:
        out.put("\n\t  source-id:    ");
        put_id(ctx, h, 2, kNodeIdLen);
        out.f(", PDU length: {}", pdu_len);
        out.put("\n\t  start lsp-id: ");
        put_id(ctx, h, 9, kLspIdLen);
        out.put("\n\t  end lsp-id:   ");
        put_id(ctx, h, 17, kLspIdLen);
        break;
    default:
        out.put("\n\t  source-id:    ");
        put_id(ctx, h, 2, kNodeIdLen);
        out.f(", PDU length: {}", pdu_len);
        break;
    }
}

// The PDU-specific header: checks, the one-line form, the -v form.
Hdr specific_header(Ctx& ctx, const Cursor& c, uint8_t type, uint8_t fixed_len, uint32_t& length,
                    uint32_t& packet_len) {
    OutBuf& out = ctx.out;
    const size_t slen = specific_len(type);
    if (slen == 0) {
        if (ctx.opt.vflag == 0) {
            out.f(", length {}", length);
            return Hdr::Done;
        }
        print_unknown_data(ctx, c, kCommonLen, "\n\t  ", length);
        return Hdr::Fail;
    }
    if (fixed_len != kCommonLen + slen) {
        const bool psnp = type == 26 || type == 27;
        const bool lsp = type == 18 || type == 20;
        out.f("{} bogus fixed header length {} should be {}", psnp ? "-" : ",", fixed_len,
              lsp ? slen : kCommonLen + slen);
        return Hdr::Fail;
    }
    if (!c.has(kCommonLen, slen) || length < kCommonLen + slen) {
        ctx.print_trunc();
        return Hdr::Done;
    }
    const Cursor h = c.skip(kCommonLen);
    if (ctx.opt.vflag == 0) {
        switch (type) {
        case 15:
        case 16:
            out.put(", src-id ");
            put_id(ctx, h, 1, kSysIdLen);
            out.put(", lan-id ");
            put_id(ctx, h, 12, kNodeIdLen);
            out.f(", prio {}", h.u8(11));
            break;
        case 17:
            out.put(", src-id ");
            put_id(ctx, h, 1, kSysIdLen);
            break;
        case 18:
        case 20:
            out.put(", lsp-id ");
            put_id(ctx, h, 4, kLspIdLen);
            out.f(", seq 0x{:08x}, lifetime {:5}s", h.be32(12), h.be16(2));
            break;
        default:
            out.put(", src-id ");
            put_id(ctx, h, 2, kNodeIdLen);
            break;
        }
        out.f(", length {}", length);
        return Hdr::Done;
    }
    // pdu_len sits at offset 0 of every specific header except the hellos (8 there).
    const bool hello = type == 15 || type == 16 || type == 17;
    const uint16_t pdu_len = h.be16(hello ? 9 : 0);
    if (packet_len > pdu_len) {
        packet_len = pdu_len;
        length = pdu_len;
    }
    specific_verbose(ctx, c, type, pdu_len, length);
    if (ctx.opt.vflag > 1 && !unknown_data(ctx, c, kCommonLen, "\n\t  ", slen)) return Hdr::Fail;
    if (packet_len < kCommonLen + slen) {
        out.f(" [packet length {} < {}]", packet_len, kCommonLen + slen);
        ctx.print_invalid();
        return Hdr::Done;
    }
    packet_len -= static_cast<uint32_t>(kCommonLen + slen);
    return Hdr::Tlvs;
}

}  // namespace

bool isis_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "isis";
    OutBuf& out = ctx.out;
    uint32_t packet_len = length;
    if (!c.has(0, kCommonLen) || length < kCommonLen) {
        ctx.print_trunc();
        return true;
    }
    if (!ctx.opt.eflag) out.put("IS-IS");
    const uint8_t version = c.u8(2);
    if (version != 1) {
        out.f("version {} packet not supported", version);
        return false;
    }
    const uint8_t id_len = c.u8(3);
    if (id_len != kSysIdLen && id_len != 0) {
        out.f("system ID length of {} is not supported", id_len);
        return false;
    }
    const uint8_t pdu_version = c.u8(5);
    if (pdu_version != 1) {
        out.f("version {} packet not supported", pdu_version);
        return false;
    }
    const uint8_t fixed_len = c.u8(1);
    if (length < fixed_len) {
        out.f("fixed header length {} > packet length {}", fixed_len, length);
        return false;
    }
    if (fixed_len < kCommonLen) {
        out.f("fixed header length {} < minimum header size {}", fixed_len, kCommonLen);
        return false;
    }
    const uint8_t pdu_max_area = c.u8(7);
    if (pdu_max_area == 255) {
        out.put("bad packet -- 255 areas");
        return false;
    }
    const uint8_t max_area = pdu_max_area == 0 ? 3 : pdu_max_area;
    const uint8_t sys_id_len = 6;  // 0 means 6; anything else was refused above
    const uint8_t type = c.u8(4);
    if (ctx.opt.vflag == 0) {
        out.put(ctx.opt.eflag ? "" : ", ");
        put_tok(ctx, kPduTypes, type, "unknown PDU-Type {}");
    } else {
        out.f("{}length {}\n\t", ctx.opt.eflag ? "" : ", ", length);
        put_tok(ctx, kPduTypes, type, "unknown, type {}");
        out.f(", hlen: {}, v: {}, pdu-v: {}, sys-id-len: {} ({}), max-area: {} ({})", fixed_len, version,
              pdu_version, sys_id_len, id_len, max_area, pdu_max_area);
        if (ctx.opt.vflag > 1 && !unknown_data(ctx, c, 0, "\n\t", 8)) return false;
    }

    switch (specific_header(ctx, c, type, fixed_len, length, packet_len)) {
    case Hdr::Done: return true;
    case Hdr::Fail: return false;
    case Hdr::Tlvs: break;
    }

    size_t p = kCommonLen + specific_len(type);
    while (packet_len > 0 && !ctx.truncated) {
        if (!c.has(p, 2) || packet_len < 2) {
            ctx.print_trunc();
            return true;
        }
        const uint8_t tlv_type = c.u8(p), tlv_len = c.u8(p + 1);
        p += 2;
        packet_len -= 2;
        out.put("\n\t    ");
        put_tok(ctx, kTlvNames, tlv_type, "unknown");
        out.f(" TLV #{}, length: {}", tlv_type, tlv_len);
        if (packet_len < tlv_len) {
            ctx.print_trunc();
            return true;
        }
        switch (isis_tlv(ctx, c, p, tlv_type, tlv_len, length)) {
        case TlvEnd::Next: break;
        case TlvEnd::Trunc: ctx.print_trunc(); return true;
        case TlvEnd::Done: return true;
        case TlvEnd::Fail: return false;
        }
        if (ctx.opt.vflag > 1 && !unknown_data(ctx, c, p, "\n\t      ", tlv_len)) return false;
        p += tlv_len;
        packet_len -= tlv_len;
    }
    return true;
}

}  // namespace rd::osi
