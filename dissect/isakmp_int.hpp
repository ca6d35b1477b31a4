// Private to isakmp*.cpp: what the IKEv1 and IKEv2 payload printers share. Positions are
// signed offsets from the start of the ISAKMP header (they may point past the capture,
// as tcpdump's pointers do); -1 means "stop".
#pragma once
#include <cstdint>

#include "protos.hpp"

namespace rd::ike {

constexpr int64_t kStop = -1;

// One message being printed: the cursor over the ISAKMP header and what follows, and the
// end of the captured bytes (tcpdump's snapend, which several printers use as the end).
struct Msg {
    Ctx& ctx;
    const Cursor& c;
    int64_t ep;
    const IpInfo* ip;
};

// Payload type names ("sa", "v2ke", "#N").
void put_np(Ctx& ctx, unsigned np);
// The name at index x of a table, or "#x".
void put_str_or_id(Ctx& ctx, std::span<const char* const> tab, unsigned x);
// Hex of len bytes at off; false (nothing printed) when they are not all captured.
bool rawprint(const Msg& m, int64_t off, int64_t len);
// A few bytes of data: the first 10 and the last 20 before end.
bool show_somedata(const Msg& m, int64_t cp, int64_t end);
// Data attributes (RFC 2408 3.3) from cp up to ep2; returns where the next one starts
// or kStop after a truncation.
struct AttrMap {
    const char* type;
    unsigned nvalue;
    const char* value[30];
};
int64_t attr_print(const Msg& m, int64_t p, int64_t ep2, const AttrMap* map, size_t nmap);
extern const AttrMap kOakleyMap[17];

// A chain of payloads starting with type np at ext (tcpdump's ikev1_sub_print and
// ikev2_sub_print); v2 selects the IKEv2 walker (encrypted payloads, length checks).
int64_t sub_print(const Msg& m, unsigned np, int64_t ext, uint32_t phase, uint32_t doi,
                  uint32_t proto, int depth, bool v2);
// IKEv1 payload printers (isakmp_v1.cpp); false when np has none.
bool v1_payload(const Msg& m, unsigned np, int64_t ext, uint32_t item_len, uint32_t phase,
                uint32_t doi, uint32_t proto, int depth, int64_t& result);
// IKEv2 payload printers (isakmp_v2.cpp); false when np has none. The encrypted payload
// (46) is printed only by the IKEv2 walker.
bool v2_payload(const Msg& m, unsigned np, int64_t ext, uint32_t item_len, int depth,
                int64_t& result);
int64_t v2_encrypted_print(const Msg& m, int64_t ext, uint32_t item_len);

void put_indent(Ctx& ctx, int depth);

}  // namespace rd::ike
