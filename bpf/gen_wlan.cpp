// IEEE 802.11: frame type tests, address matches that depend on the DS bits, and the
// code that computes the variable lengths of radio headers and of the 802.11 header.
#include "gencode.hpp"

namespace rd::bpf::gen {

using namespace op;

namespace {
constexpr uint32_t kFc0TypeMask = 0x0c, kFc0SubtypeMask = 0xf0, kFc0TypeCtl = 0x04;
constexpr uint32_t kFc0SubtypeCts = 0xc0, kFc0SubtypeAck = 0xd0;
constexpr uint32_t kFc1DirMask = 0x03, kFc1DirDsToDs = 0x03;

// Statement list with forward jumps by index; jumps to kEnd go to the first statement
// after the list (libpcap's "snext").
class Prologue {
public:
    static constexpr size_t kEnd = static_cast<size_t>(-1);
    size_t add(uint16_t code, uint32_t k = 0) {
        s_.push_back(ir::stmt(code, k));
        return s_.size() - 1;
    }
    void jt(size_t from, size_t to) { fix_.push_back({from, to, true}); }
    void jf(size_t from, size_t to) { fix_.push_back({from, to, false}); }
    size_t next() const { return s_.size(); }
    Stmts finish(Stmts prefix = {}) {
        size_t base = prefix.size();
        for (const Fix& f : fix_) {
            size_t to = f.to == kEnd ? s_.size() : f.to;
            uint32_t rel = static_cast<uint32_t>(to - f.from - 1);
            (f.t ? s_[f.from].jt : s_[f.from].jf) = rel;
        }
        prefix.insert(prefix.end(), s_.begin(), s_.end());
        (void)base;
        return prefix;
    }

private:
    struct Fix {
        size_t from, to;
        bool t;
    };
    Stmts s_;
    std::vector<Fix> fix_;
};
}  // namespace

Frag Gen::gen_check_802_11_data_frame() {
    // data frame: 0x08 set and 0x04 clear in the frame control field
    Frag b0 = jmp(JSET, 0x08, gen_load_a(OffRel::LinkHdr, 0, B));
    Frag b1 = jmp(JSET, 0x04, gen_load_a(OffRel::LinkHdr, 0, B));
    gen_not(b1);
    gen_and(b1, b0);
    return b0;
}

// A check "link[off] & bit", optionally negated.
static Frag fc_bit(Gen& g, uint32_t off, uint32_t bit, bool negate) {
    Frag b = g.jmp(JSET, bit, g.gen_load_a(OffRel::LinkHdr, off, B));
    if (negate) Gen::gen_not(b);
    return b;
}

Frag Gen::gen_wlanhostop(const uint8_t* eaddr, int dir) {
    switch (dir) {
    case ast::D_SRC: {
        // data frames: SA at 24 (FromDS+ToDS), 16 (FromDS only) or 10 (no FromDS);
        // management frames: 10; control frames: none
        Frag b1 = fc_bit(*this, 1, 0x01, false);
        Frag b0 = gen_bcmp(OffRel::LinkHdr, 24, 6, eaddr);
        gen_and(b1, b0);
        Frag b2 = fc_bit(*this, 1, 0x01, true);
        b1 = gen_bcmp(OffRel::LinkHdr, 16, 6, eaddr);
        gen_and(b2, b1);
        gen_or(b1, b0);
        b1 = fc_bit(*this, 1, 0x02, false);
        gen_and(b1, b0);
        b2 = fc_bit(*this, 1, 0x02, true);
        b1 = gen_bcmp(OffRel::LinkHdr, 10, 6, eaddr);
        gen_and(b2, b1);
        gen_or(b1, b0);
        b1 = fc_bit(*this, 0, 0x08, false);
        gen_and(b1, b0);
        b2 = fc_bit(*this, 0, 0x08, true);
        b1 = gen_bcmp(OffRel::LinkHdr, 10, 6, eaddr);
        gen_and(b2, b1);
        gen_or(b1, b0);
        b1 = fc_bit(*this, 0, 0x04, true);
        gen_and(b1, b0);
        return b0;
    }
    case ast::D_DST: {
        // data frames: DA at 16 (ToDS) or 4; management frames: 4; control: none
        Frag b1 = fc_bit(*this, 1, 0x01, false);
        Frag b0 = gen_bcmp(OffRel::LinkHdr, 16, 6, eaddr);
        gen_and(b1, b0);
        Frag b2 = fc_bit(*this, 1, 0x01, true);
        b1 = gen_bcmp(OffRel::LinkHdr, 4, 6, eaddr);
        gen_and(b2, b1);
        gen_or(b1, b0);
        b1 = fc_bit(*this, 0, 0x08, false);
        gen_and(b1, b0);
        b2 = fc_bit(*this, 0, 0x08, true);
        b1 = gen_bcmp(OffRel::LinkHdr, 4, 6, eaddr);
        gen_and(b2, b1);
        gen_or(b1, b0);
        b1 = fc_bit(*this, 0, 0x04, true);
        gen_and(b1, b0);
        return b0;
    }
    case ast::D_AND: {
        Frag b0 = gen_wlanhostop(eaddr, ast::D_SRC);
        Frag b1 = gen_wlanhostop(eaddr, ast::D_DST);
        gen_and(b0, b1);
        return b1;
    }
    case ast::D_DEFAULT:
    case ast::D_OR: {
        Frag b0 = gen_wlanhostop(eaddr, ast::D_SRC);
        Frag b1 = gen_wlanhostop(eaddr, ast::D_DST);
        gen_or(b0, b1);
        return b1;
    }
    case ast::D_ADDR1: return gen_bcmp(OffRel::LinkHdr, 4, 6, eaddr);
    case ast::D_ADDR2:
    case ast::D_TA: {
        // not present in CTS and ACK control frames
        Frag b0 = gen_mcmp(OffRel::LinkHdr, 0, B, kFc0TypeCtl, kFc0TypeMask);
        gen_not(b0);
        Frag b1 = gen_mcmp(OffRel::LinkHdr, 0, B, kFc0SubtypeCts, kFc0SubtypeMask);
        gen_not(b1);
        Frag b2 = gen_mcmp(OffRel::LinkHdr, 0, B, kFc0SubtypeAck, kFc0SubtypeMask);
        gen_not(b2);
        gen_and(b1, b2);
        gen_or(b0, b2);
        if (dir == ast::D_TA) {
            // and not in management frames
            b1 = fc_bit(*this, 0, 0x08, false);
            gen_and(b1, b2);
        }
        b1 = gen_bcmp(OffRel::LinkHdr, 10, 6, eaddr);
        gen_and(b2, b1);
        return b1;
    }
    case ast::D_ADDR3: {
        Frag b0 = gen_mcmp(OffRel::LinkHdr, 0, B, kFc0TypeCtl, kFc0TypeMask);
        gen_not(b0);
        Frag b1 = gen_bcmp(OffRel::LinkHdr, 16, 6, eaddr);
        gen_and(b0, b1);
        return b1;
    }
    case ast::D_ADDR4: {
        Frag b0 = gen_mcmp(OffRel::LinkHdr, 1, B, kFc1DirDsToDs, kFc1DirMask);
        Frag b1 = gen_bcmp(OffRel::LinkHdr, 24, 6, eaddr);
        gen_and(b0, b1);
        return b1;
    }
    case ast::D_RA: {
        Frag b1 = fc_bit(*this, 0, 0x08, false);
        Frag b0 = gen_bcmp(OffRel::LinkHdr, 4, 6, eaddr);
        gen_and(b1, b0);
        return b0;
    }
    default: fail("internal error: bad direction");
    }
}

Frag Gen::gen_wlan_multicast() {
    Frag b1 = fc_bit(*this, 1, 0x01, false);
    Frag b0 = gen_mac_multicast(16);
    gen_and(b1, b0);
    Frag b2 = fc_bit(*this, 1, 0x01, true);
    b1 = gen_mac_multicast(4);
    gen_and(b2, b1);
    gen_or(b1, b0);
    b1 = fc_bit(*this, 0, 0x08, false);
    gen_and(b1, b0);
    b2 = fc_bit(*this, 0, 0x08, true);
    b1 = gen_mac_multicast(4);
    gen_and(b2, b1);
    gen_or(b1, b0);
    b1 = fc_bit(*this, 0, 0x04, true);
    gen_and(b1, b0);
    return b0;
}

Frag Gen::gen_p80211_type(uint32_t type, uint32_t mask) {
    switch (linktype) {
    case dlt::IEEE802_11:
    case dlt::PRISM_HEADER:
    case dlt::IEEE802_11_RADIO_AVS:
    case dlt::IEEE802_11_RADIO: return gen_mcmp(OffRel::LinkHdr, 0, B, type, mask);
    default: fail("802.11 link-layer types supported only on 802.11");
    }
}

Frag Gen::gen_p80211_fcdir(uint32_t fcdir) {
    switch (linktype) {
    case dlt::IEEE802_11:
    case dlt::PRISM_HEADER:
    case dlt::IEEE802_11_RADIO_AVS:
    case dlt::IEEE802_11_RADIO: break;
    default: fail("frame direction supported only with 802.11 headers");
    }
    return gen_mcmp(OffRel::LinkHdr, 1, B, fcdir, kFc1DirMask);
}

// Code that leaves the length of the header before the 802.11 header in X (and in
// its scratch register), for the link types that have one.
std::optional<Stmts> Gen::gen_llprefixlen() {
    // libpcap turns the optimizer off for Prism headers whether or not it needs the
    // header length (the AVS/Prism choice is a jump inside a statement list)
    if (outermostlinktype == dlt::PRISM_HEADER) no_optimize_ = true;
    if (off_linkhdr.reg == -1) return std::nullopt;
    const uint32_t reg = static_cast<uint32_t>(off_linkhdr.reg);
    switch (outermostlinktype) {
    case dlt::IEEE802_11_RADIO:
    case dlt::PPI:
        // little-endian 16-bit length at offset 2
        return Stmts{ir::stmt(LD | B | ABS, 3), ir::stmt(ALU | LSH | K, 8), ir::stmt(MISC | TAX),
                     ir::stmt(LD | B | ABS, 2), ir::stmt(ALU | OR | X), ir::stmt(ST, reg),
                     ir::stmt(MISC | TAX)};
    case dlt::IEEE802_11_RADIO_AVS:
        return Stmts{ir::stmt(LD | W | ABS, 4), ir::stmt(ST, reg), ir::stmt(MISC | TAX)};
    case dlt::PRISM_HEADER: {
        // AVS header (cookie 0x80211xxx) carries its length; Prism is 144 bytes
        Prologue p;
        p.add(LD | W | ABS, 0);
        p.add(ALU | AND | K, 0xfffff000);
        size_t jeq = p.add(JMP | JEQ | K, 0x80211000);
        size_t avs = p.add(LD | W | ABS, 4);
        p.add(JMP | JA | K, 1);
        size_t prism = p.add(LD | W | IMM, 144);
        p.add(ST, reg);
        p.add(MISC | TAX);
        p.jt(jeq, avs);
        p.jf(jeq, prism);
        return p.finish();
    }
    default: return std::nullopt;
    }
}

// Compute the offset of the 802.11 payload (header is 24 bytes, +2 for QoS data
// frames, rounded up to 4 when radiotap says the driver padded it).
std::optional<Stmts> Gen::gen_load_802_11_header_len(std::optional<Stmts> s) {
    if (off_linkpl.reg == -1) return s;
    // jumps inside a statement list: the optimizer can't handle those
    no_optimize_ = true;
    const uint32_t plreg = static_cast<uint32_t>(off_linkpl.reg);
    Stmts prefix = s ? std::move(*s) : Stmts{ir::stmt(LDX | IMM, off_outermostlinkhdr.constant_part)};
    Prologue p;
    p.add(MISC | TXA);
    p.add(ALU | ADD | K, 24);
    p.add(ST, plreg);
    p.add(LD | IND | B, 0);
    size_t data1 = p.add(JMP | JSET | K, 0x08);
    size_t data2 = p.add(JMP | JSET | K, 0x04);
    p.jt(data1, data2);
    p.jf(data1, Prologue::kEnd);
    size_t qos = p.add(JMP | JSET | K, 0x80);
    p.jt(data2, Prologue::kEnd);
    p.jf(data2, qos);
    size_t addqos = p.add(LD | MEM, plreg);
    p.jt(qos, addqos);
    p.add(ALU | ADD | K, 2);
    p.add(ST, plreg);
    if (linktype == dlt::IEEE802_11_RADIO) {
        size_t ldpresent = p.add(LD | ABS | W, 4);
        p.jf(qos, ldpresent);
        size_t flags = p.add(JMP | JSET | K, 0x02000000);  // FLAGS present (little-endian)
        p.jf(flags, Prologue::kEnd);
        size_t ext = p.add(JMP | JSET | K, 0x00000080);    // another presence word follows
        p.jt(flags, ext);
        p.jt(ext, Prologue::kEnd);
        size_t tsft = p.add(JMP | JSET | K, 0x01000000);   // TSFT present
        p.jf(ext, tsft);
        size_t ld16 = p.add(LD | ABS | B, 16);
        p.jt(tsft, ld16);
        size_t pad1 = p.add(JMP | JSET | K, 0x20);         // DATAPAD flag
        size_t ld8 = p.add(LD | ABS | B, 8);
        p.jf(tsft, ld8);
        size_t pad2 = p.add(JMP | JSET | K, 0x20);
        size_t round = p.add(LD | MEM, plreg);
        p.add(ALU | ADD | K, 3);
        p.add(ALU | AND | K, ~3u);
        p.add(ST, plreg);
        p.jt(pad1, round);
        p.jf(pad1, Prologue::kEnd);
        p.jt(pad2, round);
        p.jf(pad2, Prologue::kEnd);
    } else {
        p.jf(qos, Prologue::kEnd);
    }
    return p.finish(std::move(prefix));
}

}  // namespace rd::bpf::gen
