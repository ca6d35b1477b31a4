// Line-oriented text protocols (HTTP, RTSP, SIP, FTP, SMTP, WHOIS) shown the way
// tcpdump shows them: the protocol name and the first line, every line with -v; and the
// SSH version exchange line.
#include <cctype>
#include <string_view>

#include "protos.hpp"

namespace rd {

namespace {

constexpr size_t kMaxToken = 128;

bool ascii_print(uint8_t c) { return c >= 0x20 && c < 0x7f; }

// A token at idx (command or response code) into tok; returns the index after it and the
// blanks that follow, or 0 when there is no usable token.
size_t fetch_token(const Cursor& c, size_t idx, size_t len, char* tok, size_t& toklen) {
    toklen = 0;
    for (; idx < len; ++idx) {
        if (!c.has(idx, 1)) return 0;
        const uint8_t ch = c.rest(idx)[0];
        if (ch & 0x80) return 0;
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') break;
        if (!ascii_print(ch)) return 0;
        if (toklen + 2 > kMaxToken + 1) return 0;
        tok[toklen++] = static_cast<char>(ch);
    }
    if (toklen == 0) return 0;
    for (; idx < len; ++idx) {
        if (!c.has(idx, 1)) break;
        const uint8_t ch = c.rest(idx)[0];
        if (ch == '\r' || ch == '\n') break;
        if (!ascii_print(ch)) break;
        if (ch != ' ' && ch != '\t') break;
    }
    return idx;
}

// Prints prefix and the line at idx if it is printable text; returns the index after its
// line ending, or 0 when the text stops there (binary data, or no line ending).
size_t print_line(Ctx& ctx, const char* prefix, const Cursor& c, size_t idx, size_t len) {
    const size_t start = idx;
    while (idx < len) {
        const uint8_t ch = c.u8(idx);
        if (ctx.truncated) return 0;
        if (ch == '\n') {
            ctx.out.put(prefix);
            ctx.out.put(std::string_view(reinterpret_cast<const char*>(c.rest(start).data()), idx - start));
            return idx + 1;
        }
        if (ch == '\r') {
            if (idx + 1 >= len) return 0;
            const uint8_t next = c.u8(idx + 1);
            if (ctx.truncated || next != '\n') return 0;
            ctx.out.put(prefix);
            ctx.out.put(std::string_view(reinterpret_cast<const char*>(c.rest(start).data()), idx - start));
            return idx + 2;
        }
        if (!ascii_print(ch) && ch != '\t') return 0;
        ++idx;
    }
    // Text up to the end without a line ending: shown, and marked as cut short.
    ctx.out.put(prefix);
    if (idx > start)
        ctx.out.put(std::string_view(reinterpret_cast<const char*>(c.rest(start).data()), idx - start));
    ctx.print_trunc();
    return 0;
}

bool same_nocase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// tcpdump's txtproto_print. cmds: request names (then a 3-digit response code as second
// token also qualifies); empty: every payload is a request or response.
void txtproto(Ctx& ctx, const Cursor& c, uint32_t len, const char* proto, const char* caps,
              std::span<const char* const> cmds) {
    ctx.proto = proto;
    bool print_this = cmds.empty();
    if (!cmds.empty()) {
        char tok[kMaxToken + 1];
        size_t toklen = 0;
        size_t idx = fetch_token(c, 0, len, tok, toklen);
        if (idx != 0) {
            for (const char* cmd : cmds)
                if (same_nocase(std::string_view(tok, toklen), cmd)) print_this = true;
            idx = fetch_token(c, idx, len, tok, toklen);
            if (idx != 0 && toklen == 3 && std::isdigit(static_cast<unsigned char>(tok[0])) &&
                std::isdigit(static_cast<unsigned char>(tok[1])) && std::isdigit(static_cast<unsigned char>(tok[2])))
                print_this = true;
        }
    }
    ctx.out.put(caps);
    if (!print_this) return;
    if (ctx.opt.vflag) {
        ctx.out.f(", length: {}", len);
        for (size_t idx = 0; idx < len;) {
            const size_t eol = print_line(ctx, "\n\t", c, idx, len);
            if (eol == 0) break;
            idx = eol;
        }
    } else {
        print_line(ctx, ": ", c, 0, len);
    }
}

constexpr const char* kHttpCmds[] = {
    "GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST", "BCOPY", "BMOVE", "MKCOL",
    "TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE", "NOTIFY",
    "BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST",
    "SUBSCRIBE", "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY",
    "MKWORKSPACE", "UNSUBSCRIBE", "RPC_CONNECT", "VERSION-CONTROL", "BASELINE-CONTROL",
};
constexpr const char* kRtspCmds[] = {
    "DESCRIBE", "ANNOUNCE", "GET_PARAMETER", "OPTIONS", "PAUSE", "PLAY",
    "RECORD",   "REDIRECT", "SETUP",         "SET_PARAMETER", "TEARDOWN",
};
constexpr const char* kSipCmds[] = {
    "ACK",   "BYE",   "CANCEL",   "DO",     "INFO",      "INVITE", "MESSAGE", "NOTIFY", "OPTIONS",
    "PRACK", "QAUTH", "REFER",    "REGISTER", "SPRACK", "SUBSCRIBE", "UPDATE", "PUBLISH",
};

}  // namespace

void http_print(Ctx& ctx, Cursor c, uint32_t length) { txtproto(ctx, c, length, "http", "HTTP", kHttpCmds); }
void rtsp_print(Ctx& ctx, Cursor c, uint32_t length) { txtproto(ctx, c, length, "rtsp", "RTSP", kRtspCmds); }
void sip_print(Ctx& ctx, Cursor c, uint32_t length) { txtproto(ctx, c, length, "sip", "SIP", kSipCmds); }
void ftp_print(Ctx& ctx, Cursor c, uint32_t length) { txtproto(ctx, c, length, "ftp", "FTP", {}); }
void smtp_print(Ctx& ctx, Cursor c, uint32_t length) { txtproto(ctx, c, length, "smtp", "SMTP", {}); }
void whois_print(Ctx& ctx, Cursor c, uint32_t length) { txtproto(ctx, c, length, "whois", "WHOIS", {}); }

void ssh_print(Ctx& ctx, Cursor c, uint32_t len) {
    ctx.proto = "ssh";
    // Only the identification string ("SSH-protoversion-softwareversion") is shown.
    for (size_t i = 0; i < 4; ++i) {
        const uint8_t ch = c.u8(i);
        if (ctx.truncated || ch != static_cast<uint8_t>("SSH-"[i])) return;
    }
    for (size_t idx = 4; idx < len; ++idx) {
        const uint8_t ch = c.u8(idx);
        if (ctx.truncated) return;
        bool end = ch == '\n';
        if (ch == '\r') {
            if (idx + 1 >= len) return;
            const uint8_t next = c.u8(idx + 1);
            if (ctx.truncated || next != '\n') return;
            end = true;
        } else if (!end && !ascii_print(ch)) {
            return;
        }
        if (end) {
            ctx.out.put(": SSH: ");
            ctx.out.put(std::string_view(reinterpret_cast<const char*>(c.rest(0).data()), idx));
            return;
        }
    }
}

}  // namespace rd
