// Linux vsock monitor frames (VSOCK link type): the af_vsockmon header, then the
// transport's header (virtio). All fields are little-endian.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kMonHdrLen = 32;     // af_vsockmon_hdr
constexpr uint32_t kVirtioHdrLen = 44;  // virtio_vsock_hdr
constexpr uint16_t kTransportVirtio = 2, kOpPayload = 4;

constexpr Tok kTransports[] = {{0, "UNKNOWN"}, {1, "NO_INFO"}, {2, "VIRTIO"}};
constexpr Tok kOps[] = {{0, "UNKNOWN"}, {1, "CONNECT"}, {2, "DISCONNECT"}, {3, "CONTROL"}, {4, "PAYLOAD"}};
constexpr Tok kVirtioTypes[] = {{1, "STREAM"}};
constexpr Tok kVirtioOps[] = {
    {0, "INVALID"}, {1, "REQUEST"}, {2, "RESPONSE"}, {3, "RST"}, {4, "SHUTDOWN"},
    {5, "RW"},      {6, "CREDIT UPDATE"}, {7, "CREDIT REQUEST"},
};

uint32_t transport_hdr_size(uint16_t transport) { return transport == kTransportVirtio ? kVirtioHdrLen : 0; }

void virtio_hdr(Ctx& ctx, const Cursor& h) {
    const uint32_t len = h.le32(24);
    if (ctx.truncated) return;
    ctx.out.f("len {}", len);
    const uint16_t type = h.le16(28);
    if (ctx.truncated) return;
    ctx.out.put(", type ");
    put_tok(ctx, kVirtioTypes, type, "Invalid type ({})");
    const uint16_t op = h.le16(30);
    if (ctx.truncated) return;
    ctx.out.put(", op ");
    put_tok(ctx, kVirtioOps, op, "Invalid op ({})");
    const uint32_t flags = h.le32(32);
    if (ctx.truncated) return;
    ctx.out.f(", flags {:x}", flags);
    const uint32_t buf_alloc = h.le32(36);
    if (ctx.truncated) return;
    ctx.out.f(", buf_alloc {}", buf_alloc);
    const uint32_t fwd_cnt = h.le32(40);
    if (ctx.truncated) return;
    ctx.out.f(", fwd_cnt {}", fwd_cnt);
}

}  // namespace

uint32_t vsock_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    (void)wirelen;
    ctx.proto = "vsock";
    const uint32_t len = static_cast<uint32_t>(c.size());  // tcpdump uses the captured length
    if (len < kMonHdrLen) {
        ctx.print_trunc();
        return len;
    }
    const uint16_t transport = c.le16(26);
    put_tok(ctx, kTransports, transport, "Invalid transport ({})");
    bool short_hdr = false;
    if (ctx.opt.vflag) {
        if (len < kMonHdrLen + transport_hdr_size(transport)) {
            short_hdr = true;
        } else {
            if (transport == kTransportVirtio) {
                ctx.out.put(" (");
                virtio_hdr(ctx, c.skip(kMonHdrLen));
                ctx.out.put(')');
            }
            ctx.out.put("\n\t");
        }
    } else {
        ctx.out.put(' ');
    }
    const uint64_t src_cid = c.le64(0), dst_cid = c.le64(8);
    const uint32_t src_port = c.le32(16), dst_port = c.le32(20);
    const uint16_t op = c.le16(24);
    if (ctx.truncated) return len;
    ctx.out.f("{}.{} > {}.{} ", src_cid, src_port, dst_cid, dst_port);
    put_tok(ctx, kOps, op, " invalid op ({})");
    ctx.out.f(", length {}", len);
    if (short_hdr) {
        ctx.print_trunc();
        return len;
    }
    const uint32_t total = kMonHdrLen + transport_hdr_size(transport);
    if (ctx.opt.vflag > 1 && op == kOpPayload) {
        if (len > total) {
            ctx.out.put('\n');
            print_unknown_data(ctx, c, total, "\t", len - total);
        } else {
            ctx.print_trunc();
        }
    }
    return len;
}

}  // namespace rd
