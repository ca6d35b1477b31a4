// Live capture on Linux: an AF_PACKET socket with a TPACKET_V3 receive ring.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ringdump/bpf/filter.hpp"
#include "ringdump/bpf/runner.hpp"
#include "ringdump/capture/packet.hpp"
#include "ringdump/format/result.hpp"

namespace rd {

enum class CaptureDirection : uint8_t { InOut, In, Out };

// Time stamp sources, as -j and -J name them.
enum class TstampType : uint8_t { Host, HostLowprec, HostHiprec, Adapter, AdapterUnsynced, HostHiprecUnsynced };

// -j's argument (any case) to a type; nothing for an unknown name.
std::optional<TstampType> tstamp_type_from_name(std::string_view name);
const char* tstamp_type_name(TstampType t);         // "adapter_unsynced"
const char* tstamp_type_description(TstampType t);  // "Adapter, not synced with system time"

// The types a device offers, in -J's order: host always; adapter and adapter_unsynced
// too when the driver time-stamps every received packet in hardware (ETHTOOL_GET_TS_INFO).
std::vector<TstampType> tstamp_types(const std::string& device);

struct LiveOptions {
    std::string device;             // interface name, or "any" (cooked, LINUX_SLL2)
    uint32_t snaplen = 262144;
    // Ring size in bytes; 0 picks kDefaultBufferBytes. tcpdump's -B is KiB.
    uint64_t buffer_bytes = 0;
    bool promisc = true;
    // Short block retire timeout (a packet is seen within ~1 ms) instead of waiting for
    // blocks to fill.
    bool immediate = false;
    CaptureDirection direction = CaptureDirection::InOut;
    // Adapter types switch the device's receive time stamping on (SIOCSHWTSTAMP) and ask
    // the ring for the raw hardware time; check tstamp_types() first.
    TstampType tstamp = TstampType::Host;
};

// 32 MiB rather than libpcap's 2 MiB: at 1 Gb/s that is ~270 ms of line-rate traffic
// (2 MiB is ~17 ms), enough to ride out a scheduling hiccup or a slow disk write;
// the memory is cheap next to losing packets.
inline constexpr uint64_t kDefaultBufferBytes = 32ull << 20;

struct LiveStats {
    uint64_t received = 0;  // passed the kernel filter (tcpdump's "received by filter")
    uint64_t dropped = 0;   // no room in the ring ("dropped by kernel")
};

// One interface as -D lists it.
struct InterfaceInfo {
    std::string name;
    std::string description;  // "" or e.g. "Pseudo-device that captures on all interfaces"
    int ifindex = 0;
    bool up = false, running = false, loopback = false, wireless = false;
    bool has_carrier = false;  // Connected / Disconnected for non-loopback devices
    bool is_any = false;
};

// Interfaces in tcpdump's -D order: up-and-running real devices first, then "any",
// then loopback, then the rest.
std::vector<InterfaceInfo> list_interfaces();

class LiveSource {
public:
    enum class Status { Packet, Timeout, Error };

    // Opens the socket and ring. Nothing is received until start(): the socket is
    // bound with protocol 0 until then, so a filter set before start() sees every packet.
    // Error messages are tcpdump's: "eth9: No such device exists\n(...)".
    static Result<std::unique_ptr<LiveSource>> open(const LiveOptions& opts);
    ~LiveSource();
    LiveSource(const LiveSource&) = delete;
    LiveSource& operator=(const LiveSource&) = delete;

    uint32_t linktype() const { return linktype_; }
    uint32_t snaplen() const { return opts_.snaplen; }
    // True when the kernel strips VLAN tags and filters can read them as metadata.
    bool vlan_extensions() const { return vlan_ext_; }

    // Installs a filter compiled for linktype(). For cooked sockets it is rewritten for
    // what the kernel sees; a program the kernel refuses runs in user space instead.
    // Sequence: reject-all attached, everything already in the ring dropped, then the
    // real program attached, so no packet that fails the filter is delivered.
    Result<void> set_filter(const bpf::FilterProgram& prog);
    bool userspace_filter() const { return !user_filter_.program().insns.empty(); }

    // Starts receiving (binds with ETH_P_ALL).
    Result<void> start();

    // The next packet. Its bytes stay valid until the next call to next(); the ring block
    // holding it goes back to the kernel only when every packet in it was handed out
    // and the caller came back. Waits at most timeout_ms (-1: forever) for a block;
    // EINTR returns Timeout so the caller can look at its signal flags.
    Status next(PacketRef& pkt, int timeout_ms);
    const std::string& error() const { return error_; }

    // Cumulative kernel counters (PACKET_STATISTICS resets on read; we add up).
    LiveStats stats();

private:
    Result<void> enable_hw_tstamps();
    explicit LiveSource(const LiveOptions& o) : opts_(o) {}
    Result<void> setup();
    bool next_block(int timeout_ms);
    void release_block();
    bool fill(PacketRef& pkt, uint8_t* hdr);
    bool wanted_direction(uint8_t pkttype, int ifindex) const;

    LiveOptions opts_;
    int fd_ = -1;
    int ifindex_ = 0;
    int lo_ifindex_ = -1;
    uint32_t linktype_ = 1;
    bool cooked_ = false;
    bool vlan_ext_ = false;
    bool filter_set_ = false;
    uint8_t* ring_ = nullptr;
    size_t ring_bytes_ = 0;
    uint32_t block_size_ = 0;
    uint32_t block_count_ = 0;
    uint32_t cur_block_ = 0;     // index of the block we look at next / are walking
    uint8_t* walking_ = nullptr; // block being walked (owned by us), or null
    uint32_t left_ = 0;          // packets left in walking_
    uint8_t* next_pkt_ = nullptr;
    bpf::FilterRunner user_filter_;
    LiveStats totals_;
    std::string error_;
};

}  // namespace rd
