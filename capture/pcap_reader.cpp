// Classic pcap files, read the way libpcap 1.10.3 reads them: tcpdump's output depends on
// its quirks (swapped lengths in old versions, signed 32-bit timestamp fields, records
// longer than the snapshot length cut to it, the Kuznetzov 24-byte record header).
#include <fmt/format.h>

#include <climits>
#include <vector>

#include "file_readers.hpp"

namespace rd::detail {
namespace {

// Versions before 2.3 wrote caplen and len in the other order; 2.3 files may or may not
// have; "543.0" files always did.
enum class LengthOrder { Normal, Swapped, MaybeSwapped };

struct PcapHeader {
    bool swap = false;
    bool nano = false;
    bool kuznetzov = false;
    LengthOrder lengths = LengthOrder::Normal;
    uint32_t linktype = 0;
    uint32_t linktype_ext = 0;
    uint32_t snaplen = 0;
    uint32_t max_caplen = 0;
};

class PcapReader final : public FileSource {
public:
    PcapReader(ByteInput in, const PcapHeader& h)
        : in_(std::move(in)), h_(h), hdr_size_(h.kuznetzov ? 24 : 16),
          fast_limit_(std::min(h.snaplen, h.max_caplen)) {}

    Status next(PacketRef& pkt) override {
        if (state_ != Status::Packet) return state_;
        if (in_.want(hdr_size_) < hdr_size_) return end_or_truncated_header();
        const uint8_t* p = in_.cur();
        uint32_t sec = load32(p, h_.swap);
        uint32_t sub = load32(p + 4, h_.swap);
        uint32_t caplen = load32(p + 8, h_.swap);
        uint32_t len = load32(p + 12, h_.swap);
        if (h_.lengths != LengthOrder::Normal &&
            (h_.lengths == LengthOrder::Swapped || caplen > len))
            std::swap(caplen, len);

        if (caplen > fast_limit_) return oversized(pkt, sec, sub, caplen, len);
        size_t need = hdr_size_ + caplen;
        if (in_.want(need) < need) {
            return fail(fmt::format("truncated dump file; tried to read {} captured bytes, only got {}",
                                    caplen, in_.avail() - hdr_size_));
        }
        fill(pkt, sec, sub, caplen, len, in_.cur() + hdr_size_);
        in_.consume(need);
        ++records_;
        return Status::Packet;
    }

    const std::string& error() const override { return error_; }
    uint32_t linktype() const override { return h_.linktype; }
    uint32_t linktype_ext() const override { return h_.linktype_ext; }
    uint32_t snaplen() const override { return h_.snaplen; }
    int ts_precision() const override { return 6; }
    int file_ts_precision() const override { return h_.nano ? 9 : 6; }
    bool is_pcapng() const override { return false; }
    uint64_t packets_read() const override { return records_; }

    int64_t libpcap_subsec(const PacketRef& pkt, int digits) const override {
        // libpcap keeps the field in a signed 32-bit int and scales it in a long.
        if (h_.nano) {
            int32_t raw = static_cast<int32_t>(static_cast<uint32_t>(pkt.ts_nsec));
            return digits == 9 ? raw : raw / 1000;
        }
        int32_t raw = static_cast<int32_t>(static_cast<uint32_t>(pkt.ts_nsec / 1000));
        return digits == 9 ? int64_t{raw} * 1000 : raw;
    }

private:
    void fill(PacketRef& pkt, uint32_t sec, uint32_t sub, uint32_t caplen, uint32_t len,
              const uint8_t* data) const {
        pkt.ts_sec = static_cast<int32_t>(sec);  // libpcap's tv_sec comes from a bpf_int32
        pkt.ts_nsec = h_.nano ? uint64_t{sub} : uint64_t{sub} * 1000;
        pkt.caplen = caplen;
        pkt.wirelen = len;
        pkt.linktype = h_.linktype;
        pkt.ifindex = 0;
        pkt.dir = Direction::Unknown;
        pkt.data = data;
    }

