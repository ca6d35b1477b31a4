// AFS argument types as tcpdump shows them: fids, XDR strings, store status, dates,
// Ubik versions, AFS UUIDs, names stored one character a word, and ACL text.
#include <climits>
#include <ctime>
#include <string_view>

#include "rx_int.hpp"

namespace rd::rx {

// The label goes out before the value is read: a value past the capture leaves it shown.
void Args::put_int(const char* label) {
    if (label) out().put(label);
    const int32_t v = s32();
    out().f(" {}", v);
}

void Args::put_uint(const char* label) {
    if (label) out().put(label);
    const uint32_t v = u32();
    out().f(" {}", v);
}

void Args::put_uint64(const char* label) {
    if (label) out().put(label);
    const uint64_t v = c_.be64(pos_);
    pos_ += 8;
    out().f(" {}", v);
}

void Args::put_date(const char* label) {
    if (label) out().put(label);
    const time_t t = s32();
    if (!ok()) return;
    struct tm tm {};
    char buf[64];
    if (localtime_r(&t, &tm) != nullptr && std::strftime(buf, sizeof buf, "%Y/%m/%d %H:%M:%S", &tm) > 0) {
        out().put(' ');
        out().put(buf);
    } else {
        out().put(' ');
    }
}

bool Args::fid() {
    if (!has(12)) return false;
    const uint32_t a = u32(), b = u32(), c = u32();
    out().f(" fid {}/{}/{}", a, b, c);
    return true;
}

bool Args::str(uint32_t max) {
    const uint32_t n = u32();
    if (!ok() || n > max) return false;
    out().put(" \"");
    if (put_string_n_checked(ctx_, c_, pos_, n)) return false;
    out().put('"');
    pos_ += (static_cast<size_t>(n) + 3) / 4 * 4;
    return true;
}

bool Args::store_status() {
    if (!has(24)) return false;
    const uint32_t mask = u32();
    if (mask) out().put(" StoreStatus");
    if (mask & 1)
        put_date(" date");
    else
        skip(4);
    uint32_t v = u32();
    if (mask & 2) out().f(" owner {}", v);
    v = u32();
    if (mask & 4) out().f(" group {}", v);
    v = u32();
    if (mask & 8) out().f(" mode {:o}", v & 07777);
    v = u32();
    if (mask & 16) out().f(" segsize {}", v);
    if (mask & 1024) out().put(" fsync");
    return true;
}

bool Args::ubik_version() {
    if (!has(8)) return false;
    const uint32_t epoch = u32(), counter = u32();
    out().f(" {}.{}", epoch, counter);
    return true;
}

bool Args::afsuuid() {
    if (!has(44)) return false;
    out().f(" {:08x}", u32());
    out().f("{:04x}", u32());
    out().f("{:04x}", u32());
    for (int i = 0; i < 8; ++i) out().f("{:02x}", static_cast<uint8_t>(u32()));
    return true;
}

bool Args::vec(uint32_t max) {
    if (!has(static_cast<size_t>(max) * 4)) return false;
    out().put(" \"");
    bool ended = false;
    for (uint32_t k = 0; k < max; ++k) {
        const uint8_t ch = static_cast<uint8_t>(u32());
        if (ch == 0) ended = true;
        if (!ended) put_char_escaped(out(), ch);
    }
    out().put('"');
    return true;
}

bool Args::dest_server() {
    if (!has(12)) return false;
    const uint32_t a = u32(), b = u32(), c = u32();
    out().f(" server {}:{}:{}", a, b, c);
    return true;
}

bool Args::fid_list() {
    const uint32_t n = u32();
    for (uint32_t i = 0; i < n && ok(); ++i) {
        if (!fid()) return false;
        if (i != n - 1) out().put(',');
    }
    if (n == 0) out().put(" <none!>");
    return true;
}

namespace {

// sscanf over the ACL text: whitespace, %d and %s conversions.
struct Scan {
    std::string_view s;
    size_t pos;

    static bool space(char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
    void skip_space() {
        while (pos < s.size() && space(s[pos])) ++pos;
    }
    bool integer(int& v) {
        skip_space();
        size_t p = pos;
        bool neg = false;
        if (p < s.size() && (s[p] == '+' || s[p] == '-')) neg = s[p++] == '-';
        if (p >= s.size() || s[p] < '0' || s[p] > '9') return false;
        // Like strtol: saturate at the long range, then narrow to int.
        long long acc = 0;
        bool over = false;
        while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
            const int d = s[p] - '0';
            if (!over && acc > (LLONG_MAX - d) / 10) over = true;
            if (!over) acc = acc * 10 + d;
            ++p;
        }
        long long r = over ? (neg ? LLONG_MIN : LLONG_MAX) : (neg ? -acc : acc);
        v = static_cast<int>(static_cast<uint32_t>(static_cast<uint64_t>(r)));
        pos = p;
        return true;
    }
    bool word(std::string_view& w, size_t max) {
        skip_space();
        const size_t start = pos;
        while (pos < s.size() && !space(s[pos]) && pos - start < max) ++pos;
        w = s.substr(start, pos - start);
        return !w.empty();
    }
};

void put_rights(OutBuf& out, int acl) {
    static constexpr struct {
        int bit;
        char ch;
    } kRights[] = {{1, 'r'}, {8, 'l'}, {4, 'i'}, {16, 'd'}, {2, 'w'}, {32, 'k'}, {64, 'a'}};
    for (const auto& r : kRights)
        if (acl & r.bit) out.put(r.ch);
}

}  // namespace

bool Args::acl() {
    uint32_t n = u32();
    if (!ok() || !has(n)) return false;
    if (n > 1024) n = 1024;
    // The text up to its first NUL, as strncpy leaves it.
    const auto raw = c_.bytes(pos_, n);
    size_t len = 0;
    while (len < raw.size() && raw[len] != 0) ++len;
    Scan sc{std::string_view(reinterpret_cast<const char*>(raw.data()), len), 0};
    int npos = 0, nneg = 0;
    if (!sc.integer(npos) || !sc.integer(nneg)) return true;
    sc.skip_space();
    std::string_view user;
    for (int pass = 0; pass < 2; ++pass) {
        const int count = pass == 0 ? npos : nneg;
        for (int i = 0; i < count; ++i) {
            int rights = 0;
            if (!sc.word(user, 1024) || !sc.integer(rights)) return true;
            sc.skip_space();
            out().put(pass == 0 ? " +{" : " -{");
            for (char ch : user) put_char_escaped(out(), static_cast<uint8_t>(ch));
            out().put(' ');
            put_rights(out(), rights);
            out().put('}');
        }
    }
    return true;
}

}  // namespace rd::rx
