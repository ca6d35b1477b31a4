// Private to dissect/: state kept across packets of one run (tcpdump keeps these in
// globals; here they live in the Ctx so two runs never share them).
#pragma once
#include <array>
#include <cstdint>
#include <memory>

#include "ringdump/format/timestamp.hpp"
#include "tcp_seq.hpp"

namespace rd {

// NFS calls seen recently (tcpdump keeps 64): a reply is decoded by its call's procedure.
struct NfsXidEntry {
    uint32_t xid = 0;
    uint8_t ipver = 0;  // 0: empty
    uint8_t client[16] = {};
    uint8_t server[16] = {};
    uint32_t proc = 0;
    uint32_t vers = 0;
};
struct NfsXidMap {
    std::array<NfsXidEntry, 64> entries{};
    size_t next = 0;  // slot written by the next call
    size_t hint = 0;  // where the last search matched
};

// IKEv1 initiators seen (tcpdump keeps 20): tells I from R in later packets.
struct IsakmpCookieEntry {
    uint8_t initiator[8] = {};
    uint8_t version = 0;  // 0: never written (still matches an all-zero cookie)
    uint8_t iaddr[16] = {};
    uint8_t raddr[16] = {};
};
struct IsakmpCookieCache {
    std::array<IsakmpCookieEntry, 20> entries{};
    size_t next = 0;
};

// AFS RX calls seen recently (tcpdump keeps 64): a reply is decoded by its call's opcode.
struct RxCallEntry {
    uint32_t callnum = 0;
    uint32_t client = 0;  // the call's IPv4 source (see rx.cpp for IPv6)
    uint32_t server = 0;
    uint16_t dport = 0;
    uint16_t service = 0;
    uint32_t opcode = 0;
};
struct RxCallCache {
    std::array<RxCallEntry, 64> entries{};
    size_t next = 0;  // slot written by the next call
    size_t hint = 0;  // where the last search matched
};

struct DissectState {
    explicit DissectState(TimeFormat f, int digits) : ts(f, digits) {}
    TimestampPrinter ts;
    TcpSeqTable tcp_seq;  // relative sequence numbers per TCP conversation
    // SLIP (CSLIP): last connection number and data length per direction and connection.
    uint8_t slip_lastconn = 0;
    std::array<std::array<uint32_t, 256>, 2> slip_lastlen{};
    NfsXidMap nfs_xid;
    IsakmpCookieCache isakmp_cookies;
    RxCallCache rx_calls;
};

}  // namespace rd
