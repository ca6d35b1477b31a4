// ForCES protocol (RFC 5810) over SCTP (RFC 5811 TML): the common header, its flags,
// and the top-level TLVs (LFB selectors with their operation TLVs, redirect data,
// association results). Path data is in forces_pdata.cpp.
#include "forces_int.hpp"
#include "sctp.hpp"

namespace rd {

namespace forces {

namespace {

constexpr uint32_t kHdrLen = 24;

// Top-level TLV counts a message allows: low bits say whether none, zero or more, one
// or more; the high nibble is the most tcpdump prints.
constexpr uint16_t kZeroTtlv = 0x01;
constexpr uint16_t kZeroMoreTtlv = 0x02;
constexpr uint16_t kOneMoreTtlv = 0x04;
constexpr uint16_t kTtlvT1 = kOneMoreTtlv | 0x10;
constexpr uint16_t kTtlvT2 = kOneMoreTtlv | 0xf0;

// Operations (RFC 5810 A.2) as bits 1 << (op - 1).
constexpr uint16_t op_bit(int op) { return static_cast<uint16_t>(1u << (op - 1)); }
constexpr uint16_t kOpsAssocSetup = op_bit(11);
constexpr uint16_t kOpsConfig = op_bit(1) | op_bit(2) | op_bit(5) | op_bit(12) | op_bit(14);
constexpr uint16_t kOpsConfigResp = op_bit(3) | op_bit(4) | op_bit(6) | op_bit(13);
constexpr uint16_t kOpsQuery = op_bit(7) | op_bit(8);
constexpr uint16_t kOpsQueryResp = op_bit(9) | op_bit(10);
constexpr uint16_t kOpsEvent = op_bit(11);

enum class Body { None, LfbSelect, Teardown, Redirect, AssocResult };

struct MessageType {
    uint8_t type;
    uint16_t flags;
    uint16_t op_msk;
    const char* name;
    Body body;
};

constexpr MessageType kMessages[] = {
    {0x01, kZeroMoreTtlv | 0x20, kOpsAssocSetup, "Association Setup", Body::LfbSelect},
    {0x02, kTtlvT1, 0, "Association TearDown", Body::Teardown},
    {0x03, kTtlvT2, kOpsConfig, "Config", Body::LfbSelect},
    {0x04, kTtlvT2, kOpsQuery, "Query", Body::LfbSelect},
    {0x05, kTtlvT1, kOpsEvent, "Event Notification", Body::LfbSelect},
    {0x06, kTtlvT2, 0, "Packet Redirect", Body::Redirect},
    {0x0f, kZeroTtlv, 0, "HeartBeat", Body::None},
    {0x11, kTtlvT1, 0, "Association Response", Body::AssocResult},
    {0x13, kTtlvT2, kOpsConfigResp, "Config Response", Body::LfbSelect},
    {0x14, kTtlvT2, kOpsQueryResp, "Query Response", Body::LfbSelect},
};

enum class OpBody { None, PathDataList, SinglePathData, Invalid };

struct Operation {
    uint16_t op_msk;
    const char* name;
    OpBody body;
};

// Indexed by operation type; 0 (and anything unknown) is the invalid entry.
constexpr Operation kOperations[] = {
    {0, "Invalid OPTLV", OpBody::Invalid},
    {kFullData | kSparseData, " Set", OpBody::PathDataList},
    {kFullData | kSparseData, " SetProp", OpBody::PathDataList},
    {kResultTlv, " SetResp", OpBody::PathDataList},
    {kResultTlv, " SetPropResp", OpBody::PathDataList},
    {0, " Del", OpBody::PathDataList},
    {kResultTlv, " DelResp", OpBody::PathDataList},
    {0, " Get", OpBody::PathDataList},
    {0, " GetProp", OpBody::PathDataList},
    {kFullData | kSparseData | kResultTlv, " GetResp", OpBody::PathDataList},
    {kFullData | kResultTlv, " GetPropResp", OpBody::PathDataList},
    {kFullData | kSparseData, " Report", OpBody::PathDataList},
    {0, " Commit", OpBody::None},
    {kResultTlv, " RCommit", OpBody::SinglePathData},
    {0, " RTRCOMP", OpBody::None},
};
constexpr uint16_t kOpMax = 14;

constexpr Tok kTlvNames[] = {
    {0x0000, "Invalid TLV"},     {0x0001, "REDIRECT TLV"},   {0x0010, "ASResult TLV"},
    {0x0011, "ASTreason TLV"},   {0x1000, "LFBselect TLV"},  {0x0110, "PATH-DATA TLV"},
    {0x0111, "KEYINFO TLV"},     {0x0112, "FULLDATA TLV"},   {0x0113, "SPARSEDATA TLV"},
    {0x0114, "RESULT TLV"},      {0x0115, "METADATA TLV"},   {0x0116, "REDIRECTDATA TLV"},
};

constexpr Tok kCheckErrors[] = {
    {1, "Invalid total length"}, {2, "xLV too short"}, {3, "xLV too long"},
    {4, "data padding missing"},
};

constexpr Tok kLfbs[] = {{0, "Invalid TLV"}, {1, "FEObj LFB"}, {2, "FEProtoObj LFB"}};
constexpr Tok kAcks[] = {{0, "NoACK"}, {1, "SuccessACK"}, {2, "FailureACK"}, {3, "AlwaysACK"}};
constexpr Tok kExecModes[] = {{0, "EMReserved"}, {1, "execute-all-or-none"},
                              {2, "execute-until-failure"}, {3, "continue-execute-on-failure"}};
constexpr Tok kAtomicity[] = {{0, "Standalone"}, {1, "2PCtransaction"}};
constexpr Tok kTransPhases[] = {{0, "StartofTransaction"}, {1, "MiddleofTransaction"},
                                {2, "EndofTransaction"}, {3, "abort"}};

bool message_type_known(uint8_t t) {
    return t != 0 && !(t >= 0x7 && t <= 0xe) && t != 0x10 && t <= 0x14;
}

bool top_tlv_known(uint16_t t) {
    return t == 0x1 || t == 0x1000 || t == 0x10 || t == 0x11 || (t >= 0x110 && t <= 0x116);
}

const char* node_kind(uint32_t id) {
    if (id <= 0x3fffffff) return "FE";
    if (id <= 0x7fffffff) return "CE";
    if (id >= 0xc0000000 && id <= 0xffffffef) return "AllMulticast";
    if (id == 0xfffffffd) return "AllCEsBroadcast";
    if (id == 0xfffffffe) return "AllFEsBroadcast";
    if (id == 0xffffffff) return "AllBroadcast";
    return "ForCESreserved";
}

bool op_allowed(uint16_t op, uint16_t mask) {
    if (op == 0) return false;
    if (op <= kOpMax) return (op_bit(op) & mask) != 0;
    return op >= 0x8000;  // vendor operations
}

// One operation TLV at off (its length is known to fit).
void operation_print(Ctx& ctx, const Cursor& c, size_t off, int indent) {
    const Indent ib(indent, false);
    const uint16_t type = c.be16(off);
    const uint16_t tlen = c.be16(off + 2);
    if (ctx.truncated) return;
    const uint32_t tll = tlen - kTlvHdr;
    const Operation& op = kOperations[type <= kOpMax ? type : 0];
    if (ctx.opt.vflag >= 3) ctx.out.f("{}Oper TLV {}(0x{:x}) length {}\n", ib.str(), op.name, type, tlen);
    if (tll < 8) {
        ctx.out.f("\t\tOper TLV {}(0x{:x}) length {}\n", op.name, type, tlen);
        ctx.out.f("\t\tTruncated data size {} minimum required {}\n", tll, 8);
        invalid_op_print(ctx, c, off + kTlvHdr, tll, indent);
        return;
    }
    switch (op.body) {
    case OpBody::PathDataList: path_data_list_print(ctx, c, off + kTlvHdr, tll, op.op_msk, indent + 1); break;
    case OpBody::SinglePathData: single_path_data_print(ctx, c, off + kTlvHdr, tll, op.op_msk, indent + 1); break;
    case OpBody::Invalid: invalid_op_print(ctx, c, off + kTlvHdr, tll, indent + 1); break;
    case OpBody::None: break;
    }
}

// LFB selector: class and instance, then operation TLVs. off is the TLV's value; len
// the TLV's length.
int lfb_select_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk, int indent) {
    OutBuf& out = ctx.out;
    const Indent ib(indent, false);
    const uint32_t dlen = len - kTlvHdr;
    if (dlen <= 12) {
        out.f("\n\t\ttruncated lfb selector: {} bytes missing! ", 12 - dlen);
        return -1;
    }
    uint32_t rlen = dlen - 8;
    if (!c.has(off, 8)) {
        ctx.print_trunc();
        return -1;
    }
    if (ctx.opt.vflag >= 3) {
        const uint32_t cls = c.be32(off);
        out.f("\n{}", ib.str());
        if (const char* name = tok_lookup(kLfbs, cls))
            out.put(name);
        else
            out.f("#{}", static_cast<int32_t>(cls));  // tcpdump formats it with %d
        out.f("(Classid {:x}) instance {:x}\n", cls, c.be32(off + 4));
    }
    size_t p = off + 8;
    ++indent;
    while (rlen != 0) {
        const uint16_t type = c.be16(p);
        const uint16_t tlvl = c.be16(p + 2);
        if (ctx.truncated) return -1;
        if (tlv_check(tlvl, rlen) != 0) break;
        if (op_allowed(type, op_msk)) {
            operation_print(ctx, c, p, indent);
        } else {
            if (ctx.opt.vflag < 3) out.put('\n');
            out.f("\t\tINValid oper-TLV type 0x{:x} length {} for this ForCES message\n", type, tlvl);
            invalid_op_print(ctx, c, p, rlen, indent);
        }
        if (ctx.truncated) return -1;
        rlen -= align4(tlvl);
        p += align4(tlvl);
    }
    if (rlen != 0) {
        const uint16_t type = c.be16(p);
        const uint16_t tlvl = c.be16(p + 2);
        if (ctx.truncated) return -1;
        out.f("\n\t\tMessy oper TLV header, type (0x{:x})\n\t\texcess of {} Bytes ", type, rlen - tlvl);
        return -1;
    }
    return 0;
}

int teardown_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent) {
    const Indent ib(indent, false);
    const uint32_t dlen = len - kTlvHdr;
    if (dlen != 4) {
        ctx.out.f("illegal ASTresult-TLV: {} bytes!\n", dlen);
        return -1;
    }
    const uint32_t code = c.be32(off);
    if (ctx.truncated) return -1;
    if (code > 255) {
        ctx.out.f("illegal ASTresult result code: {}!\n", code);
        return -1;
    }
    if (ctx.opt.vflag >= 3) {
        static constexpr const char* kReasons[] = {"Normal Teardown", "Loss of Heartbeats",
                                                   "Out of bandwidth", "Out of Memory",
                                                   "Application Crash"};
        ctx.out.f("Teardown reason:\n{}{}", ib.str(), code < 5 ? kReasons[code] : "Unknown Teardown reason");
        ctx.out.f("({:x})\n{}", code, ib.str());
    }
    return 0;
}

int assoc_result_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent) {
    const Indent ib(indent, false);
    const uint32_t dlen = len - kTlvHdr;
    if (dlen != 4) {
        ctx.out.f("illegal ASRresult-TLV: {} bytes!\n", dlen);
        return -1;
    }
    const uint32_t code = c.be32(off);
    if (ctx.truncated) return -1;
    if (code > 3) {
        ctx.out.f("illegal ASRresult result code: {}!\n", code);
        return -1;
    }
    if (ctx.opt.vflag >= 3) {
        static constexpr const char* kResults[] = {"Success ", "FE ID invalid ", "permission denied ",
                                                   "Unknown "};
        ctx.out.f("\n{}{}({:x})\n{}", ib.str(), kResults[code], code, ib.str());
    }
    return 0;
}

