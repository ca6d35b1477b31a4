// Printers not written yet. Each moves to its own file when it is implemented; until
// then the packet prints nothing for that layer.
#include "protos.hpp"

namespace rd {

// Reached from the link layer (LLC SAPs, SNAP PIDs, address families, SLL hatypes).

}  // namespace rd
