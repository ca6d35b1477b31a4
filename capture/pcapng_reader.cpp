// pcapng files: sections (SHB), interfaces (IDB with if_tsresol/if_tsoffset), packets
// (EPB, SPB, the obsolete PB); every other block is skipped. Checks and messages follow
// libpcap 1.10.3 (sf-pcapng.c), found by running tcpdump on damaged files.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "file_readers.hpp"

namespace rd::detail {
namespace {

constexpr uint32_t kIdb = 1, kObsoletePb = 2, kSpb = 3, kEpb = 6;
constexpr uint32_t kShbInsaneMax = 1024 * 1024;      // libpcap's BT_SHB_INSANE_MAX
constexpr uint32_t kInitialMaxBlock = 16 * 1024 * 1024;

struct Interface {
    uint32_t linktype = 0;
    uint32_t snaplen = 0;       // 0 (or > INT32_MAX) in the IDB replaced by the link type's maximum
    uint64_t units = 1000000;   // time stamp units per second
    uint8_t exponent = 6;
    bool binary = false;
    int64_t offset_sec = 0;     // if_tsoffset
};

struct Block {
    uint32_t type = 0;
    uint32_t total = 0;
    const uint8_t* body = nullptr;  // after type and length, before the trailer
    uint32_t body_len = 0;
    uint64_t offset = 0;
};

uint64_t pow10(unsigned n) {
    uint64_t v = 1;
    while (n-- > 0) v *= 10;
    return v;
}

class PcapngReader final : public FileSource {
public:
    PcapngReader(ByteInput in, bool swap, const FileSourceOptions& opts)
        : in_(std::move(in)), swap_(swap), opts_(opts) {}

    // Reads the first SHB and the blocks up to the first IDB, as libpcap does when opening.
    Result<void> start();

    Status next(PacketRef& pkt) override {
        while (state_ == Status::Packet) {
            Block b;
            if (!read_block(b)) break;
            bool got = false;
            switch (b.type) {
            case kEpb: got = enhanced_packet(b, pkt); break;
            case kSpb: got = simple_packet(b, pkt); break;
            case kObsoletePb: got = obsolete_packet(b, pkt); break;
            case kIdb: interface(b); break;
            case kPcapngShbType: section(b); break;
            default: break;  // NRB, ISB, DSB, custom, unknown: nothing tcpdump prints
            }
            if (state_ != Status::Packet) break;
            in_.consume(b.total);
            if (got) {
                ++packets_;
                return Status::Packet;
            }
        }
        return state_;
    }

    const std::string& error() const override { return error_; }
    uint32_t linktype() const override { return first_.linktype; }
    uint32_t linktype_ext() const override { return 0; }
    uint32_t snaplen() const override { return first_.snaplen; }
    int ts_precision() const override { return 6; }
    int file_ts_precision() const override {
        bool finer = first_.binary ? first_.exponent >= 20 : first_.exponent > 6;
        return finer ? 9 : 6;
    }
    bool is_pcapng() const override { return true; }
    uint64_t packets_read() const override { return packets_; }
    // Time stamps are already split exactly into seconds and nanoseconds below 10^9.
    int64_t libpcap_subsec(const PacketRef& pkt, int digits) const override {
        return digits == 9 ? static_cast<int64_t>(pkt.ts_nsec) : static_cast<int64_t>(pkt.ts_nsec / 1000);
    }

private:
    bool read_block(Block& b);
    void section(const Block& b);
    void interface(const Block& b);
    bool enhanced_packet(const Block& b, PacketRef& pkt);
    bool simple_packet(const Block& b, PacketRef& pkt);
    bool obsolete_packet(const Block& b, PacketRef& pkt);
    bool packet_common(const Block& b, uint32_t ifid, uint32_t ts_hi, uint32_t ts_lo,
                       uint32_t caplen, uint32_t len, uint32_t fixed, PacketRef& pkt);
    const Interface* find_interface(uint32_t ifid);
    void set_time(const Interface& itf, uint64_t ts, PacketRef& pkt) const;

    void fail(const std::string& what) { fail_at(what, in_.offset()); }
    void fail_at(const std::string& what, uint64_t offset) {
        const std::string& io = in_.io_error();
        error_ = located(in_, io.empty() ? what : "error reading dump file: " + io, "block",
                         blocks_, offset);
        state_ = Status::Error;
    }
    void too_short(const Block& b) {
        fail_at(fmt::format("block of type {} in pcapng dump file is too short", b.type), b.offset);
    }

