// Per-Packet Information (LINKTYPE_PPI 192): an 8-byte little-endian header (version,
// flags, total header length, DLT of the frame) and TLVs up to that length, then the
// frame, printed by the printer of its DLT.
#include "ppi.hpp"

#include "ringdump/format/linktype.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdrLen = 8, kMaxLen = 65532;  // the spec's bounds for the length field

void header(Ctx& ctx, const Cursor& c, uint32_t length) {
    const uint32_t dlt = c.le32(4);
    const char* name = dlt_name(dlt);
    if (!name) name = "UNKNOWN";
    if (ctx.opt.qflag) ctx.out.put(name);
    else ctx.out.f("V.{} DLT {} ({}) len {}", c.u8(0), name, dlt, c.le16(2));
    ctx.out.f(", length {}: ", length);
}

}  // namespace

const char* dlt_name(uint32_t dlt) {
    for (const auto& lt : all_linktypes())
        if (lt.dlt == dlt) return lt.name;
    return nullptr;
}

// tcpdump looks the printer up by DLT value: LINKTYPE-only values (100-103, 106) that
// libpcap maps to other DLTs in files have no printer when named inside a PPI header.
LinkPrinter dlt_printer(uint32_t dlt) {
    const LinkTypeInfo* lt = linktype_info(dlt);
    if (lt && lt->dlt != dlt) return nullptr;
    return find_link_printer(dlt);
}

uint32_t ppi_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    ctx.proto = "ppi";
    const auto caplen = static_cast<uint32_t>(c.size());
    if (caplen < kHdrLen) {
        ctx.print_trunc();
        return caplen;
    }
    const uint16_t len = c.le16(2);
    if (len < kHdrLen || len > kMaxLen) {
        ctx.out.f(" [length {} < {} or > {}]", len, kHdrLen, kMaxLen);
        ctx.print_invalid();
        return caplen;
    }
    if (caplen < len) {
        ctx.print_trunc();
        return caplen;
    }
    if (ctx.opt.eflag) header(ctx, c, wirelen);
    const uint32_t dlt = c.le32(4);
    if (LinkPrinter p = dlt_printer(dlt)) {
        // tcpdump adds the inner printer's link-header length twice (its running total
        // and that printer's own return): the -x dump starts that much further on.
        const uint32_t inner = p(ctx, c.skip(len), wirelen - len);
        return len + 2 * inner;
    }
    if (!ctx.opt.eflag) header(ctx, c, wirelen);
    default_print(ctx, c.rest(len));
    return len;
}

}  // namespace rd
