// RSVP object list printer shared by rsvp.cpp (messages) and rsvp_obj.cpp (objects).
#pragma once
#include "protos.hpp"

namespace rd {

// The objects in [off, off + tlen) of c, each line led by indent; -1 when an error ended
// the list (the caller stops too).
int rsvp_objects_print(Ctx& ctx, const Cursor& c, size_t off, const char* indent, uint32_t tlen);

}  // namespace rd
