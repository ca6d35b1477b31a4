// AFS database servers: protection (RX port 7002), volume location (7003), kauth (7004),
// and the Ubik replication calls they all answer.
#include "rx_int.hpp"

namespace rd::rx {

namespace {

constexpr uint32_t kPrNameMax = 64, kVlNameMax = 65, kKaNameMax = 64;

constexpr Tok kPtOps[] = {
    {500, "new-user"},      {501, "where-is-it"},   {502, "dump-entry"},    {503, "add-to-group"},
    {504, "name-to-id"},    {505, "id-to-name"},    {506, "delete"},        {507, "remove-from-group"},
    {508, "get-cps"},       {509, "new-entry"},     {510, "list-max"},      {511, "set-max"},
    {512, "list-entry"},    {513, "change-entry"},  {514, "list-elements"}, {515, "same-mbr-of"},
    {516, "set-fld-sentry"}, {517, "list-owned"},   {518, "get-cps2"},      {519, "get-host-cps"},
    {520, "update-entry"},  {521, "list-entries"},  {530, "list-super-groups"},
};

constexpr Tok kVldbOps[] = {
    {501, "create-entry"},       {502, "delete-entry"},        {503, "get-entry-by-id"},
    {504, "get-entry-by-name"},  {505, "get-new-volume-id"},   {506, "replace-entry"},
    {507, "update-entry"},       {508, "setlock"},             {509, "releaselock"},
    {510, "list-entry"},         {511, "list-attrib"},         {512, "linked-list"},
    {513, "get-stats"},          {514, "probe"},               {515, "get-addrs"},
    {516, "change-addr"},        {517, "create-entry-n"},      {518, "get-entry-by-id-n"},
    {519, "get-entry-by-name-n"}, {520, "replace-entry-n"},    {521, "list-entry-n"},
    {522, "list-attrib-n"},      {523, "linked-list-n"},       {524, "update-entry-by-name"},
    {525, "create-entry-u"},     {526, "get-entry-by-id-u"},   {527, "get-entry-by-name-u"},
    {528, "replace-entry-u"},    {529, "list-entry-u"},        {530, "list-attrib-u"},
    {531, "linked-list-u"},      {532, "regaddr"},             {533, "get-addrs-u"},
    {534, "list-attrib-n2"},
};

constexpr Tok kKauthOps[] = {
    {1, "auth-old"},  {21, "authenticate"}, {22, "authenticate-v2"}, {2, "change-pw"},
    {3, "get-ticket-old"}, {23, "get-ticket"}, {4, "set-pw"},     {5, "set-fields"},
    {6, "create-user"}, {7, "delete-user"},  {8, "get-entry"},     {9, "list-entry"},
    {10, "get-stats"}, {11, "debug"},        {12, "get-pw"},       {13, "get-random-key"},
    {14, "unlock"},   {15, "lock-status"},
};

constexpr Tok kUbikOps[] = {
    {10000, "vote-beacon"},      {10001, "vote-debug-old"},  {10002, "vote-sdebug-old"},
    {10003, "vote-getsyncsite"}, {10004, "vote-debug"},      {10005, "vote-sdebug"},
    {10006, "vote-xdebug"},      {10007, "vote-xsdebug"},    {20000, "disk-begin"},
    {20001, "disk-commit"},      {20002, "disk-lock"},       {20003, "disk-write"},
    {20004, "disk-getversion"},  {20005, "disk-getfile"},    {20006, "disk-sendfile"},
    {20007, "disk-abort"},       {20008, "disk-releaselocks"}, {20009, "disk-truncate"},
    {20010, "disk-probe"},       {20011, "disk-writev"},     {20012, "disk-interfaceaddr"},
    {20013, "disk-setversion"},
};
constexpr uint32_t kVoteLow = 10000, kVoteHigh = 10007, kDiskLow = 20000, kDiskHigh = 20013;

constexpr const char* kVolTypes[] = {"read-write", "read-only", "backup"};

// " volid N" and, for a known volume type, " type NAME".
void volid_type(Args& a) {
    a.put_int(" volid");
    const uint32_t t = a.u32();
    if (t <= 2) a.out().f(" type {}", kVolTypes[t]);
}

// A counted list of 32-bit integers (" <none!>" when empty).
void int_list(Args& a) {
    const uint32_t n = a.u32();
    for (uint32_t i = 0; i < n && a.ok(); ++i) a.put_int();
    if (n == 0) a.out().put(" <none!>");
}

// A counted list of names stored one character a word.
bool name_list(Args& a) {
    const uint32_t n = a.u32();
    for (uint32_t i = 0; i < n && a.ok(); ++i)
        if (!a.vec(kPrNameMax)) return false;
    if (n == 0) a.out().put(" <none!>");
    return true;
}

bool pt_args(Args& a, uint32_t op) {
    OutBuf& out = a.out();
    switch (op) {
    case 500:  // new user
        if (!a.str(kPrNameMax)) return false;
        a.put_int(" id");
        a.put_int(" oldid");
        return true;
    case 501: case 506: case 508: case 512: case 514: case 517: case 518: case 519: case 530:
        a.put_int(" id");
        return true;
    case 502:
        a.put_int(" pos");
        return true;
    case 503: case 507: case 515:
        a.put_int(" uid");
        a.put_int(" gid");
        return true;
    case 504:  // name to id
        return name_list(a);
    case 505:  // id to name
        out.put(" ids:");
        int_list(a);
        return true;
    case 509:  // new entry
        if (!a.str(kPrNameMax)) return false;
        a.put_int(" flag");
        a.put_int(" oid");
        return true;
    case 511:
        a.put_int(" id");
        a.put_int(" gflag");
        return true;
    case 513:  // change entry
        a.put_int(" id");
        if (!a.str(kPrNameMax)) return false;
        a.put_int(" oldid");
        a.put_int(" newid");
        return true;
    case 520:  // update entry
        a.put_int(" id");
        return a.str(kPrNameMax);
    default:
        return true;
    }
}

bool vldb_args(Args& a, uint32_t op) {
    switch (op) {
    case 501: case 517:
        return a.vec(kVlNameMax);
    case 502: case 503: case 507: case 508: case 509: case 518:
        volid_type(a);
        return true;
    case 504: case 519: case 524: case 527:
        return a.str(kVlNameMax);
    case 505:
        a.put_int(" bump");
        return true;
    case 506: case 520:
        volid_type(a);
        return a.vec(kVlNameMax);
    case 510: case 521:
        a.put_int(" index");
        return true;
    default:
        return true;
    }
}

// Server addresses (nslots of them, the first n shown) and their partitions.
bool servers_and_partitions(Args& a, uint32_t n, uint32_t nslots, bool uuids) {
    OutBuf& out = a.out();
    out.put(" servers");
    for (uint32_t i = 0; i < nslots; ++i) {
        if (uuids) {
            if (i < n) {
                out.put(" afsuuid");
                if (!a.afsuuid()) return false;
            } else {
                if (!a.has(44)) return false;
                a.skip(44);
            }
            continue;
        }
        if (!a.has(4)) return false;
        const uint32_t addr = a.u32();
        if (i < n) {
            out.put(' ');
            put_ipv4(out, addr);
        }
    }
    if (uuids) {
        if (!a.has(4 * nslots)) return false;
        a.skip(4 * nslots);
    }
    out.put(" partitions");
    for (uint32_t i = 0; i < nslots; ++i) {
        const uint32_t p = a.u32();
        if (i < n && p <= 26)
            out.f(" {}", static_cast<char>('a' + p));
        else if (i < n)
            out.f(" {}", p);
    }
    if (!a.has(4 * nslots)) return false;
    a.skip(4 * nslots);
    a.put_uint(" rwvol");
    a.put_uint(" rovol");
    a.put_uint(" backup");
    return true;
}

bool vldb_reply_args(Args& a, uint32_t op) {
    switch (op) {
    case 510:  // list entry
        a.put_int(" count");
        a.put_int(" nextindex");
        [[fallthrough]];
    case 503: case 504: {  // get entry by id / name
        if (!a.vec(kVlNameMax)) return false;
        if (!a.has(4)) return false;
        a.skip(4);
        a.out().put(" numservers");
        const uint32_t n = a.u32();
        a.out().f(" {}", n);
        return servers_and_partitions(a, n, 8, false);
    }
    case 505:
        a.put_uint(" newvol");
        return true;
    case 521: case 529:
        a.put_int(" count");
        a.put_int(" nextindex");
        [[fallthrough]];
    case 518: case 519: {
        if (!a.vec(kVlNameMax)) return false;
        a.out().put(" numservers");
        const uint32_t n = a.u32();
        a.out().f(" {}", n);
        return servers_and_partitions(a, n, 13, false);
    }
    case 526: case 527: {
        if (!a.vec(kVlNameMax)) return false;
        a.out().put(" numservers");
        const uint32_t n = a.u32();
        a.out().f(" {}", n);
        return servers_and_partitions(a, n, 13, true);
    }
    default:
        return true;
    }
}

bool kauth_args(Args& a, uint32_t op) {
    OutBuf& out = a.out();
    switch (op) {
    case 1: case 21: case 22: case 2: case 5: case 6: case 7: case 8: case 14: case 15:
        out.put(" principal");
        return a.str(kKaNameMax) && a.str(kKaNameMax);
    case 3: case 23: {  // get ticket
        a.put_int(" kvno");
        out.put(" domain");
        if (!a.str(kKaNameMax)) return false;
        const uint32_t n = a.u32();
        if (!a.ok() || !a.has(n)) return false;
        a.skip(n);
        out.put(" principal");
        return a.str(kKaNameMax) && a.str(kKaNameMax);
    }
    case 4:  // set password
        out.put(" principal");
        if (!a.str(kKaNameMax) || !a.str(kKaNameMax)) return false;
        a.put_int(" kvno");
        return true;
    case 12:  // get password
        out.put(" name");
        return a.str(kKaNameMax);
    default:
        return true;
    }
}

bool ubik_args(Args& a, uint32_t op) {
    OutBuf& out = a.out();
    switch (op) {
    case 10000: {  // beacon
        const uint32_t site = a.u32();
        out.f(" syncsite {}", site ? "yes" : "no");
        a.put_date(" votestart");
        out.put(" dbversion");
        if (!a.ubik_version()) return false;
        out.put(" tid");
        return a.ubik_version();
    }
    case 10003:
        a.put_uint(" site");
        return true;
    case 20000: case 20001: case 20007: case 20008: case 20010:
        out.put(" tid");
        return a.ubik_version();
    case 20002:  // lock
        out.put(" tid");
        if (!a.ubik_version()) return false;
        a.put_int(" file");
        a.put_int(" pos");
        a.put_int(" length");
        a.u32();  // lock type, not shown
        return true;
    case 20003:  // write
        out.put(" tid");
        if (!a.ubik_version()) return false;
        a.put_int(" file");
        a.put_int(" pos");
        return true;
    case 20005:
        a.put_int(" file");
        return true;
    case 20006:  // send file
        a.put_int(" file");
        a.put_int(" length");
        out.put(" dbversion");
        return a.ubik_version();
    case 20009:  // truncate
        out.put(" tid");
        if (!a.ubik_version()) return false;
        a.put_int(" file");
        a.put_int(" length");
        return true;
    case 20012:  // set version
        out.put(" tid");
        if (!a.ubik_version()) return false;
        out.put(" oldversion");
        if (!a.ubik_version()) return false;
        out.put(" newversion");
        return a.ubik_version();
    default:
        return true;
    }
}

// The call of a database service: its name ("pt") first, Ubik calls decoded as such.
void db_call(Ctx& ctx, const Cursor& c, uint32_t length, const char* service,
             std::span<const Tok> ops, bool (*args)(Args&, uint32_t)) {
    if (length <= kHeaderLen) return;
    const uint32_t op = c.be32(kHeaderLen);
    ctx.out.f(" {}", service);
    if (is_ubik(op)) return ubik_print(ctx, c);
    ctx.out.put(" call ");
    put_tok(ctx, ops, op, "op#{}");
    Args a(ctx, c, kHeaderLen + 4);
    if (!args(a, op)) ctx.out.f(" [|{}]", service);
}

}  // namespace

bool is_ubik(uint32_t op) {
    return (op >= kVoteLow && op <= kVoteHigh) || (op >= kDiskLow && op <= kDiskHigh);
}

void ubik_print(Ctx& ctx, const Cursor& c) {
    const uint32_t op = c.be32(kHeaderLen);
    ctx.out.put(" ubik call ");
    put_tok(ctx, kUbikOps, op, "op#{}");
    Args a(ctx, c, kHeaderLen + 4);
    if (!ubik_args(a, op)) ctx.out.put(" [|ubik]");
}

void ubik_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    OutBuf& out = ctx.out;
    if (length < kHeaderLen) return;
    out.put(" ubik reply ");
    put_tok(ctx, kUbikOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    Args a(ctx, c, kHeaderLen);
    if (type == kTypeData) {
        if (opcode == 10000) {
            out.put(" vote no");
        } else if (opcode == 20004) {
            out.put(" dbversion");
            if (!a.ubik_version()) out.put(" [|ubik]");
        }
    } else if (opcode == 10000) {
        // A yes vote comes back as an abort packet.
        a.put_date(" vote yes until");
    } else {
        a.put_int(" errcode");
    }
}

void prot_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    db_call(ctx, c, length, "pt", kPtOps, pt_args);
}

