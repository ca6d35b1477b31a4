// Encapsulations that move the offsets of everything after them (VLAN, MPLS, PPPoE,
// Geneve), LLC frame types, raw-ATM and SS7 fields, and pflog fields.
#include "gencode.hpp"

namespace rd::bpf::gen {

using namespace op;

namespace {
// Start parsing a new link layer at the given offset (PPPoE payload, Geneve payload).
void push_linkhdr(Gen& g, uint32_t new_linktype, bool is_variable, uint32_t constant_part,
                  int reg) {
    g.prevlinktype = g.linktype;
    g.off_prevlinkhdr = g.off_linkhdr;
    g.linktype = new_linktype;
    g.off_linkhdr.is_variable = is_variable;
    g.off_linkhdr.constant_part = constant_part;
    g.off_linkhdr.reg = reg;
    g.is_geneve = false;
}
}  // namespace

Frag Gen::gen_vlan(uint32_t vlan_num, bool has_vlan_tag) {
    if (label_stack_depth > 0) fail("no VLAN match after MPLS");
    switch (linktype) {
    case dlt::EN10MB:
    case dlt::NETANALYZER:
    case dlt::NETANALYZER_TRANSPARENT:
    case dlt::IEEE802_11:
    case dlt::PRISM_HEADER:
    case dlt::IEEE802_11_RADIO_AVS:
    case dlt::IEEE802_11_RADIO: break;
    default: fail("no VLAN support for " + describe_linktype());
    }
    const bool ether = linktype == dlt::EN10MB || linktype == dlt::NETANALYZER ||
                       linktype == dlt::NETANALYZER_TRANSPARENT;
    if (ether && opts.linux_vlan_extensions && vlan_stack_depth == 0 &&
        !off_linkhdr.is_variable &&
        off_linkhdr.constant_part == off_outermostlinkhdr.constant_part) {
        Frag b = gen_vlan_bpf_extensions(vlan_num, has_vlan_tag);
        ++vlan_stack_depth;
        return b;
    }
    // TPID 802.1Q, 802.1ad or the old QinQ value
    Frag b0 = gen_linktype(eth::VLAN_8021Q);
    Frag b1 = gen_linktype(eth::VLAN_8021AD);
    gen_or(b0, b1);
    b0 = b1;
    b1 = gen_linktype(eth::VLAN_QINQ);
    gen_or(b0, b1);
    b0 = b1;
    if (has_vlan_tag) {
        if (vlan_num > 0x0fff)
            fail("VLAN tag " + std::to_string(vlan_num) + " greater than maximum 4095");
        b1 = gen_mcmp(OffRel::LinkPl, 0, H, vlan_num, 0x0fff);
        gen_and(b0, b1);
        b0 = b1;
    }
    off_linkpl.constant_part += 4;
    off_linktype.constant_part += 4;
    ++vlan_stack_depth;
    return b0;
}

// The outermost tag may have been stripped by the kernel (then SKF_AD_VLAN_TAG_PRESENT
// is 1 and SKF_AD_VLAN_TAG holds the TCI) or still be in the packet. Offsets after it
// become variable: they grow by 4 only when the tag is in the packet.
Frag Gen::gen_vlan_bpf_extensions(uint32_t vlan_num, bool has_vlan_tag) {
    Frag b0 = jmp(JEQ, 1, Stmts{ir::stmt(LD | B | ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG_PRESENT)});
    // tests first, with the offsets as they are, then the offset bump in front of them
    Frag b_tpid = gen_linktype(eth::VLAN_8021Q);
    {
        Frag b1 = gen_linktype(eth::VLAN_8021AD);
        gen_or(b_tpid, b1);
        Frag b2 = gen_linktype(eth::VLAN_QINQ);
        gen_or(b1, b2);
        b_tpid = b2;
    }
    std::optional<Frag> b_vid;
    if (has_vlan_tag) {
        if (vlan_num > 0x0fff)
            fail("VLAN tag " + std::to_string(vlan_num) + " greater than maximum 4095");
        b_vid = gen_mcmp(OffRel::LinkPl, 0, H, vlan_num, 0x0fff);
    }
    is_vlan_vloffset = true;
    Stmts bump;
    for (AbsOffset* off : {&off_linkpl, &off_linktype}) {
        off->is_variable = true;
        if (off->reg == -1) off->reg = alloc_reg();
        const auto reg = static_cast<uint32_t>(off->reg);
        bump.push_back(ir::stmt(LD | MEM, reg));
        bump.push_back(ir::stmt(ALU | ADD | K, 4));
        bump.push_back(ir::stmt(ST, reg));
    }
    Stmts& head = b_tpid.head->stmts;
    head.insert(head.begin(), bump.begin(), bump.end());
    gen_or(b0, b_tpid);
    b0 = b_tpid;
    if (b_vid) {
        // VID from the metadata if the tag was stripped, else from the packet
        Stmts& vs = b_vid->head->stmts;
        const auto cnt = static_cast<uint32_t>(vs.size());
        Stmts pre;
        pre.push_back(ir::stmt(LD | B | ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG_PRESENT));
        Stmt jeq = ir::stmt(JMP | JEQ | K, 1);
        jeq.jt = 0;  // next statement
        jeq.jf = 2;  // the packet load
        pre.push_back(jeq);
        pre.push_back(ir::stmt(LD | B | ABS, SKF_AD_OFF + SKF_AD_VLAN_TAG));
        pre.push_back(ir::stmt(JMP | JA | K, cnt - 1));  // over the load, onto the mask
        vs.insert(vs.begin(), pre.begin(), pre.end());
        gen_and(b0, *b_vid);
        b0 = *b_vid;
    }
    return b0;
}

Frag Gen::gen_mpls(uint32_t label, bool has_label) {
    Frag b0;
    if (label_stack_depth > 0) {
        // inside a label stack: the previous label must not be the bottom one
        b0 = gen_mcmp(OffRel::PrevMplsHdr, 2, B, 0, 0x01);
    } else {
        switch (linktype) {
        case dlt::C_HDLC:
        case dlt::EN10MB:
        case dlt::NETANALYZER:
        case dlt::NETANALYZER_TRANSPARENT: b0 = gen_linktype(eth::MPLS); break;
        case dlt::PPP: b0 = gen_linktype(0x0281 /* PPP_MPLS_UCAST */); break;
        default: fail("no MPLS support for " + describe_linktype());
        }
    }
    if (has_label) {
        if (label > 0xfffff)
            fail("MPLS label " + std::to_string(label) + " greater than maximum 1048575");
        Frag b1 = gen_mcmp(OffRel::LinkPl, 0, W, label << 12, 0xfffff000);
        gen_and(b0, b1);
        b0 = b1;
    }
    off_nl_nosnap += 4;
    off_nl += 4;
    ++label_stack_depth;
    return b0;
}

Frag Gen::gen_mpls_linktype(uint32_t ll_proto) {
    uint32_t version;
    switch (ll_proto) {
    case eth::IP:
    case 0x0021 /* PPP_IP */: version = 0x40; break;
    case eth::IPV6:
    case 0x0057 /* PPP_IPV6 */: version = 0x60; break;
    default: fail("unsupported protocol over mpls");
    }
    // bottom of stack set, then the IP version nibble
    Frag b0 = gen_mcmp(OffRel::LinkPl, static_cast<uint32_t>(-2), B, 0x01, 0x01);
    Frag b1 = gen_mcmp(OffRel::LinkPl, 0, B, version, 0xf0);
    gen_and(b0, b1);
    return b1;
}

Frag Gen::gen_pppoed() { return gen_linktype(eth::PPPOED); }

Frag Gen::gen_pppoes(uint32_t sess, bool has_sess) {
    Frag b0 = gen_linktype(eth::PPPOES);
    if (has_sess) {
        if (sess > 0xffff)
            fail("PPPoE session number " + std::to_string(sess) + " greater than maximum 65535");
        Frag b1 = gen_mcmp(OffRel::LinkPl, 0, W, sess, 0x0000ffff);
        gen_and(b0, b1);
        b0 = b1;
    }
    // what follows is a PPP frame 6 bytes into the PPPoE payload
    push_linkhdr(*this, dlt::PPP, off_linkpl.is_variable, off_linkpl.constant_part + off_nl + 6,
                 off_linkpl.reg);
    off_linktype = off_linkhdr;
    off_linkpl.constant_part = off_linkhdr.constant_part + 2;
    off_nl = 0;
    off_nl_nosnap = 0;
    return b0;
}

// ---- Geneve

static Frag geneve_check(Gen& g, bool v6, uint32_t vni, bool has_vni) {
    Frag b0 = v6 ? g.gen_port6(6081, ipproto::UDP, ast::D_DST)
                 : g.gen_port(6081, ipproto::UDP, ast::D_DST);
    OffRel rel = v6 ? OffRel::TranIpv6 : OffRel::TranIpv4;
    // version 0 only
    Frag b1 = g.gen_mcmp(rel, 8, B, 0, 0xc0);
    Gen::gen_and(b0, b1);
    b0 = b1;
    if (has_vni) {
        if (vni > 0xffffff)
            fail("Geneve VNI " + std::to_string(vni) + " greater than maximum 16777215");
        b1 = g.gen_mcmp(rel, 12, W, vni << 8, 0xffffff00);
        Gen::gen_and(b0, b1);
        b0 = b1;
    }
    return b0;
}

Frag Gen::gen_geneve(uint32_t vni, bool has_vni) {
    // IPv4: leave the IP header length in A
    Frag b0 = geneve_check(*this, false, vni, has_vni);
    Stmts s = gen_loadx_iphdrlen();
    s.push_back(ir::stmt(MISC | TXA));
    Block* blk = new_block(JMP | JEQ | X, 0);  // always true: carries the statements
    blk->stmts = std::move(s);
    Frag b1 = leaf(blk);
    gen_and(b0, b1);
    Frag v4 = b1;

    // IPv6: the header length is 40 (plus any variable link-layer prefix)
    b0 = geneve_check(*this, true, vni, has_vni);
    Stmts s6;
    if (auto var = gen_abs_offset_varpart(off_linkpl)) {
        s6 = std::move(*var);
        s6.push_back(ir::stmt(LD | IMM, 40));
        s6.push_back(ir::stmt(ALU | ADD | X));
    } else {
        s6.push_back(ir::stmt(LD | IMM, 40));
    }
    s6.push_back(ir::stmt(MISC | TAX));
    blk = new_block(JMP | JEQ | X, 0);
    blk->stmts = std::move(s6);
    b1 = leaf(blk);
    gen_and(b0, b1);
    gen_or(v4, b1);
    b0 = b1;

    // Compute the offsets of the Geneve payload from the header length in A.
    Stmts o;
    o.push_back(ir::stmt(ALU | ADD | K, off_linkpl.constant_part + off_nl + 8));
    o.push_back(ir::stmt(MISC | TAX));
    o.push_back(ir::stmt(ALU | ADD | K, 2));
    off_linktype.reg = alloc_reg();
    off_linktype.is_variable = true;
    off_linktype.constant_part = 0;
    o.push_back(ir::stmt(ST, static_cast<uint32_t>(off_linktype.reg)));
    o.push_back(ir::stmt(LD | IND | B, 0));          // option length
    o.push_back(ir::stmt(ALU | AND | K, 0x3f));
    o.push_back(ir::stmt(ALU | MUL | K, 4));
    o.push_back(ir::stmt(ALU | ADD | K, 8));
    o.push_back(ir::stmt(ALU | ADD | X));
    push_linkhdr(*this, dlt::EN10MB, true, 0, alloc_reg());
    o.push_back(ir::stmt(ST, static_cast<uint32_t>(off_linkhdr.reg)));
    no_optimize_ = true;  // a jump inside a statement list
    o.push_back(ir::stmt(LD | IND | H, 2));           // protocol type
    o.push_back(ir::stmt(LDX | MEM, static_cast<uint32_t>(off_linkhdr.reg)));
    const size_t jeq = o.size();
    o.push_back(ir::stmt(JMP | JEQ | K, eth::TEB));   // Ethernet inside?
    o.push_back(ir::stmt(MISC | TXA));
    o.push_back(ir::stmt(ALU | ADD | K, 12));
    o.push_back(ir::stmt(ST, static_cast<uint32_t>(off_linktype.reg)));
    o.push_back(ir::stmt(ALU | ADD | K, 2));
    o.push_back(ir::stmt(MISC | TAX));
    off_linkpl.reg = alloc_reg();
    off_linkpl.is_variable = true;
    off_linkpl.constant_part = 0;
    const size_t stx = o.size();
    o.push_back(ir::stmt(STX, static_cast<uint32_t>(off_linkpl.reg)));
    o[jeq].jt = 0;
    o[jeq].jf = static_cast<uint32_t>(stx - jeq - 1);
    off_nl = 0;

    Frag t = gen_true();
    o.insert(o.end(), t.head->stmts.begin(), t.head->stmts.end());
    t.head->stmts = std::move(o);
    gen_and(b0, t);
    is_geneve = true;
    return t;
}

Frag Gen::gen_geneve_ll_check() {
    // the payload has an Ethernet header if its offsets differ
    Stmts s{ir::stmt(LD | MEM, static_cast<uint32_t>(off_linkhdr.reg)),
            ir::stmt(LDX | MEM, static_cast<uint32_t>(off_linkpl.reg))};
    Block* blk = new_block(JMP | JEQ | X, 0);
    blk->stmts = std::move(s);
    Frag b = leaf(blk);
    gen_not(b);
    return b;
}

// ---- LLC

Frag Gen::gen_llc_internal() {
    switch (linktype) {
    case dlt::EN10MB: {
        // a length field, and not Novell raw 802.3 (0xffff)
        Frag b0 = gen_cmp_gt(OffRel::LinkType, 0, H, eth::MTU);
        gen_not(b0);
        Frag b1 = gen_cmp(OffRel::Llc, 0, H, 0xffff);
        gen_not(b1);
        gen_and(b0, b1);
        return b1;
    }
    case dlt::SUNATM: {
        Frag b0 = gen_atmfield_code(ATMF_PROTOTYPE, 0x02 /* PT_LLC */, JEQ, false);
        linktype = prevlinktype;
        return b0;
    }
    case dlt::IEEE802:
    case dlt::FDDI:
    case dlt::ATM_RFC1483: return gen_true();
    case dlt::IEEE802_11:
    case dlt::PRISM_HEADER:
    case dlt::IEEE802_11_RADIO:
    case dlt::IEEE802_11_RADIO_AVS:
    case dlt::PPI: return gen_check_802_11_data_frame();
    default: fail("'llc' not supported for " + describe_linktype());
    }
}

Frag Gen::gen_llc(int kind, uint32_t subtype) {
    Frag b0 = gen_llc_internal();
    Frag b1;
    switch (kind) {
    case ast::LLC_ANY: return b0;
    case ast::LLC_I:
        b1 = jmp(JSET, 0x01, gen_load_a(OffRel::Llc, 2, B));
        gen_not(b1);
        break;
    case ast::LLC_S: b1 = gen_mcmp(OffRel::Llc, 2, B, 0x01, 0x03); break;
    case ast::LLC_U: b1 = gen_mcmp(OffRel::Llc, 2, B, 0x03, 0x03); break;
    case ast::LLC_S_SUB: b1 = gen_mcmp(OffRel::Llc, 2, B, subtype, 0x0f); break;
    default: b1 = gen_mcmp(OffRel::Llc, 2, B, subtype, 0xef); break;
    }
    gen_and(b0, b1);
    return b1;
}

// ---- raw ATM (SunATM pseudo-header)

Frag Gen::gen_atmfield_code(int field, uint32_t value, uint16_t jtype, bool reverse) {
    switch (field) {
    case ast::ATMF_VPI:
        if (!is_atm) fail("'vpi' supported only on raw ATM");
        return gen_ncmp(OffRel::LinkHdr, off_vpi, B, 0xffffffffu, jtype, reverse, value);
    case ast::ATMF_VCI:
        if (!is_atm) fail("'vci' supported only on raw ATM");
        return gen_ncmp(OffRel::LinkHdr, off_vci, H, 0xffffffffu, jtype, reverse, value);
    case ATMF_PROTOTYPE:
        if (off_proto == OFFSET_NOT_SET) fail("internal error: no ATM protocol field");
        return gen_ncmp(OffRel::LinkHdr, off_proto, B, 0x0f, jtype, reverse, value);
    case ATMF_MSGTYPE:
        if (off_payload == OFFSET_NOT_SET) fail("internal error: no ATM payload");
        return gen_ncmp(OffRel::LinkHdr, off_payload + 5, B, 0xffffffffu, jtype, reverse, value);
    default: fail("internal error: bad ATM field");
    }
}

static Frag vpi_vci(Gen& g, uint32_t vpi, uint32_t vci) {
    Frag b0 = g.gen_atmfield_code(ast::ATMF_VPI, vpi, JEQ, false);
    Frag b1 = g.gen_atmfield_code(ast::ATMF_VCI, vci, JEQ, false);
    Gen::gen_and(b0, b1);
    return b1;
}

Frag Gen::gen_atmtype_abbrev(int type) {
    static const char* const names[] = {"lane", "metac", "bcc", "oam4ec", "oam4sc", "sc", "ilmic"};
    if (!is_atm) fail(std::string("'") + names[type] + "' supported only on raw ATM");
    switch (type) {
    case ast::ATM_METAC: return vpi_vci(*this, 0, 1);
    case ast::ATM_BCC: return vpi_vci(*this, 0, 2);
    case ast::ATM_OAMF4SC: return vpi_vci(*this, 0, 3);
    case ast::ATM_OAMF4EC: return vpi_vci(*this, 0, 4);
    case ast::ATM_SC: return vpi_vci(*this, 0, 5);
    case ast::ATM_ILMIC: return vpi_vci(*this, 0, 16);
    case ast::ATM_LANE: {
        Frag b1 = gen_atmfield_code(ATMF_PROTOTYPE, 0x01 /* PT_LANE */, JEQ, false);
        // everything after this is LANE-encapsulated Ethernet
        push_linkhdr(*this, dlt::EN10MB, false, off_payload + 2, -1);
        off_linktype.constant_part = off_linkhdr.constant_part + 12;
        off_linkpl.constant_part = off_linkhdr.constant_part + 14;
        off_nl = 0;
        off_nl_nosnap = 3;
        return b1;
    }
    default: fail("internal error: bad ATM type");
    }
}

static Frag msg_types(Gen& g, std::initializer_list<uint32_t> types) {
    auto it = types.begin();
    Frag b0 = g.gen_atmfield_code(ATMF_MSGTYPE, *it++, JEQ, false);
    Frag b1 = g.gen_atmfield_code(ATMF_MSGTYPE, *it++, JEQ, false);
    Gen::gen_or(b0, b1);
    for (; it != types.end(); ++it) {
        b0 = g.gen_atmfield_code(ATMF_MSGTYPE, *it, JEQ, false);
        Gen::gen_or(b0, b1);
    }
    return b1;
}

Frag Gen::gen_atmmulti_abbrev(int type) {
    static const char* const names[] = {"oam", "oamf4", "connectmsg", "metaconnect"};
    if (!is_atm) fail(std::string("'") + names[type] + "' supported only on raw ATM");
    // Q.2931 message types
    constexpr uint32_t kSetup = 0x05, kCallProceed = 0x02, kConnect = 0x07, kConnectAck = 0x0f,
                       kRelease = 0x4d, kReleaseDone = 0x5a;
    switch (type) {
    case ast::ATM_OAM:
    case ast::ATM_OAMF4: {
        Frag b0 = gen_atmfield_code(ast::ATMF_VCI, 3, JEQ, false);
        Frag b1 = gen_atmfield_code(ast::ATMF_VCI, 4, JEQ, false);
        gen_or(b0, b1);
        b0 = gen_atmfield_code(ast::ATMF_VPI, 0, JEQ, false);
        gen_and(b0, b1);
        return b1;
    }
    case ast::ATM_CONNECTMSG: {
        Frag b1 = msg_types(*this, {kSetup, kCallProceed, kConnect, kConnectAck, kRelease,
                                    kReleaseDone});
        Frag b0 = vpi_vci(*this, 0, 5);
        gen_and(b0, b1);
        return b1;
    }
    case ast::ATM_METACONNECT: {
        Frag b1 = msg_types(*this, {kSetup, kCallProceed, kConnect, kRelease, kReleaseDone});
        Frag b0 = vpi_vci(*this, 0, 1);
        gen_and(b0, b1);
        return b1;
    }
    default: fail("internal error: bad ATM type");
    }
}

// ---- SS7 MTP2/MTP3

Frag Gen::gen_mtp2type_abbrev(int type) {
    static const char* const names[] = {"fisu", "lssu", "msu", "hfisu", "hlssu", "hmsu"};
    if (linktype != dlt::MTP2 && linktype != dlt::ERF && linktype != dlt::MTP2_WITH_PHDR)
        fail(std::string("'") + names[type] + "' supported only on MTP2");
    switch (type) {
    case ast::MTP2_FISU: return gen_ncmp(OffRel::Packet, off_li, B, 0x3f, JEQ, false, 0);
    case ast::MTP2_LSSU: {
        Frag b0 = gen_ncmp(OffRel::Packet, off_li, B, 0x3f, JGT, true, 2);
        Frag b1 = gen_ncmp(OffRel::Packet, off_li, B, 0x3f, JGT, false, 0);
        gen_and(b1, b0);
        return b0;
    }
    case ast::MTP2_MSU: return gen_ncmp(OffRel::Packet, off_li, B, 0x3f, JGT, false, 2);
    case ast::MTP2_HFISU: return gen_ncmp(OffRel::Packet, off_li_hsl, H, 0xff80, JEQ, false, 0);
    case ast::MTP2_HLSSU: {
        Frag b0 = gen_ncmp(OffRel::Packet, off_li_hsl, H, 0xff80, JGT, true, 0x0100);
        Frag b1 = gen_ncmp(OffRel::Packet, off_li_hsl, H, 0xff80, JGT, false, 0);
        gen_and(b1, b0);
        return b0;
    }
    default: return gen_ncmp(OffRel::Packet, off_li_hsl, H, 0xff80, JGT, false, 0x0100);
    }
}

Frag Gen::gen_mtp3field_code(int field, uint32_t v, uint16_t jtype, bool reverse) {
    const bool hsl = field >= ast::MTP3_HSIO;
    const uint32_t extra = hsl ? 3 : 0;
    switch (hsl ? field - 4 : field) {
    case ast::MTP3_SIO:
        if (off_sio == OFFSET_NOT_SET) fail("'sio' supported only on SS7");
        if (v > 255) fail("sio value " + std::to_string(v) + " too big; max value = 255");
        return gen_ncmp(OffRel::Packet, off_sio + extra, B, 0xffffffffu, jtype, reverse, v);
    case ast::MTP3_OPC: {
        if (off_opc == OFFSET_NOT_SET) fail("'opc' supported only on SS7");
        if (v > 16383) fail("opc value " + std::to_string(v) + " too big; max value = 16383");
        uint32_t w = ((v & 0x3c00) >> 10) + ((v & 0x03fc) << 6) + ((v & 0x0003) << 22);
        return gen_ncmp(OffRel::Packet, off_opc + extra, W, 0x00c0ff0f, jtype, reverse, w);
    }
    case ast::MTP3_DPC: {
        if (off_dpc == OFFSET_NOT_SET) fail("'dpc' supported only on SS7");
        if (v > 16383) fail("dpc value " + std::to_string(v) + " too big; max value = 16383");
        uint32_t w = ((v & 0x00ff) << 24) + ((v & 0x3f00) << 8);
        return gen_ncmp(OffRel::Packet, off_dpc + extra, W, 0xff3f0000, jtype, reverse, w);
    }
    default: {
        if (off_sls == OFFSET_NOT_SET) fail("'sls' supported only on SS7");
        if (v > 15) fail("sls value " + std::to_string(v) + " too big; max value = 15");
        return gen_ncmp(OffRel::Packet, off_sls + extra, B, 0xf0, jtype, reverse, v << 4);
    }
    }
}

// ---- pflog (OpenBSD packet filter log headers)
//
// struct pfloghdr: length, af, action, reason (bytes 0-3), ifname[16] at 4,
// ruleset[16] at 20, rulenr at 36, subrulenr at 40, ..., dir at 60.

Frag Gen::gen_pf(const ast::Node& n) {
    const char* what = "";
    switch (n.kind) {
    case ast::Kind::PfIfname: what = "ifname"; break;
    case ast::Kind::PfRuleset: what = "ruleset"; break;
    case ast::Kind::PfRnr: what = "rnr"; break;
    case ast::Kind::PfSrnr: what = "srnr"; break;
    case ast::Kind::PfReason: what = "reason"; break;
    default: what = "action"; break;
    }
    if (linktype != dlt::PFLOG) fail(std::string(what) + " supported only on PF linktype");
    switch (n.kind) {
    case ast::Kind::PfIfname:
    case ast::Kind::PfRuleset: {
        const bool ifname = n.kind == ast::Kind::PfIfname;
        if (n.s1.size() >= 16)
            fail(std::string(ifname ? "ifname interface names" : "ruleset names") +
                 " can only be 15 characters");
        if (n.s1.empty()) return gen_true();
        return gen_bcmp(OffRel::LinkHdr, ifname ? 4 : 20, static_cast<uint32_t>(n.s1.size()),
                        reinterpret_cast<const uint8_t*>(n.s1.data()));
    }
    case ast::Kind::PfRnr: return gen_cmp(OffRel::LinkHdr, 36, W, n.n1);
    case ast::Kind::PfSrnr: return gen_cmp(OffRel::LinkHdr, 40, W, n.n1);
    case ast::Kind::PfReason: return gen_cmp(OffRel::LinkHdr, 3, B, n.n1);
    default: return gen_cmp(OffRel::LinkHdr, 2, B, n.n1);
    }
}

}  // namespace rd::bpf::gen
