#include "ringdump/dissect/context.hpp"

#include "state.hpp"

namespace rd {

Ctx::Ctx(const PrintOptions& o)
    : opt(o), names(o.nflag > 0), state_(std::make_unique<DissectState>(o.tformat, o.ts_digits)) {}

Ctx::~Ctx() = default;

}  // namespace rd
