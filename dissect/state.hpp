// Private to dissect/: state kept across packets of one run (tcpdump keeps these in
// globals; here they live in the Ctx so two runs never share them).
#pragma once
#include <array>
#include <cstdint>
#include <memory>

#include "ringdump/format/timestamp.hpp"
#include "tcp_seq.hpp"

namespace rd {

struct DissectState {
    explicit DissectState(TimeFormat f, int digits) : ts(f, digits) {}
    TimestampPrinter ts;
    TcpSeqTable tcp_seq;  // relative sequence numbers per TCP conversation
    // SLIP (CSLIP): last connection number and data length per direction and connection.
    uint8_t slip_lastconn = 0;
    std::array<std::array<uint32_t, 256>, 2> slip_lastlen{};
};

}  // namespace rd
