// Telnet (RFC 854) option negotiation on TCP port 23: the IAC command sequences at the
// start of a segment, as " [telnet DO ECHO, ...]" (or one hex line per command with
// -X at -vvv). Plain data after them is not shown.
#include "protos.hpp"
#include "tcp_services.hpp"

namespace rd {

namespace {

constexpr uint8_t kIac = 255, kSb = 250, kSe = 240, kWill = 251, kWont = 252, kDo = 253,
                  kDont = 254;
constexpr uint8_t kFirstCmd = 236;  // EOF
constexpr uint8_t kOptAuth = 37, kOptEncrypt = 38;

// Command names from EOF (236) to IAC (255).
constexpr const char* kCmds[] = {
    "EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK", "BRK", "IP", "AO",
    "AYT", "EC",   "EL",    "GA",  "SB", "WILL", "WONT", "DO",  "DONT", "IAC",
};

constexpr const char* kOptions[] = {
    "BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME", "STATUS", "TIMING MARK", "RCTE",
    "NAOL", "NAOP", "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD", "NAOVTS", "NAOVTD", "NAOLFD",
    "EXTEND ASCII", "LOGOUT", "BYTE MACRO", "DATA ENTRY TERMINAL", "SUPDUP", "SUPDUP OUTPUT",
    "SEND LOCATION", "TERMINAL TYPE", "END OF RECORD", "TACACS UID", "OUTPUT MARKING",
    "TTYLOC", "3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW", "LINEMODE", "XDISPLOC",
    "OLD-ENVIRON", "AUTHENTICATION", "ENCRYPT", "NEW-ENVIRON",
};

constexpr const char* kSubCmds[] = {"IS", "SEND", "INFO"};
constexpr const char* kAuthCmds[] = {"IS", "SEND", "REPLY", "NAME"};
constexpr const char* kAuthTypes[] = {
    "NULL", "KERBEROS_V4", "KERBEROS_V5", "SPX", "MINK", "SRP", "RSA", "SSL", nullptr, nullptr,
    "LOKI", "SSA", "KEA_SJ", "KEA_SJ_INTEG", "DSS", "NTLM",
};
constexpr const char* kEncCmds[] = {
    "IS", "SUPPORT", "REPLY", "START", "END", "REQUEST-START", "REQUEST-END", "END_KEYID",
    "DEC_KEYID",
};
constexpr const char* kEncTypes[] = {
    "NULL", "DES_CFB64", "DES_OFB64", "DES3_CFB64", "DES3_OFB64", nullptr, "CAST5_40_CFB64",
    "CAST5_40_OFB64", "CAST128_CFB64", "CAST128_OFB64",
};

// A name from the table, or the value as C's "%#x" ("0" for zero).
template <size_t N>
void put_name_or_hex(OutBuf& out, const char* const (&table)[N], uint8_t v) {
    if (v < N && table[v] != nullptr) {
        out.put(table[v]);
    } else if (v == 0) {
        out.put('0');
    } else {
        out.f("0x{:x}", v);
    }
}

void put_hex_byte(OutBuf& out, uint8_t v) {
    if (v == 0)
        out.put(" 0");
    else
        out.f(" 0x{:x}", v);
}

// One command at off (its IAC). Returns the bytes it takes, or -1 when it is not a
// complete command. `length` (tcpdump's unsigned remaining length) may be left smaller
// than what the command took: the caller's arithmetic then wraps as tcpdump's does.
// Prints only when `print`.
int64_t parse(Ctx& ctx, const Cursor& c, size_t off, uint32_t length, bool print) {
    OutBuf& out = ctx.out;
    const size_t start = off;
    auto fetch = [&](uint8_t& v) {
        if (length < 1) return false;
        v = c.u8(off);
        ++off;
        --length;
        return true;
    };
    uint8_t cmd = 0;
    if (!fetch(cmd) || cmd != kIac) return -1;
    if (!fetch(cmd)) return -1;
    if (cmd == kIac) {
        if (print) out.put("IAC IAC");
        return static_cast<int64_t>(off - start);
    }
    if (cmd < kFirstCmd) return -1;
    const char* name = kCmds[cmd - kFirstCmd];
    if (cmd != kDont && cmd != kDo && cmd != kWont && cmd != kWill && cmd != kSb) {
        if (print) out.put(name);
        return static_cast<int64_t>(off - start);
    }
    uint8_t opt = 0;
    if (!fetch(opt)) return -1;
    if (print) {
        out.put(name);
        out.put(' ');
        if (opt < std::size(kOptions))
            out.put(kOptions[opt]);
        else
            out.f("0x{:x}", opt);
    }
    if (cmd != kSb) return static_cast<int64_t>(off - start);

    // Subnegotiation: find the IAC SE that ends it.
    size_t p = off;
    while (length > p + 1 - off) {
        if (c.u8(p) == kIac && c.u8(p + 1) == kSe) break;
        ++p;
    }
    if (c.u8(p) != kIac) return -1;

    uint8_t v = 0;
    if (p > off) {
        fetch(v);
        if (print) {
            out.put(' ');
            if (opt == kOptAuth)
                put_name_or_hex(out, kAuthCmds, v);
            else if (opt == kOptEncrypt)
                put_name_or_hex(out, kEncCmds, v);
            else
                put_name_or_hex(out, kSubCmds, v);
        }
        // Authentication and encryption name their type in the next byte.
        if ((opt == kOptAuth || opt == kOptEncrypt) && p > off) {
            fetch(v);
            if (print) {
                out.put(' ');
                if (opt == kOptAuth)
                    put_name_or_hex(out, kAuthTypes, v);
                else
                    put_name_or_hex(out, kEncTypes, v);
            }
        }
    }
    while (p > off) {
        fetch(v);
        if (print) put_hex_byte(out, v);
    }
    if (print) out.put(" SE");
    off += 2;
    return static_cast<int64_t>(off - start);
}

// tcpdump's hex_print_with_offset with a newline before each 16-byte line: what is
// captured of the n bytes, then the truncation if some were not.
void hex_with_offset(Ctx& ctx, const Cursor& c, size_t off, size_t want, size_t oset) {
    const size_t avail = off < c.size() ? c.size() - off : 0;
    const size_t n = want < avail ? want : avail;
    size_t i = 0;
    size_t k = 0;
    for (; k + 1 < n; k += 2) {
        if (i++ % 8 == 0) {
            ctx.out.f("\n0x{:04x}: ", oset);
            oset += 16;
        }
        const uint8_t a = c.u8(off + k), b = c.u8(off + k + 1);
        ctx.out.f(" {:02x}{:02x}", a, b);
    }
    if (n & 1) {
        if (i % 8 == 0) ctx.out.f("\n0x{:04x}: ", oset);
        ctx.out.f(" {:02x}", c.u8(off + k));
    }
    if (n < want) c.need(off, want);
}

}  // namespace

void telnet_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "telnet";
    const bool hex_mode = ctx.opt.Xflag && ctx.opt.vflag > 2;
    bool first = true;
    size_t off = 0;
    while (length > 0 && !ctx.truncated && c.u8(off) == kIac) {
        const int64_t l = parse(ctx, c, off, length, false);
        if (ctx.truncated || l < 0) break;
        if (hex_mode) {
            if (first) out.put("\nTelnet:");
            hex_with_offset(ctx, c, off, static_cast<size_t>(l), off);
            if (l > 8)
                out.put("\n\t\t\t\t");
            else
                out.f("{:{}}\t", "", static_cast<int>((8 - l) * 3));
        } else {
            out.put(first ? " [telnet " : ", ");
        }
        parse(ctx, c, off, length, true);
        first = false;
        off += static_cast<size_t>(l);
        length -= static_cast<uint32_t>(l);
    }
    if (!first && !ctx.truncated) out.put(hex_mode ? "\n" : "]");
}

}  // namespace rd
