// Zephyr notices (UDP ports 2103/2104): the NUL-terminated header fields, then a
// one-line summary by class and opcode.
#include <cstdlib>
#include <string_view>

#include "zephyr.hpp"

namespace rd {

namespace {

constexpr Tok kKinds[] = {
    {0, "unsafe"},  {1, "unacked"},  {2, "acked"},      {3, "hm-ack"}, {4, "hm-ctl"},
    {5, "serv-ack"}, {6, "serv-nak"}, {7, "client-ack"}, {8, "stat"},
};

constexpr size_t kBuf = 256;  // tcpdump formats triples and lower-cased text in 256 bytes

enum class Field { Ok, Lost, Truncated };

struct Parser {
    const Cursor& c;
    size_t pos = 0;
    int64_t left;

    // One NUL-terminated field; its text is [off, off + len).
    Field next(std::string_view& s) {
        const size_t start = pos;
        for (;;) {
            if (left == 0) return Field::Lost;
            if (!c.has(pos, 1)) return Field::Truncated;
            if (c.u8(pos) == 0) break;
            ++pos;
            --left;
        }
        const auto bytes = c.rest(start);
        s = std::string_view(reinterpret_cast<const char*>(bytes.data()), pos - start);
        ++pos;
        --left;
        return Field::Ok;
    }
};

// strtol(s, 0, 16) stored in an int.
int hex_int(std::string_view s) {
    char buf[kBuf];
    const size_t n = s.size() < kBuf - 1 ? s.size() : kBuf - 1;
    s.copy(buf, n);
    buf[n] = '\0';
    return static_cast<int>(std::strtol(buf, nullptr, 16));
}

void put_lower(OutBuf& out, std::string_view s) {
    if (s.size() > kBuf - 1) s = s.substr(0, kBuf - 1);
    for (char ch : s) out.put(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
}

void put_triple(OutBuf& out, std::string_view cls, std::string_view inst, std::string_view rcpt) {
    if (rcpt.empty()) rcpt = "*";
    // "<class,inst,recipient>" cut to 255 characters.
    size_t room = kBuf - 1;
    auto put = [&](std::string_view s) {
        if (s.size() > room) s = s.substr(0, room);
        out.put(s);
        room -= s.size();
    };
    put("<");
    put(cls);
    put(",");
    put(inst);
    put(",");
    put(rcpt);
    put(">");
}

}  // namespace

void zephyr_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "zephyr";
    Parser p{c, 0, static_cast<int64_t>(length)};
    bool lose = false;
    bool cut = false;
    auto str = [&](std::string_view& f) {
        if (lose || cut) return;
        const Field r = p.next(f);
        if (r == Field::Truncated) cut = true;
        else if (r == Field::Lost) lose = true;
    };
    auto num = [&](int& v) {
        std::string_view s;
        str(s);
        if (!lose && !cut) v = hex_int(s);
    };
    std::string_view version, uid, authdata, cls, inst, opcode, sender, rcpt, format, multi_uid;
    int numfields = 0, kind = 0, port = 0, auth = 0, authlen = 0, cksum = 0, multi = 0;
    str(version);
    if (cut) return ctx.print_trunc();
    if (lose) return ctx.print_invalid();
    if (version.substr(0, 4) != "ZEPH") return;
    num(numfields);
    num(kind);
    str(uid);
    num(port);
    num(auth);
    num(authlen);
    str(authdata);
    str(cls);
    str(inst);
    str(opcode);
    str(sender);
    str(rcpt);
    str(format);
    num(cksum);
    num(multi);
    str(multi_uid);
    if (cut) return ctx.print_trunc();
    if (lose) return ctx.print_invalid();

    out.put(" zephyr");
    if (version.substr(4, 3) != "0.2") {
        out.put(" v");
        out.put(version.substr(4));
        return;
    }
    if (const char* k = tok_lookup(kKinds, static_cast<uint32_t>(kind))) {
        out.put(' ');
        out.put(k);
    } else {
        out.f(" type {}", kind);
    }
    if (kind == 5) {  // serv-ack: how the notice went
        std::string_view ack;
        str(ack);
        if (cut) return ctx.print_trunc();
        if (!lose && ack != "SENT") {
            out.put('/');
            put_lower(out, ack);
        }
    }
    if (!sender.empty()) {
        out.put(' ');
        out.put(sender);
    }
    if (cls == "USER_LOCATE") {
        if (opcode == "USER_HIDE") out.put(" hide");
        else if (opcode == "USER_UNHIDE") out.put(" unhide");
        else {
            out.put(" locate ");
            out.put(inst);
        }
        return;
    }
    if (cls == "ZEPHYR_ADMIN") {
        out.put(" zephyr-admin ");
        put_lower(out, opcode);
        return;
    }
    if (cls == "ZEPHYR_CTL") {
        if (inst == "CLIENT") {
            if (opcode == "SUBSCRIBE" || opcode == "SUBSCRIBE_NODEFS" || opcode == "UNSUBSCRIBE") {
                out.put(opcode == "SUBSCRIBE" ? " sub" : opcode == "SUBSCRIBE_NODEFS" ? " unsub-nodefs" : " unsub");
                if (kind != 5) {
                    std::string_view sc, si, sr;
                    str(sc);
                    str(si);
                    str(sr);
                    if (cut) return ctx.print_trunc();
                    if (!lose) {
                        out.put(' ');
                        put_triple(out, sc, si, sr);
                    }
                }
                return;
            }
            if (opcode == "GIMME") out.put(" ret");
            else if (opcode == "GIMMEDEFS") out.put(" gimme-defs");
            else if (opcode == "CLEARSUB") out.put(" clear-subs");
            else {
                out.put(' ');
                put_lower(out, opcode);
            }
            return;
        }
        if (inst == "HM") {
            out.put(' ');
            put_lower(out, opcode);
            return;
        }
        if (inst == "REALM") {
            if (opcode == "ADD_SUBSCRIBE") out.put(" realm add-subs");
            if (opcode == "REQ_SUBSCRIBE") out.put(" realm req-subs");
            if (opcode == "RLM_SUBSCRIBE") out.put(" realm rlm-sub");
            if (opcode == "RLM_UNSUBSCRIBE") out.put(" realm rlm-unsub");
            return;
        }
    }
    if (cls == "HM_CTL" || cls == "WG_CTL") {
        out.put(cls == "HM_CTL" ? " hm_ctl " : " wg_ctl ");
        put_lower(out, inst);
        out.put(' ');
        put_lower(out, opcode);
        return;
    }
    if (cls == "HM_STAT" && inst == "HMST_CLIENT" && opcode == "GIMMESTATS") {
        out.put(" get-client-stats");
        return;
    }
    if (cls == "LOGIN") {
        if (opcode == "USER_FLUSH") {
            out.put(" flush_locs");
            return;
        }
        if (opcode == "NONE" || opcode == "OPSTAFF" || opcode == "REALM-VISIBLE" ||
            opcode == "REALM-ANNOUNCED" || opcode == "NET-VISIBLE" || opcode == "NET-ANNOUNCED") {
            out.put(" set-exposure ");
            put_lower(out, opcode);
            return;
        }
    }
    out.put(" to ");
    put_triple(out, cls, inst, rcpt);
    if (!opcode.empty()) {
        out.put(" op ");
        out.put(opcode);
    }
}

}  // namespace rd
