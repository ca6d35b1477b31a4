// Reading capture files: classic pcap (both byte orders, µs and ns) and pcapng.
#pragma once
#include <cstdint>
#include <memory>
#include <string>

#include "ringdump/capture/packet.hpp"
#include "ringdump/format/result.hpp"

namespace rd {

struct FileSourceOptions {
    // pcapng: refuse what libpcap 1.10.3 refuses, with its words: an interface whose link
    // type or snapshot length differs from the first one's, a section whose byte order
    // differs from the first section's. Off by default: every interface keeps its own link
    // type and snapshot length (PacketRef::linktype) and each section its own byte order.
    bool libpcap_strict = false;
};

class FileSource {
public:
    enum class Status { Packet, End, Error };

    // path "-" reads standard input (which may be a pipe). The error message names the file.
    static Result<std::unique_ptr<FileSource>> open(const std::string& path,
                                                    const FileSourceOptions& opts = {});
    virtual ~FileSource() = default;

    // Next packet; its bytes stay valid until the next call. On Error, error() says
    // what is wrong and at which file offset; packets before it were all delivered.
    // Once End or Error was returned, every later call returns the same.
    virtual Status next(PacketRef& pkt) = 0;
    virtual const std::string& error() const = 0;

    // Link type of the file (pcap, low 16 bits of the header field) or of the first
    // interface (pcapng).
    virtual uint32_t linktype() const = 0;
    // The upper bits of the pcap header's link type field (FCS length, LT_FCS_*); what
    // tcpdump -w copies into the file it writes. 0 for pcapng.
    virtual uint32_t linktype_ext() const = 0;
    // Snapshot length as libpcap reports it (tcpdump's "snapshot length N"): a header value
    // <= 0 becomes the link type's maximum (262144 for most); pcapng: the first interface's.
    virtual uint32_t snaplen() const = 0;
    // Digits of the sub-second field tcpdump prints for this file without
    // --time-stamp-precision: always 6. tcpdump asks libpcap for microseconds and libpcap
    // scales every file to that, nanosecond pcap and nanosecond pcapng included
    // (checked: tcpdump -r vsock-1.pcapng, if_tsresol 9, prints 12:31:11.261679).
    virtual int ts_precision() const = 0;
    // 6 or 9: what the file itself resolves (pcap magic; pcapng: first interface's if_tsresol
    // finer than 1 µs gives 9).
    virtual int file_ts_precision() const = 0;
    virtual bool is_pcapng() const = 0;

    // The sub-second value libpcap hands tcpdump for `pkt` when asked for `digits` (6: µs,
    // 9: ns), with libpcap's 32-bit signed arithmetic on damaged pcap fields: a µs field of
    // 4061069334 gives 4061069334 at 6 digits and 2325239280 (mod 2^32) at 9; a ns field of
    // 4061069334 gives -233897 at 6 digits. tcpdump prints (uint32_t)value with %06u / %09u;
    // -ttt style differences use the signed value.
    virtual int64_t libpcap_subsec(const PacketRef& pkt, int digits) const = 0;

    // Packets delivered so far.
    virtual uint64_t packets_read() const = 0;
};

// Largest caplen libpcap accepts for a link type (LINKTYPE_* value): 262144 for most,
// more for D-Bus, USBPcap and EBHSCR.
uint32_t max_snaplen_for_linktype(uint32_t linktype);

}  // namespace rd
