// TFTP (RFC 1350, options RFC 2347).
#include "protos.hpp"

namespace rd {

namespace {

enum : uint16_t { kRrq = 1, kWrq = 2, kData = 3, kAck = 4, kError = 5, kOack = 6 };

constexpr Tok kOpcodes[] = {{kRrq, "RRQ"}, {kWrq, "WRQ"},     {kData, "DATA"},
                            {kAck, "ACK"}, {kError, "ERROR"}, {kOack, "OACK"}};
constexpr Tok kErrors[] = {{0, "EUNDEF"},  {1, "ENOTFOUND"}, {2, "EACCESS"}, {3, "ENOSPACE"},
                           {4, "EBADOP"},  {5, "EBADID"},    {6, "EEXISTS"}, {7, "ENOUSER"}};

// A NUL-terminated string of at most n bytes at off (tcpdump's nd_printztn): returns the
// bytes used including the NUL, or 0 when there is no NUL within n bytes or the capture
// ends first.
size_t put_zstring(Ctx& ctx, const Cursor& c, size_t off, size_t n) {
    for (size_t used = 0; used < n; ++used) {
        if (!c.has(off + used, 1)) return 0;
        const uint8_t ch = c.u8(off + used);
        if (ch == 0) return used + 1;
        put_char_escaped(ctx.out, ch);
    }
    return 0;
}

// Options after a request or in an OACK: each string led by a space unless empty.
bool put_options(Ctx& ctx, const Cursor& c, size_t off, size_t length) {
    while (length != 0) {
        const uint8_t first = c.u8(off);
        if (ctx.truncated) return true;
        if (first != 0) ctx.out.put(' ');
        const size_t used = put_zstring(ctx, c, off, length);
        if (used == 0) return false;
        off += used;
        length -= used;
    }
    return true;
}

bool tftp_body(Ctx& ctx, const Cursor& c, uint32_t length, uint16_t opcode) {
    OutBuf& out = ctx.out;
    size_t off = 2;
    size_t left = length - 2;
    switch (opcode) {
    case kRrq:
    case kWrq: {
        if (left == 0) return false;
        out.put(" \"");
        size_t used = put_zstring(ctx, c, off, left);
        out.put('"');
        if (used == 0) return false;
        off += used;
        left -= used;
        if (left == 0) return false;  // no mode
        out.put(' ');
        used = put_zstring(ctx, c, off, left);
        if (used == 0) return false;
        return put_options(ctx, c, off + used, left - used);
    }
    case kOack: return put_options(ctx, c, off, left);
    case kAck:
    case kData: {
        if (left < 2) return false;
        const uint16_t block = c.be16(off);
        if (ctx.truncated) return true;
        out.f(" block {}", block);
        return true;
    }
    case kError: {
        if (left < 2) return false;
        const uint16_t code = c.be16(off);
        if (ctx.truncated) return true;
        out.put(' ');
        put_tok(ctx, kErrors, code, "tftp-err-#{} \"");
        off += 2;
        left -= 2;
        if (left == 0) return false;
        out.put(" \"");
        const size_t used = put_zstring(ctx, c, off, left);
        out.put('"');
        return used != 0;
    }
    default: return true;
    }
}

}  // namespace

void tftp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "tftp";
    out.f("TFTP, length {}", length);
    if (length < 2) {
        ctx.print_trunc();
        return;
    }
    const uint16_t opcode = c.be16(0);
    if (ctx.truncated) return;
    out.put(", ");
    const char* name = tok_lookup(kOpcodes, opcode);
    if (name == nullptr) {
        out.f("tftp-#{}", opcode);
        return;
    }
    out.put(name);
    if (!tftp_body(ctx, c, length, opcode)) ctx.print_trunc();
}

}  // namespace rd
