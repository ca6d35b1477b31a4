// OSI printers (CLNP, ES-IS, IS-IS) over 802.2 SAP 0xfe. Expected strings are what
// tcpdump 4.99.3 prints for the same bytes (-t -n).
#include <catch2/catch.hpp>

#include <cstdint>

#include "print_helpers.hpp"

using rd::test::opts;
using rd::test::hex;
using rd::test::print_one;

TEST_CASE("LSP with extended IS reachability at -v", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa004bfefe03831b010014010000004888b956c0d9a96d1e4655e81a118c68d2278102cc8e16113339a0fa07909236f3af06060417f9106e830501a782e0952a061919ff41c3c508055d3d84ccb7");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IS-IS, length 72\n\tL2 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  lsp-id: 56c0.d9a9.6d1e.46-55, seq: 0xe81a118c, lifetime: 35001s\n\t  chksum: 0x68d2 (incorrect should be 0x8438), PDU length: 72, Flags: [ Overload bit set, expense ATT bit set, L2 IS ]\n\t    Protocols supported TLV #129, length: 2\n\t      NLPID(s): IPv4 (0xcc), IPv6 (0x8e)\n\t    Extended IS Reachability TLV #22, length: 17\n\t      IS Neighbor: 3339.a0fa.0790.92, Metric: 3601327, sub-TLVs present (6)\n\t        IPv4 interface address subTLV #6, length: 4, 23.249.16.110\n\t    Inter-Domain Information Type TLV #131, length: 5\n\t      Inter-Domain Information Type: Routing-Domain Specific\n\t      0x0000:  a782 e095\n\t    DECnet Phase IV TLV #42, length: 6\n\t\t0x0000:  1919 ff41 c3c5\n\t    Padding TLV #8, length: 5");
}

TEST_CASE("LAN hello at -vv", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0032fefe03831b01060f010000038f3f59dcc8d15994002f6026746dabb3670ef001580d0d002853182bd9");
    REQUIRE(print_one(pkt, 1, opts("vv"), UINT32_MAX, 64) ==
            "IS-IS, length 47\n\tL1 Lan IIH, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (6), max-area: 3 (0)\n\t0x0000:  831b 0106 0f01 0000\n\t  source-id: 8f3f.59dc.c8d1,  holding time: 22932s, Flags: [Level 1, Level 2]\n\t  lan-id:    2674.6dab.b367.0e, Priority: 96, PDU length: 47\n\t  0x0000:  038f 3f59 dcc8 d159 9400 2f60 2674 6dab\n\t  0x0010:  b367 0e\n\t    Point-to-point Adjacency State TLV #240, length: 1\n\t      Adjacency State: unknown (88)\n\t      0x0000:  58\n\t    Purge Originator Identifier TLV #13, length: 13 No system IDs supplied\n\t      0x0000:  0028 5318 2bd9 [|isis]");
}

TEST_CASE("CSNP one-line form", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0041fefe038321010619010000003e387d2ddaff99b063a1e2788603bb39f1cd4045c09af67d82037b8bdcec16e2c96c1580de35da4c6f19b0cf215eaaee28b1b690dd");
    REQUIRE(print_one(pkt, 1, opts("")) ==
            "IS-IS, L2 CSNP, src-id 387d.2dda.ff99.b0, length 62");
}

TEST_CASE("IPv6 reachability with sub-TLVs", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0069fefe03831b01061201000000664ff342edc3267ad8941d6960b9e55369600a11363ccdc283156528f7146a6c0e15e5b9ad830300c81dec2e65db698f20400f8b840eb52f22191001047c84706a01");
    REQUIRE(print_one(pkt, 1, opts("v"), UINT32_MAX, 119) ==
            "IS-IS, length 102\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (6), max-area: 3 (0)\n\t  lsp-id: 42ed.c326.7ad8.94-1d, seq: 0x6960b9e5, lifetime: 20467s\n\t  chksum: 0x5369 (unverified), PDU length: 102, Flags: [ expense error ATT bit set, Unused 0x0 (invalid) ]\n\t    Authentication TLV #10, length: 17\n\t      HMAC-MD5 password: 3ccdc283156528f7146a6c0e15e5b9ad (unchecked)\n\t    Inter-Domain Information Type TLV #131, length: 3\n\t      Inter-Domain Information Type: Reserved\n\t      0x0000:  c81d\n\t    IPv6 reachability TLV #236, length: 46\n\t      IPv6 prefix: f8b:840e:b52f:2219::/64, Distribution: up, Metric: 1708878223, Internal, sub-TLVs present (16)\n\t        32-Bit Administrative tag subTLV #1, length: 4, 0x7c84706a (=2089054314) [|isis]");
}

