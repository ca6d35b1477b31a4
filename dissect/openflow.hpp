// OpenFlow (TCP 6653 and the old 6633): entry point for the TCP port table.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd {

// A TCP segment's worth of OpenFlow messages (prints ": OpenFlow" and one line a message).
void openflow_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
