// Code generation: programs for representative primitives (as tcpdump -d shows
// libpcap 1.10's) and the errors for expressions that make no sense.
#include "bpf_test_util.hpp"

using namespace bpftest;

TEST_CASE("tcp port 25 on Ethernet", "[codegen]") {
    CHECK(listing("tcp port 25") ==
          "(000) ldh      [12]\n"
          "(001) jeq      #0x86dd          jt 2\tjf 8\n"
          "(002) ldb      [20]\n"
          "(003) jeq      #0x6             jt 4\tjf 19\n"
          "(004) ldh      [54]\n"
          "(005) jeq      #0x19            jt 18\tjf 6\n"
          "(006) ldh      [56]\n"
          "(007) jeq      #0x19            jt 18\tjf 19\n"
          "(008) jeq      #0x800           jt 9\tjf 19\n"
          "(009) ldb      [23]\n"
          "(010) jeq      #0x6             jt 11\tjf 19\n"
          "(011) ldh      [20]\n"
          "(012) jset     #0x1fff          jt 19\tjf 13\n"
          "(013) ldxb     4*([14]&0xf)\n"
          "(014) ldh      [x + 14]\n"
          "(015) jeq      #0x19            jt 18\tjf 16\n"
          "(016) ldh      [x + 16]\n"
          "(017) jeq      #0x19            jt 18\tjf 19\n"
          "(018) ret      #262144\n"
          "(019) ret      #0\n");
    // unoptimized: the IPv6 test first, then IPv4, each load repeated
    std::string unopt = listing("tcp port 25", "EN10MB", false);
    CHECK(unopt.find("(021) ret      #0") != std::string::npos);
    CHECK(unopt.find("(017) ldxb     4*([14]&0xf)") != std::string::npos);
}

TEST_CASE("link-layer offsets per link type", "[codegen]") {
    CHECK(listing("ip", "LINUX_SLL").find("ldh      [14]") != std::string::npos);
    CHECK(listing("ip", "LINUX_SLL2").find("ldh      [0]") != std::string::npos);
    CHECK(listing("ip", "PPP").find("jeq      #0x21") != std::string::npos);
    CHECK(listing("ip", "RAW").find("and      #0xf0") != std::string::npos);
    CHECK(listing("ip", "IPV4") == "(000) ret      #262144\n");
    CHECK(error_of("ip6", "IPV4") == "expression rejects all packets");
    // NULL carries the address family in host byte order (little-endian here)
    CHECK(listing("ip", "NULL").find("jeq      #0x2000000") != std::string::npos);
    CHECK(listing("ip", "LOOP").find("jeq      #0x2 ") != std::string::npos);
    // radiotap: the header length is read first; 802.11 payloads need its length
    CHECK(listing("ip", "IEEE802_11_RADIO").rfind("(000) ldb      [3]", 0) == 0);
    CHECK(listing("ip", "IEEE802_11").rfind("(000) ldx      #0x0", 0) == 0);
}

TEST_CASE("NULL and LOOP test BSD AF_INET6 values when reading a file", "[codegen]") {
    rd::bpf::CompileOptions o = opts("NULL");
    auto live = rd::bpf::compile("ip6", o);
    o.savefile = true;
    auto file = rd::bpf::compile("ip6", o);
    REQUIRE(live);
    REQUIRE(file);
    std::string l = rd::bpf::dump(*live, 1), f = rd::bpf::dump(*file, 1);
    CHECK(l.find("#0xa000000") != std::string::npos);  // Linux AF_INET6 = 10
    CHECK(f.find("#0x18000000") != std::string::npos);  // 24
    CHECK(f.find("#0x1c000000") != std::string::npos);  // 28
    CHECK(f.find("#0x1e000000") != std::string::npos);  // 30
}

