// Link-layer header types: the values in capture files (LINKTYPE_*), the values a
// BSD/Linux kernel uses (DLT_*), and the names tcpdump shows for them.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace rd {

namespace linktype {
inline constexpr uint32_t NULL_ = 0, EN10MB = 1, IEEE802 = 6, ARCNET = 7, SLIP = 8, PPP = 9,
                          FDDI = 10, PPP_SERIAL = 50, PPP_ETHER = 51, ATM_RFC1483 = 100, RAW = 101,
                          C_HDLC = 104, IEEE802_11 = 105, ATM_CLIP = 106, FRELAY = 107, LOOP = 108,
                          ENC = 109, LINUX_SLL = 113, PFLOG = 117, PRISM_HEADER = 119,
                          IEEE802_11_RADIO = 127, SUNATM = 123, ARCNET_LINUX = 129,
                          IPNET = 226, IPV4 = 228, IPV6 = 229, NFLOG = 239, IPOIB = 242,
                          NETLINK = 253, VSOCK = 271, LINUX_SLL2 = 276;
}  // namespace linktype

struct LinkTypeInfo {
    uint32_t linktype;        // value in pcap/pcapng files
    uint32_t dlt;             // value on Linux (what -y and the kernel mean)
    const char* name;         // "EN10MB"
    const char* description;  // "Ethernet"
};

std::span<const LinkTypeInfo> all_linktypes();
const LinkTypeInfo* linktype_info(uint32_t linktype);
// Accepts a name as -y does (case-insensitive, "EN10MB" or "DLT_EN10MB").
const LinkTypeInfo* linktype_by_name(std::string_view name);
// Whether libpcap 1.10 opens a file of this link type: every value from 104 to 289, and
// below 104 only the values it maps (the rest, and anything above, tcpdump refuses).
bool linktype_known_to_libpcap(uint32_t linktype);
// "EN10MB (Ethernet)" or the bare number when the type has no name.
std::string linktype_label(uint32_t linktype);

}  // namespace rd
