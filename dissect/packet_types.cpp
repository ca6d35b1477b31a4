// -T packet type names to the ForcedType the printers test.
#include "ringdump/dissect/packet_types.hpp"

#include <cstring>

namespace rd {

ForcedType forced_type_from_name(const char* name) {
    struct Entry {
        const char* name;
        ForcedType type;
    };
    static constexpr Entry kTypes[] = {
        {"domain", ForcedType::Domain}, {"tftp", ForcedType::Tftp},  {"pgm", kForcedPgm},
        {"pgm_zmtp1", kForcedPgmZmtp1}, {"rpc", kForcedRpc},         {"wb", kForcedWb},
        {"rtp", kForcedRtp},            {"rtcp", kForcedRtcp},
        {"snmp", kForcedSnmp},          {"aodv", kForcedAodv},       {"radius", kForcedRadius},
        {"someip", kForcedSomeip},      {"vxlan", kForcedVxlan},     {"vat", kForcedVat},
        {"resp", kForcedResp},          {"carp", kForcedCarp},       {"zmtp1", kForcedZmtp1},
    };
    for (const auto& e : kTypes)
        if (std::strcmp(e.name, name) == 0) return e.type;
    return ForcedType::Other;
}

}  // namespace rd