TEST_CASE("vlan and mpls move the offsets of what follows", "[codegen]") {
    CHECK(listing("vlan and ip").find("ldh      [16]") != std::string::npos);
    CHECK(listing("vlan 1 and vlan 2 and ip").find("ldh      [20]") != std::string::npos);
    CHECK(listing("mpls and ip").find("ldb      [18]") != std::string::npos);
    // ...but not of what precedes them
    CHECK(listing("ip and vlan", "EN10MB", false).find("[16]") == std::string::npos);
    CHECK(error_of("ip and vlan") == "expression rejects all packets");
    CHECK(error_of("vlan 4096") == "VLAN tag 4096 greater than maximum 4095");
    CHECK(error_of("mpls 1048576") == "MPLS label 1048576 greater than maximum 1048575");
    CHECK(error_of("vlan", "RAW").rfind("no VLAN support for", 0) == 0);
    CHECK(error_of("mpls and vlan") == "no VLAN match after MPLS");
}

TEST_CASE("port names imply their protocol", "[codegen]") {
    CHECK(listing("port smtp") == listing("tcp port 25"));
    CHECK(listing("port domain") == listing("port 53"));
    CHECK(error_of("udp port smtp") == "port 'smtp' is tcp");
    CHECK(error_of("port nosuchservice") == "unknown port 'nosuchservice'");
    CHECK(error_of("port 65536") == "illegal port number 65536 > 65535");
    CHECK(listing("portrange 1023-1") == listing("portrange 1-1023"));
}

TEST_CASE("bad expressions are refused with a message naming the problem", "[codegen]") {
    CHECK(error_of("host host.invalid.").rfind("unknown host 'host.invalid.'", 0) == 0);
    CHECK(error_of("net host.invalid.") == "unknown network 'host.invalid.'");
    CHECK(error_of("ip proto 6 and 17") == "expression rejects all packets");
    CHECK(error_of("ip[0] / 0 = 1") == "division by zero");
    CHECK(error_of("ip[0] % 0 = 1") == "modulus by zero");
    CHECK(error_of("ip[0] << 32 = 1") == "shift by more than 31 bits");
    CHECK(error_of("wlan type data") == "802.11 link-layer types supported only on 802.11");
    CHECK(error_of("ether host 1:2:3:4:5:6", "RAW").rfind("ethernet addresses supported only", 0) == 0);
    CHECK(error_of("host 1:2:3:4:5:6") == "ethernet address used in non-ether expression");
    CHECK(error_of("net 10.0.0.1/8") == "non-network bits set in \"10.0.0.1/8\"");
    CHECK(error_of("net 10.0.0.0/33") == "mask length must be <= 32");
    CHECK(error_of("host 10.0.0.0/8") == "Mask syntax for networks only");
    CHECK(error_of("port 1.2.3.4") == "'port' modifier applied to ip host");
    CHECK(error_of("tcp host 1.2.3.4") == "'tcp' modifier applied to host");
    CHECK(error_of("ip6 host 1.2.3.4") == "'ip6' modifier applied to ip host");
    CHECK(error_of("ip host ::1") == "'ip' modifier applied to ip6 host");
    CHECK(error_of("addr1 host 1.2.3.4").find("not valid qualifiers for addresses") != std::string::npos);
    CHECK(error_of("ip proto nosuchprotocol") == "unknown ip proto 'nosuchprotocol'");
    CHECK(error_of("gateway host.invalid.") == "'gateway' not supported in this configuration");
    CHECK(error_of("ifindex 1", "EN10MB") == "(compiled)");
    CHECK(error_of("vpi 1") == "'vpi' supported only on raw ATM");
    CHECK(error_of("link proto 1", "VSOCK").find("filtering not implemented") != std::string::npos);
    CHECK(error_of("ip broadcast") == "(compiled)");  // netmask 0, as tcpdump passes
}

