// Private to the ForCES printer (forces.cpp: message and top-level TLVs;
// forces_pdata.cpp: operation TLVs and PATH-DATA). Offsets are relative to the ForCES
// header; the cursor runs to the end of the capture (the printer may read past the
// message, as tcpdump does). Printers return -1 when the message's printing stops.
#pragma once
#include "protos.hpp"

namespace rd::forces {

constexpr uint32_t kTlvHdr = 4;
constexpr uint32_t kIlvHdr = 8;

// TLV types (RFC 5810 section 7 and the IANA registry).
constexpr uint16_t kTlvRedirect = 0x0001;
constexpr uint16_t kTlvPathData = 0x0110;
constexpr uint16_t kTlvKeyInfo = 0x0111;
constexpr uint16_t kTlvFullData = 0x0112;
constexpr uint16_t kTlvSparseData = 0x0113;
constexpr uint16_t kTlvResult = 0x0114;
constexpr uint16_t kTlvMetaData = 0x0115;
constexpr uint16_t kTlvRedirectData = 0x0116;

// Data encodings an operation allows, and path flags folded into the same mask.
constexpr uint16_t kFullData = 0x01;
constexpr uint16_t kSparseData = 0x02;
constexpr uint16_t kResultTlv = 0x04;
constexpr uint16_t kKeyIn = 0x08;
constexpr uint16_t kAppend = 0x10;
constexpr uint16_t kTableRange = 0x20;

inline uint32_t align4(uint32_t len) { return (len + 3) & ~uint32_t{3}; }

// Why an xLV does not fit: 0 when it does.
uint32_t tlv_check(uint32_t tlv_len, uint32_t room);
uint32_t ilv_check(Ctx& ctx, const Cursor& c, size_t off, uint32_t room);
// "Invalid total length", ...; tcpdump's "#N" for other codes.
void put_check_error(Ctx& ctx, uint32_t code);
// TLV type names ("LFBselect TLV", ...), "#N" when unknown.
void put_tlv_name(Ctx& ctx, uint16_t type);

// tcpdump's indentation strings: n spaces, or a newline and n-1 spaces.
class Indent {
public:
    Indent(int n, bool newline);
    const char* str() const { return buf_; }
    const char* after_newline() const { return buf_ + 1; }

private:
    char buf_[258];
};

// Hex words, 16 bytes a line, each line led by ident and the offset (tcpdump's
// hex_print); running off the capture truncates the packet.
void hex_words(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, const char* ident);

// Operation TLVs and PATH-DATA (forces_pdata.cpp).
int invalid_op_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, int indent);
int path_data_list_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk,
                         int indent);
int single_path_data_print(Ctx& ctx, const Cursor& c, size_t off, uint32_t len, uint16_t op_msk,
                           int indent);

}  // namespace rd::forces
