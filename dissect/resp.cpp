// Redis serialization protocol (RESP) over TCP port 6379, pipelined: every value of the
// segment is shown quoted; malformed lengths are named, running out of data ends the
// line with " [|resp]".
#include <climits>

#include "protos.hpp"

namespace rd {

namespace {

// Results of reading a "<digits>\r\n" length other than a valid count.
constexpr int kNull = -1, kTrunc = -2, kTooLarge = -3, kNegative = -4, kInvalid = -5;
constexpr int kFail = -1;  // parse result: give up on the segment

struct Parser {
    Ctx& ctx;
    const Cursor& c;

    bool byte_at(size_t off, uint8_t& out) const {
        if (!c.has(off, 1)) return false;
        out = c.rest(off)[0];
        return true;
    }

    // ' "text"': false when the capture ends inside the text.
    bool put_segment(size_t off, int len) {
        ctx.out.put(" \"");
        if (put_string_n_checked(ctx, c, off, static_cast<size_t>(len))) return false;
        ctx.out.put('"');
        return true;
    }

    // Moves off/len up to the next CR LF; false when there is none in len or the capture.
    bool find_crlf(size_t& off, int& len) const {
        for (;;) {
            if (len < 2 || !c.has(off, 2)) return false;
            const auto b = c.rest(off);
            if (b[0] == '\r' && b[1] == '\n') return true;
            ++off;
            --len;
        }
    }

    int length_field(size_t& off, int& len) const {
        uint8_t ch = 0;
        if (len == 0 || !byte_at(off, ch)) return kTrunc;
        bool neg = false;
        if (ch == '-') {
            neg = true;
            ++off;
            --len;
        }
        int result = 0;
        bool digit = false, too_large = false;
        for (;;) {
            if (len == 0 || !byte_at(off, ch)) return kTrunc;
            if (ch < '0' || ch > '9') {
                if (!digit) {
                    ++off;
                    --len;
                    return kInvalid;
                }
                break;
            }
            const int d = ch - '0';
            if (result > INT_MAX / 10) {
                too_large = true;
            } else {
                result *= 10;
                if (result == (INT_MAX / 10) * 10 && d > INT_MAX % 10)
                    too_large = true;
                else
                    result += d;
            }
            ++off;
            --len;
            digit = true;
        }
        ++off;
        --len;
        if (ch != '\r') return kInvalid;
        if (len == 0 || !byte_at(off, ch)) return kTrunc;
        ++off;
        --len;
        if (ch != '\n') return kInvalid;
        if (neg) return (too_large || result != 1) ? kNegative : kNull;
        return too_large ? kTooLarge : result;
    }

    bool put_length_problem(int v) {
        switch (v) {
        case kNull: ctx.out.put(" null"); return true;
        case kTrunc: return false;
        case kTooLarge: ctx.out.put(" length too large"); return true;
        case kNegative: ctx.out.put(" length negative and not -1"); return true;
        default: ctx.out.put(" invalid"); return true;
        }
    }

    // "+OK\r\n", "-ERR ...\r\n", ":12\r\n".
    int simple(size_t off, int length) {
        size_t p = off + 1;
        int len = length - 1;
        if (!find_crlf(p, len)) return kFail;
        const int text = static_cast<int>(p - (off + 1));
        if (!put_segment(off + 1, text)) return kFail;
        return 1 + text + 2;
    }

    int bulk_string(size_t off, int length) {
        size_t p = off + 1;
        int len = length - 1;
        const int n = length_field(p, len);
        if (n >= 0) {
            if (n == 0) {
                ctx.out.put(" empty");
            } else {
                if (len < n || !c.has(p, static_cast<size_t>(n))) return kFail;
                if (!put_segment(p, n)) return kFail;
                p += static_cast<size_t>(n);
                len -= n;
            }
            if (!find_crlf(p, len)) return kFail;
            len -= 2;
        } else if (!put_length_problem(n)) {
            return kFail;
        }
        return length - len;
    }

    int array(size_t off, int length, int depth) {
        size_t p = off + 1;
        int len = length - 1;
        const int n = length_field(p, len);
        if (n > 0) {
            for (int i = 0; i < n; ++i) {
                const int used = parse(p, len, depth + 1);
                if (used < 0) return kFail;
                p += static_cast<size_t>(used);
                len -= used;
            }
        } else if (n == 0) {
            ctx.out.put(" empty");
        } else if (!put_length_problem(n)) {
            return kFail;
        }
        return length - len;
    }

    // Consumes CR and LF bytes; false if the data ends before any was seen.
    bool skip_cr_lf(size_t& off, int& len) const {
        bool seen = false;
        for (;;) {
            uint8_t ch = 0;
            if (len == 0 || !byte_at(off, ch)) return seen;
            if (ch != '\r' && ch != '\n') return true;
            seen = true;
            ++off;
            --len;
        }
    }

    // A telnet-style inline command: text up to CR or LF.
    int inline_command(size_t off, int length) {
        size_t p = off;
        int len = length;
        if (!skip_cr_lf(p, len)) return kFail;
        const size_t start = p;
        for (;;) {
            uint8_t ch = 0;
            if (len < 1 || !byte_at(p, ch)) return kFail;
            if (ch == '\r' || ch == '\n') break;
            ++p;
            --len;
        }
        if (!put_segment(start, static_cast<int>(p - start))) return kFail;
        if (!skip_cr_lf(p, len)) return kFail;
        return length - len;
    }

    int parse(size_t off, int length, int depth) {
        uint8_t op = 0;
        if (length < 1 || !byte_at(off, op)) return kFail;
        // Nesting is bounded by the packet (each level consumes bytes); the depth cap
        // keeps the stack small on hostile input.
        if (depth > 1000) return kFail;
        switch (op) {
        case '+':
        case ':':
        case '-': return simple(off, length);
        case '$': return bulk_string(off, length);
        case '*': return array(off, length, depth);
        default: return inline_command(off, length);
        }
    }
};

}  // namespace

void resp_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "resp";
    if (length == 0) return;
    ctx.out.put("RESP");
    Parser parser{ctx, c};
    int left = static_cast<int>(length);
    size_t off = 0;
    while (left > 0) {
        const int used = parser.parse(off, left, 0);
        if (used < 0) {
            ctx.print_trunc();
            return;
        }
        off += static_cast<size_t>(used);
        left -= used;
    }
}

}  // namespace rd
