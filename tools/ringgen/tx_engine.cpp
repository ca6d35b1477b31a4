#include "tx_engine.hpp"

#include <net/if.h>  // before the linux/ headers, which then skip their copies
#include <linux/if_packet.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <time.h>

#include <algorithm>
#include <cerrno>
#include <cinttypes>
#include <cstring>
#include <fstream>
#include <thread>

#include "token_bucket.hpp"

namespace rd::gen {
namespace {

static_assert(TPACKET_ALIGN(sizeof(tpacket2_hdr)) == TxRing::kDataOffset);

uint64_t now_ns(clockid_t c) {
    timespec ts{};
    clock_gettime(c, &ts);
    return static_cast<uint64_t>(ts.tv_sec) * 1'000'000'000ull + static_cast<uint64_t>(ts.tv_nsec);
}

std::string errno_text(int e) { return std::strerror(e); }

uint32_t pow2_at_least(uint32_t v) {
    uint32_t p = 64;
    while (p < v) p <<= 1;
    return p;
}

uint64_t read_counter(const std::string& dev, const char* name) {
    std::ifstream in("/sys/class/net/" + dev + "/statistics/" + name);
    uint64_t v = 0;
    in >> v;
    return v;
}

// splitmix64: cheap per-packet random bits for varied fields.
struct Rng {
    uint64_t s;
    uint64_t next() {
        uint64_t z = (s += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
};

uint32_t status_of(uint8_t* frame) {
    return __atomic_load_n(&reinterpret_cast<tpacket2_hdr*>(frame)->tp_status, __ATOMIC_ACQUIRE);
}

struct ThreadResult {
    uint64_t submitted = 0, refused = 0, unsent = 0;
    uint64_t start_ns = 0, end_ns = 0;
    std::string error;
};

struct ThreadPlan {
    uint16_t id = 0;
    uint64_t rate = 0, count = 0;  // this thread's share
    int cpu = -1;
};

// Kicks the kernel: every frame marked SEND_REQUEST goes out. EAGAIN/ENOBUFS leave
// them marked for the next kick.
bool kick(int fd, std::string& error) {
    if (sendto(fd, nullptr, 0, MSG_DONTWAIT, nullptr, 0) >= 0) return true;
    const int e = errno;
    if (e == EAGAIN || e == ENOBUFS || e == EINTR) return true;
    error = "send: " + errno_text(e);
    return false;
}

void wait_writable(int fd) {
    pollfd p{fd, POLLOUT, 0};
    (void)poll(&p, 1, 1);
}

void sleep_ns(uint64_t ns) {
    timespec ts{static_cast<time_t>(ns / 1'000'000'000ull), static_cast<long>(ns % 1'000'000'000ull)};
    nanosleep(&ts, nullptr);
}

void send_loop(const GenConfig& cfg, const PacketTemplate& tpl, TxRing& ring, const ThreadPlan& plan,
               const std::atomic<bool>& stop, ThreadResult& res) {
    const uint32_t len = cfg.spec.frame_len;
    const uint32_t nr = ring.frame_count();
    // Credit for up to ~10 ms of the rate (at least 16 packets): a late wake-up on busy
    // CPUs costs no rate; no more than a batch goes out per kick.
    TokenBucket bucket(plan.rate, std::max<uint64_t>(plan.rate / 100, 16));
    Rng rng{0x5247454eull * (plan.id + 1)};
    uint32_t head = 0;
    uint64_t seq = 0;
    const uint64_t start = now_ns(CLOCK_MONOTONIC);
    const uint64_t deadline = cfg.duration_ns ? start + cfg.duration_ns : UINT64_MAX;
    bucket.start(start);
    res.start_ns = start;
    bool ok = true;
    while (ok && !stop.load(std::memory_order_relaxed)) {
        if (plan.count && res.submitted >= plan.count) break;
        const uint64_t now = now_ns(CLOCK_MONOTONIC);
        if (now >= deadline) break;
        uint64_t want = cfg.batch;
        if (plan.count) want = std::min(want, plan.count - res.submitted);
        const uint64_t allow = bucket.take(now, want);
        if (allow == 0) {
            sleep_ns(std::min<uint64_t>(bucket.wait_ns(now), 1'000'000));
            continue;
        }
        const uint64_t tx_ns = now_ns(CLOCK_REALTIME);
        uint64_t n = 0;
        while (n < allow) {
            uint8_t* f = ring.frame(head);
            const uint32_t st = status_of(f);
            if (st == TP_STATUS_WRONG_FORMAT) {
                ++res.refused;  // counted as submitted when it was filled
            } else if (st != TP_STATUS_AVAILABLE) {
                break;  // the ring is full: the kernel still owns this frame
            }
            tpl.patch(f + TxRing::kDataOffset, plan.id, seq, tx_ns, rng.next());
            auto* h = reinterpret_cast<tpacket2_hdr*>(f);
            h->tp_len = len;
            __atomic_store_n(&h->tp_status, TP_STATUS_SEND_REQUEST, __ATOMIC_RELEASE);
            head = head + 1 == nr ? 0 : head + 1;
            ++seq;
            ++n;
        }
        res.submitted += n;
        if (n < allow) bucket.give_back(allow - n);
        ok = kick(ring.fd(), res.error);
        if (n == 0) wait_writable(ring.fd());
    }
    // Drain: wait (at most 1 s) until the kernel has sent every frame we marked.
    const uint64_t drain_end = now_ns(CLOCK_MONOTONIC) + 1'000'000'000ull;
    for (;;) {
        uint64_t pending = 0;
        for (uint32_t i = 0; i < nr; ++i) {
            const uint32_t st = status_of(ring.frame(i));
            if (st == TP_STATUS_SEND_REQUEST || st == TP_STATUS_SENDING) ++pending;
        }
        if (pending == 0 || !ok || now_ns(CLOCK_MONOTONIC) > drain_end) {
            res.unsent = pending;
            break;
        }
        std::string ignored;
        kick(ring.fd(), ignored);
        wait_writable(ring.fd());
    }
    for (uint32_t i = 0; i < nr; ++i)
        if (status_of(ring.frame(i)) == TP_STATUS_WRONG_FORMAT) ++res.refused;
    res.end_ns = now_ns(CLOCK_MONOTONIC);
}

}  // namespace

Result<TxRing> TxRing::open(const std::string& device, uint32_t frame_len, uint32_t frames, bool qdisc_bypass) {
    TxRing r;
    if (device.empty() || device.size() >= IFNAMSIZ || device == "any")
        return Error{"'" + device + "': not an interface to send on"};
    r.ifindex_ = static_cast<int>(if_nametoindex(device.c_str()));
    if (r.ifindex_ == 0) return Error{device + ": No such device exists"};
    // Protocol 0: the socket never receives; it only sends.
    r.fd_.reset(socket(AF_PACKET, SOCK_RAW | SOCK_CLOEXEC, 0));
    if (!r.fd_.valid()) {
        const int e = errno;
        if (e == EPERM || e == EACCES) return Error{device + ": You don't have permission to send on that device (socket: " + errno_text(e) + ")"};
        return Error{"socket: " + errno_text(e)};
    }
    const int fd = r.fd_.get();
    ifreq ifr{};
    std::memcpy(ifr.ifr_name, device.c_str(), device.size());
    if (ioctl(fd, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags & IFF_UP) == 0) return Error{device + ": That device is not up"};
    if (ioctl(fd, SIOCGIFMTU, &ifr) == 0 && frame_len > static_cast<uint32_t>(ifr.ifr_mtu) + 14)
        return Error{device + ": frame size " + std::to_string(frame_len) + " exceeds the MTU " +
                     std::to_string(ifr.ifr_mtu) + " + 14"};
    // Bound to this interface: with no address in sendto the kernel sends only here.
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_ifindex = r.ifindex_;
    if (bind(fd, reinterpret_cast<sockaddr*>(&sll), sizeof sll) < 0) return Error{device + ": bind: " + errno_text(errno)};
    int ver = TPACKET_V2;
    if (setsockopt(fd, SOL_PACKET, PACKET_VERSION, &ver, sizeof ver) < 0)
        return Error{device + ": PACKET_VERSION: " + errno_text(errno)};
    if (qdisc_bypass) {
        int one = 1;
        if (setsockopt(fd, SOL_PACKET, PACKET_QDISC_BYPASS, &one, sizeof one) < 0)
            return Error{device + ": PACKET_QDISC_BYPASS: " + errno_text(errno)};
    }
    r.frame_size_ = pow2_at_least(kDataOffset + frame_len);
    const uint32_t block = std::max<uint32_t>(r.frame_size_, 1u << 16);
    const uint32_t per_block = block / r.frame_size_;
    const uint32_t blocks = std::max<uint32_t>(1, (frames + per_block - 1) / per_block);
    tpacket_req req{};
    req.tp_block_size = block;
    req.tp_block_nr = blocks;
    req.tp_frame_size = r.frame_size_;
    req.tp_frame_nr = blocks * per_block;
    if (setsockopt(fd, SOL_PACKET, PACKET_TX_RING, &req, sizeof req) < 0)
        return Error{device + ": PACKET_TX_RING: " + errno_text(errno)};
    r.frame_nr_ = req.tp_frame_nr;
    // Room in the socket's send budget for the whole ring in flight; FORCE needs
    // CAP_NET_ADMIN, the plain option is capped by wmem_max.
    int sndbuf = static_cast<int>(std::min<uint64_t>(uint64_t{block} * blocks * 2, 1u << 30));
    if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &sndbuf, sizeof sndbuf) < 0)
        (void)setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
    r.map_ = Mapping::shared(fd, size_t{block} * blocks);
    if (!r.map_.valid()) return Error{device + ": mmap tx ring: " + errno_text(errno)};
    return r;
}

Result<TxTotals> run_generator(const GenConfig& cfg, const std::atomic<bool>& stop,
                               void (*on_ready)(const GenConfig&)) {
    auto tpl = PacketTemplate::build(cfg.spec);
    if (!tpl) return tpl.error();
    std::vector<TxRing> rings;
    std::vector<ThreadPlan> plans;
    for (uint32_t t = 0; t < cfg.threads; ++t) {
        auto r = TxRing::open(cfg.device, cfg.spec.frame_len, cfg.ring_frames, cfg.qdisc_bypass);
        if (!r) return r.error();
        // Every frame starts as a copy of the template: per packet only the varied fields change.
        for (uint32_t i = 0; i < r->frame_count(); ++i)
            std::memcpy(r->frame(i) + TxRing::kDataOffset, tpl->bytes().data(), tpl->bytes().size());
        rings.push_back(std::move(*r));
        ThreadPlan p;
        p.id = static_cast<uint16_t>(t);
        p.rate = cfg.rate_pps / cfg.threads + (t < cfg.rate_pps % cfg.threads ? 1 : 0);
        p.count = cfg.count / cfg.threads + (t < cfg.count % cfg.threads ? 1 : 0);
        if (cfg.rate_pps && p.rate == 0) continue;  // more threads than packets per second
        if (cfg.count && p.count == 0) continue;
        p.cpu = cfg.cpus.empty() ? -1 : cfg.cpus[t % cfg.cpus.size()];
        plans.push_back(p);
    }
    if (on_ready != nullptr) on_ready(cfg);
    const uint64_t dropped_before = read_counter(cfg.device, "tx_dropped");
    std::vector<ThreadResult> results(plans.size());
    {
        std::vector<std::jthread> threads;
        for (size_t i = 0; i < plans.size(); ++i) {
            threads.emplace_back([&, i] {
                if (plans[i].cpu >= 0) {
                    cpu_set_t set;
                    CPU_ZERO(&set);
                    CPU_SET(plans[i].cpu, &set);
                    pthread_setaffinity_np(pthread_self(), sizeof set, &set);
                }
                send_loop(cfg, *tpl, rings[plans[i].id], plans[i], stop, results[i]);
            });
        }
    }
    TxTotals tot;
    uint64_t first = UINT64_MAX, last = 0;
    for (const auto& r : results) {
        const uint64_t lost = std::min(r.submitted, r.refused + r.unsent);
        tot.packets += r.submitted - lost;
        tot.errors += lost;
        first = std::min(first, r.start_ns);
        last = std::max(last, r.end_ns);
        if (!r.error.empty() && tot.error.empty()) tot.error = r.error;
    }
    tot.bytes = tot.packets * cfg.spec.frame_len;
    tot.elapsed_ns = last > first ? last - first : 0;
    tot.dev_dropped = read_counter(cfg.device, "tx_dropped") - dropped_before;
    return tot;
}

std::string summary_line(const TxTotals& t) {
    const double secs = static_cast<double>(t.elapsed_ns) / 1e9;
    const double pps = secs > 0 ? static_cast<double>(t.packets) / secs : 0;
    const double mbit = secs > 0 ? static_cast<double>(t.bytes) * 8 / secs / 1e6 : 0;
    char buf[256];
    std::snprintf(buf, sizeof buf,
                  "%" PRIu64 " packets, %" PRIu64 " bytes in %.3f s: %.0f pps, %.2f Mbit/s; %" PRIu64
                  " errors, %" PRIu64 " dropped by device",
                  t.packets, t.bytes, secs, pps, mbit, t.errors, t.dev_dropped);
    return buf;
}

}  // namespace rd::gen
