// Private to dissect/: state kept across packets of one run (tcpdump keeps these in
// globals; here they live in the Ctx so two runs never share them).
#pragma once
#include <memory>

#include "ringdump/format/timestamp.hpp"
#include "tcp_seq.hpp"

namespace rd {

struct DissectState {
    explicit DissectState(TimeFormat f, int digits) : ts(f, digits) {}
    TimestampPrinter ts;
    TcpSeqTable tcp_seq;  // relative sequence numbers per TCP conversation
};

}  // namespace rd
