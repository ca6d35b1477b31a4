#include "ringdump/format/linktype.hpp"

#include <algorithm>
#include <cctype>

namespace rd {

namespace {
constexpr LinkTypeInfo kTable[] = {
#include "linktype_table.inc"
};

bool iequal(std::string_view a, std::string_view b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}
}  // namespace

std::span<const LinkTypeInfo> all_linktypes() { return kTable; }

const LinkTypeInfo* linktype_info(uint32_t lt) {
    for (const auto& e : kTable)
        if (e.linktype == lt) return &e;
    return nullptr;
}

const LinkTypeInfo* linktype_by_name(std::string_view name) {
    if (name.size() > 4 && iequal(name.substr(0, 4), "DLT_")) name.remove_prefix(4);
    for (const auto& e : kTable)
        if (iequal(e.name, name)) return &e;
    return nullptr;
}

bool linktype_known_to_libpcap(uint32_t lt) {
    if (lt >= 104) return lt <= 289;
    return linktype_info(lt) != nullptr;
}

std::string linktype_label(uint32_t lt) {
    if (const auto* e = linktype_info(lt))
        return std::string(e->name) + " (" + e->description + ")";
    return std::to_string(lt);
}

}  // namespace rd
