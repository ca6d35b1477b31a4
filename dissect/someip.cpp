// SOME/IP (AUTOSAR Scalable service-Oriented MiddlewarE over IP) header, UDP/TCP 30490.
#include "protos.hpp"

namespace rd {

namespace {

constexpr Tok kMsgTypes[] = {
    {0x00, "REQUEST"},          {0x01, "REQUEST_NO_RETURN"},
    {0x02, "NOTIFICATION"},     {0x80, "RESPONSE"},
    {0x81, "ERROR"},            {0x20, "TP_REQUEST"},
    {0x21, "TP_REQUEST_NO_RETURN"}, {0x22, "TP_NOTIFICATION"},
    {0xa0, "TP_RESPONSE"},      {0xa1, "TP_ERROR"},
};
constexpr Tok kReturnCodes[] = {
    {0x00, "E_OK"},
    {0x01, "E_NOT_OK"},
    {0x02, "E_UNKNOWN_SERVICE"},
    {0x03, "E_UNKNOWN_METHOD"},
    {0x04, "E_NOT_READY"},
    {0x05, "E_NOT_REACHABLE"},
    {0x06, "E_TIMEOUT"},
    {0x07, "E_WRONG_PROTOCOL_VERSION"},
    {0x08, "E_WRONG_INTERFACE_VERSION"},
    {0x09, "E_MALFORMED_MESSAGE"},
    {0x0a, "E_WRONG_MESSAGE_TYPE"},
    {0x0b, "E_E2E_REPEATED"},
    {0x0c, "E_E2E_WRONG_SEQUENCE"},
    {0x0d, "E_E2E"},
    {0x0e, "E_E2E_NOT_AVAILABLE"},
    {0x0f, "E_E2E_NO_NEW_DATA"},
};

}  // namespace

void someip_print(Ctx& ctx, Cursor c, uint32_t length) {
    OutBuf& out = ctx.out;
    ctx.proto = "someip";
    out.put("SOMEIP");
    if (length < 16) {  // the fixed header
        ctx.print_invalid();
        return;
    }
    // Each field is fetched before its separator is printed: a cut header ends with the
    // last whole field, then the marker. Service and method are one 32-bit message ID,
    // client and session one request ID.
    const uint32_t message_id = c.be32(0);
    if (ctx.truncated) return;
    out.f(", service {}", message_id >> 16);
    if (message_id & 0x8000)
        out.f(", event {}", message_id & 0x7fff);
    else
        out.f(", method {}", message_id & 0xffff);
    const uint32_t len = c.be32(4);
    if (ctx.truncated) return;
    out.f(", len {}", len);
    const uint32_t request_id = c.be32(8);  // client and session
    if (ctx.truncated) return;
    out.f(", client {}, session {}", request_id >> 16, request_id & 0xffff);
    const uint8_t pver = c.u8(12);
    if (ctx.truncated) return;
    out.f(", pver {}", pver);
    const uint8_t iver = c.u8(13);
    if (ctx.truncated) return;
    out.f(", iver {}", iver);
    const uint8_t type = c.u8(14);
    if (ctx.truncated) return;
    out.put(", msgtype ");
    put_tok(ctx, kMsgTypes, type, "Unknown");
    const uint8_t code = c.u8(15);
    if (ctx.truncated) return;
    out.put(", retcode ");
    put_tok(ctx, kReturnCodes, code, "Unknown");
    out.put('\n');
}

}  // namespace rd