void metadata_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent) {
    const Indent ib(indent, false);
    uint32_t rlen = len - kTlvHdr;
    ctx.out.f("\n{} METADATA length {}\n", ib.str(), rlen);
    while (rlen != 0) {
        const uint32_t bad = ilv_check(ctx, c, off, rlen);
        if (ctx.truncated || bad != 0) return;
        const Indent ib2(indent + 1, false);
        const uint32_t ilen = c.be32(off + 4);
        const uint32_t id = c.be32(off);
        if (ctx.truncated) return;
        ctx.out.f("{}MetaID 0x{:x} length {}\n", ib2.str(), id, ilen);
        if (ctx.opt.vflag >= 3) {
            hex_words(ctx, c, off + kIlvHdr, ilen - kIlvHdr, "\t\t[");
            ctx.out.put(" ]\n");
        }
        if (ctx.truncated) return;
        rlen -= align4(ilen);
        off += align4(ilen);
    }
}

void redirect_data_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent) {
    const Indent ib(indent, false);
    const uint32_t rlen = len - kTlvHdr;
    ctx.out.f("\n{} Redirect Data length {}\n", ib.str(), rlen);
    if (ctx.opt.vflag >= 3) {
        ctx.out.put("\t\t[");
        hex_words(ctx, c, off, rlen, "\n\t\t");
        ctx.out.put("\n\t\t]");
    }
}

