// Private to the DNS printer files (dns*.cpp): the pieces they share. Offsets are
// relative to the Cursor's base, which is the DNS header; the Cursor's end is the end of
// the captured bytes (tcpdump's snapend), which all of tcpdump's DNS checks compare with.
#pragma once
#include <cstddef>
#include <cstdint>

#include "protos.hpp"

namespace rd::dns {

// "No position": a name or record could not be printed or skipped.
inline constexpr size_t kNone = SIZE_MAX;

// ---- dns_name.cpp ----------------------------------------------------------------------
// Offset after the name at off without printing it, or kNone when it cannot be walked
// (unknown label type, or the name runs off the captured bytes).
size_t skip_name(const Cursor& m, size_t off);
// Prints the name at off (compression pointers count from `base`); returns the offset
// after the name in place, or kNone after printing tcpdump's complaint, if any.
size_t print_name(Ctx& ctx, const Cursor& m, size_t off, size_t base);
// Prints n bytes at off as tcpdump prints untrusted text (M- and ^ escapes), stopping at
// the end of the captured bytes; false when it had to stop early.
bool print_text(Ctx& ctx, const Cursor& m, size_t off, size_t n);

// ---- dns_rr.cpp ------------------------------------------------------------------------
// A question entry at off (" A? name."); returns the offset after it or kNone.
size_t print_question(Ctx& ctx, const Cursor& m, size_t off, bool mdns);
// A resource record at off; returns the offset after it, kNone when the message text has
// to end with the truncation marker, or m.size() when its fixed part is not captured.
size_t print_record(Ctx& ctx, const Cursor& m, size_t off, bool mdns);

// ---- dns_edns.cpp ----------------------------------------------------------------------
// One EDNS0 option at off (inside an OPT record); returns the offset after it or kNone.
size_t print_edns_option(Ctx& ctx, const Cursor& m, size_t off);

}  // namespace rd::dns
