#include "ringdump/format/hexdump.hpp"

namespace rd {

namespace {
constexpr char kDigits[] = "0123456789abcdef";

// The -X column shows graphic characters only (a space is '.'); -A shows spaces too.
bool graphic(uint8_t b) { return b > 0x20 && b < 0x7f; }
bool printable(uint8_t b) { return b >= 0x20 && b < 0x7f; }

void put_hex2(OutBuf& out, uint8_t b) {
    out.put(kDigits[b >> 4]);
    out.put(kDigits[b & 0xf]);
}

void line_start(OutBuf& out, const char* prefix, uint32_t offset) {
    out.put(prefix);
    out.put("0x");
    out.hex(offset, 4);
    out.put(": ");
}
}  // namespace

void hex_dump_prefixed(OutBuf& out, const char* prefix, std::span<const uint8_t> data, uint32_t offset) {
    for (size_t i = 0; i < data.size(); i += 16) {
        line_start(out, prefix, static_cast<uint32_t>(offset + i));
        for (size_t j = i; j < i + 16 && j < data.size(); j += 2) {
            out.put(' ');
            put_hex2(out, data[j]);
            if (j + 1 < data.size()) put_hex2(out, data[j + 1]);
        }
    }
}

void hex_ascii_dump_prefixed(OutBuf& out, const char* prefix, std::span<const uint8_t> data,
                             uint32_t offset) {
    for (size_t i = 0; i < data.size(); i += 16) {
        line_start(out, prefix, static_cast<uint32_t>(offset + i));
        const size_t n = data.size() - i < 16 ? data.size() - i : 16;
        size_t width = 0;
        for (size_t j = 0; j < n; j += 2) {
            out.put(' ');
            put_hex2(out, data[i + j]);
            width += 3;
            if (j + 1 < n) {
                put_hex2(out, data[i + j + 1]);
                width += 2;
            }
        }
        for (; width < 40; ++width) out.put(' ');
        out.put("  ");
        for (size_t j = 0; j < n; ++j) out.put(graphic(data[i + j]) ? static_cast<char>(data[i + j]) : '.');
    }
}

void hex_dump(OutBuf& out, std::span<const uint8_t> data) { hex_dump_prefixed(out, "\n\t", data); }

void hex_ascii_dump(OutBuf& out, std::span<const uint8_t> data) {
    hex_ascii_dump_prefixed(out, "\n\t", data);
}

void ascii_dump(OutBuf& out, std::span<const uint8_t> data) {
    out.put('\n');
    for (size_t i = 0; i < data.size(); ++i) {
        const uint8_t b = data[i];
        if (b == '\r') {
            // tcpdump drops a CR before LF, and also one of the last two bytes.
            const size_t left = data.size() - i - 1;
            if (left > 1 && data[i + 1] != '\n') out.put('.');
            continue;
        }
        if (b == '\n' || b == '\t' || printable(b))
            out.put(static_cast<char>(b));
        else
            out.put('.');
    }
}

}  // namespace rd
