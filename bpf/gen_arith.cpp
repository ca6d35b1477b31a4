// Arithmetic expressions and relations: every intermediate value lives in a scratch
// register, exactly as libpcap lays it out; the optimizer folds what it can.
#include "gencode.hpp"

namespace rd::bpf::gen {

using namespace op;

namespace {
Stmt xfer_to_x(const ArithVal& a) { return ir::stmt(LDX | MEM, static_cast<uint32_t>(a.regno)); }
Stmt xfer_to_a(const ArithVal& a) { return ir::stmt(LD | MEM, static_cast<uint32_t>(a.regno)); }
void append(Stmts& to, const Stmts& from) { to.insert(to.end(), from.begin(), from.end()); }
}  // namespace

ArithVal Gen::gen_loadi(uint32_t v) {
    ArithVal a;
    a.regno = alloc_reg();
    a.s = {ir::stmt(LD | IMM, v), ir::stmt(ST, static_cast<uint32_t>(a.regno))};
    return a;
}

ArithVal Gen::gen_loadlen() {
    ArithVal a;
    a.regno = alloc_reg();
    a.s = {ir::stmt(LD | LEN), ir::stmt(ST, static_cast<uint32_t>(a.regno))};
    return a;
}

ArithVal Gen::gen_load(int proto, ArithVal inst, uint32_t size) {
    const int regno = alloc_reg();
    free_reg(inst.regno);
    uint16_t sz = 0;
    switch (size) {
    case 1: sz = B; break;
    case 2: sz = H; break;
    case 4: sz = W; break;
    default: fail("data size must be 1, 2, or 4");
    }
    // Index relative to a header whose start may itself be variable: X := var + index.
    auto index_into_x = [&](AbsOffset& off) {
        Stmts s;
        if (auto var = gen_abs_offset_varpart(off)) {
            s = std::move(*var);
            s.push_back(xfer_to_a(inst));
            s.push_back(ir::stmt(ALU | ADD | X));
            s.push_back(ir::stmt(MISC | TAX));
        } else {
            s.push_back(xfer_to_x(inst));
        }
        return s;
    };
    auto and_check = [&](Frag b) {
        if (inst.b) gen_and(*inst.b, b);
        inst.b = std::move(b);
    };
    switch (proto) {
    case ast::Q_RADIO: {
        if (linktype != dlt::IEEE802_11_RADIO_AVS && linktype != dlt::IEEE802_11_RADIO &&
            linktype != dlt::PRISM_HEADER)
            fail("radio information not present in capture");
        Stmts s{xfer_to_x(inst), ir::stmt(LD | IND | sz, 0)};
        append(inst.s, s);
        break;
    }
    case ast::Q_LINK: {
        Stmts s = index_into_x(off_linkhdr);
        s.push_back(ir::stmt(LD | IND | sz, off_linkhdr.constant_part));
        append(inst.s, s);
        break;
    }
    case ast::Q_IP:
    case ast::Q_ARP:
    case ast::Q_RARP:
    case ast::Q_ATALK:
    case ast::Q_DECNET:
    case ast::Q_SCA:
    case ast::Q_LAT:
    case ast::Q_MOPRC:
    case ast::Q_MOPDL:
    case ast::Q_IPV6: {
        Stmts s = index_into_x(off_linkpl);
        s.push_back(ir::stmt(LD | IND | sz, off_linkpl.constant_part + off_nl));
        append(inst.s, s);
        and_check(gen_proto_abbrev(proto));
        break;
    }
    case ast::Q_SCTP:
    case ast::Q_TCP:
    case ast::Q_UDP:
    case ast::Q_ICMP:
    case ast::Q_IGMP:
    case ast::Q_IGRP:
    case ast::Q_PIM:
    case ast::Q_VRRP:
    case ast::Q_CARP: {
        // relative to the transport header: X := IPv4 header length + index
        Stmts s = gen_loadx_iphdrlen();
        s.push_back(xfer_to_a(inst));
        s.push_back(ir::stmt(ALU | ADD | X));
        s.push_back(ir::stmt(MISC | TAX));
        s.push_back(ir::stmt(LD | IND | sz, off_linkpl.constant_part + off_nl));
        append(inst.s, s);
        // only for the first fragment of an IPv4 packet of that protocol
        Frag pa = gen_proto_abbrev(proto);
        Frag b = gen_ipfrag();
        gen_and(pa, b);
        if (inst.b) gen_and(*inst.b, b);
        Frag ip = gen_proto_abbrev(ast::Q_IP);
        gen_and(ip, b);
        inst.b = std::move(b);
        break;
    }
    case ast::Q_ICMPV6: {
        and_check(gen_proto_abbrev(ast::Q_IPV6));
        and_check(gen_cmp(OffRel::LinkPl, 6, B, ipproto::ICMPV6));
        Stmts s = index_into_x(off_linkpl);
        s.push_back(ir::stmt(LD | IND | sz, off_linkpl.constant_part + off_nl + 40));
        append(inst.s, s);
        break;
    }
    default: fail("unsupported index operation");
    }
    inst.regno = regno;
    inst.s.push_back(ir::stmt(ST, static_cast<uint32_t>(regno)));
    return inst;
}

ArithVal Gen::gen_arth(uint16_t code, ArithVal a0, ArithVal a1) {
    // Constant zero divisors and oversized shifts are refused even without the optimizer.
    const Stmt& first = a1.s.front();
    const bool a1_imm = first.code == (LD | IMM);
    if (code == DIV && a1_imm && first.k == 0) fail("division by zero");
    if (code == MOD && a1_imm && first.k == 0) fail("modulus by zero");
    if ((code == LSH || code == RSH) && a1_imm && first.k > 31)
        fail("shift by more than 31 bits");
    append(a0.s, a1.s);
    a0.s.push_back(xfer_to_x(a1));
    a0.s.push_back(xfer_to_a(a0));
    a0.s.push_back(ir::stmt(ALU | X | code));
    free_reg(a0.regno);
    free_reg(a1.regno);
    a0.regno = alloc_reg();
    a0.s.push_back(ir::stmt(ST, static_cast<uint32_t>(a0.regno)));
    // (libpcap drops a1's protocol checks here; we keep its behaviour)
    return a0;
}

ArithVal Gen::gen_neg(ArithVal a) {
    a.s.push_back(xfer_to_a(a));
    a.s.push_back(ir::stmt(ALU | NEG, 0));
    a.s.push_back(ir::stmt(ST, static_cast<uint32_t>(a.regno)));
    return a;
}

ArithVal Gen::gen_arith_tree(const ast::Arith& a) {
    switch (a.kind) {
    case ast::Arith::Kind::Const: return gen_loadi(a.value);
    case ast::Arith::Kind::Len: return gen_loadlen();
    case ast::Arith::Kind::Load: return gen_load(a.proto, gen_arith_tree(*a.a), a.size);
    case ast::Arith::Kind::Neg: return gen_neg(gen_arith_tree(*a.a));
    case ast::Arith::Kind::Binary: {
        ArithVal l = gen_arith_tree(*a.a);
        ArithVal r = gen_arith_tree(*a.b);
        return gen_arth(a.op, std::move(l), std::move(r));
    }
    }
    fail("internal error: bad arithmetic node");
}

Frag Gen::gen_relation(uint16_t code, ArithVal a0, ArithVal a1, bool reversed) {
    Block* blk;
    Stmts s = std::move(a0.s);
    append(s, a1.s);
    s.push_back(xfer_to_x(a1));
    s.push_back(xfer_to_a(a0));
    if (code == JEQ) {
        s.push_back(ir::stmt(ALU | SUB | X));
        blk = new_block(JMP | JEQ | K, 0);
    } else {
        blk = new_block(JMP | code | X, 0);
    }
    blk->stmts = std::move(s);
    Frag b = leaf(blk);
    if (reversed) gen_not(b);
    free_reg(a0.regno);
    free_reg(a1.regno);
    // and together the protocol checks of both sides
    std::optional<Frag> tmp;
    if (a0.b) {
        if (a1.b) gen_and(*a0.b, *a1.b), tmp = std::move(a1.b);
        else tmp = std::move(a0.b);
    } else {
        tmp = std::move(a1.b);
    }
    if (tmp) gen_and(*tmp, b);
    return b;
}

Frag Gen::gen_less(uint32_t n) {
    Frag b = jmp(JGT, n, Stmts{ir::stmt(LD | LEN)});
    gen_not(b);
    return b;
}

Frag Gen::gen_greater(uint32_t n) { return jmp(JGE, n, Stmts{ir::stmt(LD | LEN)}); }

Frag Gen::gen_byteop(int op, uint32_t idx, uint32_t val) {
    switch (op) {
    case '=': return gen_cmp(OffRel::LinkHdr, idx, B, val);
    case '<': return gen_cmp_lt(OffRel::LinkHdr, idx, B, val);
    case '>': return gen_cmp_gt(OffRel::LinkHdr, idx, B, val);
    default: {
        // libpcap applies '&' and '|' to whatever is in A, without loading the byte
        Frag b = jmp(JEQ, 0, Stmts{ir::stmt(ALU | (op == '|' ? OR : AND) | K, val)});
        gen_not(b);
        return b;
    }
    }
}

}  // namespace rd::bpf::gen
