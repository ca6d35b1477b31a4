// LiveSource on the loopback device of a private network namespace (needs root; the
// test says so and passes without checking anything else when it cannot unshare).
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <linux/if_packet.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <vector>

#include "ringdump/capture/live_source.hpp"

namespace {

bool private_loopback() {
    if (geteuid() != 0 || unshare(CLONE_NEWNET) != 0) return false;
    const int s = socket(AF_INET, SOCK_DGRAM, 0);
    ifreq ifr{};
    std::strcpy(ifr.ifr_name, "lo");
    ioctl(s, SIOCGIFFLAGS, &ifr);
    ifr.ifr_flags = static_cast<short>(ifr.ifr_flags | IFF_UP);
    const bool ok = ioctl(s, SIOCSIFFLAGS, &ifr) == 0;
    close(s);
    return ok;
}

std::vector<uint8_t> frame(size_t size, uint8_t seed, uint16_t ethertype) {
    std::vector<uint8_t> f(size);
    for (size_t i = 0; i < size; ++i) f[i] = static_cast<uint8_t>(seed + i);
    f[12] = static_cast<uint8_t>(ethertype >> 8);
    f[13] = static_cast<uint8_t>(ethertype);
    return f;
}

void send_on_lo(const std::vector<uint8_t>& f) {
    const int s = socket(AF_PACKET, SOCK_RAW, 0);
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_ifindex = static_cast<int>(if_nametoindex("lo"));
    REQUIRE(sendto(s, f.data(), f.size(), 0, reinterpret_cast<sockaddr*>(&sll), sizeof sll) ==
            static_cast<ssize_t>(f.size()));
    close(s);
}

}  // namespace

TEST_CASE("LiveSource: frames sent on lo come back byte for byte, snap length applied, filter in kernel or user space") {
    // The same filter attached in the kernel, and run in user space (FilterRunner) when a
    // scratch-memory read before any store makes the kernel refuse it.
    const bool in_user_space = GENERATE(false, true);
    if (!private_loopback()) {
        WARN("skipped: needs root and network namespaces");
        return;
    }
    rd::LiveOptions lo;
    lo.device = "lo";
    lo.snaplen = 200;
    lo.immediate = true;
    lo.buffer_bytes = 1 << 20;
    auto src = rd::LiveSource::open(lo);
    REQUIRE(src.ok());
    rd::LiveSource& s = **src;
    CHECK(s.linktype() == 1);
    // Only the experimental EtherType 0x88b5 passes.
    rd::bpf::FilterProgram prog;
    prog.insns = {{0x28, 0, 0, 12}, {0x15, 0, 1, 0x88b5}, {0x06, 0, 0, 200}, {0x06, 0, 0, 0}};
    if (in_user_space) prog.insns.insert(prog.insns.begin(), rd::bpf::Insn{0x60, 0, 0, 0});
    REQUIRE(s.set_filter(prog).ok());
    CHECK(s.userspace_filter() == in_user_space);
    REQUIRE(s.start().ok());

    std::vector<std::vector<uint8_t>> sent;
    for (int i = 0; i < 6; ++i) {
        const auto f = frame(60 + static_cast<size_t>(i) * 70, static_cast<uint8_t>(i), i % 2 ? 0x88b6 : 0x88b5);
        send_on_lo(f);
        if (i % 2 == 0) sent.push_back(f);
    }
    rd::PacketRef pkt;
    for (const auto& f : sent) {
        rd::LiveSource::Status st{};
        for (int tries = 0; tries < 40; ++tries) {
            st = s.next(pkt, 50);
            if (st != rd::LiveSource::Status::Timeout) break;
        }
        REQUIRE(st == rd::LiveSource::Status::Packet);
        const size_t want = std::min<size_t>(f.size(), 200);
        CHECK(pkt.wirelen == f.size());
        REQUIRE(pkt.caplen == want);
        CHECK(std::memcmp(pkt.data, f.data(), want) == 0);
        CHECK(pkt.ts_sec > 0);
    }
    CHECK(s.next(pkt, 50) == rd::LiveSource::Status::Timeout);
    const auto st = s.stats();
    // On lo the kernel hands each frame over twice (sent, then received) and counts both;
    // the sent copy is dropped in user space, after counting.
    // (With the filter in user space the kernel hands over all six frames, twice.)
    CHECK(st.received == 2 * (in_user_space ? 6 : sent.size()));
    CHECK(st.dropped == 0);
}

TEST_CASE("LiveSource: a missing interface is reported in tcpdump's words") {
    rd::LiveOptions lo;
    lo.device = "nosuchdev0";
    auto src = rd::LiveSource::open(lo);
    REQUIRE_FALSE(src.ok());
    CHECK(src.error().message == "nosuchdev0: No such device exists\n(No such device exists)");
}
