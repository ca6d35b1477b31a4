// USB link types with the Linux usbmon header (usb.cpp), for the link-type table.
#pragma once
#include "protos.hpp"

namespace rd {

uint32_t usb_linux_48_byte_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_USB_LINUX
uint32_t usb_linux_64_byte_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // LINKTYPE_USB_LINUX_MMAPPED

}  // namespace rd
