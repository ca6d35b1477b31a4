// ForCES PATH-DATA (RFC 5810 section 7.1.7): path flags and IDs, then the data TLV
// (FULLDATA, SPARSEDATA, RESULT, KEYINFO or a nested PATH-DATA list).
#include "forces_int.hpp"

namespace rd::forces {

namespace {

constexpr Tok kResults[] = {
    {0x00, "SUCCESS"},                  {0x01, "INVALID HEADER"},
    {0x02, "LENGTH MISMATCH"},          {0x03, "VERSION MISMATCH"},
    {0x04, "INVALID DESTINATION PID"},  {0x05, "LFB UNKNOWN"},
    {0x06, "LFB NOT FOUND"},            {0x07, "LFB INSTANCE ID NOT FOUND"},
    {0x08, "INVALID PATH"},             {0x09, "COMPONENT DOES NOT EXIST"},
    {0x0a, "EXISTS ALREADY"},           {0x0b, "NOT FOUND"},
    {0x0c, "READ ONLY"},                {0x0d, "INVALID ARRAY CREATION"},
    {0x0e, "VALUE OUT OF RANGE"},       {0x0f, "CONTENTS TOO LONG"},
    {0x10, "INVALID PARAMETERS"},       {0x11, "INVALID MESSAGE TYPE"},
    {0x12, "INVALID FLAGS"},            {0x13, "INVALID TLV"},
    {0x14, "EVENT ERROR"},              {0x15, "NOT SUPPORTED"},
    {0x16, "MEMORY ERROR"},             {0x17, "INTERNAL ERROR"},
    {0xff, "UNSPECIFIED ERROR"},
};

constexpr uint32_t kPathDescSize = 12;

using DataPrinter = int (*)(Ctx&, const Cursor&, size_t, uint32_t, uint16_t, int);

struct DataKind {
    uint16_t type;
    uint16_t op_msk;  // the encodings this TLV stands for
    const char* name;
    DataPrinter print;
};

int keyinfo_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk, int indent);
int fulldata_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk, int indent);
int sparsedata_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk, int indent);
int result_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk, int indent);

constexpr DataKind kDataKinds[] = {
    {kTlvKeyInfo, 0, "KEYINFO TLV", keyinfo_print},
    {kTlvFullData, kFullData, "FULLDATA TLV", fulldata_print},
    {kTlvSparseData, kSparseData, "SPARSEDATA TLV", sparsedata_print},
    {kTlvResult, kResultTlv, "RESULT TLV", result_print},
    {kTlvPathData, 0, "Inner PATH-DATA TLV", path_data_list_print},
};

const DataKind* data_kind(uint16_t type) {
    for (const auto& k : kDataKinds)
        if (k.type == type) return &k;
    return nullptr;
}

int result_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t, int indent) {
    const uint32_t dlen = len - kTlvHdr;
    if (dlen != 4) {
        ctx.out.f("illegal RESULT-TLV: {} bytes!\n", dlen);
        return -1;
    }
    if (!c.has(off + kTlvHdr, 4)) {
        ctx.print_trunc();
        return -1;
    }
    const uint8_t result = c.u8(off + kTlvHdr);
    if (result >= 0x18 && result <= 0xfe) {
        ctx.out.f("illegal reserved result code: 0x{:x}!\n", result);
        return -1;
    }
    if (ctx.opt.vflag >= 3) {
        const Indent ib(indent, false);
        ctx.out.f("{}  Result: ", ib.str());
        put_tok(ctx, kResults, result, "#{}");
        ctx.out.f(" (code 0x{:x})\n", result);
    }
    return 0;
}

// The TLV at off must be a FULLDATA TLV; its data is dumped with -vvv.
int fulldata_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t, int indent) {
    const uint32_t rlen = len - kTlvHdr;
    if (!c.has(off, kTlvHdr)) {
        ctx.print_trunc();
        return -1;
    }
    if (c.be16(off) != kTlvFullData) {
        ctx.out.put("Error: expecting FULLDATA!\n");
        return -1;
    }
    if (ctx.opt.vflag >= 3) {
        const Indent ib(indent + 2, true);
        ctx.out.f("{}[", ib.after_newline());
        hex_words(ctx, c, off + kTlvHdr, rlen, ib.str());
        ctx.out.f("\n{}]", ib.after_newline());
    }
    return 0;
}