    // caplen beyond the link type's maximum: refused (whatever the snapshot length);
    // else beyond the snapshot length: libpcap keeps snaplen bytes and reads past the rest.
    Status oversized(PacketRef& pkt, uint32_t sec, uint32_t sub, uint32_t caplen, uint32_t len) {
        if (caplen > h_.max_caplen) {
            if (caplen > h_.snaplen)
                return fail(fmt::format("invalid packet capture length {}, bigger than snaplen of {}",
                                        caplen, h_.snaplen));
            return fail(fmt::format("invalid packet capture length {}, bigger than maximum of {}",
                                    caplen, h_.max_caplen));
        }
        uint32_t keep = h_.snaplen;
        size_t need = hdr_size_ + keep;
        if (in_.want(need) < need) {
            return fail(fmt::format("truncated dump file; tried to read {} captured bytes, only got {}",
                                    keep, in_.avail() - hdr_size_));
        }
        // Rare path: copy the kept bytes aside, because skipping may refill the buffer.
        scratch_.assign(in_.cur() + hdr_size_, in_.cur() + need);
        uint64_t rec_off = in_.offset();
        in_.consume(need);
        size_t skipped = in_.skip(caplen - keep);
        if (skipped < caplen - keep) {
            return fail_at(fmt::format("truncated dump file; tried to read {} captured bytes, only got {}",
                                       caplen, keep + skipped),
                           rec_off);
        }
        fill(pkt, sec, sub, keep, len, scratch_.data());
        ++records_;
        return Status::Packet;
    }

    Status end_or_truncated_header() {
        if (in_.avail() == 0 && in_.io_error().empty()) return state_ = Status::End;
        return fail(fmt::format("truncated dump file; tried to read {} header bytes, only got {}",
                                hdr_size_, in_.avail()));
    }

    Status fail(const std::string& what) { return fail_at(what, in_.offset()); }
    // A short read caused by a read(2) failure rather than EOF reports that failure.
    Status fail_at(const std::string& what, uint64_t offset) {
        const std::string& io = in_.io_error();
        error_ = located(in_, io.empty() ? what : "error reading dump file: " + io, "record",
                         records_ + 1, offset);
        return state_ = Status::Error;
    }

    ByteInput in_;
    PcapHeader h_;
    size_t hdr_size_;
    uint32_t fast_limit_;  // caplen up to this needs no special handling
    Status state_ = Status::Packet;
    uint64_t records_ = 0;
    std::string error_;
    std::vector<uint8_t> scratch_;
};

}  // namespace

Result<std::unique_ptr<FileSource>> open_pcap(ByteInput in) {
    constexpr size_t kFileHeader = 24;
    size_t got = in.want(kFileHeader);
    if (!in.io_error().empty())
        return Error{in.name() + ": error reading dump file: " + in.io_error()};
    if (got < kFileHeader) {
        // libpcap reads the magic first, then the other 20 bytes, and counts only those.
        return Error{fmt::format("{}: truncated dump file; tried to read 24 file header bytes, "
                                 "only got {} (the file is {} bytes long)",
                                 in.name(), got - 4, got)};
    }
    const uint8_t* p = in.cur();
    PcapHeader h;
    uint32_t magic = load32(p, false);
    h.swap = magic != kPcapMagicUsec && magic != kPcapMagicNsec && magic != kPcapMagicKuznetzov;
    magic = load32(p, h.swap);
    h.nano = magic == kPcapMagicNsec;
    h.kuznetzov = magic == kPcapMagicKuznetzov;
    uint16_t major = load16(p + 4, h.swap);
    uint16_t minor = load16(p + 6, h.swap);
    int32_t snaplen = static_cast<int32_t>(load32(p + 16, h.swap));
    uint32_t linktype_field = load32(p + 20, h.swap);

    if (major < 2) return Error{in.name() + ": archaic pcap savefile format"};
    if (!(major == 2 && minor <= 4) && !(major == 543 && minor == 0))
        return Error{fmt::format("{}: unsupported pcap savefile version {}.{}", in.name(), major, minor)};
    if (major == 543 || minor < 3)
        h.lengths = LengthOrder::Swapped;
    else if (minor == 3)
        h.lengths = LengthOrder::MaybeSwapped;

    h.linktype = linktype_field & 0xffff;
    h.linktype_ext = linktype_field & 0xffff0000;
    h.max_caplen = max_snaplen_for_linktype(h.linktype);
    if (snaplen <= 0) snaplen = static_cast<int32_t>(h.max_caplen);
    // Kuznetzov's patch captured Ethernet in cooked mode and prepended a 14-byte header,
    // so libpcap allows 14 more bytes than the header says.
    if (h.kuznetzov && h.linktype == 1) snaplen = snaplen <= INT_MAX - 14 ? snaplen + 14 : INT_MAX;
    h.snaplen = static_cast<uint32_t>(snaplen);
    in.consume(kFileHeader);
    return std::unique_ptr<FileSource>(new PcapReader(std::move(in), h));
}

}  // namespace rd::detail
