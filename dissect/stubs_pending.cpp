// Printers not written yet. Each moves to its own file when it is implemented; until
// then the packet prints nothing for that layer.
#include "protos.hpp"

namespace rd {

uint32_t null_if_print(Ctx&, Cursor, uint32_t) { return 4; }
uint32_t loop_if_print(Ctx&, Cursor, uint32_t) { return 4; }
uint32_t sll_if_print(Ctx&, Cursor, uint32_t) { return 16; }
uint32_t sll2_if_print(Ctx&, Cursor, uint32_t) { return 20; }
int llc_print(Ctx&, Cursor, uint32_t, const LinkAddrs&) { return -3; }
void arp_print(Ctx&, Cursor, uint32_t) {}
void ip6_print(Ctx&, Cursor, uint32_t) {}
void icmp6_print(Ctx&, Cursor, uint32_t, const IpInfo&) {}
void igmp_print(Ctx&, Cursor, uint32_t, const IpInfo&) {}

}  // namespace rd
