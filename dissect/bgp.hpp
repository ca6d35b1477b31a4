// BGP-4 (RFC 4271) printer, shared between bgp.cpp (messages, OPEN, NOTIFICATION),
// bgp_attr.cpp (path attributes) and bgp_nlri.cpp (prefixes, MP_REACH/UNREACH NLRI).
// tcp.cpp includes it for the port-179 entry point.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "protos.hpp"

namespace rd {

// TCP port 179 payload (prints ": BGP" and, with -v, every message in the segment).
void bgp_print(Ctx& ctx, Cursor c, uint32_t length);

namespace bgp {

// Text built before it is printed, as tcpdump does for NLRI entries (snprintf into a
// fixed buffer): what does not fit is dropped, like snprintf's truncation.
class TextBuf {
public:
    explicit TextBuf(size_t cap = kDefaultCap) : cap_(cap < kMax ? cap : kMax) {}
    void put(std::string_view s) {
        for (char ch : s) {
            if (len_ + 1 >= cap_) return;
            data_[len_++] = ch;
        }
    }
    void put(char ch) { put(std::string_view(&ch, 1)); }
    template <typename... Args>
    void f(const char* fmt_str, const Args&... args);
    void dec(uint64_t v);
    std::string_view view() const { return {data_, len_}; }
    size_t size() const { return len_; }
    void clear() { len_ = 0; }
    static constexpr size_t kDefaultCap = 164;  // MAXHOSTNAMELEN + 100

private:
    static constexpr size_t kMax = 256;
    char data_[kMax];
    size_t len_ = 0;
    size_t cap_;
};

// Token tables shared by the BGP files.
std::span<const Tok> af_names();    // address family numbers (tcpdump's af_values)
std::span<const Tok> safi_names();  // subsequent address family identifiers
const char* tok_or(std::span<const Tok> t, uint32_t v, const char* dflt);

// AS number, asplain or (with -b, above 65535) asdot.
void put_as(Ctx& ctx, TextBuf& b, uint32_t as);
void put_as(Ctx& ctx, uint32_t as);
// IPv4/IPv6 address text (numeric) of bytes at off (the bytes must be readable).
void ip4_text(TextBuf& b, const Cursor& c, size_t off);
void ip6_text(TextBuf& b, const Cursor& c, size_t off);
void ip4_text(TextBuf& b, const uint8_t* a);
void ip6_text(TextBuf& b, const uint8_t* a);
// ISO NSAP text (tcpdump's isonsap_string).
void nsap_text(TextBuf& b, const uint8_t* a, size_t len);
// RFC 4364 route distinguisher at off (reads its 8 bytes, or 2 for unknown formats).
void rd_text(Ctx& ctx, TextBuf& b, const Cursor& c, size_t off);

// Could the NLRI at off (length bytes) carry RFC 7911 path identifiers?
bool check_add_path(const Cursor& c, size_t off, uint32_t length, unsigned max_bits);

// An IPv4 prefix (length byte + bytes) at off within itemlen bytes: bytes used,
// -1 for a bad prefix length, -2 when itemlen is too short.
int decode_prefix4(const Cursor& c, size_t off, uint32_t itemlen, TextBuf& b);

// AFI/SAFI header of MP_REACH/MP_UNREACH at off: 0 known, -1 no decoder (printed),
// -2 truncated.
int mp_af_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t tlen, uint16_t& af, uint8_t& safi);
// The MP_REACH next hops (nhlen bytes at off) for af/safi; false: truncated.
bool mp_nexthop_print(Ctx& ctx, const Cursor& c, size_t& off, uint32_t& tlen, uint8_t nhlen,
                      uint16_t af, uint8_t safi);
// One NLRI entry: bytes used, or < 0 (-2: truncated).
int nlri_print(Ctx& ctx, uint16_t af, uint8_t safi, const Cursor& c, size_t off, uint32_t len,
               bool add_path4, bool add_path6);

// One path attribute's value (len bytes at off). false: truncated (" [|bgp]").
bool attr_print(Ctx& ctx, uint8_t atype, const Cursor& c, size_t off, uint32_t len, unsigned level);
// ", Flags [OTPE+x]" after an attribute header; the attribute names.
void put_update_attr_flags(Ctx& ctx, uint8_t flags);
std::span<const Tok> attr_names();

}  // namespace bgp
}  // namespace rd

#include <fmt/format.h>

template <typename... Args>
void rd::bgp::TextBuf::f(const char* fmt_str, const Args&... args) {
    char tmp[kMax];
    const auto r = fmt::format_to_n(tmp, sizeof tmp, fmt::runtime(fmt_str), args...);
    put(std::string_view(tmp, r.size < sizeof tmp ? r.size : sizeof tmp));
}