int redirect_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent) {
    const uint32_t dlen = len - kTlvHdr;
    if (dlen <= 8) {
        ctx.out.f("\n\t\ttruncated Redirect TLV: {} bytes missing! ", 8 - dlen);
        return -1;
    }
    uint32_t rlen = dlen;
    ++indent;
    while (rlen != 0) {
        const uint16_t type = c.be16(off);
        const uint16_t tlvl = c.be16(off + 2);
        if (ctx.truncated) return -1;
        if (tlv_check(tlvl, rlen) != 0) {
            ctx.out.put("Bad Redirect data\n");
            break;
        }
        if (type == kTlvMetaData)
            metadata_print(ctx, c, off + kTlvHdr, tlvl, indent);
        else if (type == kTlvRedirectData)
            redirect_data_print(ctx, c, off + kTlvHdr, tlvl, indent);
        else
            ctx.out.f("Unknown REDIRECT TLV 0x{:x} len {}\n", type, tlvl);
        if (ctx.truncated) return -1;
        rlen -= align4(tlvl);
        off += align4(tlvl);
    }
    if (rlen != 0) {
        const uint16_t type = c.be16(off);
        const uint16_t tlvl = c.be16(off + 2);
        if (ctx.truncated) return -1;
        ctx.out.f("\n\t\tMessy Redirect TLV header, type (0x{:x})\n\t\texcess of {} Bytes ", type,
                  rlen - tlvl);
        return -1;
    }
    return 0;
}

