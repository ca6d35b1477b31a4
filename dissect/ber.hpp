// Private to dissect/: ASN.1 BER elements as tcpdump's SNMP printer decodes and shows
// them (ber.cpp). Only the tags the Internet SMI uses are understood; anything else is
// shown with tcpdump's bracketed complaints ("[P/U/Boolean]", "[id?P/x/7]", ...).
#pragma once
#include <cstddef>
#include <cstdint>

#include "protos.hpp"

namespace rd {

// What a decoded element holds.
enum class BerType : uint8_t {
    Any,             // a tag that decodes to nothing (context primitive 3..8)
    Null,
    Octets,          // shown as _xx hex (unexpected universal/application tags)
    Oid,
    Int,             // INTEGER (32 bits, wrapping as tcpdump's does)
    Uns,             // Counter, Gauge, TimeTicks
    Uns64,           // Counter64
    Str,             // OCTET STRING
    Seq,             // SEQUENCE
    InetAddr,        // IpAddress
    Pdu,             // any constructed context tag (an SNMP PDU)
    NoSuchObject,    // SNMPv2 exceptions (context primitive 0..2)
    NoSuchInstance,
    EndOfMibView,
};

struct BerElem {
    BerType type = BerType::Any;
    uint8_t id = 0;       // tag number (8 bits: longer tags wrap, as in tcpdump)
    uint32_t asnlen = 0;  // contents length
    size_t data = 0;      // offset of the contents in the cursor
    int32_t integer = 0;
    uint32_t uns = 0;
    uint64_t uns64 = 0;
};

// Decodes the element at off, with len bytes left in its enclosing element. Returns the
// element's total length (header and contents), or -1 after printing why it could not:
// a complaint, the truncation marker for contents not captured, or (a read past the
// capture) nothing, the packet being marked truncated.
int64_t ber_parse(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, BerElem& e);

// Shows a decoded element as tcpdump's asn1_print does; false if it stopped short.
bool ber_print(Ctx& ctx, const Cursor& c, const BerElem& e);
// The contents as "_xx" per byte.
bool ber_print_octets(Ctx& ctx, const Cursor& c, const BerElem& e);
// The contents as a quoted string when all printable, else "xx_xx_...".
bool ber_print_string(Ctx& ctx, const Cursor& c, const BerElem& e);

}  // namespace rd
