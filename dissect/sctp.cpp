// SCTP (RFC 9260), IP protocol 132: the common header, then the chunks as a numbered
// list ("(1) [DATA] ..., (2) [SACK] ..." or one per line with -vv). DATA payloads go to
// ForCES (by port or PPID), to M3UA (PPID 3, -vv) or are dumped with -vv.
#include "sctp.hpp"

namespace rd {

namespace {

constexpr Tok kChunkTypes[] = {
    {0x00, "DATA"},         {0x01, "INIT"},        {0x02, "INIT ACK"},
    {0x03, "SACK"},         {0x04, "HB REQ"},      {0x05, "HB ACK"},
    {0x06, "ABORT"},        {0x07, "SHUTDOWN"},    {0x08, "SHUTDOWN ACK"},
    {0x09, "OP ERR"},       {0x0a, "COOKIE ECHO"}, {0x0b, "COOKIE ACK"},
    {0x0c, "ECN ECHO"},     {0x0d, "ECN CWR"},     {0x0e, "SHUTDOWN COMPLETE"},
    {0xc0, "FOR CUM TSN"},  {0xc1, "REL CTRL"},    {0xc2, "REL CTRL ACK"},
};

// Payload protocol identifiers (IANA "SCTP Payload Protocol Identifiers", the part
// tcpdump names).
constexpr Tok kPpids[] = {
    {1, "ISDN Q.921"}, {2, "M2UA"},   {3, "M3UA"},   {4, "SUA"},    {5, "M2PA"},
    {6, "V5.2"},       {7, "H.248"},  {8, "BICC"},   {9, "TALI"},   {10, "DUA"},
    {11, "ASAP"},      {12, "ENRP"},  {13, "H.323"}, {14, "Q.IPC"}, {15, "SIMCO"},
    {16, "DDPSC"},     {17, "DDPSSC"}, {18, "S1AP"}, {19, "RUA"},   {20, "HNBAP"},
    {21, "ForCES HP"}, {22, "ForCES MP"}, {23, "ForCES LP"}, {24, "SBc-AP"},
    {25, "NBAP"},      {27, "X2AP"},
};

constexpr uint32_t kPpidM3ua = 3;

// ForCES transport mapping layer ports (RFC 5811): high, medium and low priority.
const char* forces_channel(uint16_t port) {
    switch (port) {
    case 6704: return "ForCES HP";
    case 6705: return "ForCES MP";
    case 6706: return "ForCES LP";
    default: return nullptr;
    }
}

bool is_forces_ppid(uint32_t ppid) { return ppid >= 21 && ppid <= 23; }

constexpr uint32_t kCommonHdr = 12;
constexpr uint32_t kChunkHdr = 4;
constexpr uint32_t kDataHdr = 12;   // TSN, stream id, stream sequence, PPID
constexpr uint32_t kInitHdr = 16;   // tag, rwnd, OS, MIS, initial TSN
constexpr uint32_t kSackHdr = 12;   // cumulative ack, rwnd, #gaps, #dups

// Where the chunk walk is: offset in the SCTP packet and the bytes the length fields
// leave (tcpdump's unsigned counters, which may wrap on bad lengths).
struct Walk {
    size_t off;
    uint32_t remaining;
    bool isforces;
};

// tcpdump's explicit length checks here print the marker and end the SCTP text (the
// -x dump then starts after the link header).
void trunc(Ctx& ctx) { ctx.print_trunc(); }

void put_bogus(Ctx& ctx, uint16_t chunk_len) { ctx.out.f("bogus chunk length {}]", chunk_len); }

// DATA chunk body at w.off (after the chunk header). Returns false when the packet's
// printing ends here.
bool data_chunk(Ctx& ctx, const Cursor& c, Walk& w, uint8_t flags, uint16_t chunk_len,
                uint16_t& left) {
    OutBuf& out = ctx.out;
    if (flags & 0x04) out.put("(U)");
    if (flags & 0x02) out.put("(B)");
    if (flags & 0x01) out.put("(E)");
    if (flags & 0x07) out.put(' ');
    if (left < kDataHdr) {
        put_bogus(ctx, chunk_len);
        return false;
    }
    const uint32_t ppid = c.be32(w.off + 8);
    out.f("[TSN: {}] ", c.be32(w.off));
    out.f("[SID: {}] ", c.be16(w.off + 4));
    out.f("[SSEQ {}] ", c.be16(w.off + 6));
    out.put("[PPID ");
    put_tok(ctx, kPpids, ppid, "0x{:x}");
    out.put("] ");
    if (!w.isforces) w.isforces = is_forces_ppid(ppid);
    w.off += kDataHdr;
    w.remaining -= kDataHdr;
    left = static_cast<uint16_t>(left - kDataHdr);
    const uint16_t payload = left;
    if (payload == 0) {
        put_bogus(ctx, chunk_len);
        return false;
    }
    const Cursor body = c.skip(w.off);
    if (w.isforces) {
        forces_print(ctx, body, payload);
        if (ctx.truncated) return false;
        ctx.proto = "sctp";
    } else if (ctx.opt.vflag >= 2) {
        if (ppid == kPpidM3ua) {
            m3ua_print(ctx, body, payload);
            if (ctx.truncated) return false;
            ctx.proto = "sctp";
        } else {
            out.put("[Payload");
            // tcpdump tests its "suppress default print" flag (-x, -X, -q) itself here.
            if (!(ctx.opt.xflag || ctx.opt.Xflag || ctx.opt.qflag)) {
                out.put(':');
                default_print_unsuppressed(ctx, body.bytes(0, payload));
            }
            out.put(']');
        }
    }
    w.off += payload;
    w.remaining -= payload;
    left = 0;
    return true;
}

bool init_chunk(Ctx& ctx, const Cursor& c, Walk& w, uint16_t chunk_len, uint16_t& left) {
    if (left < kInitHdr) {
        put_bogus(ctx, chunk_len);
        return false;
    }
    ctx.out.f("[init tag: {}] ", c.be32(w.off));
    ctx.out.f("[rwnd: {}] ", c.be32(w.off + 4));
    ctx.out.f("[OS: {}] ", c.be16(w.off + 8));
    ctx.out.f("[MIS: {}] ", c.be16(w.off + 10));
    ctx.out.f("[init TSN: {}] ", c.be32(w.off + 12));
    // Optional parameters are not shown.
    w.off += left;
    w.remaining -= left;
    left = 0;
    return true;
}

bool sack_chunk(Ctx& ctx, const Cursor& c, Walk& w, uint16_t chunk_len, uint16_t& left) {
    OutBuf& out = ctx.out;
    if (left < kSackHdr) {
        put_bogus(ctx, chunk_len);
        return false;
    }
    const uint32_t cum = c.be32(w.off);
    const uint16_t gaps = c.be16(w.off + 8);
    const uint16_t dups = c.be16(w.off + 10);
    out.f("[cum ack {}] ", cum);
    out.f("[a_rwnd {}] ", c.be32(w.off + 4));
    out.f("[#gap acks {}] ", gaps);
    out.f("[#dup tsns {}] ", dups);
    w.off += kSackHdr;
    w.remaining -= kSackHdr;
    left = static_cast<uint16_t>(left - kSackHdr);
    for (uint32_t i = 0; left != 0 && i < gaps && !ctx.truncated; ++i) {
        if (left < 4) {
            put_bogus(ctx, chunk_len);
            return false;
        }
        const uint32_t start = cum + c.be16(w.off);
        const uint32_t end = cum + c.be16(w.off + 2);
        out.f("\n\t\t[gap ack block #{}: start = {}, end = {}] ", i + 1, start, end);
        w.off += 4;
        w.remaining -= 4;
        left = static_cast<uint16_t>(left - 4);
    }
    for (uint32_t i = 0; left != 0 && i < dups && !ctx.truncated; ++i) {
        if (left < 4) {
            put_bogus(ctx, chunk_len);
            return false;
        }
        out.f("\n\t\t[dup TSN #{}: {}] ", i + 1, c.be32(w.off));
        w.off += 4;
        w.remaining -= 4;
        left = static_cast<uint16_t>(left - 4);
    }
    return !ctx.truncated;
}

}  // namespace

void sctp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "sctp";
    if (length < kCommonHdr) {
        out.f("truncated-sctp - {} bytes missing!", kCommonHdr - length);
        return;
    }
    if (!c.has(0, kCommonHdr)) return trunc(ctx);
    const uint16_t sport = c.be16(0);
    const uint16_t dport = c.be16(2);
    put_addr(ctx, ip.src);
    out.f(".{} > ", sport);
    put_addr(ctx, ip.dst);
    out.f(".{}: sctp", dport);