int body_print(Ctx& ctx, const MessageType& m, const Cursor& c, size_t off, uint32_t len) {
    constexpr int kIndent = 9;
    switch (m.body) {
    case Body::LfbSelect: return lfb_select_print(ctx, c, off, len, m.op_msk, kIndent);
    case Body::Teardown: return teardown_print(ctx, c, off, len, kIndent);
    case Body::Redirect: return redirect_print(ctx, c, off, len, kIndent);
    case Body::AssocResult: return assoc_result_print(ctx, c, off, len, kIndent);
    case Body::None: break;
    }
    return 0;
}

// The top-level TLVs after the header; -1 when the message is to be dumped.
int top_tlvs_print(Ctx& ctx, const Cursor& c, uint32_t mlen, const MessageType& m) {
    uint32_t rlen = mlen - kHdrLen;
    if (rlen > kTlvHdr) {
        if (m.flags & kZeroTtlv) {
            ctx.out.f("<0x{:x}>Illegal Top level TLV!\n", m.flags);
            return -1;
        }
    } else {
        if (m.flags & kZeroMoreTtlv) return 0;
        if (m.flags & kOneMoreTtlv) {
            ctx.out.put("\tTop level TLV Data missing!\n");
            return -1;
        }
    }
    if (m.flags & kZeroTtlv) return 0;
    uint32_t most = m.flags >> 4;
    size_t off = kHdrLen;
    while (rlen != 0) {
        const uint16_t type = c.be16(off);
        const uint16_t tlvl = c.be16(off + 2);
        if (ctx.truncated) return -1;
        if (tlv_check(tlvl, rlen) != 0) break;
        if (!top_tlv_known(type)) {
            ctx.out.f("\n\tInvalid ForCES Top TLV type=0x{:x}", type);
            return -1;
        }
        if (ctx.opt.vflag >= 3) {
            ctx.out.put('\t');
            put_tlv_name(ctx, type);
            ctx.out.f(", length {} (data length {} Bytes)", tlvl, tlvl - kTlvHdr);
        }
        if (body_print(ctx, m, c, off + kTlvHdr, tlvl) < 0 || ctx.truncated) return -1;
        rlen -= align4(tlvl);
        off += align4(tlvl);
        if (--most == 0) break;
    }
    if (rlen != 0) {
        const uint16_t tlvl = c.be16(off + 2);
        if (ctx.truncated) return -1;
        ctx.out.f("\tMess TopTLV header: min {}, total {} advertised {} ", kTlvHdr, rlen, tlvl);
        return -1;
    }
    return 0;
}

}  // namespace

uint32_t tlv_check(uint32_t tlv_len, uint32_t room) {
    if (room < kTlvHdr) return 1;
    if (tlv_len < kTlvHdr) return 2;
    if (tlv_len > room) return 3;
    if (room < align4(tlv_len)) return 4;
    return 0;
}

uint32_t ilv_check(Ctx& ctx, const Cursor& c, size_t off, uint32_t room) {
    if (room < kIlvHdr) return 1;
    const uint32_t len = c.be32(off + 4);
    if (ctx.truncated) return 0;
    if (len < kIlvHdr) return 2;
    if (len > room) return 3;
    if (room < align4(len)) return 4;
    return 0;
}

void put_check_error(Ctx& ctx, uint32_t code) { put_tok(ctx, kCheckErrors, code, "#{}"); }

