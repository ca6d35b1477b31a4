// What the command line asks the printers for (tcpdump's ndo_* flags).
#pragma once
#include <cstdint>

#include "ringdump/format/timestamp.hpp"

namespace rd {


// -T: force the interpretation of traffic on selected ports.
enum class ForcedType : uint8_t { None, Domain, Tftp, Other };

struct PrintOptions {
    int nflag = 0;     // -n: no name resolution
    int vflag = 0;     // -v, -vv, -vvv
    bool eflag = false;   // -e: link-level header
    int qflag = 0;        // -q: quick output (-qq: quieter still)
    bool Sflag = false;   // -S: absolute TCP sequence numbers
    bool Kflag = false;   // -K: don't verify checksums
    bool bflag = false;   // -b: BGP AS numbers in asdot
    bool number = false;  // -#: packet numbers
    int xflag = 0;        // -x / -xx
    int Xflag = 0;        // -X / -XX
    int Aflag = 0;        // -A / -AA
    int Hflag = 0;
    TimeFormat tformat = TimeFormat::Clock;
    int ts_digits = 6;    // 6 (micro) or 9 (nano) sub-second digits
    ForcedType forced = ForcedType::None;
    uint32_t snaplen = 262144;
};

}  // namespace rd