TEST_CASE("truncated IS-IS PDU", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0093fefe03831101061b0100000090da960feb3127f2ed1b321d4fb832613b80239835d5dde0b2850330f62b04a5558ee7ab9e630bff6518fb703ecefa16e49ade2972c8846d784db4d168f0153100807354ed8441fb69ede1111d000c0d024cbe5e204c3ebc203fc000006307a87a7d24b8607fe5055da829f8e98a18134451a565f97cbacb28efd34a8f019f73f60e2e079cc691");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IS-IS, length 144\n\tL2 PSNP, hlen: 17, v: 1, pdu-v: 1, sys-id-len: 6 (6), max-area: 3 (0)\n\t  source-id:    da96.0feb.3127.f2, PDU length: 144\n\t    Multi-Topology IP6 Reachability TLV #237, length: 27\n\t      Reserved for IETF Consensus Topology (0x21d), Flags: [none]\n\t      IPv6 prefix: 2398:35d5:dde0:b285:330:f62b:4a5:558e/128, Distribution: up, Metric: 1337471585, Internal, sub-TLVs present (231)\n\t        unknown subTLV #171, length: 158 [|isis] [|isis]");
}

TEST_CASE("router capability with SR sub-TLV", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0041fefe03831b010012010000003ead12cc7022dd808c81b6d6c1f21da0fdf5f10494f16a5cf215a6183087ab020ec03a2ef701038cbf1c020338dcd6f10475398a92");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IS-IS, length 62\n\tL1 LSP, hlen: 27, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (0)\n\t  lsp-id: cc70.22dd.808c.81-b6, seq: 0xd6c1f21d, lifetime: 44306s\n\t  chksum: 0xa0fd (incorrect should be 0xe040), PDU length: 62, Flags: [ Overload bit set, delay expense error ATT bit set, P bit set, L1 IS ]\n\t    Hello PDU Sequence Number TLV #241, length: 4\n\t      Sequence number: 2498849372\n\t    IS-IS Router Capability TLV #242, length: 21\n\t      Router-ID 166.24.48.135, Flags [S bit, D bit]\n\t\tSR-Capabilities subTLV #2, length: 14, Flags [ipv4, ipv6], Range 3813111, SID value 9223964\n\t\t  0x0000:  38dc d6\n\t    Hello PDU Sequence Number TLV #241, length: 4\n\t      Sequence number: 1966705298");
}

TEST_CASE("CLNP echo request with options", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0033fefe03812a011e1e0b2d485e0328bda11432aff363e17b9a146b0c1a1b0983f6413dbdb464cd034b852cc3013abf0411446972");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "CLNP, length 48\n\tEcho Request PDU, hlen: 42, v: 1, lifetime: 15.0s, Segment PDU length: 2861, checksum: 0x485e (incorrect should be 0x6642)\n\tFlags [none]\n\tsource address (length 20): 32.aff3.63e1.7b9a.146b.0c1a.1b09.83f6.413d.bdb4.64\n\tdest   address (length 3): 28.bda1\n\t  Priority Option #205, length 3, value: 0xb\n\t  QoS Maintenance Option #195, length 1, value: \n\t    Format Code: Reserved\n\t  undecoded non-header data, length 6\n\t  0x0000:  bf04 1144 6972");
}

TEST_CASE("ES-IS end system hello", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0021fefe03821e0100024968efa00205c3bb0452c60de55ca14e2b227a39cd8b22407e");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "ES-IS, length 30\n\tESH (2), v: 1, checksum: 0xefa0 (incorrect should be 0x0587), holding time: 18792s, length indicator: 30\n\t  Number of Source Addresses: 2\n\t  NET (length: 5): c3.bb04.52c6\n\t  NET (length: 13): e5.5ca1.4e2b.227a.39cd.8b22.407e");
}