void put_tlv_name(Ctx& ctx, uint16_t type) { put_tok(ctx, kTlvNames, type, "#{}"); }

Indent::Indent(int n, bool newline) {
    if (n > 255) n = 255;
    int i = 0;
    if (newline) {
        buf_[i++] = '\n';
        --n;
    }
    while (--n >= 0) buf_[i++] = ' ';
    buf_[i] = '\0';
}

void hex_words(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, const char* ident) {
    // tcpdump prints what was captured of the range, then gives up on the packet.
    OutBuf& out = ctx.out;
    const auto data = c.rest(off);
    const bool cut = len > data.size();
    const uint32_t n = cut ? static_cast<uint32_t>(data.size()) : len;
    uint32_t line = 0;
    uint32_t oset = 0;
    size_t i = 0;
    for (uint32_t words = n / 2; words != 0; --words) {
        if (line++ % 8 == 0) {
            out.f("{}0x{:04x}: ", ident, oset);
            oset += 16;
        }
        out.f(" {:02x}{:02x}", data[i], data[i + 1]);
        i += 2;
    }
    if (n & 1) {
        if (line % 8 == 0) out.f("{}0x{:04x}: ", ident, oset);
        out.f(" {:02x}", data[i]);
    }
    if (cut) ctx.mark_truncated();
}

}  // namespace forces

void forces_print(Ctx& ctx, Cursor c, uint32_t length) {
    using namespace forces;
    OutBuf& out = ctx.out;
    ctx.proto = "forces";
    if (!c.has(0, kHdrLen)) {
        ctx.print_trunc();
        return;
    }
    const uint8_t tom = c.u8(1);
    const MessageType* m = nullptr;
    bool dump = false;
    if (!message_type_known(tom)) {
        out.f("Invalid ForCES message type {}\n", tom);
        dump = true;
    } else {
        for (const auto& e : kMessages)
            if (e.type == tom) m = &e;
        if (m == nullptr) {
            out.f("\n\tUnknown ForCES message type=0x{:x}", tom);
            dump = true;
        }
    }
    const uint32_t mlen = uint32_t{c.be16(2)} << 2;
    if (!dump) {
        out.f("\n\tForCES {} ", m->name);
        if (length < kHdrLen || mlen < kHdrLen || mlen != length) {
            out.f("Illegal ForCES pkt len - min {}, total recvd {}, advertised {} ", kHdrLen, length, mlen);
            dump = true;
        }
    }
    if (!dump) {
        const uint32_t flags = c.be32(20);
        if (ctx.opt.vflag >= 1) {
            const uint32_t src = c.be32(4);
            const uint32_t dst = c.be32(8);
            out.f("\n\tForCES Version {} len {}B flags 0x{:08x} ", c.u8(0) >> 4, mlen, flags);
            out.f("\n\tSrcID 0x{:x}({}) DstID 0x{:x}({}) Correlator 0x{:x}", src, node_kind(src), dst,
                  node_kind(dst), c.be64(12));
        }
        if (ctx.opt.vflag >= 2) {
            const uint32_t ack = flags >> 30;
            const uint32_t em = (flags >> 22) & 0x3;
            const uint32_t at = (flags >> 21) & 0x1;
            const uint32_t tp = (flags >> 19) & 0x3;
            out.put("\n\tForCES flags:\n\t  ");
            put_tok(ctx, kAcks, ack, "ACKUnknown");
            out.f("(0x{:x}), prio={}, ", ack, (flags >> 27) & 0x7);
            put_tok(ctx, kExecModes, em, "EMUnknown");
            out.f("(0x{:x}),\n\t  ", em);
            put_tok(ctx, kAtomicity, at, "ATUnknown");
            out.f("(0x{:x}), ", at);
            put_tok(ctx, kTransPhases, tp, "TPUnknown");
            out.f("(0x{:x})\n", tp);
            out.f("\t  Extra flags: rsv(b5-7) 0x{:x} rsv(b13-31) 0x{:x}\n", (flags >> 24) & 0x7,
                  flags & 0x7ffff);
        }
        if (top_tlvs_print(ctx, c, mlen, *m) < 0) dump = true;
    }
    if (ctx.truncated) return;
    if (dump) {
        hex_words(ctx, c, 0, length, "\n\t[");
        out.put("\n\t]");
        return;
    }
    if (ctx.opt.vflag >= 4) {
        out.put("\n\t  Raw ForCES message\n\t [");
        hex_words(ctx, c, 0, length, "\n\t ");
        out.put("\n\t ]");
    }
}

}  // namespace rd