// ILVs (id, length, value) filling len bytes at off.
int sparse_ilvs_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent) {
    if (len < kIlvHdr) {
        ctx.out.put("Error: BAD SPARSEDATA-TLV!\n");
        return -1;
    }
    uint32_t rlen = len;
    ++indent;
    while (rlen != 0) {
        const Indent ib(indent, true);
        const uint32_t bad = ilv_check(ctx, c, off, rlen);
        if (ctx.truncated) return -1;
        if (bad != 0) {
            ctx.out.put("Error: ");
            put_check_error(ctx, bad);
            ctx.out.f(", rlen {}\n", rlen);
            return -1;
        }
        if (ctx.opt.vflag >= 3) {
            const uint32_t ilvl = c.be32(off + 4);
            const uint32_t type = c.be32(off);
            if (ctx.truncated) return -1;
            ctx.out.f("\n{} ILV: type {:x} length {}\n", ib.after_newline(), type, ilvl);
            hex_words(ctx, c, off + kIlvHdr, ilvl - kIlvHdr, "\t\t[");
            if (ctx.truncated) return -1;
        }
        const uint32_t step = align4(c.be32(off + 4));
        rlen -= step;
        off += step;
    }
    return 0;
}

int sparsedata_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t, int indent) {
    const uint32_t rlen = len - kTlvHdr;
    if (!c.has(off, kTlvHdr)) {
        ctx.print_trunc();
        return -1;
    }
    if (c.be16(off) != kTlvSparseData) {
        ctx.out.put("Error: expecting SPARSEDATA!\n");
        return -1;
    }
    return sparse_ilvs_print(ctx, c, off + kTlvHdr, rlen, indent);
}

// KEYINFO: key id, then a key TLV whose value tcpdump treats as a FULLDATA TLV.
int keyinfo_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk, int indent) {
    const Indent ib(indent, false);
    const uint32_t id = c.be32(off + kTlvHdr);
    if (ctx.truncated) return -1;
    ctx.out.f("{}Keyinfo: Key 0x{:x}\n", ib.str(), id);
    const size_t key = off + kTlvHdr + 4;
    const uint16_t type = c.be16(key);
    const uint16_t tll = c.be16(key + 2);
    if (ctx.truncated) return -1;
    if (const uint32_t bad = tlv_check(tll, len)) {
        put_check_error(ctx, bad);
        ctx.out.f(" TLV type 0x{:x} len {}\n", type, tll);
        return -1;
    }
    return fulldata_print(ctx, c, key + kTlvHdr, tll, op_msk, indent);
}

void check_encoding(Ctx& ctx, uint16_t type, uint16_t msk, uint16_t allowed) {
    if (type == kTlvPathData) return;
    if (msk & kKeyIn) {
        if (type != kTlvKeyInfo) ctx.out.put("Based on flags expected KEYINFO TLV!\n");
    } else if (!(msk & allowed)) {
        ctx.out.f("Illegal DATA encoding for type 0x{:x} programmed {:x} got {:x}\n", type, allowed, msk);
    }
}

