// Fuzzes the printer pipeline: any bytes, any link type, any -v/-e/-x level. The
// sanitizers catch reads past the captured bytes; nothing may crash or hang.
#include <cstddef>
#include <cstdint>

#include "ringdump/capture/packet.hpp"
#include "ringdump/dissect/context.hpp"
#include "ringdump/dissect/print.hpp"

namespace {
constexpr uint32_t kLinkTypes[] = {1, 0, 108, 101, 228, 229, 113, 276, 12, 105, 127, 9, 104};
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 3) return 0;
    rd::PrintOptions opt;
    opt.nflag = 1;
    opt.vflag = data[1] & 3;
    opt.eflag = (data[1] & 4) != 0;
    opt.qflag = (data[1] & 8) != 0;
    opt.Sflag = (data[1] & 16) != 0;
    opt.xflag = (data[1] & 32) ? 1 : 0;
    opt.tformat = rd::TimeFormat::None;
    static rd::Ctx* ctx = nullptr;  // shared across inputs: conversation state is exercised too
    if (ctx == nullptr || ctx->opt.vflag != opt.vflag || ctx->opt.eflag != opt.eflag) {
        delete ctx;
        ctx = new rd::Ctx(opt);
    }
    rd::PacketRef pkt;
    pkt.linktype = kLinkTypes[data[0] % (sizeof kLinkTypes / sizeof kLinkTypes[0])];
    pkt.data = data + 3;
    pkt.caplen = static_cast<uint32_t>(size - 3);
    // Wire length: usually the captured length, sometimes longer (snaplen-cut packets).
    pkt.wirelen = pkt.caplen + ((data[2] & 0x80) ? data[2] & 0x7f : 0);
    rd::print_packet(*ctx, pkt, 1);
    ctx->out.clear();
    return 0;
}
