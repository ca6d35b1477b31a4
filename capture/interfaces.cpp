// The interface list for -D and for choosing the default device, from sysfs.
#include <net/if.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "ringdump/capture/live_source.hpp"

namespace rd {

namespace {

std::string read_line(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::string s;
    std::getline(in, s);
    return s;
}

// Sort key: usable devices first, then "any", then loopback, then the rest.
int rank(const InterfaceInfo& i) {
    if (i.is_any) return 1;
    if (i.loopback) return 2;
    if (i.up && i.running) return 0;
    return 3;
}

}  // namespace

std::vector<InterfaceInfo> list_interfaces() {
    std::vector<InterfaceInfo> out;
    std::error_code ec;
    for (const auto& ent : std::filesystem::directory_iterator("/sys/class/net", ec)) {
        InterfaceInfo i;
        i.name = ent.path().filename().string();
        i.ifindex = std::atoi(read_line(ent.path() / "ifindex").c_str());
        const unsigned long flags = std::strtoul(read_line(ent.path() / "flags").c_str(), nullptr, 16);
        i.up = (flags & IFF_UP) != 0;
        i.running = (flags & IFF_RUNNING) != 0;
        i.loopback = (flags & IFF_LOOPBACK) != 0;
        i.wireless = std::filesystem::exists(ent.path() / "wireless", ec) ||
                     std::filesystem::exists(ent.path() / "phy80211", ec);
        i.has_carrier = read_line(ent.path() / "carrier") == "1";
        if (!i.up) continue;  // tcpdump -D leaves out devices that are down
        out.push_back(std::move(i));
    }
    InterfaceInfo any;
    any.name = "any";
    any.description = "Pseudo-device that captures on all interfaces";
    any.up = any.running = true;
    any.is_any = true;
    out.push_back(std::move(any));
    // Within a rank, the most recently created device first.
    std::stable_sort(out.begin(), out.end(), [](const InterfaceInfo& a, const InterfaceInfo& b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        return a.ifindex > b.ifindex;
    });
    return out;
}

}  // namespace rd
