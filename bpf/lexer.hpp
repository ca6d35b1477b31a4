// Tokenizer for pcap-filter(7) expressions. Follows flex semantics: at each position
// the longest match wins, ties go to the rule listed first (keywords, then addresses,
// numbers, named constants, identifiers).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rd::bpf {

enum class Tok : uint8_t {
    End,
    Error,  // text holds the message
    // values
    Num, Id, Hid, Hid6, Eid, Aid,
    // punctuation
    LParen, RParen, LBrack, RBrack, Colon, Plus, Minus, Star, Slash, Percent, Amp, Pipe,
    Caret, Bang, Lt, Gt, Eq, Geq, Leq, Neq, Lsh, Rsh,
    // qualifiers
    Dst, Src, Host, Net, Netmask, Port, Portrange, Proto, Protochain, Gateway,
    Type, Subtype, Dir, Addr1, Addr2, Addr3, Addr4, Ra, Ta,
    // protocol names
    Link, Ip, Arp, Rarp, Sctp, Tcp, Udp, Icmp, Igmp, Igrp, Pim, Vrrp, Carp, Radio, Ip6,
    Icmp6, Ah, Esp, Atalk, Aarp, Decnet, Lat, Sca, Moprc, Mopdl, Iso, Esis, Isis, L1, L2,
    Iih, Lsp, Snp, Csnp, Psnp, Clnp, Stp, Ipx, Netbeui,
    // primitives and operators
    Less, Greater, Byte, Broadcast, Multicast, And, Or, Len, Inbound, Outbound, Ifindex,
    Vlan, Mpls, Pppoed, Pppoes, Geneve, Lane, Llc, Metac, Bcc, Oam, Oamf4, Oamf4ec, Oamf4sc,
    Sc, Ilmic, Vpi, Vci, Connectmsg, Metaconnect, PfIfname, PfRset, PfRnr, PfSrnr, PfReason,
    PfAction, Fisu, Lssu, Msu, Hfisu, Hlssu, Hmsu, Sio, Opc, Dpc, Sls, Hsio, Hopc, Hdpc, Hsls,
};

struct Token {
    Tok kind = Tok::End;
    std::string text;  // identifier/address text, or the error message
    uint32_t num = 0;  // value of Num
};

// Splits the whole expression; on a lexical error the last token is Tok::Error.
std::vector<Token> tokenize(std::string_view expr);

// "tcp", "'('", ... for syntax error messages.
std::string token_name(const Token& t);

}  // namespace rd::bpf
