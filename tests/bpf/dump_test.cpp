// tcpdump's three listing formats.
#include "bpf_test_util.hpp"

using namespace bpftest;

TEST_CASE("option -d shows instructions as tcpdump does", "[dump]") {
    CHECK(listing("ip[0] - 5 = 1 or ether[-1:4]=3 or ip[0]*0xffffffff = 3") ==
          "(000) ldh      [12]\n"
          "(001) jeq      #0x800           jt 2\tjf 4\n"
          "(002) ldb      [14]\n"
          "(003) jeq      #0x6             jt 11\tjf 4\n"
          "(004) ld       [-1]\n"
          "(005) jeq      #0x3             jt 11\tjf 6\n"
          "(006) ldh      [12]\n"
          "(007) jeq      #0x800           jt 8\tjf 12\n"
          "(008) ldb      [14]\n"
          "(009) mul      #-1\n"
          "(010) jeq      #0x3             jt 11\tjf 12\n"
          "(011) ret      #262144\n"
          "(012) ret      #0\n");
    CHECK(listing("inbound") ==
          "(000) ldh      [type]\n"
          "(001) jeq      #0x4             jt 2\tjf 3\n"
          "(002) ret      #0\n"
          "(003) ret      #262144\n");
    CHECK(listing("ifindex 3").rfind("(000) ld       [ifidx]\n", 0) == 0);
    std::string radio = listing("ip", "IEEE802_11_RADIO");
    CHECK(radio.find("(002) tax      \n") != std::string::npos);
    CHECK(radio.find("(004) or       x\n") != std::string::npos);
    CHECK(radio.find("(027) and      #0xfffffffc\n") != std::string::npos);
    CHECK(listing("len > 10", "EN10MB", false).rfind("(000) ld       #pktlen\n", 0) == 0);
}

TEST_CASE("option -dd and -ddd", "[dump]") {
    auto p = must_compile("ip");
    CHECK(rd::bpf::dump(p, 2) ==
          "{ 0x28, 0, 0, 0x0000000c },\n"
          "{ 0x15, 0, 1, 0x00000800 },\n"
          "{ 0x6, 0, 0, 0x00040000 },\n"
          "{ 0x6, 0, 0, 0x00000000 },\n");
    CHECK(rd::bpf::dump(p, 3) ==
          "4\n"
          "40 0 0 12\n"
          "21 0 1 2048\n"
          "6 0 0 262144\n"
          "6 0 0 0\n");
}

TEST_CASE("backward jumps show their absolute target", "[dump]") {
    std::string text = listing("ip protochain 17");
    CHECK(text.find("ja       4\n") != std::string::npos);
}
