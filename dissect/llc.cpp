// IEEE 802.2 LLC (after an 802.3 length field, SLL's 802.2 protocol, Jumbo frames...)
// and the SNAP header that follows DSAP=SSAP=0xAA: SAP/OUI/PID dispatch and tcpdump's
// text for frames it cannot decode further.
#include "protos.hpp"

namespace rd {

namespace {

// SAP values (the I/G and C/R bits masked off).
enum : uint8_t {
    kSapGlobal = 0xff,
    kSapIp = 0x06,
    kSapStp = 0x42,
    kSapSnap = 0xaa,
    kSapIpx = 0xe0,
    kSapNetbeui = 0xf0,
    kSapIsoNs = 0xfe,
};
constexpr uint8_t kIgBit = 0x01;   // DSAP: group address
constexpr uint8_t kCrBit = 0x01;   // SSAP: response
constexpr uint16_t kUPoll = 0x10;  // P/F bit in a U-format control byte
constexpr uint16_t kIsPoll = 0x0100;  // P/F bit in an I/S-format control word
constexpr uint16_t kUi = 0x03;
constexpr uint16_t kXid = 0xaf;
constexpr uint8_t kXidFormat = 0x81;

constexpr Tok kSaps[] = {
    {0x00, "Null"},  {0xff, "Global"},    {0x02, "802.1B I"}, {0x03, "802.1B G"},
    {0x06, "IP"},    {0x04, "SNA"},       {0x0e, "ProWay NM"}, {0x42, "STP"},
    {0x4e, "RS511"}, {0x7e, "ISO8208"},   {0x8e, "ProWay"},   {0xaa, "SNAP"},
    {0xe0, "IPX"},   {0xf0, "NetBeui"},   {0xfe, "OSI"},
};

constexpr Tok kUCommands[] = {
    {0x03, "ui"}, {0xe3, "test"}, {0xaf, "xid"}, {0x63, "ua"},
    {0x43, "disc"}, {0x0f, "dm"}, {0x6f, "sabme"}, {0x87, "frmr"},
};

// C/R bit of the SSAP combined with the P/F bit of the control field.
constexpr Tok kFlags[] = {
    {0, "Command"}, {kCrBit, "Response"},
    {kUPoll, "Poll"}, {kCrBit | kUPoll, "Final"},
    {kIsPoll, "Poll"}, {kCrBit | kIsPoll, "Final"},
};

constexpr Tok kSupervisory[] = {
    {0, "Receiver Ready"}, {1, "Receiver not Ready"}, {2, "Reject"},
};

// SNAP protocol IDs under the OUIs tcpdump knows.
constexpr uint32_t kOuiEther = 0x000000, kOuiCisco = 0x00000c, kOuiCisco90 = 0x0000f8,
                   kOuiRfc2684 = 0x0080c2, kOuiAppletalk = 0x080007;

constexpr Tok kCiscoPids[] = {
    {0x2000, "CDP"}, {0x2003, "VTP"}, {0x2004, "DTP"},
    {0x0111, "UDLD"}, {0x010b, "PVST"}, {0x010c, "VLAN Bridge"},
};

constexpr Tok kBridgedPids[] = {
    {0x0001, "Ethernet + FCS"},     {0x0007, "Ethernet w/o FCS"},
    {0x0002, "802.4 + FCS"},        {0x0008, "802.4 w/o FCS"},
    {0x0003, "Token Ring + FCS"},   {0x0009, "Token Ring w/o FCS"},
    {0x0004, "FDDI + FCS"},         {0x000a, "FDDI w/o FCS"},
    {0x0005, "802.6 + FCS"},        {0x000b, "802.6 w/o FCS"},
    {0x000e, "BPDU"},
};

const char* sap_name(uint8_t sap) { return tok_lookup(kSaps, sap); }

// The PID's name under the OUI's table ("Unknown" when the OUI has none or lacks it).
const char* pid_name(uint32_t oui, uint16_t pid) {
    const char* n = nullptr;
    switch (oui) {
    case kOuiEther:
    case kOuiCisco90:
    case kOuiAppletalk:
        n = ethertype_name(pid);
        break;
    case kOuiCisco:
        n = tok_lookup(kCiscoPids, pid);
        break;
    case kOuiRfc2684:
        n = tok_lookup(kBridgedPids, pid);
        break;
    default:
        break;
    }
    return n ? n : "Unknown";
}

const char* oui_text(uint32_t oui) {
    const char* n = oui_name(oui);
    return n ? n : "Unknown";
}

void raw_dump(Ctx& ctx, const Cursor& c) { default_print_unsuppressed(ctx, c.rest()); }

void put_sap_or_unknown(Ctx& ctx, uint8_t sap, const char* what) {
    if (const char* n = sap_name(sap))
        ctx.out.put(n);
    else
        ctx.out.f("Unknown {} 0x{:02x}", what, sap);
}

bool have_addrs(const LinkAddrs& a) { return a.src.size() == 6 && a.dst.size() == 6; }

void put_addrs(Ctx& ctx, const LinkAddrs& a) {
    ctx.names.mac(ctx.out, a.src.first<6>());
    ctx.out.put(" > ");
    ctx.names.mac(ctx.out, a.dst.first<6>());
}

}  // namespace

int llc_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs) {
    ctx.proto = "llc";
    const uint32_t caplen = static_cast<uint32_t>(c.size());
    if (caplen < 3 || length < 3) {
        ctx.print_trunc();
        raw_dump(ctx, c);
        return static_cast<int>(caplen < 3 ? caplen : length);
    }
    const uint8_t dsap_field = c.u8(0);
    const uint8_t ssap_field = c.u8(1);
    uint16_t control = c.u8(2);
    bool is_u = true;
    uint32_t hdrlen = 3;
    if ((control & 0x03) != 0x03) {
        // I and S frames have a two-byte, little-endian control field.
        if (caplen < 4 || length < 4) {
            ctx.print_trunc();
            raw_dump(ctx, c);
            return static_cast<int>(caplen < 4 ? caplen : length);
        }
        control = c.le16(2);
        is_u = false;
        hdrlen = 4;
    }

    if (ssap_field == kSapGlobal && dsap_field == kSapGlobal) {
        // Novell "raw 802.3": IPX right after the length field (its checksum 0xFFFF).
        if (ctx.opt.eflag) ctx.out.put("IPX 802.3: ");
        ipx_print(ctx, c, length);
        return 0;
    }

    const uint8_t dsap = dsap_field & ~kIgBit;
    const uint8_t ssap = ssap_field & ~kCrBit;
    if (ctx.opt.eflag) {
        const char* dn = sap_name(dsap);
        const char* sn = sap_name(ssap);
        ctx.out.f("LLC, dsap {} (0x{:02x}) {}, ssap {} (0x{:02x}) {}", dn ? dn : "Unknown", dsap,
                  (dsap_field & kIgBit) ? "Group" : "Individual", sn ? sn : "Unknown", ssap,
                  (ssap_field & kCrBit) ? "Response" : "Command");
        if (is_u)
            ctx.out.f(", ctrl 0x{:02x}: ", control);
        else
            ctx.out.f(", ctrl 0x{:04x}: ", control);
    }

    Cursor p = c.skip(hdrlen);
    length -= hdrlen;

    if (ssap == kSapSnap && dsap == kSapSnap && control == kUi) {
        const int n = static_cast<int>(hdrlen + 5);
        return snap_print(ctx, p, length, addrs, 2) ? n : -n;
    }
    if (ssap == kSapStp && dsap == kSapStp && control == kUi) {
        stp_print(ctx, p, length);
        return static_cast<int>(hdrlen);
    }
    if (ssap == kSapIp && dsap == kSapIp && control == kUi) {
        ip_print(ctx, p, length);  // RFC 948 IP over 802.2
        return static_cast<int>(hdrlen);
    }
    if (ssap == kSapIpx && dsap == kSapIpx && control == kUi) {
        if (ctx.opt.eflag) ctx.out.put("IPX 802.2: ");
        ipx_print(ctx, p, length);
        return static_cast<int>(hdrlen);
    }
    // NetBEUI frames get no printer of their own: Debian builds tcpdump without SMB.
    if (ssap == kSapIsoNs && dsap == kSapIsoNs && control == kUi) {
        isoclns_print(ctx, p, length);
        return static_cast<int>(hdrlen);
    }

    if (!ctx.opt.eflag) {
        const bool addr = have_addrs(addrs);
        if (ssap == dsap) {
            if (addr) {
                put_addrs(ctx, addrs);
                ctx.out.put(' ');
            }
            put_sap_or_unknown(ctx, dsap, "DSAP");
            ctx.out.put(' ');
        } else {
            if (addr) {
                ctx.names.mac(ctx.out, addrs.src.first<6>());
                ctx.out.put(' ');
            }
            put_sap_or_unknown(ctx, ssap, "SSAP");
            ctx.out.put(" > ");
            if (addr) {
                ctx.names.mac(ctx.out, addrs.dst.first<6>());
                ctx.out.put(' ');
            }
            put_sap_or_unknown(ctx, dsap, "DSAP");
            ctx.out.put(' ');
        }
    }

    const uint32_t cr = ssap_field & kCrBit;
    if (is_u) {
        const char* cmd = tok_lookup(kUCommands, control & 0xef);
        const char* flags = tok_lookup(kFlags, cr | (control & kUPoll));
        ctx.out.put("Unnumbered, ");
        if (cmd)
            ctx.out.put(cmd);
        else
            ctx.out.f("{:02x}", control & 0xef);
        ctx.out.f(", Flags [{}], length {}", flags ? flags : "?", length + hdrlen);
        if ((control & ~kUPoll) == kXid) {
            if (length == 0) return static_cast<int>(hdrlen);  // e.g. an SNA short XID
            const uint32_t left = static_cast<uint32_t>(p.size());
            if (left < 1) {
                ctx.print_trunc();
                return static_cast<int>(hdrlen);
            }
            if (p.u8(0) == kXidFormat) {
                if (left < 3 || length < 3) {
                    ctx.print_trunc();
                    raw_dump(ctx, p);
                } else {
                    ctx.out.f(": {:02x} {:02x}", p.u8(1), p.u8(2));
                }
                return static_cast<int>(hdrlen);
            }
        }
    } else {
        const char* flags = tok_lookup(kFlags, cr | (control & kIsPoll));
        if (control & 0x01) {
            const char* s = tok_lookup(kSupervisory, (control >> 2) & 0x03);
            ctx.out.f("Supervisory, {}, rcv seq {}, Flags [{}], length {}", s ? s : "?",
                      (control >> 9) & 0x7f, flags ? flags : "?", length + hdrlen);
            return static_cast<int>(hdrlen);  // no payload to print
        }
        ctx.out.f("Information, send seq {}, rcv seq {}, Flags [{}], length {}", (control >> 1) & 0x7f,
                  (control >> 9) & 0x7f, flags ? flags : "?", length + hdrlen);
    }
    return -static_cast<int>(hdrlen);
}

