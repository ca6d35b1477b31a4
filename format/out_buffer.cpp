#include "ringdump/format/out_buffer.hpp"

namespace rd {

void OutBuf::dec(uint64_t v) {
    if (muted_) return;
    char tmp[20];
    char* p = tmp + sizeof tmp;
    do {
        *--p = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v != 0);
    buf_.append(p, tmp + sizeof tmp);
}

void OutBuf::hex(uint64_t v) {
    if (muted_) return;
    static constexpr char digits[] = "0123456789abcdef";
    char tmp[16];
    char* p = tmp + sizeof tmp;
    do {
        *--p = digits[v & 0xf];
        v >>= 4;
    } while (v != 0);
    buf_.append(p, tmp + sizeof tmp);
}

void OutBuf::hex(uint64_t v, int width) {
    if (muted_) return;
    static constexpr char digits[] = "0123456789abcdef";
    char tmp[16];
    int n = 0;
    while (n < width || v != 0) {
        if (n == 16) break;
        tmp[15 - n] = digits[v & 0xf];
        v >>= 4;
        ++n;
    }
    buf_.append(tmp + 16 - n, tmp + 16);
}

}  // namespace rd
