// Private to the OSI printers (isoclns.cpp, isis.cpp, isis_tlv.cpp, isis_subtlv.cpp):
// helpers they share to print NSAPs, system IDs and Fletcher checksums.
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd::osi {

constexpr uint8_t kNlpidClnp = 0x81, kNlpidEsis = 0x82, kNlpidIsis = 0x83;
constexpr size_t kSysIdLen = 6, kNodeIdLen = 7, kLspIdLen = 8;

// tcpdump's nlpid_values.
extern const Tok kNlpids[15];

// An NSAP of len bytes at off ("49.0001.1921..."); reading past the capture truncates.
void put_nsap(Ctx& ctx, const Cursor& c, size_t off, size_t len);
// A system ID (6 bytes), node ID (7) or LSP ID (8) at off: "1921.6800.1001.00-00".
void put_id(Ctx& ctx, const Cursor& c, size_t off, size_t len);
// " (correct)", " (incorrect should be 0x....)" or " (unverified)" for the Fletcher
// checksum over len bytes from c's base with the checksum field at cksum_off.
void put_cksum(Ctx& ctx, const Cursor& c, uint16_t cksum, size_t cksum_off, size_t len);
// The IPv4 address at off right-aligned in 15 columns (printf "%15s").
void put_ip4_padded(Ctx& ctx, const uint8_t* addr);
// Hex lines of what is captured of len bytes at off; false when off is past the capture
// (tcpdump's print_unknown_data returning 0 after its "Dissector error" line).
bool unknown_data(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t len);

// IS-IS PDU at c (NLPID first); false asks the caller to hex-dump the PDU.
bool isis_print(Ctx& ctx, Cursor c, uint32_t length);

// What the PDU's TLV loop does after one TLV body (tcpdump's gotos in isis_print).
enum class TlvEnd {
    Next,      // the -vv dump of the TLV, then the next TLV
    Trunc,     // " [|isis]" and the PDU ends (printed as decoded)
    Done,      // the PDU ends quietly, printed as decoded
    Fail,      // the PDU ends and the caller hex-dumps it
};
// One TLV body: type, length len at off in c (the PDU, base at the NLPID). pdu_len is
// the PDU length the checksum TLV covers.
TlvEnd isis_tlv(Ctx& ctx, const Cursor& c, size_t off, uint8_t type, uint8_t len, uint32_t pdu_len);

// TLV bodies (isis_tlv.cpp, isis_subtlv.cpp). Each returns how many bytes it used, 0 when
// the entry could not be decoded (the caller then prints the truncation marker).
size_t ext_is_reach(Ctx& ctx, const Cursor& c, size_t off, const char* indent, uint8_t tlv_type,
                    size_t remaining);
size_t extd_ip_reach(Ctx& ctx, const Cursor& c, size_t off, const char* indent, bool ipv6);
size_t mtid(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t remaining);
void router_cap_subtlvs(Ctx& ctx, const Cursor& c, size_t off, uint8_t len);
void mt_port_cap_subtlvs(Ctx& ctx, const Cursor& c, size_t off, size_t len);
void mt_capability_subtlvs(Ctx& ctx, const Cursor& c, size_t off, size_t len);
void metric_block(Ctx& ctx, const Cursor& c, size_t off);
// Old-style IPv4 reachability entries (TLVs 128, 130); false = stop the PDU quietly.
bool ip_reach(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t len);

}  // namespace rd::osi
