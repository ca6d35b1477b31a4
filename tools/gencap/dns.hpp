// DNS messages (RFC 1035) for generated UDP traffic: one question, answers that point
// back to the question name.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>

#include "bytes.hpp"

namespace gencap {

inline constexpr uint16_t kDnsA = 1, kDnsCname = 5, kDnsAaaa = 28;

struct DnsAnswer {
    uint16_t type;
    uint32_t ttl;
    std::span<const uint8_t> rdata;
};

void dns_query(Bytes& out, uint16_t id, std::string_view name, uint16_t qtype);
// rcode 3 (NXDOMAIN) with no answers is a valid response too.
void dns_response(Bytes& out, uint16_t id, std::string_view name, uint16_t qtype,
                  std::span<const DnsAnswer> answers, uint8_t rcode = 0);

}  // namespace gencap