// IDs, table range or key, then one data TLV. Returns the bytes left after them (more
// PATH-DATA follows) or -1.
int64_t path_content_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t id_count,
                           uint16_t op_msk, int indent) {
    OutBuf& out = ctx.out;
    const Indent ib(indent, false);
    if ((op_msk & kAppend) && ctx.opt.vflag >= 3) out.f("{}TABLE APPEND\n", ib.str());
    for (uint32_t i = 0; i < id_count; ++i) {
        if (!c.has(off, 4) || len < 4) {
            ctx.print_trunc();
            return -1;
        }
        const uint32_t id = c.be32(off);
        if (ctx.opt.vflag >= 3) out.f("{}ID#{:02}: {}\n", ib.str(), i + 1, id);
        len -= 4;
        off += 4;
    }
    if (op_msk & kTableRange) {
        if (len < kPathDescSize) {
            out.f("pathlength {} with key/range too short {}\n", len, kPathDescSize);
            return -1;
        }
        off += kTlvHdr;
        len -= kTlvHdr;
        const uint32_t start = c.be32(off);
        const uint32_t end = c.be32(off + 4);
        if (ctx.truncated) return -1;
        off += 8;
        len -= 8;
        if (ctx.opt.vflag >= 3) out.f("{}Table range: [{},{}]\n", ib.str(), start, end);
    }
    if (op_msk & kKeyIn) {
        if (len < kPathDescSize) {
            out.f("pathlength {} with key/range too short {}\n", len, kPathDescSize);
            return -1;
        }
        off += 4;  // key id
        len -= 4;
        uint16_t tll = c.be16(off + 2);
        if (ctx.truncated) return -1;
        off += kTlvHdr;
        len -= kTlvHdr;
        if (tll < kTlvHdr) {
            out.f("key content length {} < {}\n", tll, kTlvHdr);
            return -1;
        }
        tll = static_cast<uint16_t>(tll - kTlvHdr);
        if (len < tll) {
            out.put("key content too short\n");
            return -1;
        }
        off += tll;
        len -= tll;
    }
    if (len == 0) return 0;

    const uint16_t type = c.be16(off);
    const uint16_t tlvl = c.be16(off + 2);
    if (ctx.truncated) return -1;
    bool dump = false;
    if (const uint32_t bad = tlv_check(tlvl, len)) {
        put_check_error(ctx, bad);
        out.f(" Outstanding bytes {} for TLV type 0x{:x} TLV len {}\n", len, type, tlvl);
        dump = true;
    } else {
        const uint16_t tll = static_cast<uint16_t>(tlvl - kTlvHdr);
        const uint32_t aln = align4(tlvl);
        uint32_t pad = 0;
        if (aln > tlvl) {
            if (aln > len)
                out.f("Invalid padded pathdata TLV type 0x{:x} len {} missing {} pad bytes\n", type,
                      tlvl, aln - len);
            else
                pad = aln - tlvl;
        }
        const DataKind* kind = type >= kTlvPathData && type <= kTlvResult ? data_kind(type) : nullptr;
        if (kind != nullptr) {
            if (ctx.opt.vflag >= 3 && kind->type != kTlvPathData) {
                if (pad != 0)
                    out.f("{}  {} (Length {} DataLen {} pad {} Bytes)\n", ib.str(), kind->name, tlvl,
                          tll, pad);
                else
                    out.f("{}  {} (Length {} DataLen {} Bytes)\n", ib.str(), kind->name, tlvl, tll);
            }
            check_encoding(ctx, type, op_msk, kind->op_msk);
            if (kind->print(ctx, c, off, tll + pad + kTlvHdr, op_msk, indent + 2) == -1) return -1;
            if (ctx.truncated) return -1;
            len -= kTlvHdr + pad + tll;
        } else {
            out.f("Invalid path data content type 0x{:x} len {}\n", type, tlvl);
            dump = true;
        }
    }
    if (dump && tlvl != 0) {
        hex_words(ctx, c, off, len, "Bad Data val\n\t  [");
        out.put("]\n");
        return -1;
    }
    return static_cast<int32_t>(len);
}

