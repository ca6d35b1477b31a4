// Test helpers: print hand-built packets through the real pipeline and compare text.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "ringdump/capture/packet.hpp"
#include "ringdump/dissect/context.hpp"
#include "ringdump/dissect/print.hpp"

namespace rd::test {

// Bytes from a hex string; spaces and newlines are ignored ("4500 001c ...").
inline std::vector<uint8_t> hex(const std::string& s) {
    std::vector<uint8_t> out;
    int nib = -1;
    for (char ch : s) {
        int v = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
              : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
        if (v < 0) continue;
        if (nib < 0) {
            nib = v;
        } else {
            out.push_back(static_cast<uint8_t>(nib << 4 | v));
            nib = -1;
        }
    }
    return out;
}

// One packet's text as `ringdump -t -n [opts]` prints it (no timestamp), without the
// final newline. caplen may be cut below the bytes given to test truncation.
inline std::string print_one(const std::vector<uint8_t>& bytes, uint32_t linktype,
                             PrintOptions opt = {}, uint32_t caplen = UINT32_MAX,
                             uint32_t wirelen = 0) {
    opt.tformat = TimeFormat::None;
    if (opt.nflag == 0) opt.nflag = 1;
    Ctx ctx(opt);
    PacketRef pkt;
    pkt.data = bytes.data();
    pkt.caplen = caplen < bytes.size() ? caplen : static_cast<uint32_t>(bytes.size());
    pkt.wirelen = wirelen ? wirelen : static_cast<uint32_t>(bytes.size());
    pkt.linktype = linktype;
    print_packet(ctx, pkt, 1);
    std::string s(ctx.out.view());
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

// PrintOptions from tcpdump's option letters: "evv" is -e -vv (e, q, v, x, X, H).
inline PrintOptions opts(const char* letters) {
    PrintOptions o;
    for (const char* p = letters; *p; ++p) {
        switch (*p) {
        case 'e': o.eflag = true; break;
        case 'q': o.qflag = true; break;
        case 'v': ++o.vflag; break;
        case 'x': ++o.xflag; break;
        case 'X': ++o.Xflag; break;
        case 'H': ++o.Hflag; break;
        default: break;
        }
    }
    return o;
}

// PrintOptions for -v repeated v times, with -e when e.
inline PrintOptions opts(int v, bool e = false) {
    PrintOptions o;
    o.vflag = v;
    o.eflag = e;
    return o;
}

}  // namespace rd::test
