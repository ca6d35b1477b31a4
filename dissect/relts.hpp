// Private to dissect/: relative times as tcpdump prints them ("1h2m3s", "0s").
#pragma once
#include <cstdint>

#include "ringdump/dissect/context.hpp"

namespace rd {

// tcpdump's unsigned_relts_print.
inline void put_relts(Ctx& ctx, uint32_t secs) {
    static constexpr struct {
        uint32_t secs;
        char unit;
    } kUnits[] = {{31536000, 'y'}, {604800, 'w'}, {86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    if (secs == 0) {
        ctx.out.put("0s");
        return;
    }
    for (const auto& u : kUnits) {
        if (secs >= u.secs) {
            ctx.out.f("{}{}", secs / u.secs, u.unit);
            secs %= u.secs;
        }
    }
}

// tcpdump's signed_relts_print.
inline void put_signed_relts(Ctx& ctx, int32_t secs) {
    if (secs < 0) {
        ctx.out.put('-');
        put_relts(ctx, 0u - static_cast<uint32_t>(secs));
    } else {
        put_relts(ctx, static_cast<uint32_t>(secs));
    }
}

}  // namespace rd
