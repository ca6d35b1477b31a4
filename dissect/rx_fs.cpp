// AFS file server (RX port 7000) and cache manager callback (7001) calls and replies.
#include "rx_int.hpp"

namespace rd::rx {

namespace {

constexpr uint32_t kNameMax = 256;

constexpr Tok kFsOps[] = {
    {130, "fetch-data"},     {131, "fetch-acl"},     {132, "fetch-status"},  {133, "store-data"},
    {134, "store-acl"},      {135, "store-status"},  {136, "remove-file"},   {137, "create-file"},
    {138, "rename"},         {139, "symlink"},       {140, "link"},          {141, "makedir"},
    {142, "rmdir"},          {143, "oldsetlock"},    {144, "oldextlock"},    {145, "oldrellock"},
    {146, "get-stats"},      {147, "give-cbs"},      {148, "get-vlinfo"},    {149, "get-vlstats"},
    {150, "set-vlstats"},    {151, "get-rootvl"},    {152, "check-token"},   {153, "get-time"},
    {154, "nget-vlinfo"},    {155, "bulk-stat"},     {156, "setlock"},       {157, "extlock"},
    {158, "rellock"},        {159, "xstat-ver"},     {160, "get-xstat"},     {161, "dfs-lookup"},
    {162, "dfs-flushcps"},   {163, "dfs-symlink"},   {220, "residency"},
    {65536, "inline-bulk-status"}, {65537, "fetch-data-64"}, {65538, "store-data-64"},
    {65539, "give-up-all-cbs"},    {65540, "get-caps"},      {65541, "cb-rx-conn-addr"},
};

constexpr Tok kCbOps[] = {
    {204, "callback"},    {205, "initcb"},        {206, "probe"},        {207, "getlock"},
    {208, "getce"},       {209, "xstatver"},      {210, "getxstat"},     {211, "initcb2"},
    {212, "whoareyou"},   {213, "initcb3"},       {214, "probeuuid"},    {215, "getsrvprefs"},
    {216, "getcellservdb"}, {217, "getlocalcell"}, {218, "getcacheconf"}, {65536, "getce64"},
    {65537, "getcellbynum"}, {65538, "tellmeaboutyourself"},
};

// Error codes of aborted file server calls (-100 is how the server says it restarts).
constexpr Tok kFsErrors[] = {
    {101, "salvage volume"},    {102, "no such vnode"},      {103, "no such volume"},
    {104, "volume exist"},      {105, "no service"},         {106, "volume offline"},
    {107, "voline online"},     {108, "diskfull"},           {109, "diskquota exceeded"},
    {110, "volume busy"},       {111, "volume moved"},       {112, "AFS IO error"},
    {0xffffff9c, "restarting fileserver"},
};

// The arguments of a file server call; false when tcpdump would print " [|fs]".
bool fs_args(Args& a, uint32_t op) {
    OutBuf& out = a.out();
    switch (op) {
    case 130:  // fetch data
        if (!a.fid()) return false;
        a.put_uint(" offset");
        a.put_uint(" length");
        return true;
    case 131: case 132: case 143: case 144: case 145: case 156: case 157: case 158:
        return a.fid();
    case 135:  // store status
        return a.fid() && a.store_status();
    case 133:  // store data
        if (!a.fid() || !a.store_status()) return false;
        a.put_uint(" offset");
        a.put_uint(" length");
        a.put_uint(" flen");
        return true;
    case 134:  // store ACL
        return a.fid() && a.acl();
    case 137: case 141:  // create file, make directory
        return a.fid() && a.str(kNameMax) && a.store_status();
    case 136: case 142:  // remove file, remove directory
        return a.fid() && a.str(kNameMax);
    case 138:  // rename
        out.put(" old");
        if (!a.fid() || !a.str(kNameMax)) return false;
        out.put(" new");
        return a.fid() && a.str(kNameMax);
    case 139:  // symlink
        if (!a.fid() || !a.str(kNameMax)) return false;
        out.put(" link to");
        return a.str(kNameMax);
    case 140:  // link
        if (!a.fid() || !a.str(kNameMax)) return false;
        out.put(" link to");
        return a.fid();
    case 148:  // get volume info
        return a.str(kNameMax);
    case 149: case 150:  // get/set volume stats
        a.put_uint(" volid");
        return true;
    case 154:  // new get volume info
        out.put(" volname");
        return a.str(kNameMax);
    case 155: case 65536:  // bulk stat, inline bulk stat
        return a.fid_list();
    case 65537:  // fetch data 64
        if (!a.fid()) return false;
        a.put_uint64(" offset");
        a.put_uint64(" length");
        return true;
    case 65538:  // store data 64
        if (!a.fid() || !a.store_status()) return false;
        a.put_uint64(" offset");
        a.put_uint64(" length");
        a.put_uint64(" flen");
        return true;
    case 65541:  // callback rx connection address
        a.put_uint(" addr");
        return true;
    default:
        return true;
    }
}

}  // namespace

void fs_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (length <= kHeaderLen) return;
    const uint32_t op = c.be32(kHeaderLen);
    ctx.out.put(" fs call ");
    put_tok(ctx, kFsOps, op, "op#{}");
    Args a(ctx, c, kHeaderLen + 4);
    if (!fs_args(a, op)) ctx.out.put(" [|fs]");
}

void fs_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    OutBuf& out = ctx.out;
    if (length <= kHeaderLen) return;
    out.put(" fs reply ");
    put_tok(ctx, kFsOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    Args a(ctx, c, kHeaderLen);
    bool ok = true;
    if (type == kTypeData) {
        switch (opcode) {
        case 131:  // fetch ACL
            ok = a.acl();
            break;
        case 137: case 141:  // create file, make directory
            out.put(" new");
            ok = a.fid();
            break;
        case 151:  // get root volume
            out.put(" root volume");
            ok = a.str(kNameMax);
            break;
        case 153:  // get time
            a.put_date();
            break;
        default:
            break;
        }
    } else if (type == kTypeAbort) {
        const int32_t err = a.s32();
        if (const char* name = tok_lookup(kFsErrors, static_cast<uint32_t>(err)))
            out.f(" error {}", name);
        else
            out.f(" error #{}", err);
    } else {
        out.f(" strange fs reply of type {}", type);
    }
    if (!ok) out.put(" [|fs]");
}

void cb_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    OutBuf& out = ctx.out;
    if (length <= kHeaderLen) return;
    const uint32_t op = c.be32(kHeaderLen);
    out.put(" cb call ");
    put_tok(ctx, kCbOps, op, "op#{}");
    Args a(ctx, c, kHeaderLen + 4);
    bool ok = true;
    if (op == 204) {  // callback: fids, then callback promises
        ok = a.fid_list();
        if (ok) {
            const uint32_t n = a.u32();
            if (n != 0) out.put(';');
            for (uint32_t i = 0; i < n && a.ok(); ++i) {
                a.put_int(" ver");
                a.put_date(" expires");
                a.u32();  // callback type, not shown
            }
        }
    } else if (op == 214) {  // probe uuid
        out.put(" afsuuid");
        ok = a.afsuuid();
    }
    if (!ok) out.put(" [|cb]");
}

void cb_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    if (length <= kHeaderLen) return;
    ctx.out.put(" cb reply ");
    put_tok(ctx, kCbOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    Args a(ctx, c, kHeaderLen);
    if (type == kTypeData) {
        if (opcode == 213 && !a.afsuuid()) ctx.out.put(" [|cb]");
    } else {
        a.put_int(" errcode");
    }
}

}  // namespace rd::rx
