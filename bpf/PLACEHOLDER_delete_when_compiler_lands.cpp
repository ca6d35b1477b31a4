// Placeholder so the tree links before the filter compiler exists.
// bpf/ owner: DELETE THIS FILE as soon as your compile/dump/run definitions exist.
#include "ringdump/bpf/filter.hpp"

namespace rd::bpf {
Result<FilterProgram> compile(std::string_view, const CompileOptions&) {
    return Error{"filter expressions are not supported yet"};
}
std::string dump(const FilterProgram&, int) { return {}; }
uint32_t run(const FilterProgram&, std::span<const uint8_t>, uint32_t) { return 0; }
}  // namespace rd::bpf
