// DNS names: walking and printing labels, compression pointers, EDNS0 bit-string
// labels, and tcpdump's complaints about bad ones.
#include "dns.hpp"

namespace rd {
namespace dns {

namespace {

constexpr uint8_t kKindMask = 0xc0;
constexpr uint8_t kKindExtended = 0x40;  // EDNS0 extended label type (RFC 2671)
constexpr uint8_t kKindReserved = 0x80;
constexpr uint8_t kKindPointer = 0xc0;   // compression pointer
constexpr uint8_t kExtBitString = 0x01;  // the only extended type tcpdump knows
constexpr unsigned kMaxNameChars = 255;  // longer names are cut with a complaint

constexpr int kBadLabel = -1;

unsigned bit_string_bits(uint8_t count) { return count == 0 ? 256u : count; }

// How many bytes follow the label's first byte (for a pointer: the byte itself, which
// callers never use as a length). Complains, as tcpdump does, about label types it
// cannot walk.
int label_length(Ctx& ctx, const Cursor& m, size_t off) {
    if (!m.has(off)) return kBadLabel;
    const uint8_t b = m.u8(off);
    switch (b & kKindMask) {
    case kKindExtended:
        if ((b & ~kKindMask) != kExtBitString) {
            ctx.out.f("<ELT {}>", b & ~kKindMask);
            return kBadLabel;
        }
        if (!m.has(off + 1)) return kBadLabel;
        return static_cast<int>((bit_string_bits(m.u8(off + 1)) + 7) / 8 + 1);
    case kKindReserved:
        ctx.out.put("<BAD LABEL TYPE>");
        return kBadLabel;
    default:  // 0x00: an ordinary label, its length; 0xc0: a pointer, for the caller
        return b;
    }
}

// "\[x<hex>/<bits>]" for a bit-string label whose count byte is at off. Reads past the
// captured bytes truncate the whole packet (tcpdump reads these bytes unchecked).
bool print_bit_string(Ctx& ctx, const Cursor& m, size_t off) {
    if (!m.has(off)) return false;
    const unsigned bits = bit_string_bits(m.u8(off));
    // tcpdump bounds the loop by the count of hex digits, not bytes; the bit count is
    // what really ends it.
    const size_t lim = off + 1 + (bits + 3) / 4;
    ctx.out.put("\\[x");
    size_t p = off + 1;
    unsigned left = bits;
    for (; p < lim && left > 7; left -= 8, ++p) ctx.out.hex(m.u8(p), 2);
    if (left > 4) {
        ctx.out.hex(m.u8(p) & (0xffu << (8 - left)) & 0xffu, 2);
    } else if (left > 0) {
        ctx.out.hex((m.u8(p) >> 4) & (0x0fu << (4 - left)) & 0x0fu, 1);
    }
    ctx.out.f("/{}]", bits);
    return !ctx.truncated;
}

void put_text_char(OutBuf& out, uint8_t ch) {
    if (ch & 0x80) {
        out.put("M-");
        ch &= 0x7f;
    }
    if (ch < 0x20 || ch == 0x7f) {
        out.put('^');
        ch ^= 0x40;
    }
    out.put(static_cast<char>(ch));
}

}  // namespace

bool print_text(Ctx& ctx, const Cursor& m, size_t off, size_t n) {
    const auto avail = m.rest(off);
    const size_t k = n < avail.size() ? n : avail.size();
    for (size_t i = 0; i < k; ++i) put_text_char(ctx.out, avail[i]);
    return k == n;
}

size_t skip_name(const Cursor& m, size_t off) {
    if (!m.has(off)) return kNone;
    uint8_t b = m.u8(off++);
    while (b != 0) {
        switch (b & kKindMask) {
        case kKindPointer:
            return off + 1;
        case kKindExtended:
            if ((b & ~kKindMask) != kExtBitString || !m.has(off)) return kNone;
            off += 1 + (bit_string_bits(m.u8(off)) + 7) / 8;
            break;
        case kKindReserved:
            return kNone;
        default:
            off += b;
            break;
        }
        if (!m.has(off)) return kNone;
        b = m.u8(off++);
    }
    return off;
}

size_t print_name(Ctx& ctx, const Cursor& m, size_t off, size_t base) {
    int len = label_length(ctx, m, off);
    if (len == kBadLabel) return kNone;
    // Pointers must go strictly backwards (BIND's rule), which also ends any loop. The
    // limit is 32-bit like tcpdump's, so a base past off (EDNS CHAIN) wraps to "any".
    uint32_t max_target = static_cast<uint32_t>(off - base);
    uint8_t b = m.u8(off++);
    size_t after = kNone;  // where the name ends in place
    bool jumped = false;
    if ((b & kKindMask) != kKindPointer) after = off + static_cast<size_t>(len);
    if (b == 0) {
        ctx.out.put('.');
        return after;
    }
    unsigned chars = 0;
    while (b != 0 && off < m.size()) {
        switch (b & kKindMask) {
        case kKindPointer: {
            if (!jumped) {
                after = off + 1;
                jumped = true;
            }
            if (!m.has(off)) return kNone;
            const uint32_t target = (uint32_t{b} << 8 | m.u8(off)) & 0x3fff;
            if (target >= max_target) {
                ctx.out.put("<BAD PTR>");
                return kNone;
            }
            max_target = target;
            off = base + target;
            if (!m.has(off)) return kNone;
            b = m.u8(off);
            len = label_length(ctx, m, off);
            if (len == kBadLabel) return kNone;
            ++off;
            continue;
        }
        case kKindExtended:
            if ((b & ~kKindMask) != kExtBitString) {
                ctx.out.f("<ELT {}>", b & ~kKindMask);
                return kNone;
            }
            if (!print_bit_string(ctx, m, off)) return kNone;
            break;
        case kKindReserved:
            ctx.out.put("<BAD LABEL TYPE>");
            return kNone;
        default: {
            const unsigned n = static_cast<unsigned>(len);
            if (chars + n <= kMaxNameChars) {
                if (!print_text(ctx, m, off, n)) return kNone;
            } else if (chars < kMaxNameChars) {
                if (!print_text(ctx, m, off, kMaxNameChars - chars)) return kNone;
            }
            chars += n;
            break;
        }
        }
        off += static_cast<size_t>(len);
        if (chars <= kMaxNameChars) ctx.out.put('.');
        ++chars;
        if (!m.has(off)) return kNone;
        b = m.u8(off);
        len = label_length(ctx, m, off);
        if (len == kBadLabel) return kNone;
        ++off;
        if (!jumped) after += static_cast<size_t>(len) + 1;
    }
    if (chars > kMaxNameChars) ctx.out.put("<DOMAIN NAME TOO LONG>");
    return after;
}

}  // namespace dns

size_t fqdn_print(Ctx& ctx, const Cursor& c, size_t off, size_t base) {
    return dns::print_name(ctx, c, off, base);
}

}  // namespace rd
