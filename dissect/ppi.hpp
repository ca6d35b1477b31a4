// Per-Packet Information and PKTAP link types (ppi.cpp, pktap.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t ppi_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_PPI (192)
uint32_t pktap_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_PKTAP (258), pktap.cpp

// For headers that name the DLT of the frame they carry (PPI, PKTAP): libpcap's name for
// a DLT value (Linux numbering; nullptr when it has none) and tcpdump's printer for it.
const char* dlt_name(uint32_t dlt);
LinkPrinter dlt_printer(uint32_t dlt);

}  // namespace rd