void prot_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    OutBuf& out = ctx.out;
    if (length < kHeaderLen) return;
    out.put(" pt");
    if (is_ubik(opcode)) return ubik_reply_print(ctx, c, length, opcode);
    out.put(" reply ");
    put_tok(ctx, kPtOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    Args a(ctx, c, kHeaderLen);
    if (type != kTypeData) {
        a.put_int(" errcode");
        return;
    }
    switch (opcode) {
    case 504:  // name to id
        out.put(" ids:");
        int_list(a);
        break;
    case 505:  // id to name
        if (!name_list(a)) out.put(" [|pt]");
        break;
    case 508: case 514: case 517: case 518: case 519:
        int_list(a);
        break;
    case 510:
        a.put_int(" maxuid");
        a.put_int(" maxgid");
        break;
    default:
        break;
    }
}

void vldb_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    db_call(ctx, c, length, "vldb", kVldbOps, vldb_args);
}

void vldb_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    OutBuf& out = ctx.out;
    if (length < kHeaderLen) return;
    out.put(" vldb");
    if (is_ubik(opcode)) return ubik_reply_print(ctx, c, length, opcode);
    out.put(" reply ");
    put_tok(ctx, kVldbOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    Args a(ctx, c, kHeaderLen);
    if (type != kTypeData) {
        a.put_int(" errcode");
        return;
    }
    if (!vldb_reply_args(a, opcode)) out.put(" [|vldb]");
}

void kauth_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    db_call(ctx, c, length, "kauth", kKauthOps, kauth_args);
}

void kauth_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    OutBuf& out = ctx.out;
    if (length <= kHeaderLen) return;
    out.put(" kauth");
    if (is_ubik(opcode)) return ubik_reply_print(ctx, c, length, opcode);
    out.put(" reply ");
    put_tok(ctx, kKauthOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    if (type != kTypeData) {
        Args a(ctx, c, kHeaderLen);
        a.put_int(" errcode");
    }
}

}  // namespace rd::rx
