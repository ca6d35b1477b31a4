// Private to dissect/: TCP conversation table for relative sequence numbers (owned by tcp.cpp).
#pragma once
#include <cstdint>

namespace rd {

struct TcpSeqTable {
    // Filled in by the TCP printer.
};

}  // namespace rd
