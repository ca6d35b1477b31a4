#include "dns.hpp"

namespace gencap {
namespace {

void put_name(Bytes& out, std::string_view name) {
    while (!name.empty()) {
        size_t dot = name.find('.');
        std::string_view label = name.substr(0, dot);
        out.u8(static_cast<uint8_t>(label.size()));
        out.put(label);
        name = dot == std::string_view::npos ? std::string_view{} : name.substr(dot + 1);
    }
    out.u8(0);
}

void header(Bytes& out, uint16_t id, uint16_t flags, uint16_t answers) {
    out.clear();
    out.u16(id);
    out.u16(flags);
    out.u16(1);  // one question
    out.u16(answers);
    out.u16(0);
    out.u16(0);
}

void question(Bytes& out, std::string_view name, uint16_t qtype) {
    put_name(out, name);
    out.u16(qtype);
    out.u16(1);  // class IN
}

}  // namespace

void dns_query(Bytes& out, uint16_t id, std::string_view name, uint16_t qtype) {
    header(out, id, 0x0100, 0);  // standard query, recursion desired
    question(out, name, qtype);
}

void dns_response(Bytes& out, uint16_t id, std::string_view name, uint16_t qtype,
                  std::span<const DnsAnswer> answers, uint8_t rcode) {
    // response, recursion desired and available
    header(out, id, static_cast<uint16_t>(0x8180 | (rcode & 0xf)),
           static_cast<uint16_t>(answers.size()));
    question(out, name, qtype);
    for (const DnsAnswer& a : answers) {
        out.u16(0xc00c);  // compression pointer to the question's name
        out.u16(a.type);
        out.u16(1);
        out.u32(a.ttl);
        out.u16(static_cast<uint16_t>(a.rdata.size()));
        out.put(a.rdata);
    }
}

}  // namespace gencap
