// pcap-filter(7) parser: tokens -> syntax tree. Mirrors libpcap's grammar, including
// its quirks (and/or share one precedence level and associate to the left; '^' has no
// precedence so it takes everything to its right; qualifiers carry over to bare ids).
#pragma once
#include <string>
#include <string_view>

#include "ast.hpp"
#include "ringdump/format/result.hpp"

namespace rd::bpf {

// Parses an expression; an empty expression yields a null tree (accept everything).
Result<ast::NodePtr> parse(std::string_view expr);

}  // namespace rd::bpf
