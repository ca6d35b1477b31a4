// -T rpc over UDP: Sun RPC calls as tcpdump's generic RPC printer shows them (the
// portmapper's procedures), anything else as an NFS reply. Both print the addresses
// themselves, with the xid where a port would be.
#include "nfs.hpp"

namespace rd {

namespace {

constexpr uint32_t kCall = 0;
constexpr uint32_t kCallHeader = 32;  // xid to the credential's length: checked whole
constexpr uint16_t kPortmapperPort = 111, kNfsPort = 2049;

constexpr Tok kPortmapperProcs[] = {{0, "null"}, {1, "set"},  {2, "unset"},
                                    {3, "getport"}, {4, "dump"}, {5, "call"}};

void call_print(Ctx& ctx, const Cursor& c, uint32_t length, const IpInfo& ip) {
    OutBuf& out = ctx.out;
    ctx.proto = "sunrpc";
    if (!c.need(0, kCallHeader)) return;
    put_addr(ctx, ip.src);
    out.f(".0x{:x} > ", c.be32(0));
    put_addr(ctx, ip.dst);
    if (ctx.opt.nflag)
        out.f(".0x{:x}: ", kPortmapperPort);
    else
        out.put(".sunrpc: ");
    out.f("{} ", length);
    const uint32_t proc = c.be32(20);
    put_tok(ctx, kPortmapperProcs, proc, " proc #{}");
    if (const uint32_t rpcvers = c.be32(8); rpcvers != 2) out.f(" [rpcver {}]", rpcvers);
    if (proc == 1 || proc == 2 || proc == 3 || proc == 5) {
        // The call's own program and version (not the arguments').
        // Without -n, tcpdump's own build finds no program names: "#" and the number.
        out.put(ctx.opt.nflag ? " " : " #");
        out.f("{}.{}", c.be32(12), c.be32(16));
    }
}

}  // namespace

void rpc_forced_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip) {
    const uint32_t direction = c.be32(4);  // a miss here is UDP's truncation
    if (ctx.truncated) return;
    if (direction == kCall) {
        call_print(ctx, c, length, ip);
        return;
    }
    OutBuf& out = ctx.out;
    put_addr(ctx, ip.src);
    if (ctx.opt.nflag)
        out.f(".{} > ", kNfsPort);
    else
        out.put(".nfs > ");
    put_addr(ctx, ip.dst);
    out.f(".{}: ", c.be32(0));
    nfs_reply_print(ctx, c, length, ip);
}

}  // namespace rd