// PATH-DATA value: flags and ID count, then the content.
int path_data_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk, int indent) {
    OutBuf& out = ctx.out;
    const Indent ib(indent, false);
    if (!c.has(off, 4) || len < 4) {
        ctx.print_trunc();
        return -1;
    }
    const uint16_t flags = c.be16(off);
    const uint16_t id_count = c.be16(off + 2);
    if (ctx.opt.vflag >= 3)
        out.f("\n{}Pathdata: Flags 0x{:x} ID count {}\n", ib.str(), flags, id_count);
    if (flags & 0x1) op_msk |= kKeyIn;
    if (flags & 0x2) op_msk |= kTableRange;
    if (flags & 0x4) op_msk |= kAppend;
    off += 4;
    len -= 4;
    const uint32_t minsize = uint32_t{id_count} * 4;
    if (len < minsize) {
        out.f("\t\t\ttruncated IDs expected {}B got {}B\n", minsize, len);
        hex_words(ctx, c, off, len, "\t\t\tID Data[");
        out.put("]\n");
        return -1;
    }
    if ((op_msk & kTableRange) && (op_msk & kKeyIn)) {
        out.put("\t\t\tIllegal to have both Table ranges and keys\n");
        return -1;
    }
    const int64_t more = path_content_print(ctx, c, off, len, id_count, op_msk, indent);
    if (more > 0 && !ctx.truncated) {
        const uint32_t left = static_cast<uint32_t>(more);
        return path_data_list_print(ctx, c, off + (len - left), left, op_msk, indent + 1);
    }
    return 0;
}

}  // namespace

int invalid_op_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent) {
    if (ctx.opt.vflag >= 3) {
        const Indent ib(indent, true);
        ctx.out.f("{}Data[", ib.after_newline());
        hex_words(ctx, c, off, len, ib.str());
        ctx.out.f("{}]\n", ib.str());
    }
    return -1;
}

// PATH-DATA TLVs filling len bytes at off.
int path_data_list_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk,
                         int indent) {
    while (len != 0) {
        const uint16_t tlvl = c.be16(off + 2);
        if (ctx.truncated) return -1;
        if (tlv_check(tlvl, len) != 0) break;
        const uint16_t type = c.be16(off);
        if (ctx.opt.vflag >= 3) {
            const Indent ib(indent, false);
            ctx.out.put(ib.str());
            put_tlv_name(ctx, type);
            ctx.out.f(", length {} (data encapsulated {} Bytes)", tlvl, tlvl - kTlvHdr);
        }
        if (path_data_print(ctx, c, off + kTlvHdr, tlvl - kTlvHdr, op_msk, indent + 1) == -1) return -1;
        if (ctx.truncated) return -1;
        const uint32_t step = align4(tlvl);
        len -= step;
        off += step;
    }
    if (len != 0) {
        const uint16_t type = c.be16(off);
        const uint16_t tlvl = c.be16(off + 2);
        if (ctx.truncated) return -1;
        ctx.out.f("\n\t\tMessy PATHDATA TLV header, type (0x{:x})\n\t\texcess of {} Bytes ", type,
                  len - tlvl);
        return -1;
    }
    return 0;
}

// One TLV that must be a known top-level type, holding a PATH-DATA value (RCommit).
int single_path_data_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk,
                           int indent) {
    const Indent ib(indent, false);
    const uint16_t type = c.be16(off);
    const uint16_t tlvl = c.be16(off + 2);
    if (ctx.truncated) return -1;
    const uint32_t bad = tlv_check(tlvl, len);
    ctx.out.put("genoptlvprint - ");
    put_tlv_name(ctx, type);
    ctx.out.f(" TLV type 0x{:x} len {}\n", type, tlvl);
    if (bad != 0) {
        ctx.out.f("\t\t\tInvalid ForCES TLV type={:x}", type);
        return -1;
    }
    const bool known = type == 0x1 || type == 0x1000 || type == 0x10 || type == 0x11 ||
                       (type >= 0x110 && type <= 0x116);
    if (!known) {
        put_check_error(ctx, bad);
        ctx.out.f(" TLV type 0x{:x} len {}\n", type, tlvl);
        return -1;
    }
    if (ctx.opt.vflag >= 3) {
        ctx.out.put(ib.str());
        put_tlv_name(ctx, type);
        ctx.out.f(", length {} (data length {} Bytes)", tlvl, tlvl - kTlvHdr);
    }
    return path_data_print(ctx, c, off + kTlvHdr, tlvl - kTlvHdr, op_msk, indent + 1);
}

}  // namespace rd::forces
