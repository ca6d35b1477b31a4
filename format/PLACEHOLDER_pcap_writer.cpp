// Placeholder so the tree links before the pcap writer exists.
// Writer owner: DELETE THIS FILE as soon as your PcapWriter::open definition exists.
#include "ringdump/format/pcap_writer.hpp"

namespace rd {
Result<std::unique_ptr<PcapWriter>> PcapWriter::open(const std::string&, const PcapWriterOptions&) {
    return Error{"writing capture files is not supported yet"};
}
}  // namespace rd
