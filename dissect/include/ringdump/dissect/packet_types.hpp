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
constexpr ForcedType kForcedAodv = static_cast<ForcedType>(20);      // -T aodv
constexpr ForcedType kForcedRadius = static_cast<ForcedType>(21);    // -T radius
constexpr ForcedType kForcedSomeip = static_cast<ForcedType>(22);    // -T someip
constexpr ForcedType kForcedVxlan = static_cast<ForcedType>(23);     // -T vxlan
constexpr ForcedType kForcedRtp = static_cast<ForcedType>(24);       // -T rtp
constexpr ForcedType kForcedRtcp = static_cast<ForcedType>(25);      // -T rtcp
constexpr ForcedType kForcedSnmp = static_cast<ForcedType>(26);      // -T snmp
constexpr ForcedType kForcedVat = static_cast<ForcedType>(27);       // -T vat
constexpr ForcedType kForcedResp = static_cast<ForcedType>(28);      // -T resp
constexpr ForcedType kForcedCarp = static_cast<ForcedType>(29);      // -T carp
constexpr ForcedType kForcedZmtp1 = static_cast<ForcedType>(30);     // -T zmtp1

// The type for a known -T name (ForcedType::Other for names without a printer).
ForcedType forced_type_from_name(const char* name);

}  // namespace rd
