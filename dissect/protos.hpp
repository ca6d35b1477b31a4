// Private to dissect/: the printers' entry points and the dispatch tables that connect
// them. Each protocol lives in its own .cpp; this header is how they reach each other.
#pragma once
#include <cstdint>
#include <span>

#include "ringdump/dissect/context.hpp"
#include "ringdump/dissect/cursor.hpp"

namespace rd {

// ---- link layer -----------------------------------------------------------------------
// A link printer prints the frame and returns how many bytes of link-layer header it
// consumed (the -x dump starts after them). `wirelen` is the frame's length on the wire.
using LinkPrinter = uint32_t (*)(Ctx& ctx, Cursor c, uint32_t wirelen);
LinkPrinter find_link_printer(uint32_t linktype);

uint32_t ether_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t null_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t loop_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t raw_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t ipv4_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t ipv6_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t sll_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t sll2_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t ipoib_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t vsock_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t ipnet_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);

// Frame starting with an Ethernet header (also for encapsulations: VXLAN, GRE TEB, ...).
uint32_t ether_print(Ctx& ctx, Cursor c, uint32_t length);
// Ethernet payload by EtherType (also used by SLL, VLAN, SNAP, GRE, ...). Returns false
// when the type has no printer; the caller then prints tcpdump's fallback.
struct LinkAddrs;
bool ethertype_print(Ctx& ctx, uint16_t type, Cursor c, uint32_t length, const LinkAddrs& addrs);
// "IPv4", "ARP", ... or nullptr.
const char* ethertype_name(uint16_t type);
// Link-layer addresses of the frame, for printers that show them (LLC, ARP, ...).
struct LinkAddrs {
    std::span<const uint8_t> src;  // empty when the link layer has none
    std::span<const uint8_t> dst;
};
// Ethernet with a switch tag of tag_len bytes between the addresses and the type (DSA,
// EDSA, Broadcom); print_tag gets the tag (called with or without -e).
using SwitchTagPrinter = void (*)(Ctx& ctx, const Cursor& tag);
uint32_t ether_switch_tag_print(Ctx& ctx, Cursor c, uint32_t length, SwitchTagPrinter print_tag,
                                uint32_t tag_len);
uint32_t dsa_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t edsa_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t brcm_tag_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t brcm_tag_prepend_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
// Where the Ethernet printer is in a frame: the frame (its end may move), the header
// length so far, and the wire and captured lengths left after it.
struct EtherPos {
    Cursor frame;
    uint32_t hdrlen;
    uint32_t length;
    uint32_t caplen;
};
// MACsec SecTAG at pos: 0 = encrypted payload (the caller dumps it), > 0 = stop and
// return that as the header length, < 0 = go on with the type after the SecTAG.
int macsec_print(Ctx& ctx, EtherPos& pos, const LinkAddrs& addrs);
// Arista timestamp header after its EtherType: bytes used, or -1 when unknown.
int arista_ethertype_print(Ctx& ctx, Cursor c, uint32_t length);
// 802.2 LLC (and SNAP) after an 802.3 length field. Returns the LLC header length; a
// negative value -n means the payload type is unknown (the caller then dumps the bytes)
// after n bytes of header.
int llc_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs);
// llc_print for link layers that show what it cannot decode (it returns -hdrlen) as
// raw bytes; returns the LLC header length either way.
uint32_t llc_or_dump(Ctx& ctx, const Cursor& c, uint32_t length, const LinkAddrs& addrs);
// SNAP header (OUI + type) at c; returns false when the type has no printer.
bool snap_print(Ctx& ctx, Cursor c, uint32_t length, const LinkAddrs& addrs, uint32_t bitmasked);
// Protocols reached from the link layer (Ethernet types, LLC SAPs, SNAP PIDs, address
// families). Each prints the payload c of the given length.
void ipx_print(Ctx& ctx, Cursor c, uint32_t length);
void stp_print(Ctx& ctx, Cursor c, uint32_t length);
void cdp_print(Ctx& ctx, Cursor c, uint32_t length);
void dtp_print(Ctx& ctx, Cursor c, uint32_t length);
void udld_print(Ctx& ctx, Cursor c, uint32_t length);
void vtp_print(Ctx& ctx, Cursor c, uint32_t length);
void isoclns_print(Ctx& ctx, Cursor c, uint32_t length);    // OSI CLNP/ES-IS/IS-IS by NLPID
void atalk_print(Ctx& ctx, Cursor c, uint32_t length);      // AppleTalk DDP (long header)
void aarp_print(Ctx& ctx, Cursor c, uint32_t length);       // AppleTalk ARP
// 802.11 frame behind a radiotap header (SLL hatype 803); returns the header length.
uint32_t ieee802_11_radio_print(Ctx& ctx, Cursor c, uint32_t length);
uint32_t token_print(Ctx& ctx, Cursor c, uint32_t length);  // 802.5 frame (RFC 2684 bridged)
uint32_t fddi_print(Ctx& ctx, Cursor c, uint32_t length);   // FDDI frame (RFC 2684 bridged)
void loopback_print(Ctx& ctx, Cursor c, uint32_t length);   // Ethernet configuration testing
void lldp_print(Ctx& ctx, Cursor c, uint32_t length);
void msnlb_print(Ctx& ctx, Cursor c, uint32_t length);      // MS NLB heartbeat
void mpls_print(Ctx& ctx, Cursor c, uint32_t length);       // MPLS label stack and payload
void vxlan_print(Ctx& ctx, Cursor c, uint32_t length);      // VXLAN header + Ethernet frame
void geneve_print(Ctx& ctx, Cursor c, uint32_t length);     // Geneve header, options, payload
void nsh_print(Ctx& ctx, Cursor c, uint32_t length);        // Network Service Header
// Cisco HDLC frame (header included); returns the header length.
uint32_t chdlc_print(Ctx& ctx, Cursor c, uint32_t length);
uint32_t chdlc_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
// PPP frame (optional address/control, protocol); returns the header length.
uint32_t ppp_print(Ctx& ctx, Cursor c, uint32_t length);
uint32_t ppp_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);
uint32_t sl_if_print(Ctx& ctx, Cursor c, uint32_t wirelen);  // SLIP with its pseudo-header
// PPP payload by PPP protocol number: the payload starts at `at` in frame, at >= 2 (the
// -vv dump of control packets starts 2 bytes before it).
void ppp_protocol_print(Ctx& ctx, uint16_t proto, Cursor frame, size_t at, uint32_t length);
// PPPoE discovery or session packet; returns the header length.
uint32_t pppoe_print(Ctx& ctx, Cursor c, uint32_t length);

