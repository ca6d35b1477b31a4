// -T NAME: which ForcedType a packet type name selects. Types beyond the ones named in
// ForcedType get values here, so adding one does not touch options.hpp (which every
// printer includes).
#pragma once
#include "ringdump/dissect/options.hpp"

namespace rd {

constexpr ForcedType kForcedPgm = static_cast<ForcedType>(16);       // -T pgm
constexpr ForcedType kForcedPgmZmtp1 = static_cast<ForcedType>(17);  // -T pgm_zmtp1
constexpr ForcedType kForcedRpc = static_cast<ForcedType>(18);       // -T rpc
constexpr ForcedType kForcedWb = static_cast<ForcedType>(19);        // -T wb
constexpr ForcedType kForcedRtp = static_cast<ForcedType>(24);       // -T rtp
constexpr ForcedType kForcedRtcp = static_cast<ForcedType>(25);      // -T rtcp
constexpr ForcedType kForcedSnmp = static_cast<ForcedType>(26);      // -T snmp

// The type for a known -T name (ForcedType::Other for names without a printer).
ForcedType forced_type_from_name(const char* name);

}  // namespace rd