bool snap_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs, uint32_t bridge_pad) {
    ctx.proto = "snap";
    if (!c.has(0, 5) || length < 5) {
        ctx.print_trunc();
        return true;
    }
    const uint32_t oui = c.be24(0);
    const uint16_t pid = c.be16(3);
    if (ctx.opt.eflag) {
        // The MAC addresses, if any, are already printed.
        ctx.out.f("oui {} (0x{:06x}), {} {} (0x{:04x}), length {}: ", oui_text(oui), oui,
                  oui == kOuiEther ? "ethertype" : "pid", pid_name(oui, pid), pid, length - 5);
    }
    Cursor p = c.skip(5);
    length -= 5;

    switch (oui) {
    case kOuiEther:
    case kOuiCisco90:
        // An Ethernet type, also for frames bridged by Cisco gear.
        if (ethertype_print(ctx, pid, p, length, addrs)) return true;
        break;
    case kOuiAppletalk:
        // Apple used its own OUI for AppleTalk data but 000000 for AARP.
        if (pid == 0x809b && ethertype_print(ctx, pid, p, length, addrs)) return true;
        break;
    case kOuiCisco:
        switch (pid) {
        case 0x2000:
            cdp_print(ctx, p, length);
            return true;
        case 0x2004:
            dtp_print(ctx, p, length);
            return true;
        case 0x0111:
            udld_print(ctx, p, length);
            return true;
        case 0x2003:
            vtp_print(ctx, p, length);
            return true;
        case 0x010b:
        case 0x010c:
            stp_print(ctx, p, length);
            return true;
        default:
            break;
        }
        break;
    case kOuiRfc2684:
        switch (pid) {
        case 0x0001:
        case 0x0007:
            // Bridged Ethernet behind the pad bytes.
            if (!p.has(0, bridge_pad)) {
                ctx.print_trunc();
                return true;
            }
            ether_print(ctx, p.skip(bridge_pad), length - bridge_pad);
            return true;
        case 0x0003:
        case 0x0009:
            // Token Ring: skip the pad but not the access control byte.
            if (!p.has(0, bridge_pad)) {
                ctx.print_trunc();
                return true;
            }
            token_print(ctx, p.skip(bridge_pad), length - bridge_pad);
            return true;
        case 0x0004:
        case 0x000a:
            if (!p.has(0, bridge_pad + 1)) {
                ctx.print_trunc();
                return true;
            }
            fddi_print(ctx, p.skip(bridge_pad + 1), length - bridge_pad - 1);
            return true;
        case 0x000e:
            stp_print(ctx, p, length);
            return true;
        default:
            break;
        }
        break;
    default:
        break;
    }

    if (!ctx.opt.eflag) {
        if (have_addrs(addrs)) {
            put_addrs(ctx, addrs);
            ctx.out.put(' ');
        }
        if (oui == kOuiEther) {
            const char* n = ethertype_name(pid);
            ctx.out.f("SNAP, ethertype {} (0x{:04x}), length {}: ", n ? n : "Unknown", pid, length);
        } else {
            ctx.out.f("SNAP, oui {} (0x{:06x}), pid {} (0x{:04x}), length {}: ", oui_text(oui), oui,
                      pid_name(oui, pid), pid, length);
        }
    }
    return false;
}

uint32_t llc_or_dump(Ctx& ctx, const Cursor& c, uint32_t length, const LinkAddrs& addrs) {
    int n = llc_print(ctx, c, length, addrs);
    if (n < 0) {
        default_print(ctx, c.rest());
        n = -n;
    }
    return static_cast<uint32_t>(n);
}

}  // namespace rd
