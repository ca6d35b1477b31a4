// Private to radius*.cpp: the EAP message printer the attribute printers call.
#pragma once
#include "protos.hpp"

namespace rd {

// The EAP packet of `length` bytes at p in c (one EAP-Message attribute value).
void radius_eap_print(Ctx& ctx, const Cursor& c, size_t p, uint32_t length);

}  // namespace rd
