// Bluetooth HCI H4 with pseudo-header link type (bt.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t bt_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_BLUETOOTH_HCI_H4_WITH_PHDR

}  // namespace rd
