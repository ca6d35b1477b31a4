// Adapting programs to what a Linux packet socket hands its filter.
#include <optional>

#include "opcodes.hpp"
#include "ringdump/bpf/filter.hpp"
#include "ringdump/format/linktype.hpp"

namespace rd::bpf {

using namespace op;

std::optional<FilterProgram> adapt_for_cooked_socket(const FilterProgram& prog,
                                                     uint32_t link_type) {
    const bool sll = link_type == linktype::LINUX_SLL, sll2 = link_type == linktype::LINUX_SLL2;
    if (!sll && !sll2) return prog;
    // The kernel runs the filter on the network-layer packet; the cooked header is
    // synthesized later, so its fields exist only as ancillary data.
    const uint32_t hdr = sll ? 16 : 20;
    FilterProgram out = prog;
    for (Insn& in : out.insns) {
        if (cls(in.code) != LD && cls(in.code) != LDX) continue;
        const uint16_t m = mode(in.code);
        if (m != ABS && m != IND && m != MSH) continue;
        if (in.k >= SKF_AD_OFF) continue;  // already ancillary
        if (in.k >= hdr) {
            in.k -= hdr;
        } else if (sll && in.k == 14) {
            in.k = SKF_AD_OFF + SKF_AD_PROTOCOL;
        } else if (sll && in.k == 0) {
            in.k = SKF_AD_OFF + SKF_AD_PKTTYPE;
        } else if (sll2 && in.k == 0) {
            in.k = SKF_AD_OFF + SKF_AD_PROTOCOL;
        } else if (sll2 && in.k == 4) {
            in.k = SKF_AD_OFF + SKF_AD_IFINDEX;
        } else if (sll2 && in.k == 10) {
            in.k = SKF_AD_OFF + SKF_AD_PKTTYPE;
        } else {
            return std::nullopt;  // other header bytes: filter in user space instead
        }
    }
    return out;
}

}  // namespace rd::bpf
