// TPACKET_V3 receive ring on an AF_PACKET socket (packet(7)).
#include "ringdump/capture/live_source.hpp"

#include <arpa/inet.h>
#include <net/if.h>  // before the linux/ headers, which then skip their copies
#include <linux/filter.h>
#include <linux/if_arp.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <linux/net_tstamp.h>
#include <linux/sockios.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "ringdump/format/linktype.hpp"

namespace rd {

namespace {

constexpr uint32_t kSll2Len = 20;
constexpr uint32_t kVlanLen = 4;
// Headroom in front of each packet: room to put back a stripped VLAN tag (raw sockets)
// or to build the 20-byte SLL2 header where the kernel leaves only 16 (cooked sockets).
constexpr uint32_t kReserve = 4;
constexpr uint32_t kHdrRoom = TPACKET_ALIGN(sizeof(tpacket3_hdr)) + sizeof(sockaddr_ll);

std::string errno_text(int e) { return std::strerror(e); }

uint32_t pow2_at_least(uint64_t v) {
    uint32_t p = 4096;
    while (p < v && p < (1u << 30)) p <<= 1;
    return p;
}

void put16(uint8_t* p, uint16_t v) {
    p[0] = static_cast<uint8_t>(v >> 8);
    p[1] = static_cast<uint8_t>(v);
}

bool attach(int fd, const bpf::FilterProgram& prog) {
    static_assert(sizeof(bpf::Insn) == sizeof(sock_filter));
    sock_fprog fp{};
    fp.len = static_cast<unsigned short>(prog.insns.size());
    // The kernel copies the program; it never writes through this pointer.
    fp.filter = reinterpret_cast<sock_filter*>(const_cast<bpf::Insn*>(prog.insns.data()));
    return setsockopt(fd, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof fp) == 0;
}

bpf::FilterProgram accept_program(uint32_t snaplen) {
    bpf::FilterProgram p;
    p.insns.push_back({BPF_RET | BPF_K, 0, 0, snaplen});
    return p;
}

}  // namespace

Result<std::unique_ptr<LiveSource>> LiveSource::open(const LiveOptions& opts) {
    std::unique_ptr<LiveSource> src(new LiveSource(opts));
    auto r = src->setup();
    if (!r) return r.error();
    return src;
}

LiveSource::~LiveSource() {
    if (ring_ != nullptr) munmap(ring_, ring_bytes_);
    if (fd_ >= 0) ::close(fd_);
}

Result<void> LiveSource::setup() {
    const std::string& dev = opts_.device;
    cooked_ = dev == "any";
    if (!cooked_) {
        if (dev.size() >= IFNAMSIZ) return Error{dev + ": No such device exists\n(SIOCGIFHWADDR: No such device)"};
        ifindex_ = static_cast<int>(if_nametoindex(dev.c_str()));
        if (ifindex_ == 0) return Error{dev + ": No such device exists\n(No such device exists)"};
    }
    lo_ifindex_ = static_cast<int>(if_nametoindex("lo"));
    // Protocol 0: the socket receives nothing until start() binds it with ETH_P_ALL, so
    // the ring and filter are in place before the first packet arrives.
    fd_ = socket(AF_PACKET, (cooked_ ? SOCK_DGRAM : SOCK_RAW) | SOCK_CLOEXEC, 0);
    if (fd_ < 0) {
        const int e = errno;
        if (e == EPERM || e == EACCES)
            return Error{dev + ": You don't have permission to perform this capture on that device\n(socket: " +
                         errno_text(e) + ")"};
        return Error{"socket: " + errno_text(e)};
    }
    if (!cooked_) {
        ifreq ifr{};
        std::memcpy(ifr.ifr_name, dev.c_str(), dev.size());
        if (ioctl(fd_, SIOCGIFHWADDR, &ifr) < 0) return Error{dev + ": SIOCGIFHWADDR: " + errno_text(errno)};
        const int arp = ifr.ifr_hwaddr.sa_family;
        if (ioctl(fd_, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags & IFF_UP) == 0)
            return Error{dev + ": That device is not up"};
        if (arp == ARPHRD_ETHER || arp == ARPHRD_LOOPBACK) {
            linktype_ = linktype::EN10MB;
        } else {
            // Other hardware types come out cooked, as the "any" device does.
            ::close(fd_);
            fd_ = socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (fd_ < 0) return Error{"socket: " + errno_text(errno)};
            cooked_ = true;
        }
    }
    if (cooked_) linktype_ = linktype::LINUX_SLL2;
    if (cooked_ && opts_.snaplen < kSll2Len + 1) opts_.snaplen = kSll2Len + 1;

    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = 0;
    sll.sll_ifindex = ifindex_;
    if (bind(fd_, reinterpret_cast<sockaddr*>(&sll), sizeof sll) < 0) {
        const int e = errno;
        if (e == ENETDOWN) return Error{dev + ": That device is not up"};
        return Error{dev + ": bind: " + errno_text(e)};
    }
    if (opts_.promisc && !cooked_) {
        packet_mreq mr{};
        mr.mr_ifindex = ifindex_;
        mr.mr_type = PACKET_MR_PROMISC;
        if (setsockopt(fd_, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &mr, sizeof mr) < 0)
            return Error{dev + ": can't enable promiscuous mode: " + errno_text(errno)};
    }
    if (opts_.direction == CaptureDirection::In) {
        // The kernel then skips cloning every transmitted packet for us.
        int one = 1;
        (void)setsockopt(fd_, SOL_PACKET, PACKET_IGNORE_OUTGOING, &one, sizeof one);
    }
    int ext = 0;
    socklen_t extlen = sizeof ext;
    if (getsockopt(fd_, SOL_SOCKET, SO_BPF_EXTENSIONS, &ext, &extlen) == 0)
        vlan_ext_ = !cooked_ && ext >= SKF_AD_VLAN_TAG_PRESENT;

    int ver = TPACKET_V3;
    if (setsockopt(fd_, SOL_PACKET, PACKET_VERSION, &ver, sizeof ver) < 0)
        return Error{dev + ": can't use TPACKET_V3: " + errno_text(errno)};
    if (opts_.tstamp == TstampType::Adapter || opts_.tstamp == TstampType::AdapterUnsynced) {
        auto r = enable_hw_tstamps();
        if (!r) return r;
    }
    unsigned reserve = kReserve;
    if (setsockopt(fd_, SOL_PACKET, PACKET_RESERVE, &reserve, sizeof reserve) < 0)
        return Error{dev + ": PACKET_RESERVE: " + errno_text(errno)};

    // A block holds at least one packet of the full snap length plus its headers; the
    // ring is as many blocks as fit the buffer, at least 2 so the kernel can fill one
    // while we walk the other.
    const uint64_t want = opts_.buffer_bytes ? opts_.buffer_bytes : kDefaultBufferBytes;
    uint32_t block = pow2_at_least(std::max<uint64_t>(opts_.snaplen + 256, 64 * 1024));
    while (block > 4096 && uint64_t{block} * 2 > want) block >>= 1;
    uint64_t count = std::max<uint64_t>(2, want / block);
    const int tov = opts_.immediate ? 1 : 100;
    for (;;) {
        tpacket_req3 req{};
        req.tp_block_size = block;
        req.tp_block_nr = static_cast<unsigned>(count);
        req.tp_frame_size = block;
        req.tp_frame_nr = static_cast<unsigned>(count);
        req.tp_retire_blk_tov = tov;
        if (setsockopt(fd_, SOL_PACKET, PACKET_RX_RING, &req, sizeof req) == 0) break;
        const int e = errno;
        // Not enough kernel memory: take 5% less until it fits, closest to what was asked.
        if (e != ENOMEM || count <= 2) return Error{dev + ": can't create rx ring on packet socket: " + errno_text(e)};
        count = std::max<uint64_t>(2, count - std::max<uint64_t>(1, count / 20));
    }
    block_size_ = block;
    block_count_ = static_cast<uint32_t>(count);
    ring_bytes_ = size_t{block_size_} * block_count_;
    void* m = mmap(nullptr, ring_bytes_, PROT_READ | PROT_WRITE, MAP_SHARED, fd_, 0);
    if (m == MAP_FAILED) return Error{dev + ": can't mmap rx ring: " + errno_text(errno)};
    ring_ = static_cast<uint8_t*>(m);
    return {};
}

// The driver stamps every received packet; the ring then carries the raw hardware
// time (TP_STATUS_TS_RAW_HARDWARE) in place of the kernel's.
Result<void> LiveSource::enable_hw_tstamps() {
    const std::string& dev = opts_.device;
    hwtstamp_config cfg{};
    cfg.tx_type = HWTSTAMP_TX_OFF;
    cfg.rx_filter = HWTSTAMP_FILTER_ALL;
    ifreq ifr{};
    std::memcpy(ifr.ifr_name, dev.c_str(), dev.size());
    ifr.ifr_data = reinterpret_cast<char*>(&cfg);
    if (ioctl(fd_, SIOCSHWTSTAMP, &ifr) < 0) {
        const int e = errno;
        if (e == EPERM) return Error{dev + ": Attempt to set hardware timestamp failed - you may not have permission"};
        return Error{dev + ": SIOCSHWTSTAMP failed: " + errno_text(e)};
    }
    int how = SOF_TIMESTAMPING_RAW_HARDWARE;
    if (setsockopt(fd_, SOL_PACKET, PACKET_TIMESTAMP, &how, sizeof how) < 0)
        return Error{dev + ": can't set PACKET_TIMESTAMP: " + errno_text(errno)};
    return {};
}

Result<void> LiveSource::set_filter(const bpf::FilterProgram& prog) {
    bpf::FilterProgram kernel = prog;
    user_filter_ = {};
    if (cooked_) {
        auto adapted = bpf::adapt_for_cooked_socket(prog, linktype_);
        if (adapted) {
            kernel = std::move(*adapted);
        } else {
            user_filter_ = bpf::FilterRunner(prog);
        }
    }
    if (!userspace_filter() && !bpf::kernel_refusal(kernel).empty()) user_filter_ = bpf::FilterRunner(prog);
    if (userspace_filter()) kernel = accept_program(opts_.snaplen);

    // Reject everything, throw away what the old program let in, then swap in the new one.
    if (!attach(fd_, accept_program(0))) return Error{"can't attach filter: " + errno_text(errno)};
    if (walking_ != nullptr) release_block();
    for (uint32_t i = 0; i < block_count_; ++i) {
        auto* bd = reinterpret_cast<tpacket_block_desc*>(ring_ + size_t{cur_block_} * block_size_);
        if ((__atomic_load_n(&bd->hdr.bh1.block_status, __ATOMIC_ACQUIRE) & TP_STATUS_USER) == 0) break;
        __atomic_store_n(&bd->hdr.bh1.block_status, TP_STATUS_KERNEL, __ATOMIC_RELEASE);
        cur_block_ = (cur_block_ + 1) % block_count_;
    }
    if (!attach(fd_, kernel)) {
        const int e = errno;
        if (e != EINVAL && e != ENOMEM) return Error{"can't attach filter: " + errno_text(e)};
        user_filter_ = bpf::FilterRunner(prog);
        if (!attach(fd_, accept_program(opts_.snaplen))) return Error{"can't attach filter: " + errno_text(errno)};
    }
    filter_set_ = true;
    return {};
}

Result<void> LiveSource::start() {
    // Without a filter the kernel still copies only the snap length.
    if (!filter_set_ && opts_.snaplen < 262144 && !attach(fd_, accept_program(opts_.snaplen)))
        return Error{"can't attach filter: " + errno_text(errno)};
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = htons(ETH_P_ALL);
    sll.sll_ifindex = ifindex_;
    if (bind(fd_, reinterpret_cast<sockaddr*>(&sll), sizeof sll) < 0) {
        const int e = errno;
        if (e == ENETDOWN) return Error{opts_.device + ": That device is not up"};
        return Error{opts_.device + ": bind: " + errno_text(e)};
    }
    return {};
}

void LiveSource::release_block() {
    auto* bd = reinterpret_cast<tpacket_block_desc*>(walking_);
    __atomic_store_n(&bd->hdr.bh1.block_status, TP_STATUS_KERNEL, __ATOMIC_RELEASE);
    walking_ = nullptr;
    left_ = 0;
    cur_block_ = (cur_block_ + 1) % block_count_;
}

bool LiveSource::next_block(int timeout_ms) {
    auto* bd = reinterpret_cast<tpacket_block_desc*>(ring_ + size_t{cur_block_} * block_size_);
    if ((__atomic_load_n(&bd->hdr.bh1.block_status, __ATOMIC_ACQUIRE) & TP_STATUS_USER) == 0) {
        pollfd pfd{fd_, POLLIN | POLLERR, 0};
        const int n = poll(&pfd, 1, timeout_ms);
        if (n < 0) {
            if (errno != EINTR) error_ = "poll: " + errno_text(errno);
            return false;
        }
        if (n == 0) return false;
        if (pfd.revents & (POLLERR | POLLHUP | POLLNVAL)) {
            int soerr = 0;
            socklen_t l = sizeof soerr;
            getsockopt(fd_, SOL_SOCKET, SO_ERROR, &soerr, &l);
            if (soerr == ENETDOWN && !cooked_) {
                // Down is not the end (tcpdump waits for it to come back up); gone is.
                char name[IF_NAMESIZE];
                if (if_indextoname(static_cast<unsigned>(ifindex_), name) != nullptr) return false;
                error_ = "The interface disappeared";
                return false;
            }
            if (soerr == ENXIO || (pfd.revents & POLLHUP)) {
                error_ = "The interface disappeared";
                return false;
            }
            if (soerr != 0) {
                error_ = "Error condition on packet socket: " + errno_text(soerr);
                return false;
            }
        }
        if ((__atomic_load_n(&bd->hdr.bh1.block_status, __ATOMIC_ACQUIRE) & TP_STATUS_USER) == 0) return false;
    }
    walking_ = reinterpret_cast<uint8_t*>(bd);
    left_ = bd->hdr.bh1.num_pkts;
    next_pkt_ = walking_ + bd->hdr.bh1.offset_to_first_pkt;
    return true;
}

bool LiveSource::wanted_direction(uint8_t pkttype, int ifindex) const {
    const bool out = pkttype == PACKET_OUTGOING;
    // Loopback transmits come back as receives: keep only one copy.
    if (out && ifindex == lo_ifindex_) return false;
    switch (opts_.direction) {
        case CaptureDirection::In: return !out;
        case CaptureDirection::Out: return out;
        case CaptureDirection::InOut: return true;
    }
    return true;
}

bool LiveSource::fill(PacketRef& pkt, uint8_t* raw) {
    auto* h = reinterpret_cast<tpacket3_hdr*>(raw);
    const auto* sll = reinterpret_cast<const sockaddr_ll*>(raw + TPACKET_ALIGN(sizeof(tpacket3_hdr)));
    const uint8_t pkttype = sll->sll_pkttype;
    const int ifindex = sll->sll_ifindex;
    if (!wanted_direction(pkttype, ifindex)) return false;
    // A frame that claims more than its block holds would be a kernel bug; skip it.
    const size_t off = static_cast<size_t>(raw - walking_);
    const uint32_t headroom = cooked_ ? kSll2Len : kVlanLen;
    if (off + h->tp_mac + h->tp_snaplen > block_size_ || h->tp_mac < kHdrRoom + headroom) return false;

    uint8_t* data = raw + h->tp_mac;
    uint32_t caplen = h->tp_snaplen;
    uint32_t wirelen = h->tp_len;
    if (cooked_) {
        uint8_t hdr[kSll2Len] = {};
        std::memcpy(hdr, &sll->sll_protocol, 2);  // already network order
        const uint32_t idx = htonl(static_cast<uint32_t>(ifindex));
        std::memcpy(hdr + 4, &idx, 4);
        put16(hdr + 8, sll->sll_hatype);
        hdr[10] = pkttype;
        hdr[11] = sll->sll_halen;
        std::memcpy(hdr + 12, sll->sll_addr, std::min<size_t>(8, sll->sll_halen));
        data -= kSll2Len;
        std::memcpy(data, hdr, kSll2Len);
        caplen += kSll2Len;
        wirelen += kSll2Len;
    } else if ((h->tp_status & TP_STATUS_VLAN_VALID) || h->hv1.tp_vlan_tci != 0) {
        // The NIC or kernel took the outermost tag off: put it back after the MAC addresses.
        const uint16_t tpid = (h->tp_status & TP_STATUS_VLAN_TPID_VALID) && h->hv1.tp_vlan_tpid
                                  ? h->hv1.tp_vlan_tpid
                                  : ETH_P_8021Q;
        if (caplen >= 12) {
            std::memmove(data - kVlanLen, data, 12);
            data -= kVlanLen;
            put16(data + 12, tpid);
            put16(data + 14, h->hv1.tp_vlan_tci);
            caplen += kVlanLen;
            wirelen += kVlanLen;
        }
    }
    if (caplen > opts_.snaplen) caplen = opts_.snaplen;
    if (userspace_filter()) {
        const uint32_t verdict = user_filter_.run({data, caplen}, wirelen);
        if (verdict == 0) return false;
        if (verdict < caplen) caplen = verdict;
    }
    pkt.ts_sec = h->tp_sec;
    pkt.ts_nsec = h->tp_nsec;
    pkt.caplen = caplen;
    pkt.wirelen = wirelen;
    pkt.linktype = linktype_;
    pkt.ifindex = static_cast<uint32_t>(ifindex);
    pkt.dir = pkttype == PACKET_OUTGOING ? Direction::Out : Direction::In;
    pkt.data = data;
    return true;
}

LiveSource::Status LiveSource::next(PacketRef& pkt, int timeout_ms) {
    for (;;) {
        if (walking_ != nullptr && left_ == 0) release_block();
        if (walking_ == nullptr) {
            if (!next_block(timeout_ms)) return error_.empty() ? Status::Timeout : Status::Error;
            if (left_ == 0) continue;
        }
        uint8_t* raw = next_pkt_;
        auto* h = reinterpret_cast<tpacket3_hdr*>(raw);
        --left_;
        next_pkt_ = raw + h->tp_next_offset;
        if (fill(pkt, raw)) return Status::Packet;
    }
}

LiveStats LiveSource::stats() {
    tpacket_stats_v3 st{};
    socklen_t len = sizeof st;
    if (getsockopt(fd_, SOL_PACKET, PACKET_STATISTICS, &st, &len) == 0) {
        totals_.received += st.tp_packets;
        totals_.dropped += st.tp_drops;
    }
    return totals_;
}

}  // namespace rd
