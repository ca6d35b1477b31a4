// USB captured by Linux usbmon: LINKTYPE_USB_LINUX (48-byte header) and
// LINKTYPE_USB_LINUX_MMAPPED (64-byte header). tcpdump prints a one-line URB summary
// (transfer type, event, direction, bus:device:endpoint; -q: just "USB") and nothing of
// the payload.
// The header is in the capturing host's byte order (little-endian for x86 captures).
#include "usb.hpp"

namespace rd {

namespace {

constexpr uint32_t kHdr48 = 48, kHdr64 = 64;
constexpr size_t kEventOff = 8, kTransferOff = 9, kEndpointOff = 10, kDeviceOff = 11, kBusOff = 12;
enum : uint8_t { kIso = 0, kInterrupt = 1, kControl = 2, kBulk = 3 };
constexpr Tok kTransfers[] = {{kIso, "ISOCHRONOUS"}, {kInterrupt, "INTERRUPT"}, {kControl, "CONTROL"}, {kBulk, "BULK"}};
constexpr Tok kEvents[] = {{'S', " SUBMIT"}, {'C', " COMPLETE"}, {'E', " ERROR"}};

// " from" (to the host), " to" (to the device) or nothing for an unknown type/event.
const char* direction(uint8_t transfer, uint8_t event) {
    const bool submit = event == 'S', done = event == 'C' || event == 'E';
    if (!submit && !done) return "";
    switch (transfer) {
    case kIso:
    case kControl:
    case kBulk: return submit ? " to" : " from";
    case kInterrupt: return submit ? " from" : " to";  // interrupt URBs are polled by the host
    default: return "";
    }
}

uint32_t usb_print(Ctx& ctx, const Cursor& c, uint32_t hdrlen) {
    // A short header is tcpdump's longjmp kind of truncation: the marker comes at the end
    // and the -x dump shows the whole record, outer headers (PPI) included.
    if (!c.need(0, hdrlen)) return 0;
    OutBuf& out = ctx.out;
    const uint8_t transfer = c.u8(kTransferOff), event = c.u8(kEventOff);
    out.put("USB");
    if (ctx.opt.qflag) return hdrlen;
    out.put(' ');
    const char* t = tok_lookup(kTransfers, transfer);
    out.put(t ? t : " ?");
    const char* e = tok_lookup(kEvents, event);
    out.put(e ? e : " ?");
    out.put(direction(transfer, event));
    out.f(" {}:{}:{}", c.le16(kBusOff), c.u8(kDeviceOff), c.u8(kEndpointOff) & 0x7f);
    return hdrlen;
}

}  // namespace

uint32_t usb_linux_48_byte_if_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "usb_linux_48_byte";
    return usb_print(ctx, c, kHdr48);
}

uint32_t usb_linux_64_byte_if_print(Ctx& ctx, Cursor c, uint32_t) {
    ctx.proto = "usb_linux_64_byte";
    return usb_print(ctx, c, kHdr64);
}

}  // namespace rd