    ByteInput in_;
    bool swap_;
    FileSourceOptions opts_;
    std::vector<Interface> ifs_;  // of the current section
    Interface first_;
    bool have_first_ = false;
    uint32_t max_block_ = kInitialMaxBlock;
    uint64_t blocks_ = 0;  // blocks started, the SHB included
    uint64_t packets_ = 0;
    Status state_ = Status::Packet;
    std::string error_;
};

// Reads one whole block into the buffer (not consumed). False at the end or on error.
bool PcapngReader::read_block(Block& b) {
    b.offset = in_.offset();
    size_t got = in_.want(8);
    if (got == 0 && in_.io_error().empty()) {
        state_ = Status::End;
        return false;
    }
    ++blocks_;
    if (got < 8) {
        fail(fmt::format("truncated pcapng dump file; tried to read 8 bytes, only got {}", got));
        return false;
    }
    b.type = load32(in_.cur(), swap_);
    // A new section may come in the other byte order; libpcap (strict) reads its length
    // in the old order and fails on the result.
    if (b.type == kPcapngShbType && !opts_.libpcap_strict && in_.want(12) >= 12) {
        uint32_t bom = load32(in_.cur() + 8, false);
        if (bom == kPcapngByteOrderMagic || bom == __builtin_bswap32(kPcapngByteOrderMagic))
            swap_ = bom != kPcapngByteOrderMagic;
    }
    b.total = load32(in_.cur() + 4, swap_);
    if (b.total < 12) {
        fail(fmt::format("block in pcapng dump file has a length of {} < 12", b.total));
        return false;
    }
    if (b.total % 4 != 0) {
        fail(fmt::format("block in pcapng dump file has a length of {} that is not a multiple of 4",
                         b.total));
        return false;
    }
    if (b.total > max_block_) {
        fail(fmt::format("pcapng block size {} > maximum {}", b.total, max_block_));
        return false;
    }
    got = in_.want(b.total);
    if (got < b.total) {
        fail(fmt::format("truncated pcapng dump file; tried to read {} bytes, only got {}",
                         b.total - 8, got - 8));
        return false;
    }
    const uint8_t* p = in_.cur();
    if (load32(p + b.total - 4, swap_) != b.total) {
        fail("block total length in header and trailer don't match");
        return false;
    }
    b.body = p + 8;
    b.body_len = b.total - 12;
    return true;
}

// A later Section Header Block: new byte order (maybe), interfaces numbered from 0 again.
void PcapngReader::section(const Block& b) {
    if (b.body_len < 16) return too_short(b);
    uint32_t bom = load32(b.body, false);
    uint32_t ours = swap_ ? __builtin_bswap32(kPcapngByteOrderMagic) : kPcapngByteOrderMagic;
    if (bom != ours) {
        if (bom == __builtin_bswap32(ours))
            return fail_at("the file has sections with different byte orders", b.offset);
        return fail_at("the file has a section with a bad byte order magic field", b.offset);
    }
    uint16_t major = load16(b.body + 4, swap_);
    if (major != 1)
        return fail_at(fmt::format("unknown pcapng savefile major version number {}", major), b.offset);
    ifs_.clear();
}

void PcapngReader::interface(const Block& b) {
    if (b.body_len < 8) return too_short(b);
    Interface itf;
    itf.linktype = load16(b.body, swap_);
    itf.snaplen = load32(b.body + 4, swap_);
    bool have_resol = false, have_offset = false;
    const uint8_t* o = b.body + 8;
    uint32_t left = b.body_len - 8;
    while (left >= 4) {
        uint16_t code = load16(o, swap_);
        uint16_t len = load16(o + 2, swap_);
        if (code == 0) break;  // opt_endofopt
        uint32_t padded = (uint32_t{len} + 3) & ~3u;
        if (padded > left - 4) return too_short(b);
        const uint8_t* v = o + 4;
        if (code == 9) {  // if_tsresol
            if (len != 1)
                return fail_at(fmt::format("Interface Description Block has if_tsresol option with "
                                           "length {} != 1", len), b.offset);
            if (have_resol)
                return fail_at("Interface Description Block has more than one if_tsresol option",
                               b.offset);
            have_resol = true;
            itf.binary = (v[0] & 0x80) != 0;
            itf.exponent = v[0] & 0x7f;
            if (itf.binary && itf.exponent > 63)
                return fail_at(fmt::format("Interface Description Block if_tsresol option "
                                           "resolution 2^-{} is too high", itf.exponent), b.offset);
            if (!itf.binary && itf.exponent > 19)
                return fail_at(fmt::format("Interface Description Block if_tsresol option "
                                           "resolution 10^-{} is too high", itf.exponent), b.offset);
            itf.units = itf.binary ? uint64_t{1} << itf.exponent : pow10(itf.exponent);
        } else if (code == 14) {  // if_tsoffset
            if (len != 8)
                return fail_at(fmt::format("Interface Description Block has if_tsoffset option with "
                                           "length {} != 8", len), b.offset);
            if (have_offset)
                return fail_at("Interface Description Block has more than one if_tsoffset option",
                               b.offset);
            have_offset = true;
            itf.offset_sec = static_cast<int64_t>(load64(v, swap_));
        }
        o += 4 + padded;
        left -= 4 + padded;
    }
    uint32_t most = max_snaplen_for_linktype(itf.linktype);
    uint32_t snaplen_field = itf.snaplen;
    // libpcap keeps it in an int: 0 and "negative" values mean the link type's maximum.
    if (itf.snaplen == 0 || itf.snaplen > INT32_MAX) itf.snaplen = most;
    if (!have_first_) {
        first_ = itf;
        have_first_ = true;
    } else if (opts_.libpcap_strict && itf.linktype != first_.linktype) {
        return fail_at(fmt::format("an interface has a type {} different from the type of the "
                                   "first interface", itf.linktype), b.offset);
    } else if (opts_.libpcap_strict && itf.snaplen != first_.snaplen) {
        // Compared after the replacement above, reported as the block has it.
        return fail_at(fmt::format("an interface has a snapshot length {} different from the "
                                   "snapshot length of the first interface", snaplen_field),
                       b.offset);
    }
    // Room for a packet of the largest size this interface can have, as libpcap allows.
    uint64_t room = uint64_t{std::min(itf.snaplen, most)} + 131072 + 32;
    if (room > max_block_) max_block_ = static_cast<uint32_t>(std::min<uint64_t>(room, UINT32_MAX));
    ifs_.push_back(itf);
}

const Interface* PcapngReader::find_interface(uint32_t ifid) {
    return ifid < ifs_.size() ? &ifs_[ifid] : nullptr;
}

void PcapngReader::set_time(const Interface& itf, uint64_t ts, PacketRef& pkt) const {
    uint64_t sec = ts / itf.units;
    uint64_t frac = ts % itf.units;
    uint64_t ns;
    if (!itf.binary) {
        ns = itf.exponent <= 9 ? frac * pow10(9 - itf.exponent) : frac / pow10(itf.exponent - 9);
    } else {
        // libpcap scales to µs with frac * 10^6 / 2^n in 64 bits (which wraps for n > 44);
        // keep its µs value and add the exact sub-µs digits.
        uint64_t us = (frac * 1000000) >> itf.exponent;
        __extension__ using u128 = unsigned __int128;
        uint64_t exact_ns = static_cast<uint64_t>((u128{frac} * 1000000000u) >> itf.exponent);
        ns = us * 1000 + exact_ns % 1000;
    }
    pkt.ts_sec = static_cast<int64_t>(sec + static_cast<uint64_t>(itf.offset_sec));
    pkt.ts_nsec = ns;
}

bool PcapngReader::packet_common(const Block& b, uint32_t ifid, uint32_t ts_hi, uint32_t ts_lo,
                                 uint32_t caplen, uint32_t len, uint32_t fixed, PacketRef& pkt) {
    const Interface* itf = find_interface(ifid);
    if (!itf) {
        fail_at(fmt::format("a packet arrived on interface {}, but there's no Interface "
                            "Description Block for that interface", ifid), b.offset);
        return false;
    }
    if (caplen > itf->snaplen) {
        fail_at(fmt::format("invalid packet capture length {}, bigger than snaplen of {}", caplen,
                            itf->snaplen), b.offset);
        return false;
    }
    if (caplen > b.body_len - fixed) {
        too_short(b);
        return false;
    }
    set_time(*itf, (uint64_t{ts_hi} << 32) | ts_lo, pkt);
    pkt.caplen = caplen;
    pkt.wirelen = len;
    pkt.linktype = itf->linktype;
    pkt.ifindex = ifid;
    pkt.dir = Direction::Unknown;
    pkt.data = b.body + fixed;
    // epb_flags / pack_flags (option 2): bits 0-1 give the direction.
    uint32_t at = fixed + ((caplen + 3) & ~3u);
    while (at + 4 <= b.body_len) {
        uint16_t code = load16(b.body + at, swap_);
        uint16_t olen = load16(b.body + at + 2, swap_);
        if (code == 0 || at + 4 + olen > b.body_len) break;
        if (code == 2 && olen == 4) {
            uint32_t flags = load32(b.body + at + 4, swap_) & 3;
            pkt.dir = flags == 1 ? Direction::In : flags == 2 ? Direction::Out : Direction::Unknown;
        }
        at += 4 + ((uint32_t{olen} + 3) & ~3u);
    }
    return true;
}

bool PcapngReader::enhanced_packet(const Block& b, PacketRef& pkt) {
    if (b.body_len < 20) {
        too_short(b);
        return false;
    }
    const uint8_t* p = b.body;
    return packet_common(b, load32(p, swap_), load32(p + 4, swap_), load32(p + 8, swap_),
                         load32(p + 12, swap_), load32(p + 16, swap_), 20, pkt);
}

bool PcapngReader::obsolete_packet(const Block& b, PacketRef& pkt) {
    if (b.body_len < 20) {
        too_short(b);
        return false;
    }
    const uint8_t* p = b.body;  // if_id u16, drops_count u16, then as in an EPB
    return packet_common(b, load16(p, swap_), load32(p + 4, swap_), load32(p + 8, swap_),
                         load32(p + 12, swap_), load32(p + 16, swap_), 20, pkt);
}

// No time stamp, interface 0, caplen = min(len, snaplen).
bool PcapngReader::simple_packet(const Block& b, PacketRef& pkt) {
    if (b.body_len < 4) {
        too_short(b);
        return false;
    }
    const Interface* itf = find_interface(0);
    if (!itf) {
        fail_at("a packet arrived on interface 0, but there's no Interface Description Block "
                "for that interface", b.offset);
        return false;
    }
    uint32_t len = load32(b.body, swap_);
    uint32_t caplen = std::min(len, itf->snaplen);
    if (caplen > b.body_len - 4) {
        too_short(b);
        return false;
    }
    pkt.ts_sec = 0;
    pkt.ts_nsec = 0;
    pkt.caplen = caplen;
    pkt.wirelen = len;
    pkt.linktype = itf->linktype;
    pkt.ifindex = 0;
    pkt.dir = Direction::Unknown;
    pkt.data = b.body + 4;
    return true;
}

Result<void> PcapngReader::start() {
    blocks_ = 1;
    const std::string& name = in_.name();
    // The type and the byte-order magic; anything shorter is not pcapng to libpcap.
    if (in_.want(12) < 12) {
        if (!in_.io_error().empty()) return Error{name + ": error reading dump file: " + in_.io_error()};
        return Error{name + ": unknown file format"};
    }
    uint32_t total = load32(in_.cur() + 4, swap_);
    if (total < 28 || total > kShbInsaneMax) {
        return Error{fmt::format("{}: Section Header Block in pcapng dump file has invalid length "
                                 "28 < _{}_ < {} (BT_SHB_INSANE_MAX)",
                                 name, total, kShbInsaneMax)};
    }
    size_t got = in_.want(total);
    if (got < total) {
        if (!in_.io_error().empty()) return Error{name + ": error reading dump file: " + in_.io_error()};
        return Error{located(in_, fmt::format("truncated pcapng dump file; tried to read {} bytes, "
                                              "only got {}", total - 12, got - 12),
                             "block", 1, 0)};
    }
    uint16_t major = load16(in_.cur() + 12, swap_);
    uint16_t minor = load16(in_.cur() + 14, swap_);
    if (major != 1 || (minor != 0 && minor != 2))
        return Error{fmt::format("{}: unsupported pcapng savefile version {}.{}", name, major, minor)};
    in_.consume(total);

    // libpcap opens the file only once it has seen the first interface.
    while (!have_first_) {
        Block b;
        if (!read_block(b)) {
            if (state_ == Status::End)
                return Error{name + ": the capture file has no Interface Description Blocks"};
            return Error{error_};
        }
        switch (b.type) {
        case kEpb:
        case kSpb:
        case kObsoletePb:
            return Error{located(in_, "the capture file has a packet block before any Interface "
                                      "Description Blocks", "block", blocks_, b.offset)};
        case kIdb: interface(b); break;
        default: break;  // a Section Header Block too: libpcap skips it here, unchecked
        }
        if (state_ == Status::Error) return Error{error_};
        in_.consume(b.total);
    }
    return {};
}

}  // namespace

Result<std::unique_ptr<FileSource>> open_pcapng(ByteInput in, const FileSourceOptions& opts) {
    bool swap = false;
    if (in.want(12) >= 12) {
        uint32_t bom = load32(in.cur() + 8, false);
        if (bom != kPcapngByteOrderMagic && bom != __builtin_bswap32(kPcapngByteOrderMagic))
            return Error{in.name() + ": unknown file format"};
        swap = bom != kPcapngByteOrderMagic;
    }
    auto reader = std::make_unique<PcapngReader>(std::move(in), swap, opts);
    if (auto r = reader->start(); !r) return r.error();
    return std::unique_ptr<FileSource>(std::move(reader));
}

}  // namespace rd::detail