// ---- network layer --------------------------------------------------------------------
void ip_print(Ctx& ctx, Cursor c, uint32_t length);     // IPv4 datagram
void ip6_print(Ctx& ctx, Cursor c, uint32_t length);    // IPv6 datagram
void arp_print(Ctx& ctx, Cursor c, uint32_t length);    // ARP and RARP

// What a transport printer needs to know about the IP header it came in.
struct IpInfo {
    int version = 4;              // 4 or 6
    Cursor hdr;                   // the IP header (for ICMP quoting, checksums)
    std::span<const uint8_t> src; // 4 or 16 bytes
    std::span<const uint8_t> dst;
    uint8_t ttl_hlim = 0;
    bool fragmented = false;      // not the first fragment / more fragments: no checksum
    uint32_t ip_payload_len = 0;  // length of the payload the IP header claims (pseudo header)
    // Destination for transport checksums when it is not dst: the last hop of an IPv4
    // source route option or of an IPv6 routing header. Empty: use dst.
    std::span<const uint8_t> cksum_dst;
};

// Internet checksum of data behind the pseudo-header of ip (v4 or v6, cksum_dst aware);
// 0 means correct. len is the length written in the pseudo-header.
uint16_t ip_pseudo_cksum(const IpInfo& ip, uint8_t proto, uint32_t len, std::span<const uint8_t> data);
// tcpdump's ipproto_values ("TCP", "ICMPv6", ...) or nullptr; used by -v "proto NAME (N)".
const char* ipproto_name(uint8_t proto);
// tcpdump's netdb_protoname ("tcp", "ipv6-icmp", ...) or nullptr; printed without -n.
const char* netdb_protoname(uint8_t proto);

// IP protocol demultiplexing shared by IPv4 and IPv6 (tcpdump's ip_demux_print).
void ip_demux_print(Ctx& ctx, uint8_t proto, Cursor c, uint32_t length, const IpInfo& ip);

void tcp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void udp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void icmp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void icmp6_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void igmp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void gre_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void pptp_print(Ctx& ctx, Cursor c, uint32_t length);  // PPTP control message (prints ": pptp")
// Carried in IGMP (tcpdump's dvmrp_print, pimv1_print); c starts at the IGMP header.
void dvmrp_print(Ctx& ctx, Cursor c, uint32_t length);
void pimv1_print(Ctx& ctx, Cursor c, uint32_t length);
void pim_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);  // PIMv2, IP proto 103
void eigrp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);  // IP proto 88
void rip_print(Ctx& ctx, Cursor c, uint32_t length);  // RIPv1/v2, UDP 520
void ldp_print(Ctx& ctx, Cursor c, uint32_t length);  // LDP, UDP/TCP 646
// IPsec (ipsec.cpp). ah_print prints one AH header and returns its length (-1: stop);
// ah_demux_print prints AH headers and then the protocol after them.
int ah_print(Ctx& ctx, const Cursor& c);
void ah_demux_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void esp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);
void ipcomp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);

