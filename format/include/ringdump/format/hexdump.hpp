// tcpdump's -x, -X and -A packet dumps.
#pragma once
#include <cstdint>
#include <span>

#include "ringdump/format/out_buffer.hpp"

namespace rd {

// -x: "\n\t0x0000:  4500 003c ..." 16 bytes a line.
void hex_dump(OutBuf& out, std::span<const uint8_t> data);
// -X: the same with an ASCII column.
void hex_ascii_dump(OutBuf& out, std::span<const uint8_t> data);
// -A: "\n" then the bytes as text (printable as is, CR before LF dropped, others '.').
void ascii_dump(OutBuf& out, std::span<const uint8_t> data);
// Hex dump lines with a caller-chosen line prefix (tcpdump's hex_print_with_offset,
// used by printers for unknown payloads under -v): prefix then "0x%04x: " and groups.
void hex_dump_prefixed(OutBuf& out, const char* prefix, std::span<const uint8_t> data,
                       uint32_t offset = 0);
void hex_ascii_dump_prefixed(OutBuf& out, const char* prefix, std::span<const uint8_t> data,
                             uint32_t offset = 0);

}  // namespace rd
