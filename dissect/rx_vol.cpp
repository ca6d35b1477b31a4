// AFS volume server (RX port 7005) and basic overseer (7007) calls and replies.
#include "rx_int.hpp"

namespace rd::rx {

namespace {

constexpr uint32_t kNameMax = 256, kBosNameMax = 256;

constexpr Tok kVolOps[] = {
    {100, "create-volume"},   {101, "delete-volume"},  {102, "restore"},          {103, "forward"},
    {104, "end-trans"},       {105, "clone"},          {106, "set-flags"},        {107, "get-flags"},
    {108, "trans-create"},    {109, "dump"},           {110, "get-nth-volume"},   {111, "set-forwarding"},
    {112, "get-name"},        {113, "get-status"},     {114, "sig-restore"},      {115, "list-partitions"},
    {116, "list-volumes"},    {117, "set-id-types"},   {118, "monitor"},          {119, "partition-info"},
    {120, "reclone"},         {121, "list-one-volume"}, {122, "nuke"},            {123, "set-date"},
    {124, "x-list-volumes"},  {125, "x-list-one-volume"}, {126, "set-info"},      {127, "x-list-partitions"},
    {128, "forward-multiple"}, {65536, "convert-ro"},  {65537, "get-size"},       {65538, "dump-v2"},
};

constexpr Tok kBosOps[] = {
    {80, "create-bnode"},      {81, "delete-bnode"},       {82, "set-status"},
    {83, "get-status"},        {84, "enumerate-instance"}, {85, "get-instance-info"},
    {86, "get-instance-parm"}, {87, "add-superuser"},      {88, "delete-superuser"},
    {89, "list-superusers"},   {90, "list-keys"},          {91, "add-key"},
    {92, "delete-key"},        {93, "set-cell-name"},      {94, "get-cell-name"},
    {95, "get-cell-host"},     {96, "add-cell-host"},      {97, "delete-cell-host"},
    {98, "set-t-status"},      {99, "shutdown-all"},       {100, "restart-all"},
    {101, "startup-all"},      {102, "set-noauth-flag"},   {103, "re-bozo"},
    {104, "restart"},          {105, "start-bozo-install"}, {106, "uninstall"},
    {107, "get-dates"},        {108, "exec"},              {109, "prune"},
    {110, "set-restart-time"}, {111, "get-restart-time"},  {112, "start-bozo-log"},
    {113, "wait-all"},         {114, "get-instance-strings"}, {115, "get-restricted"},
    {116, "set-restricted"},
};

bool vol_args(Args& a, uint32_t op) {
    OutBuf& out = a.out();
    switch (op) {
    case 100:  // create volume
        a.put_uint(" partition");
        out.put(" name");
        if (!a.str(kNameMax)) return false;
        a.put_uint(" type");
        a.put_uint(" parent");
        return true;
    case 101: case 107: case 104:
        a.put_uint(" trans");
        return true;
    case 102:  // restore
        a.put_uint(" totrans");
        a.put_uint(" flags");
        return true;
    case 103:  // forward
        a.put_uint(" fromtrans");
        a.put_date(" fromdate");
        if (!a.dest_server()) return false;
        a.put_int(" desttrans");
        return true;
    case 105:  // clone
        a.put_uint(" trans");
        a.put_uint(" purgevol");
        a.put_uint(" newtype");
        out.put(" newname");
        return a.str(kNameMax);
    case 106:
        a.put_uint(" trans");
        a.put_uint(" flags");
        return true;
    case 108:  // transaction create
        a.put_uint(" vol");
        a.put_uint(" partition");
        a.put_uint(" flags");
        return true;
    case 109: case 655537:  // dump (and a get-size that never matches: 655537, sic)
        a.put_uint(" fromtrans");
        a.put_date(" fromdate");
        return true;
    case 110:
        a.put_uint(" index");
        return true;
    case 111:
        a.put_uint(" tid");
        a.put_uint(" newsite");
        return true;
    case 112: case 113:
        out.put(" tid");
        return true;
    case 114:  // signal restore
        out.put(" name");
        if (!a.str(kNameMax)) return false;
        a.put_uint(" type");
        a.put_uint(" pid");
        a.put_uint(" cloneid");
        return true;
    case 116:
        a.put_uint(" partition");
        a.put_uint(" flags");
        return true;
    case 117:  // set id types
        a.put_uint(" tid");
        out.put(" name");
        if (!a.str(kNameMax)) return false;
        a.put_uint(" type");
        a.put_uint(" pid");
        a.put_uint(" clone");
        a.put_uint(" backup");
        return true;
    case 119:
        out.put(" name");
        return a.str(kNameMax);
    case 120:
        a.put_uint(" tid");
        return true;
    case 121: case 122: case 124: case 125: case 65536:
        a.put_uint(" partid");
        a.put_uint(" volid");
        return true;
    case 123:
        a.put_uint(" tid");
        a.put_date(" date");
        return true;
    case 126:
        a.put_uint(" tid");
        return true;
    case 128: {  // forward multiple
        a.put_uint(" fromtrans");
        a.put_date(" fromdate");
        const uint32_t n = a.u32();
        for (uint32_t i = 0; i < n && a.ok(); ++i) {
            if (!a.dest_server()) return false;
            if (i != n - 1) out.put(',');
        }
        if (n == 0) out.put(" <none!>");
        return true;
    }
    case 65538:  // dump version 2
        a.put_uint(" fromtrans");
        a.put_date(" fromdate");
        a.put_uint(" flags");
        return true;
    default:
        return true;
    }
}

bool vol_reply_args(Args& a, uint32_t op) {
    OutBuf& out = a.out();
    switch (op) {
    case 100:
        a.put_uint(" volid");
        a.put_uint(" trans");
        return true;
    case 104: case 107:
        a.put_uint();
        return true;
    case 105:
        a.put_uint(" newvol");
        return true;
    case 108:
        a.put_uint(" trans");
        return true;
    case 110:
        a.put_uint(" volume");
        a.put_uint(" partition");
        return true;
    case 112:
        return a.str(kNameMax);
    case 113: {  // get status
        static constexpr const char* kUints[] = {" volid",  " nextuniq", " type",     " parentid", " clone",
                                                 " backup", " restore",  " maxquota", " minquota", " owner"};
        static constexpr const char* kDates[] = {" create", " access", " update", " expire", " backup", " copy"};
        for (const char* l : kUints) a.put_uint(l);
        for (const char* l : kDates) a.put_date(l);
        return true;
    }
    case 116: case 121: {  // list volumes
        const uint32_t n = a.u32();
        for (uint32_t i = 0; i < n && a.ok(); ++i) {
            out.put(" name");
            if (!a.vec(32)) return false;
            a.put_uint(" volid");
            out.put(" type");
            a.skip(4 * 21);
            if (i != n - 1) out.put(',');
        }
        if (n == 0) out.put(" <none!>");
        return true;
    }
    default:
        return true;
    }
}

bool bos_args(Args& a, uint32_t op) {
    OutBuf& out = a.out();
    switch (op) {
    case 80:  // create bnode
        out.put(" type");
        if (!a.str(kBosNameMax)) return false;
        out.put(" instance");
        return a.str(kBosNameMax);
    case 81: case 83: case 85: case 87: case 88: case 93: case 96: case 97: case 104: case 106:
    case 108: case 112: case 114:
        return a.str(kBosNameMax);
    case 82: case 98:
        if (!a.str(kBosNameMax)) return false;
        a.put_int(" status");
        return true;
    case 86:
        if (!a.str(kBosNameMax)) return false;
        a.put_int(" num");
        return true;
    case 84: case 89: case 90: case 91: case 92: case 95:
        a.put_int();
        return true;
    case 105:  // install
        if (!a.str(kBosNameMax)) return false;
        a.put_int(" size");
        a.put_int(" flags");
        a.put_int(" date");
        return true;
    default:
        return true;
    }
}

}  // namespace

void vol_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (length <= kHeaderLen) return;
    const uint32_t op = c.be32(kHeaderLen);
    ctx.out.put(" vol call ");
    put_tok(ctx, kVolOps, op, "op#{}");
    Args a(ctx, c, kHeaderLen + 4);
    if (!vol_args(a, op)) ctx.out.put(" [|vol]");
}

void vol_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    if (length <= kHeaderLen) return;
    ctx.out.put(" vol reply ");
    put_tok(ctx, kVolOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    Args a(ctx, c, kHeaderLen);
    if (type == kTypeData) {
        if (!vol_reply_args(a, opcode)) ctx.out.put(" [|vol]");
    } else {
        a.put_int(" errcode");
    }
}

void bos_print(Ctx& ctx, const Cursor& c, uint32_t length) {
    if (length <= kHeaderLen) return;
    const uint32_t op = c.be32(kHeaderLen);
    ctx.out.put(" bos call ");
    put_tok(ctx, kBosOps, op, "op#{}");
    Args a(ctx, c, kHeaderLen + 4);
    if (!bos_args(a, op)) ctx.out.put(" [|bos]");
}

void bos_reply_print(Ctx& ctx, const Cursor& c, uint32_t length, uint32_t opcode) {
    if (length <= kHeaderLen) return;
    ctx.out.put(" bos reply ");
    put_tok(ctx, kBosOps, opcode, "op#{}");
    const uint8_t type = c.u8(20);
    if (type != kTypeData) {
        Args a(ctx, c, kHeaderLen);
        a.put_int(" errcode");
    }
}

}  // namespace rd::rx
