// Time stamp types (-j, -J): names, and what a device's driver offers.
#include <net/if.h>  // before the linux/ headers, which then skip their copies
#include <linux/ethtool.h>
#include <linux/net_tstamp.h>
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <strings.h>

#include "ringdump/capture/live_source.hpp"
#include "ringdump/capture/os_handle.hpp"

namespace rd {

namespace {

struct TstampName {
    TstampType type;
    const char* name;
    const char* description;
};

constexpr std::array<TstampName, 6> kNames{{
    {TstampType::Host, "host", "Host"},
    {TstampType::HostLowprec, "host_lowprec", "Host, low precision"},
    {TstampType::HostHiprec, "host_hiprec", "Host, high precision"},
    {TstampType::Adapter, "adapter", "Adapter"},
    {TstampType::AdapterUnsynced, "adapter_unsynced", "Adapter, not synced with system time"},
    {TstampType::HostHiprecUnsynced, "host_hiprec_unsynced", "Host, high precision, not synced with system time"},
}};

const TstampName& entry(TstampType t) {
    for (const auto& n : kNames)
        if (n.type == t) return n;
    return kNames[0];
}

}  // namespace

std::optional<TstampType> tstamp_type_from_name(std::string_view name) {
    for (const auto& n : kNames)
        if (name.size() == std::strlen(n.name) && strncasecmp(name.data(), n.name, name.size()) == 0) return n.type;
    return std::nullopt;
}

const char* tstamp_type_name(TstampType t) { return entry(t).name; }
const char* tstamp_type_description(TstampType t) { return entry(t).description; }

std::vector<TstampType> tstamp_types(const std::string& device) {
    std::vector<TstampType> out{TstampType::Host};
    if (device == "any" || device.empty() || device.size() >= IFNAMSIZ) return out;
    UniqueFd fd(socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!fd.valid()) return out;
    ethtool_ts_info info{};
    info.cmd = ETHTOOL_GET_TS_INFO;
    ifreq ifr{};
    std::memcpy(ifr.ifr_name, device.c_str(), device.size());
    ifr.ifr_data = reinterpret_cast<char*>(&info);
    if (ioctl(fd.get(), SIOCETHTOOL, &ifr) < 0) return out;
    // Hardware stamps on reception, for every packet (a capture cannot ask for less).
    const bool raw = (info.so_timestamping & SOF_TIMESTAMPING_RAW_HARDWARE) != 0 &&
                     (info.so_timestamping & SOF_TIMESTAMPING_RX_HARDWARE) != 0;
    const bool all = (info.rx_filters & (1u << HWTSTAMP_FILTER_ALL)) != 0;
    if (raw && all) {
        out.push_back(TstampType::Adapter);
        out.push_back(TstampType::AdapterUnsynced);
    }
    return out;
}

}  // namespace rd