TEST_CASE("protochain loops, and the kernel would refuse that", "[codegen]") {
    auto p = must_compile("ip6 protochain 6");
    std::string text = rd::bpf::dump(p, 1);
    CHECK(text.find("ja       4") != std::string::npos);  // back to the header test
    CHECK(rd::bpf::kernel_refusal(p).find("backward") != std::string::npos);
    CHECK(rd::bpf::kernel_refusal(must_compile("tcp port 80")).empty());
    CHECK(rd::bpf::kernel_refusal(must_compile("ip", "IEEE802_11_RADIO")).empty());
    rd::bpf::FilterProgram reads_unset{{{0x60, 0, 0, 3}, {0x16, 0, 0, 0}}};  // ld M[3]; ret a
    CHECK(rd::bpf::kernel_refusal(reads_unset).find("before it is written") != std::string::npos);
    CHECK(error_of("protochain 6", "IEEE802_11") ==
          "'protochain' not supported with variable length headers");
}

TEST_CASE("VLAN tags the kernel strips are found in its metadata", "[codegen][live]") {
    rd::bpf::CompileOptions o = opts("EN10MB");
    o.linux_vlan_extensions = true;
    auto p = rd::bpf::compile("vlan 10 and ip", o);
    REQUIRE(p);
    std::string text = rd::bpf::dump(*p, 1);
    // as tcpdump -i lo -d 'vlan 10 and ip' shows it
    CHECK(text ==
          "(000) ld       #0x0\n"
          "(001) st       M[1]\n"
          "(002) ldb      [vlanp]\n"
          "(003) jeq      #0x1             jt 10\tjf 4\n"
          "(004) ld       #0x4\n"
          "(005) st       M[1]\n"
          "(006) ldh      [12]\n"
          "(007) jeq      #0x8100          jt 10\tjf 8\n"
          "(008) jeq      #0x88a8          jt 10\tjf 9\n"
          "(009) jeq      #0x9100          jt 10\tjf 21\n"
          "(010) ldb      [vlanp]\n"
          "(011) jeq      #0x1             jt 12\tjf 14\n"
          "(012) ldb      [vlan_tci]\n"
          "(013) ja       15\n"
          "(014) ldh      [14]\n"
          "(015) and      #0xfff\n"
          "(016) jeq      #0xa             jt 17\tjf 21\n"
          "(017) ldx      M[1]\n"
          "(018) ldh      [x + 12]\n"
          "(019) jeq      #0x800           jt 20\tjf 21\n"
          "(020) ret      #262144\n"
          "(021) ret      #0\n");
    CHECK(rd::bpf::kernel_refusal(*p).empty());
    // the tag is still in the packet here: the in-band path must work in user space
    std::vector<uint8_t> pkt(14 + 4 + 20, 0);
    pkt[12] = 0x81;
    pkt[15] = 10;
    pkt[16] = 0x08;
    pkt[18] = 0x45;
    CHECK(rd::bpf::run(*p, pkt, 38) == 0);  // metadata loads fail outside the kernel
    CHECK(rd::bpf::run(must_compile("vlan 10 and ip"), pkt, 38) == 262144);
}

TEST_CASE("cooked-socket programs read the network layer and ancillary data", "[codegen][live]") {
    auto sll = must_compile("ip and inbound", "LINUX_SLL");
    auto k = rd::bpf::adapt_for_cooked_socket(sll, 113);
    REQUIRE(k);
    std::string text = rd::bpf::dump(*k, 1);
    CHECK(text.find("ldh      [proto]") != std::string::npos);
    CHECK(text.find("ldh      [type]") != std::string::npos);
    auto sll2 = rd::bpf::adapt_for_cooked_socket(must_compile("tcp port 80 and ifindex 2", "LINUX_SLL2"), 276);
    REQUIRE(sll2);
    text = rd::bpf::dump(*sll2, 1);
    CHECK(text.find("ld       [ifidx]") != std::string::npos);
    CHECK(text.find("ldxb     4*([0]&0xf)") != std::string::npos);
    CHECK(text.find("ldh      [x + 2]") != std::string::npos);
    // the hardware address is not available to the kernel filter
    CHECK_FALSE(rd::bpf::adapt_for_cooked_socket(must_compile("link[6] = 1", "LINUX_SLL"), 113));
    auto eth = must_compile("tcp");
    CHECK(rd::bpf::adapt_for_cooked_socket(eth, 1)->insns.size() == eth.insns.size());
}