// ---- application layer ----------------------------------------------------------------
// DNS message (tcpdump's domain_print; prints its own leading text, no ": " needed).
// UDP: c and length are the UDP payload. TCP (port 53): pass over_tcp=true with c and
// length = the whole TCP payload INCLUDING the 2-byte length prefix: dns_print checks
// the prefix itself ("[prefix length(..) != length(..)]") and prints the leading space
// tcpdump shows after "length N". mdns: port 5353 (QU/QM, cache-flush bits).
void dns_print(Ctx& ctx, Cursor c, uint32_t length, bool over_tcp, bool mdns);
// A DNS name at off in c (tcpdump's fqdn_print), for other printers that carry names
// (DHCPv6, ICMPv6 node info, ...). Compression pointers count from offset `base` in c.
// Returns the offset after the name, or SIZE_MAX when it could not be printed whole.
size_t fqdn_print(Ctx& ctx, const Cursor& c, size_t off, size_t base);

// Text protocols shown as tcpdump's txtproto_print does (txtproto.cpp): the name and
// first line, all lines with -v. The caller prints any ": " tcpdump puts before them.
void http_print(Ctx& ctx, Cursor c, uint32_t length);
void rtsp_print(Ctx& ctx, Cursor c, uint32_t length);
void sip_print(Ctx& ctx, Cursor c, uint32_t length);
void ftp_print(Ctx& ctx, Cursor c, uint32_t length);
void smtp_print(Ctx& ctx, Cursor c, uint32_t length);
void whois_print(Ctx& ctx, Cursor c, uint32_t length);
// SSH identification line (": SSH: SSH-2.0-...").
void ssh_print(Ctx& ctx, Cursor c, uint32_t length);

// ---- UDP/TCP services ------------------------------------------------------------------
void ntp_print(Ctx& ctx, Cursor c, uint32_t length);
void tftp_print(Ctx& ctx, Cursor c, uint32_t length);
void dhcp6_print(Ctx& ctx, Cursor c, uint32_t length);
void resp_print(Ctx& ctx, Cursor c, uint32_t length);  // Redis, after ": "
void someip_print(Ctx& ctx, Cursor c, uint32_t length);
void ptp_print(Ctx& ctx, Cursor c, uint32_t length);
void bfd_print(Ctx& ctx, Cursor c, uint32_t length, uint16_t port);
void hsrp_print(Ctx& ctx, Cursor c, uint32_t length);
void vrrp_print(Ctx& ctx, Cursor c, uint32_t length, const IpInfo& ip);

// ---- shared helpers --------------------------------------------------------------------
// Print the address at off in c (4 or 16 bytes) using name resolution unless -n.
void put_ip4_at(Ctx& ctx, const Cursor& c, size_t off);
void put_ip6_at(Ctx& ctx, const Cursor& c, size_t off);
void put_mac_at(Ctx& ctx, const Cursor& c, size_t off);
void put_addr(Ctx& ctx, std::span<const uint8_t> addr);  // 4 or 16 bytes
// tcpdump's ND_DEFAULTPRINT: hex and ASCII of the bytes, unless -x/-X/-A are given.
void default_print(Ctx& ctx, std::span<const uint8_t> data);
// The same dump where tcpdump calls its default printer without that check (it then
// shows even under -q/-x/-X).
void default_print_unsuppressed(Ctx& ctx, std::span<const uint8_t> data);
// ND_DEFAULTPRINT(p, length) with a length that may exceed what was captured: the
// captured part is dumped, then the packet is truncated (unless the dump is suppressed).
void default_print_len(Ctx& ctx, const Cursor& c, uint32_t length);

// Strings from the packet as tcpdump prints them (fn_print_char: "M-" for the high
// bit, "^X" for control characters). strings.cpp.
void put_char_escaped(OutBuf& out, uint8_t ch);
// n bytes at off (nd_printjn); running off the capture is a truncation.
void put_string_n(Ctx& ctx, const Cursor& c, size_t off, size_t n);
// Up to n bytes at off, stopping at a NUL (nd_printjnp); truncation as above.
void put_string_nul_padded(Ctx& ctx, const Cursor& c, size_t off, size_t n);
// n bytes at off, stopping quietly at the end of the capture (nd_printn); true if it
// stopped there.
bool put_string_n_checked(Ctx& ctx, const Cursor& c, size_t off, size_t n);
// tcpdump's print_unknown_data: hex lines (each led by indent) of what is captured of
// len bytes at off.
void print_unknown_data(Ctx& ctx, const Cursor& c, size_t off, const char* indent, size_t len);

// Token table lookup: tcpdump's tok2str / bittok2str idioms.
struct Tok {
    uint32_t value;
    const char* name;
};
const char* tok_lookup(std::span<const Tok> table, uint32_t value);  // nullptr if absent
// The name, or unknown_fmt (fmt syntax, e.g. "unknown ({})", "0x{:04x}") with the value.
void put_tok(Ctx& ctx, std::span<const Tok> table, uint32_t value, const char* unknown_fmt);
// Names of the tokens whose bits are all set, joined by sep (bittok2str: sep ", ";
// bittok2str_nosep: sep ""); `none` (fmt syntax, gets the value) when none matches.
void put_bits(Ctx& ctx, std::span<const Tok> table, uint32_t value, const char* sep,
              const char* none = "none");

}  // namespace rd
