// SNMP (RFC 1157 v1, RFC 1901 v2c, RFC 3412/3414 v3 with USM) on UDP 161/162, shown as
// tcpdump 4.99.3 shows it: community, PDU name and length, request id (-v), error
// status/index, trap fields, and each varbind as OID=value (OIDs numeric, as with -n).
// Every field that is not what the message syntax wants gets tcpdump's "[xxx!=TYPE]"
// complaint followed by the element itself, and printing stops there.
#include "snmp.hpp"

#include <cstring>
#include <iterator>

#include "ber.hpp"

namespace rd {

namespace {

// PDU tags (context class).
enum : uint8_t {
    kGetRequest = 0,
    kGetNextRequest = 1,
    kGetResponse = 2,
    kSetRequest = 3,
    kTrap = 4,
    kGetBulk = 5,
    kInform = 6,
    kV2Trap = 7,
    kReport = 8,
};
enum : int32_t { kVersion1 = 0, kVersion2c = 1, kVersion3 = 3 };

constexpr const char* kVersionNames[] = {"SNMPv1", "SNMPv2c", "SNMPv2u", "SNMPv3"};
constexpr const char* kErrorStatus[] = {
    "noError",    "tooBig",        "noSuchName",          "badValue",          "readOnly",
    "genErr",     "noAccess",      "wrongType",           "wrongLength",       "wrongEncoding",
    "wrongValue", "noCreation",    "inconsistentValue",   "resourceUnavailable", "commitFailed",
    "undoFailed", "authorizationError", "notWritable",    "inconsistentName"};
constexpr const char* kGenericTraps[] = {"coldStart", "warmStart", "linkDown", "linkUp",
                                         "authenticationFailure", "egpNeighborLoss",
                                         "enterpriseSpecific"};
constexpr int32_t kEnterpriseSpecific = 6;

// Requests whose varbind values must be NULL (and are not shown after "=").
bool read_class(uint8_t pdu) { return pdu == kGetRequest || pdu == kGetNextRequest || pdu == kGetBulk; }
// PDUs whose error-status and error-index must be zero.
bool errorless(uint8_t pdu) {
    return pdu == kGetRequest || pdu == kGetNextRequest || pdu == kSetRequest || pdu == kInform ||
           pdu == kV2Trap || pdu == kReport;
}

void put_error_status(Ctx& ctx, int32_t e) {
    if (e >= 0 && static_cast<size_t>(e) < std::size(kErrorStatus))
        ctx.out.put(kErrorStatus[e]);
    else
        ctx.out.f("err={}", static_cast<uint32_t>(e));
}

// A run of elements inside one enclosing element: where the next one starts and how
// many bytes of the enclosing element are left.
struct Walk {
    Ctx& ctx;
    const Cursor& c;
    size_t pos;
    uint32_t left;

