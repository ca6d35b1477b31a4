// IEEE 802.1AE MACsec SecTAG (EtherType 0x88e5). An encrypted payload is shown raw;
// an integrity-only one is printed by its inner EtherType, with the 16-byte ICV at the
// end of the frame taken out of the captured bytes.
#include "protos.hpp"

namespace rd {

namespace {

constexpr uint32_t kIcvLen = 16;
constexpr uint32_t kSecTagNoSci = 6, kSecTagSci = 14;
constexpr uint8_t kVersion = 0x80, kEndStation = 0x40, kSciPresent = 0x20, kScb = 0x10,
                  kEncrypted = 0x08, kChanged = 0x04, kAnMask = 0x03, kShortLenMask = 0x3f;

constexpr Tok kFlags[] = {
    {kEncrypted, "E"}, {kChanged, "C"}, {kEndStation, "S"}, {kScb, "B"}, {kSciPresent, "I"},
};

void header_text(Ctx& ctx, const Cursor& tag, uint32_t short_length) {
    const uint8_t tci_an = tag.u8(0);
    const uint32_t pn = tag.be32(2);
    if (ctx.truncated) return;
    ctx.out.f("an {}, pn {}, flags ", tci_an & kAnMask, pn);
    put_bits(ctx, kFlags, tci_an & (kEndStation | kSciPresent | kScb | kEncrypted | kChanged), "");
    if (short_length != 0) ctx.out.f(", sl {}", short_length);
    if (tci_an & kSciPresent) {
        const uint64_t sci = tag.be64(6);
        if (ctx.truncated) return;
        ctx.out.f(", sci {:016x}", sci);
    }
    ctx.out.put(", ");
}

}  // namespace

int macsec_print(Ctx& ctx, EtherPos& pos, const LinkAddrs& addrs) {
    const char* saved = ctx.proto;
    ctx.proto = "macsec";
    const Cursor tag = pos.frame.skip(pos.hdrlen);
    const int stop = static_cast<int>(pos.hdrlen + pos.caplen);
    auto trunc = [&] {
        ctx.print_trunc();
        ctx.proto = saved;
        return stop;
    };
    if (pos.caplen < kSecTagNoSci || pos.length < kSecTagNoSci) return trunc();
    const uint8_t tci_an = tag.u8(0);
    uint32_t sectag_len = kSecTagNoSci;
    if (tci_an & kSciPresent) {
        sectag_len = kSecTagSci;
        if (pos.caplen < kSecTagSci || pos.length < kSecTagSci) return trunc();
    }
    const uint8_t sl = tag.u8(1);
    if ((sl & ~kShortLenMask) != 0 || (tci_an & kVersion)) {
        ctx.print_invalid();
        ctx.proto = saved;
        return stop;
    }
    const uint32_t short_length = sl & kShortLenMask;
    if (ctx.opt.eflag) header_text(ctx, tag, short_length);

    pos.hdrlen += sectag_len;
    pos.length -= sectag_len;
    pos.caplen -= sectag_len;

    if (tci_an & (kEncrypted | kChanged)) {
        // Encrypted: show the link-layer header if nobody has.
        if (!ctx.opt.eflag) {
            if (addrs.src.size() == 6 && addrs.dst.size() == 6) {
                ctx.names.mac(ctx.out, addrs.src.first<6>());
                ctx.out.put(" > ");
                ctx.names.mac(ctx.out, addrs.dst.first<6>());
                ctx.out.put(' ');
            }
            ctx.out.put("802.1AE MACsec, ");
            header_text(ctx, tag, short_length);
        }
        ctx.proto = saved;
        return 0;
    }

    // Integrity only: the ICV at the end is not payload.
    if (pos.length < kIcvLen || pos.caplen < kIcvLen) return trunc();
    pos.length -= kIcvLen;
    pos.caplen -= kIcvLen;
    const size_t end = pos.frame.size();
    pos.frame = pos.frame.limit(end >= kIcvLen ? end - kIcvLen : 0);

    // A non-zero short length is the length of the secure data.
    if (short_length != 0) {
        if (short_length > pos.length || short_length > pos.caplen) return trunc();
        if (pos.length > short_length) pos.length = short_length;
        if (pos.caplen > short_length) pos.caplen = short_length;
    }
    ctx.proto = saved;
    return -1;
}

}  // namespace rd
