// Entry point of the printer pipeline: one packet's whole line (and dumps) into ctx.out.
#pragma once
#include "ringdump/capture/packet.hpp"
#include "ringdump/dissect/context.hpp"

namespace rd {

// Appends the packet's text, ending with '\n', to ctx.out. Never reads past pkt.caplen.
// `number` is the packet's 1-based position (printed with -#).
void print_packet(Ctx& ctx, const PacketRef& pkt, uint64_t number);

// Is there a printer for this link type? (tcpdump refuses unknown ones up front.)
bool have_link_printer(uint32_t linktype);

}  // namespace rd
