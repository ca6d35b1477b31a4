// Kerberos (krb.cpp), UDP 88/750: the protocol version, and Kerberos 4 messages.
#pragma once
#include "protos.hpp"

namespace rd {

void krb_print(Ctx& ctx, Cursor c, uint32_t length);

}  // namespace rd
