#include "rx_ring.hpp"

#include <net/if.h>  // before the linux/ headers, which then skip their copies
#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <poll.h>
#include <sys/socket.h>
#include <time.h>

#include <cerrno>
#include <cstring>
#include <span>

#include "packet_template.hpp"

namespace rd::sweep {
namespace {

std::string errno_text() { return std::strerror(errno); }

int64_t realtime_ns() {
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

template <class T>
uint32_t load_status(const T* p) {
    return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

// One packet: latencies from its stamp (send time) and its ring timestamp.
void account(SocketCounts& c, const uint8_t* data, uint32_t caplen, int64_t ksec, int64_t knsec, int64_t now) {
    ++c.packets;
    c.kernel_to_user.add(now - (ksec * 1'000'000'000 + knsec));
    gen::Stamp st;
    if (gen::read_stamp(std::span<const uint8_t>(data, caplen), st))
        c.send_to_user.add(now - static_cast<int64_t>(st.tx_ns));
}

}  // namespace

double LatencyHist::percentile_us(double p) const {
    if (count_ == 0) return -1;
    const uint64_t want = static_cast<uint64_t>(p * static_cast<double>(count_ - 1)) + 1;
    uint64_t seen = 0;
    for (size_t i = 0; i < buckets_.size(); ++i) {
        seen += buckets_[i];
        if (seen >= want) return static_cast<double>(i) + 0.5;
    }
    return static_cast<double>(kBuckets);
}

Result<RxRing> RxRing::open(const std::string& device, const RingSettings& s, uint16_t fanout_group) {
    RxRing r;
    r.s_ = s;
    const int ifindex = static_cast<int>(if_nametoindex(device.c_str()));
    if (ifindex == 0) return Error{device + ": No such device exists"};
    // Protocol 0 until the ring and filter are in place.
    r.fd_.reset(socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0));
    if (!r.fd_.valid()) return Error{"socket: " + errno_text()};
    const int fd = r.fd_.get();
    int ver = s.version == 2 ? TPACKET_V2 : TPACKET_V3;
    if (setsockopt(fd, SOL_PACKET, PACKET_VERSION, &ver, sizeof ver) < 0) return Error{"PACKET_VERSION: " + errno_text()};
    if (s.block_size % s.frame_size != 0) return Error{"block size must be a multiple of the frame size"};
    r.frames_ = s.block_size / s.frame_size * s.block_nr;
    if (s.version == 2) {
        tpacket_req req{};
        req.tp_block_size = s.block_size;
        req.tp_block_nr = s.block_nr;
        req.tp_frame_size = s.frame_size;
        req.tp_frame_nr = r.frames_;
        if (setsockopt(fd, SOL_PACKET, PACKET_RX_RING, &req, sizeof req) < 0)
            return Error{"PACKET_RX_RING (v2): " + errno_text()};
    } else {
        tpacket_req3 req{};
        req.tp_block_size = s.block_size;
        req.tp_block_nr = s.block_nr;
        req.tp_frame_size = s.frame_size;
        req.tp_frame_nr = r.frames_;
        req.tp_retire_blk_tov = s.retire_ms;
        if (setsockopt(fd, SOL_PACKET, PACKET_RX_RING, &req, sizeof req) < 0)
            return Error{"PACKET_RX_RING (v3): " + errno_text()};
    }
    r.map_ = Mapping::shared(fd, size_t{s.block_size} * s.block_nr);
    if (!r.map_.valid()) return Error{"mmap: " + errno_text()};
    sock_filter ret{BPF_RET | BPF_K, 0, 0, s.snaplen};
    sock_fprog prog{1, &ret};
    if (setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) < 0) return Error{"SO_ATTACH_FILTER: " + errno_text()};
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = htons(ETH_P_ALL);
    sll.sll_ifindex = ifindex;
    if (bind(fd, reinterpret_cast<sockaddr*>(&sll), sizeof sll) < 0) return Error{device + ": bind: " + errno_text()};
    if (s.fanout_mode >= 0) {
        const int arg = fanout_group | (s.fanout_mode << 16);
        if (setsockopt(fd, SOL_PACKET, PACKET_FANOUT, &arg, sizeof arg) < 0) return Error{"PACKET_FANOUT: " + errno_text()};
    }
    return r;
}

uint64_t RxRing::read_v2(SocketCounts& c) {
    uint64_t n = 0;
    int64_t now = realtime_ns();
    for (;;) {
        auto* h = reinterpret_cast<tpacket2_hdr*>(map_.data() + size_t{cur_} * s_.frame_size);
        if ((load_status(&h->tp_status) & TP_STATUS_USER) == 0) break;
        if ((n & 63) == 63) now = realtime_ns();
        const auto* data = reinterpret_cast<const uint8_t*>(h) + h->tp_mac;
        account(c, data, h->tp_snaplen, h->tp_sec, h->tp_nsec, now);
        __atomic_store_n(&h->tp_status, TP_STATUS_KERNEL, __ATOMIC_RELEASE);
        cur_ = cur_ + 1 == frames_ ? 0 : cur_ + 1;
        ++n;
    }
    return n;
}

uint64_t RxRing::read_v3(SocketCounts& c) {
    uint64_t n = 0;
    for (;;) {
        uint8_t* block = map_.data() + size_t{cur_} * s_.block_size;
        auto* bd = reinterpret_cast<tpacket_block_desc*>(block);
        if ((load_status(&bd->hdr.bh1.block_status) & TP_STATUS_USER) == 0) break;
        const int64_t now = realtime_ns();  // the whole block reaches us at once
        uint8_t* p = block + bd->hdr.bh1.offset_to_first_pkt;
        for (uint32_t i = 0; i < bd->hdr.bh1.num_pkts; ++i) {
            auto* h = reinterpret_cast<tpacket3_hdr*>(p);
            account(c, p + h->tp_mac, h->tp_snaplen, h->tp_sec, h->tp_nsec, now);
            p += h->tp_next_offset;
            ++n;
        }
        __atomic_store_n(&bd->hdr.bh1.block_status, TP_STATUS_KERNEL, __ATOMIC_RELEASE);
        cur_ = cur_ + 1 == s_.block_nr ? 0 : cur_ + 1;
    }
    return n;
}

uint64_t RxRing::read_ready(int timeout_ms, SocketCounts& c) {
    uint64_t n = s_.version == 2 ? read_v2(c) : read_v3(c);
    if (n > 0 || timeout_ms == 0) return n;
    pollfd p{fd_.get(), POLLIN, 0};
    if (poll(&p, 1, timeout_ms) <= 0) return 0;
    return s_.version == 2 ? read_v2(c) : read_v3(c);
}

void RxRing::add_kernel_stats(SocketCounts& c) const {
    // The V3 structure starts with the V2 one; the kernel fills what the version has.
    tpacket_stats_v3 st{};
    socklen_t len = sizeof st;
    if (getsockopt(fd_.get(), SOL_PACKET, PACKET_STATISTICS, &st, &len) == 0) {
        c.kernel_packets += st.tp_packets;
        c.kernel_drops += st.tp_drops;
    }
}

}  // namespace rd::sweep