TEST_CASE("ES-IS redirect at -vv", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0038fefe038235010006a52713e003f583af04f06a92cd14145b3cee49e048d14c4c1c94e9dbe46489953c31c3029188e203e52080e103d2341c");
    REQUIRE(print_one(pkt, 1, opts("vv")) ==
            "ES-IS, length 53\n\tredirect (6), v: 1, checksum: 0x13e0 (incorrect should be 0xe477), holding time: 42279s, length indicator: 53\n\t0x0000:  8235 0100 06a5 2713 e0\n\t  f5.83af\n\t  SNPA (length: 4): f0:6a:92:cd\n\t  NET (length: 20) 14.5b3c.ee49.e048.d14c.4c1c.94e9.dbe4.6489.953c.31\n\t  QoS Maintenance Option #195, length 2, value: \n\t  0x0000:  9188\n\t  0x0000:  9188\n\t  SNPA Mask Option #226, length 3, value: \n\t  0x0000:  e520 80\n\t  0x0000:  e520 80\n\t  Addressk Mask Option #225, length 3, value: \n\t  0x0000:  d234 1c\n\t  0x0000:  d234 1c, bad opts/li");
}

TEST_CASE("IS-IS header refused and dumped", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa0077fefe03831b01031401000000744f89a46136afe8c2f635bace6f6c8205940a10ff17a9af50d61a0672c9dff2208495c7ec1424dff55740409bf86ba704b38ef523ab0e4080000708a23b82eafbb5ef0818254014973a9fcacc0083b9163d1a1905150c0d034cbebc204c3ebc203fc00000030426096268");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IS-ISsystem ID length of 3 is not supported\n\t0x0000:  831b 0103 1401 0000 0074 4f89 a461 36af\n\t0x0010:  e8c2 f635 bace 6f6c 8205 940a 10ff 17a9\n\t0x0020:  af50 d61a 0672 c9df f220 8495 c7ec 1424\n\t0x0030:  dff5 5740 409b f86b a704 b38e f523 ab0e\n\t0x0040:  4080 0007 08a2 3b82 eafb b5ef 0818 2540\n\t0x0050:  1497 3a9f cacc 0083 b916 3d1a 1905 150c\n\t0x0060:  0d03 4cbe bc20 4c3e bc20 3fc0 0000 0304\n\t0x0070:  2609 6268");
}

TEST_CASE("extended IPv4 reachability with a bad prefix length", "[isoclns]") {
    const auto pkt = hex("0180c200001400005e0053aa00b5fefe03832101001801000300b2984032873d43685c1d013d04baee65c4d13e299dc10a82eb1a0a6fb92d6a08c8de110208146b66d7145b9a9203050802d3545506000c0271718f3525c404665be28eecd8cbdd12755deb724c074cc78947e2c7beac49446e571573f5317202186b583a804101c945be3669e30651c374872cc9fcb35b9f4c486f60be25d6e648d51301046ef49f480108764fee1065916f8e09010d7a887d562830d08d538908726f757465722dbf");
    REQUIRE(print_one(pkt, 1, opts("v")) ==
            "IS-IS, length 178\n\tL1 CSNP, hlen: 33, v: 1, pdu-v: 1, sys-id-len: 6 (0), max-area: 3 (3)\n\t  source-id:    9840.3287.3d43.68, PDU length: 178\n\t  start lsp-id: 5c1d.013d.04ba.ee-65\n\t  end lsp-id:   c4d1.3e29.9dc1.0a-82\n\t    Multi-Topology IPv4 Reachability TLV #235, length: 26\n\t      Reserved for IETF Consensus Topology (0xa6f), Flags: [none]\n\t      IPv4 prefix:       222.0.0.0/8, Distribution: down, Metric: 3106761224, sub-TLVs present (17)\n\t        64-Bit Administrative tag subTLV #2, length: 8, 0x146b66d7145b9a92\n\t        Prefix SID subTLV #3, length: 5, Flags [Value], Algo Unknown (2), label 13849685\n\t    IS Neighbor(s) TLV #6, length: 0\n\t    Checksum TLV #12, length: 2\n\t      checksum: 0x7171  (incorrect should be 0x1408)\n\t    Multi-Topology-Aware Port Capability TLV #143, length: 53\n\t       RES: 2, MTID(s): 1476\n\t       SPB MCID subTLV #4, length: 102 (> containing TLV length)\n\t    Extended IPv4 Reachability TLV #135, length: 44\n\t      IPv4 prefix:    76.72.111.96/31, Distribution: down, Metric: 3388781403\n\t      IPv4 prefix:       213.0.0.0/8, Distribution: up, Metric: 3190150886, sub-TLVs present (19)\n\t        32-Bit Administrative tag subTLV #1, length: 4, 0x6ef49f48 (=1861525320)\n\t        32-Bit Administrative tag subTLV #1, length: 8, 0x764fee10 (=1984949776), 0x65916f8e (=1704030094)\n\t        unknown subTLV #9, length: 1\n\t\t    0x0000:  0d\n\t      IPv4 prefix: bad bit length 40 [|isis]");
}

