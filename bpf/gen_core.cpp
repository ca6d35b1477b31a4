// Code generation core: blocks and boolean glue, loads relative to the protocol
// layers, comparisons, per-link-type offsets, and the walk over the syntax tree.
#include <utility>

#include "gencode.hpp"
#include "ringdump/format/linktype.hpp"

namespace rd::bpf::gen {

using namespace op;

Gen::Gen(ir::Arena& a, const CompileOptions& o) : arena(a), opts(o) {
    const LinkTypeInfo* info = linktype_info(opts.linktype);
    linktype = info != nullptr ? info->dlt : opts.linktype;
    init_linktype();
}

std::string Gen::describe_linktype() const {
    // libpcap names the link type by its description; use ours (same wording).
    for (const LinkTypeInfo& e : all_linktypes())
        if (e.dlt == linktype) return e.description;
    return "DLT " + std::to_string(linktype);
}

void Gen::init_linktype() {
    outermostlinktype = prevlinktype = linktype;
    auto set = [&](uint32_t lt, uint32_t pl, uint32_t nl, uint32_t nosnap) {
        off_linktype.constant_part = lt;
        off_linkpl.constant_part = pl;
        off_nl = nl;
        off_nl_nosnap = nosnap;
    };
    switch (linktype) {
    case dlt::ARCNET: set(2, 6, 0, 0); break;
    case dlt::ARCNET_LINUX: set(4, 8, 0, 0); break;
    case dlt::EN10MB: set(12, 14, 0, 3); break;
    case dlt::SLIP: set(OFFSET_NOT_SET, 16, 0, 0); break;
    case dlt::SLIP_BSDOS: set(OFFSET_NOT_SET, 24, 0, 0); break;
    case dlt::NULL_:
    case dlt::LOOP: set(0, 4, 0, 0); break;
    case dlt::ENC: set(0, 12, 0, 0); break;
    case dlt::PPP:
    case dlt::PPP_PPPD:
    case dlt::C_HDLC:
    case dlt::PPP_SERIAL: set(2, 4, 0, 0); break;
    case dlt::PPP_ETHER: set(6, 8, 0, 0); break;
    case dlt::PPP_BSDOS: set(5, 24, 0, 0); break;
    case dlt::FDDI: set(13, 13, 8, 3); break;  // no FDDI padding on Linux
    case dlt::IEEE802: set(14, 14, 8, 3); break;
    case dlt::PRISM_HEADER:
    case dlt::IEEE802_11_RADIO_AVS:
    case dlt::IEEE802_11_RADIO:
        off_linkhdr.is_variable = true;
        [[fallthrough]];
    case dlt::IEEE802_11:
        set(24, 0, 8, 3);
        off_linkpl.is_variable = true;
        break;
    case dlt::PPI:
        set(24, 0, 8, 3);
        off_linkpl.is_variable = true;
        off_linkhdr.is_variable = true;
        break;
    case dlt::ATM_RFC1483:
    case dlt::ATM_CLIP: set(0, 0, 8, 3); break;
    case dlt::SUNATM:
        is_atm = true;
        off_vpi = 1;
        off_vci = 2;
        off_proto = 0;
        off_payload = 4;
        set(off_payload, off_payload, 8, 3);
        break;
    case dlt::RAW:
    case dlt::IPV4:
    case dlt::IPV6: set(OFFSET_NOT_SET, 0, 0, 0); break;
    case dlt::LINUX_SLL: set(14, 16, 0, 0); break;
    case dlt::LINUX_SLL2: set(0, 20, 0, 0); break;
    case dlt::LTALK: set(OFFSET_NOT_SET, 0, 0, 0); break;
    case dlt::IP_OVER_FC: set(16, 16, 8, 3); break;
    case dlt::FRELAY: set(OFFSET_NOT_SET, 0, 0, 0); break;
    case dlt::MFR: set(OFFSET_NOT_SET, 0, 4, 0); break;
    case dlt::APPLE_IP_OVER_IEEE1394: set(16, 18, 0, 0); break;
    case dlt::SYMANTEC_FIREWALL: set(6, 44, 0, 0); break;
    case dlt::PFLOG:
        set(0, 0, 0, 0);
        off_linkpl.is_variable = true;
        break;
    case dlt::JUNIPER_MFR:
    case dlt::JUNIPER_MLFR:
    case dlt::JUNIPER_MLPPP:
    case dlt::JUNIPER_PPP:
    case dlt::JUNIPER_CHDLC:
    case dlt::JUNIPER_FRELAY: set(4, 4, 0, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_ATM1: set(4, 4, 0, 10); break;
    case dlt::JUNIPER_ATM2: set(8, 8, 0, 10); break;
    case dlt::JUNIPER_PPPOE:
    case dlt::JUNIPER_ETHER: set(16, 14, 18, 21); break;
    case dlt::JUNIPER_PPPOE_ATM: set(4, 6, 0, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_GGSN: set(6, 12, 0, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_ES: set(6, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_MONITOR: set(12, 12, 0, OFFSET_NOT_SET); break;
    case dlt::BACNET_MS_TP:
        set(OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET);
        break;
    case dlt::JUNIPER_SERVICES: set(12, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_VP: set(18, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_ST: set(18, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_ISM: set(8, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET); break;
    case dlt::JUNIPER_VS:
    case dlt::JUNIPER_SRX_E2E:
    case dlt::JUNIPER_FIBRECHANNEL:
    case dlt::JUNIPER_ATM_CEMIC:
        set(8, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET);
        break;
    case dlt::MTP2:
        off_li = 2; off_li_hsl = 4; off_sio = 3; off_opc = 4; off_dpc = 4; off_sls = 7;
        set(OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET);
        break;
    case dlt::MTP2_WITH_PHDR:
        off_li = 6; off_li_hsl = 8; off_sio = 7; off_opc = 8; off_dpc = 8; off_sls = 11;
        set(OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET);
        break;
    case dlt::ERF:
        off_li = 22; off_li_hsl = 24; off_sio = 23; off_opc = 24; off_dpc = 24; off_sls = 27;
        set(OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET);
        break;
    case dlt::PFSYNC: set(OFFSET_NOT_SET, 4, 0, 0); break;
    case dlt::IPNET: set(1, 24, 0, OFFSET_NOT_SET); break;
    case dlt::NETANALYZER:
        off_linkhdr.constant_part = 4;
        set(4 + 12, 4 + 14, 0, 3);
        break;
    case dlt::NETANALYZER_TRANSPARENT:
        off_linkhdr.constant_part = 12;
        set(12 + 12, 12 + 14, 0, 3);
        break;
    default:
        if (linktype >= dlt::MATCHING_MIN && linktype <= dlt::MATCHING_MAX) {
            set(OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET, OFFSET_NOT_SET);
        } else {
            fail("unknown data link type " + std::to_string(linktype));
        }
        break;
    }
    off_outermostlinkhdr = off_prevlinkhdr = off_linkhdr;
}

// ---- blocks and boolean structure

Block* Gen::new_block(uint16_t code, uint32_t k) { return arena.new_block(code, k); }

Frag Gen::leaf(Block* b) { return Frag{b, {{b, true}}, {{b, false}}}; }

Frag Gen::jmp(uint16_t jop, uint32_t k, Stmts s) {
    Block* b = new_block(JMP | jop | K, k);
    b->stmts = std::move(s);
    return leaf(b);
}

void Gen::gen_and(Frag& b0, Frag& b1) {
    ir::backpatch(b0.t, b1.head);
    b1.head = b0.head;
    b1.f.insert(b1.f.end(), b0.f.begin(), b0.f.end());
}

void Gen::gen_or(Frag& b0, Frag& b1) {
    ir::backpatch(b0.f, b1.head);
    b1.head = b0.head;
    b1.t.insert(b1.t.end(), b0.t.begin(), b0.t.end());
}

void Gen::gen_not(Frag& b) { std::swap(b.t, b.f); }

Frag Gen::gen_uncond(bool rsense) {
    return jmp(JEQ, 0, Stmts{ir::stmt(LD | IMM, rsense ? 0 : 1)});
}
Frag Gen::gen_true() { return gen_uncond(true); }
Frag Gen::gen_false() { return gen_uncond(false); }

int Gen::alloc_reg() {
    for (int n = 0; n < static_cast<int>(MEMWORDS); ++n) {
        if (regused[curreg]) {
            curreg = (curreg + 1) % static_cast<int>(MEMWORDS);
        } else {
            regused[curreg] = true;
            return curreg;
        }
    }
    fail("too many registers needed to evaluate expression");
}

void Gen::free_reg(int n) {
    if (n >= 0 && n < static_cast<int>(MEMWORDS)) regused[n] = false;
}

// ---- loads

std::optional<Stmts> Gen::gen_abs_offset_varpart(AbsOffset& off) {
    if (!off.is_variable) return std::nullopt;
    if (off.reg == -1) off.reg = alloc_reg();
    return Stmts{ir::stmt(LDX | MEM, static_cast<uint32_t>(off.reg))};
}

Stmts Gen::gen_load_absoffsetrel(AbsOffset& off, uint32_t offset, uint16_t size) {
    if (auto s = gen_abs_offset_varpart(off)) {
        s->push_back(ir::stmt(LD | IND | size, off.constant_part + offset));
        return *s;
    }
    return Stmts{ir::stmt(LD | ABS | size, off.constant_part + offset)};
}

Stmts Gen::gen_load_a(OffRel rel, uint32_t offset, uint16_t size) {
    switch (rel) {
    case OffRel::Packet: return Stmts{ir::stmt(LD | ABS | size, offset)};
    case OffRel::LinkHdr: return gen_load_absoffsetrel(off_linkhdr, offset, size);
    case OffRel::PrevLinkHdr: return gen_load_absoffsetrel(off_prevlinkhdr, offset, size);
    case OffRel::Llc: return gen_load_absoffsetrel(off_linkpl, offset, size);
    case OffRel::PrevMplsHdr:
        return gen_load_absoffsetrel(off_linkpl, off_nl - 4 + offset, size);
    case OffRel::LinkPl: return gen_load_absoffsetrel(off_linkpl, off_nl + offset, size);
    case OffRel::LinkPlNoSnap:
        return gen_load_absoffsetrel(off_linkpl, off_nl_nosnap + offset, size);
    case OffRel::LinkType: return gen_load_absoffsetrel(off_linktype, offset, size);
    case OffRel::TranIpv4: {
        Stmts s = gen_loadx_iphdrlen();
        s.push_back(ir::stmt(LD | IND | size, off_linkpl.constant_part + off_nl + offset));
        return s;
    }
    case OffRel::TranIpv6:
        return gen_load_absoffsetrel(off_linkpl, off_nl + 40 + offset, size);
    }
    return {};
}

Stmts Gen::gen_loadx_iphdrlen() {
    if (auto s = gen_abs_offset_varpart(off_linkpl)) {
        // The payload offset is variable: compute 4*(ip[0]&0xf) + X by hand.
        s->push_back(ir::stmt(LD | IND | B, off_linkpl.constant_part + off_nl));
        s->push_back(ir::stmt(ALU | AND | K, 0xf));
        s->push_back(ir::stmt(ALU | LSH | K, 2));
        s->push_back(ir::stmt(ALU | ADD | X));
        s->push_back(ir::stmt(MISC | TAX));
        return *s;
    }
    return Stmts{ir::stmt(LDX | MSH | B, off_linkpl.constant_part + off_nl)};
}

// ---- comparisons

Frag Gen::gen_ncmp(OffRel rel, uint32_t offset, uint16_t size, uint32_t mask, uint16_t jtype,
                   bool reverse, uint32_t v) {
    Stmts s = gen_load_a(rel, offset, size);
    if (mask != 0xffffffffu) s.push_back(ir::stmt(ALU | AND | K, mask));
    Frag b = jmp(jtype, v, std::move(s));
    // libpcap only inverts ordering comparisons here (so "vci != n" means "vci == n").
    if (reverse && (jtype == JGT || jtype == JGE)) gen_not(b);
    return b;
}

Frag Gen::gen_cmp(OffRel rel, uint32_t offset, uint16_t size, uint32_t v) {
    return gen_ncmp(rel, offset, size, 0xffffffffu, JEQ, false, v);
}
Frag Gen::gen_cmp_gt(OffRel rel, uint32_t offset, uint16_t size, uint32_t v) {
    return gen_ncmp(rel, offset, size, 0xffffffffu, JGT, false, v);
}
Frag Gen::gen_cmp_ge(OffRel rel, uint32_t offset, uint16_t size, uint32_t v) {
    return gen_ncmp(rel, offset, size, 0xffffffffu, JGE, false, v);
}
Frag Gen::gen_cmp_lt(OffRel rel, uint32_t offset, uint16_t size, uint32_t v) {
    return gen_ncmp(rel, offset, size, 0xffffffffu, JGE, true, v);
}
Frag Gen::gen_cmp_le(OffRel rel, uint32_t offset, uint16_t size, uint32_t v) {
    return gen_ncmp(rel, offset, size, 0xffffffffu, JGT, true, v);
}
Frag Gen::gen_mcmp(OffRel rel, uint32_t offset, uint16_t size, uint32_t v, uint32_t mask) {
    return gen_ncmp(rel, offset, size, mask, JEQ, false, v);
}

// Compare `size` bytes at offset with v[], widest loads first, from the end backwards.
Frag Gen::gen_bcmp(OffRel rel, uint32_t offset, uint32_t size, const uint8_t* v) {
    std::optional<Frag> b;
    auto add = [&](Frag tmp) {
        if (b) gen_and(*b, tmp);
        b = std::move(tmp);
    };
    while (size >= 4) {
        const uint8_t* p = &v[size - 4];
        uint32_t w = (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
        add(gen_cmp(rel, offset + size - 4, W, w));
        size -= 4;
    }
    while (size >= 2) {
        const uint8_t* p = &v[size - 2];
        add(gen_cmp(rel, offset + size - 2, H, (uint32_t{p[0]} << 8) | p[1]));
        size -= 2;
    }
    if (size > 0) add(gen_cmp(rel, offset, B, v[0]));
    return std::move(*b);
}

// ---- the walk over the tree

Frag Gen::gen_node(const ast::Node& n) {
    using ast::Kind;
    switch (n.kind) {
    case Kind::And:
    case Kind::Or: {
        Frag l = gen_node(*n.l);
        Frag r = gen_node(*n.r);
        if (n.kind == Kind::And) gen_and(l, r);
        else gen_or(l, r);
        return r;
    }
    case Kind::Not: {
        Frag b = gen_node(*n.l);
        gen_not(b);
        return b;
    }
    case Kind::Name: return gen_scode(n.s1, n.q);
    case Kind::Number: return gen_ncode(nullptr, n.n1, n.q);
    case Kind::Ipv4: return gen_ncode(&n.s1, 0, n.q);
    case Kind::Ipv4Mask: return gen_mcode(n.s1, &n.s2, 0, n.q);
    case Kind::Ipv4Len: return gen_mcode(n.s1, nullptr, n.n1, n.q);
    case Kind::Ipv6: return gen_mcode6(n.s1, n.n1, n.q);
    case Kind::Mac: return gen_ecode(n.s1, n.q);
    case Kind::Arcnet: return gen_acode(n.s1, n.q);
    case Kind::ProtoAbbrev: return gen_proto_abbrev(n.q.proto);
    case Kind::Relation: {
        ArithVal a0 = gen_arith_tree(*n.a0);
        ArithVal a1 = gen_arith_tree(*n.a1);
        return gen_relation(n.op, std::move(a0), std::move(a1), n.reversed);
    }
    case Kind::Broadcast: return gen_broadcast(n.q.proto);
    case Kind::Multicast: return gen_multicast(n.q.proto);
    case Kind::Less: return gen_less(n.n1);
    case Kind::Greater: return gen_greater(n.n1);
    case Kind::ByteOp: return gen_byteop(n.op, n.n1, n.n2);
    case Kind::Inbound: return gen_inbound(false);
    case Kind::Outbound: return gen_inbound(true);
    case Kind::Ifindex: return gen_ifindex(n.n1);
    case Kind::Vlan: return gen_vlan(n.n1, n.has_num);
    case Kind::Mpls: return gen_mpls(n.n1, n.has_num);
    case Kind::Pppoed: return gen_pppoed();
    case Kind::Pppoes: return gen_pppoes(n.n1, n.has_num);
    case Kind::Geneve: return gen_geneve(n.n1, n.has_num);
    case Kind::PfIfname:
    case Kind::PfRuleset:
    case Kind::PfRnr:
    case Kind::PfSrnr:
    case Kind::PfReason:
    case Kind::PfAction: return gen_pf(n);
    case Kind::WlanType: return gen_p80211_type(n.n1, n.n2);
    case Kind::WlanDir: return gen_p80211_fcdir(n.n1);
    case Kind::Llc: return gen_llc(n.op, n.n1);
    case Kind::AtmType: return gen_atmtype_abbrev(n.op);
    case Kind::AtmMulti: return gen_atmmulti_abbrev(n.op);
    case Kind::AtmField: return gen_atmfield_code(n.op2, n.n1, n.op, n.reversed);
    case Kind::Mtp2Type: return gen_mtp2type_abbrev(n.op);
    case Kind::Mtp3Field: return gen_mtp3field_code(n.op2, n.n1, n.op, n.reversed);
    }
    fail("internal error: unknown syntax node");
}

// Load the lengths of variable-length headers (radio headers, 802.11) at the start.
void Gen::insert_compute_vloffsets(Block* b) {
    if (off_linkpl.reg != -1 && off_linkhdr.is_variable && off_linkhdr.reg == -1)
        off_linkhdr.reg = alloc_reg();
    std::optional<Stmts> s = gen_llprefixlen();
    switch (outermostlinktype) {
    case dlt::IEEE802_11:
    case dlt::PRISM_HEADER:
    case dlt::IEEE802_11_RADIO_AVS:
    case dlt::IEEE802_11_RADIO:
    case dlt::PPI: s = gen_load_802_11_header_len(std::move(s)); break;
    case dlt::PFLOG:
        // the pflog header length is its first byte, rounded up to 4
        if (off_linkpl.reg != -1) {
            const auto reg = static_cast<uint32_t>(off_linkpl.reg);
            s = Stmts{ir::stmt(LD | B | ABS, 0), ir::stmt(ALU | ADD | K, 3),
                      ir::stmt(ALU | AND | K, 0xfffffffc), ir::stmt(ST, reg), ir::stmt(MISC | TAX)};
        }
        break;
    default: break;
    }
    if (!s && is_vlan_vloffset) {
        // no header-length code yet: start the VLAN-shifted offsets at zero
        if (off_linkpl.reg == -1) off_linkpl.reg = alloc_reg();
        if (off_linktype.reg == -1) off_linktype.reg = alloc_reg();
        s = Stmts{ir::stmt(LD | W | IMM, 0), ir::stmt(ST, static_cast<uint32_t>(off_linkpl.reg)),
                  ir::stmt(ST, static_cast<uint32_t>(off_linktype.reg))};
    }
    if (s) {
        s->insert(s->end(), b->stmts.begin(), b->stmts.end());
        b->stmts = std::move(*s);
    }
}

Block* Gen::program(const ast::Node* root) {
    if (root == nullptr) return new_block(RET | K, opts.snaplen);
    Frag p = gen_node(*root);
    insert_compute_vloffsets(p.head);
    if (linktype == dlt::PPI) {
        // PPI carries its own DLT; we only understand 802.11 inside (little-endian 105)
        Frag check = jmp(JEQ, 0x69000000, Stmts{ir::stmt(LD | W | ABS, 4)});
        gen_and(check, p);
    }
    ir::backpatch(p.t, new_block(RET | K, opts.snaplen));
    ir::backpatch(p.f, new_block(RET | K, 0));
    return p.head;
}

}  // namespace rd::bpf::gen