    Walk w{kCommonHdr, length - kCommonHdr, false};
    if (const char* ch = forces_channel(sport)) {
        out.f("[{}]", ch);
        w.isforces = true;
    }
    if (const char* ch = forces_channel(dport)) {
        out.f("[{}]", ch);
        w.isforces = true;
    }

    const char* sep = ctx.opt.vflag >= 2 ? "\n\t" : " (";
    for (uint32_t n = 1; w.remaining != 0; ++n) {
        if (w.remaining < kChunkHdr) {
            out.f("{}{}) [chunk descriptor cut off at end of packet]", sep, n);
            return;
        }
        if (!c.has(w.off, kChunkHdr)) return trunc(ctx);
        const uint16_t chunk_len = c.be16(w.off + 2);
        if (chunk_len < kChunkHdr) {
            out.f("{}{}) [Bad chunk length {}, < size of chunk descriptor]", sep, n, chunk_len);
            return;
        }
        const uint32_t align = (4 - chunk_len % 4) % 4;
        if (w.remaining < align) {
            out.f("{}{}) [Bad chunk length {}, > remaining data in packet]", sep, n, chunk_len);
            return;
        }
        if (!c.has(w.off, chunk_len)) return trunc(ctx);
        const uint8_t type = c.u8(w.off);
        const uint8_t flags = c.u8(w.off + 1);
        w.off += kChunkHdr;
        w.remaining -= kChunkHdr;
        uint16_t left = static_cast<uint16_t>(chunk_len - kChunkHdr);

        out.f("{}{}) [", sep, n);
        put_tok(ctx, kChunkTypes, type, "Unknown chunk type: 0x{:x}");
        out.put("] ");
        bool go_on = true;
        switch (type) {
        case 0x00: go_on = data_chunk(ctx, c, w, flags, chunk_len, left); break;
        case 0x01:
        case 0x02: go_on = init_chunk(ctx, c, w, chunk_len, left); break;
        case 0x03: go_on = sack_chunk(ctx, c, w, chunk_len, left); break;
        default: break;
        }
        if (!go_on) return;
        // Whatever the chunk's own fields did not use, then the padding to 4 bytes.
        w.off += left;
        w.remaining -= left;
        if (ctx.opt.vflag < 2) sep = ", (";
        if (align != 0) {
            if (!c.has(w.off, align)) return trunc(ctx);
            w.off += align;
            w.remaining -= align;
        }
    }
}

}  // namespace rd
