// Name tables of the RSVP object printer (rsvp_obj.cpp only): object classes, class
// types, sub-objects, flags, error codes, and the GMPLS names of RFC 3471.
#pragma once
#include "protos.hpp"

namespace rd::rsvp_tables {

constexpr Tok kObjects[] = {
    {1, "Session"},          {3, "RSVP Hop"},         {4, "Integrity"},
    {5, "Time Values"},      {6, "Error Spec"},       {7, "Scope"},
    {8, "Style"},            {9, "Flowspec"},         {10, "FilterSpec"},
    {11, "Sender Template"}, {12, "Sender TSpec"},    {13, "Adspec"},
    {14, "Policy Data"},     {15, "Confirm"},         {16, "Label"},
    {19, "Label Request"},   {20, "ERO"},             {21, "RRO"},
    {22, "Hello"},           {23, "Message ID"},      {24, "Message ID Ack"},
    {25, "Message ID List"}, {34, "Recovery Label"},  {35, "Upstream Label"},
    {36, "Label Set"},       {130, "Acceptable Label Set"}, {63, "Detour"},
    {66, "Class Type"},      {125, "Class Type (old)"}, {129, "Suggested Label"},
    {204, "Properties"},     {205, "Fast Re-Route"},  {207, "Session Attribute"},
    {229, "Generalized UNI"}, {230, "Call-ID"},       {236, "Call Capability"},
    {131, "Restart Capability"}, {134, "Capability"}, {195, "Notify Request"},
    {37, "Protection"},      {196, "Administrative Status"}, {50, "Sub-LSP to LSP"},
};

// Class-type names, keyed by class * 256 + c-type.
constexpr uint32_t ct(uint32_t cls, uint32_t type) { return cls * 256 + type; }
constexpr Tok kCtypes[] = {
    {ct(3, 1), "IPv4"}, {ct(3, 2), "IPv6"}, {ct(3, 3), "IPv4 plus opt. TLVs"}, {ct(3, 4), "IPv6 plus opt. TLVs"},
    {ct(195, 1), "IPv4"}, {ct(195, 2), "IPv6"}, {ct(15, 1), "IPv4"}, {ct(15, 2), "IPv6"},
    {ct(5, 1), "1"}, {ct(9, 1), "obsolete"}, {ct(9, 2), "IntServ"}, {ct(12, 2), "IntServ"},
    {ct(13, 2), "IntServ"}, {ct(10, 1), "IPv4"}, {ct(10, 2), "IPv6"}, {ct(10, 3), "IPv6 Flow-label"},
    {ct(10, 7), "Tunnel IPv4"}, {ct(10, 12), "IPv4 P2MP LSP Tunnel"}, {ct(10, 13), "IPv6 P2MP LSP Tunnel"},
    {ct(1, 1), "IPv4"}, {ct(1, 2), "IPv6"}, {ct(1, 7), "Tunnel IPv4"}, {ct(1, 11), "UNI IPv4"},
    {ct(1, 13), "IPv4 P2MP LSP Tunnel"}, {ct(1, 14), "IPv6 P2MP LSP Tunnel"},
    {ct(11, 1), "IPv4"}, {ct(11, 2), "IPv6"}, {ct(11, 7), "Tunnel IPv4"},
    {ct(11, 12), "IPv4 P2MP LSP Tunnel"}, {ct(11, 13), "IPv6 P2MP LSP Tunnel"},
    {ct(23, 1), "1"}, {ct(24, 1), "Message id ack"}, {ct(24, 2), "Message id nack"}, {ct(25, 1), "1"},
    {ct(8, 1), "1"}, {ct(22, 1), "Hello Request"}, {ct(22, 2), "Hello Ack"},
    {ct(19, 1), "without label range"}, {ct(19, 2), "with ATM label range"},
    {ct(19, 3), "with FR label range"}, {ct(19, 4), "Generalized Label"},
    {ct(16, 1), "Label"}, {ct(16, 2), "Generalized Label"}, {ct(16, 3), "Waveband Switching"},
    {ct(129, 1), "Label"}, {ct(129, 2), "Generalized Label"}, {ct(129, 3), "Waveband Switching"},
    {ct(35, 1), "Label"}, {ct(35, 2), "Generalized Label"}, {ct(35, 3), "Waveband Switching"},
    {ct(34, 1), "Label"}, {ct(34, 2), "Generalized Label"}, {ct(34, 3), "Waveband Switching"},
    {ct(20, 1), "IPv4"}, {ct(21, 1), "IPv4"}, {ct(6, 1), "IPv4"}, {ct(6, 2), "IPv6"},
    {ct(6, 3), "IPv4 plus opt. TLVs"}, {ct(6, 4), "IPv6 plus opt. TLVs"}, {ct(131, 1), "IPv4"},
    {ct(134, 1), "1"}, {ct(207, 7), "Tunnel IPv4"}, {ct(205, 7), "Tunnel IPv4"}, {ct(205, 1), "1"},
    {ct(63, 7), "Tunnel IPv4"}, {ct(204, 1), "1"}, {ct(196, 1), "1"}, {ct(66, 1), "1"},
    {ct(125, 1), "1"}, {ct(36, 1), "1"}, {ct(229, 1), "1"}, {ct(50, 1), "IPv4 sub-LSP"},
    {ct(50, 2), "IPv6 sub-LSP"},
};

constexpr Tok kXroTypes[] = {
    {0, "Reserved"}, {1, "IPv4 prefix"}, {2, "IPv6 prefix"}, {3, "Label"},
    {32, "Autonomous system number"}, {64, "MPLS label switched path termination"},
};
constexpr Tok kRroFlags[] = {
    {0x01, "Local protection available"}, {0x02, "Local protection in use"},
    {0x04, "Bandwidth protection"}, {0x08, "Node protection"},
};
constexpr Tok kRroLabelFlags[] = {{0x01, "Global"}};
constexpr Tok kResvStyles[] = {{17, "Wildcard Filter"}, {10, "Fixed Filter"}, {18, "Shared Explicit"}};
constexpr Tok kIntservServices[] = {
    {1, "Default/Global Information"}, {2, "Guaranteed Service"}, {5, "Controlled Load"},
};
constexpr Tok kIntservParams[] = {
    {4, "IS hop cnt"}, {6, "Path b/w estimate"}, {8, "Minimum path latency"}, {10, "Composed MTU"},
    {127, "Token Bucket TSpec"}, {130, "Guaranteed Service RSpec"},
    {133, "End-to-end composed value for C"}, {134, "End-to-end composed value for D"},
    {135, "Since-last-reshaping point composed C"}, {136, "Since-last-reshaping point composed D"},
};
constexpr Tok kSessionAttrFlags[] = {
    {0x01, "Local Protection"}, {0x02, "Label Recording"}, {0x04, "SE Style"},
    {0x08, "Bandwidth protection"}, {0x10, "Node protection"},
};
constexpr Tok kPropTlvs[] = {
    {0x01, "Cos"}, {0x02, "Metric 1"}, {0x04, "Metric 2"}, {0x08, "CCC Status"}, {0x10, "Path Type"},
};
constexpr Tok kErrorCodes[] = {
    {24, "Routing Problem"}, {25, "Notify Error"}, {28, "Diffserv TE Error"}, {125, "Diffserv TE Error (Old)"},
};
constexpr Tok kRoutingErrors[] = {
    {1, "Bad EXPLICIT_ROUTE object"}, {2, "Bad strict node"}, {3, "Bad loose node"},
    {4, "Bad initial subobject"}, {5, "No route available toward destination"},
    {6, "Unacceptable label value"}, {7, "RRO indicated routing loops"},
    {8, "non-RSVP-capable router in the path"}, {9, "MPLS label allocation failure"},
    {10, "Unsupported L3PID"},
};
constexpr Tok kDiffservTeErrors[] = {
    {1, "Unexpected CT object"}, {2, "Unsupported CT"}, {3, "Invalid CT value"},
    {4, "CT/setup priority do not form a configured TE-Class"},
    {5, "CT/holding priority do not form a configured TE-Class"},
    {6, "CT/setup priority and CT/holding priority do not form a configured TE-Class"},
    {7, "Inconsistency between signaled PSC and signaled CT"},
    {8, "Inconsistency between signaled PHBs and signaled CT"},
};
constexpr Tok kAdminStatusFlags[] = {
    {0x80000000, "Reflect"}, {0x00000004, "Testing"}, {0x00000002, "Admin-down"},
    {0x00000001, "Delete-in-progress"},
};
constexpr Tok kLabelSetActions[] = {
    {0, "Inclusive list"}, {1, "Exclusive list"}, {2, "Inclusive range"}, {3, "Exclusive range"},
};
constexpr Tok kUniSubobjects[] = {
    {1, "Source TNA address"}, {2, "Destination TNA address"}, {3, "Diversity"},
    {4, "Egress label"}, {5, "Service level"},
};
constexpr Tok kCapabilityFlags[] = {
    {0x0004, "RecoveryPath Transmit Enabled"}, {0x0002, "RecoveryPath Desired"},
    {0x0001, "RecoveryPath Srefresh Capable"},
};
constexpr Tok kIntegrityFlags[] = {{0x80, "Handshake"}};
// IANA address family numbers.
constexpr Tok kAfNumbers[] = {
    {0, "Reserved"},      {1, "IPv4"},        {2, "IPv6"},       {3, "NSAP"},
    {4, "HDLC"},          {5, "BBN 1822"},    {6, "802"},        {7, "E.163"},
    {8, "E.164"},         {9, "F.69"},        {10, "X.121"},     {11, "Novell IPX"},
    {12, "Appletalk"},    {13, "Decnet IV"},  {14, "Banyan Vines"}, {15, "E.164 with NSAP subaddress"},
    {25, "Layer-2 VPN"},  {196, "Layer-2 VPN (old)"},
};
constexpr Tok kGmplsEncoding[] = {
    {1, "Packet"},
    {2, "Ethernet V2/DIX"},
    {3, "ANSI/ETSI PDH"},
    {4, "Reserved"},
    {5, "SDH ITU-T G.707/SONET ANSI T1.105"},
    {6, "Reserved"},
    {7, "Digital Wrapper"},
    {8, "Lambda (photonic)"},
    {9, "Fiber"},
    {10, "Reserved"},
    {11, "FiberChannel"},
};
constexpr Tok kGmplsSwitchCap[] = {
    {1, "Packet-Switch Capable-1"},
    {2, "Packet-Switch Capable-2"},
    {3, "Packet-Switch Capable-3"},
    {4, "Packet-Switch Capable-4"},
    {51, "Layer-2 Switch Capable"},
    {100, "Time-Division-Multiplex"},
    {150, "Lambda-Switch Capable"},
    {200, "Fiber-Switch Capable"},
};
constexpr Tok kGmplsPayload[] = {
    {0, "Unknown"},
    {1, "Reserved"},
    {2, "Reserved"},
    {3, "Reserved"},
    {4, "Reserved"},
    {5, "Asynchronous mapping of E4"},
    {6, "Asynchronous mapping of DS3/T3"},
    {7, "Asynchronous mapping of E3"},
    {8, "Bit synchronous mapping of E3"},
    {9, "Byte synchronous mapping of E3"},
    {10, "Asynchronous mapping of DS2/T2"},
    {11, "Bit synchronous mapping of DS2/T2"},
    {12, "Reserved"},
    {13, "Asynchronous mapping of E1"},
    {14, "Byte synchronous mapping of E1"},
    {15, "Byte synchronous mapping of 31 * DS0"},
    {16, "Asynchronous mapping of DS1/T1"},
    {17, "Bit synchronous mapping of DS1/T1"},
    {18, "Byte synchronous mapping of DS1/T1"},
    {19, "VC-11 in VC-12"},
    {20, "Reserved"},
    {21, "Reserved"},
    {22, "DS1 SF Asynchronous"},
    {23, "DS1 ESF Asynchronous"},
    {24, "DS3 M23 Asynchronous"},
    {25, "DS3 C-Bit Parity Asynchronous"},
    {26, "VT/LOVC"},
    {27, "STS SPE/HOVC"},
    {28, "POS - No Scrambling, 16 bit CRC"},
    {29, "POS - No Scrambling, 32 bit CRC"},
    {30, "POS - Scrambling, 16 bit CRC"},
    {31, "POS - Scrambling, 32 bit CRC"},
    {32, "ATM mapping"},
    {33, "Ethernet PHY"},
    {34, "SONET/SDH"},
    {35, "Reserved (SONET deprecated)"},
    {36, "Digital Wrapper"},
    {37, "Lambda"},
    {38, "ANSI/ETSI PDH"},
    {39, "Reserved"},
    {40, "Link Access Protocol SDH (X.85 and X.86)"},
    {41, "FDDI"},
    {42, "DQDB (ETSI ETS 300 216)"},
    {43, "FiberChannel-3 (Services)"},
    {44, "HDLC"},
    {45, "Ethernet V2/DIX (only)"},
    {46, "Ethernet 802.3 (only)"},
    {47, "G.709 ODUj"},
    {48, "G.709 OTUk(v)"},
    {49, "CBR/CBRa"},
    {50, "CBRb"},
    {51, "BSOT"},
    {52, "BSNT"},
    {53, "IP/PPP (GFP)"},
    {54, "Ethernet MAC (framed GFP)"},
    {55, "Ethernet PHY (transparent GFP)"},
    {56, "ESCON"},
    {57, "FICON"},
    {58, "Fiber Channel"},
};

}  // namespace rd::rsvp_tables