    // Decodes the next element without moving on; its length, or -1.
    int64_t peek(BerElem& e) const { return ber_parse(ctx, c, pos, left, e); }
    void advance(int64_t n) {
        pos += static_cast<size_t>(n);
        left -= static_cast<uint32_t>(n);
    }
    // Decodes the next element and moves past it when it has the wanted type; otherwise
    // shows "[complaint]" and the element and returns false.
    bool take(BerElem& e, BerType want, const char* complaint) {
        const int64_t n = peek(e);
        if (n < 0) return false;
        if (e.type != want) {
            ctx.out.put(complaint);
            ber_print(ctx, c, e);
            return false;
        }
        advance(n);
        return true;
    }
    // A walk over the contents of e.
    Walk inside(const BerElem& e) const { return Walk{ctx, c, e.data, e.asnlen}; }
};

// SEQUENCE OF VarBind: name=value pairs.
void varbinds_print(Walk w, uint8_t pdu) {
    Ctx& ctx = w.ctx;
    OutBuf& out = ctx.out;
    BerElem e;
    const int64_t n = w.peek(e);
    if (n < 0) return;
    if (e.type != BerType::Seq) {
        out.put("[!SEQ of varbind]");
        ber_print(ctx, w.c, e);
        return;
    }
    if (n < w.left) out.f("[{} extra after SEQ of varbind]", static_cast<int32_t>(w.left - n));
    Walk list = w.inside(e);
    while (list.left > 0) {
        out.put(' ');
        BerElem vb;
        const int64_t vn = list.peek(vb);
        if (vn < 0) return;
        if (vb.type != BerType::Seq) {
            out.put("[!varbind]");
            ber_print(ctx, list.c, vb);
            return;
        }
        list.advance(vn);
        Walk item = list.inside(vb);
        BerElem name;
        if (!item.take(name, BerType::Oid, "[objName!=OID]")) return;
        if (!ber_print(ctx, item.c, name)) return;
        if (!read_class(pdu)) out.put('=');
        BerElem value;
        if (item.peek(value) < 0) return;
        if (read_class(pdu)) {
            if (value.type != BerType::Null) {
                out.put("[objVal!=NULL]");
                if (!ber_print(ctx, item.c, value)) return;
            }
        } else if (value.type != BerType::Null) {
            if (!ber_print(ctx, item.c, value)) return;
        }
    }
}

// GetRequest ... Report: request-id, error-status, error-index, varbinds.
void common_pdu_print(Walk w, uint8_t pdu) {
    Ctx& ctx = w.ctx;
    OutBuf& out = ctx.out;
    BerElem e;
    if (!w.take(e, BerType::Int, "[reqId!=INT]")) return;
    if (ctx.opt.vflag) out.f("R={} ", e.integer);

    if (!w.take(e, BerType::Int, "[errorStatus!=INT]")) return;
    const int32_t status = e.integer;
    bool status_shown = false;
    if (errorless(pdu) && status != 0) {
        out.put("[errorStatus(");
        put_error_status(ctx, status);
        out.put(")!=0]");
    } else if (pdu == kGetBulk) {
        out.f(" N={}", status);  // non-repeaters
    } else if (status != 0) {
        out.put(' ');
        put_error_status(ctx, status);
        status_shown = true;
    }

    if (!w.take(e, BerType::Int, "[errorIndex!=INT]")) return;
    const int32_t index = e.integer;
    if (errorless(pdu) && index != 0)
        out.f("[errorIndex({})!=0]", index);
    else if (pdu == kGetBulk)
        out.f(" M={}", index);  // max-repetitions
    else if (index != 0 && !status_shown)
        out.f("[errorIndex({}) w/o errorStatus]", index);
    else if (index != 0)
        out.f("@{}", index);
    else if (status_shown)
        out.put("[errorIndex==0]");

    varbinds_print(w, pdu);
}

// SNMPv1 Trap-PDU: enterprise, agent-addr, generic-trap, specific-trap, time-stamp.
void trap_pdu_print(Walk w) {
    Ctx& ctx = w.ctx;
    OutBuf& out = ctx.out;
    BerElem e;
    out.put(' ');
    if (!w.take(e, BerType::Oid, "[enterprise!=OID]")) return;
    if (!ber_print(ctx, w.c, e)) return;
    out.put(' ');
    if (!w.take(e, BerType::InetAddr, "[agent-addr!=INETADDR]")) return;
    if (!ber_print(ctx, w.c, e)) return;
    if (!w.take(e, BerType::Int, "[generic-trap!=INT]")) return;
    const int32_t generic = e.integer;
    if (generic >= 0 && static_cast<size_t>(generic) < std::size(kGenericTraps))
        out.f(" {}", kGenericTraps[generic]);
    else
        out.f(" gt={}", generic);
    if (!w.take(e, BerType::Int, "[specific-trap!=INT]")) return;
    if (generic != kEnterpriseSpecific) {
        if (e.integer != 0) out.f("[specific-trap({})!=0]", e.integer);
    } else {
        out.f(" s={}", e.integer);
    }
    out.put(' ');
    if (!w.take(e, BerType::Uns, "[time-stamp!=TIMETICKS]")) return;
    if (!ber_print(ctx, w.c, e)) return;
    varbinds_print(w, kTrap);
}

// Any PDU: its name and length, then its fields.
void pdu_print(Walk w, int32_t version) {
    Ctx& ctx = w.ctx;
    OutBuf& out = ctx.out;
    BerElem pdu;
    const int64_t n = w.peek(pdu);
    if (n < 0) return;
    if (pdu.type != BerType::Pdu) {
        out.put("[no PDU]");
        return;
    }
    if (n < w.left) out.f("[{} extra after PDU]", static_cast<int32_t>(w.left - n));
    if (ctx.opt.vflag) out.put("{ ");
    if (!ber_print(ctx, w.c, pdu)) return;
    out.put(' ');
    const uint8_t id = pdu.id;
    if (version == kVersion1 && (id == kGetBulk || id == kInform || id == kV2Trap || id == kReport)) {
        out.put("[v2 PDU in v1 message]");
        return;
    }
    if (version == kVersion2c && id == kTrap) {
        out.put("[v1 PDU in v2 message]");
        return;
    }
    if (id == kTrap)
        trap_pdu_print(w.inside(pdu));
    else
        common_pdu_print(w.inside(pdu), id);
    if (ctx.opt.vflag) out.put(" } ");
}

// SNMPv1/v2c: the community ("public" is not shown), then the PDU.
void community_print(Walk w, int32_t version) {
    Ctx& ctx = w.ctx;
    BerElem e;
    if (!w.take(e, BerType::Str, "[comm!=STR]")) return;
    const auto s = w.c.bytes(e.data, e.asnlen);
    const bool is_public = e.asnlen == 6 && std::memcmp(s.data(), "public", 6) == 0;
    if (!is_public) {
        ctx.out.put("C=");
        if (!ber_print_string(ctx, w.c, e)) return;
        ctx.out.put(' ');
    }
    pdu_print(w, version);
}

// SNMPv3 USM security parameters (RFC 3414 2.4).
void usm_print(Walk outer) {
    Ctx& ctx = outer.ctx;
    OutBuf& out = ctx.out;
    BerElem e;
    if (!outer.take(e, BerType::Seq, "[!usm]")) return;
    Walk w = outer.inside(e);
    if (!w.take(e, BerType::Str, "[msgAuthoritativeEngineID!=STR]")) return;
    if (!w.take(e, BerType::Int, "[msgAuthoritativeEngineBoots!=INT]")) return;
    if (ctx.opt.vflag) out.f("B={} ", e.integer);
    if (!w.take(e, BerType::Int, "[msgAuthoritativeEngineTime!=INT]")) return;
    if (ctx.opt.vflag) out.f("T={} ", e.integer);
    if (!w.take(e, BerType::Str, "[msgUserName!=STR]")) return;
    out.put("U=");
    if (!ber_print_string(ctx, w.c, e)) return;
    out.put(' ');
    if (!w.take(e, BerType::Str, "[msgAuthenticationParameters!=STR]")) return;
    const int64_t n = w.peek(e);
    if (n < 0) return;
    if (e.type != BerType::Str) {
        out.put("[msgPrivacyParameters!=STR]");
        ber_print(ctx, w.c, e);
        return;
    }
    w.advance(n);
    // tcpdump compares the last element's length with what is left after it.
    if (n < w.left) out.f("[{} extra after usm SEQ]", static_cast<int32_t>(w.left - n));
}

// SNMPv3 scoped PDU: context engine id and name, then the PDU.
void scoped_pdu_print(Walk outer) {
    Ctx& ctx = outer.ctx;
    OutBuf& out = ctx.out;
    BerElem e;
    if (!outer.take(e, BerType::Seq, "[!scoped PDU]")) return;
    Walk w = outer.inside(e);
    if (!w.take(e, BerType::Str, "[contextEngineID!=STR]")) return;
    out.put("E=");
    if (!ber_print_octets(ctx, w.c, e)) return;
    out.put(' ');
    if (!w.take(e, BerType::Str, "[contextName!=STR]")) return;
    out.put("C=");
    if (!ber_print_string(ctx, w.c, e)) return;
    out.put(' ');
    pdu_print(w, kVersion3);
}

// SNMPv3 message (RFC 3412 6): header data, security parameters, scoped PDU.
void v3_message_print(Walk w) {
    Ctx& ctx = w.ctx;
    OutBuf& out = ctx.out;
    const size_t start = w.pos;
    const uint32_t total = w.left;
    BerElem e;
    if (!w.take(e, BerType::Seq, "[!message]")) return;
    Walk h = w.inside(e);
    if (ctx.opt.vflag) out.put("{ ");
    if (!h.take(e, BerType::Int, "[msgID!=INT]")) return;
    if (!h.take(e, BerType::Int, "[msgMaxSize!=INT]")) return;
    const int64_t fn = h.peek(e);
    if (fn < 0) return;
    if (e.type != BerType::Str) {
        out.put("[msgFlags!=STR]");
        ber_print(ctx, h.c, e);
        return;
    }
    if (e.asnlen != 1) {
        out.f("[msgFlags size {}]", e.asnlen);
        return;
    }
    const uint8_t flags = h.c.u8(e.data);
    if (ctx.truncated) return;
    if (flags != 0x00 && flags != 0x01 && flags != 0x03 && flags != 0x04 && flags != 0x05 &&
        flags != 0x07) {
        out.f("[msgFlags=0x{:02X}]", flags);
        return;
    }
    h.advance(fn);
    out.f("F={}{}{} ", (flags & 1) ? "a" : "", (flags & 2) ? "p" : "", (flags & 4) ? "r" : "");
    const int64_t mn = h.peek(e);
    if (mn < 0) return;
    if (e.type != BerType::Int) {
        out.put("[msgSecurityModel!=INT]");
        ber_print(ctx, h.c, e);
        return;
    }
    const int32_t model = e.integer;
    h.advance(mn);
    if (mn < h.left) out.f("[{} extra after message SEQ]", static_cast<int32_t>(h.left - mn));
    if (ctx.opt.vflag) out.put("} ");
    if (model != 3) {
        out.f("[security model {}]", model);
        return;
    }
    if (ctx.opt.vflag) out.put("{ USM ");
    // The rest of the message continues right after the header's last element, with
    // the length counted from the start of the message (as tcpdump does).
    Walk rest{ctx, w.c, h.pos, total - static_cast<uint32_t>(h.pos - start)};
    if (!rest.take(e, BerType::Str, "[msgSecurityParameters!=STR]")) return;
    usm_print(rest.inside(e));
    if (ctx.opt.vflag) out.put("} ");
    if (ctx.opt.vflag) out.put("{ ScopedPDU ");
    scoped_pdu_print(rest);
    if (ctx.opt.vflag) out.put("} ");
}

}  // namespace

void snmp_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "snmp";
    out.put(' ');
    const Walk top{ctx, c, 0, length};
    BerElem e;
    const int64_t n = top.peek(e);
    if (n < 0) return;
    if (e.type != BerType::Seq) {
        out.put("[!init SEQ]");
        ber_print(ctx, c, e);
        return;
    }
    if (n < length) out.f("[{} extra after iSEQ]", static_cast<int32_t>(length - n));
    Walk w = top.inside(e);
    if (!w.take(e, BerType::Int, "[version!=INT]")) return;
    const int32_t version = e.integer;
    if (version != kVersion1 && version != kVersion2c && version != kVersion3) {
        out.f("SNMP [version = {}]", version);
        return;
    }
    if (ctx.opt.vflag) out.f("{{ {} ", kVersionNames[version]);
    if (version == kVersion3)
        v3_message_print(w);
    else
        community_print(w, version);
    if (ctx.opt.vflag) out.put("} ");
}

}  // namespace rd
