// Radiotap capture headers (link type 127, SLL hatype 803): the presence bitmaps (with
// extensions and vendor namespaces), the fields tcpdump prints (TSFT, flags, rate,
// channel, FHSS, signal/noise, attenuation, antenna, XChannel, MCS, VHT) and the flags
// that change how the 802.11 frame after it is read (FCS at the end, header padding).
#include "ieee80211.hpp"

namespace rd {

namespace {

// Presence bits.
enum : uint32_t {
    kTsft = 0, kFlags = 1, kRate = 2, kChannel = 3, kFhss = 4, kDbmAntSignal = 5,
    kDbmAntNoise = 6, kLockQuality = 7, kTxAttenuation = 8, kDbTxAttenuation = 9,
    kDbmTxPower = 10, kAntenna = 11, kDbAntSignal = 12, kDbAntNoise = 13, kRxFlags = 14,
    kXChannel = 18, kMcs = 19, kAmpduStatus = 20, kVht = 21,
    kRadiotapNamespace = 29, kVendorNamespace = 30, kExt = 31,
};

// Flags field bits.
constexpr uint8_t kFlagCfp = 0x01, kFlagShortPre = 0x02, kFlagWep = 0x04, kFlagFrag = 0x08,
                  kFlagFcs = 0x10, kFlagDataPad = 0x20, kFlagBadFcs = 0x40;

// Channel flags.
constexpr uint32_t kChanTurbo = 0x10, kChanCck = 0x20, kChanOfdm = 0x40, kChan2Ghz = 0x80,
                   kChan5Ghz = 0x100, kChanDyn = 0x400, kChanGfsk = 0x800,
                   kChanHalf = 0x4000, kChanQuarter = 0x8000, kChanHt20 = 0x10000,
                   kChanHt40U = 0x20000, kChanHt40D = 0x40000;

bool chan_is(uint32_t flags, uint32_t want) { return (flags & want) == want; }

// The header's fields, read in order with natural alignment from the header start
// (tcpdump's cpack). A field that does not fit ends the walk.
class FieldReader {
public:
    FieldReader(const Cursor& hdr, size_t len) : hdr_(hdr), len_(len) {}
    bool skip(size_t n) {
        if (len_ - next_ < n) return false;
        next_ += n;
        return true;
    }
    bool u8(uint8_t& v) { return take(1, [&](size_t o) { v = hdr_.u8(o); }); }
    bool u16(uint16_t& v) { return take(2, [&](size_t o) { v = hdr_.le16(o); }); }
    bool u32(uint32_t& v) { return take(4, [&](size_t o) { v = hdr_.le32(o); }); }
    bool u64(uint64_t& v) { return take(8, [&](size_t o) { v = hdr_.le64(o); }); }
    bool align(size_t n) {  // reserve n bytes at the next multiple of n
        const size_t at = (next_ + n - 1) / n * n;
        return at + n <= len_;
    }

private:
    template <class F>
    bool take(size_t n, F&& read) {
        const size_t at = (next_ + n - 1) / n * n;
        if (at + n > len_) return false;
        read(at);
        next_ = at + n;
        return true;
    }
    Cursor hdr_;
    size_t len_;
    size_t next_ = 0;
};

// 802.11n data rates of MCS 0-76 for 20 MHz with the long guard interval, in units of
// 500 kb/s (0 = not defined); MCS 0-31 repeat 0-7 per spatial stream.
constexpr uint16_t kMcsBase[8] = {13, 26, 39, 52, 78, 104, 117, 130};
constexpr uint16_t kMcsUnequal[44] = {  // MCS 33-76 (unequal modulation)
    78,  104, 130, 117, 156, 195, 104, 130, 130, 156, 182, 182, 208, 156, 195,
    195, 234, 273, 273, 312, 130, 156, 182, 156, 182, 208, 234, 208, 234, 260,
    260, 286, 195, 234, 273, 234, 273, 312, 351, 312, 351, 390, 390, 429,
};
constexpr uint32_t kMaxMcs = 76;

// The rate of an MCS in tenths of Mb/s (rounded as "%.1f" would), 0 when undefined.
uint32_t mcs_rate_tenths(uint32_t mcs, bool forty, bool short_gi) {
    if (mcs == 32) {  // only defined at 40 MHz: 6.0 or 6.7 Mb/s
        if (!forty) return 0;
        return short_gi ? 67 : 60;
    }
    uint32_t half = mcs < 32 ? kMcsBase[mcs % 8] * (mcs / 8 + 1) : kMcsUnequal[mcs - 33];
    // rate = half/2 Mb/s, x108/52 subcarriers at 40 MHz, x10/9 with the short GI
    uint64_t num = uint64_t{half} * 10 * (forty ? 108 : 52) * (short_gi ? 10 : 9);
    const uint64_t den = uint64_t{2} * 52 * 9;
    return static_cast<uint32_t>((num + den / 2) / den);
}

void tenths_text(Ctx& ctx, uint32_t t) { ctx.out.f("{}.{}", t / 10, t % 10); }

// Rate in units of 500 kb/s as tcpdump's "%2.1f" of rate*0.5.
void half_rate_text(Ctx& ctx, uint32_t half) { ctx.out.f("{}.{}", half / 2, (half & 1) ? 5 : 0); }

void chaninfo_text(Ctx& ctx, uint16_t freq, uint32_t flags, uint32_t present) {
    ctx.out.f("{} MHz", freq);
    if (present & (1u << kMcs)) {
        ctx.out.put(" 11n");  // an MCS field means 11n whatever the flags say
    } else {
        if (chan_is(flags, kChan2Ghz | kChanGfsk)) ctx.out.put(" FHSS");
        if (chan_is(flags, kChan5Ghz | kChanOfdm)) {
            if (flags & kChanHalf)
                ctx.out.put(" 11a/10Mhz");
            else if (flags & kChanQuarter)
                ctx.out.put(" 11a/5Mhz");
            else
                ctx.out.put(" 11a");
        }
        if (chan_is(flags, kChan2Ghz | kChanOfdm) || chan_is(flags, kChan2Ghz | kChanDyn)) {
            if (flags & kChanHalf)
                ctx.out.put(" 11g/10Mhz");
            else if (flags & kChanQuarter)
                ctx.out.put(" 11g/5Mhz");
            else
                ctx.out.put(" 11g");
        } else if (chan_is(flags, kChan2Ghz | kChanCck)) {
            ctx.out.put(" 11b");
        }
        if (flags & kChanTurbo) ctx.out.put(" Turbo");
    }
    if (flags & kChanHt20)
        ctx.out.put(" ht/20");
    else if (flags & kChanHt40D)
        ctx.out.put(" ht/40-");
    else if (flags & kChanHt40U)
        ctx.out.put(" ht/40+");
    ctx.out.put(' ');
}

constexpr const char* kHtBandwidth[4] = {"20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)"};

// tcpdump's table, including its repeated "(UUU)" at index 21.
constexpr const char* kVhtBandwidth[32] = {
    "20 MHz",       "40 MHz",       "20 MHz (L)",   "20 MHz (U)",   "80 MHz",
    "80 MHz (L)",   "80 MHz (U)",   "80 MHz (LL)",  "80 MHz (LU)",  "80 MHz (UL)",
    "80 MHz (UU)",  "160 MHz",      "160 MHz (L)",  "160 MHz (U)",  "160 MHz (LL)",
    "160 MHz (LU)", "160 MHz (UL)", "160 MHz (UU)", "160 MHz (LLL)", "160 MHz (LLU)",
    "160 MHz (LUL)", "160 MHz (UUU)", "160 MHz (ULL)", "160 MHz (ULU)", "160 MHz (UUL)",
    "160 MHz (UUU)", "unknown (26)", "unknown (27)", "unknown (28)", "unknown (29)",
    "unknown (30)", "unknown (31)",
};

void mcs_text(Ctx& ctx, uint8_t known, uint8_t flags, uint8_t mcs) {
    if (known & 0x02) {  // MCS index known
        uint32_t tenths = 0;
        // tcpdump looks the rate up when either the bandwidth or the GI is known.
        if (mcs <= kMaxMcs && (known & (0x01 | 0x04)))
            tenths = mcs_rate_tenths(mcs, (flags & 0x03) == 1, flags & 0x04);
        if (tenths != 0) {
            tenths_text(ctx, tenths);
            ctx.out.put(" Mb/s ");
        }
        ctx.out.f("MCS {} ", mcs);
    }
    if (known & 0x01) ctx.out.f("{} ", kHtBandwidth[flags & 0x03]);
    if (known & 0x04) ctx.out.put((flags & 0x04) ? "short GI " : "long GI ");
    if (known & 0x08) ctx.out.put((flags & 0x08) ? "greenfield " : "mixed ");
    if (known & 0x10) ctx.out.put((flags & 0x10) ? "LDPC FEC " : "BCC FEC ");
    if (known & 0x20) ctx.out.f("RX-STBC{} ", (flags & 0x60) >> 5);
}

enum class FieldResult { Ok, Stop };

// One field of the default namespace; Stop after an unknown bit (its size is unknown)
// or when the header ends inside the field.
FieldResult field_print(Ctx& ctx, FieldReader& r, uint32_t bit, uint8_t& flags_out,
                        uint32_t present) {
    auto trunc = [&] {
        ctx.print_trunc();
        return FieldResult::Stop;
    };
    switch (bit) {
    case kTsft: {
        uint64_t v;
        if (!r.u64(v)) return trunc();
        ctx.out.f("{}us tsft ", v);
        break;
    }
    case kFlags: {
        uint8_t v;
        if (!r.u8(v)) return trunc();
        flags_out = v;
        if (v & kFlagCfp) ctx.out.put("cfp ");
        if (v & kFlagShortPre) ctx.out.put("short preamble ");
        if (v & kFlagWep) ctx.out.put("wep ");
        if (v & kFlagFrag) ctx.out.put("fragmented ");
        if (v & kFlagBadFcs) ctx.out.put("bad-fcs ");
        break;
    }
    case kRate: {
        uint8_t v;
        if (!r.u8(v)) return trunc();
        // 0x80-0x8f: an MCS index (FreeBSD), without the width or GI to make a rate.
        if (v >= 0x80 && v <= 0x8f) {
            ctx.out.f("MCS {} ", v & 0x7f);
        } else {
            half_rate_text(ctx, v);
            ctx.out.put(" Mb/s ");
        }
        break;
    }
    case kChannel: {
        uint16_t freq, cflags;
        if (!r.u16(freq) || !r.u16(cflags)) return trunc();
        // XChannel, when present too, says it instead.
        if (!(present & (1u << kXChannel))) chaninfo_text(ctx, freq, cflags, present);
        break;
    }
    case kFhss: {
        uint8_t set, pat;
        if (!r.u8(set) || !r.u8(pat)) return trunc();
        ctx.out.f("fhset {} fhpat {} ", set, pat);
        break;
    }
    case kDbmAntSignal:
    case kDbmAntNoise:
    case kDbmTxPower: {
        uint8_t v;
        if (!r.u8(v)) return trunc();
        const char* what = bit == kDbmAntSignal ? "signal" : bit == kDbmAntNoise ? "noise" : "tx power";
        ctx.out.f("{}dBm {} ", static_cast<int8_t>(v), what);
        break;
    }
    case kLockQuality: {
        uint16_t v;
        if (!r.u16(v)) return trunc();
        ctx.out.f("{} sq ", v);
        break;
    }
    case kTxAttenuation: {
        uint16_t v;
        if (!r.u16(v)) return trunc();
        ctx.out.f("{} tx power ", -static_cast<int>(static_cast<int16_t>(v)));
        break;
    }
    case kDbTxAttenuation: {
        uint8_t v;  // tcpdump reads one signed byte here (the field is 2 bytes long)
        if (!r.u8(v)) return trunc();
        ctx.out.f("{}dB tx attenuation ", -static_cast<int>(static_cast<int8_t>(v)));
        break;
    }
    case kAntenna: {
        uint8_t v;
        if (!r.u8(v)) return trunc();
        ctx.out.f("antenna {} ", v);
        break;
    }
    case kDbAntSignal:
    case kDbAntNoise: {
        uint8_t v;
        if (!r.u8(v)) return trunc();
        ctx.out.f("{}dB {} ", v, bit == kDbAntSignal ? "signal" : "noise");
        break;
    }
    case kRxFlags: {
        uint16_t v;
        if (!r.u16(v)) return trunc();
        break;
    }
    case kXChannel: {
        uint32_t cflags;
        uint16_t freq;
        uint8_t chan, maxpower;
        if (!r.u32(cflags) || !r.u16(freq) || !r.u8(chan) || !r.u8(maxpower)) return trunc();
        chaninfo_text(ctx, freq, cflags, present);
        break;
    }
    case kMcs: {
        uint8_t known, mflags, mcs;
        if (!r.u8(known) || !r.u8(mflags) || !r.u8(mcs)) return trunc();
        mcs_text(ctx, known, mflags, mcs);
        break;
    }
    case kAmpduStatus: {
        uint32_t ref;
        uint16_t aflags;
        uint8_t crc, reserved;
        if (!r.u32(ref) || !r.u16(aflags) || !r.u8(crc) || !r.u8(reserved)) return trunc();
        break;
    }
    case kVht: {
        uint16_t known, paid;
        uint8_t vflags, bw, mcs_nss[4], coding, group;
        if (!r.u16(known) || !r.u8(vflags) || !r.u8(bw)) return trunc();
        for (uint8_t& m : mcs_nss)
            if (!r.u8(m)) return trunc();
        if (!r.u8(coding) || !r.u8(group) || !r.u16(paid)) return trunc();
        for (uint32_t i = 0; i < 4; ++i) {
            if ((mcs_nss[i] & 0x0f) == 0) continue;  // no spatial streams: no user
            ctx.out.f("User {} MCS {} ", i, mcs_nss[i] >> 4);
            ctx.out.put((coding & (1u << i)) ? "LDPC FEC " : "BCC FEC ");
        }
        if (known & 0x40) ctx.out.f("{} ", kVhtBandwidth[bw & 0x1f]);
        if (known & 0x04) ctx.out.put((vflags & 0x04) ? "short GI " : "long GI ");
        break;
    }
    default:
        ctx.out.f("[bit {}] ", bit);
        return FieldResult::Stop;
    }
    return FieldResult::Ok;
}

// The fields of one presence word of the default namespace, bit0 = its first bit.
FieldResult namespace_print(Ctx& ctx, FieldReader& r, uint8_t& flags, uint32_t present,
                            uint32_t bit0) {
    for (uint32_t bitno = 0; bitno < kRadiotapNamespace; ++bitno) {
        if (!(present & (1u << bitno))) continue;
        if (field_print(ctx, r, bit0 + bitno, flags, present) == FieldResult::Stop)
            return FieldResult::Stop;
    }
    return FieldResult::Ok;
}

}  // namespace

uint32_t ieee802_11_radio_print(Ctx& ctx, Cursor c, uint32_t length) {
    ctx.proto = "802.11_radio";
    const uint32_t caplen = static_cast<uint32_t>(c.size());
    constexpr uint32_t kFixed = 8;  // version, pad, length, first presence word
    if (caplen < kFixed) {
        ctx.print_trunc();
        return caplen;
    }
    const uint32_t len = c.le16(2);
    if (len < kFixed || caplen < len) {
        ctx.print_trunc();
        return caplen;
    }
    // The presence words: each one with the extension bit is followed by another.
    uint32_t last = 0;
    while (8 + 4 * last <= len && (c.le32(4 + 4 * last) & (1u << kExt))) ++last;
    if (8 + 4 * last > len) {
        // More presence words announced than the header holds.
        ctx.print_trunc();
        return caplen;
    }
    const uint32_t nwords = last + 1;
    FieldReader r(c, len);
    r.skip(4 + 4 * nwords);

    uint32_t bit0 = 0;
    bool vendor = false;
    uint16_t skip_length = 0;
    uint8_t flags = 0;
    for (uint32_t w = 0; w < nwords; ++w) {
        const uint32_t present = c.le32(4 + 4 * w);
        if (vendor) {
            // Vendor namespaces are not decoded: their data is skipped.
            if (!r.skip(skip_length)) break;
            skip_length = 0;
        } else if (namespace_print(ctx, r, flags, present, bit0) == FieldResult::Stop) {
            break;
        }
        switch (present & ((1u << kRadiotapNamespace) | (1u << kVendorNamespace))) {
        case 0:
            bit0 += 32;  // the next word goes on in the same namespace
            break;
        case 1u << kRadiotapNamespace:
            bit0 = 0;
            vendor = false;
            skip_length = 0;
            break;
        case 1u << kVendorNamespace: {
            bit0 = 0;
            vendor = true;
            uint8_t oui[3], subns;
            if (!r.align(2) || !r.u8(oui[0]) || !r.u8(oui[1]) || !r.u8(oui[2]) || !r.u8(subns) ||
                !r.u16(skip_length))
                ctx.print_trunc();
            break;
        }
        default:  // both: undefined, ignored
            break;
        }
    }
    const bool pad = flags & kFlagDataPad;
    const uint32_t fcslen = (flags & kFlagFcs) ? 4 : 0;
    return len + ieee802_11_print(ctx, c.skip(len), length - len, pad, fcslen);
}

uint32_t ieee802_11_radio_if_print(Ctx& ctx, Cursor c, uint32_t wirelen) {
    return ieee802_11_radio_print(ctx, c, wirelen);
}

}  // namespace rd
